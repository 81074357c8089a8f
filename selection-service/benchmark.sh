#!/usr/bin/env bash
# Times the ranking of a large call (default 100,000 applications x 3 sheets); pass another size as $1.
set -euo pipefail
cd "$(dirname "$0")/.."
# -am builds platform and deploy in the same reactor, so a fresh clone needs nothing installed in ~/.m2.
./mvnw -B -q -pl selection-service -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/benchmark.classpath -Dmdep.includeScope=test
module=selection-service
java -Xmx1g -cp "$module/target/test-classes:$module/target/classes:$(cat "$module/target/benchmark.classpath")" \
  org.kcity.selection.domain.RankingBenchmark "$@"
