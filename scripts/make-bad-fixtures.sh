#!/usr/bin/env bash
# Writes the broken-input fixtures in fixtures/bad/ (committed; rerun only to recreate them).
set -euo pipefail
cd "$(dirname "$0")/../fixtures/bad"
: > empty.md
printf 'PK\x03\x04\x00\x00binary\x00junk' > binary-renamed.md
printf '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1old word file' > old-word.doc
