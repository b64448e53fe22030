package org.homeward.registry;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The columns of the interchange layout (docs/interchange.md), in the order export writes them. */
enum InterchangeColumn {
    HOUSEHOLD_KEY("household_key", null),
    INDIVIDUAL_KEY("individual_key", null),
    REGISTRATION_SITE("registration_site", "registrationSite"),
    RETURN_TYPE("return_type", "journey.returnType"),
    ORIGIN_COUNTRY("origin_country", "journey.originCountry"),
    ORIGIN_LOCATION("origin_location", "journey.originLocation"),
    CROSSING_POINT("crossing_point", "journey.crossingPoint"),
    DESTINATION_PCODE("destination_pcode", "journey.destinationPcode"),
    PLANNED_DATE("planned_date", "journey.plannedDate"),
    JOURNEY_STATUS("journey_status", "journey.status"),
    REGISTERED_ON("registered_on", null),
    RETURNED_ON("returned_on", null),
    CONSENT_PURPOSES("consent_purposes", null),
    CONSENT_PARTNERS("consent_partners", null),
    CONSENT_GIVEN_BY("consent_given_by", null),
    CONSENT_METHOD("consent_method", null),
    CONSENT_RECORDED_AT("consent_recorded_at", null),
    RELATIONSHIP("relationship", "relationship"),
    GIVEN_NAME_AR("given_name_ar", "givenNameAr"),
    GIVEN_NAME_LATIN("given_name_latin", "givenNameLatin"),
    FATHER_NAME_AR("father_name_ar", "fatherNameAr"),
    FATHER_NAME_LATIN("father_name_latin", "fatherNameLatin"),
    GRANDFATHER_NAME_AR("grandfather_name_ar", "grandfatherNameAr"),
    GRANDFATHER_NAME_LATIN("grandfather_name_latin", "grandfatherNameLatin"),
    FAMILY_NAME_AR("family_name_ar", "familyNameAr"),
    FAMILY_NAME_LATIN("family_name_latin", "familyNameLatin"),
    SEX("sex", "sex"),
    DATE_OF_BIRTH("date_of_birth", "birthDate"),
    PHONE("phone", "phone"),
    DOCUMENT_TYPE("document_type", "documentType"),
    DOCUMENT_NUMBER("document_number", "documentNumber"),
    PLACE_OF_ORIGIN("place_of_origin", "placeOfOrigin"),
    SPECIFIC_NEEDS("specific_needs", "specificNeeds"),
    NATIONALITY("nationality", "nationality"),
    BIRTH_COUNTRY("birth_country", "birthCountry"),
    BIRTH_PLACE("birth_place", "birthPlace"),
    BIRTH_TOWN("birth_town", "birthTown");

    static final List<InterchangeColumn> REQUIRED =
            List.of(HOUSEHOLD_KEY, RETURN_TYPE, DESTINATION_PCODE, RELATIONSHIP, SEX);
    private static final Map<String, InterchangeColumn> BY_HEADER =
            Arrays.stream(values()).collect(Collectors.toMap(InterchangeColumn::header, Function.identity()));
    private static final Map<String, InterchangeColumn> BY_FIELD = Arrays.stream(values())
            .filter(column -> column.field != null)
            .collect(Collectors.toMap(column -> column.field, Function.identity()));

    private final String header;
    private final String field;

    InterchangeColumn(String header, String field) {
        this.header = header;
        this.field = field;
    }

    String header() {
        return header;
    }

    /** Whether the column belongs to the household (first row) rather than to each individual. */
    boolean isHouseholdLevel() {
        return ordinal() >= REGISTRATION_SITE.ordinal() && ordinal() <= CONSENT_RECORDED_AT.ordinal();
    }

    static InterchangeColumn ofHeader(String header) {
        return BY_HEADER.get(header);
    }

    /** The column a validation field path points at: "journey.destinationPcode" or "members[2].birthDate". */
    static InterchangeColumn ofField(String fieldPath) {
        String field = fieldPath.startsWith("members[") ? fieldPath.substring(fieldPath.indexOf("].") + 2) : fieldPath;
        if (field.equals("givenName")) {
            return GIVEN_NAME_AR;
        }
        return BY_FIELD.get(field);
    }

    static String[] headers() {
        return Arrays.stream(values()).map(InterchangeColumn::header).toArray(String[]::new);
    }
}
