#!/usr/bin/env bash
# The main job: set up, build the widget, serve www/ on http://127.0.0.1:PORT.
# PORT defaults to 8080; set PORT=0 for any free port.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build-widget.sh
exec node scripts/serve.mjs --port "${PORT:-8080}"
