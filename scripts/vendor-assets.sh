#!/usr/bin/env bash
# Refresh the browser assets served by the API (no page loads anything from a CDN).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
cp package.json "$tmp/"
(cd "$tmp" && npm install --no-audit --no-fund --ignore-scripts >/dev/null)
mkdir -p api/static/vendor/yasgui api/static/vendor/vis-network
cp "$tmp/node_modules/@zazuko/yasgui/build/yasgui.min."{js,css} api/static/vendor/yasgui/
cp "$tmp/node_modules/vis-network/standalone/umd/vis-network.min.js" "$tmp/node_modules/vis-network/LICENSE-"* api/static/vendor/vis-network/
# axe-core runs only in the tests' browser (tests/accessibility.py); its licence header stays in the file.
mkdir -p tests/assets/axe-core
cp "$tmp/node_modules/axe-core/axe.min.js" "$tmp/node_modules/axe-core/LICENSE" tests/assets/axe-core/
# Source-map comments would make browser tools fetch files we do not ship.
perl -pi -e 's{//# sourceMappingURL=\S+}{}g' api/static/vendor/*/*.js
rm -rf "$tmp"
