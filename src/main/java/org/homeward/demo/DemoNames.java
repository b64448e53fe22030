package org.homeward.demo;

/** The demo's name lists: male and female given names and family names, from src/main/resources/demo. */
record DemoNames(NameList maleGivenNames, NameList femaleGivenNames, NameList familyNames) {

    // Keys are offset per list so that a key names one entry across all lists.
    private static final int MALE_KEYS = 0;
    private static final int FEMALE_KEYS = 100_000;
    private static final int FAMILY_KEYS = 200_000;

    public static DemoNames load() {
        return new DemoNames(
                NameList.load("/demo/given-names-male.csv", MALE_KEYS),
                NameList.load("/demo/given-names-female.csv", FEMALE_KEYS),
                NameList.load("/demo/family-names.csv", FAMILY_KEYS));
    }

    NameList givenNames(boolean female) {
        return female ? femaleGivenNames : maleGivenNames;
    }
}
