#!/usr/bin/env bash
# The fleet of deploy/compose.yaml on one machine, without containers, on loopback only: three
# yrdqa-server replicas and nginx (grpc_pass) in front of them. It installs nginx from the Debian
# packages when missing (needs root), starts everything, runs `yrdqa bench` through the balancer,
# client-side over the three replicas, and straight at one replica, in turn (A B C, --rounds
# times), prints the medians, the balancer's overhead as a ratio and how the balancer spread the
# calls over the replicas (from their /metrics), then stops everything it started.
#
#   cargo build --release -p yrdqa-server -p yrdqa-client
#   deploy/fleet.sh                      # 3 rounds of 5 s each; see the variables below
#
# Not part of `cargo test`: it installs a package and takes a minute.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=${YRDQA_BIN:-$ROOT/target/release}
BALANCER_PORT=${BALANCER_PORT:-50150}
DURATION=${DURATION:-5}
ROUNDS=${ROUNDS:-3}
CONCURRENCY=${CONCURRENCY:-32}
CONNECTIONS=${CONNECTIONS:-4}
RPC=${RPC:-ask}

for bin in yrdqa-server yrdqa; do
    [[ -x $BIN/$bin ]] || { echo "fleet: $BIN/$bin is missing: cargo build --release -p yrdqa-server -p yrdqa-client" >&2; exit 1; }
done
if ! command -v nginx >/dev/null; then
    [[ $(id -u) == 0 ]] || { echo "fleet: nginx is missing; run as root to install it, or apt-get install nginx" >&2; exit 1; }
    echo "fleet: installing nginx from the Debian packages" >&2
    apt-get update -qq
    # RUNLEVEL=1: the package's own service (port 80, all interfaces) is not started.
    RUNLEVEL=1 DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nginx >/dev/null
fi
if (exec 3<>"/dev/tcp/127.0.0.1/$BALANCER_PORT") 2>/dev/null; then
    echo "fleet: 127.0.0.1:$BALANCER_PORT is taken; set BALANCER_PORT" >&2
    exit 1
fi

WORK=$(mktemp -d)
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

# One shared, watched corpus directory, as in Kubernetes and compose.
mkdir -p "$WORK/corpus"
cp "$ROOT"/server/corpus/*.txt "$WORK/corpus/"

GRPC=()
METRICS=()
for i in 1 2 3; do
    "$BIN/yrdqa-server" --listen 127.0.0.1:0 --corpus "$WORK/corpus" --watch --metrics-listen 127.0.0.1:0 \
        >"$WORK/replica$i.out" 2>"$WORK/replica$i.err" &
    PIDS+=($!)
done
for i in 1 2 3; do
    for _ in $(seq 300); do
        grep -q "listening on" "$WORK/replica$i.out" 2>/dev/null && break
        sleep 0.1
    done
    GRPC+=("$(sed -n 's/^yrdqa-server listening on \([^ ]*\).*/\1/p' "$WORK/replica$i.out")")
    METRICS+=("$(grep -o 'metrics at http://[^/]*' "$WORK/replica$i.err" | sed 's|.*http://||')")
    [[ -n ${GRPC[i-1]} && -n ${METRICS[i-1]} ]] || { echo "fleet: replica $i did not start:" >&2; cat "$WORK/replica$i.err" >&2; exit 1; }
done

cat >"$WORK/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx.err warn;
daemon off;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $WORK/nginx-body;
    proxy_temp_path $WORK/nginx-proxy;
    fastcgi_temp_path $WORK/nginx-fastcgi;
    uwsgi_temp_path $WORK/nginx-uwsgi;
    scgi_temp_path $WORK/nginx-scgi;
    upstream yrdqa {
        server ${GRPC[0]};
        server ${GRPC[1]};
        server ${GRPC[2]};
        keepalive 32;
        keepalive_requests 1000000;
    }
    # nginx closes a client's connection after 1000 requests by default (GOAWAY): a gRPC client's
    # connection carries every call, so each close would fail the calls in flight on it.
    keepalive_requests 1000000;
    server {
        listen 127.0.0.1:$BALANCER_PORT http2;
        location / { grpc_pass grpc://yrdqa; }
    }
}
CONF
nginx -t -q -p "$WORK" -c "$WORK/nginx.conf"
nginx -p "$WORK" -c "$WORK/nginx.conf" &
PIDS+=($!)
for _ in $(seq 100); do
    "$BIN/yrdqa" --addr "http://127.0.0.1:$BALANCER_PORT" health >/dev/null 2>&1 && break
    sleep 0.1
