package org.homeward.movements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.registry.BirthDate;
import org.homeward.registry.Individual;
import org.homeward.registry.NameChain;
import org.homeward.registry.Relationship;
import org.homeward.registry.Sex;
import org.homeward.registry.SpecificNeed;
import org.junit.jupiter.api.Test;

class VoluntarinessEligibilityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    private static Individual born(String birthDate, SpecificNeed... needs) {
        return new Individual(
                UUID.randomUUID(),
                1,
                false,
                Relationship.SON,
                NameChain.of(null, "Omar", null, null, null, null, null, "Alali"),
                Sex.M,
                BirthDate.parse(birthDate).orElseThrow(),
                null,
                null,
                null,
                null,
                List.of(needs));
    }

    @Test
    void aPersonIsAnAdultFromTheirEighteenthBirthday() {
        assertThat(VoluntarinessEligibility.basisOf(born("2008-12-06"), TODAY)).contains(VoluntarinessBasis.ADULT);
        assertThat(VoluntarinessEligibility.basisOf(born("2008-12-07"), TODAY)).isEmpty();
    }

    @Test
    void aBirthDateKnownOnlyToTheYearOrMonthCountsFromItsEarliestDaySoNobodyWhoMayBeAdultEscapes() {
        assertThat(VoluntarinessEligibility.basisOf(born("2008"), TODAY)).contains(VoluntarinessBasis.ADULT);
        assertThat(VoluntarinessEligibility.basisOf(born("2008-12"), TODAY)).contains(VoluntarinessBasis.ADULT);
        assertThat(VoluntarinessEligibility.basisOf(born("2009"), TODAY)).isEmpty();
    }

    @Test
    void anUnknownAgeCountsAsAdult() {
        assertThat(VoluntarinessEligibility.basisOf(born(""), TODAY)).contains(VoluntarinessBasis.ADULT);
    }

    @Test
    void childrenOnTheirOwnDecideForThemselvesAndOtherChildrenWithAParent() {
        assertThat(VoluntarinessEligibility.basisOf(born("2014", SpecificNeed.UNACCOMPANIED_CHILD), TODAY))
                .contains(VoluntarinessBasis.UNACCOMPANIED_CHILD);
        assertThat(VoluntarinessEligibility.basisOf(born("2014", SpecificNeed.SEPARATED_CHILD), TODAY))
                .contains(VoluntarinessBasis.SEPARATED_CHILD);
        assertThat(VoluntarinessEligibility.basisOf(born("2014", SpecificNeed.DISABILITY), TODAY))
                .isEqualTo(Optional.empty());
    }

    @Test
    void everyPlaceOfDetentionOrCustodyIsRefusedAndNoOtherPlace() {
        assertThat(Arrays.stream(VoluntarinessPlaceType.values()).filter(VoluntarinessPlaceType::refused))
                .containsExactlyInAnyOrder(
                        VoluntarinessPlaceType.DETENTION,
                        VoluntarinessPlaceType.CUSTODY,
                        VoluntarinessPlaceType.POLICE_STATION,
                        VoluntarinessPlaceType.IMMIGRATION_REMOVAL_CENTRE);
        assertThat(VoluntarinessPlaceType.parse(" custody ")).contains(VoluntarinessPlaceType.CUSTODY);
        assertThat(VoluntarinessPlaceType.parse("PRISON")).isEmpty();
    }
}
