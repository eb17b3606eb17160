#!/usr/bin/env bash
# Runs every check and test of Mitwirken: formatting, vet, the reproducible
# PWA build, the Go tests against the real PocketBase app, and the browser
# tests in Debian's chromium. Installs what it needs first.
set -euo pipefail
cd "$(dirname "$0")"
reports=$(mktemp -d)
trap 'rm -rf "$reports"' EXIT

# summary prints the counts of both suites, the measured quality (duplicate
# precision@3 and recall on the tuning and held-out pairs, the themes' ARI)
# and the wall time.
summary() {
  echo "== summary"
  node tests/test_report.mjs summary "$reports/go.json" "$reports/browser.txt" "$SECONDS"
}

if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  echo "== installing Debian's chromium for the browser tests"
  sudo_cmd=""
  [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y chromium
fi

echo "== npm ci"
npm ci --no-audit --no-fund

echo "== gofmt and go vet"
unformatted=$(gofmt -l $(git ls-files '*.go'))
if [ -n "$unformatted" ]; then
  echo "gofmt would change: $unformatted" >&2
  exit 1
fi
go vet ./...

echo "== pb_public/ is the build of ui/"
node ui/build.mjs --check

# The Go tests print their ok/FAIL lines and failing output as plain
# `go test` does; the duplicate detection's precision@3 on the labelled pairs
# (tests/testdata/similar_pairs.json) is in the summary.
echo "== go tests"
# The tests package runs about ten minutes on two cores: more than go test's
# default limit once a machine is busy.
if ! go test -count=1 -timeout 45m -json ./... | node tests/test_report.mjs go "$reports/go.json"; then
  summary
  exit 1
fi

echo "== browser tests"
if ! node --test --test-concurrency=1 tests/browser/ | tee "$reports/browser.txt"; then
  summary
  exit 1
fi
summary
