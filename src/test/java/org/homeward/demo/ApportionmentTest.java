package org.homeward.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ApportionmentTest {

    @Test
    void sharesAddUpExactlyAndStayWithinOneOfTheExactShare() {
        SplittableRandom random = new SplittableRandom(4);
        for (int trial = 0; trial < 500; trial++) {
            double[] weights = random.doubles(1 + random.nextInt(30), 0, 1e6).toArray();
            long total = random.nextLong(1, 10_000_000);
            long[] shares = Apportionment.apportion(total, weights);
            double sum = Arrays.stream(weights).sum();

            assertThat(Arrays.stream(shares).sum()).isEqualTo(total);
            for (int i = 0; i < weights.length; i++) {
                assertThat((double) shares[i])
                        .isCloseTo(total * weights[i] / sum, org.assertj.core.api.Assertions.within(1.0));
            }
        }
    }

    @Test
    void givesTheLeftOverToTheLargestRemainders() {
        assertThat(Apportionment.apportion(10, new double[] {1, 1, 1})).containsExactly(4, 3, 3);
        assertThat(Apportionment.apportion(7, new double[] {0.5, 0.3, 0.2})).containsExactly(4, 2, 1);
        assertThat(Apportionment.apportion(5, new double[] {0, 3, 0})).containsExactly(0, 5, 0);
    }
}
