package org.homeward.linkage.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.homeward.linkage.engine.KinshipNames.Name;

/**
 * A second, independent generator of labelled Syrian registrations, built by another method than
 * {@link SyrianRegistryGenerator}: it grows clans as family trees (a grandfather, his sons, their
 * children and wives) instead of drawing households with random name chains, so the hard
 * negatives are there by construction: brothers often named from one root (محمد, محمود, أحمد),
 * twins, cousins named after their grandfather, unrelated clans sharing a family name, 1 January
 * and year-only dates. A quarter of the people are registered a second time, in the other script
 * or another spelling, with typos, placeholder or shifted dates and missing fields. Seeded.
 */
final class KinshipRegistryGenerator {

    /** A person as they are; names by index into {@link KinshipNames}, parents by person id (-1 unknown). */
    record Person(
            int id,
            boolean male,
            int given,
            int father,
            int grandfather,
            int family,
            int fatherId,
            int grandfatherId,
            int year,
            int month,
            int day,
            boolean placeholderDate,
            String place,
            String phone,
            String document) {}

    /** A registration and the person it truly is. */
    record Row(LinkageRecord record, Person person) {}

    private final Random random;
    private final List<Row> rows = new ArrayList<>();
    private final List<Person> people = new ArrayList<>();
    private int nextHousehold;

    private KinshipRegistryGenerator(long seed) {
        random = new Random(seed);
    }

    /** About {@code records} registrations, shuffled. */
    static List<Row> generate(int records, long seed) {
        KinshipRegistryGenerator generator = new KinshipRegistryGenerator(seed);
        while (generator.rows.size() < records) {
            generator.clan();
        }
        Collections.shuffle(generator.rows, generator.random);
        return generator.rows;
    }

    static List<LinkageRecord> records(List<Row> rows) {
        return rows.stream().map(Row::record).toList();
    }

    private void clan() {
        int family = random.nextInt(KinshipNames.FAMILY.size());
        int patriarchName = skewed(KinshipNames.MALE.size());
        int patriarchFather = skewed(KinshipNames.MALE.size());
        int patriarchId = people.size();
        people.add(null);
        String place =
                String.format("SY%02d%02d%02d", 1 + random.nextInt(14), 1 + random.nextInt(3), random.nextInt(4));
        int sons = 1 + random.nextInt(5);
        List<Integer> sonNames = siblingNames(sons, true, -1);
        int firstYear = 1945 + random.nextInt(25);
        for (int s = 0; s < sons; s++) {
            int year = firstYear + 2 * s + random.nextInt(2);
            Person father =
                    person(true, sonNames.get(s), patriarchName, patriarchFather, family, patriarchId, -1, year, place);
            List<Person> household = new ArrayList<>();
            household.add(father);
            household.add(person(
                    false,
                    skewed(KinshipNames.FEMALE.size()),
                    skewed(KinshipNames.MALE.size()),
                    skewed(KinshipNames.MALE.size()),
                    random.nextInt(KinshipNames.FAMILY.size()),
                    -1,
                    -1,
                    year + random.nextInt(6),
                    place));
            household.addAll(children(father, patriarchName, year + 20 + random.nextInt(6)));
            register(household);
        }
    }

