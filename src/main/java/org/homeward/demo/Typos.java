package org.homeward.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The slips a registration officer makes when typing a name: in Latin script a swapped, missing,
 * doubled or changed letter; in Arabic script the usual spelling variants (ه for ة, bare alif for
 * hamzated alif, ي and ى confused, عبد joined to its second word) or a missing letter.
 */
final class Typos {

    private static final Map<Character, Character> VOWEL_SLIPS =
            Map.of('a', 'e', 'e', 'a', 'i', 'e', 'o', 'u', 'u', 'o', 'y', 'i');
    private static final int TRIES = 8;

    private Typos() {}

    static String latin(String name, RandomGenerator random) {
        for (int i = 0; i < TRIES; i++) {
            String slipped = latinSlip(name, random);
            if (!slipped.equals(name)) {
                return slipped;
            }
        }
        int last = name.length() - 1;
        return name + name.charAt(last);
    }

    private static String latinSlip(String name, RandomGenerator random) {
        int position = random.nextInt(name.length());
        char letter = name.charAt(position);
        if (!Character.isLetter(letter)) {
            return name;
        }
        StringBuilder slipped = new StringBuilder(name);
        switch (random.nextInt(4)) {
            case 0 -> {
                if (position + 1 < name.length() && Character.isLetter(name.charAt(position + 1))) {
                    slipped.setCharAt(position, name.charAt(position + 1));
                    slipped.setCharAt(position + 1, letter);
                }
            }
            case 1 -> {
                if (letterCount(name) >= 4) {
                    slipped.deleteCharAt(position);
                }
            }
            case 2 -> slipped.insert(position, letter);
            default -> {
                Character other = VOWEL_SLIPS.get(Character.toLowerCase(letter));
                if (other != null) {
                    slipped.setCharAt(position, Character.isUpperCase(letter) ? Character.toUpperCase(other) : other);
                }
            }
        }
        return slipped.toString();
    }

    static String arabic(String name, RandomGenerator random) {
        List<String> variants = new ArrayList<>();
        if (name.contains("ة")) {
            variants.add(name.replace('ة', 'ه'));
        }
        for (char hamzated : new char[] {'أ', 'إ', 'آ'}) {
            if (name.indexOf(hamzated) >= 0) {
                variants.add(name.replace(hamzated, 'ا'));
            }
        }
        if (name.endsWith("ى")) {
            variants.add(name.substring(0, name.length() - 1) + "ي");
        } else if (name.endsWith("ي")) {
            variants.add(name.substring(0, name.length() - 1) + "ى");
        }
        if (name.contains("عبد ال")) {
            variants.add(name.replace("عبد ال", "عبدال"));
        }
        if (letterCount(name) >= 4) {
            int position = 1 + random.nextInt(name.length() - 2);
            if (Character.isLetter(name.charAt(position))) {
                variants.add(name.substring(0, position) + name.substring(position + 1));
            }
        }
        variants.removeIf(name::equals);
        if (variants.isEmpty()) {
            // Short names without a usual variant: the last letter typed twice.
            return name + name.charAt(name.length() - 1);
        }
        return variants.get(random.nextInt(variants.size()));
    }

    private static int letterCount(String name) {
        return (int) name.chars().filter(Character::isLetter).count();
    }
}
