package org.homeward.linkage.engine;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A small deterministic generator of labelled Syrian registrations for the linkage benchmark:
 * households of Arab name chains (children carry their father's given name and his father's),
 * rendered in Arabic or Latin script with the spelling variety real registrations show, and
 * re-registrations of whole households or single persons at another site with another spelling,
 * a missing father's name, a typo, a year-only date, a 1 January placeholder, day and month
 * swapped, and so on. The name lists are short and the project's own.
 */
public final class SyrianRegistryGenerator {

    /** One name: its Arabic spelling, then its Latin spellings (most usual first). */
    record Name(String arabic, String... latin) {}

    static final List<Name> MALE = List.of(
            new Name("محمد", "Mohammad", "Mohammed", "Muhammad", "Mohamad", "Mhd", "Mohamed"),
            new Name("أحمد", "Ahmad", "Ahmed"),
            new Name("محمود", "Mahmoud", "Mahmud"),
            new Name("مصطفى", "Mustafa", "Moustafa", "Mostafa"),
            new Name("خالد", "Khaled", "Khalid"),
            new Name("عمر", "Omar", "Umar"),
            new Name("علي", "Ali", "Aly"),
            new Name("حسن", "Hasan", "Hassan"),
            new Name("حسين", "Hussein", "Husayn", "Hussain"),
            new Name("عبد الرحمن", "Abd al-Rahman", "Abdulrahman", "Abdul Rahman", "Abdelrahman"),
            new Name("عبد الله", "Abdullah", "Abdallah", "Abd Allah"),
            new Name("عبد الكريم", "Abdulkarim", "Abd al-Karim"),
            new Name("يوسف", "Youssef", "Yousef", "Yusuf"),
            new Name("إبراهيم", "Ibrahim", "Ebrahim"),
            new Name("سامر", "Samer"),
            new Name("سمير", "Samir", "Sameer"),
            new Name("فادي", "Fadi", "Fady"),
            new Name("رامي", "Rami", "Ramy"),
            new Name("طارق", "Tariq", "Tarek", "Tareq"),
            new Name("زياد", "Ziad", "Ziyad"),
            new Name("وليد", "Walid", "Waleed"),
            new Name("بلال", "Bilal", "Belal"),
            new Name("عماد", "Imad", "Emad"),
            new Name("إياد", "Iyad", "Eyad"),
            new Name("لؤي", "Louay", "Lu'ay", "Luay"),
            new Name("هيثم", "Haitham", "Haytham"),
            new Name("غسان", "Ghassan"),
            new Name("ماهر", "Maher"),
            new Name("ماجد", "Majed", "Majid"),
            new Name("باسل", "Basel", "Bassel"),
            new Name("جمال", "Jamal"),
            new Name("نور الدين", "Nour al-Din", "Nureddin"),
            new Name("أنس", "Anas"),
            new Name("حمزة", "Hamza", "Hamzah"),
            new Name("قاسم", "Qasim", "Kassem", "Qassem"),
            new Name("سعيد", "Said", "Saeed"),
            new Name("ياسر", "Yasser", "Yaser"),
            new Name("وائل", "Wael", "Wa'el"));
    static final List<Name> FEMALE = List.of(
            new Name("فاطمة", "Fatima", "Fatimah", "Fatmeh"),
            new Name("عائشة", "Aisha", "Aysha", "Aicha"),
            new Name("مريم", "Maryam", "Mariam"),
            new Name("زينب", "Zainab", "Zeinab"),
            new Name("خديجة", "Khadija", "Khadijah"),
            new Name("ليلى", "Layla", "Leila", "Laila"),
            new Name("هدى", "Huda", "Hoda"),
            new Name("رشا", "Rasha"),
            new Name("رانيا", "Rania"),
            new Name("نور", "Nour", "Noor"),
            new Name("سارة", "Sara", "Sarah"),
            new Name("آمنة", "Amina", "Amna"),
            new Name("رنا", "Rana"),
            new Name("هبة", "Hiba", "Heba"),
            new Name("ريم", "Reem", "Rim"),
            new Name("دعاء", "Doaa", "Du'aa"),
            new Name("أمل", "Amal"),
            new Name("سلمى", "Salma"),
            new Name("لينا", "Lina", "Leena"),
            new Name("ياسمين", "Yasmin", "Yasmeen"));
    static final List<Name> FAMILY = List.of(
            new Name("الحموي", "Al-Hamwi", "Hamwi", "Hamawi"),
            new Name("المصري", "Al-Masri", "Masri", "El-Masry"),
            new Name("الشامي", "Al-Shami", "Shami", "Chami"),
            new Name("الحلبي", "Al-Halabi", "Halabi"),
            new Name("الخطيب", "Al-Khatib", "Khatib", "Khateeb"),
            new Name("الكردي", "Al-Kurdi", "Kurdi"),
            new Name("حداد", "Haddad"),
            new Name("درويش", "Darwish", "Darweesh"),
            new Name("قباني", "Qabbani", "Kabbani"),
            new Name("الجندي", "Al-Jundi", "Jundi"),
            new Name("الزعبي", "Al-Zoubi", "Zoubi", "Zu'bi"),
            new Name("السيد", "Al-Sayed", "Sayed", "Elsayed"),
            new Name("النجار", "Al-Najjar", "Najjar"),
            new Name("الخليل", "Al-Khalil", "Khalil"),
            new Name("الرفاعي", "Al-Rifai", "Rifai", "Refai"),
            new Name("الأسعد", "Al-Asaad", "Asaad"),
            new Name("أبو زيد", "Abu Zeid", "Abuzeid"),
            new Name("الحريري", "Al-Hariri", "Hariri"),
            new Name("الدباغ", "Al-Dabbagh", "Dabbagh"),
            new Name("العطار", "Al-Attar", "Attar"),
            new Name("الساعاتي", "Al-Saati", "Saati"),
            new Name("البيطار", "Al-Bitar", "Bitar", "Baytar"),
            new Name("الطحان", "Al-Tahhan", "Tahhan"),
            new Name("الحمصي", "Al-Homsi", "Homsi"),
            new Name("الإدلبي", "Al-Idlibi", "Idlibi"),
            new Name("ديب", "Deeb", "Dib", "Dieb"),
            new Name("عثمان", "Othman", "Osman", "Uthman"),
            new Name("سليمان", "Suleiman", "Sulayman", "Soliman"),
            new Name("الشيخ", "Al-Sheikh", "Sheikh", "Cheikh"),
            new Name("العبد الله", "Al-Abdullah", "Abdullah"),
            new Name("القاضي", "Al-Qadi", "Qadi", "Kadi"),
            new Name("الحسيني", "Al-Husseini", "Husseini", "Husayni"),
            new Name("الصباغ", "Al-Sabbagh", "Sabbagh"),
            new Name("المحمد", "Al-Mohammad", "Mohammad"),
            new Name("التركماني", "Al-Turkmani", "Turkmani"));
    /** The family names: the list above, and "Al-" and "Abu" with a given name (Al-Ahmad, Abu Ali). */
    static final List<Name> FAMILIES = families();