    /** Children of one father: the first son often carries his grandfather's name; twins now and then. */
    private List<Person> children(Person father, int grandfatherName, int firstYear) {
        int count = random.nextInt(7);
        List<Boolean> sexes = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            sexes.add(random.nextBoolean());
        }
        int sons = (int) sexes.stream().filter(male -> male).count();
        List<Integer> sonNames = siblingNames(sons, true, random.nextDouble() < 0.6 ? grandfatherName : -1);
        List<Integer> daughterNames = siblingNames(count - sons, false, -1);
        List<Person> children = new ArrayList<>();
        int year = firstYear;
        Person previous = null;
        for (int c = 0, son = 0, daughter = 0; c < count; c++) {
            boolean male = sexes.get(c);
            int given = male ? sonNames.get(son++) : daughterNames.get(daughter++);
            Person child = person(
                    male,
                    given,
                    father.given(),
                    father.father(),
                    father.family(),
                    father.id(),
                    father.fatherId(),
                    year,
                    father.place());
            if (previous != null && random.nextDouble() < 0.06) {
                // Twins: born the same day.
                child = new Person(
                        child.id(),
                        male,
                        given,
                        child.father(),
                        child.grandfather(),
                        child.family(),
                        child.fatherId(),
                        child.grandfatherId(),
                        previous.year(),
                        previous.month(),
                        previous.day(),
                        previous.placeholderDate(),
                        child.place(),
                        child.phone(),
                        child.document());
                people.set(child.id(), child);
            } else {
                year = Math.min(2025, year + 1 + random.nextInt(3));
            }
            children.add(child);
            previous = child;
        }
        return children;
    }

    /** Different names for brothers (or sisters); half the time from one root where the list has one. */
    private List<Integer> siblingNames(int count, boolean male, int first) {
        List<Name> names = male ? KinshipNames.MALE : KinshipNames.FEMALE;
        List<Integer> chosen = new ArrayList<>();
        if (first >= 0 && count > 0) {
            chosen.add(first);
        }
        String root = random.nextDouble() < 0.5 ? "hmd" : null;
        int attempts = 0;
        while (chosen.size() < count) {
            int candidate = skewed(names.size());
            if (root != null && attempts++ < 20) {
                candidate = random.nextInt(names.size());
                if (!names.get(candidate).root().equals(root)) {
                    continue;
                }
            }
            if (!chosen.contains(candidate)) {
                chosen.add(candidate);
            }
        }
        return chosen;
    }

    private int skewed(int size) {
        return (int) Math.min(size - 1, Math.floor(Math.pow(random.nextDouble(), 1.8) * size));
    }

    private Person person(
            boolean male,
            int given,
            int father,
            int grandfather,
            int family,
            int fatherId,
            int grandfatherId,
            int year,
            String place) {
        double kind = random.nextDouble();
        // Registers of the displaced hold many 1 January and year-only dates of birth.
        boolean placeholder = kind < 0.15;
        int month = placeholder ? 1 : 1 + random.nextInt(12);
        int day = placeholder ? (kind < 0.06 ? 0 : 1) : 1 + random.nextInt(28);
        String phone = random.nextDouble() < 0.5
                ? String.format("09%d%07d", 3 + random.nextInt(7), random.nextInt(10_000_000))
                : "";
        String document = year < 2010 && random.nextDouble() < 0.5
                ? String.format("%02d%09d", 1 + random.nextInt(14), random.nextInt(1_000_000_000))
                : "";
        Person person = new Person(
                people.size(),
                male,
                given,
                father,
                grandfather,
                family,
                fatherId,
                grandfatherId,
                Math.min(year, 2025),
                month,
                day,
                placeholder,
                place,
                phone,
                document);
        people.add(person);
        return person;
    }

    private void register(List<Person> household) {
        String householdId = "K" + (++nextHousehold);
        boolean arabic = random.nextDouble() < 0.5;
        for (Person person : household) {
            rows.add(new Row(
                    KinshipRendering.record(person, "k" + rows.size(), householdId, arabic, false, random), person));
        }
        double again = random.nextDouble();
        if (again < 0.2) {
            String otherHousehold = "K" + (++nextHousehold);
            for (Person person : household) {
                rows.add(new Row(
                        KinshipRendering.record(person, "k" + rows.size(), otherHousehold, !arabic, true, random),
                        person));
            }
        } else if (again < 0.3) {
            Person alone = household.get(random.nextInt(household.size()));
            rows.add(new Row(
                    KinshipRendering.record(
                            alone, "k" + rows.size(), "K" + (++nextHousehold), random.nextBoolean(), true, random),
                    alone));
        }
    }
}
