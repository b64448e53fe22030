package org.homeward.access;

import java.util.Locale;

/**
 * One place a user may act on: a registration site, an area (P-code or P-code prefix) or a
 * reception centre; written {@code site:NAME}, {@code area:SY02} or {@code centre:ID}.
 */
public record ScopeGrant(String kind, String value) {

    public ScopeGrant {
        if (!kind.equals("SITE") && !kind.equals("AREA") && !kind.equals("CENTRE")) {
            throw new UserProblemException("A scope is site:NAME, area:PCODE or centre:ID");
        }
        if (value == null || value.isBlank() || value.length() > 100) {
            throw new UserProblemException("A scope's value has 1 to 100 characters");
        }
        if (kind.equals("AREA") && !value.matches("SY\\d{2}(\\d{2}){0,2}|C\\d{4,6}")) {
            throw new UserProblemException("An area scope is a P-code such as SY02, SY0200 or SY020000");
        }
    }

    /** Reads "site:Masnaa", "area:SY02" or "centre:C-17". */
    public static ScopeGrant parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon <= 0) {
            throw new UserProblemException("A scope is site:NAME, area:PCODE or centre:ID, not '" + text + "'");
        }
        return new ScopeGrant(
                text.substring(0, colon).trim().toUpperCase(Locale.ROOT),
                text.substring(colon + 1).trim());
    }

    @Override
    public String toString() {
        return kind.toLowerCase(Locale.ROOT) + ":" + value;
    }
}
