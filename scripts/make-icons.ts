// Draws the add-in's ribbon and store icons (a bearing mark: ring and dot on a blue tile) as PNG
// files, so the icons are reproducible from source rather than opaque binaries.
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const SIZES = [16, 32, 64, 80, 128];
const BLUE: Rgb = [15, 76, 129];
const WHITE: Rgb = [255, 255, 255];
type Rgb = [number, number, number];

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Coverage of the mark at a point in unit coordinates (0..1), 1 = white. */
function markAt(x: number, y: number): number {
  const r = Math.hypot(x - 0.5, y - 0.5);
  const ring = r > 0.27 && r < 0.37 ? 1 : 0;
  const dot = r < 0.13 ? 1 : 0;
  return Math.max(ring, dot);
}

function insideRoundedTile(x: number, y: number): boolean {
  const radius = 0.18;
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  return Math.hypot(x - cx, y - cy) <= radius;
}

function renderIcon(size: number): Buffer {
  const samples = 4;
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      let tile = 0;
      let white = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          if (!insideRoundedTile(x, y)) continue;
          tile++;
          white += markAt(x, y);
        }
      }
      const n = samples * samples;
      const share = tile === 0 ? 0 : white / tile;
      const offset = 1 + px * 4;
      for (let c = 0; c < 3; c++) row[offset + c] = Math.round(BLUE[c] + (WHITE[c] - BLUE[c]) * share);
      row[offset + 3] = Math.round((255 * tile) / n);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = join(__dirname, '..', '..', 'assets');
mkdirSync(outDir, { recursive: true });
for (const size of SIZES) writeFileSync(join(outDir, `icon-${size}.png`), renderIcon(size));
console.log(`Wrote ${SIZES.length} icons to ${outDir}`);
