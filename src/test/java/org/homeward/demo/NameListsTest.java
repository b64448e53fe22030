package org.homeward.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shipped name lists are complete enough and every name is writable in the registry. */
class NameListsTest {

    private final DemoNames names = DemoNames.load();

    @Test
    void listsHoldEnoughNamesEachOnce() {
        assertThat(names.maleGivenNames().entries()).hasSizeGreaterThanOrEqualTo(150);
        assertThat(names.femaleGivenNames().entries()).hasSizeGreaterThanOrEqualTo(120);
        assertThat(names.familyNames().entries()).hasSizeGreaterThanOrEqualTo(200);
        for (NameList list : lists()) {
            assertThat(list.entries().stream().map(NameEntry::arabic)).doesNotHaveDuplicates();
            assertThat(list.entries())
                    .allSatisfy(entry -> assertThat(entry.weight()).isPositive());
        }
        assertThat(Stream.of(lists()).flatMap(list -> list.entries().stream()).map(NameEntry::key))
                .doesNotHaveDuplicates();
    }

    @Test
    void namesAreWrittenInTheirScriptWithOnlyNameCharacters() {
        for (NameList list : lists()) {
            for (NameEntry entry : list.entries()) {
                assertThat(entry.arabic()
                                .codePoints()
                                .allMatch(c ->
                                        c == ' ' || Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC))
                        .as(entry.arabic())
                        .isTrue();
                assertThat(entry.latinSpellings())
                        .doesNotHaveDuplicates()
                        .allSatisfy(spelling -> assertThat(spelling).matches("[A-Z][A-Za-z' -]*[a-z]"));
            }
        }
    }

    @Test
    void commonNamesHaveSeveralSpellingsAndArticleFormsAreThere() {
        NameEntry mohammad = find(names.maleGivenNames(), "محمد");
        NameEntry hamwi = find(names.familyNames(), "الحموي");

        assertThat(mohammad.latinSpellings()).contains("Mohammad", "Mohammed", "Muhammad", "Mhd", "Mohamad");
        assertThat(hamwi.latinSpellings()).contains("Al-Hamwi", "Hamwi", "El Hamwi");
        assertThat(find(names.familyNames(), "الشامي").latinSpellings()).contains("Ash-Shami");
        assertThat(mohammad.weight())
                .isGreaterThan(find(names.maleGivenNames(), "آزاد").weight());
    }

    private NameList[] lists() {
        return new NameList[] {names.maleGivenNames(), names.femaleGivenNames(), names.familyNames()};
    }

    private static NameEntry find(NameList list, String arabic) {
        List<NameEntry> found = list.entries().stream()
                .filter(entry -> entry.arabic().equals(arabic))
                .toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
