#!/usr/bin/env bash
# Makes Debian's chromium available to the browser tests (Playwright drives it through
# ExecutablePath; Playwright's own browser download is never used) and writes its path to
# <dir>/chromium.env as ATLAS_CHROMIUM.
set -euo pipefail
dir=${1:?usage: chromium-start.sh <services-dir>}
mkdir -p "$dir"
if [ ! -x /usr/bin/chromium ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
fi
echo "ATLAS_CHROMIUM=/usr/bin/chromium" > "$dir/chromium.env"
