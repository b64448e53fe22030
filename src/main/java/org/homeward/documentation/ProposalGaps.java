package org.homeward.documentation;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.homeward.registry.DatePrecision;
import org.homeward.registry.DocumentType;
import org.homeward.registry.Household;
import org.homeward.registry.Individual;
import org.homeward.registry.ReturnType;

/**
 * The gaps in a household's record that call for a documentation case: a child born abroad with no
 * birth registration recorded, an adult with no identity document, a household going home to an
 * area where property claims are open.
 */
final class ProposalGaps {

    /** Documents that only exist for a person whose birth was registered. */
    private static final Set<DocumentType> SHOW_A_REGISTERED_BIRTH =
            EnumSet.of(DocumentType.BIRTH_CERTIFICATE, DocumentType.NATIONAL_ID, DocumentType.PASSPORT);

    static final String SYRIA = "SYR";

    /** One gap: what is missing, for whom (null: the household), and the case that would close it. */
    record Gap(String gap, UUID individualId, String caseType, String jurisdiction, LocalDate eventDate) {}

    private ProposalGaps() {}

    static List<Gap> of(
            Household household, LocalDate today, DocumentationProperties properties, CaseTypeCatalogue catalogue) {
        List<Gap> gaps = new ArrayList<>();
        for (Individual member : household.members()) {
            Optional<Integer> age = age(member, today);
            if (age.isEmpty()) {
                continue;
            }
            if (age.get() < 18
                    && bornAbroad(household, member, properties)
                    && !SHOW_A_REGISTERED_BIRTH.contains(member.documentType())) {
                String country = household.journey().originCountry();
                boolean chainThere = catalogue.chain("BIRTH_ABROAD", country).isPresent();
                gaps.add(new Gap(
                        "BIRTH_NOT_REGISTERED",
                        member.id(),
                        chainThere ? "BIRTH_ABROAD" : "BIRTH_REGISTRATION_SYRIA",
                        chainThere ? country : SYRIA,
                        exactDay(member)));
            } else if (age.get() >= 18 && member.documentType() == null) {
                gaps.add(new Gap("NO_IDENTITY_DOCUMENT", member.id(), "NATIONAL_ID_REPLACEMENT", SYRIA, null));
            }
        }
        String destination = household.journey().destinationPcode();
        if (destination != null && properties.propertyClaimAreas().stream().anyMatch(destination::startsWith)) {
            gaps.add(new Gap("PROPERTY_CLAIMS_OPEN", null, "HLP_EVIDENCE", SYRIA, null));
        }
        return gaps.stream()
                .filter(gap ->
                        catalogue.chain(gap.caseType(), gap.jurisdiction()).isPresent())
                .toList();
    }

    private static boolean bornAbroad(Household household, Individual member, DocumentationProperties properties) {
        return household.journey().returnType() == ReturnType.REFUGEE
                && household.journey().originCountry() != null
                && !member.birthDate().date().isBefore(properties.displacementBegan());
    }

    private static Optional<Integer> age(Individual member, LocalDate today) {
        if (member.birthDate().precision() == DatePrecision.UNKNOWN
                || member.birthDate().date() == null) {
            return Optional.empty();
        }
        return Optional.of(Period.between(member.birthDate().date(), today).getYears());
    }

    private static LocalDate exactDay(Individual member) {
        return member.birthDate().precision() == DatePrecision.DAY
                ? member.birthDate().date()
                : null;
    }
}
