package org.homeward.movements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.homeward.HomewardTest;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.homeward.registry.ImportProblem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Intention surveys as KoBo and ODK export them, imported into the real application on PostgreSQL:
 * rows matched by both reference forms and by document number, every bad or unmatched row reported
 * by row, column and reason with nothing written, and a second import of the same answers changing
 * nothing.
 */
@HomewardTest
class IntentionSurveyImportIT {

    private static final List<Object> NAMES = List.of(
            "start",
            "household/household_reference",
            "household/document_number",
            "return_intention",
            "return_destination",
            "return_conditions",
            "go_and_see",
            "today",
            "_uuid");
    private static final List<Object> HASHTAGS = List.of(
            "",
            "#case+id",
            "#meta+document",
            "#intent+return",
            "#adm3+dest+name",
            "#need+return",
            "#intent+visit",
            "#date+interview",
            "#meta+id");

    @Autowired
    HouseholdCommands households;

    @Autowired
    IntentionSurveyImport imports;

    @Autowired
    IntentionService intentions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void importsAKoboWorkbookWithAHashtagRowMatchingByBothReferenceFormsAndByDocumentAndASecondRunChangesNothing() {
        Household current = IntentionTestData.household(households, "LBN", "SY010000", 3, null);
        Household sequential = IntentionTestData.household(households, "TUR", "SY020200", 2, null);
        String oldReference =
                "HW-9" + String.format("%06d", Math.floorMod(sequential.id().hashCode(), 1_000_000));
        jdbc.sql("UPDATE household SET reference = :reference WHERE id = :id")
                .param("reference", oldReference)
                .param("id", sequential.id())
                .update();
        String document = IntentionTestData.documentNumber();
        Household byDocument = IntentionTestData.household(households, "LBN", "SY020405", 4, document);
        byte[] workbook = SurveyFiles.xlsx(List.of(
                NAMES,
                HASHTAGS,
                row(
                        current.reference().toLowerCase().replace('0', 'O'),
                        "",
                        "within_3_months",
                        "SY010000",
                        "safety housing",
                        "yes",
                        LocalDate.of(2026, 3, 2),
                        "uuid-" + IntentionTestData.RUN + "-1"),
                row(
                        oldReference,
                        "",
                        "within_12_months",
                        "منطقة الباب",
                        "",
                        "no",
                        LocalDate.of(2026, 3, 3),
                        "uuid-" + IntentionTestData.RUN + "-2"),
                row(
                        "",
                        document.toLowerCase(),
                        "dont_know",
                        "صوران، حلب",
                        "military_service documents property",
                        "",
                        LocalDate.of(2026, 3, 4),
                        "uuid-" + IntentionTestData.RUN + "-3")));
        long before = intentionCount();

        IntentionImportReport report =
                imports.importFile(workbook, "kobo-export.xlsx", ColumnMappings.STANDARD, "intentions.test");

        assertThat(report.problems()).isEmpty();
        assertThat(report.imported()).isTrue();
        assertThat(report.headerKind()).isEqualTo(SurveyHeader.Kind.NAMES);
        assertThat(report.hashtagRow()).isTrue();
        assertThat(report.dataRows()).isEqualTo(3);
        assertThat(report.matchedByReference()).isEqualTo(2);
        assertThat(report.matchedByDocument()).isEqualTo(1);
        assertThat(report.recorded()).isEqualTo(3);
        assertThat(intentionCount()).isEqualTo(before + 3);
        ReturnIntention first = intentions.history(current.id()).get(0);
        assertThat(first.intention()).isEqualTo(IntentionAnswer.WITHIN_3_MONTHS);
        assertThat(first.destinationPcode()).isEqualTo("SY010000");
        assertThat(first.conditions()).containsExactly(IntentionCondition.SAFETY, IntentionCondition.HOUSING);
        assertThat(first.goAndSeeFirst()).isTrue();
        assertThat(first.statedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(first.source()).isEqualTo(IntentionSource.SURVEY_IMPORT);
        assertThat(first.importId()).isNotNull();
        assertThat(intentions.history(sequential.id()).get(0).destinationPcode())
                .isEqualTo("SY0202");
        ReturnIntention third = intentions.history(byDocument.id()).get(0);
        assertThat(third.intention()).isEqualTo(IntentionAnswer.UNDECIDED);
        assertThat(third.destinationPcode()).isEqualTo("SY020405");
        assertThat(third.conditions())
                .containsExactly(
                        IntentionCondition.DOCUMENTS, IntentionCondition.MILITARY_SERVICE, IntentionCondition.PROPERTY);
        assertThat(third.goAndSeeFirst()).isFalse();

        String tables = tablesFingerprint();
        IntentionImportReport again =
                imports.importFile(workbook, "kobo-export-again.xlsx", ColumnMappings.STANDARD, "intentions.test");
        assertThat(again.imported()).isTrue();
        assertThat(again.recorded()).isZero();
        assertThat(again.alreadyPresent()).isEqualTo(3);
        assertThat(tablesFingerprint()).isEqualTo(tables);
    }

    @Test
    void importsASemicolonCsvOfLabelsAndTheSameAnswersFromTheWorkbookExportAreNotRecordedAgain() {
        Household household = IntentionTestData.household(households, "JOR", "SY010000", 2, null);
        String submission = "uuid-" + IntentionTestData.RUN + "-labels";
        byte[] csv = SurveyFiles.csv(
                ';',
                List.of(
                        List.of(
                                "Household reference",
                                "Do you intend to return?",
                                "What would you need to return?",
                                "Would you like to visit first?",
                                "Date of interview",
                                "_uuid"),
                        List.of(
                                household.reference(),
                                "Within 12 months",
                                "Military service Housing",
                                "Yes",
                                "2026-02-10T09:12:00+02:00",
                                submission)));
        long before = intentionCount();

        IntentionImportReport report =
                imports.importFile(csv, "labels.csv", ColumnMappings.STANDARD, "intentions.test");

        assertThat(report.problems()).isEmpty();
        assertThat(report.headerKind()).isEqualTo(SurveyHeader.Kind.LABELS);
        assertThat(report.hashtagRow()).isFalse();
        assertThat(report.recorded()).isEqualTo(1);
        ReturnIntention recorded = intentions.history(household.id()).get(0);
        assertThat(recorded.intention()).isEqualTo(IntentionAnswer.WITHIN_12_MONTHS);
        assertThat(recorded.conditions())
                .containsExactly(IntentionCondition.HOUSING, IntentionCondition.MILITARY_SERVICE);
        assertThat(recorded.statedOn()).isEqualTo(LocalDate.of(2026, 2, 10));

        byte[] sameAnswersAsWorkbook = SurveyFiles.xlsx(List.of(
                List.of("household_reference", "return_intention", "return_conditions", "go_and_see", "today", "_uuid"),
                List.of(
                        household.reference(),
                        "within_12_months",
                        "housing military_service",
                        "yes",
                        LocalDate.of(2026, 2, 10),
                        submission)));
        IntentionImportReport again =
                imports.importFile(sameAnswersAsWorkbook, "names.xlsx", ColumnMappings.STANDARD, "intentions.test");
        assertThat(again.recorded()).isZero();
        assertThat(again.alreadyPresent()).isEqualTo(1);
        assertThat(intentionCount()).isEqualTo(before + 1);
    }

    @Test
    void reportsUnmatchedAndBadRowsByRowColumnAndReasonAndWritesNothing() {
        Household good = IntentionTestData.household(households, "LBN", "SY010000", 2, null);
        String shared = IntentionTestData.documentNumber();
        IntentionTestData.household(households, "LBN", "SY010000", 1, shared);
        IntentionTestData.household(households, "TUR", "SY010000", 1, shared);
        String mistyped = good.reference().substring(0, good.reference().length() - 1)
                + (good.reference().endsWith("0") ? "1" : "0");
        byte[] workbook = SurveyFiles.xlsx(List.of(
                NAMES,
                HASHTAGS,
                row(good.reference(), "", "within_3_months", "SY010000", "", "", LocalDate.of(2026, 1, 5), ""),
                row("HW-8999999", "", "within_3_months", "", "", "", LocalDate.of(2026, 1, 5), ""),
                row(mistyped, "", "within_3_months", "", "", "", LocalDate.of(2026, 1, 5), ""),
                row("", "NO-SUCH-" + IntentionTestData.RUN, "no", "", "", "", LocalDate.of(2026, 1, 5), ""),
                row("", shared, "no", "", "", "", LocalDate.of(2026, 1, 5), ""),
                row(good.reference(), "", "sometime", "", "", "", LocalDate.of(2026, 1, 5), ""),
                row(good.reference(), "", "no", "Atlantis", "", "", LocalDate.of(2026, 1, 5), ""),
                row(good.reference(), "", "no", "", "safety electricity", "", "2026-13-45", ""),
                row(good.reference(), "", "no", "", "", "perhaps", LocalDate.of(2099, 1, 1), ""),
                row("", "", "no", "", "", "", LocalDate.of(2026, 1, 5), "")));
        String tables = tablesFingerprint();

        IntentionImportReport report =
                imports.importFile(workbook, "bad.xlsx", ColumnMappings.STANDARD, "intentions.test");

        assertThat(report.imported()).isFalse();
        assertThat(report.recorded()).isZero();
        assertThat(report.problems())
                .extracting(
                        ImportProblem::row,
                        ImportProblem::column,
                        problem -> problem.code().name())
                .containsExactly(
                        tuple(4L, "household/household_reference", "HOUSEHOLD_NOT_FOUND"),
                        tuple(5L, "household/household_reference", "REFERENCE_MISTYPED"),
                        tuple(6L, "household/document_number", "HOUSEHOLD_NOT_FOUND"),
                        tuple(7L, "household/document_number", "DOCUMENT_AMBIGUOUS"),
                        tuple(8L, "return_intention", "CHOICE_UNKNOWN"),
                        tuple(9L, "return_destination", "PLACE_UNKNOWN"),
                        tuple(10L, "return_conditions", "CHOICE_UNKNOWN"),
                        tuple(10L, "today", "DATE_INVALID"),
                        tuple(11L, "go_and_see", "CHOICE_UNKNOWN"),
                        tuple(11L, "today", "STATED_IN_FUTURE"),
                        tuple(12L, "household/household_reference", "HOUSEHOLD_UNIDENTIFIED"));
        assertThat(report.problems().get(4).message()).contains("sometime");
        assertThat(report.problems().get(6).message()).contains("electricity");
        assertThat(tablesFingerprint()).isEqualTo(tables);
        assertThat(intentions.history(good.id())).isEmpty();
    }

    @Test
    void refusesAFileWithoutTheColumnsTheMappingNeeds() {
        byte[] csv = SurveyFiles.csv(',', List.of(List.of("name", "age"), List.of("Hind", "40")));
        IntentionImportReport report = imports.importFile(csv, "other.csv", ColumnMappings.STANDARD, "intentions.test");
        assertThat(report.imported()).isFalse();
        assertThat(report.problems())
                .extracting(ImportProblem::row, problem -> problem.code().name())
                .containsExactly(tuple(1L, "COLUMN_MISSING"), tuple(1L, "COLUMN_MISSING"));
    }

    private static List<Object> row(
            String reference,
            String document,
            String intention,
            String destination,
            String conditions,
            String goAndSee,
            Object day,
            String submission) {
        List<Object> cells = new ArrayList<>(List.of(
                "2026-03-01T08:00:00.000+02:00", reference, document, intention, destination, conditions, goAndSee));
        cells.add(day);
        cells.add(submission);
        return cells;
    }

    private long intentionCount() {
        return jdbc.sql("SELECT count(*) FROM return_intention")
                .query(Long.class)
                .single();
    }

    /** Everything an import could write: intentions and import records. */
    private String tablesFingerprint() {
        return jdbc.sql("""
                        SELECT concat_ws('#', (SELECT count(*) FROM return_intention), (SELECT max(id) FROM return_intention),
                            (SELECT count(*) FROM intention_import))""").query(String.class).single();
    }
}
