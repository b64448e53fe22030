package org.homeward.cli;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.homeward.conditions.AssessmentImportService;

/**
 * The field assessments of the demo's destination areas, imported as an assessment file the way a
 * coordinator imports one: an area where every red line is confirmed absent (green), one where
 * humanitarian access was not assessed (amber), one with active hostilities reported (red), and one
 * whose only assessment has grown too old to count (unknown).
 */
final class DemoConditions {

    static final String GREEN_AREA = "SY020200";
    static final String AMBER_AREA = "SY020201";
    static final String RED_AREA = "SY020202";
    static final String UNKNOWN_AREA = "SY020203";
    private static final List<String> RED_LINES = List.of(
            "ACTIVE_HOSTILITIES",
            "UNSURVEYED_EXPLOSIVE_ORDNANCE",
            "RETURNS_BLOCKED_BY_AUTHORITY",
            "NO_HUMANITARIAN_ACCESS");
    private static final String HEADER =
            "subdistrict_pcode,indicator,value,source_organisation,assessed_on,method," + "confidence\n";

    private DemoConditions() {}

    /** What was known months ago: the green area and the one that is unknown today, both safe then. */
    static void importEarly(AssessmentImportService assessments, LocalDate assessedOn) {
        StringBuilder file = new StringBuilder(HEADER);
        for (String redLine : RED_LINES) {
            file.append(row(GREEN_AREA, redLine, "no", assessedOn));
            file.append(row(UNKNOWN_AREA, redLine, "no", assessedOn));
        }
        assessments.importFile(file.toString().getBytes(StandardCharsets.UTF_8), DemoOfficers.COORDINATOR);
    }

    /** What is current: green, amber and red areas, with a few of the index's indicators. */
    static void importRecent(AssessmentImportService assessments, LocalDate assessedOn) {
        StringBuilder file = new StringBuilder(HEADER);
        for (String redLine : RED_LINES) {
            file.append(row(GREEN_AREA, redLine, "no", assessedOn));
            file.append(row(RED_AREA, redLine, redLine.equals("ACTIVE_HOSTILITIES") ? "yes" : "no", assessedOn));
            if (!redLine.equals("NO_HUMANITARIAN_ACCESS")) {
                file.append(row(AMBER_AREA, redLine, "no", assessedOn));
            }
        }
        file.append(row(GREEN_AREA, "HOUSING_HABITABLE", "70", assessedOn));
        file.append(row(GREEN_AREA, "WATER_ACCESS", "80", assessedOn));
        file.append(row(GREEN_AREA, "SCHOOLS_OPEN", "60", assessedOn));
        file.append(row(AMBER_AREA, "HOUSING_HABITABLE", "40", assessedOn));
        file.append(row(AMBER_AREA, "HEALTH_CARE_ACCESS", "35", assessedOn));
        file.append(row(RED_AREA, "HOUSING_HABITABLE", "20", assessedOn));
        assessments.importFile(file.toString().getBytes(StandardCharsets.UTF_8), DemoOfficers.COORDINATOR);
    }

    private static String row(String area, String indicator, String value, LocalDate on) {
        return String.join(
                        ",",
                        area,
                        indicator,
                        value,
                        "Demo area assessment team",
                        on.toString(),
                        "KEY_INFORMANTS",
                        "MEDIUM")
                + "\n";
    }
}
