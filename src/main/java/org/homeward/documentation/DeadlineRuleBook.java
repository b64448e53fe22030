package org.homeward.documentation;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homeward.documentation.deadline.DeadlineEngine;
import org.homeward.documentation.deadline.DeadlineRule;
import tools.jackson.databind.JsonNode;

/**
 * The dated deadline rules of every jurisdiction, read from JSON data files (one jurisdiction per
 * file) and checked against the case types: the engine that judges them and the rules' sources
 * in both languages.
 */
final class DeadlineRuleBook {

    private final DeadlineEngine engine;
    private final Map<String, CaseText> sources;

    private DeadlineRuleBook(DeadlineEngine engine, Map<String, CaseText> sources) {
        this.engine = engine;
        this.sources = sources;
    }

    /**
     * Reads rule files (file name to content), checking each rule's case type and step against the catalogue.
     *
     * @throws CaseDataException listing every problem, by file and field
     */
    public static DeadlineRuleBook read(Map<String, String> files, CaseTypeCatalogue catalogue) {
        List<String> problems = new ArrayList<>();
        List<DeadlineRule> rules = new ArrayList<>();
        Map<String, CaseText> sources = new HashMap<>();
        files.forEach((name, text) -> {
            CaseDataFile file = new CaseDataFile(name, problems);
            JsonNode root = file.tree(text);
            String jurisdiction = file.code(root, "jurisdiction", "", CaseDataFile.COUNTRY);
            List<JsonNode> nodes = file.array(root, "rules", "");
            for (int i = 0; i < nodes.size(); i++) {
                rule(file, nodes.get(i), ".rules[" + i + "]", jurisdiction, catalogue, sources)
                        .ifPresent(rules::add);
            }
        });
        if (!problems.isEmpty()) {
            throw new CaseDataException(problems);
        }
        return new DeadlineRuleBook(new DeadlineEngine(rules), Map.copyOf(sources));
    }

    private static Optional<DeadlineRule> rule(
            CaseDataFile file,
            JsonNode node,
            String path,
            String jurisdiction,
            CaseTypeCatalogue catalogue,
            Map<String, CaseText> sources) {
        String kind = file.text(node, "kind", path);
        CaseText source = file.bilingual(node, "source", path);
        sources.put(source.en(), source);
        LocalDate effective = date(file, node, "effectiveFrom", path);
        try {
            return switch (kind) {
                case "LIMIT" -> {
                    String[] target = target(file, node, path, jurisdiction, catalogue);
                    Period within = period(file, node, path);
                    yield effective == null || within == null
                            ? Optional.empty()
                            : Optional.of(new DeadlineRule.Limit(
                                    jurisdiction, target[0], target[1], within, effective, source.en()));
                }
                case "WAIVER" -> {
                    String[] target = target(file, node, path, jurisdiction, catalogue);
                    LocalDate from = date(file, node, "eventsFrom", path);
                    LocalDate to = date(file, node, "eventsTo", path);
                    yield effective == null || from == null || to == null
                            ? Optional.empty()
                            : Optional.of(new DeadlineRule.Waiver(
                                    jurisdiction, target[0], target[1], from, to, effective, source.en()));
                }
                case "PAUSE" -> {
                    LocalDate from = date(file, node, "from", path);
                    LocalDate to = date(file, node, "to", path);
                    Optional<String> caseType = node.has("caseType")
                            ? Optional.of(file.code(node, "caseType", path, CaseDataFile.CODE))
                            : Optional.empty();
                    yield effective == null || from == null || to == null
                            ? Optional.empty()
                            : Optional.of(
                                    new DeadlineRule.Pause(jurisdiction, caseType, from, to, effective, source.en()));
                }
                default -> {
                    file.problem(path + ".kind", "is LIMIT, WAIVER or PAUSE");
                    yield Optional.empty();
                }
            };
        } catch (IllegalArgumentException e) {
            file.problem(path, e.getMessage());
            return Optional.empty();
        }
    }

    private static String[] target(
            CaseDataFile file, JsonNode node, String path, String jurisdiction, CaseTypeCatalogue catalogue) {
        String caseType = file.code(node, "caseType", path, CaseDataFile.CODE);
        String step = file.code(node, "step", path, CaseDataFile.CODE);
        Optional<CaseTypeChain> chain = catalogue.chain(caseType, jurisdiction);
        if (chain.isEmpty()) {
            file.problem(path + ".caseType", "no case type " + caseType + " has a chain in " + jurisdiction);
        } else if (chain.get().step(step).isEmpty()) {
            file.problem(path + ".step", "the " + caseType + " chain in " + jurisdiction + " has no step " + step);
        }
        return new String[] {caseType, step};
    }

    private static LocalDate date(CaseDataFile file, JsonNode node, String field, String path) {
        String text = file.text(node, field, path);
        try {
            return text.isEmpty() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            file.problem(path + "." + field, "'" + text + "' is not a date (YYYY-MM-DD)");
            return null;
        }
    }

    private static Period period(CaseDataFile file, JsonNode node, String path) {
        String text = file.text(node, "within", path);
        try {
            return text.isEmpty() ? null : Period.parse(text);
        } catch (DateTimeParseException e) {
            file.problem(path + ".within", "'" + text + "' is not a period such as P1Y, P6M or P30D");
            return null;
        }
    }

    public DeadlineEngine engine() {
        return engine;
    }

    /** The words of a rule's source in both languages (the engine names sources by their English words). */
    public CaseText source(String english) {
        return sources.getOrDefault(english, new CaseText(english, english));
    }
}
