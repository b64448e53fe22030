package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.homeward.linkage.engine.NameComparator;
import org.homeward.linkage.engine.NameRole;
import org.homeward.linkage.engine.SearchKeys;
import org.homeward.registry.NameRanking.Rank;
import org.homeward.registry.NameRanking.Tier;
import org.junit.jupiter.api.Test;

class NameRankingTest {

    private final NameChainKeys keys = new NameChainKeys(new FoldedSpellings(), new NameKeys() {
        @Override
        public java.util.List<String> ofPart(String name, ChainPart part) {
            return SearchKeys.ofName(name, NameRole.valueOf(part.name()));
        }

        @Override
        public boolean sameName(String one, String other, ChainPart part) {
            return NameComparator.sameName(one, other, NameRole.valueOf(part.name()));
        }
    });

    private Rank rank(String query, String[] arabic, String[] latin) {
        return new NameRanking(keys, NameQuery.parse(query)).rank(arabic, latin);
    }

    private static String[] chain(String given, String father, String grandfather, String family) {
        return new String[] {given, father, grandfather, family};
    }

    private static final String[] NONE = chain(null, null, null, null);

    @Test
    void theSameNameInItsPlaceComesFirst() {
        Rank exact = rank("Mohammad al-Hamwi", NONE, chain("Mohammad", "Ahmad", null, "Al-Hamwi"));
        Rank variant = rank("Mohammad al-Hamwi", NONE, chain("Muhammad", "Ahmad", null, "Hamwi"));
        assertThat(exact.tier()).isEqualTo(Tier.SPELLING_IN_PLACE);
        assertThat(variant.tier()).isEqualTo(Tier.SPELLING_IN_PLACE);
        assertThat(exact.points()).isGreaterThan(variant.points());
    }

    @Test
    void aNameSharingOnlyARootRanksBelowTheName() {
        Rank mohammad = rank("Mohammad", NONE, chain("Mohammed", "Khaled", null, "Al-Ali"));
        for (String other : new String[] {"Mahmoud", "Ahmad", "Hamid", "Humam", "Mahmud"}) {
            Rank root = rank("Mohammad", NONE, chain(other, "Khaled", null, "Al-Ali"));
            assertThat(root.tier()).as(other).isGreaterThan(mohammad.tier());
        }
        Rank arabic = rank("محمد", chain("محمد", "خالد", null, "العلي"), NONE);
        for (String other : new String[] {"محمود", "أحمد", "حامد"}) {
            assertThat(rank("محمد", chain(other, "خالد", null, "العلي"), NONE).tier())
                    .as(other)
                    .isGreaterThan(arabic.tier());
        }
    }

    @Test
    void theNameInAnotherPartOfTheChainRanksBelowTheNameInItsPlace() {
        Rank given = rank("Ahmad", NONE, chain("Ahmed", "Omar", null, "Al-Hamwi"));
        Rank father = rank("Ahmad", NONE, chain("Omar", "Ahmad", null, "Al-Hamwi"));
        Rank family = rank("Ahmad", NONE, chain("Hiyam", "Omar", null, "Al-Ahmad"));
        assertThat(given.tier()).isEqualTo(Tier.SPELLING_IN_PLACE);
        assertThat(father.tier()).isEqualTo(Tier.ELSEWHERE_IN_CHAIN);
        assertThat(family.tier()).isEqualTo(Tier.ELSEWHERE_IN_CHAIN);
    }

    @Test
    void anotherScriptMeetsTheNameByItsSkeleton() {
        Rank crossScript = rank("Mohammad al-Hamwi", chain("محمد", "أحمد", null, "الحموي"), NONE);
        assertThat(crossScript.tier()).as("the engine judges them one name").isEqualTo(Tier.SPELLING_IN_PLACE);
        Rank rootAcrossScripts = rank("Mohammad al-Hamwi", chain("محمود", "أحمد", null, "الحموي"), NONE);
        assertThat(rootAcrossScripts.tier()).isGreaterThan(crossScript.tier());
        Rank sameScript = rank("محمد الحموي", chain("محمد", "أحمد", null, "الحموي"), NONE);
        assertThat(sameScript.tier()).isEqualTo(Tier.SPELLING_IN_PLACE);
    }

    @Test
    void theNameInTheQuerysScriptDecides() {
        // Read across scripts Latin "Mahmoud" could be a spelling of محمد; the Arabic محمود says it is not.
        Rank mahmoud =
                rank("محمد الحموي", chain("محمود", "لؤي", null, "الحموي"), chain("Mahmoud", "Louai", null, "Al-Hamwi"));
        Rank latinOnly = rank("محمد الحموي", NONE, chain("Mohammad", "Jihad", null, "Al-Hamwi"));
        assertThat(latinOnly.tier()).isEqualTo(Tier.SPELLING_IN_PLACE);
        assertThat(mahmoud.tier()).isGreaterThan(latinOnly.tier());
    }

    @Test
    void theOtherScriptOutweighsASlipInThisOne() {
        Rank slip = rank(
                "Mohammad al-Hamwi",
                chain("محمد", "مازن", null, "الحموي"),
                chain("Mohammad", "Mazen", null, "Al-Hamw"));
        Rank root = rank(
                "Mohammad al-Hamwi",
                chain("محمود", "لؤي", null, "الحموي"),
                chain("Mahmoud", "Louai", null, "Al-Hamwi"));
        assertThat(slip.tier().compareTo(root.tier()) < 0
                        || slip.tier() == root.tier() && slip.points() > root.points())
                .as(slip + " before " + root)
                .isTrue();
    }

