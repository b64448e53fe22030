package org.homeward.demo;

import java.util.Arrays;
import java.util.Locale;

/** The columns of the interchange layout (docs/interchange.md), in the order the generator writes them. */
public enum DemoColumn {
    HOUSEHOLD_KEY,
    INDIVIDUAL_KEY,
    REGISTRATION_SITE,
    RETURN_TYPE,
    ORIGIN_COUNTRY,
    ORIGIN_LOCATION,
    CROSSING_POINT,
    DESTINATION_PCODE,
    PLANNED_DATE,
    JOURNEY_STATUS,
    REGISTERED_ON,
    RETURNED_ON,
    RELATIONSHIP,
    GIVEN_NAME_AR,
    GIVEN_NAME_LATIN,
    FATHER_NAME_AR,
    FATHER_NAME_LATIN,
    GRANDFATHER_NAME_AR,
    GRANDFATHER_NAME_LATIN,
    FAMILY_NAME_AR,
    FAMILY_NAME_LATIN,
    SEX,
    DATE_OF_BIRTH,
    PHONE,
    DOCUMENT_TYPE,
    DOCUMENT_NUMBER,
    PLACE_OF_ORIGIN,
    SPECIFIC_NEEDS;

    /** The header as the layout names it, e.g. {@code given_name_ar}. */
    public String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static String[] headers() {
        return Arrays.stream(values()).map(DemoColumn::header).toArray(String[]::new);
    }
}
