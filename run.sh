#!/usr/bin/env bash
# One command runs the app on a fresh machine:  ./run.sh   (then open http://localhost:8501)
# It creates .venv, installs requirements.txt, copies the map's pinned browser libraries from npm into
# static/vendor/ (scripts/vendor-js.sh), builds the boundary layers and map files (`geodata`; from
# SLATE_GEODATA_MIRROR or ../shared/geodata when present, else from the official Census files), and starts
# Streamlit with the production settings of .streamlit/config.toml (no file watcher, loopback only).
#   PORT=8600 ./run.sh      another port
#   ./run.sh --dev          for editing: watch files and rerun on save (also DEV=1 ./run.sh)
#   ADDRESS=0.0.0.0 ./run.sh  listen on every interface (a public site belongs behind nginx: deploy/)
set -euo pipefail
cd "$(dirname "$0")"
dev="${DEV:-0}"
args=()
for arg in "$@"; do
  if [ "$arg" = "--dev" ]; then dev=1; else args+=("$arg"); fi
done
scripts/ensure-env.sh requirements.txt
scripts/vendor-js.sh
mirror=$(scripts/geodata-mirror.sh)
if [ -n "$mirror" ]; then export SLATE_GEODATA_MIRROR="$mirror"; fi
.venv/bin/python -m slate_explorer geodata || echo "run.sh: boundary layers not built (the map page says why)" >&2
settings=(--server.port "${PORT:-8501}" --server.address "${ADDRESS:-127.0.0.1}")
if [ "$dev" = "1" ]; then settings+=(--server.fileWatcherType auto --server.runOnSave true); fi
exec .venv/bin/python -m streamlit run server.py "${settings[@]}" ${args[@]+"${args[@]}"}
