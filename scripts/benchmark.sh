#!/usr/bin/env bash
# Runs a benchmark harness (a main class under src/test/java/org/homeward/benchmark) on the test class path.
# Usage: scripts/benchmark.sh ImportBenchmark 1000000 (a name with dots is a whole class name: one beside the
# package-private code it measures, e.g. org.homeward.linkage.DuplicateQueueBenchmark)
# BENCHMARK_MAVEN_ARGS=-o runs Maven offline; BENCHMARK_JAVA_OPTS sets the JVM options (default -Xmx4g).
set -euo pipefail
cd "$(dirname "$0")/.."
name="$1"; shift
[[ "$name" == *.* ]] || name="org.homeward.benchmark.$name"
mvn ${BENCHMARK_MAVEN_ARGS:-} -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/benchmark-classpath.txt >&2
exec java ${BENCHMARK_JAVA_OPTS:--Xmx4g} -cp "target/classes:target/test-classes:$(cat target/benchmark-classpath.txt)" \
  "$name" "$@"
