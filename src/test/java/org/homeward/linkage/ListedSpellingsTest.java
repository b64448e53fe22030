package org.homeward.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.homeward.linkage.engine.GivenNameList;
import org.homeward.linkage.engine.NameComparator;
import org.homeward.linkage.engine.NameRole;
import org.homeward.registry.ChainPart;
import org.homeward.registry.FoldedSpellings;
import org.junit.jupiter.api.Test;

/** One list of given names serves both duplicate detection and name search. */
class ListedSpellingsTest {

    private final FoldedSpellings folded = new FoldedSpellings();

    @Test
    void aSpellingAddedToTheListChangesBothTheEngineAndTheSearch() {
        GivenNameList shipped = GivenNameList.standard();
        assertThat(shipped.sameListedName("Joseph", "Yusuf")).isFalse();
        assertThat(searchFinds(new ListedSpellings(folded, shipped), "Yusuf", "Joseph"))
                .isFalse();

        GivenNameList edited = GivenNameList.of(withSpelling("yusuf", "Joseph"));

        assertThat(edited.sameListedName("Joseph", "Yusuf")).isTrue();
        assertThat(edited.sameListedName("Joseph", "يوسف")).isTrue();
        assertThat(searchFinds(new ListedSpellings(folded, edited), "Yusuf", "Joseph"))
                .isTrue();
        assertThat(searchFinds(new ListedSpellings(folded, edited), "يوسف", "Joseph"))
                .isTrue();
    }

    @Test
    void aSearchForAListedNameAsksForEveryListedSpellingOfItAndNoOtherName() {
        ListedSpellings spellings = new ListedSpellings(folded, GivenNameList.standard());
        for (String registered : List.of("Youssef", "Yousef", "Yousif", "Youssif", "Yusef", "يوسف")) {
            assertThat(searchFinds(spellings, "Yusuf", registered))
                    .as(registered)
                    .isTrue();
        }
        // Names of one root are different names in the list: a search for one does not ask for the other.
        assertThat(searchFinds(spellings, "Mohammad", "Mahmoud")).isFalse();
        assertThat(searchFinds(spellings, "محمد", "محمود")).isFalse();
        assertThat(searchFinds(spellings, "Hasan", "Hussein")).isFalse();
    }

    @Test
    void aGivenNameThatBeginsLikeTheArticleIsKnownAsWrittenAndAFamilyNameBuiltOnOneIsNot() {
        ListedSpellings spellings = new ListedSpellings(folded, GivenNameList.standard());
        assertThat(List.of("الياس", "إلياس", "الهام", "Elias", "محمد")).allMatch(spellings::knownGivenName);
        assertThat(List.of("المحمد", "الحموي", "العلي", "Al-Mohammad"))
                .as("family names written with the article, even on a listed name")
                .noneMatch(spellings::knownGivenName);
        assertThat(folded.knownGivenName("الياس"))
                .as("without the list nothing is known")
                .isFalse();
    }

    @Test
    void theStoredKeysStayTheFoldedOnesSoEditingTheListRewritesNoRow() {
        ListedSpellings spellings = new ListedSpellings(folded, GivenNameList.of(withSpelling("yusuf", "Joseph")));
        for (String name : List.of("Joseph", "Yusuf", "يوسف", "Al-Hamwi")) {
            for (ChainPart part : ChainPart.values()) {
                assertThat(spellings.of(name, part)).isEqualTo(folded.of(name, part));
            }
        }
        assertThat(spellings.ofQuery("Yusuf", ChainPart.FAMILY)).isEqualTo(folded.of("Yusuf", ChainPart.FAMILY));
    }

    @Test
    void theEngineScoresWithTheListTheSearchReads() {
        // Every two spellings on one line of the shipped list are one name to the engine's comparator.
        GivenNameList shipped = GivenNameList.standard();
        for (String line : GivenNameList.shippedLines()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> spellings = shipped.spellingsOf(line.split("\t")[1].split(",")[0]);
            for (String one : spellings) {
                if (shipped.sameListedName(one, spellings.get(0))) {
                    assertThat(NameComparator.sameName(one, spellings.get(0), NameRole.GIVEN))
                            .as(one)
                            .isTrue();
                }
            }
        }
    }

    private static boolean searchFinds(ListedSpellings spellings, String typed, String registered) {
        Set<String> asked = new HashSet<>(spellings.ofQuery(typed, ChainPart.GIVEN));
        asked.retainAll(spellings.of(registered, ChainPart.GIVEN));
        return !asked.isEmpty();
    }

    private static List<String> withSpelling(String label, String spelling) {
        List<String> lines = new ArrayList<>();
        for (String line : GivenNameList.shippedLines()) {
            lines.add(line.startsWith(label + "\t") ? line + "," + spelling : line);
        }
        return lines;
    }
}
