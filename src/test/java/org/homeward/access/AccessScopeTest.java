package org.homeward.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Whether one scope lies within another, as the supervisors' pages decide whom a supervisor sees. */
class AccessScopeTest {

    private static AccessScope of(Set<String> sites, Set<String> areas) {
        return new AccessScope(false, true, sites, areas, Set.of());
    }

    @Test
    void aScopeOfAreasHoldsTheSitesAndTheAreasInsideIt() {
        AccessScope aleppo = of(Set.of("Bab al-Salam crossing"), Set.of("SY02"));

        assertThat(aleppo.contains(of(Set.of(), Set.of("SY02")))).isTrue();
        assertThat(aleppo.contains(of(Set.of(), Set.of("SY0200", "SY020100")))).isTrue();
        assertThat(aleppo.contains(of(Set.of("Bab al-Salam crossing"), Set.of("SY0201"))))
                .isTrue();
    }

    @Test
    void aScopeReachingOutsideOrCoveringNothingOrEverythingIsNotWithin() {
        AccessScope aleppo = of(Set.of(), Set.of("SY02"));

        assertThat(aleppo.contains(of(Set.of(), Set.of("SY02", "SY05")))).isFalse();
        assertThat(aleppo.contains(of(Set.of(), Set.of("SY0")))).isFalse();
        assertThat(aleppo.contains(of(Set.of("Masnaa crossing"), Set.of("SY02"))))
                .isFalse();
        assertThat(aleppo.contains(of(Set.of(), Set.of()))).isFalse();
        assertThat(aleppo.contains(AccessScope.EVERYTHING)).isFalse();
        assertThat(aleppo.contains(AccessScope.NOTHING)).isFalse();
    }

    @Test
    void everythingHoldsEveryScopeThatCoversPeopleAndNothingHoldsNone() {
        assertThat(AccessScope.EVERYTHING.contains(of(Set.of(), Set.of("SY05"))))
                .isTrue();
        assertThat(AccessScope.EVERYTHING.contains(AccessScope.EVERYTHING)).isTrue();
        assertThat(AccessScope.EVERYTHING.contains(AccessScope.NOTHING)).isFalse();
        assertThat(AccessScope.NOTHING.contains(of(Set.of(), Set.of("SY02")))).isFalse();
    }
}
