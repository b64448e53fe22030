package org.homeward;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Runs {@code homeward} in a separate JVM, as a user would, so that tests can kill it. */
public final class ChildHomeward implements AutoCloseable {

    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();

    private ChildHomeward(Process process, Consumer<String> onLine) {
        this.process = process;
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader in = new BufferedReader(
                            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                        StringBuilder line = new StringBuilder();
                        int c;
                        while ((c = in.read()) != -1) {
                            if (c == '\r' || c == '\n') {
                                if (!line.isEmpty()) {
                                    output.add(line.toString());
                                    onLine.accept(line.toString());
                                    line.setLength(0);
                                }
                            } else {
                                line.append((char) c);
                            }
                        }
                    } catch (IOException ignored) {
                        // the process was killed
                    }
                },
                "child-homeward-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code homeward ARGS} with the test class path; each line of output (stdout and stderr) goes to onLine. */
    public static ChildHomeward start(Consumer<String> onLine, String... arguments) throws IOException {
        return start(java.util.Map.of(), onLine, arguments);
    }

    /** Starts {@code homeward ARGS} with these environment variables added, e.g. an external database's URL. */
    public static ChildHomeward start(
            java.util.Map<String, String> environment, Consumer<String> onLine, String... arguments)
            throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-cp",
                classPath,
                HomewardApplication.class.getName()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("HOMEWARD_DATABASE_URL");
        builder.environment().putAll(environment);
        return new ChildHomeward(builder.start(), onLine);
    }

    /** The process's standard input, e.g. to give a password. */
    public java.io.OutputStream stdin() {
        return process.getOutputStream();
    }

    public int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    /** Kills the JVM at once, as {@code kill -9} does: no shutdown hooks run. */
    public void killHard() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public List<String> output() {
        return output;
    }

    /** Asks the process to stop (SIGTERM, as Ctrl-C would), so that it shuts its database down; kills it if it hangs. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                killHard();
            }
        }
    }
}
