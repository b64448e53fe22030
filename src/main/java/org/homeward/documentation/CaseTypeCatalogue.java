package org.homeward.documentation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The case types Homeward knows, read from JSON data files (one type per file) and checked as a
 * whole: adding a type or a jurisdiction is a new or changed file, not code.
 */
final class CaseTypeCatalogue {

    private static final Set<String> SUBJECTS = Set.of("PERSON", "HOUSEHOLD");
    private final Map<String, CaseType> types;

    private CaseTypeCatalogue(Map<String, CaseType> types) {
        this.types = types;
    }

    /**
     * Reads case types from named JSON texts (file name to content).
     *
     * @throws CaseDataException listing every problem, by file and field, when any text is wrong
     */
    public static CaseTypeCatalogue read(Map<String, String> files) {
        List<String> problems = new ArrayList<>();
        Map<String, CaseType> types = new LinkedHashMap<>();
        files.forEach((name, text) -> {
            CaseDataFile file = new CaseDataFile(name, problems);
            CaseType type = type(file, file.tree(text));
            if (type != null && types.putIfAbsent(type.code(), type) != null) {
                file.problem("code", "case type " + type.code() + " is defined twice");
            }
        });
        if (types.isEmpty() && problems.isEmpty()) {
            problems.add("no case type found");
        }
        if (!problems.isEmpty()) {
            throw new CaseDataException(problems);
        }
        return new CaseTypeCatalogue(Map.copyOf(types));
    }

    private static CaseType type(CaseDataFile file, JsonNode root) {
        if (!root.isObject()) {
            file.problem("", "needs one case type as a JSON object");
            return null;
        }
        String code = file.code(root, "code", "", CaseDataFile.CODE);
        String subject = file.text(root, "subject", "");
        if (!subject.isEmpty() && !SUBJECTS.contains(subject)) {
            file.problem(".subject", "is PERSON or HOUSEHOLD");
        }
        List<CaseTypeChain> chains = new ArrayList<>();
        Set<String> jurisdictions = new HashSet<>();
        List<JsonNode> nodes = file.array(root, "jurisdictions", "");
        if (nodes.isEmpty()) {
            file.problem(".jurisdictions", "needs at least one jurisdiction");
        }
        for (int i = 0; i < nodes.size(); i++) {
            CaseTypeChain chain = chain(file, nodes.get(i), ".jurisdictions[" + i + "]");
            if (!jurisdictions.add(chain.jurisdiction())) {
                file.problem(
                        ".jurisdictions[" + i + "].code", "jurisdiction " + chain.jurisdiction() + " appears twice");
            }
            chains.add(chain);
        }
        return new CaseType(code, file.bilingual(root, "name", ""), subject, file.bilingual(root, "event", ""), chains);
    }

    private static CaseTypeChain chain(CaseDataFile file, JsonNode node, String path) {
        String jurisdiction = file.code(node, "code", path, CaseDataFile.COUNTRY);
        List<StepDefinition> steps = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        List<JsonNode> nodes = file.array(node, "steps", path);
        if (nodes.isEmpty()) {
            file.problem(path + ".steps", "needs at least one step");
        }
        for (int i = 0; i < nodes.size(); i++) {
            String stepPath = path + ".steps[" + i + "]";
            JsonNode step = nodes.get(i);
            String code = file.code(step, "code", stepPath, CaseDataFile.CODE);
            if (!codes.add(code)) {
                file.problem(stepPath + ".code", "step " + code + " appears twice in the chain");
            }
            List<StepEvidence> evidence = new ArrayList<>();
            List<JsonNode> items = file.array(step, "evidence", stepPath);
            for (int j = 0; j < items.size(); j++) {
                String itemPath = stepPath + ".evidence[" + j + "]";
                evidence.add(new StepEvidence(
                        file.code(items.get(j), "code", itemPath, CaseDataFile.CODE),
                        file.bilingual(items.get(j), "name", itemPath)));
            }
            steps.add(new StepDefinition(
                    code,
                    file.bilingual(step, "name", stepPath),
                    file.bilingual(step, "authority", stepPath),
                    evidence,
                    file.flag(step, "inSyriaOnly", stepPath),
                    file.flag(step, "optional", stepPath)));
        }
        if (!nodes.isEmpty() && steps.stream().allMatch(StepDefinition::optional)) {
            file.problem(path + ".steps", "needs at least one step that is not optional");
        }
        return new CaseTypeChain(jurisdiction, file.bilingual(node, "name", path), steps);
    }

    public Optional<CaseType> type(String code) {
        return Optional.ofNullable(types.get(code));
    }

    public Optional<CaseTypeChain> chain(String caseType, String jurisdiction) {
        return type(caseType).flatMap(type -> type.chain(jurisdiction));
    }

    /** Every case type, ordered by code. */
    public List<CaseType> types() {
        return types.values().stream()
                .sorted(java.util.Comparator.comparing(CaseType::code))
                .toList();
    }

    Collection<String> codes() {
        return types.keySet();
    }
}