    @Test
    void aLatinOnlyNameOfTheSameRootIsNoVariantOfTheArabicQuery() {
        Rank mahmoud = rank("محمد", NONE, chain("Mahmoud", "Louai", null, "Al-Hamwi"));
        Rank mohammad = rank("محمد", NONE, chain("Mohammed", "Louai", null, "Al-Hamwi"));
        assertThat(mohammad.tier()).isEqualTo(Tier.SPELLING_IN_PLACE);
        assertThat(mahmoud.tier()).isGreaterThan(mohammad.tier());
        Rank hammoud = rank("Hamid", chain("حمود", null, null, null), chain("Hammoud", null, null, null));
        Rank hamed = rank("Hamid", NONE, chain("Hamed", null, null, null));
        assertThat(hammoud.tier()).isGreaterThan(hamed.tier());
    }

    @Test
    void aFamilyNameSpelledAnotherWayOutranksAGivenNameOfTheSameRoot() {
        Rank hamawi = rank("Mohammad al-Hamwi", NONE, chain("Mohammad", "Yusuf", null, "Al-Hamawi"));
        Rank mahmoud = rank(
                "Mohammad al-Hamwi",
                chain("محمود", "لؤي", null, "الحموي"),
                chain("Mahmoud", "Louai", null, "Al-Hamwi"));
        assertThat(hamawi.tier()).isEqualTo(Tier.SPELLING_IN_PLACE);
        assertThat(mahmoud.tier()).isGreaterThan(hamawi.tier());
    }

    @Test
    void aDifferentGivenNameWeighsMoreThanAFathersNameSpelledAnotherWay() {
        Rank ahmet =
                rank("Muhammad Ahmed", chain("محمد", "أحمد", null, "بكري"), chain("MOHAMMAD", "AHMET", null, "BAKRI"));
        Rank mahmud = rank(
                "Muhammad Ahmed", chain("محمود", "أحمد", null, "اليوسف"), chain("Mahmud", "Ahmed", null, "Al-Yousef"));
        assertThat(ahmet.tier().compareTo(mahmud.tier()) < 0
                        || ahmet.tier() == mahmud.tier() && ahmet.points() > mahmud.points())
                .as(ahmet + " before " + mahmud)
                .isTrue();
    }

    @Test
    void givenAndFatherIsAChainInPlace() {
        Rank rank = rank("Mohammad Ahmad", NONE, chain("Mohammad", "Ahmed", null, "Al-Hamwi"));
        assertThat(rank.tier()).isEqualTo(Tier.SPELLING_IN_PLACE);
        Rank swapped = rank("Ahmad Mohammad", NONE, chain("Mohammad", "Ahmed", null, "Al-Hamwi"));
        assertThat(swapped.tier()).isEqualTo(Tier.ELSEWHERE_IN_CHAIN);
    }

    @Test
    void theStartOfANameIsAPartialMatch() {
        assertThat(rank("Moh", NONE, chain("Mohammad", null, null, "Al-Hamwi")).tier())
                .isEqualTo(Tier.PARTIAL);
        assertThat(rank("Khaled", NONE, chain("Mohammad", null, null, "Al-Hamwi"))
                        .tier())
                .isEqualTo(Tier.OTHER);
    }

    @Test
    void aMatchInPlaceJudgesNoRelativesName() {
        java.util.List<String> keyed = new java.util.ArrayList<>();
        NameChainKeys counting = new NameChainKeys(new FoldedSpellings(), new NameKeys() {
            @Override
            public java.util.List<String> ofPart(String name, ChainPart part) {
                keyed.add(name);
                return SearchKeys.ofName(name, NameRole.valueOf(part.name()));
            }

            @Override
            public boolean sameName(String one, String other, ChainPart part) {
                keyed.add(other);
                return NameComparator.sameName(one, other, NameRole.valueOf(part.name()));
            }
        });
        NameRanking ranking = new NameRanking(counting, NameQuery.parse("Ahmad"));
        keyed.clear();
        Rank withRelatives = ranking.rank(
                chain("أحمد", "إبراهيم", "خليل", "الصالح"), chain("Ahmed", "Ibrahim", "Khalil", "Al-Saleh"));
        assertThat(keyed).doesNotContain("إبراهيم", "خليل", "الصالح", "Ibrahim", "Khalil", "Al-Saleh");
        assertThat(withRelatives)
                .isEqualTo(rank("Ahmad", chain("أحمد", null, null, null), chain("Ahmed", null, null, null)));
        assertThat(withRelatives.tier()).isEqualTo(Tier.SPELLING_IN_PLACE);
    }

    @Test
    void aNameOnlyElsewhereInTheChainIsStillFound() {
        Rank rank =
                rank("Ibrahim", chain("أحمد", "إبراهيم", null, "الصالح"), chain("Ahmed", "Ibrahim", null, "Al-Saleh"));
        assertThat(rank.tier()).isEqualTo(Tier.ELSEWHERE_IN_CHAIN);
        assertThat(rank.points()).isPositive();
    }
}
