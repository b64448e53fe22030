package org.homeward.registry;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Says which field a validation problem is about in the words of the form ("Member 2 · Date of
 * birth", "Destination (P-code)") rather than as a path such as {@code members[1].birthDate}, and
 * what is wrong in the page's language.
 */
@Component
class ProblemLabels {

    private static final Pattern MEMBER_FIELD = Pattern.compile("members\\[(\\d+)]\\.(\\w+)");
    private final MessageSource messages;

    ProblemLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** One problem as a page shows it: the field's label and the sentence saying what is wrong. */
    record Labelled(String field, String label, String message) implements java.io.Serializable {}

    List<Labelled> of(List<ValidationProblem> problems, Locale locale) {
        return problems.stream()
                .map(problem -> new Labelled(
                        problem.field(),
                        label(problem.field(), locale),
                        messages.getMessage("problem." + problem.code(), null, problem.message(), locale)))
                .toList();
    }

    /**
     * The label of a field path. A member's fields are numbered as the form shows them; on a form
     * for one member the number is left out, since there is only that member.
     */
    String label(String field, Locale locale) {
        if (field == null || field.isBlank()) {
            return "";
        }
        Matcher member = MEMBER_FIELD.matcher(field);
        if (member.matches()) {
            String part = fieldOfMember(member.group(2), locale);
            return text("register.member", locale, Integer.parseInt(member.group(1)) + 1) + " · " + part;
        }
        if (field.startsWith("member.")) {
            return fieldOfMember(field.substring("member.".length()), locale);
        }
        return switch (field) {
            case "registrationSite" -> text("household.site", locale);
            case "journey.destinationPcode" -> text("register.place.destination", locale);
            case "journey.originCountry" -> text("register.place.country", locale);
            case "journey.originLocation" -> text("register.place.origin", locale);
            case "members", "member" -> text("correction.membersLabel", locale);
            case "reason" -> text("correction.reason", locale);
            default -> field.startsWith("journey.") || field.startsWith("consent.") ? text(field, locale) : field;
        };
    }

    private String fieldOfMember(String part, Locale locale) {
        for (String script : List.of("Ar", "Latin")) {
            if (part.endsWith(script) && part.length() > script.length()) {
                String base = part.substring(0, part.length() - script.length());
                return text("individual." + base, locale) + " ("
                        + text(script.equals("Ar") ? "script.arabic" : "script.latin", locale) + ")";
            }
        }
        return text("individual." + part, locale);
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }
}
