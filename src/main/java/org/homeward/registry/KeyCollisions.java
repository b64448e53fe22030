package org.homeward.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Judges the keys of a chunk of imported households against what the registry already holds, with
 * one query for the household keys and one for the individual keys, before anything is written.
 *
 * <p>A household whose key is already registered is "already present" only when the registry holds
 * the same people under it: the same number of members, in the same order, with the same
 * relationship, the eight parts of the name chain, sex, date of birth and its precision, document
 * type and number, and individual key. Anything else is different people under a key that is taken,
 * and is refused. Journey, consent, phone and specific needs are left out: they legitimately change
 * after registration, and do not say who the people are.
 */
@Component
class KeyCollisions {

    /** The columns compared, in the order a difference is looked for. */
    private static final List<InterchangeColumn> COMPARED = List.of(
            InterchangeColumn.RELATIONSHIP,
            InterchangeColumn.GIVEN_NAME_AR,
            InterchangeColumn.GIVEN_NAME_LATIN,
            InterchangeColumn.FATHER_NAME_AR,
            InterchangeColumn.FATHER_NAME_LATIN,
            InterchangeColumn.GRANDFATHER_NAME_AR,
            InterchangeColumn.GRANDFATHER_NAME_LATIN,
            InterchangeColumn.FAMILY_NAME_AR,
            InterchangeColumn.FAMILY_NAME_LATIN,
            InterchangeColumn.SEX,
            InterchangeColumn.DATE_OF_BIRTH,
            InterchangeColumn.DOCUMENT_TYPE,
            InterchangeColumn.DOCUMENT_NUMBER,
            InterchangeColumn.INDIVIDUAL_KEY);

    private final JdbcClient jdbc;
    private final HouseholdValidator validator;

    KeyCollisions(JdbcClient jdbc, HouseholdValidator validator) {
        this.jdbc = jdbc;
        this.validator = validator;
    }

    /** What became of one household's keys: new, already present with the same people, or refused. */
    record Verdict(boolean alreadyPresent, List<ImportProblem> problems) {

        static final Verdict NEW = new Verdict(false, List.of());
        static final Verdict ALREADY_PRESENT = new Verdict(true, List.of());
    }

    /** Judges each household of the chunk (all free of other problems); the verdicts come in the chunk's order. */
    List<Verdict> judge(List<ImportedHousehold> households) {
        if (households.isEmpty()) {
            return List.of();
        }
        Map<String, List<List<String>>> stored =
                storedMembers(households.stream().map(ImportedHousehold::key).toArray(String[]::new));
        Map<String, String> takenIndividualKeys = householdsOfIndividualKeys(households.stream()
                .flatMap(household -> household.individualKeys().stream())
                .filter(Objects::nonNull)
                .toArray(String[]::new));
        List<Verdict> verdicts = new ArrayList<>(households.size());
        for (ImportedHousehold household : households) {
            List<List<String>> registered = stored.get(household.key());
            verdicts.add(
                    registered != null
                            ? compare(household, registered)
                            : individualKeysFree(household, takenIndividualKeys));
        }
        return verdicts;
    }

    private Verdict compare(ImportedHousehold household, List<List<String>> registered) {
        List<List<String>> inFile = membersOf(household);
        if (inFile.size() != registered.size()) {
            return refused(
                    household.firstRow(),
                    InterchangeColumn.HOUSEHOLD_KEY.header(),
                    "The household key '"
                            + household.key() + "' is already in the registry for a household of " + registered.size()
                            + " members, where the file has " + inFile.size()
                            + ": different people cannot share a key");
        }
        for (int member = 0; member < inFile.size(); member++) {
            for (int column = 0; column < COMPARED.size(); column++) {
                if (!Objects.equals(
                        inFile.get(member).get(column), registered.get(member).get(column))) {
                    return refused(
                            rowOf(household, member),
                            InterchangeColumn.HOUSEHOLD_KEY.header(),
                            "The household key '" + household.key() + "' is already in the registry for other people"
                                    + " (member " + (member + 1) + " differs in "
                                    + COMPARED.get(column).header()
                                    + "): different people cannot share a key");
                }
            }
        }
        return Verdict.ALREADY_PRESENT;
    }

    private static Verdict individualKeysFree(ImportedHousehold household, Map<String, String> taken) {
        List<ImportProblem> problems = new ArrayList<>();
        for (int member = 0; member < household.individualKeys().size(); member++) {
            String owner = taken.get(household.individualKeys().get(member));
            if (owner != null) {
                problems.add(new ImportProblem(
                        rowOf(household, member),
                        InterchangeColumn.INDIVIDUAL_KEY.header(),
                        RegistryProblemCode.INDIVIDUAL_KEY_TAKEN,
                        "This individual key already belongs to the registered household '" + owner + "'"));
            }
        }
        return problems.isEmpty() ? Verdict.NEW : new Verdict(false, List.copyOf(problems));
    }

