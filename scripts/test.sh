#!/usr/bin/env bash
# The README's second command: install what is missing, build, run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
cd "${READOUT_BUILD_DIR:-build}"
ctest --output-on-failure -j"$(nproc)"