done

# Ask calls answered by each replica, from its /metrics.
answered() {
    local addr=$1 line
    line=$(exec 3<>"/dev/tcp/${addr%:*}/${addr#*:}"; printf 'GET /metrics HTTP/1.0\r\n\r\n' >&3; cat <&3)
    awk -v m="/yrdqa.v1.QaService/${RPC_METHOD}" '
        $1 ~ /^yrdqa_calls_total\{/ && index($1, "method=\"" m "\"") && index($1, "code=\"OK\"") { n += $2 }
        END { print n + 0 }' <<<"$line"
}
case $RPC in
    ask) RPC_METHOD=Ask ;;
    get-meeting) RPC_METHOD=GetMeeting ;;
    *) echo "fleet: RPC must be ask or get-meeting" >&2; exit 1 ;;
esac

bench() {
    "$BIN/yrdqa" --addr "$1" --json bench --rpc "$RPC" --concurrency "$CONCURRENCY" --connections "$CONNECTIONS" \
        --duration "$DURATION" --warmup 1
}
ALL="http://${GRPC[0]},http://${GRPC[1]},http://${GRPC[2]}"
: >"$WORK/results"
for round in $(seq "$ROUNDS"); do
    for setup in balancer client-side direct; do
        case $setup in
            balancer) addr="http://127.0.0.1:$BALANCER_PORT" ;;
            client-side) addr=$ALL ;;
            direct) addr="http://${GRPC[0]}" ;;
        esac
        echo "fleet: round $round, $setup" >&2
        before=()
        for m in "${METRICS[@]}"; do before+=("$(answered "$m")"); done
        result=$(bench "$addr")
        spread=()
        for i in 0 1 2; do spread+=($(( $(answered "${METRICS[i]}") - before[i] ))); done
        echo "{\"setup\":\"$setup\",\"spread\":[${spread[0]},${spread[1]},${spread[2]}],${result#\{}" >>"$WORK/results"
    done
done

python3 - "$WORK/results" <<'PY'
import json, statistics, sys
runs = [json.loads(line) for line in open(sys.argv[1])]
by = {}
for r in runs:
    by.setdefault(r["setup"], []).append(r)
med = lambda setup, key: statistics.median(r[key] for r in by[setup])
print(f"| setup | requests/s (median) | p50 µs | p99 µs | errors |")
print(f"| --- | --- | --- | --- | --- |")
for setup in ["direct", "client-side", "balancer"]:
    errors = sum(r["errors"] for r in by[setup])
    print(f"| {setup} | {med(setup, 'qps'):.0f} | {med(setup, 'p50_us'):.0f} | {med(setup, 'p99_us'):.0f} | {errors} |")
print()
print(f"balancer / direct, requests/s: {med('balancer', 'qps') / med('direct', 'qps'):.2f}; "
      f"p50: {med('balancer', 'p50_us') / med('direct', 'p50_us'):.2f}")
print(f"client-side / direct, requests/s: {med('client-side', 'qps') / med('direct', 'qps'):.2f}; "
      f"p50: {med('client-side', 'p50_us') / med('direct', 'p50_us'):.2f}")
print()
print("calls answered by each replica, all rounds (warm-up included):")
for setup in ["direct", "client-side", "balancer"]:
    totals = [sum(r["spread"][i] for r in by[setup]) for i in range(3)]
    shares = ", ".join(f"{100 * t / max(sum(totals), 1):.1f}%" for t in totals)
    print(f"  {setup}: {totals} ({shares})")
PY

