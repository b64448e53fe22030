package org.homeward.allocation;

/**
 * Which proposals of a run to show; a null field does not filter.
 *
 * @param decision only proposals with this decision
 * @param placed   true for proposals of a centre, false for households left waiting
 * @param centre   only proposals of this centre (proposed or decided)
 */
public record ProposalFilter(AllocationProposal.Decision decision, Boolean placed, String centre) {

    public static final ProposalFilter ALL = new ProposalFilter(null, null, null);

    public ProposalFilter {
        centre = centre == null || centre.isBlank() ? null : centre.strip();
    }
}
