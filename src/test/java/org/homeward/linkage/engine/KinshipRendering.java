package org.homeward.linkage.engine;

import java.util.List;
import java.util.Random;
import org.homeward.linkage.engine.KinshipNames.Name;

/**
 * Writes a {@link KinshipRegistryGenerator.Person} down as a registration officer would: in Arabic
 * or Latin script, a Latin spelling chosen or respelt (ou/u, ee/i, doubled letters, El-/Al-), and
 * for a second registration the errors of a second registration.
 */
final class KinshipRendering {

    private KinshipRendering() {}

    static LinkageRecord record(
            KinshipRegistryGenerator.Person person,
            String id,
            String household,
            boolean arabic,
            boolean again,
            Random random) {
        int typoLink = again && random.nextDouble() < 0.12 ? random.nextInt(4) : -1;
        String given =
                name(KinshipNames.givenNames(person.male()).get(person.given()), arabic, again, random, typoLink == 0);
        String father = again && random.nextDouble() < 0.08
                ? ""
                : name(KinshipNames.MALE.get(person.father()), arabic, again, random, typoLink == 1);
        String grandfather = again && random.nextDouble() < 0.15
                ? ""
                : name(KinshipNames.MALE.get(person.grandfather()), arabic, again, random, typoLink == 2);
        String family = name(KinshipNames.FAMILY.get(person.family()), arabic, again, random, typoLink == 3);
        return LinkageRecord.builder(id)
                .householdId(household)
                .givenName(given)
                .fatherName(father)
                .grandfatherName(grandfather)
                .familyName(family)
                .sex(person.male() ? "M" : "F")
                .birthDate(date(person, again, random))
                .phone(again && random.nextDouble() < 0.4 ? "" : person.phone())
                .document(again && random.nextDouble() < 0.4 ? "" : person.document())
                .place(
                        again && random.nextDouble() < 0.15
                                ? person.place().substring(0, 6) + "0" + random.nextInt(4)
                                : person.place())
                .build();
    }

    private static LinkageDate date(KinshipRegistryGenerator.Person person, boolean again, Random random) {
        int year = person.year();
        int month = person.month();
        int day = person.day();
        if (again) {
            double draw = random.nextDouble();
            if (draw < 0.12) {
                month = 0;
                day = 0;
            } else if (draw < 0.20) {
                month = 1;
                day = 1;
            } else if (draw < 0.25) {
                year += random.nextBoolean() ? 1 : -1;
            } else if (draw < 0.28 && day > 0 && day <= 12) {
                int swapped = month;
                month = day;
                day = swapped;
            }
        }
        return LinkageDate.of(year, month, day);
    }

    private static String name(Name name, boolean arabic, boolean again, Random random, boolean typo) {
        String written;
        if (arabic) {
            written = name.arabic();
        } else {
            String[] latin = name.latin();
            written = again || random.nextDouble() < 0.3 ? latin[random.nextInt(latin.length)] : latin[0];
            if (random.nextDouble() < 0.2) {
                written = respell(written, random);
            }
        }
        return typo ? typo(written, random) : written;
    }

    /** Another Latin spelling of the same sounds. */
    static String respell(String latin, Random random) {
        List<String[]> swaps = List.of(
                new String[] {"ou", "u"},
                new String[] {"u", "ou"},
                new String[] {"ee", "i"},
                new String[] {"i", "ee"},
                new String[] {"Al-", "El-"},
                new String[] {"ss", "s"},
                new String[] {"mm", "m"},
                new String[] {"dd", "d"},
                new String[] {"eh", "a"},
                new String[] {"Al-", "Al "});
        for (int attempt = 0; attempt < 4; attempt++) {
            String[] swap = swaps.get(random.nextInt(swaps.size()));
            int at = latin.indexOf(swap[0], 1);
            if (swap[0].startsWith("Al")) {
                at = latin.indexOf(swap[0]);
            }
            if (at >= 0) {
                return latin.substring(0, at) + swap[1] + latin.substring(at + swap[0].length());
            }
        }
        return latin;
    }

    /** One slip of the pen: a letter dropped, doubled, or two neighbours swapped. */
    static String typo(String written, Random random) {
        if (written.length() < 4) {
            return written;
        }
        int at = 1 + random.nextInt(written.length() - 2);
        if (written.charAt(at) == ' ' || written.charAt(at + 1) == ' ') {
            return written;
        }
        return switch (random.nextInt(3)) {
            case 0 -> written.substring(0, at) + written.substring(at + 1);
            case 1 -> written.substring(0, at) + written.charAt(at) + written.substring(at);
            default ->
                written.substring(0, at) + written.charAt(at + 1) + written.charAt(at) + written.substring(at + 2);
        };
    }
}
