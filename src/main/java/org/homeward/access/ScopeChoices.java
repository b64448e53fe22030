package org.homeward.access;

import java.util.List;

/**
 * Places and centres an administrator can give a user as scopes, offered by the features that know
 * them (places its areas, reception its centres), so that scopes are picked by name, never typed.
 */
public interface ScopeChoices {

    /** The choices this feature offers, labelled for the page's language ("en" or "ar"). */
    List<ScopeChoice> choices(String language);

    /**
     * One scope to pick: its grant (kind AREA, CENTRE or SITE, and value) and the label people read.
     */
    record ScopeChoice(String kind, String value, String label) {

        public ScopeGrant grant() {
            return new ScopeGrant(kind, value);
        }
    }
}
