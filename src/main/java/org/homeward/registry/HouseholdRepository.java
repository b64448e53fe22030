package org.homeward.registry;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores households and their members in PostgreSQL with plain SQL. */
@Repository
class HouseholdRepository {

    private static final String HOUSEHOLD_COLUMNS = """
            id, reference, registration_site, return_type, origin_country, origin_location, crossing_point,
            destination_pcode, planned_date, journey_status, version, registered_at, registered_by, updated_at""";

    private final JdbcClient jdbc;
    private final NameChainKeys nameKeys;
    private final HouseholdReferences references;

    HouseholdRepository(JdbcClient jdbc, NameChainKeys nameKeys, HouseholdReferences references) {
        this.jdbc = jdbc;
        this.nameKeys = nameKeys;
        this.references = references;
    }

    String nextReference() {
        return references.next();
    }

    List<String> nextReferences(int count) {
        return references.next(count);
    }

    /** Inserts a household; answers false when one with the same import key already exists. */
    boolean insert(
            UUID id, String reference, String importKey, ValidatedHousehold household, Instant now, String actor) {
        Journey journey = household.journey();
        int rows = jdbc.sql("""
                        INSERT INTO household (id, reference, import_key, registration_site, return_type, origin_country,
                            origin_location, crossing_point, destination_pcode, planned_date, journey_status, version,
                            registered_at, registered_by, updated_at)
                        VALUES (:id, :reference, :importKey, :site, :returnType, :originCountry, :originLocation,
                            :crossing, :destination, :plannedDate, :status, 0, :now, :actor, :now)
                        ON CONFLICT (import_key) DO NOTHING""")
                .param("id", id)
                .param("reference", reference)
                .param("importKey", importKey)
                .param("site", household.registrationSite())
                .param("returnType", journey.returnType().name())
                .param("originCountry", journey.originCountry())
                .param("originLocation", journey.originLocation())
                .param("crossing", journey.crossingPoint())
                .param("destination", journey.destinationPcode())
                .param("plannedDate", journey.plannedDate())
                .param("status", journey.status().name())
                .param("now", Timestamp.from(now))
                .param("actor", actor)
                .update();
        return rows == 1;
    }

    void insertMember(UUID householdId, Individual member) {
        jdbc.sql("""
                        INSERT INTO individual (id, household_id, position, principal, relationship,
                            given_name_ar, given_name_latin, father_name_ar, father_name_latin,
                            grandfather_name_ar, grandfather_name_latin, family_name_ar, family_name_latin,
                            sex, birth_date, birth_date_precision, phone, document_type, document_number,
                            place_of_origin, specific_needs, search_text, name_keys, nationality, birth_country,
                            birth_place, birth_town)
                        VALUES (:id, :household, :position, :principal, :relationship, :givenAr, :givenLatin,
                            :fatherAr, :fatherLatin, :grandfatherAr, :grandfatherLatin, :familyAr, :familyLatin,
                            :sex, :birthDate, :precision, :phone, :documentType, :documentNumber, :placeOfOrigin,
                            string_to_array(:needs, ','), :searchText, CAST(:nameKeys AS text[]), :nationality,
                            :birthCountry, :birthPlace, :birthTown)""")
                .paramSource(memberParameters(householdId, member, nameKeys))
                .update();
    }

    void updateMember(Individual member) {
        jdbc.sql("""
                        UPDATE individual SET principal = :principal, relationship = :relationship,
                            given_name_ar = :givenAr, given_name_latin = :givenLatin,
                            father_name_ar = :fatherAr, father_name_latin = :fatherLatin,
                            grandfather_name_ar = :grandfatherAr, grandfather_name_latin = :grandfatherLatin,
                            family_name_ar = :familyAr, family_name_latin = :familyLatin, sex = :sex,
                            birth_date = :birthDate, birth_date_precision = :precision, phone = :phone,
                            document_type = :documentType, document_number = :documentNumber,
                            place_of_origin = :placeOfOrigin, specific_needs = string_to_array(:needs, ','),
                            search_text = :searchText, name_keys = CAST(:nameKeys AS text[]),
                            nationality = :nationality, birth_country = :birthCountry, birth_place = :birthPlace,
                            birth_town = :birthTown
                        WHERE id = :id""").paramSource(memberParameters(null, member, nameKeys)).update();
    }

