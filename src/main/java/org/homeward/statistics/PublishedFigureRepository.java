package org.homeward.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homeward.database.FiguresDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores published figures and the history of their changes. The list read for pages and exports
 * comes from the figures' database (the replica, when there is one); a figure read to be changed comes
 * from the primary, whose version is the one a change is checked against.
 */
@Repository
class PublishedFigureRepository {

    private static final String COLUMNS = """
            indicator, value, period_from, period_to, area_type, area_code, source_organisation, published_on,
            citation, link, definition_note""";
    private static final String VALUES = """
            :indicator, :value, :from, :to, :areaType, :areaCode, :source, :publishedOn, :citation, :link, :note""";
    private final JdbcClient jdbc;
    private final JdbcClient figures;
    private final JsonMapper json = JsonMapper.builder().build();

    PublishedFigureRepository(JdbcClient jdbc, FiguresDatabase figures) {
        this.jdbc = jdbc;
        this.figures = figures.jdbc();
    }

    long insert(PublishedFigureValidator.ValidFigure figure, String seedKey, Instant now, String actor) {
        return parameters(
                        jdbc.sql("INSERT INTO published_figure (" + COLUMNS + ", seed_key, recorded_at, recorded_by,"
                                + " updated_at, updated_by) VALUES (" + VALUES + ", :seed, :now, :actor, :now, :actor)"
                                + " ON CONFLICT (seed_key) DO NOTHING RETURNING id"),
                        figure)
                .param("seed", seedKey)
                .param("now", Timestamp.from(now))
                .param("actor", actor)
                .query(Long.class)
                .optional()
                .orElse(-1L);
    }

    int update(long id, long version, PublishedFigureValidator.ValidFigure figure, Instant now, String actor) {
        return parameters(jdbc.sql("""
                        UPDATE published_figure SET (%s) = (%s), version = version + 1, updated_at = :now, updated_by = :actor
                        WHERE id = :id AND version = :version""".formatted(COLUMNS, VALUES)), figure)
                .param("now", Timestamp.from(now))
                .param("actor", actor)
                .param("id", id)
                .param("version", version)
                .update();
    }

    void recordEvent(long id, Instant when, String actor, PublishedFigureEventType type, Map<String, Object> details) {
        jdbc.sql("""
                        INSERT INTO published_figure_event (figure_id, occurred_at, actor, type, details)
                        VALUES (:id, :when, :actor, :type, CAST(:details AS jsonb))""")
                .param("id", id)
                .param("when", Timestamp.from(when))
                .param("actor", actor)
                .param("type", type.name())
                .param("details", json.writeValueAsString(details))
                .update();
    }

    Optional<PublishedFigure> find(long id) {
        return jdbc.sql("SELECT * FROM published_figure WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> figure(rs))
                .optional();
    }

    List<PublishedFigure> all() {
        return figures.sql("SELECT * FROM published_figure ORDER BY indicator, period_from, area_type, area_code, id")
                .query((rs, n) -> figure(rs))
                .list();
    }

    private static JdbcClient.StatementSpec parameters(
            JdbcClient.StatementSpec statement, PublishedFigureValidator.ValidFigure figure) {
        return statement
                .param("indicator", figure.indicator().name())
                .param("value", figure.value())
                .param("from", figure.periodFrom())
                .param("to", figure.periodTo())
                .param("areaType", figure.areaType().name())
                .param("areaCode", figure.areaCode())
                .param("source", figure.sourceOrganisation())
                .param("publishedOn", figure.publishedOn())
                .param("citation", figure.citation())
                .param("link", figure.link())
                .param("note", figure.definitionNote());
    }

    private static PublishedFigure figure(ResultSet rs) throws SQLException {
        return new PublishedFigure(
                rs.getLong("id"),
                FigureIndicator.valueOf(rs.getString("indicator")),
                rs.getLong("value"),
                rs.getObject("period_from", java.time.LocalDate.class),
                rs.getObject("period_to", java.time.LocalDate.class),
                FigureArea.valueOf(rs.getString("area_type")),
                rs.getString("area_code"),
                rs.getString("source_organisation"),
                rs.getObject("published_on", java.time.LocalDate.class),
                rs.getString("citation"),
                rs.getString("link"),
                rs.getString("definition_note"),
                rs.getString("seed_key") != null,
                rs.getLong("version"),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getString("recorded_by"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"));
    }
}
