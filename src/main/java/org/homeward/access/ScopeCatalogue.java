package org.homeward.access;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every scope the administration pages offer, gathered from the features that contribute
 * {@link ScopeChoices}, and the grants a posted form picked from them: an area or centre that was
 * not offered is refused rather than stored, so a scope can only name a place or centre that exists.
 */
@Component
class ScopeCatalogue {

    private final ObjectProvider<ScopeChoices> contributors;

    ScopeCatalogue(ObjectProvider<ScopeChoices> contributors) {
        this.contributors = contributors;
    }

    /** The offered choices of one kind (AREA or CENTRE), labelled in the language given. */
    List<ScopeChoices.ScopeChoice> offered(String kind, String language) {
        return contributors.orderedStream().flatMap(contributor -> contributor.choices(language).stream())
                .filter(choice -> choice.kind().equals(kind)).toList();
    }

    /** The grants picked: areas and centres from the offered lists, sites as the names written on registrations. */
    List<ScopeGrant> grants(List<String> areas, List<String> centres, String sites) {
        List<ScopeGrant> grants = new ArrayList<>();
        grants.addAll(picked("AREA", areas));
        grants.addAll(picked("CENTRE", centres));
        if (sites != null && !sites.isBlank()) {
            Arrays.stream(sites.split("[,،]")).map(String::trim).filter(site -> !site.isEmpty())
                    .map(site -> new ScopeGrant("SITE", site)).forEach(grants::add);
        }
        return grants;
    }

    private List<ScopeGrant> picked(String kind, List<String> values) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        Set<String> known = offered(kind, "en").stream().map(ScopeChoices.ScopeChoice::value).collect(Collectors.toSet());
        List<ScopeGrant> grants = new ArrayList<>();
        for (String value : values) {
            if (value == null || value.isBlank()) {
                continue;
            }
            if (!known.contains(value.trim())) {
                throw new UserProblemException("SCOPE_UNKNOWN", "No " + kind.toLowerCase(java.util.Locale.ROOT)
                        + " " + value.trim() + " is known");
            }
            grants.add(new ScopeGrant(kind, value.trim()));
        }
        return grants;
    }
}
