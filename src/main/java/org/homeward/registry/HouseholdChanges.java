package org.homeward.registry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The field-by-field difference between two versions of a household, as recorded in its history. */
final class HouseholdChanges {

    private HouseholdChanges() {}

    /** The changes, a member added named by the position it takes (the first of them {@code nextPosition}). */
    static Map<String, Object> between(Household before, ValidatedHousehold after, int nextPosition) {
        Map<String, Object> changes = new LinkedHashMap<>();
        compare(changes, "registrationSite", before.registrationSite(), after.registrationSite());
        compareJourney(changes, before.journey(), after.journey());
        List<Individual> old = before.members();
        int added = nextPosition;
        for (int i = 0; i < after.members().size(); i++) {
            Map<String, Object> memberBefore = i < old.size() ? fields(old.get(i)) : Map.of();
            Map<String, Object> memberAfter = fields(after.members().get(i));
            // Named by the stored position, which a removal leaves unused, so a key always means one person.
            int position = i < old.size() ? old.get(i).position() : added++;
            for (var entry : memberAfter.entrySet()) {
                compare(
                        changes,
                        "members[" + position + "]." + entry.getKey(),
                        memberBefore.get(entry.getKey()),
                        entry.getValue());
            }
        }
        return changes;
    }

    /** One after the highest position of the household's members now. */
    static int nextPosition(Household household) {
        return household.members().stream().mapToInt(Individual::position).max().orElse(-1) + 1;
    }

    private static void compareJourney(Map<String, Object> changes, Journey before, Journey after) {
        compare(changes, "journey.returnType", before.returnType(), after.returnType());
        compare(changes, "journey.originCountry", before.originCountry(), after.originCountry());
        compare(changes, "journey.originLocation", before.originLocation(), after.originLocation());
        compare(changes, "journey.crossingPoint", before.crossingPoint(), after.crossingPoint());
        compare(changes, "journey.destinationPcode", before.destinationPcode(), after.destinationPcode());
        compare(changes, "journey.plannedDate", before.plannedDate(), after.plannedDate());
    }

    static Map<String, Object> fields(Individual member) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("relationship", member.relationship());
        fields.put("givenNameAr", member.givenNameAr());
        fields.put("givenNameLatin", member.givenNameLatin());
        fields.put("fatherNameAr", member.fatherNameAr());
        fields.put("fatherNameLatin", member.fatherNameLatin());
        fields.put("grandfatherNameAr", member.grandfatherNameAr());
        fields.put("grandfatherNameLatin", member.grandfatherNameLatin());
        fields.put("familyNameAr", member.familyNameAr());
        fields.put("familyNameLatin", member.familyNameLatin());
        fields.put("sex", member.sex());
        fields.put("birthDate", member.birthDate().format());
        fields.put("phone", member.phone());
        fields.put("documentType", member.documentType());
        fields.put("documentNumber", member.documentNumber());
        fields.put("placeOfOrigin", member.placeOfOrigin());
        fields.put(
                "specificNeeds",
                member.specificNeeds().stream().map(SpecificNeed::code).toList());
        fields.put("nationality", member.nationality());
        fields.put("birthCountry", member.birthCountry());
        fields.put("birthPlace", member.birthPlace());
        fields.put("birthTown", member.birthTown());
        return fields;
    }

    private static void compare(Map<String, Object> changes, String field, Object before, Object after) {
        String from = before == null ? null : before.toString();
        String to = after == null ? null : after.toString();
        if (!Objects.equals(from, to)) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("from", from);
            change.put("to", to);
            changes.put(field, change);
        }
    }
}
