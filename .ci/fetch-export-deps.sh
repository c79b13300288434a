#!/usr/bin/env bash
# Fetch the third-party checkers the export tests run quizgen's output through, into places
# git ignores: the QTI 1.2.1 DTD from the pyslet sdist on PyPI (not vendored: licence and
# size), and gift-pegjs from npm (pinned in tests/node/package-lock.json).
# Idempotent: does nothing for what is already there. Run it once before pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

PYSLET_VERSION=0.7.20170805
DTD_NAME=ims_qtiasiv1p2p1.dtd
cache=.ci/cache
dtd="$cache/qti12/$DTD_NAME"

python=python
command -v "$python" >/dev/null 2>&1 || python=python3
[ -x .venv/bin/python ] && [ -z "${VIRTUAL_ENV:-}" ] && python=.venv/bin/python

if [ ! -s "$dtd" ]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  "$python" -m pip download --quiet "pyslet==$PYSLET_VERSION" --no-deps --no-binary :all: -d "$tmp"
  mkdir -p "$cache/qti12"
  "$python" - "$tmp/pyslet-$PYSLET_VERSION.tar.gz" "$dtd" "$PYSLET_VERSION" "$DTD_NAME" <<'PY'
import sys, tarfile
archive, target, version, name = sys.argv[1:5]
member = f"pyslet-{version}/unittests/data_imsqtiv1p2p1/{name}"
with tarfile.open(archive) as tar:
    data = tar.extractfile(member).read()
with open(target, "wb") as out:
    out.write(data)
PY
  echo "fetch-export-deps: $dtd"
fi

if [ ! -f tests/node/node_modules/gift-pegjs/package.json ]; then
  command -v npm >/dev/null 2>&1 || { echo "fetch-export-deps: npm is needed for gift-pegjs" >&2; exit 1; }
  (cd tests/node && if [ -f package-lock.json ]; then npm ci --no-audit --no-fund --silent; else npm install --no-audit --no-fund --silent; fi)
  echo "fetch-export-deps: tests/node/node_modules/gift-pegjs"
fi