    private static Verdict refused(long row, String column, String message) {
        return new Verdict(
                false, List.of(new ImportProblem(row, column, RegistryProblemCode.HOUSEHOLD_KEY_TAKEN, message)));
    }

    private static long rowOf(ImportedHousehold household, int member) {
        return member < household.rows().size() ? household.rows().get(member).number() : household.firstRow();
    }

    /** The compared values of the file's members, converted as they would be stored. */
    private List<List<String>> membersOf(ImportedHousehold household) {
        RegisterHouseholdRequest request = household.request();
        ValidatedHousehold validated =
                validator.check(request.registrationSite(), request.journey(), request.members(), new ArrayList<>());
        List<List<String>> members = new ArrayList<>();
        for (Individual member : validated.members()) {
            members.add(values(
                    name(member.relationship()),
                    member.givenNameAr(),
                    member.givenNameLatin(),
                    member.fatherNameAr(),
                    member.fatherNameLatin(),
                    member.grandfatherNameAr(),
                    member.grandfatherNameLatin(),
                    member.familyNameAr(),
                    member.familyNameLatin(),
                    name(member.sex()),
                    member.birthDate().date() == null
                            ? null
                            : member.birthDate().date().toString(),
                    name(member.birthDate().precision()),
                    name(member.documentType()),
                    member.documentNumber(),
                    household.individualKeys().get(member.position())));
        }
        return members;
    }

    private Map<String, List<List<String>>> storedMembers(String[] householdKeys) {
        Map<String, List<List<String>>> stored = new HashMap<>();
        jdbc.sql("""
                        SELECT h.import_key AS household_key, i.relationship, i.given_name_ar, i.given_name_latin,
                               i.father_name_ar, i.father_name_latin, i.grandfather_name_ar, i.grandfather_name_latin,
                               i.family_name_ar, i.family_name_latin, i.sex, i.birth_date, i.birth_date_precision,
                               i.document_type, i.document_number, i.import_key
                        FROM household h JOIN individual i ON i.household_id = h.id
                        WHERE h.import_key = ANY(:keys)
                        ORDER BY h.import_key, i.position""").param("keys", householdKeys).query((ResultSet rs) -> {
            stored.computeIfAbsent(rs.getString("household_key"), key -> new ArrayList<>())
                    .add(storedValues(rs));
        });
        return stored;
    }

    private static List<String> storedValues(ResultSet rs) throws SQLException {
        java.sql.Date birthDate = rs.getDate("birth_date");
        return values(
                rs.getString("relationship"),
                rs.getString("given_name_ar"),
                rs.getString("given_name_latin"),
                rs.getString("father_name_ar"),
                rs.getString("father_name_latin"),
                rs.getString("grandfather_name_ar"),
                rs.getString("grandfather_name_latin"),
                rs.getString("family_name_ar"),
                rs.getString("family_name_latin"),
                rs.getString("sex"),
                birthDate == null ? null : birthDate.toLocalDate().toString(),
                rs.getString("birth_date_precision"),
                rs.getString("document_type"),
                rs.getString("document_number"),
                rs.getString("import_key"));
    }

    /** The compared values; the date of birth and its precision count as one column, as in the file. */
    private static List<String> values(
            String relationship,
            String givenNameAr,
            String givenNameLatin,
            String fatherNameAr,
            String fatherNameLatin,
            String grandfatherNameAr,
            String grandfatherNameLatin,
            String familyNameAr,
            String familyNameLatin,
            String sex,
            String birthDate,
            String precision,
            String documentType,
            String documentNumber,
            String individualKey) {
        return java.util.Arrays.asList(
                relationship,
                givenNameAr,
                givenNameLatin,
                fatherNameAr,
                fatherNameLatin,
                grandfatherNameAr,
                grandfatherNameLatin,
                familyNameAr,
                familyNameLatin,
                sex,
                birthDate + "/" + precision,
                documentType,
                documentNumber,
                individualKey);
    }

    private Map<String, String> householdsOfIndividualKeys(String[] individualKeys) {
        Map<String, String> owners = new HashMap<>();
        if (individualKeys.length == 0) {
            return owners;
        }
        jdbc.sql("""
                        SELECT i.import_key, coalesce(h.import_key, h.reference) AS household
                        FROM individual i JOIN household h ON h.id = i.household_id
                        WHERE i.import_key = ANY(:keys)""").param("keys", individualKeys).query((ResultSet rs) -> {
            owners.put(rs.getString("import_key"), rs.getString("household"));
        });
        return owners;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
