/**
 * Draws the add-in icons (assets/icon-{16,32,64,80}.png): a blue sheet with a
 * table of three rows, the first two ticked. Run once: `node scripts/draw-icons.js`.
 */
const { writeFileSync } = require('node:fs');
const { deflateSync } = require('node:zlib');

const BLUE = [0x0f, 0x5c, 0xa8, 255];
const WHITE = [255, 255, 255, 255];
const GREEN = [0x3a, 0xb0, 0x4a, 255];
const CLEAR = [0, 0, 0, 0];

function pixel(size, x, y) {
  const u = (x + 0.5) / size;
  const v = (y + 0.5) / size;
  const r = 0.16;
  const cx = Math.min(Math.max(u, r), 1 - r);
  const cy = Math.min(Math.max(v, r), 1 - r);
  if ((u - cx) ** 2 + (v - cy) ** 2 > r * r) return CLEAR;
  for (let row = 0; row < 3; row++) {
    const top = 0.2 + row * 0.22;
    const inLine = v >= top && v <= top + 0.12;
    if (inLine && u >= 0.42 && u <= 0.82) return WHITE;
    if (inLine && u >= 0.18 && u <= 0.32) return row < 2 ? GREEN : WHITE;
  }
  return BLUE;
}

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(size, x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 64, 80]) writeFileSync(`assets/icon-${size}.png`, png(size));
