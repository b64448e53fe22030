package org.homeward.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.homeward.problems.CommonProblemCode;

/**
 * Gathers consecutive rows sharing a household key into households and turns them into
 * registration requests, reporting what is wrong with the file's shape on the way.
 */
final class HouseholdAssembler {

    static final int MAX_KEY_LENGTH = 100;
    private final Set<String> finishedKeys = new HashSet<>();
    private final Set<String> individualKeys = new HashSet<>();
    private final Clock clock;

    HouseholdAssembler(Clock clock) {
        this.clock = clock;
    }

    /** Builds the household of the given rows (all with one key) with the problems of its rows. */
    ImportedHousehold assemble(List<InterchangeRow> rows) {
        List<ImportProblem> problems = new ArrayList<>();
        InterchangeRow first = rows.get(0);
        rows.stream()
                .map(InterchangeRow::shapeProblem)
                .filter(java.util.Objects::nonNull)
                .forEach(problems::add);
        String key = first.get(InterchangeColumn.HOUSEHOLD_KEY);
        if (key == null) {
            problems.add(new ImportProblem(
                    first.number(),
                    "household_key",
                    RegistryProblemCode.HOUSEHOLD_KEY_MISSING,
                    "Every row needs its household key"));
        } else if (key.length() > MAX_KEY_LENGTH) {
            problems.add(new ImportProblem(
                    first.number(),
                    "household_key",
                    RegistryProblemCode.HOUSEHOLD_KEY_TOO_LONG,
                    "A household key has at most " + MAX_KEY_LENGTH + " characters"));
        } else if (key != null && !finishedKeys.add(key)) {
            problems.add(new ImportProblem(
                    first.number(),
                    "household_key",
                    RegistryProblemCode.HOUSEHOLD_ROWS_NOT_CONSECUTIVE,
                    "The rows of household '" + key + "' must be consecutive; it appeared earlier in the file"));
        }
        checkHouseholdColumnsAgree(rows, problems);
        List<IndividualDetails> members = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (InterchangeRow row : rows) {
            members.add(individual(row));
            keys.add(individualKey(row, problems));
        }
        JourneyDetails journey = new JourneyDetails(
                first.get(InterchangeColumn.RETURN_TYPE),
                first.get(InterchangeColumn.ORIGIN_COUNTRY),
                first.get(InterchangeColumn.ORIGIN_LOCATION),
                first.get(InterchangeColumn.CROSSING_POINT),
                first.get(InterchangeColumn.DESTINATION_PCODE),
                first.get(InterchangeColumn.PLANNED_DATE),
                first.get(InterchangeColumn.JOURNEY_STATUS));
        LocalDate registeredOn = date(first, InterchangeColumn.REGISTERED_ON, problems);
        LocalDate returnedOn = date(first, InterchangeColumn.RETURNED_ON, problems);
        checkDates(first, registeredOn, returnedOn, problems);
        ImportedConsent consent = consent(first, problems);
        return new ImportedHousehold(
                key,
                rows,
                new RegisterHouseholdRequest(first.get(InterchangeColumn.REGISTRATION_SITE), journey, members),
                keys,
                registeredOn,
                returnedOn,
                consent,
                problems);
    }

    /**
     * The consent recorded for the household, when any of its columns is filled; checked by the
     * rules of the household page. Without a time of recording it counts from the import.
     */
    private ImportedConsent consent(InterchangeRow row, List<ImportProblem> problems) {
        String purposes = row.get(InterchangeColumn.CONSENT_PURPOSES);
        String partners = row.get(InterchangeColumn.CONSENT_PARTNERS);
        String givenBy = row.get(InterchangeColumn.CONSENT_GIVEN_BY);
        String method = row.get(InterchangeColumn.CONSENT_METHOD);
        String recordedAt = row.get(InterchangeColumn.CONSENT_RECORDED_AT);
        if (purposes == null && partners == null && givenBy == null && method == null && recordedAt == null) {
            return null;
        }
        ConsentRules.Checked checked = ConsentRules.check(list(purposes, "[;,]"), list(partners, ";"), method, givenBy);
        for (ValidationProblem problem : checked.problems()) {
            InterchangeColumn column = switch (problem.field()) {
                case "purposes" -> InterchangeColumn.CONSENT_PURPOSES;
                case "partners" -> InterchangeColumn.CONSENT_PARTNERS;
                case "method" -> InterchangeColumn.CONSENT_METHOD;
                default -> InterchangeColumn.CONSENT_GIVEN_BY;
            };
            problems.add(new ImportProblem(row.number(), column.header(), problem.code(), problem.message()));
        }
        Instant recorded = null;
        if (recordedAt != null) {
            try {
                recorded = recordedAt.length() == 10
                        ? LocalDate.parse(recordedAt)
                                .atStartOfDay(ZoneOffset.UTC)
                                .toInstant()
                        : OffsetDateTime.parse(recordedAt).toInstant();
                if (recorded.isAfter(clock.instant())) {
                    problems.add(new ImportProblem(
                            row.number(),
                            InterchangeColumn.CONSENT_RECORDED_AT.header(),
                            CommonProblemCode.DATE_IN_FUTURE,
                            "Consent cannot have been recorded in the future"));
                }
            } catch (DateTimeParseException e) {
                problems.add(new ImportProblem(
                        row.number(),
                        InterchangeColumn.CONSENT_RECORDED_AT.header(),
                        CommonProblemCode.DATE_INVALID,
                        "Write when consent was recorded as YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ"));
            }
        }
        return new ImportedConsent(
                checked.purposes(), checked.partners(), checked.givenBy(), checked.method(), recorded);
    }

