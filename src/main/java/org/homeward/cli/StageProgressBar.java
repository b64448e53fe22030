package org.homeward.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.homeward.linkage.engine.ProgressListener;

/** A one-line progress bar of named stages (standardise, block, score, ...) on standard error, redrawn at most five times a second. */
final class StageProgressBar implements ProgressListener {

    private static final int WIDTH = 30;
    private final PrintStream err;
    private String stage = "";
    private long lastDrawn;

    StageProgressBar(PrintStream err) {
        this.err = err;
    }

    @Override
    public synchronized void progress(String name, long done, long total) {
        long now = System.nanoTime();
        boolean newStage = !name.equals(stage);
        boolean finished = done >= total;
        if (!newStage && !finished && now - lastDrawn < 200_000_000L) {
            return;
        }
        if (newStage && !stage.isEmpty()) {
            err.println();
        }
        stage = name;
        lastDrawn = now;
        double share = total <= 0 ? 1 : Math.min(1.0, (double) done / total);
        int filled = (int) Math.round(share * WIDTH);
        err.printf(
                Locale.ROOT,
                "\r%-12s [%s%s] %3d%% %,d/%,d",
                name,
                "#".repeat(filled),
                " ".repeat(WIDTH - filled),
                Math.round(share * 100),
                done,
                total);
        err.flush();
    }

    void end() {
        if (!stage.isEmpty()) {
            err.println();
        }
    }
}
