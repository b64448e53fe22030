package org.homeward.access;

import java.util.Set;

/**
 * What the current user may see of people: everything, nothing, or the households registered at
 * their sites or heading to their areas (P-code prefixes), and the stays of their centres.
 *
 * @param unrestricted whether every household is in scope (administrators, national coordinators, the command line)
 * @param personalData whether the user may see personal data at all (analysts may not)
 */
public record AccessScope(
        boolean unrestricted, boolean personalData, Set<String> sites, Set<String> areas, Set<String> centres) {

    /** The scope of the command line and of the system itself: everything. */
    public static final AccessScope EVERYTHING = new AccessScope(true, true, Set.of(), Set.of(), Set.of());
    /** The scope of someone who may see no person at all. */
    public static final AccessScope NOTHING = new AccessScope(false, false, Set.of(), Set.of(), Set.of());

    public AccessScope {
        sites = Set.copyOf(sites);
        areas = Set.copyOf(areas);
        centres = Set.copyOf(centres);
    }

    /** Whether a household registered at the site and heading to the destination is in scope. */
    public boolean covers(String registrationSite, String destinationPcode) {
        if (!personalData) {
            return false;
        }
        if (unrestricted) {
            return true;
        }
        if (registrationSite != null && sites.contains(registrationSite)) {
            return true;
        }
        return destinationPcode != null && areas.stream().anyMatch(destinationPcode::startsWith);
    }

    /**
     * Whether everything the other scope covers lies within this one: its sites are among these sites and
     * its areas inside these areas. A scope covering everything lies only within another such scope, and
     * one without sites or areas lies only within a scope covering everything, so that nobody is counted
     * into a limited scope by having nothing.
     */
    public boolean contains(AccessScope other) {
        if (!personalData || !other.personalData) {
            return false;
        }
        if (unrestricted) {
            return true;
        }
        if (other.unrestricted || other.sites.isEmpty() && other.areas.isEmpty()) {
            return false;
        }
        return sites.containsAll(other.sites)
                && other.areas.stream().allMatch(area -> areas.stream().anyMatch(area::startsWith));
    }

    public String[] sitesArray() {
        return sites.toArray(String[]::new);
    }

    public String[] areasArray() {
        return areas.toArray(String[]::new);
    }
}
