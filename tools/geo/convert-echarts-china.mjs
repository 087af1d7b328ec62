// Converts the China maps shipped in the npm package echarts@4.9.0 (Apache-2.0) into the compact
// map resource of jishi's timeline page: province outlines as SVG paths and prefecture-city
// points, projected once, simplified and rounded.
//
//   npm pack echarts@4.9.0 && tar xzf echarts-4.9.0.tgz package/map/json package/LICENSE
//   node tools/geo/convert-echarts-china.mjs package \
//     > src/main/resources/io/github/jishi/view/china-map.json
//
// Projection: equirectangular with longitudes scaled by cos(35°), which keeps China's shape
// recognisable at the page's size; 1 unit = 0.1° of latitude. Rings south of 15°N (the South China
// Sea islands folded into 海南) are dropped to keep the frame compact, and named in the page instead.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node convert-echarts-china.mjs EXTRACTED_ECHARTS_PACKAGE_DIR');
  process.exit(2);
}
const provinces = JSON.parse(readFileSync(join(dir, 'map/json/china.json'), 'utf8'));
const cities = JSON.parse(readFileSync(join(dir, 'map/json/china-cities.json'), 'utf8'));

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

const scaleOf = json => json.UTF8Scale || 1024;
const out = {
  source: 'npm echarts@4.9.0, map/json/china.json and china-cities.json; Apache License 2.0, (c) The Apache Software Foundation',
  converted: 'tools/geo/convert-echarts-china.mjs: equirectangular, lon scaled by cos 35deg, 1 unit = 0.1 deg lat, Douglas-Peucker 0.8, rings south of 15N dropped',
  width: r1((135.5 - LON0) * K * 10),
  height: r1((LAT0 - 17.5) * 10),
  provinces: provinces.features.map(f => {
    const [x, y] = project(f.properties.cp);
    return { code: String(f.id), name: f.properties.name, x: r1(x), y: r1(y), d: path(rings(f, scaleOf(provinces))) };
  }),
  cities: cities.features.map(f => {
    const [x, y] = project(f.properties.cp);
    return { code: String(f.id), name: f.properties.name, x: r1(x), y: r1(y) };
  }),
};
process.stdout.write(JSON.stringify(out) + '\n');
