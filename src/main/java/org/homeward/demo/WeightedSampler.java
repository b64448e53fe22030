package org.homeward.demo;

import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.random.RandomGenerator;

/** Draws items at random in proportion to their weights; items of weight zero are never drawn. */
final class WeightedSampler<T> {

    private final List<T> items;
    private final double[] cumulative;

    private WeightedSampler(List<T> items, double[] cumulative) {
        this.items = items;
        this.cumulative = cumulative;
    }

    public static <T> WeightedSampler<T> of(List<T> items, ToDoubleFunction<T> weight) {
        List<T> copy = List.copyOf(items);
        double[] cumulative = new double[copy.size()];
        double total = 0;
        for (int i = 0; i < copy.size(); i++) {
            double itemWeight = weight.applyAsDouble(copy.get(i));
            if (itemWeight < 0 || Double.isNaN(itemWeight)) {
                throw new IllegalArgumentException("A weight must not be negative: " + copy.get(i));
            }
            total += itemWeight;
            cumulative[i] = total;
        }
        if (total <= 0) {
            throw new IllegalArgumentException("At least one item needs a positive weight");
        }
        return new WeightedSampler<>(copy, cumulative);
    }

    public T sample(RandomGenerator random) {
        return items.get(indexOf(random.nextDouble() * cumulative[cumulative.length - 1]));
    }

    /** The item whose share of the total weight covers the point u, with u in [0, 1). */
    public T at(double u) {
        return items.get(indexOf(u * cumulative[cumulative.length - 1]));
    }

    public List<T> items() {
        return items;
    }

    /** The first index whose cumulative weight exceeds the target, so zero-weight items are skipped. */
    private int indexOf(double target) {
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] > target) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }
}
