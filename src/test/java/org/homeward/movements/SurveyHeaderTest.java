package org.homeward.movements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SurveyHeaderTest {

    private static ColumnMapping mapping(Map<IntentionField, List<String>> columns) {
        return new ColumnMapping("test", new EnumMap<>(columns), Map.of());
    }

    @Test
    void recognisesAHashtagRowOnlyWhenEveryFilledCellIsAHashtag() {
        assertThat(SurveyHeader.isHashtagRow(List.of("#case+id", "", "#intent +return", "#date+interview")))
                .isTrue();
        assertThat(SurveyHeader.isHashtagRow(List.of("#case+id", "HW-0000001"))).isFalse();
        assertThat(SurveyHeader.isHashtagRow(List.of("", " "))).isFalse();
        assertThat(SurveyHeader.isHashtagRow(List.of("HW-0000001", "within_3_months")))
                .isFalse();
        assertThat(SurveyHeader.isHashtagRow(List.of("# not a tag"))).isFalse();
    }

    @Test
    void tellsAHeaderOfColumnNamesFromAHeaderOfLabels() {
        assertThat(new SurveyHeader(
                                List.of(
                                        "start",
                                        "household/household_reference",
                                        "return_intention",
                                        "_uuid",
                                        "_submission_time"),
                                List.of())
                        .kind())
                .isEqualTo(SurveyHeader.Kind.NAMES);
        assertThat(new SurveyHeader(List.of("Household reference", "Do you intend to return?", "_uuid"), List.of())
                        .kind())
                .isEqualTo(SurveyHeader.Kind.LABELS);
        assertThat(new SurveyHeader(List.of("رقم الأسرة", "هل تنوون العودة؟"), List.of()).kind())
                .isEqualTo(SurveyHeader.Kind.LABELS);
    }

    @Test
    void findsColumnsByNameInsideGroupsByLabelWhateverTheCaseAndByHashtagWhateverTheAttributeOrder() {
        SurveyHeader header = new SurveyHeader(
                List.of("household/household_reference", "Do you  intend to RETURN?", "", "today"),
                List.of("#case+id", "#intent+return", "#adm3+name+dest", "#date+interview"));
        Map<IntentionField, SurveyHeader.Located> found = header.locate(mapping(Map.of(
                IntentionField.REFERENCE, List.of("household_reference"),
                IntentionField.INTENTION, List.of("return_intention", "Do you intend to return?"),
                IntentionField.DESTINATION, List.of("#adm3+dest+name"),
                IntentionField.STATED_ON, List.of("interview_day", "#date+interview"),
                IntentionField.CONDITIONS, List.of("return_conditions"))));

        assertThat(found.get(IntentionField.REFERENCE))
                .isEqualTo(new SurveyHeader.Located(0, "household/household_reference"));
        assertThat(found.get(IntentionField.INTENTION).index()).isEqualTo(1);
        // A column without a header cell is named by its hashtag in problems.
        assertThat(found.get(IntentionField.DESTINATION)).isEqualTo(new SurveyHeader.Located(2, "#adm3+name+dest"));
        assertThat(found.get(IntentionField.STATED_ON).index()).isEqualTo(3);
        assertThat(found).doesNotContainKey(IntentionField.CONDITIONS);
    }

    @Test
    void aHashtagWithOtherAttributesIsAnotherColumn() {
        SurveyHeader header = new SurveyHeader(List.of("a", "b"), List.of("#intent+return+visit", "#intent+return"));
        assertThat(header.columnOf("#intent+return")).contains(1);
        assertThat(header.columnOf("#intent")).isEmpty();
    }

    @Test
    void aLabelThatMerelyEndsLikeANameIsNotTakenForTheName() {
        SurveyHeader header = new SurveyHeader(List.of("Where to / return_destination?"), List.of());
        assertThat(header.columnOf("return_destination?")).isEmpty();
    }

    @Test
    void readsAWorkbookWithAnHashtagRowAndDateCells() {
        byte[] workbook = SurveyFiles.xlsx(List.of(
                List.of("household_reference", "return_intention", "today"),
                List.of("#case+id", "#intent+return", "#date+interview"),
                List.of("HW-0000001", "within_3_months", LocalDate.of(2026, 3, 14)),
                List.of(),
                List.of("HW-0000002", "no", LocalDate.of(2026, 3, 15))));

        SurveySheet sheet = SurveySheetReader.read(workbook, 100);

        assertThat(sheet.hasHashtagRow()).isTrue();
        assertThat(sheet.hashtags()).containsExactly("#case+id", "#intent+return", "#date+interview");
        assertThat(sheet.rows()).extracting(SurveySheet.Row::number).containsExactly(3L, 5L);
        assertThat(sheet.rows().get(0).cells()).containsExactly("HW-0000001", "within_3_months", "2026-03-14");
    }

    @Test
    void readsKoboSemicolonCsvWithAByteOrderMarkAndNoHashtagRow() {
        byte[] csv = SurveyFiles.csv(
                ';',
                List.of(
                        List.of("Household reference", "Do you intend to return?"),
                        List.of("HW-0000001", "Within 3 months"),
                        List.of("HW-0000002", "لا; أبداً")));
        byte[] withBom = new byte[csv.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(csv, 0, withBom, 3, csv.length);

        SurveySheet sheet = SurveySheetReader.read(withBom, 100);

        assertThat(sheet.header()).containsExactly("Household reference", "Do you intend to return?");
        assertThat(sheet.hasHashtagRow()).isFalse();
        assertThat(sheet.rows()).hasSize(2);
        assertThat(sheet.rows().get(1).cell(1)).isEqualTo("لا; أبداً");
        assertThat(sheet.rows().get(1).cell(7)).isEmpty();
    }
}
