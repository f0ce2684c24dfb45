#!/usr/bin/env bash
# Lints the OpenAPI document the build generated (target/openapi/openapi.json, which /ropa/openapi serves on both
# servers) with Redocly's CLI, pinned by package-lock.json and installed from the npm registry into target/.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
target="$1"
document="$2"
work="$target/openapi-lint"
mkdir -p "$work"
cp -p "$here/package.json" "$here/package-lock.json" "$here/redocly.yaml" "$work/"
cd "$work"
if [ ! -x node_modules/.bin/redocly ] || [ package-lock.json -nt node_modules/.bin/redocly ]; then
  npm ci --silent --no-audit --no-fund
fi
node_modules/.bin/redocly lint --config redocly.yaml --format stylish "$document"
