#!/usr/bin/env bash
# Times the demo population generator against a constant-text reference written through the same
# CSV writer, in the same JVM, and measures the process's peak resident memory.
# Usage: src/test/scripts/benchmark-demo.sh [INDIVIDUALS...]   (default: 1000000)
# Writes into $BENCHMARK_DIR (default: a temporary directory, removed afterwards).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
cd "$here"
mvn -o -q -B test-compile
mvn -o -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark.classpath
classpath="target/classes:target/test-classes:$(cat target/benchmark.classpath)"
work="${BENCHMARK_DIR:-$(mktemp -d)}"
java_options="${BENCHMARK_JAVA_OPTS:--Xmx256m -XX:+UseParallelGC}"
for individuals in "${@:-1000000}"; do
  rm -rf "$work/run"
  echo "== $individuals individuals (java $java_options)"
  /usr/bin/time -v java $java_options -cp "$classpath" org.homeward.demo.DemoGenerationBenchmark \
      "$individuals" "$work/run" 2> "$work/time.txt"
  grep -E "Maximum resident set size|Elapsed \(wall clock\)|User time|System time" "$work/time.txt"
done
[ -z "${BENCHMARK_DIR:-}" ] && rm -rf "$work"
