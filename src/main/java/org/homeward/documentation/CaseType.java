package org.homeward.documentation;

import java.util.List;
import java.util.Optional;

/**
 * A kind of civil-documentation case, read from the case-type data: its chains of steps per
 * jurisdiction.
 *
 * @param subject {@code PERSON} when a case is about one member, {@code HOUSEHOLD} when about the household
 * @param event   what the case's event date means (a birth, a loss, a marriage), which deadlines count from
 */
record CaseType(String code, CaseText name, String subject, CaseText event, List<CaseTypeChain> chains) {

    public CaseType {
        chains = List.copyOf(chains);
    }

    public Optional<CaseTypeChain> chain(String jurisdiction) {
        return chains.stream()
                .filter(chain -> chain.jurisdiction().equals(jurisdiction))
                .findFirst();
    }

    public boolean aboutAPerson() {
        return "PERSON".equals(subject);
    }
}
