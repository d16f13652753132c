#!/usr/bin/env bash
# Installs the Debian 12 packages readout needs to build, test and run.
# Idempotent: installs only what is missing. Runs apt-get as root or via sudo.
set -euo pipefail
PACKAGES=(
  build-essential cmake pkg-config ccache git
  libfmt-dev nlohmann-json3-dev libcli11-dev libcpp-httplib-dev
  libicu-dev libsqlite3-dev libvectorscan-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  festlex-poslex wordnet-base libgeonames-dev iso-codes
)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "installing: ${missing[*]}" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
