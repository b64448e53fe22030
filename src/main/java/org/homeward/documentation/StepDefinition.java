package org.homeward.documentation;

import java.util.List;

/**
 * One step of a chain as the case-type data defines it.
 *
 * @param code        stable code within the chain, e.g. {@code NOFOUS_REGISTRATION}
 * @param authority   who does it (a mukhtar, a civil registry, a court, an embassy)
 * @param evidence    what the step needs
 * @param inSyriaOnly whether the step can only happen after return, inside Syria
 * @param optional    whether the chain is complete without it (a court order only when late)
 */
record StepDefinition(
        String code,
        CaseText name,
        CaseText authority,
        List<StepEvidence> evidence,
        boolean inSyriaOnly,
        boolean optional) {

    public StepDefinition {
        evidence = List.copyOf(evidence);
    }

    /** Whether the step names an evidence item of this code. */
    public boolean needs(String evidenceCode) {
        return evidence.stream().anyMatch(item -> item.code().equals(evidenceCode));
    }
}
