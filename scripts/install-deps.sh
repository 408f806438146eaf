#!/usr/bin/env bash
# Installs the Debian packages Fordran needs to build, run and test, if any are missing.
# As root it runs apt-get; otherwise sudo when present; otherwise it prints the command and stops.
set -euo pipefail

packages=(
    cmake g++ ninja-build
    qt6-base-dev libqt6sql6-sqlite libsqlite3-dev libqt6sql6-psql qt6-charts-dev libqt6opengl6-dev
    libxkbcommon-dev libgl-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-svg-dev xvfb xauth poppler-utils fonts-dejavu-core sqlite3 postgresql
)

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing missing Debian packages: ${missing[*]}"
cmd=(env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}")
if [[ $(id -u) -eq 0 ]]; then
    apt-get update -qq
    "${cmd[@]}"
elif command -v sudo >/dev/null 2>&1; then
    sudo apt-get update -qq
    sudo "${cmd[@]}"
else
    echo "Fordran needs these packages. Run as root, then try again:" >&2
    echo "  apt-get update && apt-get install -y ${missing[*]}" >&2
    exit 1
fi
