package org.homeward.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.homeward.registry.SpecificNeed;

/**
 * Writes a registered household as interchange rows: the journey on every row, each member's
 * names in the scripts and spellings of the registration's style, dates of birth as precisely as
 * they were given, and any variations a repeated registration brings. Key columns stay empty;
 * keys are given when the rows are written.
 */
final class RowRenderer {

    private static final int COLUMNS = DemoColumn.values().length;

    RenderedHousehold render(
            DemoHousehold household, RecordStyle style, VariationPlan variations, RandomGenerator random) {
        List<String[]> rows = new ArrayList<>(household.members().size());
        long[] personIds = new long[household.members().size()];
        // The journey is the same on every row: written once, copied per member.
        String[] journeyColumns = new String[COLUMNS];
        journey(journeyColumns, household.journey());
        for (DemoMember member : household.members()) {
            personIds[rows.size()] = member.person().personId();
            String[] row = journeyColumns.clone();
            Set<DuplicateVariation> personVariations = variations.of(member.person());
            row[DemoColumn.RELATIONSHIP.ordinal()] = member.relationship().name();
            new NameWriter(row, style, personVariations, random)
                    .write(member.person().names());
            person(row, member.person(), household.journey().registeredOn(), personVariations, random);
            rows.add(row);
        }
        return new RenderedHousehold(rows, personIds);
    }

    private static void journey(String[] row, JourneyPlan journey) {
        row[DemoColumn.REGISTRATION_SITE.ordinal()] = journey.registrationSite();
        row[DemoColumn.RETURN_TYPE.ordinal()] = journey.returnType().name();
        row[DemoColumn.ORIGIN_COUNTRY.ordinal()] = journey.originCountry();
        row[DemoColumn.ORIGIN_LOCATION.ordinal()] = journey.originLocation();
        row[DemoColumn.CROSSING_POINT.ordinal()] = journey.crossingPoint();
        row[DemoColumn.DESTINATION_PCODE.ordinal()] = journey.destinationPcode();
        row[DemoColumn.PLANNED_DATE.ordinal()] = text(journey.plannedDate());
        row[DemoColumn.JOURNEY_STATUS.ordinal()] = journey.status().name();
        row[DemoColumn.REGISTERED_ON.ordinal()] = text(journey.registeredOn());
        row[DemoColumn.RETURNED_ON.ordinal()] = text(journey.returnedOn());
    }

    private static void person(
            String[] row,
            DemoPerson person,
            LocalDate registeredOn,
            Set<DuplicateVariation> variations,
            RandomGenerator random) {
        row[DemoColumn.SEX.ordinal()] = person.sex().name();
        row[DemoColumn.DATE_OF_BIRTH.ordinal()] = BirthDateWriting.write(person, registeredOn, variations, random);
        if (person.phone() != null && !variations.contains(DuplicateVariation.PHONE_NOT_RECORDED)) {
            row[DemoColumn.PHONE.ordinal()] = PhoneNumberMaker.written(person.phone(), random);
        }
        if (person.documentType() != null && !variations.contains(DuplicateVariation.DOCUMENT_NOT_RECORDED)) {
            row[DemoColumn.DOCUMENT_TYPE.ordinal()] = person.documentType().name();
            row[DemoColumn.DOCUMENT_NUMBER.ordinal()] = person.documentNumber();
        }
        row[DemoColumn.PLACE_OF_ORIGIN.ordinal()] = person.placeOfOrigin();
        if (!person.specificNeeds().isEmpty()) {
            StringBuilder codes = new StringBuilder();
            for (SpecificNeed need : person.specificNeeds()) {
                codes.append(codes.isEmpty() ? "" : ";").append(need.code());
            }
            row[DemoColumn.SPECIFIC_NEEDS.ordinal()] = codes.toString();
        }
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
