package org.homeward.statistics.hxl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A hashtag with its attributes, as HXL 1.1 writes it in the hashtag row: {@code #} and a tag
 * ({@code [a-z][a-z0-9_]*}), then attributes ({@code +[a-z][a-z0-9_]*}), optionally spaced apart.
 * HXL hashtags are case-insensitive; they are kept in lower case.
 */
public record HxlHashtag(String tag, List<String> attributes) {

    private static final String NAME = "[A-Za-z][A-Za-z0-9_]*";
    private static final Pattern SPEC = Pattern.compile("#(" + NAME + ")((?:\\s*\\+" + NAME + ")*)");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\+(" + NAME + ")");

    public HxlHashtag {
        if (!tag.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not an HXL tag: " + tag);
        }
        for (String attribute : attributes) {
            if (!attribute.matches("[a-z][a-z0-9_]*")) {
                throw new IllegalArgumentException("Not an HXL attribute: " + attribute);
            }
        }
        attributes = List.copyOf(attributes);
    }

    /** A hashtag from its written form, such as {@code #affected+f+ind}; fails on anything else. */
    public static HxlHashtag of(String spec) {
        return parse(spec).orElseThrow(() -> new IllegalArgumentException("Not an HXL hashtag: " + spec));
    }

    /** The hashtag a cell of the hashtag row holds, or empty when the cell is not a hashtag. */
    public static Optional<HxlHashtag> parse(String spec) {
        if (spec == null) {
            return Optional.empty();
        }
        Matcher matcher = SPEC.matcher(spec.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        List<String> attributes = new ArrayList<>();
        Matcher attribute = ATTRIBUTE.matcher(matcher.group(2));
        while (attribute.find()) {
            attributes.add(attribute.group(1).toLowerCase(Locale.ROOT));
        }
        return Optional.of(new HxlHashtag(matcher.group(1).toLowerCase(Locale.ROOT), attributes));
    }

    public boolean has(String attribute) {
        return attributes.contains(attribute);
    }

    @Override
    public String toString() {
        return "#" + tag + (attributes.isEmpty() ? "" : "+" + String.join("+", attributes));
    }
}
