package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HouseholdReferencesTest {

    private final HouseholdReferences references = new HouseholdReferences(null);

    @Test
    void drawsReferencesOfTheCurrentFormWhoseCheckHolds() {
        for (int i = 0; i < 1000; i++) {
            String reference = references.draw();
            assertThat(reference).matches("HW-[0-9A-HJKMNP-TV-Z]{10}");
            assertThat(HouseholdReferences.wellFormed(reference)).isTrue();
            assertThat(HouseholdReferences.mistyped(reference)).isFalse();
        }
    }

    @Test
    void oneReferenceTellsNothingOfTheNext() {
        Set<String> drawn = new HashSet<>();
        Set<String> firstHalves = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String reference = references.draw();
            drawn.add(reference);
            firstHalves.add(reference.substring(0, 7));
        }
        assertThat(drawn).hasSize(10_000);
        // Sequential numbers would share their leading characters; random ones spread over 31^4 prefixes.
        assertThat(firstHalves.size()).isGreaterThan(9_000);
    }

    @Test
    void catchesEveryCharacterMistyped() {
        for (int i = 0; i < 200; i++) {
            String reference = references.draw();
            for (int position = 3; position < reference.length(); position++) {
                for (char other : HouseholdReferences.ALPHABET.toCharArray()) {
                    if (other != reference.charAt(position)) {
                        String typo = reference.substring(0, position) + other + reference.substring(position + 1);
                        assertThat(HouseholdReferences.mistyped(typo)).as(typo).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void catchesNearlyEveryPairOfNeighboursSwapped() {
        int swaps = 0;
        int caught = 0;
        for (int i = 0; i < 2000; i++) {
            String reference = references.draw();
            for (int position = 3; position < reference.length() - 1; position++) {
                char left = reference.charAt(position);
                char right = reference.charAt(position + 1);
                if (left != right) {
                    swaps++;
                    String swapped =
                            reference.substring(0, position) + right + left + reference.substring(position + 2);
                    caught += HouseholdReferences.mistyped(swapped) ? 1 : 0;
                }
            }
        }
        assertThat((double) caught / swaps).isGreaterThan(0.95);
    }

    @Test
    void readsTypedLookAlikesAsTheCharactersTheyResemble() {
        String reference = "HW-7KQ3MZ9TDZ";
        assertThat(HouseholdReferences.wellFormed(reference)).isTrue();
        assertThat(HouseholdReferences.normalised(" hw-7kq3mz9tdz ")).isEqualTo(reference);
        String withZero = "HW-1K03MZ9T" + "D";
        String body = withZero.substring(3);
        String valid = withZero + HouseholdReferences.checkCharacter(body);
        assertThat(HouseholdReferences.normalised(valid.replace('0', 'O').replace("1K", "IK")))
                .isEqualTo(valid);
        assertThat(HouseholdReferences.normalised("hw-0021619")).isEqualTo("HW-0021619");
    }

    @Test
    void referencesPrintedBeforeStayValidAndAreNeverCalledMistyped() {
        assertThat(HouseholdReferences.wellFormed("HW-0021619")).isTrue();
        assertThat(HouseholdReferences.mistyped("HW-0021619")).isFalse();
        assertThat(HouseholdReferences.mistyped("HW-21619")).isFalse();
        assertThat(HouseholdReferences.wellFormed("HW-21619")).isFalse();
        assertThat(HouseholdReferences.mistyped("something else")).isFalse();
    }
}
