package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameChainTest {

    private final NameChain ahmad = NameChain.of("أحمد", "Ahmad", "خالد", null, null, "Mahmoud", "الحموي", "Al-Hamwi");

    @Test
    void givesEachPartByItsPositionInTheChain() {
        assertThat(ahmad.part(ChainPart.GIVEN)).isEqualTo(new NamePart("أحمد", "Ahmad"));
        assertThat(ahmad.part(ChainPart.FATHER)).isEqualTo(new NamePart("خالد", null));
        assertThat(ahmad.part(ChainPart.GRANDFATHER)).isEqualTo(new NamePart(null, "Mahmoud"));
        assertThat(ahmad.part(ChainPart.FAMILY)).isEqualTo(new NamePart("الحموي", "Al-Hamwi"));
    }

    @Test
    void listsEachScriptInChainOrderKeepingUnknownPartsAsNull() {
        assertThat(ahmad.arabic()).containsExactly("أحمد", "خالد", null, "الحموي");
        assertThat(ahmad.latin()).containsExactly("Ahmad", null, "Mahmoud", "Al-Hamwi");
    }

    @Test
    void showsTheWrittenPartsOfOneScriptJoinedBySpaces() {
        assertThat(ahmad.displayArabic()).isEqualTo("أحمد خالد الحموي");
        assertThat(ahmad.displayLatin()).isEqualTo("Ahmad Mahmoud Al-Hamwi");
        assertThat(NameChain.NONE.displayLatin()).isEmpty();
    }

    @Test
    void keepsBlankValuesAsGivenButCountsThemAsNotWritten() {
        NameChain blank = NameChain.of(" ", null, "", null, null, "\t", null, null);

        assertThat(blank.given().arabic()).isEqualTo(" ");
        assertThat(blank.father().arabic()).isEmpty();
        assertThat(blank.isBlank()).isTrue();
        assertThat(blank.displayArabic()).isEmpty();
        assertThat(ahmad.isBlank()).isFalse();
        assertThat(NameChain.of(null, null, null, null, null, null, null, "Alali")
                        .isBlank())
                .isFalse();
    }

    @Test
    void takesAMissingPartAsOneKnownInNeitherScript() {
        NameChain chain = new NameChain(new NamePart("عمر", "Omar"), null, null, null);

        assertThat(chain.father()).isEqualTo(NamePart.NONE);
        assertThat(chain.father().isBlank()).isTrue();
        assertThat(chain.latin()).containsExactly("Omar", null, null, null);
    }
}
