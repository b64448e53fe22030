package org.homeward.linkage.engine;

/** Hears how far a long linkage run has come: stage name, work done and work in all. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (stage, done, total) -> {};

    void progress(String stage, long done, long total);
}
