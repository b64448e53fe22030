package org.homeward.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The rules a consent record follows wherever it comes from: the household page, the API or an
 * imported file. Problems name the request's fields: purposes, partners, method, givenBy.
 */
final class ConsentRules {

    static final Set<String> METHODS = Set.of("VERBAL", "WRITTEN", "DIGITAL");
    static final int MAX_TEXT = 100;

    private ConsentRules() {}

    /** A consent record as checked: what it says, and what is wrong with it. */
    record Checked(
            Set<Purpose> purposes,
            List<String> partners,
            String method,
            String givenBy,
            List<ValidationProblem> problems) {}

    static Checked check(
            Collection<String> purposeNames, Collection<String> partnerNames, String method, String givenBy) {
        List<ValidationProblem> problems = new ArrayList<>();
        Set<Purpose> purposes = EnumSet.noneOf(Purpose.class);
        for (String purpose : purposeNames) {
            try {
                purposes.add(Purpose.valueOf(purpose.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add(new ValidationProblem(
                        "purposes",
                        RegistryProblemCode.PURPOSE_UNKNOWN,
                        "Not a purpose: use REGISTRATION, " + "ASSISTANCE, REFERRAL or STATISTICS"));
            }
        }
        List<String> partners = partnerNames.stream()
                .map(String::trim)
                .filter(partner -> !partner.isEmpty())
                .toList();
        if (partners.stream().anyMatch(partner -> partner.length() > MAX_TEXT || partner.matches(".*[<>;].*"))) {
            problems.add(new ValidationProblem(
                    "partners",
                    RegistryProblemCode.PARTNER_INVALID,
                    "A partner's name has at most " + MAX_TEXT + " characters, without < > or ;"));
        }
        if (purposes.contains(Purpose.REFERRAL) && partners.isEmpty()) {
            problems.add(new ValidationProblem(
                    "partners", RegistryProblemCode.PARTNERS_MISSING, "Referral needs the partners it may go to"));
        }
        String normalisedMethod = method == null ? "" : method.trim().toUpperCase(Locale.ROOT);
        if (!METHODS.contains(normalisedMethod)) {
            problems.add(new ValidationProblem(
                    "method",
                    RegistryProblemCode.CONSENT_METHOD_INVALID,
                    "Say how consent was given: VERBAL, WRITTEN or DIGITAL"));
        }
        if (givenBy == null || givenBy.isBlank() || givenBy.length() > MAX_TEXT || givenBy.matches(".*[<>].*")) {
            problems.add(new ValidationProblem(
                    "givenBy",
                    RegistryProblemCode.CONSENT_GIVER_MISSING,
                    "Say who gave consent (e.g. the principal), in at most " + MAX_TEXT + " characters"));
        }
        return new Checked(purposes, partners, normalisedMethod, givenBy == null ? null : givenBy.trim(), problems);
    }
}
