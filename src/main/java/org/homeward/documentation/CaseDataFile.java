package org.homeward.documentation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One JSON file of documentation data being read, with the problems found in it so far; each
 * problem names the file and the path of the field at fault.
 */
final class CaseDataFile {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,59}");
    static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final String name;
    private final List<String> problems;

    CaseDataFile(String name, List<String> problems) {
        this.name = name;
        this.problems = problems;
    }

    /** The file's tree, or a missing node (and a problem) when it is not JSON. */
    JsonNode tree(String text) {
        try {
            return JSON.readTree(text);
        } catch (JacksonException e) {
            problem("", "is not valid JSON (" + e.getOriginalMessage() + ")");
            return tools.jackson.databind.node.MissingNode.getInstance();
        }
    }

    void problem(String path, String reason) {
        problems.add(name + (path.isEmpty() ? "" : " " + path) + ": " + reason);
    }

    /** A required text field; blank or missing is a problem. */
    String text(JsonNode node, String field, String path) {
        JsonNode value = node.path(field);
        if (!value.isString() || value.asString().isBlank()) {
            problem(path + "." + field, "is required text");
            return "";
        }
        return value.asString().trim();
    }

    /** A required code field matching the pattern. */
    String code(JsonNode node, String field, String path, Pattern shape) {
        String value = text(node, field, path);
        if (!value.isEmpty() && !shape.matcher(value).matches()) {
            problem(path + "." + field, "'" + value + "' is not a code of the form " + shape.pattern());
        }
        return value;
    }

    /** A required text in English and Arabic. */
    CaseText bilingual(JsonNode node, String field, String path) {
        JsonNode text = node.path(field);
        if (!text.isObject()) {
            problem(path + "." + field, "needs an object with \"en\" and \"ar\" texts");
            return new CaseText("", "");
        }
        return new CaseText(text(text, "en", path + "." + field), text(text, "ar", path + "." + field));
    }

    /** A required array (possibly empty). */
    List<JsonNode> array(JsonNode node, String field, String path) {
        JsonNode value = node.path(field);
        if (!value.isArray()) {
            problem(path + "." + field, "is a required list");
            return List.of();
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        return items;
    }

    boolean flag(JsonNode node, String field, String path) {
        JsonNode value = node.path(field);
        if (value.isMissingNode()) {
            return false;
        }
        if (!value.isBoolean()) {
            problem(path + "." + field, "is true or false");
            return false;
        }
        return value.asBoolean();
    }
}
