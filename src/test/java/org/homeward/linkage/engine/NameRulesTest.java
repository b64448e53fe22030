package org.homeward.linkage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each standardisation rule of names on its own. */
class NameRulesTest {

    @Test
    void arabicNormalisationFoldsAlefFormsHamzaSeatsTaaMarbutaAlefMaqsuraDiacriticsAndTatweel() {
        assertThat(ArabicNames.normalise("أحمد")).isEqualTo(ArabicNames.normalise("احمد"));
        assertThat(ArabicNames.normalise("إبراهيم")).isEqualTo("ابراهيم");
        assertThat(ArabicNames.normalise("آمال")).isEqualTo("امال");
        assertThat(ArabicNames.normalise("فاطمة")).isEqualTo("فاطمه");
        assertThat(ArabicNames.normalise("مصطفى")).isEqualTo("مصطفي");
        assertThat(ArabicNames.normalise("لؤي")).isEqualTo("لوي");
        assertThat(ArabicNames.normalise("عائشة")).isEqualTo("عايشه");
        assertThat(ArabicNames.normalise("مُحَمَّد")).isEqualTo("محمد");
        assertThat(ArabicNames.normalise("مـحـمـد")).isEqualTo("محمد");
    }

    @Test
    void compoundsJoinWhateverTheirSpacing() {
        StandardName joined = NameStandardiser.standardise("Abdulrahman", NameRole.GIVEN);
        assertThat(NameStandardiser.standardise("Abd al-Rahman", NameRole.GIVEN).latin())
                .isEqualTo(joined.latin());
        assertThat(NameStandardiser.standardise("Abdul Rahman", NameRole.GIVEN).latin())
                .isEqualTo(joined.latin());
        assertThat(NameStandardiser.standardise("Abd-ur-Rahman", NameRole.GIVEN).latin())
                .isEqualTo(joined.latin());
        assertThat(NameStandardiser.standardise("عبد الرحمن", NameRole.GIVEN).arabic())
                .isEqualTo(NameStandardiser.standardise("عبدالرحمن", NameRole.GIVEN)
                        .arabic());
    }

    @Test
    void abdAndAbuStayApart() {
        assertThat(NameStandardiser.standardise("Abu Bakr", NameRole.GIVEN).skeleton())
                .isNotEqualTo(
                        NameStandardiser.standardise("Abd Bakr", NameRole.GIVEN).skeleton());
    }

    @Test
    void familyNamesLoseTheirArticle() {
        String hamwi = NameStandardiser.standardise("Hamwi", NameRole.FAMILY).latin();
        assertThat(NameStandardiser.standardise("Al-Hamwi", NameRole.FAMILY).latin())
                .isEqualTo(hamwi);
        assertThat(NameStandardiser.standardise("El Hamwi", NameRole.FAMILY).latin())
                .isEqualTo(hamwi);
        assertThat(NameStandardiser.standardise("Alhamwi", NameRole.FAMILY).latin())
                .isEqualTo(hamwi);
        assertThat(NameStandardiser.standardise("الحموي", NameRole.FAMILY).arabic())
                .isEqualTo("حموي");
    }

    @Test
    void scriptsShareOneSkeleton() {
        assertThat(NameStandardiser.standardise("محمد", NameRole.GIVEN).skeleton())
                .isEqualTo(
                        NameStandardiser.standardise("Mohammed", NameRole.GIVEN).skeleton());
        assertThat(NameStandardiser.standardise("الحموي", NameRole.FAMILY).skeleton())
                .isEqualTo(NameStandardiser.standardise("Al-Hamawi", NameRole.FAMILY)
                        .skeleton());
    }

    @Test
    void aNameInBothScriptsKeepsBoth() {
        StandardName both = NameStandardiser.standardise("محمد Mohammad", NameRole.GIVEN);
        assertThat(both.arabic()).isEqualTo("محمد");
        assertThat(both.latin()).isEqualTo("mohammad");
        assertThat(NameComparator.level(both, NameStandardiser.standardise("محمد", NameRole.GIVEN)))
                .isEqualTo(NameComparator.EXACT);
    }

    @Test
    void theRegistrysTwoSpellingsGoInTogether() {
        StandardRecord record = new Standardiser()
                .standardise(LinkageRecord.builder("x")
                        .givenName("عبد الرحمن", "Abdulrahman")
                        .fatherName("أحمد", null)
                        .familyName(null, "Hamwi")
                        .build());
        assertThat(record.name(StandardRecord.GIVEN).arabic()).isEqualTo("عبدرحمن");
        assertThat(record.name(StandardRecord.GIVEN).latin()).isEqualTo("abdrahman");
        assertThat(record.name(StandardRecord.FATHER).arabic()).isEqualTo("احمد");
        assertThat(record.name(StandardRecord.FAMILY).latin()).isEqualTo("hamwi");
    }

    @Test
    void aGivenNameThatSwallowedTheFathersNameIsSplit() {
        StandardName[] chain = NameStandardiser.chain("Mohammad Ahmad", "", "", "Hamwi");
        assertThat(chain[StandardRecord.GIVEN].latin()).isEqualTo("mohammad");
        assertThat(chain[StandardRecord.FATHER].latin()).isEqualTo("ahmad");
        StandardName[] repeated = NameStandardiser.chain("Mohammad Ahmad", "Ahmed", "Ali", "Hamwi");
        assertThat(repeated[StandardRecord.GIVEN].latin()).isEqualTo("mohammad");
        assertThat(repeated[StandardRecord.FATHER].latin()).isEqualTo("ahmed");
        StandardName[] compound = NameStandardiser.chain("Abd al-Rahman", "", "", "Hamwi");
        assertThat(compound[StandardRecord.GIVEN].latin()).isEqualTo("abdrahman");
        assertThat(compound[StandardRecord.FATHER].isEmpty()).isTrue();
    }

    @Test
    void withoutAFatherFieldAGivenNameOfTwoWordsIsNotSplit() {
        StandardName[] chain = NameStandardiser.chain("mary ann", null, null, "smith");
        assertThat(chain[StandardRecord.GIVEN].latin()).isEqualTo("maryann");
        assertThat(chain[StandardRecord.FATHER].isEmpty()).isTrue();
    }

    @Test
    void typosAreCloseButNotVariants() {
        assertThat(NameComparator.level(
                        NameStandardiser.standardise("Mohammad", NameRole.GIVEN),
                        NameStandardiser.standardise("Mohamamd", NameRole.GIVEN)))
                .isEqualTo(NameComparator.CLOSE);
    }

    @Test
    void nameOrderSwapsAreRecognised() {
        Standardiser standardiser = new Standardiser();
        StandardRecord straight = standardiser.standardise(LinkageRecord.builder("a")
                .givenName("Omar")
                .familyName("Al-Hamwi")
                .build());
        StandardRecord swapped = standardiser.standardise(
                LinkageRecord.builder("b").givenName("Hamwi").familyName("عمر").build());
        int[] levels = new int[LinkageField.ALL.length];
        assertThat(PairComparison.compare(straight, swapped, levels)).isTrue();
        assertThat(levels[LinkageField.GIVEN_NAME.ordinal()]).isGreaterThanOrEqualTo(NameComparator.VARIANT);
        assertThat(levels[LinkageField.FAMILY_NAME.ordinal()]).isGreaterThanOrEqualTo(NameComparator.VARIANT);
    }
}
