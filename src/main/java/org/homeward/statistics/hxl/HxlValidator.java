package org.homeward.statistics.hxl;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.homeward.statistics.StatisticsProblemCode;

/**
 * Checks an HXL-tagged CSV file as Homeward writes them: a header row, exactly one hashtag row
 * right under it whose every non-empty cell is an HXL 1.1 hashtag without repeated attributes,
 * and data rows no wider than the header whose counts are numbers, dates ISO 8601 and country
 * codes ISO 3166 alpha-3. Every problem names its row and column.
 */
public final class HxlValidator {

    private static final Set<String> COUNT_TAGS =
            Set.of("affected", "population", "inneed", "targeted", "reached", "value");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern DATE =
            Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?|-W(0[1-9]|[1-4]\\d|5[0-3]))?");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");

    public List<HxlProblem> validate(Reader csv) {
        List<CSVRecord> records;
        try {
            records = CSVFormat.RFC4180.parse(csv).getRecords();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return List.of(new HxlProblem(0, 0, StatisticsProblemCode.HXL_NOT_CSV, "The file cannot be read as CSV"));
        }
        List<HxlProblem> problems = new ArrayList<>();
        if (records.size() < 2) {
            problems.add(new HxlProblem(
                    records.size() + 1,
                    0,
                    StatisticsProblemCode.HXL_HASHTAG_ROW_MISSING,
                    "A header row and a hashtag row right under it are needed"));
            return problems;
        }
        List<Optional<HxlHashtag>> hashtags = hashtagRow(records.get(1), problems);
        int width = records.get(0).size();
        for (int index = 2; index < records.size(); index++) {
            CSVRecord record = records.get(index);
            int row = index + 1;
            if (looksLikeHashtagRow(record)) {
                problems.add(new HxlProblem(
                        row, 0, StatisticsProblemCode.HXL_HASHTAG_ROW_REPEATED, "Only one hashtag row is allowed"));
                continue;
            }
            if (record.size() > width) {
                problems.add(new HxlProblem(
                        row,
                        width + 1,
                        StatisticsProblemCode.HXL_ROW_TOO_WIDE,
                        "The row has " + record.size() + " cells but the header only " + width));
            }
            for (int column = 0; column < Math.min(record.size(), hashtags.size()); column++) {
                if (hashtags.get(column).isPresent()) {
                    checkValue(hashtags.get(column).get(), record.get(column).strip(), row, column + 1, problems);
                }
            }
        }
        return problems;
    }

    private static List<Optional<HxlHashtag>> hashtagRow(CSVRecord record, List<HxlProblem> problems) {
        List<Optional<HxlHashtag>> hashtags = new ArrayList<>();
        boolean attempted = false;
        for (String cell : record) {
            attempted |= cell.strip().startsWith("#");
        }
        if (!attempted) {
            problems.add(new HxlProblem(
                    2,
                    0,
                    StatisticsProblemCode.HXL_HASHTAG_ROW_MISSING,
                    "The row right under the header holds no hashtag"));
        }
        for (int column = 0; column < record.size(); column++) {
            String cell = record.get(column).strip();
            Optional<HxlHashtag> hashtag = HxlHashtag.parse(cell);
            hashtags.add(hashtag);
            if (cell.isEmpty() || !attempted) {
                continue;
            }
            if (hashtag.isEmpty()) {
                problems.add(new HxlProblem(
                        2,
                        column + 1,
                        StatisticsProblemCode.HXL_HASHTAG_SYNTAX,
                        "'" + cell + "' is not an HXL hashtag (#tag+attribute, letters, digits and _)"));
            } else if (new HashSet<>(hashtag.get().attributes()).size()
                    < hashtag.get().attributes().size()) {
                problems.add(new HxlProblem(
                        2,
                        column + 1,
                        StatisticsProblemCode.HXL_ATTRIBUTE_REPEATED,
                        "'" + cell + "' repeats an attribute"));
            }
        }
        return hashtags;
    }

    private static boolean looksLikeHashtagRow(CSVRecord record) {
        boolean any = false;
        for (String cell : record) {
            if (cell.isBlank()) {
                continue;
            }
            if (HxlHashtag.parse(cell).isEmpty()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static void checkValue(HxlHashtag hashtag, String value, int row, int column, List<HxlProblem> problems) {
        if (value.isEmpty()) {
            return;
        }
        if (COUNT_TAGS.contains(hashtag.tag()) && !NUMBER.matcher(value).matches()) {
            problems.add(new HxlProblem(
                    row, column, StatisticsProblemCode.HXL_VALUE_NOT_A_NUMBER, "'" + value + "' is not a number"));
        } else if (hashtag.tag().equals("date") && !DATE.matcher(value).matches()) {
            problems.add(new HxlProblem(
                    row,
                    column,
                    StatisticsProblemCode.HXL_DATE_INVALID,
                    "'" + value + "' is not an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www)"));
        } else if (hashtag.tag().equals("country")
                && hashtag.has("code")
                && !COUNTRY.matcher(value).matches()) {
            problems.add(new HxlProblem(
                    row,
                    column,
                    StatisticsProblemCode.HXL_COUNTRY_CODE_INVALID,
                    "'" + value + "' is not an ISO 3166-1 alpha-3 code"));
        }
    }
}
