#!/usr/bin/env bash
# Print the offline mirror to use: SLATE_GEODATA_MIRROR if set, else ../shared/geodata when it exists.
cd "$(dirname "$0")/.."
if [ -n "${SLATE_GEODATA_MIRROR:-}" ]; then
  echo "$SLATE_GEODATA_MIRROR"
elif [ -d ../shared/geodata ]; then
  (cd ../shared/geodata && pwd)
fi
