package org.homeward.allocation.engine;

/** Hears what the engine is doing, for progress shown during long runs. */
@FunctionalInterface
public interface AllocationProgress {

    /** Progress that goes nowhere. */
    AllocationProgress SILENT = message -> {};

    /** A stage started or ended; the message is a short English sentence. */
    void stage(String message);
}
