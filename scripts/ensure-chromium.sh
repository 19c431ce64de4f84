#!/usr/bin/env bash
# Makes sure Debian's Chromium is at /usr/bin/chromium for the docs browser test. Installs it with apt-get
# when missing (as root, or through sudo). Never downloads a browser build from a test tool.
set -euo pipefail
[ -x /usr/bin/chromium ] && exit 0
echo "Debian's chromium is missing: installing it with apt-get"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "error: /usr/bin/chromium is missing and we are not root: run 'apt-get install chromium'" >&2; exit 1; }
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium >/dev/null
