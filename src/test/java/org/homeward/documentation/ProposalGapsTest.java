package org.homeward.documentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.homeward.registry.BirthDate;
import org.homeward.registry.DocumentType;
import org.homeward.registry.Household;
import org.homeward.registry.Individual;
import org.homeward.registry.Journey;
import org.homeward.registry.JourneyStatus;
import org.homeward.registry.NameChain;
import org.homeward.registry.Relationship;
import org.homeward.registry.ReturnType;
import org.homeward.registry.Sex;
import org.junit.jupiter.api.Test;

class ProposalGapsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final CaseTypeCatalogue CATALOGUE =
            CaseTypeCatalogue.read(DocumentationConfiguration.files("case-types", null));
    private static final DocumentationProperties PROPERTIES =
            new DocumentationProperties(List.of("SY0703"), LocalDate.of(2011, 3, 15), 30, null);

    private static Individual member(Relationship relationship, String born, DocumentType document) {
        return new Individual(
                UUID.randomUUID(),
                0,
                relationship == Relationship.PRINCIPAL,
                relationship,
                NameChain.of("اسم", "Name", null, null, null, null, "عائلة", "Family"),
                Sex.F,
                BirthDate.parse(born).orElseThrow(),
                null,
                document,
                document == null ? null : "X1",
                null,
                List.of());
    }

    private static Household household(ReturnType type, String origin, String destination, Individual... members) {
        return new Household(
                UUID.randomUUID(),
                "HW-1",
                "Masnaa",
                new Journey(type, origin, null, "MASNAA", destination, null, JourneyStatus.REGISTERED),
                0,
                Instant.EPOCH,
                "test",
                Instant.EPOCH,
                List.of(members));
    }

    @Test
    void childBornAbroadWithoutRegistrationGetsTheChainOfTheCountryOfAsylum() {
        Individual child = member(Relationship.SON, "2018-04-09", null);
        Household household = household(
                ReturnType.REFUGEE,
                "LBN",
                "SY010000",
                member(Relationship.PRINCIPAL, "1980", DocumentType.NATIONAL_ID),
                child);

        assertThat(ProposalGaps.of(household, TODAY, PROPERTIES, CATALOGUE))
                .containsExactly(new ProposalGaps.Gap(
                        "BIRTH_NOT_REGISTERED", child.id(), "BIRTH_ABROAD", "LBN", LocalDate.of(2018, 4, 9)));
    }

    @Test
    void childBornInACountryWithoutAChainIsRegisteredInSyriaAndAYearOnlyBirthHasNoEventDay() {
        Individual child = member(Relationship.DAUGHTER, "2016", DocumentType.UNHCR_CERTIFICATE);
        Household household = household(
                ReturnType.REFUGEE,
                "EGY",
                "SY010000",
                member(Relationship.PRINCIPAL, "1980", DocumentType.PASSPORT),
                child);

        assertThat(ProposalGaps.of(household, TODAY, PROPERTIES, CATALOGUE))
                .containsExactly(new ProposalGaps.Gap(
                        "BIRTH_NOT_REGISTERED", child.id(), "BIRTH_REGISTRATION_SYRIA", "SYR", null));
    }

    @Test
    void childrenBornBeforeDisplacementOrOfIdpFamiliesOrWithCertificatesAreNotProposed() {
        Household household = household(
                ReturnType.REFUGEE,
                "LBN",
                "SY010000",
                member(Relationship.PRINCIPAL, "1980", DocumentType.NATIONAL_ID),
                member(Relationship.SON, "2010-01-01", null),
                member(Relationship.DAUGHTER, "2015-01-01", DocumentType.BIRTH_CERTIFICATE));
        Household idp = household(
                ReturnType.IDP,
                null,
                "SY010000",
                member(Relationship.PRINCIPAL, "1980", DocumentType.NATIONAL_ID),
                member(Relationship.SON, "2015", null));

        assertThat(ProposalGaps.of(household, TODAY, PROPERTIES, CATALOGUE)).isEmpty();
        assertThat(ProposalGaps.of(idp, TODAY, PROPERTIES, CATALOGUE)).isEmpty();
    }

    @Test
    void adultWithoutDocumentAndHouseholdGoingToAnAreaWithOpenClaimsAreProposed() {
        Individual mother = member(Relationship.SPOUSE, "1990-02-02", null);
        Household household = household(
                ReturnType.IDP,
                null,
                "SY070300",
                member(Relationship.PRINCIPAL, "1980", DocumentType.NATIONAL_ID),
                mother,
                member(Relationship.SON, "", null));

        assertThat(ProposalGaps.of(household, TODAY, PROPERTIES, CATALOGUE))
                .containsExactly(
                        new ProposalGaps.Gap(
                                "NO_IDENTITY_DOCUMENT", mother.id(), "NATIONAL_ID_REPLACEMENT", "SYR", null),
                        new ProposalGaps.Gap("PROPERTY_CLAIMS_OPEN", null, "HLP_EVIDENCE", "SYR", null));
    }
}
