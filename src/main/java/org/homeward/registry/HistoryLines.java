package org.homeward.registry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.homeward.places.PlaceLookup;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A household's history in the reader's words: each changed field by the label the form gives it
 * ("Member 2 · Date of birth") rather than its path ({@code members[1].birthDate}), and each coded
 * value (relationship, sex, document, needs, return type, country, place) by its name in the page's
 * language rather than its code. The history itself keeps the paths and codes.
 */
@Component
class HistoryLines {

    private static final Set<String> PLACES =
            Set.of("destinationPcode", "originLocation", "crossingPoint", "birthPlace", "placeOfOrigin");
    private static final Set<String> COUNTRIES = Set.of("originCountry", "nationality", "birthCountry");
    private static final String MEMBER_KEY = "members.";

    private final ProblemLabels labels;
    private final MessageSource messages;
    private final PlaceLookup places;
    private final CountryNames countries;

    HistoryLines(ProblemLabels labels, MessageSource messages, PlaceLookup places, CountryNames countries) {
        this.labels = labels;
        this.messages = messages;
        this.places = places;
        this.countries = countries;
    }

    /**
     * One changed field as read: its path, its label, the values before and after, and whether the
     * values are text someone typed (names, dates, masked numbers), shown isolated as typed, or words
     * of the page's language.
     */
    record Line(String field, String label, String from, String to, boolean typed) {

        /** Whether the values are dates, which are written in the page's digits (names and numbers stay as typed). */
        public boolean dated() {
            String last = field.substring(field.lastIndexOf('.') + 1);
            return last.endsWith("Date") || last.equals("returnedOn");
        }
    }

    /** The changed fields of each event of the history that changed any, by the event's id. */
    Map<Long, List<Line>> changes(List<HouseholdEvent> history, Locale locale) {
        Map<Long, List<Line>> lines = new LinkedHashMap<>();
        for (HouseholdEvent event : history) {
            Map<?, ?> changes = changesOf(event);
            if (changes == null || changes.isEmpty()) {
                continue;
            }
            List<Line> shown = new ArrayList<>();
            changes.forEach((key, change) -> {
                String field = String.valueOf(key);
                Map<?, ?> fromTo = change instanceof Map<?, ?> map ? map : Map.of();
                Line line = line(field, fromTo.get("from"), fromTo.get("to"), locale);
                // A member added with no needs went from none to an empty list: nothing a reader would see.
                if (!blank(line.from()) || !blank(line.to())) {
                    shown.add(line);
                }
            });
            if (!shown.isEmpty()) {
                lines.put(event.id(), shown);
            }
        }
        return lines;
    }

    /**
     * The labels of the fields an offline edit's conflicts are about, by the event's id: every field an
     * opened conflict names, or the one field a decision was about. Members are numbered by their position
     * in the household ({@code positions}, by member id), as the history numbers them.
     */
    Map<Long, List<String>> conflictFields(List<HouseholdEvent> history, Map<UUID, Integer> positions, Locale locale) {
        Map<Long, List<String>> fields = new LinkedHashMap<>();
        for (HouseholdEvent event : history) {
            Object named = HouseholdEventType.EDIT_CONFLICT_OPENED.name().equals(event.type())
                    ? event.details().get("fields")
                    : HouseholdEventType.EDIT_CONFLICT_RESOLVED.name().equals(event.type())
                            ? event.details().get("field")
                            : null;
            if (named instanceof List<?> list) {
                fields.put(
                        event.id(),
                        list.stream()
                                .map(key -> conflictLabel(String.valueOf(key), positions, locale))
                                .toList());
            } else if (named != null) {
                fields.put(event.id(), List.of(conflictLabel(named.toString(), positions, locale)));
            }
        }
        return fields;
    }

    private static Map<?, ?> changesOf(HouseholdEvent event) {
        if (event.details().get(HistoryNote.CHANGES) instanceof Map<?, ?> changes) {
            return changes;
        }
        return HouseholdEventType.UPDATED.name().equals(event.type()) ? event.details() : null;
    }

    private Line line(String field, Object from, Object to, Locale locale) {
        String name = field.substring(field.lastIndexOf('.') + 1);
        boolean coded = isCoded(name);
        return new Line(
                field,
                labels.label(field, locale),
                coded ? value(name, from, locale) : text(from),
                coded ? value(name, to, locale) : text(to),
                !coded);
    }

    /**
     * The label of a field an offline edit names: a household's own field as the form names it, a
     * member's numbered as the history numbers members (by the place they were registered in).
     */
    private String conflictLabel(String key, Map<UUID, Integer> positions, Locale locale) {
        if (!key.startsWith(MEMBER_KEY)) {
            return labels.label(key.equals("registrationSite") ? key : "journey." + key, locale);
        }
        String field = EditableFields.fieldOf(key);
        Integer position = positions.get(EditableFields.memberOf(key));
        // A member removed since is named by the field alone.
        return position == null
                ? labels.label("member." + field, locale)
                : labels.label("members[" + position + "]." + field, locale);
    }

    /** The position of each member of the household, by id. */
    static Map<UUID, Integer> positions(Household household) {
        Map<UUID, Integer> positions = new LinkedHashMap<>();
        household.members().forEach(member -> positions.put(member.id(), member.position()));
        return positions;
    }

    private static boolean isCoded(String name) {
        return PLACES.contains(name)
                || COUNTRIES.contains(name)
                || Set.of("relationship", "sex", "documentType", "specificNeeds", "returnType")
                        .contains(name);
    }

    /** A coded value by its name in the page's language; a code no name is known for, as it is. */
    private String value(String name, Object stored, Locale locale) {
        String code = text(stored);
        if (code == null || code.isBlank()) {
            return null;
        }
        String language = "ar".equals(locale.getLanguage()) ? "ar" : "en";
        return switch (name) {
            case "relationship" -> message("relationship." + code, code, locale);
            case "sex" -> message("sex." + code, code, locale);
            case "documentType" -> message("document." + code, code, locale);
            case "returnType" -> message("returnType." + code, code, locale);
            case "specificNeeds" -> needs(code, locale);
            default ->
                COUNTRIES.contains(name)
                        ? countries.name(code, language)
                        : places.displayName(code, language).orElse(code);
        };
    }

    /** Needs as the history keeps them ({@code [DS, SM]}, or {@code DS,SM} from an offline edit) by their names. */
    private String needs(String codes, Locale locale) {
        String list = codes.replace("[", "").replace("]", "");
        String separator = message("history.listSeparator", ", ", locale);
        return Arrays.stream(list.split(","))
                .map(String::strip)
                .filter(code -> !code.isEmpty())
                .map(code -> SpecificNeed.fromCode(code)
                        .map(need -> message("need." + need.name(), code, locale))
                        .orElse(code))
                .collect(Collectors.joining(separator));
    }

    private String message(String key, String otherwise, Locale locale) {
        return messages.getMessage(key, null, otherwise, locale);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
