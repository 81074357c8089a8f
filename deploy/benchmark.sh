#!/usr/bin/env bash
# The write path under load, one command, about 6 minutes: PostgreSQL (a throwaway cluster unless KCITY_DB_URL or
# KCITY_DB_THROWAWAY=false says otherwise), a Kafka broker and the four services with the production JVM options,
# then pgbench, HTTP load, hand-off, catch-up, start time and memory. Prints a table (Markdown) and writes
# deploy/target/benchmark/results.json. Needs a JDK 17+ and PostgreSQL's programs (initdb, pg_ctl, pgbench).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! ls ./*-service/target/quarkus-app/quarkus-run.jar >/dev/null 2>&1 \
    || [ "$(ls ./*-service/target/quarkus-app/quarkus-run.jar | wc -l)" -ne 4 ]; then
  ./mvnw -B -q -DskipTests -Djib.skip=true package
fi
# Runtime scope only, as in run-local.sh.
./mvnw -B -q -pl deploy compile dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile=target/benchmark.classpath
export KCITY_DB_THROWAWAY="${KCITY_DB_THROWAWAY:-true}"
exec java -cp "deploy/target/classes:$(cat deploy/target/benchmark.classpath)" org.kcity.deploy.bench.Benchmark "$PWD"
