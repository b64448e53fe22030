package org.homeward.cli;

import com.ibm.icu.text.MessageFormat;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.homeward.demo.GenerationProgress;

/** Draws a progress bar on standard error, redrawn in place each time the percentage changes. */
final class GenerationProgressBar implements GenerationProgress, AutoCloseable {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final ResourceBundle messages;
    private final Locale locale;
    private int shownPercent = -1;

    GenerationProgressBar(PrintWriter err, ResourceBundle messages, Locale locale) {
        this.err = err;
        this.messages = messages;
        this.locale = locale;
    }

    @Override
    public void advanced(long individualsGenerated, long individualsPlanned) {
        int percent = (int) Math.min(100, individualsGenerated * 100 / Math.max(1, individualsPlanned));
        if (percent == shownPercent) {
            return;
        }
        shownPercent = percent;
        int filled = percent * WIDTH / 100;
        String counts = new MessageFormat(messages.getString("demo.progress.individuals"), locale)
                .format(new Object[] {individualsGenerated, individualsPlanned});
        err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + percent + "%  " + counts);
        err.flush();
    }

    @Override
    public void close() {
        if (shownPercent >= 0) {
            err.println();
            err.flush();
        }
    }
}
