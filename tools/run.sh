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
  local missing=() sudo=""
  # CHROMIUM_PATH names another Chromium or Chrome to drive (as on GitHub's runners, which ship Chrome).
  [ -x "${CHROMIUM_PATH:-}" ] || command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v tmux >/dev/null 2>&1 || missing+=(tmux)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "==> system packages: ${missing[*]}"
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

case "$1" in
  start)
    setup_toolchain
    port="${PORT:-3000}"
    # Every absolute URL the site writes (canonical links, sitemap, citations) points at this server.
    export SITE_URL="http://localhost:$port"
    pnpm data
    pnpm turbo run build --filter=@report/web... --output-logs=errors-only
    echo "==> website: $SITE_URL (Ctrl+C to stop)"
    # The server itself, not through pnpm: Ctrl+C then stops it without pnpm reporting a failed command.
    cd apps/web && exec node server.ts --hostname localhost --port "$port"
    ;;
  test)
    # The production builds the tests run need a public origin; the tests serve the site on loopback.
    export SITE_URL="${SITE_URL:-http://localhost:3000}"
    setup_toolchain
    setup_system
    pnpm lint
    pnpm turbo run build typecheck --output-logs=errors-only
    # One test task at a time: the browser, terminal and server tests share two cores.
    pnpm turbo run test --concurrency=1 --continue --output-logs=new-only
    ;;
  bench)
    export SITE_URL="${SITE_URL:-http://localhost:3000}"
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
