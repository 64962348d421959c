#!/usr/bin/env bash
# One entry point for a fresh machine: installs the pinned toolchain (Node 24 and pnpm from the
# npm registry, since corepack and pnpm's own Node download fail here), the workspace, and, for
# tests, the system packages the browser and terminal tests drive. Then runs the job.
#
#   ./tools/run.sh start   build and validate the data, build the website, serve it on localhost
#   ./tools/run.sh test    run every check: build, typecheck, lint and all tests
#   ./tools/run.sh bench   run every benchmark and write BENCHMARKS.md
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { echo "usage: ./tools/run.sh start|test|bench" >&2; }
[ $# -eq 1 ] || { echo "tools/run.sh: expected one command" >&2; usage; exit 2; }

export TURBO_TELEMETRY_DISABLED=1 NEXT_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1
export npm_config_update_notifier=false

setup_toolchain() {
  echo "==> toolchain: Node and pnpm pinned in tools/package-lock.json"
  npm ci --prefix tools --no-audit --no-fund --loglevel=error
  export PATH="$PWD/tools/node_modules/.bin:$PATH"
  echo "    node $(node --version), pnpm $(pnpm --version)"
  echo "==> workspace: pnpm install --frozen-lockfile"
  pnpm install --frozen-lockfile --reporter=append-only
}

setup_system() {
  local missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v tmux >/dev/null 2>&1 || missing+=(tmux)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "==> system packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

case "$1" in
  start)
    setup_toolchain
    pnpm data
    pnpm turbo run build --filter=@report/web... --output-logs=errors-only
    port="${PORT:-3000}"
    echo "==> website: http://localhost:$port (Ctrl+C to stop)"
    exec pnpm --filter @report/web start --hostname localhost --port "$port"
    ;;
  test)
    setup_toolchain
    setup_system
    pnpm lint
    pnpm turbo run build typecheck --output-logs=errors-only
    # One test task at a time: the browser, terminal and server tests share two cores.
    pnpm turbo run test --concurrency=1 --continue --output-logs=new-only
    ;;
  bench)
    setup_toolchain
    setup_system
    pnpm bench
    ;;
  *)
    echo "tools/run.sh: unknown command '$1'" >&2
    usage
    exit 2
    ;;
esac
