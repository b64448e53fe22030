package org.homeward.linkage.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A third labelled generator, of heavily corrupted English-language records (the kind public
 * linkage test sets hold): given and family names, date of birth, postcode, street address and a
 * social-security number; half the people have one to three duplicates with scrambled letters (two
 * in five of those wholly shuffled) or dropped ones, a missing name, a title in a name field, given
 * and family name swapped, a date of birth years apart, and about a fifth of dates and postcodes
 * missing. Its own name lists. Seeded.
 */
final class CorruptedEnglishGenerator {

    static final List<String> GIVEN = List.of(
            "Amber",
            "Oliver",
            "Charlotte",
            "Jack",
            "Isabella",
            "Thomas",
            "Emily",
            "William",
            "Grace",
            "James",
            "Chloe",
            "Lachlan",
            "Ruby",
            "Samuel",
            "Matilda",
            "Harrison",
            "Sophie",
            "Benjamin",
            "Ella",
            "Joshua",
            "Madison",
            "Daniel",
            "Hannah",
            "Nicholas",
            "Jessica",
            "Ethan",
            "Georgia",
            "Riley",
            "Olivia",
            "Liam",
            "Zoe",
            "Noah",
            "Mia",
            "Cooper",
            "Lily",
            "Connor",
            "Abigail",
            "Mitchell",
            "Caitlin",
            "Declan",
            "Bridget",
            "Fergus",
            "Harriet",
            "Rupert",
            "Imogen",
            "Angus",
            "Phoebe",
            "Hamish",
            "Annabel",
            "Callum",
            "Tahlia",
            "Brodie",
            "Jasmine",
            "Dylan",
            "Keira",
            "Kieran",
            "Shannon",
            "Blake",
            "Bianca",
            "Travis");
    static final List<String> FAMILY = List.of(
            "Smith",
            "Jones",
            "Williams",
            "Brown",
            "Wilson",
            "Taylor",
            "Nguyen",
            "Johnson",
            "Martin",
            "White",
            "Anderson",
            "Walker",
            "Thompson",
            "Harris",
            "Ryan",
            "Robinson",
            "Kelly",
            "King",
            "Campbell",
            "Clarke",
            "Mitchell",
            "Hughes",
            "Wood",
            "Murphy",
            "Lee",
            "Young",
            "Cooper",
            "Ward",
            "McDonald",
            "Turner",
            "Bennett",
            "Fitzgerald",
            "Gallagher",
            "Henderson",
            "Kowalski",
            "Papadopoulos",
            "Rossi",
            "Schofield",
            "Underwood",
            "Vickery",
            "Whitehouse",
            "Ashworth",
            "Blackwood",
            "Carmody",
            "Donnelly",
            "Eastwood",
            "Fairweather",
            "Greenaway",
            "Hollingsworth",
            "Ingram",
            "Jarvis",
            "Kingsley",
            "Lockwood",
            "Merriweather",
            "Northcott",
            "Osborne",
            "Pemberton",
            "Quigley",
            "Radcliffe",
            "Stanhope",
            "Thornton",
            "Upton",
            "Vaughan",
            "Wakefield",
            "Yardley");
    static final List<String> STREETS = List.of(
            "Station",
            "Church",
            "Victoria",
            "Park",
            "Hill",
            "George",
            "Albert",
            "Railway",
            "Bridge",
            "Mill",
            "Queen",
            "King",
            "Elizabeth",
            "Short",
            "Water",
            "Forest",
            "Lake",
            "River");
    static final List<String> SUBURBS = List.of(
            "Richmond",
            "Kingston",
            "Ashfield",
            "Belmont",
            "Carlton",
            "Dandenong",
            "Epping",
            "Fairfield",
            "Glenroy",
            "Hawthorn",
            "Ivanhoe",
            "Kew",
            "Lilydale",
            "Mordialloc",
            "Northcote");
    static final List<String> TITLES = List.of("Mr", "Mrs", "Ms", "Miss", "Dr");

    /** A record and the person it is. */
    record Row(LinkageRecord record, int person) {}

    private final Random random;

    private CorruptedEnglishGenerator(long seed) {
        random = new Random(seed);
    }

