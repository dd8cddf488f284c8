#!/usr/bin/env bash
# The deployment tests and `bench.load --via nginx` start Debian's nginx (as a foreground process,
# never as a service): install the package when it is missing.
set -euo pipefail
if command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; then
  exit 0
fi
"$(dirname "$0")/apt-install-missing.sh" nginx nginx "the deploy tests need it" --no-install-recommends
# Only the binary is wanted: the package's own service must not hold port 80.
if command -v systemctl >/dev/null 2>&1; then systemctl disable --now nginx >/dev/null 2>&1 || true; fi
