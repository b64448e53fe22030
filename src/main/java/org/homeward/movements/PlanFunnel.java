package org.homeward.movements;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Puts a plan's targets and every funnel source's counts together into the plan's funnel. */
@Service
public class PlanFunnel {

    private final ReturnPlanService plans;
    private final List<FunnelStageSource> sources;
    private final FunnelProtection protection;

    PlanFunnel(ReturnPlanService plans, List<FunnelStageSource> sources, FunnelProtection protection) {
        this.plans = plans;
        this.sources = List.copyOf(sources);
        this.protection = protection;
    }

    /** The plan's funnel with every count exact: for those who run the operation and see its manifests anyway. */
    @Transactional(readOnly = true)
    public PlanFunnelView of(UUID planId) {
        ReturnPlan plan = plans.find(planId);
        List<FunnelStage> counted = Arrays.stream(FunnelStage.values())
                .filter(stage ->
                        sources.stream().anyMatch(source -> source.stages().contains(stage)))
                .toList();
        List<StageCount> counts = new ArrayList<>();
        for (FunnelStageSource source : sources) {
            source.count(plan).stream()
                    .filter(count -> source.stages().contains(count.stage()))
                    .forEach(counts::add);
        }
        Map<FunnelStage, Long> totals = new EnumMap<>(FunnelStage.class);
        counted.forEach(stage -> totals.put(stage, 0L));
        counts.forEach(count -> totals.merge(count.stage(), count.persons(), Long::sum));
        return new PlanFunnelView(
                plan.id(),
                plan.targetPersons(),
                counted,
                totals,
                rows(
                        plan.targets(),
                        counts,
                        target -> target.asylumCountry() + " " + target.month(),
                        count -> count.asylumCountry() + " " + count.month()),
                rows(
                        plan.targets(),
                        counts,
                        target -> target.crossingCode().isEmpty() ? "*" : target.crossingCode(),
                        count -> count.crossingCode().isEmpty() ? "*" : count.crossingCode()),
                rows(List.of(), counts, target -> "", StageCount::week));
    }

    /**
     * The plan's funnel as it may be published to readers who do not see the persons: every count
     * through small-cell protection, a hidden one null (docs/movements.md says who reads which).
     */
    @Transactional(readOnly = true)
    public PlanFunnelView published(UUID planId) {
        return protection.protect(of(planId));
    }

    /** Counts below this are hidden in a published funnel. */
    public long threshold() {
        return protection.threshold();
    }

    /** One row per key, targets summed under it and each stage's persons summed under it, in key order. */
    private static List<PlanFunnelView.Row> rows(
            List<PlanTarget> targets,
            List<StageCount> counts,
            Function<PlanTarget, String> targetKey,
            Function<StageCount, String> countKey) {
        Map<String, long[]> targetByKey = new TreeMap<>();
        Map<String, Map<FunnelStage, Long>> personsByKey = new TreeMap<>();
        for (PlanTarget target : targets) {
            targetByKey.computeIfAbsent(targetKey.apply(target), key -> new long[1])[0] += target.persons();
            personsByKey.computeIfAbsent(targetKey.apply(target), key -> new EnumMap<>(FunnelStage.class));
        }
        for (StageCount count : counts) {
            String key = countKey.apply(count);
            if (key.isBlank()) {
                continue;
            }
            personsByKey
                    .computeIfAbsent(key, k -> new EnumMap<>(FunnelStage.class))
                    .merge(count.stage(), count.persons(), Long::sum);
        }
        List<PlanFunnelView.Row> rows = new ArrayList<>();
        personsByKey.forEach((key, persons) ->
                rows.add(new PlanFunnelView.Row(key, targetByKey.getOrDefault(key, new long[1])[0], persons)));
        return rows;
    }
}
