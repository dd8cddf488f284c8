#!/usr/bin/env bash
# Build the deployment image (deploy/Dockerfile) with podman, run it, and run the deploy feature tests against
# it (tests/deploy/test_container.py). No public image registry is needed: the base image is bootstrapped from
# Debian's package registry (mmdebstrap, then `podman import`) and passed as the Dockerfile's BASE_IMAGE and
# NODE_IMAGE build arguments. CI runs this as its own step (.ci/run).
#
# It says "SKIPPED: <reason>" and exits 0 only when this machine cannot run containers at all (no podman and
# no way to install it, or `podman run` of a bare Debian base fails); any later failure fails the step.
#
# Machine quirks it handles (measured on this VM, Debian 12, podman 4.3): crun refuses "cgroups in hybrid
# mode", so the OCI runtime is runc; the default RLIMIT_NPROC podman asks for is refused, so ulimits are given.
# The machine's own extra trusted certificates (/usr/local/share/ca-certificates) go into the base image, so
# package downloads work where the registries are reached through an inspecting proxy.
set -euo pipefail
cd "$(dirname "$0")/.."
work=${SLATE_CONTAINER_WORK:-/var/tmp/slate-container}
base=localhost/slate-debian-base:bookworm
image=localhost/slate-explorer:test
limits=(--ulimit nofile=20000:20000 --ulimit nproc=4096:4096)

skip() { echo "SKIPPED: the container step: $*"; exit 0; }

# The Debian mirror this machine's own apt uses (its first active, non-security source): the base image comes
# from the same package registry the machine installs from, and the script names no host of its own.
debian_mirror() {
  { grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{print $2}'
    grep -hs '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list | awk '{print $2}'
  } | grep -v security | head -n 1
}

if ! command -v podman >/dev/null || ! command -v mmdebstrap >/dev/null || ! command -v runc >/dev/null; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    skip "podman, mmdebstrap and runc are missing and cannot be installed here (not root, or no apt-get)"
  fi
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq podman mmdebstrap runc uidmap >/dev/null
fi
podman=(podman --runtime runc)
mkdir -p "$work"

if ! "${podman[@]}" image exists "$base"; then
  mirror_url=$(debian_mirror)
  [ -n "$mirror_url" ] || skip "no Debian package source is configured for apt on this machine"
  echo "Bootstrapping the Debian base image from Debian's package registry (mmdebstrap) ..."
  hooks=()
  for ca in /usr/local/share/ca-certificates/*.crt; do
    [ -e "$ca" ] && hooks+=(--customize-hook="copy-in $ca /usr/local/share/ca-certificates/")
  done
  mmdebstrap --variant=minbase --include=ca-certificates,python3,python3-venv \
    "${hooks[@]}" --customize-hook='chroot "$1" update-ca-certificates' \
    bookworm "$work/base.tar" "$mirror_url"
  "${podman[@]}" import --change 'CMD ["/bin/bash"]' "$work/base.tar" "$base"
  rm -f "$work/base.tar"
fi
if ! probe=$("${podman[@]}" run --rm "${limits[@]}" --network host "$base" true 2>&1); then
  skip "this machine cannot run a container: podman run said: $probe"
fi

mirror=$(scripts/geodata-mirror.sh)
context=()
if [ -n "$mirror" ]; then context=(--build-context "geodata-mirror=$mirror"); fi
echo "Building $image (deploy/Dockerfile, base $base) ..."
"${podman[@]}" build --format docker --network host "${limits[@]}" --build-arg "BASE_IMAGE=$base" \
  --build-arg "NODE_IMAGE=$base" "${context[@]}" -f deploy/Dockerfile -t "$image" .

port=$(.venv/bin/python -c "from devtools.procs import free_port; print(free_port())")
name="slate-explorer-test-$port"
trap '"${podman[@]}" rm -f "$name" >/dev/null 2>&1 || true' EXIT
# The image's own command (nginx on 8080 inside), published on a loopback port; 2 CPUs as a platform gives
# them. The data: the test fixture versions the journeys are written for (as every deploy test uses).
"${podman[@]}" run -d --name "$name" -p "127.0.0.1:$port:8080" --cpus 2 --memory 2g "${limits[@]}" \
  -e SLATE_DATA_DIR=/app/tests/fixtures/versions "$image"
export SLATE_CONTAINER_URL="http://127.0.0.1:$port" SLATE_CONTAINER_NAME="$name" SLATE_CONTAINER_PODMAN="${podman[*]}"
.venv/bin/python -m pytest -m deploy tests/deploy/test_container.py -p no:cacheprovider "$@"
