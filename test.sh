#!/usr/bin/env bash
# Runs every check and test of Mitwirken: formatting, vet, the reproducible
# PWA build, the Go tests against the real PocketBase app, and the browser
# tests in Debian's chromium. Installs what it needs first.
set -euo pipefail
cd "$(dirname "$0")"

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
unformatted=$(gofmt -l main.go public.go hooks migrations demo tests)
if [ -n "$unformatted" ]; then
  echo "gofmt would change: $unformatted" >&2
  exit 1
fi
go vet ./...

echo "== pb_public/ is the build of ui/"
node ui/build.mjs --check

echo "== go tests"
go test -count=1 ./...

echo "== duplicate detection on the labelled pairs (tests/testdata/similar_pairs.json)"
go test -count=1 -run '^TestSimilarIdeasFindDuplicatesOfLabelledPairs$' -v ./tests | grep 'precision@3'

echo "== browser tests"
node --test --test-concurrency=1 tests/browser/
