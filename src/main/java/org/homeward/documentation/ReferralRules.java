package org.homeward.documentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.homeward.problems.ProblemException.FieldProblem;
import org.homeward.web.ControlCharacters;

/** The rules a referral and a partner's outcome follow, whether they come from a page or the API. */
final class ReferralRules {

    static final int MAX_PARTNER = 100;
    static final int MAX_NOTE = 1000;

    private ReferralRules() {}

    /** A referral request as checked: the partner trimmed and the need read. */
    record Checked(String partner, ReferralNeed need, String note) {}

    static Checked check(ReferralRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        String partner = request.partner() == null ? "" : request.partner().strip();
        if (partner.isEmpty()
                || partner.length() > MAX_PARTNER
                || partner.matches("(?s).*[<>;\\n\\r].*")
                || ControlCharacters.refused(partner)) {
            problems.add(new FieldProblem(
                    "partner",
                    DocumentationProblemCode.REFERRAL_PARTNER_INVALID,
                    "Name the partner as the household's consent names it, in at most " + MAX_PARTNER
                            + " characters without < > or ;"));
        }
        ReferralNeed need = enumOrNull(ReferralNeed.class, request.need());
        if (need == null) {
            problems.add(
                    new FieldProblem(
                            "need",
                            DocumentationProblemCode.REFERRAL_NEED_INVALID,
                            "Say what the referral is for: LEGAL_AID, CIVIL_DOCUMENTATION, PROPERTY_CLAIM, PROTECTION, HEALTH or OTHER"));
        }
        String note = checkedNote(request.note(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidReferralException(problems);
        }
        return new Checked(partner, need, note);
    }

    static ReferralOutcome outcome(ReferralOutcomeRequest request, List<FieldProblem> problems) {
        ReferralOutcome outcome = enumOrNull(ReferralOutcome.class, request.outcome());
        if (outcome == null) {
            problems.add(
                    new FieldProblem(
                            "outcome",
                            DocumentationProblemCode.REFERRAL_OUTCOME_INVALID,
                            "Say what the partner answered: ACCEPTED, DECLINED, SERVICE_PROVIDED, HOUSEHOLD_UNREACHABLE or CLOSED"));
        }
        return outcome;
    }

    static String checkedNote(String note, List<FieldProblem> problems) {
        String trimmed = note == null ? null : note.strip();
        if (trimmed != null && (trimmed.length() > MAX_NOTE || ControlCharacters.refused(trimmed))) {
            problems.add(new FieldProblem(
                    "note",
                    DocumentationProblemCode.REFERRAL_NOTE_INVALID,
                    "A note has at most " + MAX_NOTE + " characters"));
        }
        return trimmed == null || trimmed.isEmpty() ? null : trimmed;
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
