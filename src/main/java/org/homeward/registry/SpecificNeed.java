package org.homeward.registry;

import java.util.Arrays;
import java.util.Optional;

/**
 * The code list of specific needs recorded for an individual, after the UNHCR specific-needs
 * categories. The two-letter code is what imports and exports carry.
 */
public enum SpecificNeed {
    DISABILITY("DS"),
    SERIOUS_MEDICAL_CONDITION("SM"),
    OLDER_PERSON_AT_RISK("ER"),
    UNACCOMPANIED_CHILD("UC"),
    SEPARATED_CHILD("SC"),
    CHILD_AT_RISK("CR"),
    WOMAN_AT_RISK("WR"),
    SINGLE_PARENT("SP"),
    PREGNANT_OR_LACTATING("PL"),
    LEGAL_PROTECTION_NEEDS("LP"),
    TORTURE_SURVIVOR("TR"),
    NEEDS_ACCESSIBLE_SHELTER("AS");

    private final String code;

    SpecificNeed(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<SpecificNeed> fromCode(String code) {
        return Arrays.stream(values())
                .filter(need -> need.code.equalsIgnoreCase(code.trim()))
                .findFirst();
    }
}
