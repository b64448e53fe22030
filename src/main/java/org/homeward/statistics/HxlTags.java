package org.homeward.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.homeward.registry.ReturnType;
import org.homeward.statistics.hxl.HxlColumn;

/**
 * The HXL hashtags of Homeward's statistics: #date for periods, #adm1 to #adm3 for destinations,
 * #country+asylum for countries of asylum, #loc+crossing for crossing points, and #affected with
 * attributes (+returnees or +intending, +refugees or +idps, +f or +m, +children, +age0_4 ...,
 * +ind or +hh) for counts.
 */
final class HxlTags {

    private HxlTags() {}

    /** The columns that name a row's place along a dimension: a code and, where there is one, a name. */
    static List<HxlColumn> keyColumns(TableDimension dimension, String header) {
        return switch (dimension) {
            case DAY, WEEK, MONTH, YEAR -> List.of(HxlColumn.of(header, "#date"));
            case ADM1, ADM2, ADM3 ->
                List.of(
                        HxlColumn.of(header, "#" + dimension.parameter() + "+name"),
                        HxlColumn.of(header + " P-code", "#" + dimension.parameter() + "+code"));
            case COUNTRY ->
                List.of(
                        HxlColumn.of(header, "#country+asylum+name"),
                        HxlColumn.of(header + " code", "#country+asylum+code"));
            case CROSSING ->
                List.of(
                        HxlColumn.of(header, "#loc+crossing+name"),
                        HxlColumn.of(header + " code", "#loc+crossing+code"));
            case RETURN_TYPE, SEX, AGE_GROUP -> List.of(HxlColumn.of(header, "#meta+" + dimension.parameter()));
        };
    }

    /** Whether a dimension's values are better written as attributes of the count columns than as rows. */
    static boolean isAttribute(TableDimension dimension) {
        return dimension == TableDimension.SEX
                || dimension == TableDimension.AGE_GROUP
                || dimension == TableDimension.RETURN_TYPE;
    }

    /** The count hashtag for a stage, return type and unit, with extra attributes such as "f" or "age0_4". */
    static String count(ReturnStage stage, ReturnType returnType, CountUnit unit, String... attributes) {
        List<String> parts = new ArrayList<>();
        parts.add(stage == ReturnStage.RETURNED ? "returnees" : "intending");
        if (returnType != null) {
            parts.add(returnType == ReturnType.REFUGEE ? "refugees" : "idps");
        }
        for (String attribute : attributes) {
            if (attribute != null && !attribute.isEmpty()) {
                parts.add(attribute);
            }
        }
        parts.add(unit == CountUnit.HOUSEHOLDS ? "hh" : "ind");
        return "#affected+" + String.join("+", parts);
    }

    /** The attribute for a key of an attribute dimension: "f", "age18_59", "refugees". */
    static String attribute(TableDimension dimension, String key) {
        return switch (dimension) {
            case SEX -> key.toLowerCase(Locale.ROOT);
            case AGE_GROUP -> "age" + key;
            case RETURN_TYPE -> ReturnType.REFUGEE.name().equals(key) ? "refugees" : "idps";
            default -> throw new IllegalArgumentException(dimension + " is not written as an attribute");
        };
    }
}
