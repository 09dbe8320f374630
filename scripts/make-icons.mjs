// Draws the toolbar/store icons (a blue shield with a white magnifier) as PNG files in
// public/icons/. Uses only Node built-ins so it runs anywhere: `node scripts/make-icons.mjs`.
// The outputs are committed; rerun only when the artwork changes.
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const OUT_DIR = new URL('../public/icons/', import.meta.url);
const SHIELD = [31, 95, 173]; // #1F5FAD
const GLASS = [255, 255, 255];
const SAMPLES = 4; // per axis, for anti-aliasing

// Shapes in unit coordinates (0..1, y down).
function insideShield(x, y) {
  const top = 0.08, shoulder = 0.5, bottom = 0.94, half = 0.4;
  if (y < top || y > bottom) return false;
  const w = y <= shoulder ? half : half * Math.cos(((y - shoulder) / (bottom - shoulder)) * (Math.PI / 2));
  return Math.abs(x - 0.5) <= w;
}

function distanceToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function insideMagnifier(x, y) {
  const cx = 0.45, cy = 0.43, r = 0.16, ring = 0.055;
  const d = Math.hypot(x - cx, y - cy);
  if (Math.abs(d - r) <= ring / 2) return true;
  const k = Math.SQRT1_2 * (r + ring / 2);
  return distanceToSegment(x, y, cx + k, cy + k, 0.68, 0.69) <= 0.05;
}

function render(size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let shield = 0, glass = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          if (!insideShield(x, y)) continue;
          if (insideMagnifier(x, y)) glass++;
          else shield++;
        }
      }
      const n = SAMPLES * SAMPLES, covered = shield + glass, i = (py * size + px) * 4;
      if (covered === 0) continue;
      for (let c = 0; c < 3; c++) rgba[i + c] = Math.round((SHIELD[c] * shield + GLASS[c] * glass) / covered);
      rgba[i + 3] = Math.round((255 * covered) / n);
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  // compression, filter, interlace: 0
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(OUT_DIR, { recursive: true });
for (const size of SIZES) {
  const file = new URL(`icon-${size}.png`, OUT_DIR);
  writeFileSync(file, png(size, render(size)));
  console.log(`wrote ${file.pathname}`);
}
