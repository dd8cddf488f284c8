#!/usr/bin/env bash
# One command runs every test:  ./test.sh   (extra arguments go to pytest, e.g. ./test.sh -m "not browser")
# It creates .venv, installs requirements-dev.txt, copies the map's browser libraries from npm
# (scripts/vendor-js.sh), installs Debian's chromium and nginx if they are missing (as root), points
# the geodata step at the offline mirror, and runs pytest.
set -euo pipefail
cd "$(dirname "$0")"
scripts/ensure-env.sh requirements-dev.txt
scripts/vendor-js.sh
scripts/ensure-browser.sh
scripts/ensure-nginx.sh
mirror=$(scripts/geodata-mirror.sh)
if [ -n "$mirror" ]; then export SLATE_GEODATA_MIRROR="$mirror"; fi
exec .venv/bin/python -m pytest "$@"
