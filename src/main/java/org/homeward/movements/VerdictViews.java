package org.homeward.movements;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Words every verdict's reason in English and Arabic, for the API and the pages. */
@Component
class VerdictViews {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");
    private final MessageSource messages;

    VerdictViews(MessageSource messages) {
        this.messages = messages;
    }

    /** One household's verdicts. */
    record HouseholdView(
            UUID householdId, String reference, CheckLevel worst, boolean mayDepart, List<VerdictView> verdicts) {}

    /** One verdict with its reason in both languages and whether a coordinator decided it. */
    record VerdictView(
            String check,
            CheckLevel level,
            String reasonKey,
            List<String> arguments,
            String reasonEn,
            String reasonAr,
            boolean decided) {}

    List<HouseholdView> of(List<HouseholdVerdicts> households) {
        return households.stream()
                .map(household -> new HouseholdView(
                        household.householdId(),
                        household.reference(),
                        household.worst(),
                        household.blocking().isEmpty(),
                        household.verdicts().stream()
                                .map(verdict -> new VerdictView(
                                        verdict.check(),
                                        verdict.level(),
                                        verdict.reasonKey(),
                                        verdict.arguments(),
                                        words(verdict, Locale.ENGLISH),
                                        words(verdict, ARABIC),
                                        verdict.level() == CheckLevel.AMBER
                                                && household.decided().contains(verdict.check())))
                                .toList()))
                .toList();
    }

    private String words(CheckVerdict verdict, Locale locale) {
        return messages.getMessage(verdict.reasonKey(), verdict.arguments().toArray(), verdict.reasonKey(), locale);
    }
}
