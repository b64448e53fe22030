package org.homeward.linkage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StandardiserKeepTest {

    private static LinkageRecord person(String id, String household, String given) {
        return LinkageRecord.builder(id)
                .householdId(household)
                .givenName(given)
                .fatherName("أحمد Ahmad")
                .familyName("الحموي Al-Hamwi")
                .sex("M")
                .birthDate(LinkageDate.of(1990, 4, 2))
                .phone("+963 944 123 456")
                .build();
    }

    @Test
    void recordsKeptForLongShareTheirEqualNamesDatesAndHouseholdButStayWhatTheyWere() {
        Standardiser standardiser = new Standardiser();
        // Built from fresh strings, so that nothing is shared before the standardiser shares it.
        LinkageRecord first = person("a", new String("h-1".toCharArray()), new String("محمد Mohammad".toCharArray()));
        // Written with other spaces: a different raw text, so not the standardiser's cached copy, yet the same name.
        LinkageRecord second = person("b", new String("h-1".toCharArray()), " محمد   Mohammad ");
        LinkageRecord brother = person("c", new String("h-1".toCharArray()), "محمود Mahmoud");
        LinkageRecord cousin = person("d", "h-2", "Mohammed");

        StandardRecord keptFirst = standardiser.standardiseToKeep(first);
        StandardRecord keptSecond = standardiser.standardiseToKeep(second);
        StandardRecord keptBrother = standardiser.standardiseToKeep(brother);
        StandardRecord keptCousin = standardiser.standardiseToKeep(cousin);
        assertThat(standardiser.standardise(second).name(StandardRecord.GIVEN))
                .isNotSameAs(standardiser.standardise(first).name(StandardRecord.GIVEN));

        assertThat(keptSecond.name(StandardRecord.GIVEN)).isSameAs(keptFirst.name(StandardRecord.GIVEN));
        assertThat(keptSecond.name(StandardRecord.FAMILY)).isSameAs(keptFirst.name(StandardRecord.FAMILY));
        assertThat(keptBrother.name(StandardRecord.GIVEN)).isNotSameAs(keptFirst.name(StandardRecord.GIVEN));
        assertThat(keptSecond.birthDate()).isSameAs(keptFirst.birthDate());
        assertThat(keptSecond.householdId()).isSameAs(keptFirst.householdId());
        // Two spellings' common skeleton is one string, held once.
        assertThat(keptCousin.name(StandardRecord.GIVEN)).isNotSameAs(keptFirst.name(StandardRecord.GIVEN));
        assertThat(keptCousin.name(StandardRecord.GIVEN).skeleton())
                .isEqualTo(keptFirst.name(StandardRecord.GIVEN).skeleton())
                .isSameAs(keptFirst.name(StandardRecord.GIVEN).skeleton());

        StandardRecord plain = standardiser.standardise(first);
        for (int link = StandardRecord.GIVEN; link <= StandardRecord.FAMILY; link++) {
            StandardName kept = keptFirst.name(link);
            StandardName fresh = plain.name(link);
            assertThat(kept.arabic()).isEqualTo(fresh.arabic());
            assertThat(kept.latin()).isEqualTo(fresh.latin());
            assertThat(kept.arabicTokens()).isEqualTo(fresh.arabicTokens());
            assertThat(kept.latinTokens()).isEqualTo(fresh.latinTokens());
            assertThat(kept.skeleton()).isEqualTo(fresh.skeleton());
            assertThat(kept.arabicLoose()).isEqualTo(fresh.arabicLoose());
            assertThat(kept.latinLoose()).isEqualTo(fresh.latinLoose());
            assertThat(kept.listedId()).isEqualTo(fresh.listedId());
        }
        assertThat(keptFirst.birthDate()).isEqualTo(plain.birthDate());
        assertThat(keptFirst.phone()).isEqualTo(plain.phone());
        assertThat(keptFirst.id()).isEqualTo("a");
        assertThat(keptBrother.id()).isEqualTo("c");
    }
}
