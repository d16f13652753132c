#!/usr/bin/env bash
# Regenerates data/places/cities.tsv from libgeonames (Debian libgeonames-dev,
# GeoNames data, CC BY 4.0) and iso-codes (ISO 3166-1 alpha-2 -> alpha-3).
# Keeps places of at least MIN_POPULATION people; sorted by country, then by
# population (largest first). News spellings and additions are not made here:
# they live in data/places/cities_curated.tsv, which the loader applies on top.
# Why a generated file and not the library at run time: reading 24,000 cities
# through libgeonames costs ~125 ms, over Model's load budget; parsing the TSV
# costs a few ms.
set -euo pipefail
cd "$(dirname "$0")/../.."
MIN_POPULATION=${MIN_POPULATION:-15000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cc -O2 scripts/places/dump_geonames.c $(pkg-config --cflags --libs geonames) -o "$tmp/dump"
"$tmp/dump" > "$tmp/cities.raw"
python3 - "$tmp/cities.raw" "$MIN_POPULATION" > data/places/cities.tsv <<'PY'
import json, sys
iso = json.load(open('/usr/share/iso-codes/json/iso_3166-1.json'))['3166-1']
alpha3 = {e['alpha_2']: e['alpha_3'] for e in iso}
alpha3['XK'] = 'XKX'  # Kosovo: user-assigned code, as in countries.tsv
rows = []
for line in open(sys.argv[1], encoding='utf-8'):
    name, cc, region, lat, lon, pop = line.rstrip('\n').split('\t')
    if int(pop) < int(sys.argv[2]) or cc not in alpha3 or not name.strip():
        continue
    rows.append((alpha3[cc], -int(pop), name.strip(), region.strip(), lat, lon))
rows.sort()
print('name\tcountry\tregion\tlat\tlon\tpopulation')
for c, pop, name, region, lat, lon in rows:
    print(f'{name}\t{c}\t{region}\t{lat}\t{lon}\t{-pop}')
PY
wc -l data/places/cities.tsv
