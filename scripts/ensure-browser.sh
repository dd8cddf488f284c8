#!/usr/bin/env bash
# The browser tests drive Debian's Chromium at /usr/bin/chromium: install it when it is missing.
set -euo pipefail
"$(dirname "$0")/apt-install-missing.sh" chromium chromium "the browser tests need /usr/bin/chromium"
