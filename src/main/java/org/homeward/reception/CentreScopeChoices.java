package org.homeward.reception;

import java.util.Comparator;
import java.util.List;
import org.homeward.access.ScopeChoices;
import org.springframework.stereotype.Component;

/** The reception centres an administrator can give a user as centre scopes, by name and code. */
@Component
class CentreScopeChoices implements ScopeChoices {

    private final CentreService centres;

    CentreScopeChoices(CentreService centres) {
        this.centres = centres;
    }

    @Override
    public List<ScopeChoice> choices(String language) {
        return centres.overview().stream()
                .map(CentreOccupancy::centre)
                .sorted(Comparator.comparing(Centre::code))
                .map(centre ->
                        new ScopeChoice("CENTRE", centre.code(), centre.name(language) + " (" + centre.code() + ")"))
                .toList();
    }
}
