package org.homeward.registry;

import java.util.List;

/**
 * Masks phone numbers and document numbers wherever a household is shown: "+963•••••••56",
 * "••••••04". Seeing them whole is a separate, recorded action. Other features that show a number
 * (the duplicate review, the on-entry check) mask it here too, so that a number looks the same everywhere.
 */
public final class SensitiveFields {

    static final char HIDDEN = '•';

    private SensitiveFields() {}

    static Household masked(Household household) {
        List<Individual> members =
                household.members().stream().map(SensitiveFields::masked).toList();
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

    static Individual masked(Individual member) {
        return member.with(
                member.id(), member.position(), maskPhone(member.phone()), maskDocument(member.documentNumber()));
    }

    /** Keeps the country code (up to "+963") and the last two digits. */
    public static String maskPhone(String phone) {
        if (phone == null || phone.length() < 7) {
            return phone;
        }
        int keep = Math.min(4, phone.length() - 6);
        return phone.substring(0, keep)
                + String.valueOf(HIDDEN).repeat(phone.length() - keep - 2)
                + phone.substring(phone.length() - 2);
    }

    /** Keeps the last two characters. */
    public static String maskDocument(String number) {
        if (number == null || number.length() < 4) {
            return number == null ? null : String.valueOf(HIDDEN).repeat(number.length());
        }
        return String.valueOf(HIDDEN).repeat(number.length() - 2) + number.substring(number.length() - 2);
    }

    /** Whether a value sent back is the masked form of the stored one (an edit that left the field alone). */
    static boolean isMaskOf(String sent, String stored, boolean phone) {
        return sent != null
                && stored != null
                && sent.indexOf(HIDDEN) >= 0
                && sent.equals(phone ? maskPhone(stored) : maskDocument(stored));
    }
}
