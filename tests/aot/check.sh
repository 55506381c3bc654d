#!/usr/bin/env bash
# The Native AOT check: publishes samples/Pulsetic.AotSample ahead of time, fails on any trim or AOT warning
# (IL2xxx, IL3xxx), and runs the native binary against the simulator over real HTTP.
# One check per step: toolchain, publish with 0 IL warnings, native run ok. Prints "aot: N passed, M failed" and exits
# non-zero when any check failed. Needs root (as in CI) only when a native build package is missing.
set -uo pipefail
cd "$(dirname "$0")/../.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export MSBUILDDISABLENODEREUSE=1

readonly token="pulsetic-sim-dev-token"
work="$(mktemp -d)"
simulator_pid=""
passed=0
failed=0

cleanup() {
  if [ -n "$simulator_pid" ] && kill -0 "$simulator_pid" 2>/dev/null; then
    # The simulator runs in its own process group (setsid below), so this stops `dotnet run` and the server it
    # started together; without a group of its own, `dotnet run` passes SIGTERM on to the server.
    local target="$simulator_pid"
    [ "$(ps -o pgid= -p "$simulator_pid" | tr -d ' ')" = "$simulator_pid" ] && target="-$simulator_pid"
    kill -TERM -- "$target" 2>/dev/null
    for _ in $(seq 1 50); do kill -0 "$simulator_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "$target" 2>/dev/null
  fi
  rm -rf "$work"
}
trap cleanup EXIT

pass() { passed=$((passed + 1)); echo "aot check passed: $1"; }
fail() { failed=$((failed + 1)); echo "aot check FAILED: $1" >&2; }

# ---------------------------------------------------------------- 1. native toolchain
# Without -q: grep -q stops reading early, ldconfig then dies of SIGPIPE, and pipefail turns that into "missing".
has_zlib() { ldconfig -p 2>/dev/null | grep -E '^\s*libz\.so ' >/dev/null; }

# Native AOT links with clang or gcc (the ILCompiler falls back to gcc), strips symbols with objcopy (binutils),
# needs the C runtime objects (libc6-dev), and Microsoft's prerequisites name zlib1g-dev.
toolchain_ok() {
  local missing=0
  if ! command -v clang >/dev/null 2>&1 && ! command -v gcc >/dev/null 2>&1; then
    echo "  no C compiler/linker: neither clang nor gcc is on PATH"; missing=1
  fi
  if ! command -v objcopy >/dev/null 2>&1 && ! command -v llvm-objcopy >/dev/null 2>&1; then
    echo "  no objcopy"; missing=1
  fi
  if ! has_zlib; then
    echo "  no zlib development library (libz.so)"; missing=1
  fi
  return $missing
}

# Proves the pieces work together: a tiny C program compiles, links against libc, libm and zlib, and runs.
link_test() {
  local cc
  cc="$(command -v clang || command -v gcc)" || return 1
  printf 'int main(void) { return 0; }\n' > "$work/probe.c"
  "$cc" "$work/probe.c" -o "$work/probe" -lz -lm -ldl -lpthread && "$work/probe"
}

echo "== toolchain"
if ! toolchain_ok || ! link_test >/dev/null 2>&1; then
  packages=()
  command -v clang >/dev/null 2>&1 || command -v gcc >/dev/null 2>&1 || packages+=(gcc)
  command -v objcopy >/dev/null 2>&1 || command -v llvm-objcopy >/dev/null 2>&1 || packages+=(binutils)
  has_zlib || packages+=(zlib1g-dev)
  packages+=(libc6-dev)
  echo "  installing: ${packages[*]}"
  if [ "$(id -u)" -ne 0 ]; then
    echo "  not root: install them with 'apt-get install -y ${packages[*]}'" >&2
  else
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq "${packages[@]}" >/dev/null
  fi
fi
if toolchain_ok && link_test; then
  compiler="$(command -v clang || command -v gcc)"
  pass "toolchain ($("$compiler" --version | head -1), $(objcopy --version 2>/dev/null | head -1), libz.so present, a C program links with -lz)"
