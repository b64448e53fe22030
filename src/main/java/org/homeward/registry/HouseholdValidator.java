package org.homeward.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.homeward.places.PlaceLookup;
import org.homeward.problems.CommonProblemCode;
import org.homeward.problems.ProblemCode;
import org.springframework.stereotype.Component;

/**
 * Checks a household as entered (form, API or import row) and converts it to domain values,
 * gathering every problem rather than stopping at the first.
 */
@Component
public class HouseholdValidator {

    static final int MAX_MEMBERS = 40;
    static final int MAX_TEXT = 100;
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("[A-Z0-9][A-Z0-9 /-]{0,39}");
    private final PlaceLookup places;
    private final CountryNames countries;
    private final Clock clock;

    public HouseholdValidator(PlaceLookup places, Clock clock) {
        this.places = places;
        this.countries = new CountryNames(places);
        this.clock = clock;
    }

    /** Returns the validated household, or throws {@link InvalidHouseholdException} listing every problem. */
    public ValidatedHousehold validate(RegisterHouseholdRequest request) {
        List<ValidationProblem> problems = new ArrayList<>();
        ValidatedHousehold household =
                check(request.registrationSite(), request.journey(), request.members(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidHouseholdException(problems);
        }
        return household;
    }

    /** Lists the problems of a household without throwing (used by imports to report every row). */
    public List<ValidationProblem> problemsOf(RegisterHouseholdRequest request) {
        List<ValidationProblem> problems = new ArrayList<>();
        check(request.registrationSite(), request.journey(), request.members(), problems);
        return problems;
    }

    ValidatedHousehold check(
            String site,
            JourneyDetails journeyDetails,
            List<IndividualDetails> memberDetails,
            List<ValidationProblem> problems) {
        String registrationSite = text(site, "registrationSite", problems);
        Journey journey = journey(journeyDetails, problems);
        List<Individual> members = members(memberDetails, problems);
        return new ValidatedHousehold(registrationSite, journey, members);
    }

    private Journey journey(JourneyDetails details, List<ValidationProblem> problems) {
        if (details == null) {
            problems.add(
                    new ValidationProblem("journey", RegistryProblemCode.JOURNEY_MISSING, "The journey is required"));
            return null;
        }
        ReturnType returnType = parseEnum(
                details.returnType(),
                ReturnType.class,
                "journey.returnType",
                RegistryProblemCode.RETURN_TYPE_MISSING,
                RegistryProblemCode.RETURN_TYPE_INVALID,
                problems);
        String originCountry = upper(details.originCountry());
        String originLocation = upper(details.originLocation());
        if (returnType == ReturnType.REFUGEE) {
            if (originCountry == null) {
                problems.add(new ValidationProblem(
                        "journey.originCountry",
                        RegistryProblemCode.ORIGIN_COUNTRY_MISSING,
                        "A refugee returnee needs the country of asylum (ISO 3166 alpha-3, e.g. LBN)"));
            } else if (!places.isKnownCountry(originCountry) || "SYR".equals(originCountry)) {
                problems.add(new ValidationProblem(
                        "journey.originCountry",
                        RegistryProblemCode.ORIGIN_COUNTRY_UNKNOWN,
                        "Unknown country of asylum: " + shorten(originCountry)));
            }
        }
        if (returnType == ReturnType.IDP) {
            if (originLocation == null) {
                problems.add(new ValidationProblem(
                        "journey.originLocation",
                        RegistryProblemCode.ORIGIN_LOCATION_MISSING,
                        "An IDP returnee needs the displacement location (a P-code)"));
            }
        }
        if (originLocation != null && !places.isKnownArea(originLocation)) {
            problems.add(new ValidationProblem(
                    "journey.originLocation",
                    RegistryProblemCode.ORIGIN_LOCATION_UNKNOWN,
                    "Unknown displacement location: " + shorten(originLocation)));
        }
        String crossing = upper(details.crossingPoint());
        if (crossing != null && !places.isKnownCrossing(crossing)) {
            problems.add(new ValidationProblem(
                    "journey.crossingPoint",
                    RegistryProblemCode.CROSSING_POINT_UNKNOWN,
                    "Unknown crossing point: " + shorten(crossing)));
        }
        String destination = upper(details.destinationPcode());
        if (destination == null) {
            problems.add(new ValidationProblem(
                    "journey.destinationPcode",
                    CommonProblemCode.DESTINATION_MISSING,
                    "The destination community or area (P-code) is required"));
        } else if (!places.isKnownArea(destination)) {
            problems.add(new ValidationProblem(
                    "journey.destinationPcode",
                    RegistryProblemCode.DESTINATION_UNKNOWN,
                    "Unknown destination P-code: " + shorten(destination)));
        }
        LocalDate plannedDate =
                date(details.plannedDate(), "journey.plannedDate", RegistryProblemCode.PLANNED_DATE_INVALID, problems);
        JourneyStatus status = blank(details.status())
                ? JourneyStatus.REGISTERED
                : parseEnum(
                        details.status(),
                        JourneyStatus.class,
                        "journey.status",
                        RegistryProblemCode.JOURNEY_STATUS_MISSING,
                        RegistryProblemCode.JOURNEY_STATUS_INVALID,
                        problems);
        return new Journey(returnType, originCountry, originLocation, crossing, destination, plannedDate, status);
    }

    private List<Individual> members(List<IndividualDetails> details, List<ValidationProblem> problems) {
        if (details.isEmpty()) {
            problems.add(new ValidationProblem(
                    "members", RegistryProblemCode.HOUSEHOLD_EMPTY, "A household needs at least one member"));
            return List.of();
        }
        if (details.size() > MAX_MEMBERS) {
            problems.add(new ValidationProblem(
                    "members",
                    RegistryProblemCode.HOUSEHOLD_TOO_LARGE,
                    "A household has at most " + MAX_MEMBERS + " members; split larger groups into households"));
            return List.of();
        }
        List<Individual> members = new ArrayList<>();
        for (int i = 0; i < details.size(); i++) {
            members.add(new IndividualChecker(details.get(i), "members[" + i + "].", i, problems).check());
        }
        long principals = members.stream().filter(Individual::principal).count();
        if (principals == 0) {
            problems.add(new ValidationProblem(
                    "members",
                    RegistryProblemCode.HOUSEHOLD_PRINCIPAL_MISSING,
                    "One member must be the principal (relationship PRINCIPAL)"));
        } else if (principals > 1) {
            problems.add(new ValidationProblem(
                    "members",
                    RegistryProblemCode.HOUSEHOLD_PRINCIPAL_DUPLICATED,
                    "Only one member may be the principal"));
        }
        return members;
    }

    /** Checks one individual, reporting problems under a field prefix. */
    private final class IndividualChecker {
        private final IndividualDetails details;
        private final String prefix;
        private final int position;
        private final List<ValidationProblem> problems;

        IndividualChecker(IndividualDetails details, String prefix, int position, List<ValidationProblem> problems) {
            this.details = details;
            this.prefix = prefix;
            this.position = position;
            this.problems = problems;
        }

        Individual check() {
            Relationship relationship = parseEnum(
                    details.relationship(),
                    Relationship.class,
                    prefix + "relationship",
                    RegistryProblemCode.RELATIONSHIP_MISSING,
                    RegistryProblemCode.RELATIONSHIP_INVALID,
                    problems);
            String givenAr = arabic(details.givenNameAr(), "givenNameAr");
            String givenLatin = latin(details.givenNameLatin(), "givenNameLatin");
            if (givenAr == null && givenLatin == null) {
                problems.add(new ValidationProblem(
                        prefix + "givenName",
                        RegistryProblemCode.GIVEN_NAME_MISSING,
                        "The given name is required, in Arabic or Latin script"));
            }
            Sex sex = parseSex(details.sex());
            BirthDate birthDate = birthDate(details.birthDate());
            String phone = phone(details.phone());
            DocumentType documentType = blank(details.documentType())
                    ? null
                    : parseEnum(
                            details.documentType(),
                            DocumentType.class,
                            prefix + "documentType",
                            null,
                            RegistryProblemCode.DOCUMENT_TYPE_INVALID,
                            problems);
            String documentNumber = documentNumber(details.documentNumber(), documentType);
            String placeOfOrigin = upper(details.placeOfOrigin());
            if (placeOfOrigin != null && !places.isKnownArea(placeOfOrigin)) {
                problems.add(new ValidationProblem(
                        prefix + "placeOfOrigin",
                        RegistryProblemCode.PLACE_OF_ORIGIN_UNKNOWN,
                        "Unknown place of origin P-code: " + shorten(placeOfOrigin)));
            }
            BirthAndNationality birth = BirthAndNationality.check(details, prefix, places, countries, problems);
            return new Individual(
                    null,
                    position,
                    relationship == Relationship.PRINCIPAL,
                    relationship,
                    NameChain.of(
                            givenAr,
                            givenLatin,
                            arabic(details.fatherNameAr(), "fatherNameAr"),
                            latin(details.fatherNameLatin(), "fatherNameLatin"),
                            arabic(details.grandfatherNameAr(), "grandfatherNameAr"),
                            latin(details.grandfatherNameLatin(), "grandfatherNameLatin"),
                            arabic(details.familyNameAr(), "familyNameAr"),
                            latin(details.familyNameLatin(), "familyNameLatin")),
                    sex,
                    birthDate,
                    phone,
                    documentType,
                    documentNumber,
                    placeOfOrigin,
                    needs(details.specificNeeds()),
                    birth.nationality(),
                    birth.birthCountry(),
                    birth.birthPlace(),
                    birth.birthTown());
        }

        private String arabic(String value, String field) {
            return name(value, field, NameScripts::isArabicName, "in Arabic script");
        }

        private String latin(String value, String field) {
            return name(value, field, NameScripts::isLatinName, "in Latin script");
        }

        private String name(String value, String field, Function<String, Boolean> scriptCheck, String script) {
            if (blank(value)) {
                return null;
            }
            String name = NameScripts.tidy(value);
            if (name.length() > MAX_TEXT) {
                problems.add(new ValidationProblem(
                        prefix + field,
                        RegistryProblemCode.NAME_TOO_LONG,
                        "A name part has at most " + MAX_TEXT + " characters (this one has " + name.length() + ")"));
                return null;
            }
            if (!scriptCheck.apply(name)) {
                problems.add(new ValidationProblem(
                        prefix + field,
                        RegistryProblemCode.NAME_INVALID_CHARACTERS,
                        "This name must be written " + script + " with letters, spaces, hyphens or apostrophes only"));
                return null;
            }
            return name;
        }

        private Sex parseSex(String value) {
            String normalised = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
            switch (normalised) {
                case "F", "FEMALE", "أنثى", "انثى":
                    return Sex.F;
                case "M", "MALE", "ذكر":
                    return Sex.M;
                default:
                    problems.add(new ValidationProblem(
                            prefix + "sex",
                            blank(value) ? RegistryProblemCode.SEX_MISSING : RegistryProblemCode.SEX_INVALID,
                            "Sex must be F or M"));
                    return null;
            }
        }

        private BirthDate birthDate(String value) {
            Optional<BirthDate> parsed = BirthDate.parse(value);
            if (parsed.isEmpty()) {
                problems.add(new ValidationProblem(
                        prefix + "birthDate",
                        RegistryProblemCode.BIRTH_DATE_INVALID,
                        "Write the date of birth as YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date)"));
                return BirthDate.UNKNOWN;
            }
            BirthDate birthDate = parsed.get();
            if (birthDate.isAfter(LocalDate.now(clock))) {
                problems.add(new ValidationProblem(
                        prefix + "birthDate",
                        RegistryProblemCode.BIRTH_DATE_IN_FUTURE,
                        "The date of birth lies in the future"));
            } else if (birthDate.date() != null && birthDate.date().isBefore(EARLIEST_BIRTH)) {
                problems.add(new ValidationProblem(
                        prefix + "birthDate",
                        RegistryProblemCode.BIRTH_DATE_TOO_EARLY,
                        "The date of birth lies before 1900"));
            }
            return birthDate;
        }

        private String phone(String value) {
            if (blank(value)) {
                return null;
            }
            Optional<String> phone = PhoneNumbers.normalise(value);
            if (phone.isEmpty()) {
                problems.add(new ValidationProblem(
                        prefix + "phone",
                        RegistryProblemCode.PHONE_INVALID,
                        "Not a phone number: write it with its country code, e.g. +963 944 123 456"));
                return null;
            }
            return phone.get();
        }

        private String documentNumber(String value, DocumentType type) {
            if (blank(value)) {
                return null;
            }
            String number = PhoneNumbers.toAsciiDigits(value.trim()).toUpperCase(Locale.ROOT);
            if (!DOCUMENT_NUMBER.matcher(number).matches()) {
                problems.add(new ValidationProblem(
                        prefix + "documentNumber",
                        RegistryProblemCode.DOCUMENT_NUMBER_INVALID,
                        "A document number has up to 40 letters, digits, spaces, '/' or '-'"));
                return null;
            }
            if (type == null && blank(details.documentType())) {
                problems.add(new ValidationProblem(
                        prefix + "documentType",
                        RegistryProblemCode.DOCUMENT_TYPE_MISSING,
                        "A document number needs its document type"));
            }
            return number;
        }

        private List<SpecificNeed> needs(List<String> codes) {
            List<SpecificNeed> needs = new ArrayList<>();
            for (String code : codes) {
                if (blank(code)) {
                    continue;
                }
                Optional<SpecificNeed> need = SpecificNeed.fromCode(code);
                if (need.isEmpty()) {
                    problems.add(new ValidationProblem(
                            prefix + "specificNeeds",
                            RegistryProblemCode.SPECIFIC_NEED_UNKNOWN,
                            "Unknown specific-need code: " + shorten(code)));
                } else if (!needs.contains(need.get())) {
                    needs.add(need.get());
                }
            }
            return List.copyOf(needs);
        }
    }

    private <E extends Enum<E>> E parseEnum(
            String value,
            Class<E> type,
            String field,
            ProblemCode missing,
            ProblemCode invalid,
            List<ValidationProblem> problems) {
        if (blank(value)) {
            if (missing != null) {
                problems.add(new ValidationProblem(field, missing, "This field is required"));
            }
            return null;
        }
        String name = value.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        problems.add(new ValidationProblem(
                field,
                invalid,
                "Not one of " + java.util.Arrays.toString(type.getEnumConstants()) + ": " + shorten(value)));
        return null;
    }

    private LocalDate date(String value, String field, ProblemCode code, List<ValidationProblem> problems) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            problems.add(new ValidationProblem(field, code, "Write the date as YYYY-MM-DD"));
            return null;
        }
    }

    private String text(String value, String field, List<ValidationProblem> problems) {
        if (blank(value)) {
            return null;
        }
        String text = value.trim();
        if (text.length() > MAX_TEXT || text.chars().anyMatch(c -> c < 0x20 || c == '<' || c == '>')) {
            problems.add(new ValidationProblem(
                    field,
                    RegistryProblemCode.TEXT_INVALID,
                    "At most " + MAX_TEXT + " characters, without control characters or angle brackets"));
            return null;
        }
        return text;
    }

    private static String upper(String value) {
        return blank(value) ? null : value.trim().toUpperCase(Locale.ROOT);
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Cuts echoed input short so that a 10,000-character value does not flood a report. */
    private static String shorten(String value) {
        String trimmed = value.trim();
        return trimmed.length() <= 40 ? trimmed : trimmed.substring(0, 40) + "…";
    }
}
