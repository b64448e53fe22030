package org.homeward.demo;

/** Hears how far a generation run has come, counted in individuals registered for the first time. */
@FunctionalInterface
public interface GenerationProgress {

    GenerationProgress NONE = (generated, planned) -> {};

    void advanced(long individualsGenerated, long individualsPlanned);
}