    static final String[] SITES = {
        "jdeidet-yabous", "bab-al-hawa", "nasib", "damascus-office", "homs-office", "aleppo-office"
    };
    static final String HEADER = "record_id,given_name,father_name,grandfather_name,family_name,sex,date_of_birth,"
            + "place_of_origin,phone,national_id,registration_site,household_id";

    private static List<Name> families() {
        List<Name> families = new ArrayList<>(FAMILY);
        for (Name male : MALE) {
            if (male.arabic().contains(" ") || male.latin()[0].contains(" ")) {
                continue;
            }
            String arabic = male.arabic().replace('أ', 'ا').replace('إ', 'ا');
            families.add(new Name("ال" + arabic, "Al-" + male.latin()[0], male.latin()[male.latin().length - 1]));
            families.add(new Name("أبو " + male.arabic(), "Abu " + male.latin()[0], "Abou " + male.latin()[0]));
        }
        return List.copyOf(families);
    }

    /** A person as they are: name chain by index into the lists, birth date, documents. */
    record Person(
            int id,
            boolean male,
            int given,
            int father,
            int grandfather,
            int family,
            int year,
            int month,
            int day,
            String place,
            String phone,
            String nationalId) {}

    /** A registration as written down, with the person it truly is and what was varied. */
    public record Row(String recordId, String[] values, int personId, String variations) {}

    private final Random random;
    private final List<Row> rows = new ArrayList<>();
    private final String[] places;
    private int nextPerson;
    private int nextHousehold;

    private SyrianRegistryGenerator(long seed) {
        random = new Random(seed);
        places = new String[90];
        for (int i = 0; i < places.length; i++) {
            places[i] = String.format("SY%02d%02d%02d", 1 + i % 14, 1 + i / 14 % 4, i / 56);
        }
    }

