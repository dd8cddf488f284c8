#!/usr/bin/env bash
# One command runs the app on a fresh machine:  ./run.sh   (then open http://localhost:8501)
# It creates .venv, installs requirements.txt, copies the map's pinned browser libraries from npm into
# static/vendor/ (scripts/vendor-js.sh), builds the boundary layers and map files before Streamlit starts
# (`geodata`; from SLATE_GEODATA_MIRROR or ../shared/geodata when present, else from the
# official Census files). PORT=8600 ./run.sh picks another port.
set -euo pipefail
cd "$(dirname "$0")"
scripts/ensure-env.sh requirements.txt
scripts/vendor-js.sh
mirror=$(scripts/geodata-mirror.sh)
if [ -n "$mirror" ]; then export SLATE_GEODATA_MIRROR="$mirror"; fi
.venv/bin/python -m slate_explorer geodata || echo "run.sh: boundary layers not built (the map page says why)" >&2
exec .venv/bin/python -m streamlit run app.py --server.port "${PORT:-8501}" "$@"
