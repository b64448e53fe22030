package org.homeward.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.homeward.registry.HouseholdImportService;
import org.homeward.registry.ImportOptions;
import org.homeward.registry.ImportProgress;
import org.homeward.registry.ImportReport;
import org.springframework.context.ApplicationContext;

/** Loads a generated demo population into the registry through the ordinary import pipeline. */
final class DemoLoader {

    private DemoLoader() {}

    static ImportReport load(ApplicationContext context, Path householdsFile, PrintStream terminal) throws IOException {
        ProgressBar checking = new ProgressBar(terminal, "checking");
        ProgressBar writing = new ProgressBar(terminal, "writing ");
        ImportReport report = context.getBean(HouseholdImportService.class)
                .importFile(
                        householdsFile,
                        new ImportOptions(false, null, "demo", ImportOptions.DEFAULT_BATCH_SIZE, CommandActor.name()),
                        new ImportProgress() {
                            @Override
                            public void checked(long rows) {
                                checking.show(rows, 0, "rows");
                            }

                            @Override
                            public void written(long rowsDone, long rowsTotal, long householdsWritten) {
                                writing.show(rowsDone, rowsTotal, "rows");
                            }
                        });
        writing.finish();
        if (report.hasProblems()) {
            report.problems().stream().limit(20).forEach(problem -> terminal.println(problem));
            throw new CommandFailedException("The demo population did not import cleanly (" + report.problemCount()
                    + " problems); this is a defect of the generator");
        }
        return report;
    }
}
