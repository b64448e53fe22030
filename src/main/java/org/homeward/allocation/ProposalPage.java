package org.homeward.allocation;

import java.util.List;

/**
 * One page of a run's proposals, so that a national plan of 120,000 households is shown a hundred
 * at a time.
 *
 * @param total how many proposals match the filter in all
 * @param page  the page shown, from 0
 * @param size  proposals per page
 */
public record ProposalPage(int total, int page, int size, List<AllocationProposal> items) {

    public ProposalPage {
        items = List.copyOf(items);
    }

    /** The position of the first proposal shown, from 1 (0 when none matches). */
    public int first() {
        return items.isEmpty() ? 0 : page * size + 1;
    }

    /** The position of the last proposal shown. */
    public int last() {
        return page * size + items.size();
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
