#!/bin/sh
# Load test of a running "lede serve" with wrk (apt-get install wrk).
# Usage: wrk.sh [BASE_URL] — default http://127.0.0.1:8080.
# Environment: N (article ids cycled, default 181), WORD (search word, default trump),
# PERSON (default: the most named person of the base, asked from the API).
#   lede ingest --db /tmp/sh.db ../shared/bench/scrapinghub/html
#   lede serve --db /tmp/sh.db --no-sample --quiet --addr 127.0.0.1:8080 &
#   internal/server/testdata/load/wrk.sh
B=${1:-http://127.0.0.1:8080}
here=$(dirname "$0")
WORD=${WORD:-trump}
if [ -z "$PERSON" ]; then
	PERSON=$(curl -s "$B/api/v1/entities/people?limit=1" | sed -n 's/.*"name":"\([^"]*\)".*/\1/p')
fi
P=$(printf '%s' "$PERSON" | sed 's/ /+/g')
PP=$(printf '%s' "$PERSON" | sed 's/ /%20/g')
echo "== GET /api/v1/articles/{id}, 2 threads, 32 connections, 10 s"
wrk -t2 -c32 -d10s -s "$here/articles.lua" "$B" | grep -E "Requests/sec|non-2xx|Latency"
for q in "articles?q=$WORD" "articles?person=$P" "articles?limit=20" "articles?q=the" \
	"articles?facets=1&q=$WORD" "quotes?speaker=$P" "entities/people" "entities/people/$PP" \
	"sources" "timeline?person=$P"; do
	echo "== GET /api/v1/$q, 2 threads, 16 connections, 6 s"
	wrk -t2 -c16 -d6s "$B/api/v1/$q" | grep -E "Requests/sec|Non-2xx|Latency"
done
echo "== GET /healthz"
wrk -t2 -c16 -d6s "$B/healthz" | grep -E "Requests/sec|Non-2xx|Latency"
