package org.homeward.allocation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.homeward.allocation.engine.AllocationPlan;
import org.homeward.allocation.engine.CentreChoice;
import org.homeward.allocation.engine.CostBreakdown;
import org.homeward.allocation.engine.Proposal;
import org.homeward.files.OwnerOnlyFiles;
import org.homeward.files.SpreadsheetCells;

/**
 * Writes a plan as the assignments file of the {@code allocate} command: {@code household_id,
 * centre_id} (empty for a household left waiting), then the reasons; see docs/allocation.md. The file
 * is written beside its final name and moved there only when complete, so a failure never leaves a
 * half-written file behind.
 */
public final class ProposalsCsv {

    public static final List<String> COLUMNS = List.of(
            "household_id",
            "centre_id",
            "persons",
            "accessible_needed",
            "distance_km",
            "distance_rank",
            "cost_total",
            "cost_distance",
            "cost_fullness",
            "cost_away_from_community",
            "cost_left_waiting",
            "centre_persons_left",
            "centre_family_units_left",
            "centre_accessible_units_left",
            "community_persons_in_centre",
            "community_main_centre",
            "waiting_reason");

    private ProposalsCsv() {}

    public static void write(Path file, AllocationPlan plan) {
        Path target = file.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader(COLUMNS.toArray(String[]::new))
                .setRecordSeparator('\n')
                .get();
        try {
            try (Writer writer = OwnerOnlyFiles.newWriter(partial);
                    CSVPrinter printer = new CSVPrinter(writer, format)) {
                for (Proposal proposal : plan.proposals()) {
                    printer.printRecord(row(proposal));
                }
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new UncheckedIOException("Cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private static List<String> row(Proposal proposal) {
        List<String> row = new ArrayList<>(COLUMNS.size());
        row.add(SpreadsheetCells.neutralised(proposal.household().id()));
        row.add(SpreadsheetCells.neutralised(proposal.centreIdOrEmpty()));
        row.add(Integer.toString(proposal.household().size()));
        row.add(Boolean.toString(proposal.household().accessibleNeeded()));
        CentreChoice choice = proposal.placement().orElse(null);
        row.add(choice == null ? "" : decimal(choice.distanceKm(), 1));
        row.add(choice == null ? "" : Integer.toString(choice.distanceRank()));
        CostBreakdown cost = proposal.cost();
        row.add(decimal(cost.total(), 2));
        row.add(decimal(cost.distance(), 2));
        row.add(decimal(cost.fullness(), 2));
        row.add(decimal(cost.awayFromCommunity(), 2));
        row.add(decimal(cost.leftWaiting(), 2));
        row.add(choice == null ? "" : Integer.toString(choice.roomLeft().persons()));
        row.add(choice == null ? "" : Integer.toString(choice.roomLeft().familyUnits()));
        row.add(choice == null ? "" : Integer.toString(choice.roomLeft().accessibleUnits()));
        row.add(choice == null ? "" : Integer.toString(choice.communityPersonsThere()));
        row.add(choice == null ? "" : Boolean.toString(choice.communityMainCentre()));
        row.add(proposal.waitingReason()
                .map(reason -> reason.name().toLowerCase(Locale.ROOT))
                .orElse(""));
        return row;
    }

    /** Fixed-point text with one or two decimals; String.format would take seconds on 500,000 rows. */
    private static String decimal(double value, int places) {
        long scale = places == 1 ? 10 : 100;
        long scaled = Math.round(value * scale);
        String fraction = Long.toString(Math.abs(scaled) % scale);
        if (fraction.length() < places) {
            fraction = "0" + fraction;
        }
        return (scaled < 0 ? "-" : "") + Math.abs(scaled) / scale + "." + fraction;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the original failure is the one worth reporting
        }
    }
}
