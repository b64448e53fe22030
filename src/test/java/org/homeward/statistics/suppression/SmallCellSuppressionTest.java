package org.homeward.statistics.suppression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SmallCellSuppressionTest {

    private final SmallCellSuppression engine = new SmallCellSuppression(5, false);

    @Test
    void publishesEverythingWhenNoCountIsSmall() {
        CountTable table = CountTable.of(new long[][] {{20, 30}, {40, 50}});
        SuppressionMask mask = engine.protect(table);
        assertThat(mask.count(SuppressionMask.Reason.PRIMARY) + mask.count(SuppressionMask.Reason.SECONDARY))
                .isZero();
    }

    @Test
    void hidesASmallCellInsideTheCheapestRectangle() {
        //        A    B    C  | total
        // r0    20    3   30  |  53
        // r1    10   40   25  |  75
        // r2    12   15   60  |  87
        // total 42   58  115  | 215
        // 3 is primary. Hiding it alone lets row 0 give it back (53 - 20 - 30), so it needs a cycle of hidden
        // cells. Cheapest ways round, by hand: rows 0,2 x columns A,B: 20 + 12 + 15 = 47; rows 0,1 x A,B:
        // 20 + 10 + 40 = 70; rows 0,1 x B,C: 30 + 25 + 40 = 95; rows 0,2 x B,C: 30 + 60 + 15 = 105.
        CountTable table = CountTable.of(new long[][] {{20, 3, 30}, {10, 40, 25}, {12, 15, 60}});
        SuppressionMask mask = engine.protect(table);
        assertThat(mask.reason(0, 1)).isEqualTo(SuppressionMask.Reason.PRIMARY);
        assertThat(hiddenPlaces(mask)).containsExactlyInAnyOrder("0,0", "0,1", "2,0", "2,1");
        assertThat(mask.reason(2, 1)).isEqualTo(SuppressionMask.Reason.SECONDARY);
    }

    @Test
    void hidesTheNextSmallestValueOfAOneWayTable() {
        // 12, 3, 40, 7; total 62. 3 is primary; with the total published it would be 62 - 12 - 40 - 7, so the
        // smallest other value, 7, is hidden too. The total stays.
        CountTable table = CountTable.line(new long[] {12, 3, 40, 7});
        SuppressionMask mask = engine.protect(table);
        assertThat(hiddenInterior(mask, table)).containsExactly(1, 3);
        assertThat(mask.isSuppressed(table.rows(), 0)).isFalse();
    }

    @Test
    void publishesZerosUnlessToldOtherwise() {
        CountTable table = CountTable.line(new long[] {0, 12, 40});
        assertThat(hiddenInterior(engine.protect(table), table)).isEmpty();
        assertThat(hiddenInterior(new SmallCellSuppression(5, true).protect(table), table))
                .containsExactly(0, 1);
    }

    @Test
    void hidesASmallGrandTotalAndEverythingItWouldGiveAway() {
        CountTable table = CountTable.of(new long[][] {{1, 2}, {0, 1}});
        SuppressionMask mask = engine.protect(table);
        assertThat(mask.isSuppressed(2, 2)).isTrue();
        for (int[] place : DisclosureAudit.recoverableBySubtraction(table, hidden(mask))) {
            assertThat(table.value(place[0], place[1]))
                    .as("recovered %d,%d", place[0], place[1])
                    .isZero();
        }
    }

    @Test
    void aZeroTotalWithAZeroRowNeedsNothingHidden() {
        CountTable table = CountTable.of(new long[][] {{0, 0}, {10, 20}});
        assertThat(hiddenPlaces(engine.protect(table))).isEmpty();
    }

    @Test
    void tablesProtectedTogetherShareOnePattern() {
        // Women and men by governorate: a place hidden for women is hidden for men, so that everyone minus men
        // does not give the women back.
        CountTable women = CountTable.of(new long[][] {{2, 30}, {25, 40}, {18, 22}});
        CountTable men = CountTable.of(new long[][] {{30, 28}, {26, 41}, {20, 19}});
        SuppressionMask mask = engine.protectTogether(List.of(women, men));
        assertThat(mask.isSuppressed(0, 0)).isTrue();
        for (CountTable table : List.of(women, men)) {
            assertThat(DisclosureAudit.recoverableBySubtraction(table, hidden(mask)))
                    .isEmpty();
            assertThat(DisclosureAudit.determinedByLinearAlgebra(table, hidden(mask)))
                    .isEmpty();
        }
    }

    @Test
    void noRandomTableLeavesASmallCountOrAWayBackToAHiddenOne() {
        SplittableRandom random = new SplittableRandom(20260706L);
        for (int round = 0; round < 400; round++) {
            int rows = 1 + random.nextInt(7);
            int columns = 1 + random.nextInt(6);
            long[][] interior = new long[rows][columns];
            for (long[] line : interior) {
                for (int c = 0; c < columns; c++) {
                    int kind = random.nextInt(10);
                    line[c] = kind < 2 ? 0 : kind < 5 ? 1 + random.nextInt(4) : 5 + random.nextInt(200);
                }
            }
            CountTable table = CountTable.of(interior);
            SuppressionMask mask = engine.protect(table);
            boolean[][] hidden = hidden(mask);
            for (int r = 0; r <= rows; r++) {
                for (int c = 0; c <= columns; c++) {
                    long value = table.value(r, c);
                    if (value > 0 && value < 5) {
                        assertThat(hidden[r][c])
                                .as("round %d, small count at %d,%d of %s", round, r, c, table)
                                .isTrue();
                    }
                }
            }
            assertThat(DisclosureAudit.recoverableBySubtraction(table, hidden))
                    .as("round %d: %s", round, table)
                    .isEmpty();
            assertThat(DisclosureAudit.determinedByLinearAlgebra(table, hidden))
                    .as("round %d: %s", round, table)
                    .isEmpty();
        }
    }

    @Test
    void theAuditFindsWhatANaivePatternGivesAway() {
        // Guards the guard: hiding only the small cell must be caught by both attacks.
        CountTable table = CountTable.of(new long[][] {{20, 3}, {10, 40}});
        boolean[][] hidden = new boolean[3][3];
        hidden[0][1] = true;
        assertThat(DisclosureAudit.recoverableBySubtraction(table, hidden)).isNotEmpty();
        assertThat(DisclosureAudit.determinedByLinearAlgebra(table, hidden)).isNotEmpty();
        // Two hidden rectangles joined by one hidden cell: every row and column holds two or more hidden cells, so
        // subtraction along a line fails, but rows 0 + 1 minus columns 0 + 1 leave exactly the joining cell (1,2).
        long[][] square = {{9, 9, 9, 9}, {9, 9, 9, 9}, {9, 9, 9, 9}, {9, 9, 9, 9}};
        boolean[][] joined = new boolean[5][5];
        joined[0][0] = joined[0][1] = joined[1][0] = joined[1][1] = true;
        joined[2][2] = joined[2][3] = joined[3][2] = joined[3][3] = true;
        joined[1][2] = true;
        assertThat(DisclosureAudit.recoverableBySubtraction(CountTable.of(square), joined))
                .isEmpty();
        assertThat(DisclosureAudit.determinedByLinearAlgebra(CountTable.of(square), joined))
                .singleElement()
                .satisfies(place -> assertThat(place).containsExactly(1, 2));
    }

    private static boolean[][] hidden(SuppressionMask mask) {
        boolean[][] hidden = new boolean[mask.rows() + 1][mask.columns() + 1];
        for (int r = 0; r <= mask.rows(); r++) {
            for (int c = 0; c <= mask.columns(); c++) {
                hidden[r][c] = mask.isSuppressed(r, c);
            }
        }
        return hidden;
    }

    private static List<String> hiddenPlaces(SuppressionMask mask) {
        List<String> places = new java.util.ArrayList<>();
        for (int r = 0; r < mask.rows(); r++) {
            for (int c = 0; c < mask.columns(); c++) {
                if (mask.isSuppressed(r, c)) {
                    places.add(r + "," + c);
                }
            }
        }
        return places;
    }

    private static List<Integer> hiddenInterior(SuppressionMask mask, CountTable table) {
        List<Integer> rows = new java.util.ArrayList<>();
        for (int r = 0; r < table.rows(); r++) {
            if (mask.isSuppressed(r, 0)) {
                rows.add(r);
            }
        }
        return rows;
    }
}
