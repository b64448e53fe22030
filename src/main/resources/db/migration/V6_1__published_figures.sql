-- Figures published by other bodies, set beside the registry's own counts.
CREATE TABLE published_figure (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    indicator            text NOT NULL CHECK (indicator IN ('REFUGEE_RETURNS', 'IDP_RETURNS', 'REFUGEE_RETURN_INTENTIONS',
                                                            'RECEPTION_PLACES')),
    value                bigint NOT NULL CHECK (value >= 0),
    period_from          date NOT NULL,
    period_to            date NOT NULL,
    area_type            text NOT NULL CHECK (area_type IN ('NATIONAL', 'AREA', 'COUNTRY')),
    area_code            text,
    source_organisation  text NOT NULL,
    published_on         date NOT NULL,
    citation             text NOT NULL,
    link                 text,
    definition_note      text,
    seed_key             text UNIQUE,
    version              integer NOT NULL DEFAULT 0,
    recorded_at          timestamptz NOT NULL,
    recorded_by          text NOT NULL,
    updated_at           timestamptz NOT NULL,
    updated_by           text NOT NULL,
    CONSTRAINT published_figure_period CHECK (period_to >= period_from),
    CONSTRAINT published_figure_area CHECK ((area_type = 'NATIONAL') = (area_code IS NULL))
);
CREATE INDEX published_figure_indicator ON published_figure (indicator, period_from);

-- Every recording and change of a figure: who, when, what it was before.
CREATE TABLE published_figure_event (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    figure_id    bigint NOT NULL REFERENCES published_figure(id),
    occurred_at  timestamptz NOT NULL,
    actor        text NOT NULL,
    type         text NOT NULL,
    details      jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX published_figure_event_figure ON published_figure_event (figure_id, id);

-- Example: the figures announced in July 2018, as The Moscow Times reported them. They are
-- statements of a party to the conflict relayed by a newspaper, with no published method.
INSERT INTO published_figure (indicator, value, period_from, period_to, area_type, area_code, source_organisation,
                              published_on, citation, link, definition_note, seed_key, recorded_at, recorded_by,
                              updated_at, updated_by)
VALUES
('REFUGEE_RETURNS', 300000, DATE '2016-01-25', DATE '2018-07-25', 'NATIONAL', NULL,
 'Russian Ministry of Defence (spokesperson Mikhail Mizintsev), as reported by The Moscow Times',
 DATE '2018-07-25',
 'The Moscow Times, "300,000 Syrian refugees have returned home since 2016 - Russian Defense Ministry", July 2018, '
 || 'relaying a ministry statement first reported by RBC. A government statement passed on by a newspaper, not an '
 || 'independent count; publication day approximate (the article reports statements of 24 and 25 July 2018).',
 'https://themoscowtimes.com/2024/12/26/300000--syrian-refugees-have-returned-home-since-2016-russian-defense-ministry',
 'People said to have "returned to Syria from abroad in the past 2.5 years". No method, definition or breakdown '
 || 'was published. The start of the period is inferred from "the past 2.5 years" and is approximate.',
 'moscow-times-2018-07:refugee-returns', now(), 'homeward (shipped example)', now(), 'homeward (shipped example)'),
('IDP_RETURNS', 1200000, DATE '2015-09-30', DATE '2018-07-25', 'NATIONAL', NULL,
 'Russian Ministry of Defence (spokesperson Mikhail Mizintsev), as reported by The Moscow Times',
 DATE '2018-07-25',
 'The Moscow Times, "300,000 Syrian refugees have returned home since 2016 - Russian Defense Ministry", July 2018. '
 || 'A government statement passed on by a newspaper, not an independent count.',
 'https://themoscowtimes.com/2024/12/26/300000--syrian-refugees-have-returned-home-since-2016-russian-defense-ministry',
 '"Another 1.2 million internally displaced Syrians have returned to their homes." The article gives no period; '
 || 'other reports of the ministry''s figures count from 30 September 2015, the start of Russia''s military operation '
 || 'in Syria, which is used here. No method was published.',
 'moscow-times-2018-07:idp-returns', now(), 'homeward (shipped example)', now(), 'homeward (shipped example)'),
('REFUGEE_RETURN_INTENTIONS', 1700000, DATE '2015-09-30', DATE '2018-07-25', 'NATIONAL', NULL,
 'Russian Ministry of Defence, as reported by The Moscow Times',
 DATE '2018-07-25',
 'The Moscow Times, July 2018, on a return plan the ministry proposed to the United States after the Helsinki '
 || 'meeting of July 2018. An estimate by a government, passed on by a newspaper.',
 'https://themoscowtimes.com/2024/12/26/300000--syrian-refugees-have-returned-home-since-2016-russian-defense-ministry',
 'Refugees the ministry "estimated would be able to return under the plan, mostly from Lebanon, Turkey and '
 || 'countries in the European Union": an estimate of possible returns, not a count of registered intentions. Set '
 || 'beside the registry''s registered intentions of refugees for comparison only.',
 'moscow-times-2018-07:return-plan', now(), 'homeward (shipped example)', now(), 'homeward (shipped example)'),
('RECEPTION_PLACES', 500000, DATE '2018-07-24', DATE '2018-07-24', 'NATIONAL', NULL,
 'Russian Ministry of Foreign Affairs (spokeswoman of the Foreign Minister), as reported by The Moscow Times',
 DATE '2018-07-25',
 'The Moscow Times, July 2018. The article attributes this figure to the Foreign Minister''s spokeswoman, in the same '
 || 'report as the Defence Ministry''s return figures. A claim of capacity, not verified.',
 'https://themoscowtimes.com/2024/12/26/300000--syrian-refugees-have-returned-home-since-2016-russian-defense-ministry',
 'Camps said to have been "set up in 100 towns and cities least affected by the war to accommodate half a million '
 || 'returnees": places for about 500,000 people in reception sites in 100 towns.',
 'moscow-times-2018-07:reception-places', now(), 'homeward (shipped example)', now(), 'homeward (shipped example)');

INSERT INTO published_figure_event (figure_id, occurred_at, actor, type, details)
SELECT id, recorded_at, recorded_by, 'RECORDED', jsonb_build_object('seed', seed_key) FROM published_figure;
