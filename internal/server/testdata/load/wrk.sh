#!/bin/sh
# Load test of a running "lede serve" with wrk (apt-get install wrk).
# Usage: wrk.sh [BASE_URL] — default http://127.0.0.1:8080. N=<articles> sets the ids cycled.
#   lede ingest --db /tmp/sh.db ../shared/bench/scrapinghub/html
#   lede serve --db /tmp/sh.db --no-sample --quiet --addr 127.0.0.1:8080 &
#   internal/server/testdata/load/wrk.sh
B=${1:-http://127.0.0.1:8080}
here=$(dirname "$0")
echo "== GET /api/v1/articles/{id}, 2 threads, 32 connections, 10 s"
wrk -t2 -c32 -d10s -s "$here/articles.lua" "$B" | grep -E "Requests/sec|non-2xx|Latency"
for q in "articles?q=trump" "articles?person=Donald+Trump" "articles?limit=20" "articles?q=the" \
	"articles?facets=1&q=trump" "quotes?speaker=Trump" "entities/people" "sources" "timeline?person=Trump"; do
	echo "== GET /api/v1/$q, 2 threads, 16 connections, 6 s"
	wrk -t2 -c16 -d6s "$B/api/v1/$q" | grep -E "Requests/sec|Non-2xx|Latency"
done
echo "== GET /healthz"
wrk -t2 -c16 -d6s "$B/healthz" | grep -E "Requests/sec|Non-2xx|Latency"
