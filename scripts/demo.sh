#!/usr/bin/env bash
# The README's first command: install what is missing, build, and read the
# bundled sample articles with the built-in dictionaries.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
./build/readout analyze samples/ --format text
