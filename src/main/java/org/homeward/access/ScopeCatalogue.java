package org.homeward.access;

import java.util.ArrayList;
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

    /** The offered choices of one kind (AREA, CENTRE or SITE), labelled in the language given. */
    List<ScopeChoices.ScopeChoice> offered(String kind, String language) {
        return contributors
                .orderedStream()
                .flatMap(contributor -> contributor.choices(language).stream())
                .filter(choice -> choice.kind().equals(kind))
                .toList();
    }

    /** The grants picked from the offered lists of areas, centres and registration sites. */
    List<ScopeGrant> grants(List<String> areas, List<String> centres, List<String> sites) {
        return grants(areas, centres, sites, List.of());
    }

    /**
     * The grants picked from the offered lists, or kept from {@code held}: a user may hold a site no
     * registration names yet (given before the first registration there), which saving must not refuse.
     */
    List<ScopeGrant> grants(List<String> areas, List<String> centres, List<String> sites, List<ScopeGrant> held) {
        List<ScopeGrant> grants = new ArrayList<>();
        grants.addAll(picked("AREA", areas, held));
        grants.addAll(picked("CENTRE", centres, held));
        grants.addAll(picked("SITE", sites, held));
        return grants;
    }

    private List<ScopeGrant> picked(String kind, List<String> values, List<ScopeGrant> held) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        Set<String> known = offered(kind, "en").stream()
                .map(ScopeChoices.ScopeChoice::value)
                .collect(Collectors.toCollection(java.util.HashSet::new));
        held.stream()
                .filter(grant -> grant.kind().equals(kind))
                .map(ScopeGrant::value)
                .forEach(known::add);
        List<ScopeGrant> grants = new ArrayList<>();
        for (String value : values) {
            if (value == null || value.isBlank()) {
                continue;
            }
            if (!known.contains(value.trim())) {
                throw new UserProblemException(
                        AccessProblemCode.SCOPE_UNKNOWN,
                        "No " + kind.toLowerCase(java.util.Locale.ROOT) + " " + value.trim() + " is known");
            }
            grants.add(new ScopeGrant(kind, value.trim()));
        }
        return grants;
    }
}
