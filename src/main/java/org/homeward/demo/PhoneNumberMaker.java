package org.homeward.demo;

import java.util.random.RandomGenerator;

/**
 * Makes mobile numbers in E.164 form with each country's real mobile prefixes and lengths, and
 * writes them in the ways people write them on forms.
 */
final class PhoneNumberMaker {

    private PhoneNumberMaker() {}

    /** A mobile number of the country (ISO3); Syrian for countries without a known plan. */
    static String mobile(String country, RandomGenerator random) {
        return switch (country) {
            case "LBN" ->
                random.nextDouble() < 0.4
                        ? "+9613" + digits(6, random)
                        : "+961" + pick(random, "70", "71", "76", "78", "79", "81") + digits(6, random);
            case "TUR" -> "+905" + pick(random, "0", "3", "4", "5") + digits(8, random);
            case "JOR" -> "+9627" + pick(random, "7", "8", "9") + digits(7, random);
            case "IRQ" -> "+9647" + pick(random, "5", "7", "8", "9") + digits(8, random);
            case "EGY" -> "+201" + pick(random, "0", "1", "2", "5") + digits(8, random);
            case "DEU" -> "+491" + pick(random, "51", "52", "57", "60", "62", "76", "79") + digits(8, random);
            default -> "+9639" + pick(random, "3", "4", "5", "6", "8", "9") + digits(7, random);
        };
    }

    /**
     * The number as an officer might write it: Syrian numbers often nationally (0944 123 456),
     * foreign ones always with their country code, with or without spaces, "+" or "00".
     */
    static String written(String e164, RandomGenerator random) {
        double style = random.nextDouble();
        if (e164.startsWith("+963")) {
            String national = "0" + e164.substring(4);
            if (style < 0.35) {
                return national;
            }
            if (style < 0.55) {
                return national.substring(0, 4) + " " + national.substring(4, 7) + " " + national.substring(7);
            }
            if (style < 0.75) {
                return "+963 " + e164.substring(4, 7) + " " + e164.substring(7, 10) + " " + e164.substring(10);
            }
        }
        if (style < 0.85) {
            return e164;
        }
        return style < 0.93 ? "00" + e164.substring(1) : spaced(e164);
    }

    private static String spaced(String e164) {
        int countryDigits = e164.startsWith("+90") || e164.startsWith("+20") || e164.startsWith("+49") ? 2 : 3;
        String rest = e164.substring(1 + countryDigits);
        return e164.substring(0, 1 + countryDigits) + " " + rest.substring(0, 3) + " " + rest.substring(3);
    }

    static String digits(int count, RandomGenerator random) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    private static String pick(RandomGenerator random, String... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
