package org.homeward.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The people whose names may answer a name query, found tier by tier through the name-key and trigram
 * indexes, best tier first, and never more than a bound: a common name such as "Ahmad" is borne by tens
 * of thousands of people, and ranking or counting them all would take seconds. Each tier is asked only
 * while the ones before it have found fewer people than the bound; no tier sorts, so each query stops
 * as soon as it has enough rows. Only a tier that finds more than the bound is asked again in a fixed
 * order (latest registration first), so that the people kept are the same at every search. For one
 * given name, and for a given name with a family or father's name, the tiers are read in that order
 * from their keys' bearers kept in order of registration, never by sorting them all; any other tier
 * that finds too many is read by walking the latest households or by sorting the people found,
 * whichever a probe of the latest households says is cheaper ({@link #latestMatching}).
 */
@Repository
class NameCandidates {

    private static final String CANDIDATE_COLUMNS = """
            i.id, i.household_id, i.position, h.registered_at,
            i.given_name_ar, i.father_name_ar, i.grandfather_name_ar, i.family_name_ar,
            i.given_name_latin, i.father_name_latin, i.grandfather_name_latin, i.family_name_latin""";

    /**
     * The fixed order, written so that no index can give it: sorting the people found must stay that,
     * since PostgreSQL would otherwise sometimes walk the registration index itself on a guess and read
     * a large part of the registry for a rare name (the walk is {@link #walk}'s, taken on measurement).
     */
    private static final String SORTED_FOUND = " ORDER BY h.registered_at + interval '0' DESC, i.id";
    /** The latest households a tier too large for the bound is first looked for in. */
    static final int PROBE_HOUSEHOLDS = 500;
    /**
     * What walking one household costs against fetching one matching person by the name indexes
     * (about 32 µs against 8 µs, measured at a million individuals: the walk reads every member's row).
     */
    private static final double WALK_COST_PER_HOUSEHOLD = 4.0;
    /** How much further than the probe's rate says the walk goes, so that chance does not send it twice. */
    private static final double WALK_MARGIN = 1.3;

    /**
     * How many entries of the index of name keys cost as much to read as one row checked (see {@link
     * NameKeyShares#askedOfIndex}). The index is small and stays in memory (268 MB at ten million people);
     * the rows are scattered over gigabytes and are mostly read from disk at that size. In the benchmark
     * at ten million, with a thousand entries for a row, a chain's two rare names often left a few hundred
     * rows to check, read slower than the lists of the common names they replaced (tier p50 139 ms
     * against 120 ms); warm, in {@code psql}, a thousand was about even ("Nimah Ahmad Abdulrazzaq
     * Al-Farhan": 37 ms through the index alone, 15 ms with "Ahmad" checked on 3 rows).
     */
    static final double ENTRIES_PER_ROW = 20_000;

    private final JdbcClient jdbc;
    private final NameChainKeys keys;
    private final NameKeyShares shares;

    NameCandidates(JdbcClient jdbc, NameChainKeys keys, NameKeyShares shares) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.shares = shares;
    }

    /** A person found, with the household's reference and registration time and the name chain in both scripts. */
    record Candidate(
            UUID individualId, UUID householdId, int position, Instant registeredAt, String[] arabic, String[] latin) {}

    /**
     * The people found, whether they are all there are (false when the bound stopped the search), and how
     * many more a last tier found that were counted but not kept (see {@link #find(NameQuery, List, Map,
     * int, int)}).
     */
    record Found(List<Candidate> candidates, boolean complete, int countedBeyond) {
        Found(List<Candidate> candidates, boolean complete) {
            this(candidates, complete, 0);
        }

        /** Everyone counted: those kept and those only counted. */
        int counted() {
            return candidates.size() + countedBeyond;
        }
    }

    /**
     * Up to {@code bound} people matching every part of the query somewhere in their chain, those
     * matching in place first; {@code conditions} (scope, document, phone) are added to every tier. The
     * tiers of skeletons anywhere in the chain and of text inside names are asked only when no spelling
     * found anyone.
     */
    Found find(NameQuery query, List<String> conditions, Map<String, Object> parameters, int bound) {
        return find(query, conditions, parameters, bound, bound);
    }

    /**
     * As {@link #find(NameQuery, List, Map, int)}, for a page that shows no more than the first {@code
     * needed} people by rank. The people a tier of the name elsewhere in the chain (or of text inside
     * names) finds rank below those the tiers of the name in its place found, so once those have found
     * {@code needed} people, a later tier too large for the bound only says how many more there are:
     * they are counted, not kept, and the costly reading of its latest ones is left to the pages that
     * show them. (One exception is ranked in place yet found by the tier of the name elsewhere: a given
     * name matching only by a listed spelling with another skeleton, "Mhd", with a family name matching
     * only by skeleton; it can miss the first pages.)
     */
    Found find(NameQuery query, List<String> conditions, Map<String, Object> parameters, int bound, int needed) {
        Map<String, Object> all = new HashMap<>(parameters);
        List<Tier> tiers = tiers(query, all);
        Map<UUID, Candidate> found = new LinkedHashMap<>();
        for (int t = 0; t < tiers.size(); t++) {
            Tier tier = tiers.get(t);
            if (tier.fallback() && !found.isEmpty()) {
                // Skeletons anywhere in the chain, and text inside names, are the fallbacks for what no
                // spelling matches ("Mouhamad", "Moh"). Once a spelling has found someone they would only
                // add weaker matches below them, and at a cost that grows with the registry: short skeletons
                // such as that of Ali, Alaa and Ola are borne somewhere in the chain by one person in ten,
                // and a common word's trigrams are everywhere.
                break;
            }
            int room = bound - found.size();
            List<String> where = new ArrayList<>(conditions);
            where.add("(" + tier.condition() + ")");
            if (!found.isEmpty()) {
                where.add("NOT (i.id = ANY(:seen))");
                all.put("seen", found.keySet().toArray(UUID[]::new));
            }
            all.put("room", room + 1);
            // A tier whose keys are kept in order of registration (a given name, a given name with a family
            // or father's name) is read from its latest bearers: already in the fixed order, and no more
            // of them than the room needs.
            boolean ordered = tier.ordered() != null && !tier.ordered().keys().isEmpty();
            List<Candidate> rows =
                    ordered ? latestBearers(tier.ordered(), where, all, room + 1, found.size()) : rows(where, "", all);
            if (rows.size() > room) {
                // More than the bound: which ones are kept must not depend on where a table scan happened to
                // start, or the same search would answer other people each time and page 2 would not follow
                // page 1. The latest registrations are kept, the order only the bound's overflow pays for.
                if (!ordered && found.size() >= needed) {
                    return new Found(List.copyOf(found.values()), false, room);
                }
                all.put("room", room);
                List<Candidate> kept = ordered ? rows : latestMatching(where, all, room);
                kept.stream().limit(room).forEach(row -> found.put(row.individualId(), row));
                return new Found(List.copyOf(found.values()), false);
            }
            rows.forEach(row -> found.put(row.individualId(), row));
        }
        return new Found(List.copyOf(found.values()), true);
    }

    /**
     * The first {@code room} people of a tier in the fixed order (latest registration first, ties by id),
     * read the cheaper of two exact ways. Walking the households from the latest registered and reading
     * each one's members stops as soon as {@code room} people match, so it is cheap when the tier is
     * dense among recent registrations (two common skeletons anywhere in the chain: one person in
     * twenty) and ruinous when it is sparse; fetching every person the name indexes find and keeping the
     * latest costs one row read per match, cheap when few match and ruinous for tens of thousands.
     * PostgreSQL's planner cannot tell the two apart (it estimates overlapping name keys as independent,
     * and a cached plan guesses without the keys at all), so the search measures: it walks the latest
     * {@code probe} households, and from how many people matched there it estimates both costs and takes
     * the cheaper.
     */
    List<Candidate> latestMatching(List<String> where, Map<String, Object> parameters, int room) {
        return latestMatching(where, parameters, room, PROBE_HOUSEHOLDS);
    }

    List<Candidate> latestMatching(List<String> where, Map<String, Object> parameters, int room, int probe) {
        Map<String, Object> all = new HashMap<>(parameters);
        all.put("room", room);
        List<Candidate> probed = walk(where, all, probe);
        if (probed.size() >= room) {
            return probed;
        }
        long households = jdbc.sql(
                        "SELECT greatest(reltuples, 0)::bigint FROM pg_class WHERE oid = 'household'::regclass")
                .query(Long.class)
                .optional()
                .orElse(0L);
        if (households <= probe && households > 0) {
            // The walk went through every household (as far as the statistics know): check by the indexes.
            return rows(where, SORTED_FOUND, all);
        }
        if (!probed.isEmpty()) {
            double perHousehold = (double) probed.size() / probe;
            long walkNeeded = (long) Math.ceil(room / perHousehold * WALK_MARGIN);
            double walkCost = WALK_COST_PER_HOUSEHOLD * walkNeeded;
            double fetchCost = perHousehold * households;
            if (walkCost < fetchCost && walkNeeded < households) {
                List<Candidate> walked = walk(where, all, (int) Math.min(Integer.MAX_VALUE, walkNeeded));
                if (walked.size() >= room) {
                    return walked;
                }
            }
        }
        return rows(where, SORTED_FOUND, all);
    }

    /**
     * The first {@code room} matching people among the latest {@code households} registered households
     * (and every household registered at the same moment as the last of them), in the fixed order: all
     * of the tier's first {@code room} when that many come back, since every household left out was
     * registered earlier. The lateral join keeps PostgreSQL walking households in order and reading
     * their members by household, whatever it estimates.
     */
    private List<Candidate> walk(List<String> where, Map<String, Object> parameters, int households) {
        Map<String, Object> all = new HashMap<>(parameters);
        all.put("walked", Math.max(0, households - 1));
        return jdbc.sql("SELECT " + CANDIDATE_COLUMNS
                        + " FROM (SELECT * FROM household WHERE registered_at >= COALESCE((SELECT registered_at"
                        + " FROM household ORDER BY registered_at DESC OFFSET :walked LIMIT 1), '-infinity')"
                        + " ORDER BY registered_at DESC) h CROSS JOIN LATERAL"
                        + " (SELECT * FROM individual member WHERE member.household_id = h.id OFFSET 0) i WHERE "
                        + String.join(" AND ", where) + " ORDER BY h.registered_at DESC, i.id LIMIT :room")
                .params(all)
                .query((rs, n) -> candidate(rs))
                .list();
    }

    private List<Candidate> rows(List<String> where, String order, Map<String, Object> parameters) {
        return jdbc.sql("SELECT " + CANDIDATE_COLUMNS
                        + " FROM individual i JOIN household h ON h.id = i.household_id WHERE "
                        + String.join(" AND ", where) + order + " LIMIT :room")
                .params(parameters)
                .query((rs, n) -> candidate(rs))
                .list();
    }

    /**
     * The latest {@code room} bearers of a tier whose keys are kept in order of registration, as the
     * ordered tier query would keep them, read from the bearers of each key in that order (given-name
     * keys from {@code individual_given_key}, pairs from {@code individual_name_pair}), so that
     * PostgreSQL stops after the rows kept instead of reading and sorting every bearer of a common name.
     * The first distinct bearers across the keys are the first of all in that order, so whatever of them
     * the tier's other conditions (scope, the chain's other parts, people already found) let through are
     * the first {@code room} when there are that many; when fewer pass, more bearers are read, until
     * every one has been. The answer is the first {@code room} of the tier, or all of it when it holds fewer.
     */
    private List<Candidate> latestBearers(
            Ordered ordered, List<String> where, Map<String, Object> parameters, int room, int alreadyFound) {
        Map<String, Object> all = new HashMap<>(parameters);
        all.put("wanted", room);
        List<String> perKey = new ArrayList<>();
        for (String key : ordered.keys()) {
            String name = "ordered" + all.size();
            all.put(name, key);
            perKey.add("(SELECT registered_at, individual_id FROM " + ordered.table() + " WHERE key = "
                    + ordered.lookup(name) + " ORDER BY registered_at DESC, individual_id LIMIT :probe)");
        }
        // The people earlier tiers found bear these keys too, often the latest of them, and are left out
        // here; so may many more (another scope, another father's name). Whenever too few pass, the probe
        // reaches four times further back, until enough pass or every bearer has been read.
        long probe = 2L * room + alreadyFound;
        String latest = "WITH latest AS (SELECT DISTINCT registered_at, individual_id FROM ("
                + String.join(" UNION ALL ", perKey)
                + ") bearers ORDER BY registered_at DESC, individual_id LIMIT :probe) ";
        while (true) {
            all.put("probe", probe);
            List<Candidate> rows = jdbc.sql(latest + "SELECT " + CANDIDATE_COLUMNS
                            + " FROM latest l JOIN individual i ON i.id = l.individual_id"
                            + " JOIN household h ON h.id = i.household_id WHERE "
                            + String.join(" AND ", where)
                            + " ORDER BY h.registered_at DESC, i.id LIMIT :wanted")
                    .params(all)
                    .query((rs, n) -> candidate(rs))
                    .list();
            if (rows.size() >= room) {
                return rows;
            }
            long probed = jdbc.sql(latest + "SELECT count(*) FROM latest")
                    .params(all)
                    .query(Long.class)
                    .single();
            if (probed < probe) {
                // Fewer bearers than the probe reached means it held every one of them: what passed the
                // conditions is the whole tier.
                return rows;
            }
            probe *= 4;
        }
    }

    private static Candidate candidate(ResultSet rs) throws SQLException {
        return new Candidate(
                rs.getObject("id", UUID.class),
                rs.getObject("household_id", UUID.class),
                rs.getInt("position"),
                rs.getTimestamp("registered_at").toInstant(),
                new String[] {rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)},
                new String[] {rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12)});
    }

    /**
     * The SQL conditions of the tiers, best first: every part spelled alike in its place; in its place by
     * spelling or skeleton; spelled alike anywhere in the chain (or by skeleton in the part's own place);
     * by spelling or skeleton anywhere in the chain; by a key or as text inside the names (the last two
     * only when nothing was found before them). Where the query names a given name with a family or
     * father's name, the first two tiers ask for pairs of the given name's keys with theirs
     * ({@code individual_name_pair}) rather than for each name apart, whose bearers run to hundreds of
     * thousands at ten million people; the chain's other parts are checked on the pairs' bearers. A pair of skeletons stands for the second tier, so someone whose given name
     * matches only by a listed spelling with another skeleton ("Mhd") and whose family name matches only
     * by skeleton is found by the third tier instead. A skeleton in another place of the chain ("^L", the
     * skeleton of Ali, Alaa and Ola, as a father's name) is weak evidence that one person in ten bears:
     * asking for it with three other names anywhere in the chain made the index intersect lists of
     * millions of people at ten million, two and a half times the work of the tier without it. In the
     * tiers anywhere in the chain, a common part is checked on the rows its rarer parts find rather than
     * through the index ({@link #everyPart}), and each word is also looked for joined with its neighbour
     * as one name ({@link NameQuery#withNeighbours}).
     */
    private List<Tier> tiers(NameQuery query, Map<String, Object> parameters) {
        List<String> spelling = new ArrayList<>();
        List<String> sounding = new ArrayList<>();
        List<String> spellingKeys = List.of();
        List<String> soundingKeys = List.of();
        Set<String> spellingPairs = new LinkedHashSet<>();
        Set<String> soundingPairs = new LinkedHashSet<>();
        boolean paired = true;
        List<List<ChainPart>> alternatives = query.expectedPlaces(keys::listedGivenName);
        // A chain with both a family and a father's name after the given name is found where the bearers of
        // its two pairs meet: each pair's bearers are read whole from the pairs' index (tens of thousands at
        // most at ten million people), and the few who bear both are checked on their rows. Reading the
        // latest bearers of one pair instead would read every one of them before finding that few pass.
        boolean meet = alternatives.stream()
                .allMatch(places -> places.indexOf(ChainPart.FAMILY) > 0 && places.indexOf(ChainPart.FATHER) > 0);
        for (List<ChainPart> places : alternatives) {
            List<List<String>> variants = new ArrayList<>();
            List<List<String>> either = new ArrayList<>();
            List<List<String>> skeletons = new ArrayList<>();
            for (int q = 0; q < places.size(); q++) {
                String part = query.parts().get(q);
                variants.add(keys.queryVariantKeys(part, places.get(q)));
                skeletons.add(keys.skeletonKeys(part, places.get(q)));
                Set<String> both = new LinkedHashSet<>(variants.get(q));
                both.addAll(skeletons.get(q));
                either.add(List.copyOf(both));
            }
            if (places.size() == 1) {
                spellingKeys = variants.get(0);
                soundingKeys = either.get(0);
            }
            List<Integer> partners = new ArrayList<>();
            for (ChainPart partner : List.of(ChainPart.FAMILY, ChainPart.FATHER)) {
                if (places.indexOf(partner) > 0) {
                    partners.add(places.indexOf(partner));
                }
            }
            if (partners.isEmpty()) {
                paired = false;
                spelling.add(allParts(variants, List.of(), null, parameters));
                sounding.add(allParts(either, List.of(), null, parameters));
                continue;
            }
            List<List<String>> byPairs = new ArrayList<>();
            List<List<String>> bySoundPairs = new ArrayList<>();
            for (int partner : partners) {
                byPairs.add(NameChainKeys.pairs(variants.get(0), variants.get(partner)));
                List<String> sound = new ArrayList<>(byPairs.get(byPairs.size() - 1));
                sound.addAll(NameChainKeys.pairs(skeletons.get(0), skeletons.get(partner)));
                bySoundPairs.add(sound);
            }
            // Every person of the chain's condition bears one of its first pairs: the tier's order is theirs.
            spellingPairs.addAll(byPairs.get(0));
            soundingPairs.addAll(bySoundPairs.get(0));
            spelling.add(allParts(variants, partners, pairsCondition(byPairs, meet, parameters), parameters));
            sounding.add(allParts(either, partners, pairsCondition(bySoundPairs, meet, parameters), parameters));
        }
        List<Set<String>> anywhere = new ArrayList<>();
        List<Set<String>> soundingAnywhere = new ArrayList<>();
        List<String> partial = new ArrayList<>();
        boolean anyText = false;
        List<Set<ChainPart>> ownPlaces = new ArrayList<>();
        for (int q = 0; q < query.parts().size(); q++) {
            ownPlaces.add(java.util.EnumSet.noneOf(ChainPart.class));
        }
        for (List<ChainPart> places : alternatives) {
            for (int q = 0; q < places.size(); q++) {
                ownPlaces.get(q).add(places.get(q));
            }
        }
        for (int q = 0; q < query.parts().size(); q++) {
            String part = query.parts().get(q);
            Set<String> strong = new LinkedHashSet<>();
            Set<String> every = new LinkedHashSet<>();
            for (ChainPart place : query.placesAnywhere(q, keys::listedGivenName)) {
                strong.addAll(keys.queryVariantKeys(part, place));
                every.addAll(keys.skeletonKeys(part, place));
            }
            // A word may be half of a name of two words that the query could not tell ("Mohammad Khair",
            // "Al-Hajj Ali"): with its neighbour, it is looked for as one name anywhere in the chain.
            for (String compound : query.withNeighbours(q)) {
                for (ChainPart place : NameQuery.placesAnywhere(compound, keys::listedGivenName)) {
                    strong.addAll(keys.queryVariantKeys(compound, place));
                    every.addAll(keys.skeletonKeys(compound, place));
                }
            }
            every.addAll(strong);
            for (ChainPart place : ownPlaces.get(q)) {
                // The skeleton in the part's own place stays: "Mhd Al-Hamawi" for "Mohammad Al-Hamwi"
                // matches by a listed spelling, then by skeleton, and no pair holds both.
                strong.addAll(keys.skeletonKeys(part, place));
            }
            anywhere.add(strong);
            soundingAnywhere.add(every);
            String byKey = keysCondition(every, parameters);
            String byText = textCondition(part, parameters);
            anyText |= byText != null;
            partial.add(byText == null ? byKey : "(" + byKey + " OR " + byText + ")");
        }
        NameKeyShares.Known known = shares.known();
        List<Tier> tiers = new ArrayList<>();
        if (!spelling.isEmpty()) {
            // One name asked as a given name: its tiers ask for given-name keys alone.
            boolean givenOnly = spelling.size() == 1 && !spellingKeys.isEmpty();
            tiers.add(new Tier(
                    String.join(" OR ", spelling),
                    givenOnly
                            ? new Ordered(GIVEN_KEYS, spellingKeys)
                            : paired && !meet ? new Ordered(NAME_PAIRS, List.copyOf(spellingPairs)) : null));
            tiers.add(new Tier(
                    String.join(" OR ", sounding),
                    givenOnly
                            ? new Ordered(GIVEN_KEYS, soundingKeys)
                            : paired && !meet ? new Ordered(NAME_PAIRS, List.copyOf(soundingPairs)) : null));
        }
        List<Boolean> repeated = new ArrayList<>();
        for (int q = 0; q < query.parts().size(); q++) {
            String folded = SearchText.fold(query.parts().get(q));
            repeated.add(
                    query.parts().subList(0, q).stream().map(SearchText::fold).anyMatch(folded::equals));
        }
        tiers.add(new Tier(everyPart(anywhere, repeated, known, parameters), null));
        tiers.add(new Tier(everyPart(soundingAnywhere, repeated, known, parameters), null, true));
        if (anyText) {
            tiers.add(new Tier(String.join(" AND ", partial), null, true));
        }
        return tiers;
    }

    /**
     * One chain's condition: its pairs when it has them, and every part not in a pair by its keys, then
     * checked on the row itself (the index of name keys would read every bearer of a common name to
     * intersect them with the few the pairs found); without pairs, every part by the index of name keys.
     */
    private static String allParts(
            List<List<String>> keysByPart, List<Integer> paired, String pairs, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (pairs != null) {
            conditions.add(pairs);
        }
        for (int q = pairs == null ? 0 : 1; q < keysByPart.size(); q++) {
            if (!paired.contains(q)) {
                conditions.add(
                        pairs == null
                                ? keysCondition(keysByPart.get(q), parameters)
                                : rowKeysCondition(keysByPart.get(q), parameters));
            }
        }
        return "(" + String.join(" AND ", conditions) + ")";
    }

    /**
     * Every part by one of its keys anywhere in the chain: the rarer parts through the index of name keys,
     * a common part left to be checked on the rows they find when they find few ({@link
     * NameKeyShares#askedOfIndex}).
     */
    private static String everyPart(
            List<Set<String>> keysByPart,
            List<Boolean> repeated,
            NameKeyShares.Known known,
            Map<String, Object> parameters) {
        List<Integer> asked = NameKeyShares.askedOfIndex(keysByPart, repeated, known, ENTRIES_PER_ROW);
        List<String> conditions = new ArrayList<>();
        for (int q = 0; q < keysByPart.size(); q++) {
            conditions.add(
                    asked.contains(q)
                            ? keysCondition(keysByPart.get(q), parameters)
                            : rowKeysCondition(keysByPart.get(q), parameters));
        }
        return String.join(" AND ", conditions);
    }

    private static final String GIVEN_KEYS = "individual_given_key";
    private static final String NAME_PAIRS = "individual_name_pair";

    /**
     * A tier's SQL condition, and, when every person it holds bears one of a set of keys kept in order of
     * registration, that table and those keys (then its latest bearers can be read in order; null
     * otherwise).
     */
    private record Tier(String condition, Ordered ordered, boolean fallback) {
        Tier(String condition, Ordered ordered) {
            this(condition, ordered, false);
        }
    }

    /** Keys whose bearers a table keeps in order of registration (a pair is looked up by its hash). */
    private record Ordered(String table, List<String> keys) {
        String lookup(String parameter) {
            return NAME_PAIRS.equals(table) ? "registry_name_pair(:" + parameter + ")" : ":" + parameter;
        }
    }

    /**
     * The person bears one pair of each list (given name with family name, given name with father's
     * name). Where the tier is read from the latest bearers of its first pairs, each list is checked on the
     * person found, by the whole entry of the pairs' index (pair, registration time, person): a few hundred
     * people, and building the list of every bearer of a common pair to compare them with would cost more.
     * Where the chain has both pairs ({@code meet}), the tier is found where the lists' bearers meet.
     */
    private static String pairsCondition(List<List<String>> pairLists, boolean meet, Map<String, Object> parameters) {
        List<String> each = new ArrayList<>();
        for (List<String> pairs : pairLists) {
            if (pairs.isEmpty()) {
                return "FALSE";
            }
            String bearers = "SELECT individual_id FROM " + NAME_PAIRS + " pair WHERE pair.key = ANY(ARRAY(SELECT"
                    + " registry_name_pair(p) FROM unnest(CAST(:" + keysParameter(pairs, parameters)
                    + " AS text[])) p))";
            each.add(
                    meet
                            ? bearers
                            : "EXISTS (" + bearers
                                    + " AND pair.registered_at = h.registered_at AND pair.individual_id = i.id)");
        }
        return meet ? "i.id IN (" + String.join(" INTERSECT ", each) + ")" : String.join(" AND ", each);
    }

    /** The person bears one of the keys, checked on the row itself. */
    private static String rowKeysCondition(java.util.Collection<String> keys, Map<String, Object> parameters) {
        return keys.isEmpty()
                ? "FALSE"
                : "EXISTS (SELECT 1 FROM unnest(i.name_keys) held WHERE held = ANY(CAST(:"
                        + keysParameter(keys, parameters) + " AS text[])))";
    }

    /** The person bears one of the keys, found through the index of name keys. */
    private static String keysCondition(java.util.Collection<String> keys, Map<String, Object> parameters) {
        return keys.isEmpty() ? "FALSE" : "i.name_keys && CAST(:" + keysParameter(keys, parameters) + " AS text[])";
    }

    /** The keys as a new parameter of the query; answers its name. */
    private static String keysParameter(java.util.Collection<String> keys, Map<String, Object> parameters) {
        String name = "keys" + parameters.size();
        parameters.put(name, keys.toArray(String[]::new));
        return name;
    }

    /**
     * The part as text inside the folded names (what was typed may be the start of a name: "Moh").
     * Words shorter than three letters have no trigram to find them by, and are left to the keys.
     */
    private static String textCondition(String part, Map<String, Object> parameters) {
        List<String> terms = SearchText.terms(part).stream()
                .filter(term -> term.length() >= 3)
                .toList();
        if (terms.isEmpty()) {
            return null;
        }
        List<String> likes = new ArrayList<>();
        for (String term : terms) {
            String name = "text" + parameters.size();
            parameters.put(
                    name, "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            likes.add("i.search_text LIKE :" + name);
        }
        return String.join(" AND ", likes);
    }
}
