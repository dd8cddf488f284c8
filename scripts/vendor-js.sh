#!/usr/bin/env bash
# Install the browser libraries the map needs (package.json / package-lock.json, pinned) from the npm
# registry and copy the files the app serves into the git-ignored static/vendor/. The app never loads
# scripts or stylesheets from a public CDN: Streamlit serves static/ at /app/static/.
# axe-core (also in package.json) is for the accessibility tests only: they read it from node_modules/
# and inject it into the page under test, so it is never copied to static/ or served to visitors.
set -euo pipefail
cd "$(dirname "$0")/.."
stamp="node_modules/.installed-lock"
digest=$(sha256sum package-lock.json | cut -d' ' -f1)
# Reinstall when the lock changed or a package went missing (e.g. a hand-run `npm install` pruned one).
if [ "$(cat "$stamp" 2>/dev/null)" != "$digest" ] || [ ! -f node_modules/leaflet/dist/leaflet.js ] \
   || [ ! -f node_modules/axe-core/axe.min.js ]; then
  if ! command -v npm >/dev/null 2>&1; then
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
      echo "Installing Debian's npm (the map's browser libraries come from the npm registry) ..."
      DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null
    else
      echo "npm is missing: install Node.js and npm (Debian: sudo apt-get install npm); the map needs Leaflet from the npm registry." >&2
      exit 1
    fi
  fi
  echo "Installing the map's browser libraries from the npm registry (npm ci) ..."
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
  echo "$digest" > "$stamp"
fi
dest=static/vendor/leaflet
mkdir -p "$dest/images"
cp node_modules/leaflet/dist/leaflet.js node_modules/leaflet/dist/leaflet.css "$dest/"
cp node_modules/leaflet/dist/images/*.png "$dest/images/"
cp node_modules/leaflet/LICENSE "$dest/LICENSE"
