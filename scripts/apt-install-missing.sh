#!/usr/bin/env bash
# Install a Debian package when its program is missing:  apt-install-missing.sh PROGRAM PACKAGE WHY [APT-FLAG ...]
# (as root; otherwise say what to run). Used by ensure-browser.sh and ensure-nginx.sh.
set -euo pipefail
program="$1" package="$2" why="$3"
shift 3
if command -v "$program" >/dev/null 2>&1 || [ -x "/usr/sbin/$program" ] || [ -x "/usr/bin/$program" ]; then
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "$package is missing: run 'sudo apt-get install $package' ($why)." >&2
  exit 1
fi
echo "Installing Debian's $package ($why) ..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "$@" "$package" >/dev/null
