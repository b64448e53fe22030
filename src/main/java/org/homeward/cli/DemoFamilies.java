package org.homeward.cli;

import java.util.ArrayList;
import java.util.List;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.homeward.registry.IndividualDetails;
import org.homeward.registry.JourneyDetails;
import org.homeward.registry.NameChain;
import org.homeward.registry.NamePart;
import org.homeward.registry.RegisterHouseholdRequest;

/**
 * The refugee families registered at the demo field office for the demo's return plan: a father, a
 * mother and a child each, from Lebanon or Türkiye, each going home to the area its movement needs.
 * Registered for the plan, so that the plan never moves the demo population's journeys.
 */
final class DemoFamilies {

    private static final String[][] NAMES = {
        {"محمد", "Mohammad", "الحلبي", "Al-Halabi"}, {"أحمد", "Ahmad", "الخطيب", "Al-Khatib"},
        {"خالد", "Khaled", "السيد", "Al-Sayed"}, {"يوسف", "Yousef", "العلي", "Al-Ali"},
        {"عمر", "Omar", "الحمصي", "Al-Homsi"}, {"حسن", "Hasan", "الشامي", "Al-Shami"},
        {"علي", "Ali", "الإدلبي", "Al-Idlibi"}, {"إبراهيم", "Ibrahim", "النجار", "Al-Najjar"},
        {"سامر", "Samer", "الحداد", "Al-Haddad"}, {"ماهر", "Maher", "العمر", "Al-Omar"},
        {"مصطفى", "Mustafa", "الرفاعي", "Al-Rifai"}, {"جميل", "Jamil", "الأحمد", "Al-Ahmad"},
        {"رامي", "Rami", "الحسيني", "Al-Husseini"}, {"فادي", "Fadi", "الزعبي", "Al-Zoubi"},
        {"طارق", "Tareq", "العبد الله", "Al-Abdullah"}, {"وليد", "Walid", "الديري", "Al-Deiri"},
        {"بشير", "Bashir", "القاسم", "Al-Qasem"}, {"نبيل", "Nabil", "الحموي", "Al-Hamwi"},
        {"زياد", "Ziad", "الكردي", "Al-Kurdi"}, {"عادل", "Adel", "الطويل", "Al-Tawil"},
        {"كريم", "Karim", "السعدي", "Al-Saadi"}, {"منير", "Munir", "البيطار", "Al-Bitar"}
    };
    private static final String[][] MOTHERS = {
        {"فاطمة", "Fatima"}, {"مريم", "Maryam"}, {"هدى", "Huda"}, {"سلمى", "Salma"}, {"رنا", "Rana"}, {"ليلى", "Layla"}
    };
    private static final String[][] CHILDREN = {
        {"يوسف", "Yousef"}, {"سارة", "Sara", "F"}, {"آدم", "Adam"}, {"نور", "Nour", "F"}, {"زين", "Zein"}
    };

    private DemoFamilies() {}

    /** How many families the story has room for. */
    static int available() {
        return NAMES.length;
    }

    /** Registers family {@code index} going home to the area, from the country of asylum (ISO3). */
    static Household register(HouseholdCommands households, int index, String country, String destination) {
        String[] family = NAMES[index];
        String[] mother = MOTHERS[index % MOTHERS.length];
        String[] child = CHILDREN[index % CHILDREN.length];
        List<IndividualDetails> members = new ArrayList<>();
        members.add(member("PRINCIPAL", family[0], family[1], family, "M", String.valueOf(1968 + index)));
        members.add(member("SPOUSE", mother[0], mother[1], family, "F", String.valueOf(1972 + index)));
        members.add(member(
                child.length > 2 ? "DAUGHTER" : "SON",
                child[0],
                child[1],
                family,
                child.length > 2 ? child[2] : "M",
                String.valueOf(2012 + index % 8)));
        JourneyDetails journey = new JourneyDetails("REFUGEE", country, null, null, destination, null);
        return households.register(
                new RegisterHouseholdRequest(DemoOfficers.FIELD_OFFICE, journey, members), DemoOfficers.RECORDER);
    }

    private static IndividualDetails member(
            String relationship, String givenAr, String givenLatin, String[] family, String sex, String born) {
        return new IndividualDetails(
                relationship,
                new NameChain(
                        new NamePart(givenAr, givenLatin),
                        new NamePart("عبد الله", "Abdullah"),
                        NamePart.NONE,
                        new NamePart(family[2], family[3])),
                sex,
                born,
                null,
                null,
                null,
                null,
                List.of(),
                null,
                null,
                null,
                null);
    }
}
