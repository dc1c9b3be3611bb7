#!/bin/bash
# The reference's ladder (../shared/bench-reference) with CPU per request measured as modules/meting measures
# Schakel's: the user + system time of the reference's Payara JVM and of its PostgreSQL cluster (the postmaster, its
# children, and the children it reaped) over each 30 s measured step, after 20 s of warm-up per step, 16 connections.
# A benchmark helper, not a test: set the reference up first as its README says.
#
# usage: modules/meting/referentieladder.sh <reference project dir> <its PostgreSQL data dir> [http port, 34080]
set -euo pipefail
REF=${1:?"de map van het referentieproject (met keys/token.txt en tools/*.lua)"}
PGDATA=${2:?"de datamap van de PostgreSQL van de referentie"}
BASE=http://127.0.0.1:${3:-34080}
C=16
cd "$REF"
export TOKEN=$(cat keys/token.txt)
JPID=$(pgrep -f "payara6.*domains/ref" | head -1 || true)
[ -n "$JPID" ] || { echo "geen draaiende Payara van de referentie (domein ref) gevonden" >&2; exit 1; }
[ -r "$PGDATA/postmaster.pid" ] || { echo "geen draaiende PostgreSQL in $PGDATA" >&2; exit 1; }
TCK=$(getconf CLK_TCK)

cpu_payara() { awk '{print $14 + $15}' /proc/$JPID/stat; }
cpu_postgres() {
    local pm; pm=$(head -1 "$PGDATA/postmaster.pid")
    { awk '{print $14 + $15 + $16 + $17}' /proc/$pm/stat
      for p in $(ps -o pid= --ppid "$pm"); do [ -r /proc/$p/stat ] && awk '{print $14 + $15}' /proc/$p/stat; done
    } | awk '{s += $1} END {print s + 0}'
}

stap() {
    local laag=$1 pad=$2 soort=$3 script url
    if [ "$soort" = rand ]; then script=tools/rand.lua; export PREFIX=$pad; url=$BASE/; else script=tools/fixed.lua; url=$BASE$pad; fi
    wrk -t2 -c$C -d20s -s $script "$url" > /dev/null 2>&1
    local j0 g0 j1 g1 uit
    j0=$(cpu_payara); g0=$(cpu_postgres)
    uit=$(wrk -t2 -c$C -d30s --latency -s $script "$url" 2>&1)
    j1=$(cpu_payara); g1=$(cpu_postgres)
    awk -v L="$laag" -v j=$((j1 - j0)) -v g=$((g1 - g0)) -v t="$TCK" '
        /Requests\/sec/ {r = $2} /requests in/ {n = $1} /Non-2xx/ {x = $5}
        END {printf "%s %8.0f req/s  CPU ms/req %.2f (Payara %.2f + PostgreSQL %.2f) niet-2xx %d\n",
             L, r, (j + g) * 1000 / t / n, j * 1000 / t / n, g * 1000 / t / n, x}' <<< "$uit"
}

echo "== referentie $(date -u +%T)"
stap B0 /ref/api/static fixed
stap B1 /ref/api/jwt/static fixed
stap B2 /ref/api/jwt/items/ rand
stap B3 /ref/api/jwt/authz/items/ rand
stap B4 /ref/api/jwt/audited/items/ rand
echo "== einde $(date -u +%T)"
