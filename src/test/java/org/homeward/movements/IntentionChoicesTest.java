package org.homeward.movements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IntentionChoicesTest {

    private final ColumnMapping mapping = new ColumnMapping(
            "test",
            new EnumMap<>(Map.of(IntentionField.INTENTION, List.of("q"))),
            new EnumMap<>(Map.of(
                    IntentionField.INTENTION,
                            Map.of(
                                    "soon",
                                    "WITHIN_3_MONTHS",
                                    "Don't know yet",
                                    "UNDECIDED",
                                    "خلال 3 أشهر",
                                    "WITHIN_3_MONTHS"),
                    IntentionField.CONDITIONS,
                            Map.of("Military service", "MILITARY_SERVICE", "الأمان", "SAFETY", "house", "HOUSING"),
                    IntentionField.GO_AND_SEE, Map.of("maybe later", "false"))));

    @Test
    void mapsChoiceNamesAndLabelsThroughTheMappingWhateverTheirCaseAndSpacing() {
        assertThat(IntentionChoices.answer(mapping, "SOON")).contains(IntentionAnswer.WITHIN_3_MONTHS);
        assertThat(IntentionChoices.answer(mapping, "  don't   know yet ")).contains(IntentionAnswer.UNDECIDED);
        assertThat(IntentionChoices.answer(mapping, "خلال 3 أشهر")).contains(IntentionAnswer.WITHIN_3_MONTHS);
    }

    @Test
    void takesACodeWrittenOutAsKoboChoiceNamesWriteIt() {
        assertThat(IntentionChoices.answer(mapping, "within_12_months")).contains(IntentionAnswer.WITHIN_12_MONTHS);
        assertThat(IntentionChoices.answer(mapping, "NOT_INTENDING")).contains(IntentionAnswer.NOT_INTENDING);
        assertThat(IntentionChoices.answer(mapping, "within 3 months")).contains(IntentionAnswer.WITHIN_3_MONTHS);
    }

    @Test
    void refusesAChoiceItDoesNotKnow() {
        assertThat(IntentionChoices.answer(mapping, "perhaps")).isEmpty();
        assertThat(IntentionChoices.answer(mapping, "")).isEmpty();
    }

    @Test
    void splitsASelectMultipleAnswerKeepingLabelsOfSeveralWordsWhole() {
        IntentionChoices.Conditions read = IntentionChoices.conditions(mapping, "safety Military service house الأمان");
        assertThat(read.unknown()).isNull();
        assertThat(read.conditions())
                .containsExactly(
                        IntentionCondition.SAFETY, IntentionCondition.HOUSING, IntentionCondition.MILITARY_SERVICE);
        assertThat(IntentionChoices.conditions(mapping, "documents,property").conditions())
                .containsExactly(IntentionCondition.DOCUMENTS, IntentionCondition.PROPERTY);
        assertThat(IntentionChoices.conditions(mapping, "").conditions()).isEmpty();
    }

    @Test
    void namesTheFirstWordOfASelectMultipleAnswerThatIsNoCondition() {
        IntentionChoices.Conditions read = IntentionChoices.conditions(mapping, "safety electricity housing");
        assertThat(read.unknown()).isEqualTo("electricity");
    }

    @Test
    void readsYesAndNoInBothLanguagesAndThroughTheMapping() {
        assertThat(IntentionChoices.yesOrNo(mapping, "yes")).contains(true);
        assertThat(IntentionChoices.yesOrNo(mapping, "نعم")).contains(true);
        assertThat(IntentionChoices.yesOrNo(mapping, "0")).contains(false);
        assertThat(IntentionChoices.yesOrNo(mapping, "Maybe later")).contains(false);
        assertThat(IntentionChoices.yesOrNo(mapping, "sometimes")).isEmpty();
    }

    @Test
    void aMappingThatTranslatesIntoNoCodeCannotBeSaved() {
        ColumnMapping wrong = new ColumnMapping(
                "wrong",
                new EnumMap<>(Map.of(IntentionField.INTENTION, List.of("q"), IntentionField.REFERENCE, List.of("r"))),
                new EnumMap<>(Map.of(
                        IntentionField.INTENTION,
                        Map.of("soon", "SOONISH"),
                        IntentionField.DESTINATION,
                        Map.of("x", "SY01"))));
        assertThat(wrong.problems())
                .extracting(problem -> problem.code().name())
                .containsExactlyInAnyOrder("MAPPING_CHOICE_UNKNOWN_CODE", "MAPPING_CHOICES_INVALID");
        ColumnMapping unmatched =
                new ColumnMapping("unmatched", new EnumMap<>(Map.of(IntentionField.INTENTION, List.of("q"))), Map.of());
        assertThat(unmatched.problems())
                .extracting(problem -> problem.code().name())
                .containsExactly("MAPPING_MATCH_MISSING");
    }
}
