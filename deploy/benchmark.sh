#!/usr/bin/env bash
# The write path under load, one command, about 6 minutes: PostgreSQL (a throwaway cluster unless KCITY_DB_URL or
# KCITY_DB_THROWAWAY=false says otherwise), a Kafka broker and the four services with the production JVM options,
# then pgbench, HTTP load, hand-off, catch-up, start time and memory. Prints a table (Markdown) and writes
# deploy/target/benchmark/results.json. Needs a JDK 17+ and PostgreSQL's programs (initdb, pg_ctl, pgbench).
# The services are packaged when a jar is missing, or always with --build (after a change: else the jars are old).
# Phases after the options run only those parts: start ceiling http hand-off catch-up (e.g. `benchmark.sh catch-up`).
set -euo pipefail
cd "$(dirname "$0")/.."
services=(applications-service selection-service budget-service executor-service)
missing=0
for service in "${services[@]}"; do
  [ -f "$service/target/quarkus-app/quarkus-run.jar" ] || missing=1
done
build="$missing"
if [ "${1:-}" = "--build" ]; then
  build=1
  shift
fi
if [ "$build" = 1 ]; then
  ./mvnw -B -q -DskipTests -Djib.skip=true package
fi
# Runtime scope only, as in run-local.sh.
./mvnw -B -q -pl deploy compile dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile=target/benchmark.classpath
export KCITY_DB_THROWAWAY="${KCITY_DB_THROWAWAY:-true}"
exec java -cp "deploy/target/classes:$(cat deploy/target/benchmark.classpath)" org.kcity.deploy.bench.Benchmark "$PWD" "$@"
