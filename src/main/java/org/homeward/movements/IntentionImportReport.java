package org.homeward.movements;

import java.util.List;
import org.homeward.registry.ImportProblem;

/**
 * What a survey import found and did. When any row has a problem nothing is recorded
 * ({@code imported} is false) and the problems say row, column and reason.
 *
 * @param headerKind     whether the header held the form's column names or its labels
 * @param hashtagRow     whether a row of HXL hashtags was found under the header
 * @param recorded       intentions recorded by this import
 * @param alreadyPresent rows recorded by an earlier import of the same answers, left as they are
 * @param problems       the first {@link #MAX_PROBLEMS} problems, by row
 * @param problemCount   every problem found, counted
 */
record IntentionImportReport(
        String fileName,
        String mappingName,
        SurveyHeader.Kind headerKind,
        boolean hashtagRow,
        int dataRows,
        int matchedByReference,
        int matchedByDocument,
        int recorded,
        int alreadyPresent,
        List<ImportProblem> problems,
        int problemCount,
        boolean imported) {

    static final int MAX_PROBLEMS = 500;

    IntentionImportReport {
        problems = List.copyOf(problems);
    }
}
