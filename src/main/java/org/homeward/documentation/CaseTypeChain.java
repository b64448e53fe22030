package org.homeward.documentation;

import java.util.List;
import java.util.Optional;

/** The chain of steps of one case type in one jurisdiction (ISO 3166 alpha-3 code). */
record CaseTypeChain(String jurisdiction, CaseText name, List<StepDefinition> steps) {

    public CaseTypeChain {
        steps = List.copyOf(steps);
    }

    public Optional<StepDefinition> step(String code) {
        return steps.stream().filter(step -> step.code().equals(code)).findFirst();
    }
}
