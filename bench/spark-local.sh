#!/usr/bin/env bash
# Runs the Spark build job (org.newsgraph.spark.SparkBuild) in local mode, without a Spark
# installation: Spark's jars come from the Maven cache, the --add-opens flags Spark 4 needs on
# Java 17 from the pom (property spark.jvm.opens), as the tests get them.
#
#   bench/spark-local.sh --out out/spark data/articles            # local[2], 2 GB driver
#   SPARK_MASTER='local[4]' SPARK_HEAP=6g bench/spark-local.sh --out out/s --partitions 16 corpus/
#
# Writes N-Quads shards, manifest.json and metrics.json (stage times, shuffle bytes, peak
# execution memory, peak heap) to --out; load them with `newsgraph load out/spark/*.nq --store DIR`.
# On a cluster use spark-submit instead (see README, "Scale-out").
set -euo pipefail
cd "$(dirname "$0")/.."

cpfile=target/spark-classpath.txt
if [[ ! -d target/classes || ! -d target/spark-lib || ! -f "$cpfile" || pom.xml -nt "$cpfile" \
      || -n "$(find src/main pom.xml -newer "$cpfile" -type f -print -quit)" ]]; then
  echo "spark-local: compiling and resolving the Spark classpath (once)" >&2
  mvn -q -B -o process-test-classes dependency:build-classpath \
      -Dmdep.outputFile="$cpfile" -Dmdep.includeScope=compile >&2
fi
# Spark's own Jetty wants Servlet 5: the 5.0 API jar (target/spark-lib) replaces Fuseki's 6.
cp="target/classes:$(tr ':' '\n' < "$cpfile" | grep -v 'jakarta.servlet-api' | paste -sd: -)"
cp="$cp:$(ls target/spark-lib/*.jar | paste -sd: -)"
opens="$(sed -n 's:.*<spark.jvm.opens>\(-.*\)</spark.jvm.opens>.*:\1:p' pom.xml | head -1)"

# shellcheck disable=SC2086
exec java -Xmx"${SPARK_HEAP:-2g}" $opens \
  -Dspark.master="${SPARK_MASTER:-local[2]}" -Dspark.ui.enabled=false \
  -Dspark.driver.host=127.0.0.1 -Dspark.driver.bindAddress=127.0.0.1 \
  -cp "$cp" org.newsgraph.spark.SparkBuild "$@"
