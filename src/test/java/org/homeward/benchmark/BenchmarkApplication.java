package org.homeward.benchmark;

import java.nio.file.Path;
import org.homeward.HomewardApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts Homeward on a fresh embedded database for a benchmark. */
public final class BenchmarkApplication {

    private BenchmarkApplication() {}

    public static ConfigurableApplicationContext start(Path dataDirectory, boolean web) {
        return start(dataDirectory, web, true);
    }

    /** Starts Homeward on the embedded database in the folder, emptied first when {@code clean}. */
    public static ConfigurableApplicationContext start(Path dataDirectory, boolean web, boolean clean) {
        SpringApplication application = new SpringApplication(HomewardApplication.class);
        application.setWebApplicationType(web ? WebApplicationType.SERVLET : WebApplicationType.NONE);
        return application.run(
                "--homeward.data-dir=" + dataDirectory,
                "--homeward.clean-on-start=" + clean,
                "--server.port=0",
                "--logging.level.root=WARN");
    }

    /** Peak heap use so far, from the JVM's memory pools, in MiB. */
    public static long peakHeapMegabytes() {
        long peak = 0;
        for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }
}
