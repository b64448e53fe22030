package org.homeward.cli;

import java.io.PrintStream;

/** A one-line progress bar on standard error, redrawn at most a few times a second. */
final class ProgressBar {

    private static final int WIDTH = 30;
    private final PrintStream out;
    private final String label;
    private final long started = System.nanoTime();
    private long lastDrawn;

    ProgressBar(PrintStream out, String label) {
        this.out = out;
        this.label = label;
    }

    /** Shows done of total (total 0 or less: unknown, a counter is shown instead). */
    void show(long done, long total, String unit) {
        long now = System.nanoTime();
        boolean finished = total > 0 && done >= total;
        if (now - lastDrawn < 250_000_000L && !finished) {
            return;
        }
        lastDrawn = now;
        double seconds = Math.max((now - started) / 1e9, 1e-3);
        String rate = String.format("%,.0f %s/s", done / seconds, unit);
        if (total > 0) {
            int filled = (int) Math.min(WIDTH, WIDTH * done / total);
            out.printf(
                    "\r%s [%s%s] %3d%% %,d/%,d %s  %s   ",
                    label, "#".repeat(filled), " ".repeat(WIDTH - filled), 100 * done / total, done, total, unit, rate);
        } else {
            out.printf("\r%s %,d %s  %s   ", label, done, unit, rate);
        }
        out.flush();
    }

    void finish() {
        out.println();
    }
}
