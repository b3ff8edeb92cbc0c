#!/usr/bin/env bash
# keytar against a real Secret Service: gnome-keyring in a private D-Bus session, unlocked
# from stdin, with a throwaway HOME so no real keyring is touched.
# Usage: scripts/test-keychain.sh [vitest-json-output-file]
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in dbus-run-session gnome-keyring-daemon; do
  if ! command -v "$tool" >/dev/null; then
    echo "The keychain tests need $tool: sudo apt-get install -y gnome-keyring dbus" >&2
    exit 1
  fi
done
args=()
if [ -n "${1:-}" ]; then args=(--reporter=default --reporter=json "--outputFile=$1"); fi
PURSE_TEST_HOME="$(mktemp -d)"
trap 'rm -rf "$PURSE_TEST_HOME"' EXIT
HOME="$PURSE_TEST_HOME" dbus-run-session -- bash -c '
  echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec ./node_modules/.bin/vitest run --config vitest.keychain.config.ts "$@"
' keychain "${args[@]}"
