package org.homeward.statistics;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the shipped UNHCR returns by year as published figures at start. Each row has a key
 * naming the dataset version, so starting again adds nothing, and a new version adds its own rows
 * beside the old ones rather than silently replacing what people compared against.
 */
@Component
class PublishedFigureSeed implements ApplicationRunner {

    static final String RESOURCE = "statistics/unhcr-syria-returns-by-year.csv";
    private static final String ACTOR = "homeward (shipped example)";
    private final PublishedFigureRepository figures;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PublishedFigureSeed(PublishedFigureRepository figures, TransactionTemplate transactions, Clock clock) {
        this.figures = figures;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        transactions.executeWithoutResult(status -> load());
    }

    private void load() {
        Instant now = clock.instant();
        try (Reader csv =
                new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8)) {
            for (UnhcrReturnsFile.Row row : UnhcrReturnsFile.read(csv)) {
                long id = figures.insert(figure(row), row.seedKey(), now, ACTOR);
                if (id >= 0) {
                    figures.recordEvent(
                            id, now, ACTOR, PublishedFigureEventType.RECORDED, Map.of("seed", row.seedKey()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The shipped UNHCR figures cannot be read", e);
        }
    }

    private static PublishedFigureValidator.ValidFigure figure(UnhcrReturnsFile.Row row) {
        boolean refugees = row.indicator() == FigureIndicator.REFUGEE_RETURNS;
        String note = refugees
                ? "Returned refugees: Syrian refugees who returned to Syria during " + row.year()
                        + " from this country of" + " asylum, as reported to UNHCR (solutions dataset)."
                : "Returned IDPs: internally displaced Syrians who returned to their place of origin during "
                        + row.year() + ", as reported to UNHCR (solutions dataset).";
        return new PublishedFigureValidator.ValidFigure(
                row.indicator(),
                row.value(),
                LocalDate.of(row.year(), 1, 1),
                LocalDate.of(row.year(), 12, 31),
                refugees ? FigureArea.COUNTRY : FigureArea.NATIONAL,
                row.countryOfAsylum(),
                UnhcrReturnsFile.SOURCE,
                UnhcrReturnsFile.PUBLISHED,
                UnhcrReturnsFile.CITATION,
                UnhcrReturnsFile.LINK,
                note);
    }
}