    private static Map<String, Object> memberParameters(UUID householdId, Individual member, NameChainKeys nameKeys) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("id", member.id());
        parameters.put("household", householdId);
        parameters.put("position", member.position());
        parameters.put("principal", member.principal());
        parameters.put("relationship", member.relationship().name());
        parameters.put("givenAr", member.givenNameAr());
        parameters.put("givenLatin", member.givenNameLatin());
        parameters.put("fatherAr", member.fatherNameAr());
        parameters.put("fatherLatin", member.fatherNameLatin());
        parameters.put("grandfatherAr", member.grandfatherNameAr());
        parameters.put("grandfatherLatin", member.grandfatherNameLatin());
        parameters.put("familyAr", member.familyNameAr());
        parameters.put("familyLatin", member.familyNameLatin());
        parameters.put("sex", member.sex().name());
        parameters.put("birthDate", member.birthDate().date());
        parameters.put("precision", member.birthDate().precision().name());
        parameters.put("phone", member.phone());
        parameters.put(
                "documentType",
                member.documentType() == null ? null : member.documentType().name());
        parameters.put("documentNumber", member.documentNumber());
        parameters.put("placeOfOrigin", member.placeOfOrigin());
        parameters.put(
                "needs",
                String.join(",", member.specificNeeds().stream().map(Enum::name).toList()));
        parameters.put("searchText", SearchText.of(member));
        parameters.put("nameKeys", nameKeys.of(member));
        parameters.put("nationality", member.nationality());
        parameters.put("birthCountry", member.birthCountry());
        parameters.put("birthPlace", member.birthPlace());
        parameters.put("birthTown", member.birthTown());
        return parameters;
    }

    Optional<Household> find(UUID id) {
        return jdbc.sql("SELECT " + HOUSEHOLD_COLUMNS + " FROM household WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> household(rs))
                .optional()
                .map(household -> withMembers(household, members(id)));
    }

    Optional<UUID> idOfReference(String reference) {
        return jdbc.sql("SELECT id FROM household WHERE reference = :reference")
                .param("reference", reference)
                .query(UUID.class)
                .optional();
    }

    /** The households with a member holding one of the document numbers, as number and household id. */
    List<Map.Entry<String, UUID>> householdsOfDocuments(String[] documentNumbers) {
        return jdbc.sql("""
                        SELECT DISTINCT document_number, household_id FROM individual
                        WHERE document_number = ANY(:numbers)""")
                .param("numbers", documentNumbers)
                .query((rs, n) -> Map.entry(rs.getString("document_number"), rs.getObject("household_id", UUID.class)))
                .list();
    }

    List<Individual> members(UUID householdId) {
        return jdbc.sql("SELECT * FROM individual WHERE household_id = :id ORDER BY position")
                .param("id", householdId)
                .query((rs, n) -> individual(rs))
                .list();
    }

    /** Writes the household-level fields if the version still matches; answers the rows changed. */
    int update(UUID id, long expectedVersion, ValidatedHousehold household, Instant now) {
        Journey journey = household.journey();
        return jdbc.sql("""
                        UPDATE household SET registration_site = :site, return_type = :returnType,
                            origin_country = :originCountry, origin_location = :originLocation,
                            crossing_point = :crossing, destination_pcode = :destination, planned_date = :plannedDate,
                            version = version + 1, updated_at = :now
                        WHERE id = :id AND version = :version""")
                .param("site", household.registrationSite())
                .param("returnType", journey.returnType().name())
                .param("originCountry", journey.originCountry())
                .param("originLocation", journey.originLocation())
                .param("crossing", journey.crossingPoint())
                .param("destination", journey.destinationPcode())
                .param("plannedDate", journey.plannedDate())
                .param("now", Timestamp.from(now))
                .param("id", id)
                .param("version", expectedVersion)
                .update();
    }

    /** Counts a change to the household that touches no household-level field (a member removed). */
    int touch(UUID id, long expectedVersion, Instant now) {
        return jdbc.sql(
                        "UPDATE household SET version = version + 1, updated_at = :now WHERE id = :id AND version = :version")
                .param("now", Timestamp.from(now))
                .param("id", id)
                .param("version", expectedVersion)
                .update();
    }

    /**
     * Deletes one member's row. Records of other features that name the member (a likely-duplicate
     * pair, a merge, a data-subject request) keep it by foreign key: then the database refuses.
     */
    void deleteMember(UUID householdId, UUID individualId) {
        jdbc.sql("DELETE FROM individual WHERE id = :id AND household_id = :household")
                .param("id", individualId)
                .param("household", householdId)
                .update();
    }

    int updateStatus(UUID id, long expectedVersion, JourneyStatus status, Instant now) {
        return jdbc.sql("""
                        UPDATE household SET journey_status = :status, version = version + 1, updated_at = :now
                        WHERE id = :id AND version = :version""")
                .param("status", status.name())
                .param("now", Timestamp.from(now))
                .param("id", id)
                .param("version", expectedVersion)
                .update();
    }

    private static Household withMembers(Household household, List<Individual> members) {
        return new Household(
                household.id(),
                household.reference(),
                household.registrationSite(),
                household.journey(),
                household.version(),
                household.registeredAt(),
                household.registeredBy(),
                household.updatedAt(),
                members);
    }

    static Household household(ResultSet rs) throws SQLException {
        Journey journey = new Journey(
                ReturnType.valueOf(rs.getString("return_type")),
                rs.getString("origin_country"),
                rs.getString("origin_location"),
                rs.getString("crossing_point"),
                rs.getString("destination_pcode"),
                rs.getObject("planned_date", java.time.LocalDate.class),
                JourneyStatus.valueOf(rs.getString("journey_status")));
        return new Household(
                rs.getObject("id", UUID.class),
                rs.getString("reference"),
                rs.getString("registration_site"),
                journey,
                rs.getLong("version"),
                rs.getTimestamp("registered_at").toInstant(),
                rs.getString("registered_by"),
                rs.getTimestamp("updated_at").toInstant(),
                List.of());
    }

    static Individual individual(ResultSet rs) throws SQLException {
        String documentType = rs.getString("document_type");
        return new Individual(
                rs.getObject("id", UUID.class),
                rs.getInt("position"),
                rs.getBoolean("principal"),
                Relationship.valueOf(rs.getString("relationship")),
                NameChain.of(
                        rs.getString("given_name_ar"),
                        rs.getString("given_name_latin"),
                        rs.getString("father_name_ar"),
                        rs.getString("father_name_latin"),
                        rs.getString("grandfather_name_ar"),
                        rs.getString("grandfather_name_latin"),
                        rs.getString("family_name_ar"),
                        rs.getString("family_name_latin")),
                Sex.valueOf(rs.getString("sex")),
                new BirthDate(
                        rs.getObject("birth_date", java.time.LocalDate.class),
                        DatePrecision.valueOf(rs.getString("birth_date_precision"))),
                rs.getString("phone"),
                documentType == null ? null : DocumentType.valueOf(documentType),
                rs.getString("document_number"),
                rs.getString("place_of_origin"),
                needs(rs.getArray("specific_needs")),
                rs.getString("nationality"),
                rs.getString("birth_country"),
                rs.getString("birth_place"),
                rs.getString("birth_town"));
    }

    private static List<SpecificNeed> needs(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<SpecificNeed> needs = new ArrayList<>();
        for (Object name : (Object[]) array.getArray()) {
            needs.add(SpecificNeed.valueOf((String) name));
        }
        return List.copyOf(needs);
    }
}
