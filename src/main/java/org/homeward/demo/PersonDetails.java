package org.homeward.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.homeward.registry.DocumentType;
import org.homeward.registry.JourneyStatus;
import org.homeward.registry.Relationship;
import org.homeward.registry.ReturnType;

/**
 * Completes composed household members with what a registration records beyond names: phones
 * (of the country of asylum while abroad), identity documents for some, specific needs at low
 * rates, and the place of origin.
 */
final class PersonDetails {

    private final SpecificNeeds needs = new SpecificNeeds();

    DemoHousehold complete(JourneyPlan journey, List<DemoMember> members, RandomGenerator random) {
        String phoneCountry = phoneCountry(journey, random);
        boolean hasChildren = members.stream()
                .anyMatch(member ->
                        member.relationship() == Relationship.SON || member.relationship() == Relationship.DAUGHTER);
        List<DemoMember> completed = new ArrayList<>(members.size());
        for (DemoMember member : members) {
            DemoPerson person = member.person();
            int age = person.ageOn(journey.registeredOn());
            String phone = age >= 16 && random.nextDouble() < phoneShare(member.relationship())
                    ? PhoneNumberMaker.mobile(phoneCountry, random)
                    : null;
            DocumentType type = documentType(journey, member, age, random);
            String number = type == null ? null : documentNumber(type, journey, random);
            String origin = placeOfOrigin(journey, member, random);
            completed.add(new DemoMember(
                    person.withDetails(phone, type, number, needs.of(member, age, hasChildren, random), origin),
                    member.relationship()));
        }
        return new DemoHousehold(journey, completed);
    }

    private static String phoneCountry(JourneyPlan journey, RandomGenerator random) {
        if (journey.returnType() == ReturnType.REFUGEE) {
            double abroadShare = journey.status() == JourneyStatus.RETURNED_HOME ? 0.3 : 0.75;
            return random.nextDouble() < abroadShare ? journey.originCountry() : ReturnFigure.SYRIA;
        }
        // In the north-west many people use Turkish networks.
        boolean northWest = journey.originLocation().startsWith("SY07")
                || journey.originLocation().startsWith("SY02");
        return northWest && random.nextDouble() < 0.3 ? "TUR" : ReturnFigure.SYRIA;
    }

    private static double phoneShare(Relationship relationship) {
        return switch (relationship) {
            case PRINCIPAL -> 0.85;
            case SPOUSE -> 0.25;
            default -> 0.12;
        };
    }

    private static DocumentType documentType(JourneyPlan journey, DemoMember member, int age, RandomGenerator random) {
        boolean principal = member.relationship() == Relationship.PRINCIPAL;
        double draw = random.nextDouble();
        if (principal && journey.returnType() == ReturnType.REFUGEE && draw < 0.18) {
            return DocumentType.UNHCR_CERTIFICATE;
        }
        if (age < 14) {
            return draw < 0.2 ? DocumentType.BIRTH_CERTIFICATE : null;
        }
        if (draw < 0.5) {
            return DocumentType.NATIONAL_ID;
        }
        if (draw < (journey.returnType() == ReturnType.REFUGEE ? 0.62 : 0.54)) {
            return DocumentType.PASSPORT;
        }
        return principal && draw < 0.72 ? DocumentType.FAMILY_BOOKLET : null;
    }

    private static String documentNumber(DocumentType type, JourneyPlan journey, RandomGenerator random) {
        String governorate = journey.destinationPcode().substring(2, 4);
        return switch (type) {
            case NATIONAL_ID -> governorate + PhoneNumberMaker.digits(9, random);
            case PASSPORT -> "N" + PhoneNumberMaker.digits(9, random);
            case FAMILY_BOOKLET -> governorate + "/" + PhoneNumberMaker.digits(6, random);
            case BIRTH_CERTIFICATE -> PhoneNumberMaker.digits(8, random);
            case UNHCR_CERTIFICATE ->
                journey.originCountry() + "-" + yearCode(journey.registeredOn(), random) + "C"
                        + PhoneNumberMaker.digits(5, random);
            case OTHER -> PhoneNumberMaker.digits(7, random);
        };
    }

    /** The two-digit year a refugee was registered in the country of asylum: some years before returning. */
    private static String yearCode(LocalDate registeredOn, RandomGenerator random) {
        int year = Math.max(2012, registeredOn.getYear() - random.nextInt(10));
        return String.valueOf(year % 100);
    }

    private static String placeOfOrigin(JourneyPlan journey, DemoMember member, RandomGenerator random) {
        boolean recorded = switch (member.relationship()) {
            case PRINCIPAL -> random.nextDouble() < 0.7;
            case SPOUSE -> random.nextDouble() < 0.3;
            default -> false;
        };
        return recorded ? journey.destinationPcode() : null;
    }
}