    /** {@code originals} people, half of them with one to three corrupted duplicates; shuffled. */
    static List<Row> generate(int originals, long seed) {
        CorruptedEnglishGenerator generator = new CorruptedEnglishGenerator(seed);
        List<Row> rows = new ArrayList<>();
        for (int person = 0; person < originals; person++) {
            String[] fields = generator.person();
            rows.add(new Row(generator.record("e" + rows.size(), fields, false), person));
            if (generator.random.nextBoolean()) {
                int duplicates = 1 + generator.random.nextInt(3);
                for (int d = 0; d < duplicates; d++) {
                    rows.add(new Row(generator.record("e" + rows.size(), fields, true), person));
                }
            }
        }
        Collections.shuffle(rows, generator.random);
        return rows;
    }

    static List<LinkageRecord> records(List<Row> rows) {
        return rows.stream().map(Row::record).toList();
    }

    private String[] person() {
        int year = 1930 + random.nextInt(80);
        return new String[] {
            GIVEN.get(skewed(GIVEN.size())),
            FAMILY.get(skewed(FAMILY.size())),
            random.nextBoolean() ? "M" : "F",
            Integer.toString(year),
            Integer.toString(1 + random.nextInt(12)),
            Integer.toString(1 + random.nextInt(28)),
            Integer.toString(2000 + random.nextInt(900)),
            (1 + random.nextInt(120)) + " " + STREETS.get(random.nextInt(STREETS.size())) + " Street "
                    + SUBURBS.get(random.nextInt(SUBURBS.size())),
            String.format("%07d", random.nextInt(10_000_000))
        };
    }

    private int skewed(int size) {
        return (int) Math.min(size - 1, Math.floor(Math.pow(random.nextDouble(), 1.6) * size));
    }

    private LinkageRecord record(String id, String[] person, boolean corrupt) {
        String given = person[0];
        String family = person[1];
        int year = Integer.parseInt(person[3]);
        boolean dateMissing = random.nextDouble() < 0.2;
        boolean postcodeMissing = random.nextDouble() < 0.2;
        String document = person[8];
        String address = person[7];
        if (corrupt) {
            given = random.nextDouble() < 0.25 ? scramble(given) : given;
            family = random.nextDouble() < 0.25 ? scramble(family) : family;
            given = random.nextDouble() < 0.1 ? drop(given) : given;
            family = random.nextDouble() < 0.1 ? drop(family) : family;
            double missing = random.nextDouble();
            given = missing < 0.08 ? "" : given;
            family = missing > 0.93 ? "" : family;
            given = random.nextDouble() < 0.08 ? TITLES.get(random.nextInt(TITLES.size())) + " " + given : given;
            if (random.nextDouble() < 0.05) {
                String swapped = given;
                given = family;
                family = swapped;
            }
            year += random.nextDouble() < 0.12 ? (random.nextBoolean() ? 1 : -1) * (1 + random.nextInt(8)) : 0;
            document = random.nextDouble() < 0.15 ? "" : random.nextDouble() < 0.1 ? drop(document) : document;
            address = random.nextDouble() < 0.2 ? drop(address) : address;
        }
        LinkageDate date = dateMissing
                ? LinkageDate.UNKNOWN
                : LinkageDate.of(year, Integer.parseInt(person[4]), Integer.parseInt(person[5]));
        return LinkageRecord.builder(id)
                .givenName(given)
                .familyName(family)
                .sex(person[2])
                .birthDate(date)
                .place(postcodeMissing ? "" : person[6])
                .address(address)
                .document(document)
                .build();
    }

    /** Letters moved: the whole word shuffled ("rmbeA" for "Amber") or one or two neighbours swapped. */
    private String scramble(String word) {
        char[] letters = word.toCharArray();
        if (random.nextDouble() < 0.4) {
            for (int i = letters.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                char kept = letters[i];
                letters[i] = letters[j];
                letters[j] = kept;
            }
            return new String(letters);
        }
        int swaps = 1 + random.nextInt(2);
        for (int s = 0; s < swaps && letters.length > 2; s++) {
            int at = random.nextInt(letters.length - 1);
            char kept = letters[at];
            letters[at] = letters[at + 1];
            letters[at + 1] = kept;
        }
        return new String(letters);
    }

    private String drop(String word) {
        if (word.length() < 4) {
            return word;
        }
        int at = 1 + random.nextInt(word.length() - 2);
        return word.substring(0, at) + word.substring(at + 1);
    }
}