    private static List<String> list(String cell, String separators) {
        return cell == null
                ? List.of()
                : Arrays.stream(cell.split(separators))
                        .map(String::trim)
                        .filter(value -> !value.isEmpty())
                        .toList();
    }

    private void checkHouseholdColumnsAgree(List<InterchangeRow> rows, List<ImportProblem> problems) {
        InterchangeRow first = rows.get(0);
        for (InterchangeRow row : rows.subList(1, rows.size())) {
            for (InterchangeColumn column : InterchangeColumn.values()) {
                String value = row.get(column);
                if (column.isHouseholdLevel() && value != null && !value.equals(first.get(column))) {
                    problems.add(new ImportProblem(
                            row.number(),
                            column.header(),
                            RegistryProblemCode.HOUSEHOLD_VALUE_DIFFERS,
                            "This household value differs from the household's first row (row " + first.number()
                                    + ")"));
                }
            }
        }
    }

    private String individualKey(InterchangeRow row, List<ImportProblem> problems) {
        String key = row.get(InterchangeColumn.INDIVIDUAL_KEY);
        if (key == null) {
            return null;
        }
        if (key.length() > MAX_KEY_LENGTH) {
            problems.add(new ImportProblem(
                    row.number(),
                    "individual_key",
                    RegistryProblemCode.INDIVIDUAL_KEY_TOO_LONG,
                    "An individual key has at most " + MAX_KEY_LENGTH + " characters"));
        } else if (!individualKeys.add(key)) {
            problems.add(new ImportProblem(
                    row.number(),
                    "individual_key",
                    RegistryProblemCode.INDIVIDUAL_KEY_REPEATED,
                    "This individual key appears earlier in the file"));
        }
        return key;
    }

    private static IndividualDetails individual(InterchangeRow row) {
        String needs = row.get(InterchangeColumn.SPECIFIC_NEEDS);
        return new IndividualDetails(
                row.get(InterchangeColumn.RELATIONSHIP),
                row.names(),
                row.get(InterchangeColumn.SEX),
                row.get(InterchangeColumn.DATE_OF_BIRTH),
                row.get(InterchangeColumn.PHONE),
                row.get(InterchangeColumn.DOCUMENT_TYPE),
                row.get(InterchangeColumn.DOCUMENT_NUMBER),
                row.get(InterchangeColumn.PLACE_OF_ORIGIN),
                needs == null
                        ? List.of()
                        : Arrays.stream(needs.split("[;,]")).map(String::trim).toList(),
                row.get(InterchangeColumn.NATIONALITY),
                row.get(InterchangeColumn.BIRTH_COUNTRY),
                row.get(InterchangeColumn.BIRTH_PLACE),
                row.get(InterchangeColumn.BIRTH_TOWN));
    }

    private static LocalDate date(InterchangeRow row, InterchangeColumn column, List<ImportProblem> problems) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new ImportProblem(
                    row.number(), column.header(), CommonProblemCode.DATE_INVALID, "Write the date as YYYY-MM-DD"));
            return null;
        }
    }

    private void checkDates(
            InterchangeRow row, LocalDate registeredOn, LocalDate returnedOn, List<ImportProblem> problems) {
        LocalDate today = LocalDate.now(clock);
        if (registeredOn != null && registeredOn.isAfter(today)) {
            problems.add(new ImportProblem(
                    row.number(),
                    "registered_on",
                    CommonProblemCode.DATE_IN_FUTURE,
                    "The registration date lies in the future"));
        }
        if (returnedOn != null && returnedOn.isAfter(today)) {
            problems.add(new ImportProblem(
                    row.number(),
                    "returned_on",
                    CommonProblemCode.DATE_IN_FUTURE,
                    "The return date lies in the future"));
        }
        if (returnedOn != null
                && !"RETURNED_HOME".equalsIgnoreCase(String.valueOf(row.get(InterchangeColumn.JOURNEY_STATUS)))) {
            problems.add(new ImportProblem(
                    row.number(),
                    "returned_on",
                    RegistryProblemCode.RETURN_DATE_WITHOUT_RETURN,
                    "A return date needs the journey status RETURNED_HOME"));
        }
    }
}