else
  fail "toolchain: a native compiler/linker, objcopy or zlib is missing (apt packages: gcc or clang, binutils, libc6-dev, zlib1g-dev)"
fi

# ---------------------------------------------------------------- 2. AOT publish with no IL warning
echo "== publish"
publish_dir="$work/publish"
publish_log="$work/publish.log"
binary="$publish_dir/Pulsetic.AotSample"
start=$(date +%s)
dotnet publish samples/Pulsetic.AotSample -c Release -r linux-x64 -o "$publish_dir" 2>&1 | tee "$publish_log"
publish_status=${PIPESTATUS[0]}
publish_seconds=$(( $(date +%s) - start ))
# With TreatWarningsAsErrors an IL warning is reported as an error; count both spellings, once each.
il_findings="$(grep -oE '(warning|error) IL[23][0-9]{3}:.*' "$publish_log" | sort -u)"
il_count=$(printf '%s' "$il_findings" | grep -c . || true)
if [ "$publish_status" -eq 0 ] && [ "$il_count" -eq 0 ] && [ -x "$binary" ] && [ ! -e "$publish_dir/Pulsetic.AotSample.dll" ]; then
  size=$(stat -c %s "$binary")
  pass "publish in ${publish_seconds} s, 0 IL2xxx/IL3xxx warnings, native binary $(awk -v b="$size" 'BEGIN { printf "%.1f MB", b / 1048576 }') ($size bytes)"
else
  [ "$il_count" -gt 0 ] && printf 'IL trim/AOT findings (%s):\n%s\n' "$il_count" "$il_findings" >&2
  [ -e "$publish_dir/Pulsetic.AotSample.dll" ] && echo "the publish output holds a managed Pulsetic.AotSample.dll: it was not compiled ahead of time" >&2
  fail "publish (exit $publish_status, $il_count IL2xxx/IL3xxx findings, after ${publish_seconds} s)"
fi

# ---------------------------------------------------------------- 3. the native binary against the simulator
echo "== native run"
run_ok=false
if [ ! -x "$binary" ]; then
  echo "  no native binary to run" >&2
elif ! dotnet build tests/PulseticGen.Simulator -c Release -v quiet -nologo > "$work/simulator-build.log" 2>&1; then
  cat "$work/simulator-build.log" >&2
  echo "  the simulator did not build" >&2
else
  # Port 0: the simulator takes a free loopback port and names it in its first line.
  simulator_log="$work/simulator.log"
  setsid dotnet run --project tests/PulseticGen.Simulator -c Release --no-build --no-launch-profile -- \
    --urls http://127.0.0.1:0 --quiet > "$simulator_log" 2>&1 &
  simulator_pid=$!
  base_url=""
  for _ in $(seq 1 120); do
    base_url="$(grep -oE 'listening on http://127\.0\.0\.1:[0-9]+/api/public/' "$simulator_log" | head -1 | sed 's/^listening on //')"
    [ -n "$base_url" ] && break
    kill -0 "$simulator_pid" 2>/dev/null || break
    sleep 0.5
  done
  answered=false
  if [ -n "$base_url" ]; then
    for _ in $(seq 1 30); do
      if curl -fsS -o /dev/null --max-time 5 -H "Authorization: $token" "${base_url}monitors"; then answered=true; break; fi
      sleep 1
    done
  fi
  if [ "$answered" != true ]; then
    cat "$simulator_log" >&2
    echo "  the simulator did not answer (base URL: '${base_url:-none}')" >&2
  else
    echo "  simulator at $base_url"
    timeout 120 "$binary" --base-url "$base_url" --token "$token" > "$work/run.log" 2>&1
    run_status=$?
    cat "$work/run.log"
    if [ "$run_status" -eq 0 ] && grep -qx 'aot-sample: ok' "$work/run.log"; then
      run_ok=true
    else
      echo "  the native binary exited $run_status$(grep -qx 'aot-sample: ok' "$work/run.log" || echo " without 'aot-sample: ok'")" >&2
    fi
  fi
fi
if [ "$run_ok" = true ]; then pass "native run against the simulator: aot-sample: ok, exit 0"; else fail "native run against the simulator"; fi

echo "aot: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
