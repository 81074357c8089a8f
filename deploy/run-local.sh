#!/usr/bin/env bash
# Builds the four services and runs the whole program on this machine: PostgreSQL (the one on
# 127.0.0.1:5432, the one KCITY_DB_URL names, or a throwaway cluster), a Kafka broker and the services.
# Ctrl-C stops everything. Needs only a JDK 17+; ./mvnw fetches Maven and the dependencies.
set -euo pipefail
cd "$(dirname "$0")/.."
# No container images here (-Djib.skip): the local run starts the fast-jars as processes.
./mvnw -B -q -DskipTests -Djib.skip=true package
# Runtime scope only: the test kit's Quarkus dependencies (provided scope) would add JBoss LogManager as a second SLF4J
# provider beside the broker's Log4j one ("multiple SLF4J providers") and a java.lang.System.Logger finder that
# complains that "java.util.logging.manager" is not set.
./mvnw -B -q -pl deploy dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile=target/local-run.classpath
exec java -cp "deploy/target/classes:$(cat deploy/target/local-run.classpath)" org.kcity.deploy.LocalRun "$PWD" "$@"
