package org.homeward.movements;

import java.util.List;
import java.util.Set;

/**
 * Counts persons at some stages of a return plan's funnel. This feature counts the stages of its
 * manifests (scheduled, boarded, arrived, withdrawn, no-show); the parts that own intentions,
 * voluntariness and follow-up visits contribute a bean each for theirs. A stage without a source is
 * shown as not counted, never as zero.
 *
 * <p>Implementations answer with set-based queries (GROUP BY), since a plan may hold millions of persons.
 */
interface FunnelStageSource {

    /** The stages this source counts. */
    Set<FunnelStage> stages();

    /** Persons per stage and cell for the plan. */
    List<StageCount> count(ReturnPlan plan);
}