    /** {@code records} registrations in shuffled order (the last household may lose members). */
    public static List<Row> generate(int records, long seed) {
        SyrianRegistryGenerator generator = new SyrianRegistryGenerator(seed);
        while (generator.rows.size() < records) {
            List<Person> household = generator.household();
            String site = SITES[generator.random.nextInt(SITES.length)];
            generator.register(household, site, false);
            double draw = generator.random.nextDouble();
            if (draw < 0.10) {
                generator.register(household, other(site, generator.random), true);
            } else if (draw < 0.16) {
                Person alone = household.get(generator.random.nextInt(household.size()));
                generator.register(List.of(alone), other(site, generator.random), true);
            }
        }
        List<Row> rows = generator.rows;
        Collections.shuffle(rows, generator.random);
        if (rows.size() > records) {
            rows = new ArrayList<>(rows.subList(0, records));
        }
        return rows;
    }

    private static String other(String site, Random random) {
        String other;
        do {
            other = SITES[random.nextInt(SITES.length)];
        } while (other.equals(site));
        return other;
    }

    private int pick(int size) {
        // Zipf-like: a few given names are very common ("Mohammad"), most are rarer.
        return (int) Math.min(size - 1, Math.floor(Math.pow(random.nextDouble(), 2.2) * size));
    }

    private int pickFamily() {
        return (int) Math.min(FAMILIES.size() - 1, Math.floor(Math.pow(random.nextDouble(), 1.5) * FAMILIES.size()));
    }

    private List<Person> household() {
        int family = pickFamily();
        int headFather = pick(MALE.size());
        int headGrandfather = pick(MALE.size());
        int headGiven = pick(MALE.size());
        int headYear = 1950 + random.nextInt(45);
        String place = places[pick(places.length)];
        List<Person> members = new ArrayList<>();
        members.add(person(true, headGiven, headFather, headGrandfather, family, headYear, place, 0.8, 0.7));
        if (random.nextDouble() < 0.85) {
            members.add(person(
                    false,
                    pick(FEMALE.size()),
                    pick(MALE.size()),
                    pick(MALE.size()),
                    pickFamily(),
                    headYear + random.nextInt(8),
                    place,
                    0.4,
                    0.6));
        }
        int children = random.nextInt(6);
        java.util.Set<String> namesTaken = new java.util.HashSet<>();
        namesTaken.add("M" + headGiven);
        for (int c = 0; c < children; c++) {
            boolean male = random.nextBoolean();
            int given;
            do {
                given = male ? pick(MALE.size()) : pick(FEMALE.size());
            } while (!namesTaken.add((male ? "M" : "F") + given));
            int year = Math.min(2024, headYear + 20 + random.nextInt(20));
            members.add(person(
                    male,
                    given,
                    headGiven,
                    headFather,
                    family,
                    year,
                    place,
                    year < 2006 ? 0.3 : 0.0,
                    year < 2008 ? 0.5 : 0.05));
        }
        return members;
    }

    private Person person(
            boolean male,
            int given,
            int father,
            int grandfather,
            int family,
            int year,
            String place,
            double phoneShare,
            double idShare) {
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(28);
        String phone = random.nextDouble() < phoneShare
                ? String.format("09%d%07d", 3 + random.nextInt(7), random.nextInt(10_000_000))
                : "";
        String nationalId = random.nextDouble() < idShare
                ? String.format("%02d%09d", 1 + random.nextInt(14), random.nextInt(1_000_000_000))
                : "";
        return new Person(
                nextPerson++, male, given, father, grandfather, family, year, month, day, place, phone, nationalId);
    }

    private void register(List<Person> household, String site, boolean again) {
        String householdId = "H" + (++nextHousehold);
        boolean arabicSite = random.nextDouble() < 0.5;
        for (Person person : household) {
            List<String> variations = new ArrayList<>();
            String[] values = render(person, arabicSite, again, variations);
            values[10] = site;
            values[11] = householdId;
            String id = String.format("R%07d", rows.size() + 1);
            values[0] = id;
            rows.add(new Row(id, values, person.id(), String.join("+", variations)));
        }
    }

