#!/usr/bin/env bash
# Chromium runs only inside the tests that launch it; nothing is left to stop.
set -euo pipefail
rm -f "${1:?usage: chromium-stop.sh <services-dir>}/chromium.env"
