package org.homeward.conditions;

import java.util.List;

/**
 * What an assessments import did: rows read, values added, values already recorded (an import run
 * twice adds nothing the second time), and the sub-districts it touched.
 */
record AssessmentImportReport(int rows, int added, int alreadyRecorded, List<String> areas) {

    AssessmentImportReport {
        areas = List.copyOf(areas);
    }
}