    private String[] render(Person person, boolean arabicSite, boolean again, List<String> variations) {
        boolean arabic = random.nextDouble() < (arabicSite ? 0.85 : 0.15);
        if (again) {
            variations.add(arabic ? "arabic" : "latin");
        }
        String given = name(person.male() ? MALE : FEMALE, person.given(), arabic);
        String father = name(MALE, person.father(), arabic);
        String grandfather = random.nextDouble() < 0.85 ? name(MALE, person.grandfather(), arabic) : "";
        String family = name(FAMILIES, person.family(), arabic);
        if (again) {
            double draw = random.nextDouble();
            if (draw < 0.10) {
                father = "";
                grandfather = "";
                variations.add("no-father");
            } else if (draw < 0.15) {
                given = given + " " + father;
                father = "";
                variations.add("given-swallowed-father");
            } else if (draw < 0.17) {
                String swap = given;
                given = family;
                family = swap;
                variations.add("order-swap");
            }
            if (random.nextDouble() < 0.10) {
                if (random.nextBoolean()) {
                    given = typo(given);
                } else {
                    family = typo(family);
                }
                variations.add("typo");
            }
        }
        String date = date(person, again, variations);
        String place = person.place();
        if (again && random.nextDouble() < 0.1) {
            place = place.substring(0, 6);
            variations.add("district-only");
        }
        String phone = phone(person.phone(), again, variations);
        String nationalId = person.nationalId();
        if (again && !nationalId.isEmpty() && random.nextDouble() < 0.3) {
            nationalId = "";
            variations.add("no-id");
        }
        String sex = arabic && random.nextBoolean() ? (person.male() ? "ذكر" : "أنثى") : person.male() ? "M" : "F";
        return new String[] {"", given, father, grandfather, family, sex, date, place, phone, nationalId, "", ""};
    }

    private String name(List<Name> list, int index, boolean arabic) {
        Name name = list.get(index);
        if (arabic) {
            String spelling = name.arabic();
            if (random.nextDouble() < 0.3) {
                spelling = spelling.replace('أ', 'ا')
                        .replace('إ', 'ا')
                        .replace('ة', 'ه')
                        .replace('ى', 'ي');
            }
            return spelling;
        }
        int variant = random.nextDouble() < 0.5 ? 0 : random.nextInt(name.latin().length);
        return name.latin()[variant];
    }

    private String typo(String text) {
        if (text.length() < 4) {
            return text;
        }
        int at = 1 + random.nextInt(text.length() - 2);
        char[] chars = text.toCharArray();
        return switch (random.nextInt(3)) {
            case 0 -> text.substring(0, at) + text.substring(at + 1);
            case 1 -> {
                char swap = chars[at];
                chars[at] = chars[at + 1];
                chars[at + 1] = swap;
                yield new String(chars);
            }
            default -> text.substring(0, at) + text.charAt(at) + text.substring(at);
        };
    }

    private String date(Person person, boolean again, List<String> variations) {
        double draw = random.nextDouble();
        if (draw < 0.15) {
            if (again) {
                variations.add("year-only");
            }
            return Integer.toString(person.year());
        }
        if (draw < 0.22) {
            if (again) {
                variations.add("1-january");
            }
            return person.year() + "-01-01";
        }
        if (again && draw < 0.27 && person.day() <= 12) {
            variations.add("day-month-swap");
            return String.format("%04d-%02d-%02d", person.year(), person.day(), person.month());
        }
        if (again && draw < 0.30) {
            variations.add("year-off-by-one");
            return String.format(
                    "%04d-%02d-%02d", person.year() + (random.nextBoolean() ? 1 : -1), person.month(), person.day());
        }
        return String.format("%04d-%02d-%02d", person.year(), person.month(), person.day());
    }

    private String phone(String phone, boolean again, List<String> variations) {
        if (phone.isEmpty()) {
            return "";
        }
        if (again && random.nextDouble() < 0.3) {
            variations.add("no-phone");
            return "";
        }
        String local = phone.substring(1);
        return switch (random.nextInt(4)) {
            case 0 -> phone;
            case 1 -> "+963 " + local.substring(0, 3) + " " + local.substring(3);
            case 2 -> "00963" + local;
            default -> phone.substring(0, 4) + "-" + phone.substring(4, 7) + "-" + phone.substring(7);
        };
    }

    /** The rows as linkage records, as the dedup command would read them. */
    public static List<LinkageRecord> records(List<Row> rows) {
        List<LinkageRecord> records = new ArrayList<>(rows.size());
        for (Row row : rows) {
            String[] v = row.values();
            records.add(LinkageRecord.builder(v[0])
                    .givenName(v[1])
                    .fatherName(v[2])
                    .grandfatherName(v[3])
                    .familyName(v[4])
                    .sex(v[5])
                    .birthDate(LinkageDate.parse(v[6], "iso"))
                    .place(v[7])
                    .phone(v[8])
                    .document(v[9])
                    .site(v[10])
                    .householdId(v[11])
                    .build());
        }
        return records;
    }

    /** Writes the rows in the default layout of {@code homeward dedup}. */
    public static void writeCsv(List<Row> rows, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER + "\n");
            for (Row row : rows) {
                out.write(String.join(",", row.values()) + "\n");
            }
        }
    }
}
