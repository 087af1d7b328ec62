// Converts the China map shipped in the npm package echarts@4.9.0 (Apache-2.0) into the compact
// map resource of jishi's timeline page: province outlines as SVG paths with their label points,
// projected once, simplified and rounded. The page's city dots are not here: view/MapUnits.java
// projects the gazetteer's seat coordinates (places.tsv) the same way.
//
//   npm pack echarts@4.9.0 && tar xzf echarts-4.9.0.tgz package/map/json package/LICENSE
//   node tools/geo/convert-echarts-china.mjs package \
//     > src/main/resources/io/github/jishi/internal/view/china-map.json
//
// Projection: equirectangular with longitudes scaled by cos(35°), which keeps China's shape
// recognisable at the page's size; 1 unit = 0.1° of latitude. The South China Sea (南海诸岛) is the
// inset echarts draws for its China map (src/coord/geo/fix/nanhai.js of the same package: a frame
// and the island-chain dashes, placed east of Taiwan), so the frame stays compact.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node convert-echarts-china.mjs EXTRACTED_ECHARTS_PACKAGE_DIR');
  process.exit(2);
}
const provinces = JSON.parse(readFileSync(join(dir, 'map/json/china.json'), 'utf8'));

// echarts' own UTF-8 coordinate encoding: zigzag deltas as char codes, offsets per ring, scale 1024
function decodeRing(s, offset, scale) {
  const out = [];
  let px = offset[0], py = offset[1];
  for (let i = 0; i < s.length; i += 2) {
    let x = s.charCodeAt(i) - 64, y = s.charCodeAt(i + 1) - 64;
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    px += x; py += y;
    out.push([px / scale, py / scale]);
  }
  return out;
}

function rings(feature, scale) {
  const g = feature.geometry, offs = g.encodeOffsets, out = [];
  if (g.type === 'Polygon') {
    g.coordinates.forEach((r, i) => out.push(typeof r === 'string' ? decodeRing(r, offs[i], scale) : r));
  } else {
    g.coordinates.forEach((poly, i) => poly.forEach((r, j) =>
      out.push(typeof r === 'string' ? decodeRing(r, offs[i][j], scale) : r)));
  }
  return out;
}

const K = Math.cos(35 * Math.PI / 180);
const LON0 = 73, LAT0 = 54;
const project = ([lon, lat]) => [(lon - LON0) * K * 10, (LAT0 - lat) * 10];

function simplify(pts, tol) { // Douglas-Peucker
  if (pts.length < 4) return pts;
  const keep = new Uint8Array(pts.length);
  keep[0] = keep[pts.length - 1] = 1;
  const stack = [[0, pts.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    let best = -1, idx = -1;
    const [ax, ay] = pts[a], [bx, by] = pts[b];
    const dx = bx - ax, dy = by - ay, len = Math.hypot(dx, dy);
    for (let i = a + 1; i < b; i++) {
      // a closed ring starts and ends on one point: measure from that point
      const d = len < 1e-9 ? Math.hypot(pts[i][0] - ax, pts[i][1] - ay)
        : Math.abs(dy * (pts[i][0] - ax) - dx * (pts[i][1] - ay)) / len;
      if (d > best) { best = d; idx = i; }
    }
    if (best > tol) { keep[idx] = 1; stack.push([a, idx], [idx, b]); }
  }
  return pts.filter((_, i) => keep[i]);
}

const r1 = v => Math.round(v * 10) / 10;
function path(ringList) {
  let d = '';
  for (const ring of ringList) {
    if (ring.every(([, lat]) => lat < 15)) continue;
    const pts = simplify(ring.map(project), 0.8).map(([x, y]) => [r1(x), r1(y)]);
    if (pts.length < 3) continue;
    d += 'M' + pts.map(([x, y]) => x + ' ' + y).join('L') + 'Z';
  }
  return d;
}

// echarts' 南海诸岛 inset, as src/coord/geo/fix/nanhai.js builds it: shapes in a 64 x 93 box, scaled
// and placed at 126°E 25°N
const NANHAI = [
  [[0, 3.5], [7, 11.2], [15, 11.9], [30, 7], [42, 0.7], [52, 0.7], [56, 7.7], [59, 0.7], [64, 0.7], [64, 0], [5, 0], [0, 3.5]],
  [[13, 16.1], [19, 14.7], [16, 21.7], [11, 23.1], [13, 16.1]],
  [[12, 32.2], [14, 38.5], [15, 38.5], [13, 32.2], [12, 32.2]],
  [[16, 47.6], [12, 53.2], [13, 53.2], [18, 47.6], [16, 47.6]],
  [[6, 64.4], [8, 70], [9, 70], [8, 64.4], [6, 64.4]],
  [[23, 82.6], [29, 79.8], [30, 79.8], [25, 82.6], [23, 82.6]],
  [[37, 70.7], [43, 62.3], [44, 62.3], [39, 70.7], [37, 70.7]],
  [[48, 51.1], [51, 45.5], [53, 45.5], [50, 51.1], [48, 51.1]],
  [[51, 35], [51, 28.7], [53, 28.7], [53, 35], [51, 35]],
  [[52, 22.4], [55, 17.5], [56, 17.5], [53, 22.4], [52, 22.4]],
  [[58, 12.6], [62, 7], [63, 7], [60, 12.6], [58, 12.6]],
  [[0, 3.5], [0, 93.1], [64, 93.1], [64, 0], [63, 0], [63, 92.4], [1, 92.4], [1, 3.5], [0, 3.5]],
].map(ring => ring.map(([x, y]) => [x / 10.5 + 126, y / (-10.5 / 0.75) + 25]));
const nanhaiPath = NANHAI.map(ring => 'M' + ring.map(project).map(([x, y]) => r1(x) + ' ' + r1(y)).join('L') + 'Z').join('');
const [nx, ny] = project([126 + 32 / 10.5, 25 - 93.1 * 0.75 / 10.5 - 0.6]);

const scaleOf = json => json.UTF8Scale || 1024;
const out = {
  source: 'npm echarts@4.9.0, map/json/china.json; Apache License 2.0, (c) The Apache Software Foundation',
  converted: 'tools/geo/convert-echarts-china.mjs: equirectangular, lon scaled by cos 35deg, 1 unit = 0.1 deg lat, Douglas-Peucker 0.8, South China Sea as echarts inset',
  width: r1((135.5 - LON0) * K * 10),
  height: r1((LAT0 - 17.5) * 10),
  inset: { name: '南海诸岛', d: nanhaiPath, x: r1(nx), y: r1(ny) },
  provinces: provinces.features.map(f => {
    const [x, y] = project(f.properties.cp);
    return { code: String(f.id), name: f.properties.name, x: r1(x), y: r1(y), d: path(rings(f, scaleOf(provinces))) };
  }),
};
process.stdout.write(JSON.stringify(out) + '\n');
