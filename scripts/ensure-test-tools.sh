#!/usr/bin/env bash
# Runs before `npm test` (npm's pretest): makes sure the two things tests need beyond Node exist.
#  1. A Python venv (.cache/pyenv) with the libraries exercises use, at the versions closest to
#     what Pyodide 314 ships, for `check:content`. Skipped when MLDOJO_PYTHON points elsewhere.
#  2. A Chromium for Playwright: $CHROMIUM_PATH, else /usr/bin/chromium, else Playwright's own.
set -euo pipefail
cd "$(dirname "$0")/.."

PY_PKGS="numpy==2.4.6 pandas==3.0.6 scikit-learn==1.9.1 scipy==1.17.1 matplotlib==3.10.9"
if [ -z "${MLDOJO_PYTHON:-}" ] && ! .cache/pyenv/bin/python -c 'import numpy, pandas, sklearn, scipy, matplotlib' 2>/dev/null; then
  echo "pretest: creating .cache/pyenv with $PY_PKGS"
  python3 -m venv .cache/pyenv
  # Machines with a local wheel mirror (pip config lists file:// indexes): install from those
  # folders directly, since pip would first retry the unreachable public index for minutes.
  links=()
  for d in $(python3 -m pip config list 2>/dev/null | grep -oE "file://[^' ]+" | sed -E 's#^file://##; s#/simple/?$#/files#') /opt/wheels; do
    [ -d "$d" ] && links+=(--find-links "$d")
  done
  if [ ${#links[@]} -gt 0 ] && .cache/pyenv/bin/pip install -q --no-index "${links[@]}" $PY_PKGS; then :; else
    .cache/pyenv/bin/pip install -q $PY_PKGS
  fi
fi

if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ] && ! ls "${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}"/chromium-* >/dev/null 2>&1; then
  echo "pretest: no Chromium found; installing Playwright's (set CHROMIUM_PATH to use your own)"
  npx playwright install chromium
fi
