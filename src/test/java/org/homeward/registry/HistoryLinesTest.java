package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.homeward.places.PlaceLookup;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class HistoryLinesTest {

    private static final Locale ARABIC = Locale.forLanguageTag("ar-u-nu-latn");
    private static final PlaceLookup PLACES = PlaceLookup.shipped();
    private final HistoryLines lines = lines();

    @Test
    void namesEachChangedFieldAsTheFormDoesAndEachCodedValueByItsName() {
        HouseholdEvent corrected = event(
                1,
                "CORRECTED",
                Map.of(
                        HistoryNote.CHANGES,
                        changes(
                                "members[1].birthDate",
                                "2012",
                                "2011-05",
                                "members[1].relationship",
                                "SON",
                                "DAUGHTER",
                                "members[1].sex",
                                "M",
                                "F",
                                "members[1].specificNeeds",
                                "[]",
                                "[DS, SM]",
                                "journey.destinationPcode",
                                "SY020000",
                                "SY070000",
                                "journey.originCountry",
                                "LBN",
                                "JOR")));

        List<HistoryLines.Line> english =
                lines.changes(List.of(corrected), Locale.ENGLISH).get(1L);

        assertThat(english)
                .extracting(HistoryLines.Line::label)
                .containsExactly(
                        "Member 2 · Date of birth",
                        "Member 2 · Relationship",
                        "Member 2 · Sex",
                        "Member 2 · Specific needs",
                        "Destination town or area",
                        "Country of asylum");
        assertThat(english)
                .extracting(HistoryLines.Line::from, HistoryLines.Line::to)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2012", "2011-05"),
                        org.assertj.core.groups.Tuple.tuple("Son", "Daughter"),
                        org.assertj.core.groups.Tuple.tuple("Male", "Female"),
                        org.assertj.core.groups.Tuple.tuple("", "Disability, Serious medical condition"),
                        org.assertj.core.groups.Tuple.tuple(
                                PLACES.displayName("SY020000", "en").orElseThrow(),
                                PLACES.displayName("SY070000", "en").orElseThrow()),
                        org.assertj.core.groups.Tuple.tuple("Lebanon", "Jordan"));
        assertThat(english.get(4).from()).isNotEqualTo("SY020000");
        assertThat(english)
                .extracting(HistoryLines.Line::typed)
                .containsExactly(true, false, false, false, false, false);
    }

    @Test
    void readsInArabicWithoutAPathOrACodeLeft() {
        HouseholdEvent updated = event(
                2,
                "UPDATED",
                changes(
                        "members[0].givenNameLatin",
                        "Samer",
                        "Sameer",
                        "members[2].relationship",
                        "SON",
                        "GRANDCHILD",
                        "journey.destinationPcode",
                        "SY020000",
                        "SY070000"));

        List<HistoryLines.Line> arabic = lines.changes(List.of(updated), ARABIC).get(2L);

        assertThat(arabic)
                .extracting(HistoryLines.Line::label)
                .containsExactly("الفرد 1 · الاسم (باللاتينية)", "الفرد 3 · صلة القرابة", "بلدة أو منطقة الوجهة");
        assertThat(arabic.get(1).to()).isEqualTo("حفيد/حفيدة");
        assertThat(arabic.get(2).to())
                .isEqualTo(PLACES.displayName("SY070000", "ar").orElseThrow());
        String everything = arabic.stream()
                .map(line -> line.label() + " " + line.from() + " " + line.to())
                .collect(java.util.stream.Collectors.joining(" "));
        assertThat(everything).doesNotContain("members[").doesNotContain("GRANDCHILD");
    }

    @Test
    void leavesOutAChangeThatReadsAsNothingOnBothSides() {
        HouseholdEvent added = event(
                5,
                "MEMBER_ADDED",
                Map.of(
                        HistoryNote.CHANGES,
                        changes("members[3].specificNeeds", null, "[]", "members[3].relationship", null, "SON")));

        assertThat(lines.changes(List.of(added), Locale.ENGLISH).get(5L))
                .extracting(HistoryLines.Line::label, HistoryLines.Line::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Member 4 · Relationship", "Son"));
    }

    @Test
    void namesTheFieldsOfOfflineConflictsByMemberNumberOrByTheFieldAloneOnceTheMemberIsGone() {
        UUID kept = UUID.randomUUID();
        UUID removed = UUID.randomUUID();
        HouseholdEvent opened = event(
                3,
                "EDIT_CONFLICT_OPENED",
                Map.of(
                        "fields",
                        List.of(
                                EditableFields.memberKey(kept, "givenNameLatin"),
                                EditableFields.memberKey(removed, "birthDate"),
                                "destinationPcode")));
        HouseholdEvent decided =
                event(4, "EDIT_CONFLICT_RESOLVED", Map.of("field", "registrationSite", "won", "YOURS"));

        Map<Long, List<String>> fields =
                lines.conflictFields(List.of(opened, decided), Map.of(kept, 1), Locale.ENGLISH);

        assertThat(fields.get(3L))
                .containsExactly("Member 2 · Given name (Latin)", "Date of birth", "Destination town or area");
        assertThat(fields.get(4L)).containsExactly("Registration site");
    }

    private static HistoryLines lines() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new HistoryLines(new ProblemLabels(messages), messages, PLACES, new CountryNames(PLACES));
    }

    private static HouseholdEvent event(long id, String type, Map<String, Object> details) {
        return new HouseholdEvent(id, Instant.parse("2026-03-01T10:00:00Z"), "officer", type, null, details);
    }

    /** Field, from, to, field, from, to, … in the order given, as the history keeps changes. */
    private static Map<String, Object> changes(String... fieldFromTo) {
        Map<String, Object> changes = new LinkedHashMap<>();
        for (int i = 0; i < fieldFromTo.length; i += 3) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("from", fieldFromTo[i + 1]);
            change.put("to", fieldFromTo[i + 2]);
            changes.put(fieldFromTo[i], change);
        }
        return changes;
    }
}
