package org.homeward.reception;

import java.util.List;
import java.util.function.Function;
import org.homeward.access.AccessScope;
import org.homeward.access.CurrentAccess;
import org.springframework.stereotype.Component;

/**
 * Which centres' people the current user may see and move. A user given centres (scope
 * {@code centre:CODE}) works on those centres only; one given none works on every centre, as
 * national coordinators and administrators do. Stays and expected arrivals of other centres
 * answer "not found", exactly as a household out of scope does.
 */
@Component
class CentreScope {

    private final CurrentAccess access;

    CentreScope(CurrentAccess access) {
        this.access = access;
    }

    boolean covers(String centreCode) {
        AccessScope scope = access.scope();
        return scope.personalData()
                && (scope.centres().isEmpty() || scope.centres().contains(centreCode));
    }

    /** Refuses, as "no such centre", a centre whose people the user may not see. */
    void require(String centreCode) {
        if (!covers(centreCode)) {
            throw new CentreNotFoundException(centreCode);
        }
    }

    /** The items whose centre the user may see. */
    <T> List<T> only(List<T> items, Function<T, String> centreOf) {
        return items.stream().filter(item -> covers(centreOf.apply(item))).toList();
    }
}
