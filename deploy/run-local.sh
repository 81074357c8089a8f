#!/usr/bin/env bash
# Builds the four services and runs the whole program on this machine: PostgreSQL (the one on
# 127.0.0.1:5432, the one KCITY_DB_URL names, or a throwaway cluster), a Kafka broker and the services.
# Ctrl-C stops everything. Needs only a JDK 17+; ./mvnw fetches Maven and the dependencies.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests package
./mvnw -B -q -pl deploy dependency:build-classpath -Dmdep.outputFile=target/local-run.classpath
exec java -cp "deploy/target/classes:$(cat deploy/target/local-run.classpath)" org.kcity.deploy.LocalRun "$PWD" "$@"
