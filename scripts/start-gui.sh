#!/usr/bin/env bash
# Starts the Fordran GUI, or says in one line why it cannot and how to run it instead.
set -euo pipefail
gui="$1"
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    echo "No display available: run 'xvfb-run -a make run' or 'QT_QPA_PLATFORM=offscreen make run' to start Fordran without a screen." >&2
    exit 1
fi
exec "$gui"
