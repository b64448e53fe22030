package org.homeward.registry;

import java.util.List;
import java.util.Map;

/** Households as the API receives them, for tests. */
public final class HouseholdFixtures {

    private HouseholdFixtures() {}

    /** A refugee family of five returning from Lebanon, names in Arabic and Latin script. */
    public static Map<String, Object> familyOfFive(String familyNameLatin, String familyNameAr) {
        return Map.of(
                "registrationSite", "Masnaa crossing",
                "journey", masnaaToAleppo(Map.of("plannedDate", "2026-12-05")),
                "members",
                        List.of(
                                member(
                                        "PRINCIPAL",
                                        "محمد",
                                        "Mohammad",
                                        "أحمد",
                                        "Ahmad",
                                        familyNameAr,
                                        familyNameLatin,
                                        "M",
                                        "1979-03-14",
                                        "0944 123 456",
                                        List.of()),
                                member(
                                        "SPOUSE",
                                        "فاطمة",
                                        "Fatima",
                                        "علي",
                                        "Ali",
                                        "الشامي",
                                        "Al-Shami",
                                        "F",
                                        "1983",
                                        null,
                                        List.of("PL")),
                                member(
                                        "SON",
                                        "أحمد",
                                        "Ahmad",
                                        "محمد",
                                        "Mohammad",
                                        familyNameAr,
                                        familyNameLatin,
                                        "M",
                                        "2008-01",
                                        null,
                                        List.of()),
                                member(
                                        "DAUGHTER",
                                        "لؤلؤة",
                                        "Lulua",
                                        "محمد",
                                        "Mohammad",
                                        familyNameAr,
                                        familyNameLatin,
                                        "F",
                                        "2012-07-30",
                                        null,
                                        List.of("DS")),
                                member(
                                        "MOTHER",
                                        "خديجة",
                                        "Khadija",
                                        "حسن",
                                        "Hasan",
                                        "الحلبي",
                                        "Al-Halabi",
                                        "F",
                                        "",
                                        null,
                                        List.of("ER"))));
    }

    public static Map<String, Object> member(
            String relationship,
            String givenAr,
            String givenLatin,
            String fatherAr,
            String fatherLatin,
            String familyAr,
            String familyLatin,
            String sex,
            String birthDate,
            String phone,
            List<String> needs) {
        Map<String, Object> member = new java.util.HashMap<>();
        member.put("relationship", relationship);
        member.put("givenNameAr", givenAr);
        member.put("givenNameLatin", givenLatin);
        member.put("fatherNameAr", fatherAr);
        member.put("fatherNameLatin", fatherLatin);
        member.put("familyNameAr", familyAr);
        member.put("familyNameLatin", familyLatin);
        member.put("sex", sex);
        member.put("birthDate", birthDate);
        member.put("phone", phone);
        member.put("specificNeeds", needs);
        return member;
    }

    /**
     * Yaseen Omar Alfahes, head of the family the page scans register, with a national ID: the scans
     * register him twice with other phone spellings, so that the duplicate run proposes a pair.
     */
    public static IndividualDetails yaseen(String birthDate, String phone, String nationalId) {
        return new IndividualDetails(
                "PRINCIPAL",
                "ياسين",
                "Yaseen",
                "عمر",
                "Omar",
                null,
                null,
                "الفاحص",
                "Alfahes",
                "M",
                birthDate,
                phone,
                "NATIONAL_ID",
                nationalId,
                null,
                List.of());
    }

    /** Rana Sami Halabi, Yaseen's wife, born in 1985; phone and document may be left out (null). */
    public static IndividualDetails rana(String phone, String documentType, String documentNumber) {
        return new IndividualDetails(
                "SPOUSE",
                "رنا",
                "Rana",
                "سامي",
                "Sami",
                null,
                null,
                "الحلبي",
                "Halabi",
                "F",
                "1985-11-20",
                phone,
                documentType,
                documentNumber,
                null,
                List.of());
    }

    /**
     * A family home from Lebanon through the Masnaa crossing to rural Damascus (SY010000), registered at
     * the crossing; the planned arrival may be left out (null).
     */
    public static RegisterHouseholdRequest fromLebanon(String plannedArrival, List<IndividualDetails> members) {
        return new RegisterHouseholdRequest(
                "Masnaa crossing",
                new JourneyDetails("REFUGEE", "LBN", null, "MASNAA", "SY010000", plannedArrival),
                members);
    }

    /**
     * A person as the quick registration forms take one: given and family name in Arabic and Latin
     * script, sex, birth date and phone (either may be null), no father's name, document or needs.
     */
    public static IndividualDetails person(
            String relationship,
            String givenAr,
            String givenLatin,
            String familyAr,
            String familyLatin,
            String sex,
            String birthDate,
            String phone) {
        return new IndividualDetails(
                relationship,
                givenAr,
                givenLatin,
                null,
                null,
                null,
                null,
                familyAr,
                familyLatin,
                sex,
                birthDate,
                phone,
                null,
                null,
                null,
                List.of());
    }

    /** A family registered at a field office, home from Lebanon through Masnaa to Aleppo (SY020000). */
    public static RegisterHouseholdRequest atFieldOffice(List<IndividualDetails> members) {
        return new RegisterHouseholdRequest(
                "Field office", new JourneyDetails("REFUGEE", "LBN", null, "MASNAA", "SY020000", null), members);
    }

    /**
     * Layla Offkurdi and her son Sami, the family the offline-edit tests keep on a device and edit on
     * both sides; the son's given name is the field both sides change.
     */
    public static RegisterHouseholdRequest laylaAndSami() {
        return atFieldOffice(List.of(
                person("PRINCIPAL", "ليلى", "Layla", "الكردي", "Offkurdi", "F", "1980", "+963944771234"),
                offkurdiSon("Sami")));
    }

    /** Layla's son with the Latin given name as someone spelled it. */
    public static IndividualDetails offkurdiSon(String givenLatin) {
        return person("SON", "سامي", givenLatin, "الكردي", "Offkurdi", "M", "2016", null);
    }

    /** A household as the API receives it: registered at the Masnaa crossing, home from Lebanon to Aleppo, no date. */
    public static Map<String, Object> atMasnaaForAleppo(List<Map<String, Object>> members) {
        return Map.of("registrationSite", "Masnaa crossing", "journey", masnaaToAleppo(Map.of()), "members", members);
    }

    /** A refugee journey from Lebanon through the Masnaa crossing to Aleppo, with any further fields. */
    private static Map<String, Object> masnaaToAleppo(Map<String, Object> more) {
        Map<String, Object> journey = new java.util.LinkedHashMap<>(Map.of(
                "returnType", "REFUGEE",
                "originCountry", "LBN",
                "crossingPoint", "MASNAA",
                "destinationPcode", "SY020000"));
        journey.putAll(more);
        return journey;
    }
}
