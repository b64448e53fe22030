package org.homeward.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The fields of a household an edit may change, as one flat map of text: the household's own
 * ({@code registrationSite}, {@code destinationPcode}, …) and each member's, keyed by the member's id
 * ({@code members.<id>.givenNameLatin}), so that two versions can be compared field by field.
 */
final class EditableFields {

    static final List<String> HOUSEHOLD = List.of(
            "registrationSite",
            "returnType",
            "originCountry",
            "originLocation",
            "crossingPoint",
            "destinationPcode",
            "plannedDate");
    static final List<String> MEMBER = List.of(
            "relationship",
            "givenNameAr",
            "givenNameLatin",
            "fatherNameAr",
            "fatherNameLatin",
            "grandfatherNameAr",
            "grandfatherNameLatin",
            "familyNameAr",
            "familyNameLatin",
            "sex",
            "birthDate",
            "phone",
            "documentType",
            "documentNumber",
            "placeOfOrigin",
            "specificNeeds",
            "nationality",
            "birthCountry",
            "birthPlace",
            "birthTown");
    private static final Set<String> MEMBER_FIELDS = Set.copyOf(MEMBER);
    private static final String PREFIX = "members.";

    private EditableFields() {}

    /** Every editable field of the household, blanks as null, specific needs as their codes joined by commas. */
    static Map<String, String> of(Household household) {
        Map<String, String> fields = new LinkedHashMap<>();
        JourneyDetails journey = JourneyDetails.of(household.journey());
        fields.put("registrationSite", clean(household.registrationSite()));
        fields.put("returnType", clean(journey.returnType()));
        fields.put("originCountry", clean(journey.originCountry()));
        fields.put("originLocation", clean(journey.originLocation()));
        fields.put("crossingPoint", clean(journey.crossingPoint()));
        fields.put("destinationPcode", clean(journey.destinationPcode()));
        fields.put("plannedDate", clean(journey.plannedDate()));
        for (Individual member : household.members()) {
            List<String> values = values(IndividualDetails.of(member));
            for (int i = 0; i < MEMBER.size(); i++) {
                fields.put(memberKey(member.id(), MEMBER.get(i)), values.get(i));
            }
        }
        return fields;
    }

    static String memberKey(UUID individualId, String field) {
        return PREFIX + individualId + "." + field;
    }

    static boolean isMemberField(String field) {
        return MEMBER_FIELDS.contains(field);
    }

    /** The member a key names, or null for a household field. */
    static UUID memberOf(String key) {
        if (!key.startsWith(PREFIX)) {
            return null;
        }
        return UUID.fromString(key.substring(PREFIX.length(), key.lastIndexOf('.')));
    }

    /** The field a key names without its member: {@code givenNameLatin}. */
    static String fieldOf(String key) {
        return key.startsWith(PREFIX) ? key.substring(key.lastIndexOf('.') + 1) : key;
    }

    /** Whether the field holds a phone or a document number, shown masked. */
    static boolean sensitive(String key) {
        String field = fieldOf(key);
        return field.equals("phone") || field.equals("documentNumber");
    }

    static String masked(String key, String value) {
        if (value == null || !sensitive(key)) {
            return value;
        }
        return fieldOf(key).equals("phone") ? SensitiveFields.maskPhone(value) : SensitiveFields.maskDocument(value);
    }

    /** Whether a value sent is the masked form of the stored one: the sender left the field alone. */
    static boolean maskOf(String key, String sent, String stored) {
        return sensitive(key)
                && SensitiveFields.isMaskOf(sent, stored, fieldOf(key).equals("phone"));
    }

    /** The whole new version of the household with the given fields changed, as an update request. */
    static UpdateHouseholdRequest withChanges(Household household, Map<String, String> changes, String reason) {
        Map<String, String> fields = of(household);
        fields.putAll(changes);
        JourneyDetails journey = new JourneyDetails(
                fields.get("returnType"),
                fields.get("originCountry"),
                fields.get("originLocation"),
                fields.get("crossingPoint"),
                fields.get("destinationPcode"),
                fields.get("plannedDate"));
        List<IndividualDetails> members = new ArrayList<>();
        for (Individual member : household.members()) {
            members.add(details(fields, member.id()));
        }
        return new UpdateHouseholdRequest(
                household.version(), fields.get("registrationSite"), journey, members, reason);
    }

    static String clean(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static IndividualDetails details(Map<String, String> fields, UUID id) {
        List<String> values =
                MEMBER.stream().map(field -> fields.get(memberKey(id, field))).toList();
        String needs = values.get(15);
        List<String> specificNeeds = needs == null
                ? List.of()
                : List.of(needs.split(",")).stream()
                        .map(String::trim)
                        .filter(code -> !code.isEmpty())
                        .toList();
        return new IndividualDetails(
                values.get(0),
                values.get(1),
                values.get(2),
                values.get(3),
                values.get(4),
                values.get(5),
                values.get(6),
                values.get(7),
                values.get(8),
                values.get(9),
                values.get(10),
                values.get(11),
                values.get(12),
                values.get(13),
                values.get(14),
                specificNeeds,
                values.get(16),
                values.get(17),
                values.get(18),
                values.get(19));
    }

    private static List<String> values(IndividualDetails member) {
        List<String> values = new ArrayList<>();
        values.add(clean(member.relationship()));
        values.add(clean(member.givenNameAr()));
        values.add(clean(member.givenNameLatin()));
        values.add(clean(member.fatherNameAr()));
        values.add(clean(member.fatherNameLatin()));
        values.add(clean(member.grandfatherNameAr()));
        values.add(clean(member.grandfatherNameLatin()));
        values.add(clean(member.familyNameAr()));
        values.add(clean(member.familyNameLatin()));
        values.add(clean(member.sex()));
        values.add(clean(member.birthDate()));
        values.add(clean(member.phone()));
        values.add(clean(member.documentType()));
        values.add(clean(member.documentNumber()));
        values.add(clean(member.placeOfOrigin()));
        values.add(member.specificNeeds().isEmpty() ? null : String.join(",", member.specificNeeds()));
        values.add(clean(member.nationality()));
        values.add(clean(member.birthCountry()));
        values.add(clean(member.birthPlace()));
        values.add(clean(member.birthTown()));
        return values;
    }
}
