#!/usr/bin/env bash
# Installs headless Chromium and its WebDriver from Debian's packages (`chromium`, `chromium-driver`) when missing,
# for the browser tests (deploy: StatementPageIT). Idempotent: does nothing when both binaries are there.
#   deploy/browser/install-chromium.sh            install if missing (root, or sudo without a password)
#   CHROMIUM_SKIP_INSTALL=true                    never install (the browser test then fails saying what is missing)
set -euo pipefail

CHROMIUM="${CHROMIUM_BINARY:-/usr/bin/chromium}"
CHROMEDRIVER="${CHROMEDRIVER_BINARY:-/usr/bin/chromedriver}"

if [ -x "$CHROMIUM" ] && [ -x "$CHROMEDRIVER" ]; then
  exit 0
fi
if [ "${CHROMIUM_SKIP_INSTALL:-false}" = "true" ]; then
  echo "install-chromium: $CHROMIUM or $CHROMEDRIVER missing and CHROMIUM_SKIP_INSTALL=true" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-chromium: no apt-get here; install Chromium and ChromeDriver and set CHROMIUM_BINARY/CHROMEDRIVER_BINARY" >&2
  exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO="sudo -n"
  else
    echo "install-chromium: not root and no password-less sudo: run 'apt-get install chromium chromium-driver' as root" >&2
    exit 1
  fi
fi

echo "install-chromium: installing Debian packages chromium and chromium-driver..."
export DEBIAN_FRONTEND=noninteractive
# Other builds on the machine may hold the apt lock: wait for it rather than fail.
APT=(-o DPkg::Lock::Timeout=600 -o Acquire::Retries=3)
$SUDO apt-get "${APT[@]}" update -qq
$SUDO apt-get "${APT[@]}" install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
"$CHROMIUM" --version
"$CHROMEDRIVER" --version
