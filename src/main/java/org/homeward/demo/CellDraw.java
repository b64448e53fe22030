package org.homeward.demo;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Draws the cell of the next household within a period, with probability proportional to the
 * individuals each cell still needs, so countries and return types mix through the period and
 * every cell is filled exactly.
 */
final class CellDraw {

    private final List<GenerationCell> cells;

    CellDraw(List<GenerationCell> cells) {
        this.cells = cells;
    }

    boolean hasRemaining() {
        return remaining() > 0;
    }

    GenerationCell next(RandomGenerator random) {
        long target = random.nextLong(remaining());
        for (GenerationCell cell : cells) {
            if (target < cell.remaining()) {
                return cell;
            }
            target -= cell.remaining();
        }
        throw new IllegalStateException("No cell has individuals left");
    }

    private long remaining() {
        long remaining = 0;
        for (GenerationCell cell : cells) {
            remaining += cell.remaining();
        }
        return remaining;
    }
}
