package org.homeward.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Splits the individuals to generate into periods: one per year of the UNHCR figures up to
 * yesterday (returns and withdrawn registrations, in the figures' proportions), then the
 * current period of journeys under way, mixed like the latest year.
 */
final class PopulationPlan {

    private PopulationPlan() {}

    static List<List<GenerationCell>> periods(List<ReturnFigure> figures, DemoSettings settings) {
        int lastYear = settings.lastDayOfReturns().getYear();
        List<ReturnFigure> usable =
                figures.stream().filter(figure -> figure.year() <= lastYear).toList();
        if (usable.isEmpty()) {
            throw new IllegalArgumentException("No return figures up to " + lastYear + "; choose a later 'today'");
        }
        long withdrawn = Math.round(settings.individuals() * settings.withdrawnShare());
        long pending = Math.round(settings.individuals() * settings.pendingShare());
        long returned = Math.max(0, settings.individuals() - withdrawn - pending);
        TreeMap<Integer, List<GenerationCell>> byYear = new TreeMap<>();
        addCells(byYear, ReturnQuotas.scale(usable, returned), JourneyOutcome.RETURNED);
        addCells(byYear, ReturnQuotas.scale(usable, withdrawn), JourneyOutcome.WITHDRAWN);
        List<List<GenerationCell>> periods = new ArrayList<>(byYear.values());
        int latestYear = usable.get(usable.size() - 1).year();
        List<ReturnFigure> latest =
                usable.stream().filter(figure -> figure.year() == latestYear).toList();
        periods.add(ReturnQuotas.scale(latest, pending).stream()
                .filter(quota -> quota.individuals() > 0)
                .map(quota -> new GenerationCell(quota, JourneyOutcome.PENDING))
                .toList());
        return periods.stream().filter(period -> !period.isEmpty()).toList();
    }

    /**
     * One period of households waiting for a place in a reception centre, mixed by return type and
     * country of asylum like the latest year of the figures.
     */
    static List<List<GenerationCell>> waitingForReception(List<ReturnFigure> figures, DemoSettings settings) {
        int lastYear = settings.lastDayOfReturns().getYear();
        int latestYear = figures.stream()
                .filter(figure -> figure.year() <= lastYear)
                .mapToInt(ReturnFigure::year)
                .max()
                .orElseThrow(() -> new IllegalArgumentException(
                        "No return figures up to " + lastYear + "; choose a later 'today'"));
        List<ReturnFigure> latest =
                figures.stream().filter(figure -> figure.year() == latestYear).toList();
        return List.of(ReturnQuotas.scale(latest, settings.individuals()).stream()
                .filter(quota -> quota.individuals() > 0)
                .map(quota -> new GenerationCell(quota, JourneyOutcome.WAITING_FOR_RECEPTION))
                .toList());
    }

    private static void addCells(
            TreeMap<Integer, List<GenerationCell>> byYear, List<ReturnFigure> quotas, JourneyOutcome outcome) {
        for (ReturnFigure quota : quotas) {
            if (quota.individuals() > 0) {
                byYear.computeIfAbsent(quota.year(), year -> new ArrayList<>()).add(new GenerationCell(quota, outcome));
            }
        }
    }
}
