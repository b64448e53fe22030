package org.homeward.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.homeward.demo.DemoColumn;
import org.homeward.movements.IntentionService;
import org.homeward.movements.RecordIntentionRequest;
import org.homeward.registry.HouseholdQueries;
import org.springframework.context.ApplicationContext;

/**
 * The intentions to return of two in three of the demo population's waiting households, as a
 * coordinator records them from the field offices' notes: each household found by a member's document
 * number (a number held by several households is skipped, never guessed), the day it was said spread
 * over the last three months, the answers drawn from a seeded generator so that every demo is the same.
 */
final class DemoPopulationIntentions {

    /** The most the demo records, so that a large demo population still starts quickly. */
    static final int MOST = 1_500;

    private static final Set<String> WAITING = Set.of("REGISTERED", "INTENDING");
    private static final String[] ANSWERS = {
        "WITHIN_3_MONTHS",
        "WITHIN_3_MONTHS",
        "WITHIN_3_MONTHS",
        "WITHIN_12_MONTHS",
        "WITHIN_12_MONTHS",
        "UNDECIDED",
        "NOT_INTENDING"
    };

    private DemoPopulationIntentions() {}

    /** Records the intentions and answers how many households told one. */
    static int record(ApplicationContext context, Path householdsFile, long seed) throws IOException {
        Map<String, String> destinationByDocument = waitingHouseholds(householdsFile);
        Map<String, List<UUID>> found = DemoOfficers.as(
                DemoOfficers.COORDINATOR,
                () -> context.getBean(HouseholdQueries.class)
                        .findByDocumentNumbers(destinationByDocument.keySet(), "DEMO_INTENTIONS"));
        IntentionService intentions = context.getBean(IntentionService.class);
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        Random random = new Random(seed);
        int recorded = 0;
        for (Map.Entry<String, String> household : destinationByDocument.entrySet()) {
            List<UUID> ids = found.getOrDefault(household.getKey(), List.of());
            if (ids.size() != 1) {
                continue;
            }
            RecordIntentionRequest request = new RecordIntentionRequest(
                    ANSWERS[random.nextInt(ANSWERS.length)],
                    household.getValue(),
                    random.nextInt(4) == 0 ? List.of("HOUSING", "SERVICES") : List.of(),
                    random.nextInt(10) == 0,
                    today.minusDays(random.nextInt(90)).toString());
            DemoOfficers.as(DemoOfficers.COORDINATOR, (Runnable)
                    () -> intentions.record(ids.get(0), request, DemoOfficers.COORDINATOR));
            recorded++;
        }
        return recorded;
    }

    /**
     * Two in three waiting households, each by the first document number among its members, with its
     * destination. A household's rows follow one another in the file.
     */
    private static Map<String, String> waitingHouseholds(Path householdsFile) throws IOException {
        Map<String, String> chosen = new LinkedHashMap<>();
        Set<String> households = new HashSet<>();
        try (Reader reader = Files.newBufferedReader(householdsFile, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)) {
                String document = row.get(DemoColumn.DOCUMENT_NUMBER.header());
                if (!WAITING.contains(row.get(DemoColumn.JOURNEY_STATUS.header()))
                        || document.isBlank()
                        || !households.add(row.get(DemoColumn.HOUSEHOLD_KEY.header()))) {
                    continue;
                }
                if (households.size() % 3 != 0 && chosen.size() < MOST) {
                    chosen.put(document, row.get(DemoColumn.DESTINATION_PCODE.header()));
                }
            }
        }
        return chosen;
    }
}
