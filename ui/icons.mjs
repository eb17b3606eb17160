// Draws the app icons once: ui/static/icons/*.png and icon.svg. The PNGs are
// committed (not built), because zlib output may differ between Node
// versions and the build must be reproducible. Run `node ui/icons.mjs` after
// changing the design and commit the result.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const out = join(dirname(fileURLToPath(import.meta.url)), 'static', 'icons');
const BLUE = [0x0b, 0x53, 0x94];
const WHITE = [0xff, 0xff, 0xff];

// The design on a 512 × 512 grid: a speech bubble with three dots.
// Everything lies inside the maskable safe zone (a circle of radius 204.8).
function inRoundedRect(x, y, left, top, width, height, r) {
  const cx = Math.min(Math.max(x, left + r), left + width - r);
  const cy = Math.min(Math.max(y, top + r), top + height - r);
  return x >= left && x <= left + width && y >= top && y <= top + height && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}
function inTail(x, y) {
  // Triangle (176,336) (176,400) (256,336), as in the SVG
  return x >= 176 && y >= 336 && y <= 400 && x - 176 <= ((400 - y) * 80) / 64;
}
function inDot(x, y) {
  return [192, 256, 320].some((cx) => (x - cx) ** 2 + (y - 232) ** 2 <= 24 * 24);
}
function colourAt(x, y, maskable) {
  const background = maskable || inRoundedRect(x, y, 0, 0, 512, 512, 96);
  if (!background) return null;
  if ((inRoundedRect(x, y, 112, 128, 288, 208, 48) || inTail(x, y)) && !inDot(x, y)) return WHITE;
  return BLUE;
}

function png(size, maskable) {
  const samples = 4; // 4 × 4 supersampling for smooth edges
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = ((px + (sx + 0.5) / samples) * 512) / size;
          const y = ((py + (sy + 0.5) / samples) * 512) / size;
          const c = colourAt(x, y, maskable);
          if (c) { r += c[0]; g += c[1]; b += c[2]; a += 255; }
        }
      }
      const n = samples * samples;
      const o = py * (size * 4 + 1) + 1 + px * 4;
      const covered = a / 255;
      raw[o] = covered ? Math.round(r / covered) : 0;
      raw[o + 1] = covered ? Math.round(g / covered) : 0;
      raw[o + 2] = covered ? Math.round(b / covered) : 0;
      raw[o + 3] = Math.round(a / n);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
<rect width="512" height="512" rx="96" fill="#0b5394"/>
<path fill="#fff" d="M160 128h192a48 48 0 0 1 48 48v112a48 48 0 0 1-48 48H256l-80 64v-64h-16a48 48 0 0 1-48-48V176a48 48 0 0 1 48-48z"/>
<g fill="#0b5394"><circle cx="192" cy="232" r="24"/><circle cx="256" cy="232" r="24"/><circle cx="320" cy="232" r="24"/></g>
</svg>
`;

writeFileSync(join(out, 'icon.svg'), svg);
writeFileSync(join(out, 'icon-192.png'), png(192, false));
writeFileSync(join(out, 'icon-512.png'), png(512, false));
writeFileSync(join(out, 'maskable-512.png'), png(512, true));
console.log('icons written to', out);
