#!/usr/bin/env bash
# run-bench.sh: Amtsweg's convert vs bpmn-moddle on generated models, plus bench_io, as one
# markdown table for the README ("Speed"). `make bench` builds everything and runs this.
#
# Environment: BUILD (build folder, default build), SHARED_DIR (default ../shared),
# SIZES (default "1000 5000 20000"), RUNS (timed runs per command, default 5).
# `run-bench.sh --table` prints the table of the last run again without measuring.
#
# For every size: wall time of the whole process (median of RUNS; hyperfine when installed,
# else a timing loop) and peak RSS (/usr/bin/time -f %M) of
#   build/bin/amtsweg convert IN OUT.bpmn
#   node tests/bench/moddle-roundtrip.mjs IN OUT   (bpmn-moddle fromXML + toXML)
# then bench_io (tinyxml2 parse, BpmnReader, BpmnWriter, memory per element).
#
# First the repository load test (issue 8): bench_repositoryload, LOAD_PROCESSES (8) worker
# processes × LOAD_SAVES (200) saves on one model and on one model each, on a SQLite file and,
# when AMTSWEG_TEST_POSTGRES names a server (`make bench` starts the throwaway test server), on
# PostgreSQL; its own table, README "Repository under load". LOAD=0 skips it. The script exits
# 1 at the end when the load test found a lost update, an error other than a conflict or a
# failed repository check.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
BUILD=${BUILD:-build}
SHARED_DIR=${SHARED_DIR:-$ROOT/../shared}
SIZES=${SIZES:-1000 5000 20000}
RUNS=${RUNS:-5}
OUT="$BUILD/bench"
AMTSWEG="$BUILD/bin/amtsweg"
BENCH_IO="$BUILD/bin/bench_io"
export NODE_PATH="$ROOT/$BUILD/npm/node_modules"
[[ $BUILD == /* ]] && NODE_PATH="$BUILD/npm/node_modules"

say() { printf '\n== %s\n' "$*"; }

RESULTS="$OUT/results.tsv"
BENCH_JSON="$OUT/bench_io.json"
TABLE_ONLY=0
[[ ${1:-} == --table ]] && TABLE_ONLY=1   # print the table of the last run again

LOAD_LOG="$OUT/repositoryload.txt"
BENCH_LOAD="$BUILD/bin/bench_repositoryload"
load_failed=0
if [[ ${LOAD:-1} != 0 && $TABLE_ONLY == 0 ]]; then
  mkdir -p "$OUT"
  say "repository load test: bench_repositoryload, ${LOAD_PROCESSES:-8} processes × ${LOAD_SAVES:-200} saves"
  if [[ -x $BENCH_LOAD ]]; then
    "$BENCH_LOAD" --processes="${LOAD_PROCESSES:-8}" --saves="${LOAD_SAVES:-200}" \
      --runs="${LOAD_RUNS:-1}" | tee "$LOAD_LOG" || load_failed=1
  else
    echo "run-bench: $BENCH_LOAD not built; the load test did not run"
  fi
fi
# load_verdict: the load test's table again (last run), and the exit status it asks for.
load_verdict() {
  if [[ -f $LOAD_LOG ]]; then
    say "repository load test (markdown, for README \"Repository under load\")"
    sed -n '/^| backend |/,$p' "$LOAD_LOG"
  fi
  if [[ $load_failed == 1 ]]; then
    echo "run-bench: THE REPOSITORY LOAD TEST FAILED (the FAILED lines above say what)"
    return 1
  fi
}

GENERATOR="$SHARED_DIR/tools/gen-large-bpmn.py"
if [[ ! -f $GENERATOR ]]; then
  echo "run-bench: $GENERATOR not found (shared folder absent): skipped"
  load_verdict
  exit 0
fi
mkdir -p "$OUT"

if [[ $TABLE_ONLY == 0 ]]; then
say "generating models ($SIZES flow nodes) into $OUT"
for n in $SIZES; do
  [[ -f $OUT/large-$n.bpmn ]] || python3 "$GENERATOR" "$n" "$OUT/large-$n.bpmn"
  printf '  large-%s.bpmn: %s bytes\n' "$n" "$(stat -c %s "$OUT/large-$n.bpmn")"
done

# median_seconds CMD...: "WALL CPU", the median wall time and the median CPU time (user +
# system) in seconds over RUNS runs, after one warm-up run; fails when the command does.
median_seconds() {
  if command -v hyperfine >/dev/null 2>&1; then
    hyperfine --style none --warmup 1 --runs "$RUNS" -N --export-json "$OUT/hyperfine.json" \
      "$(printf '%q ' "$@")" >/dev/null 2>&1 || return 1
    python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print("%.4f %.4f" % (r["median"], r["user"] + r["system"]))' \
      "$OUT/hyperfine.json"
  else
    python3 - "$RUNS" "$@" <<'PY'
import os, statistics, subprocess, sys, time
runs, cmd = int(sys.argv[1]), sys.argv[2:]
def once():
    t = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(p.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(1)
    return time.perf_counter() - t, usage.ru_utime + usage.ru_stime
once()
wall, cpu = zip(*(once() for _ in range(runs)))
print("%.4f %.4f" % (statistics.median(wall), statistics.median(cpu)))
PY
  fi
}

# peak_kb CMD...: peak resident set size of one run in KB.
peak_kb() {
  /usr/bin/time -f %M -o "$OUT/time.txt" "$@" >/dev/null 2>&1 || return 1
  tail -n 1 "$OUT/time.txt"
}

printf 'size\tbytes\tconvert_s\tconvert_cpu\tconvert_kb\tmoddle_s\tmoddle_cpu\tmoddle_kb\n' >"$RESULTS"
have_convert=1
if [[ ! -x $AMTSWEG ]] || ! "$AMTSWEG" convert "$OUT/large-${SIZES%% *}.bpmn" "$OUT/probe.bpmn" >/dev/null 2>&1; then
  echo "run-bench: '$AMTSWEG convert' is not available or failed; its columns stay empty"
  have_convert=0
fi
have_node=1
if ! command -v node >/dev/null 2>&1 || [[ ! -d $NODE_PATH/bpmn-moddle ]]; then
  echo "run-bench: node or bpmn-moddle ($NODE_PATH) missing; run make npm; its columns stay empty"
  have_node=0
fi

for n in $SIZES; do
  in="$OUT/large-$n.bpmn"
  convert_s=- convert_cpu=- convert_kb=- moddle_s=- moddle_cpu=- moddle_kb=-
  if [[ $have_convert == 1 ]]; then
    say "amtsweg convert, $n flow nodes ($RUNS runs)"
    read -r convert_s convert_cpu < <(median_seconds "$AMTSWEG" convert "$in" "$OUT/out-amtsweg-$n.bpmn" || echo failed -)
    convert_kb=$(peak_kb "$AMTSWEG" convert "$in" "$OUT/out-amtsweg-$n.bpmn") || convert_kb=failed
    echo "  median $convert_s s wall, $convert_cpu s CPU, peak RSS $convert_kb KB"
  fi
  if [[ $have_node == 1 ]]; then
    say "bpmn-moddle fromXML + toXML, $n flow nodes ($RUNS runs)"
    read -r moddle_s moddle_cpu < <(median_seconds node tests/bench/moddle-roundtrip.mjs "$in" "$OUT/out-moddle-$n.bpmn" || echo failed -)
    moddle_kb=$(peak_kb node tests/bench/moddle-roundtrip.mjs "$in" "$OUT/out-moddle-$n.bpmn") || moddle_kb=failed
    echo "  median $moddle_s s wall, $moddle_cpu s CPU, peak RSS $moddle_kb KB"
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$(stat -c %s "$in")" "$convert_s" "$convert_cpu" \
    "$convert_kb" "$moddle_s" "$moddle_cpu" "$moddle_kb" >>"$RESULTS"
done

rm -f "$BENCH_JSON"
if [[ -x $BENCH_IO ]]; then
  say "bench_io (Google Benchmark)"
  "$BENCH_IO" --sizes="${SIZES// /,}" --data-dir="$OUT" \
    --benchmark_repetitions=3 --benchmark_report_aggregates_only=true \
    --benchmark_out="$BENCH_JSON" --benchmark_out_format=json || echo "run-bench: bench_io failed"
else
  echo "run-bench: $BENCH_IO not built (libbenchmark-dev missing?); its columns stay empty"
fi
fi # TABLE_ONLY

say "results (markdown, for README \"Speed\")"
python3 - "$RESULTS" "$BENCH_JSON" "$(nproc)" "$RUNS" <<'PY'
import csv, json, os, platform, sys

results, bench_json, cores, runs = sys.argv[1:5]
rows = list(csv.DictReader(open(results), delimiter="\t"))
bench = {}
if os.path.exists(bench_json):
    for b in json.load(open(bench_json)).get("benchmarks", []):
        if b.get("error_occurred") or b.get("aggregate_name", "median") != "median":
            continue
        what, _, size = b.get("run_name", b["name"]).partition("/")
        bench[(what, size.split("/")[0])] = b

def num(v):
    try:
        return float(v)
    except (TypeError, ValueError):
        return None

def secs(v):
    v = num(v)
    return "–" if v is None else (f"{v * 1000:.0f} ms" if v < 0.9995 else f"{v:.2f} s")

def ms(what, size):
    b = bench.get((what, size))
    if not b:
        return None
    t = b["cpu_time"]
    return {"ns": t / 1e6, "us": t / 1e3, "ms": t, "s": t * 1e3}[b.get("time_unit", "ns")]

def fmt_ms(v):
    return "–" if v is None else (f"{v:.1f} ms" if v < 100 else f"{v:.0f} ms")

def mib(kb):
    kb = num(kb)
    return "–" if kb is None else f"{kb / 1024:.0f} MiB"

def counter(what, size, name):
    b = bench.get((what, size))
    return None if not b or name not in b else b[name]

def wall_cpu(wall, cpu):
    return secs(wall) if num(cpu) is None else f"{secs(wall)} ({secs(cpu)} CPU)"

print("| flow nodes (file) | `amtsweg convert` | bpmn-moddle fromXML + toXML | speed-up "
      "| peak RSS Amtsweg / moddle | tinyxml2 parse | Amtsweg read | read ÷ parse | Amtsweg write "
      "| memory per flow node: model (per XML node) / RSS growth |")
print("|" + "---:|" * 10)
for r in rows:
    n = r["size"]
    c, m = num(r["convert_cpu"]) or num(r["convert_s"]), num(r["moddle_cpu"]) or num(r["moddle_s"])
    speedup = f"{m / c:.0f}×" if c and m else "–"
    parse, read, write = ms("tinyxml2_parse", n), ms("read", n), ms("write", n)
    ratio = f"{read / parse:.1f}×" if parse and read else "–"
    mem, mem_node = counter("read", n, "mem_per_flow_node"), counter("read", n, "mem_per_node")
    rss = counter("read", n, "rss_per_flow_node")
    mem_s = "–" if mem is None else f"{mem / 1024:.2f} KiB ({mem_node:.0f} B) / {rss / 1024:.2f} KiB"
    size = f"{int(n):,} ({int(r['bytes']) / 1e6:.1f} MB)"
    print(f"| {size} | {wall_cpu(r['convert_s'], r['convert_cpu'])} | {wall_cpu(r['moddle_s'], r['moddle_cpu'])} "
          f"| {speedup} | {mib(r['convert_kb'])} / {mib(r['moddle_kb'])} | {fmt_ms(parse)} | {fmt_ms(read)} "
          f"| {ratio} | {fmt_ms(write)} | {mem_s} |")
print()
print(f"Whole process: median wall time of {runs} runs (CPU time: user + system; the speed-up compares CPU times); "
      f"{platform.machine()}, {cores} cores, {platform.system()} {platform.release().split('-')[0]}; "
      "parse/read/write: in-process CPU time, median of 3 Google Benchmark repetitions.")
PY
load_verdict
