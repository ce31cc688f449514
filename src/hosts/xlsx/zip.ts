// The zip container of an .xlsx package, read and written without a zip library: parts that stay
// as they are keep their compressed bytes (no inflate, no deflate), and large parts are deflated as
// they are generated, so a 50,000-row sheet never exists as one uncompressed string. Only what an
// .xlsx needs: stored or deflated entries, no zip64, no encryption, no multi-disk archives.
import { constants as zlibConstants, crc32, deflateRaw, deflateRawSync, inflateRawSync } from 'zlib';
import { cellXmlText } from './text';
import { encodeCellText, encodeUtf8 } from './utf8';

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const STORED = 0;
const DEFLATED = 8;
/** Bit 11 of the general-purpose flags: the file name is UTF-8. */
const UTF8_NAMES = 0x0800;
/** Level 6 is zlib's default: what Excel and the zip libraries use. */
const LEVEL = 6;

/** A part's bytes as they lie in the archive. */
export interface RawEntry {
  name: string;
  method: number;
  crc: number;
  size: number;
  data: Buffer;
}

export function readZip(buffer: Buffer): RawEntry[] {
  const end = findEndOfCentralDirectory(buffer);
  const count = buffer.readUInt16LE(end + 10);
  let offset = buffer.readUInt32LE(end + 16);
  const entries: RawEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (buffer.readUInt32LE(offset) !== CENTRAL_HEADER) throw new Error('The zip directory is damaged');
    const flags = buffer.readUInt16LE(offset + 8);
    const method = buffer.readUInt16LE(offset + 10);
    const crc = buffer.readUInt32LE(offset + 16);
    const compressed = buffer.readUInt32LE(offset + 20);
    const size = buffer.readUInt32LE(offset + 24);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    const local = buffer.readUInt32LE(offset + 42);
    const name = buffer.toString(flags & UTF8_NAMES ? 'utf8' : 'latin1', offset + 46, offset + 46 + nameLength);
    if (compressed === 0xffffffff || size === 0xffffffff || local === 0xffffffff) throw new Error('zip64 archives are not supported');
    if (method !== STORED && method !== DEFLATED) throw new Error(`${name} is compressed with method ${method}`);
    if (buffer.readUInt32LE(local) !== LOCAL_HEADER) throw new Error(`The zip entry ${name} is damaged`);
    const dataStart = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    entries.push({ name, method, crc, size, data: buffer.subarray(dataStart, dataStart + compressed) });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfCentralDirectory(buffer: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 22 - 65535); i--) {
    if (buffer.readUInt32LE(i) === END_OF_CENTRAL_DIRECTORY) return i;
  }
  throw new Error('Not a zip archive');
}

export function inflateEntry(entry: RawEntry): Buffer {
  return entry.method === STORED ? entry.data : inflateRawSync(entry.data);
}

/** Texts up to this many UTF-16 units are compressed at once on the main thread. */
const SMALL_PART = 1 << 16;

/**
 * A text part as a zip entry. A package can hold thousands of small parts (a table and a chart
 * per municipality): those are compressed at once, since a trip to the thread pool and a
 * megabyte of buffer each cost more than the compression itself. Larger ones go to the pool.
 */
export async function deflateText(name: string, text: string): Promise<RawEntry> {
  if (text.length <= SMALL_PART) {
    const bytes = Buffer.from(text, 'utf8');
    return { name, method: DEFLATED, crc: crc32(bytes) >>> 0, size: bytes.length, data: deflateRawSync(bytes, { level: LEVEL }) };
  }
  const writer = new DeflatingWriter(name);
  writer.write(text);
  return writer.finish();
}

/** Text is gathered into chunks of this many bytes before it is compressed. */
const CHUNK_BYTES = 1 << 20;
/** A writer's first buffer: most chart parts fit, and it doubles up to CHUNK_BYTES as needed. */
const FIRST_BYTES = 1 << 14;
/** Texts up to this long are encoded by our own loop (utf8.ts). */
const SHORT_TEXT = 64;
/** UTF-16 units that surely fit a chunk as UTF-8. */
const PIECE_UNITS = Math.floor(CHUNK_BYTES / 3);
/** Chunks being compressed at once on libuv's thread pool; more wait, so memory stays flat. */
const IN_FLIGHT = 4;

function deflateChunk(bytes: Buffer): Promise<Buffer> {
  // A sync flush ends the chunk on a byte boundary without a final block, so compressed chunks
  // laid end to end are one valid deflate stream (each starts without the previous one's window,
  // which costs a few bytes per megabyte).
  return new Promise((resolve, reject) =>
    // Output in pieces of up to 256 kB: one callback per chunk instead of one per 16 kB, and no
    // 256 kB output buffer for a chart part of a few kilobytes.
    deflateRaw(bytes, { level: LEVEL, finishFlush: zlibConstants.Z_SYNC_FLUSH, chunkSize: Math.min(1 << 18, Math.max(1 << 14, bytes.length)) }, (error, out) => (error ? reject(error) : resolve(out))),
  );
}

/**
 * Deflates text handed over piece by piece into one zip entry. Pieces are encoded into a buffer;
 * each full megabyte is compressed on the thread pool while the next is being written, so a large
 * sheet is never one string and compression runs beside the code that makes the XML.
 */
export class DeflatingWriter {
  /** Input buffers whose compression has finished, to be filled again (fresh megabytes are slow to get). */
  private readonly spare: Buffer[] = [];
  private buffer: Buffer = Buffer.allocUnsafe(FIRST_BYTES);
  private used = 0;
  private readonly chunks: Promise<Buffer>[] = [];
  private waitFor = 0;
  private crc = 0;
  private size = 0;

  constructor(private readonly name: string) {}

  /** Room for `bytes` (at most CHUNK_BYTES) more bytes in the buffer: a larger buffer, or a fresh chunk. */
  private ensure(bytes: number): void {
    const needed = this.used + bytes;
    if (needed <= this.buffer.length) return;
    if (needed > CHUNK_BYTES) this.compress();
    if (bytes > this.buffer.length - this.used) this.grow(this.used + bytes);
  }

  private grow(needed: number): void {
    let size = this.buffer.length * 2;
    while (size < needed) size *= 2;
    const bigger = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, size));
    this.buffer.copy(bigger, 0, 0, this.used);
    this.buffer = bigger;
  }

  write(text: string): void {
    // Short texts are encoded here; calling into Node per piece costs more than the loop.
    if (text.length <= SHORT_TEXT) {
      this.ensure(text.length * 3);
      this.used = encodeUtf8(text, this.buffer, this.used);
      return;
    }
    if (text.length > PIECE_UNITS) {
      this.compress();
      this.writeLong(text);
      return;
    }
    // UTF-8 takes at most three bytes per UTF-16 unit.
    this.ensure(text.length * 3);
    this.used += this.buffer.write(text, this.used);
  }

  /** Text as cell content: escaped as cellXmlText escapes it (an entity is at most 6 bytes). */
  writeCellText(text: string): void {
    if (text.length * 6 > CHUNK_BYTES) {
      this.write(cellXmlText(text));
      return;
    }
    this.ensure(text.length * 6);
    const end = encodeCellText(text, this.buffer, this.used);
    if (end < 0) this.write(cellXmlText(text));
    else this.used = end;
  }

  /** A number as String(number) writes it; whole numbers without making the string. */
  writeNumber(value: number): void {
    if (!Number.isInteger(value) || Math.abs(value) >= 1e15) {
      this.write(String(value));
      return;
    }
    this.ensure(17);
    let n = Math.abs(value);
    if (value < 0) this.buffer[this.used++] = 0x2d;
    const start = this.used;
    const bytes = this.buffer;
    do {
      bytes[this.used++] = 0x30 + (n % 10);
      n = Math.floor(n / 10);
    } while (n > 0);
    // The digits went in from the last; turn them round.
    for (let a = start, b = this.used - 1; a < b; a++, b--) {
      const digit = bytes[a];
      bytes[a] = bytes[b];
      bytes[b] = digit;
    }
  }

  /** A text longer than a chunk, in pieces that never split a surrogate pair. */
  private writeLong(text: string): void {
    if (this.buffer.length < CHUNK_BYTES) this.buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    let start = 0;
    while (start < text.length) {
      let end = Math.min(text.length, start + PIECE_UNITS);
      const last = text.charCodeAt(end - 1);
      if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
      this.used = this.buffer.write(text.slice(start, end), 0);
      this.compress();
      start = end;
    }
  }

  /** Waits while too many chunks are being compressed. */
  async flushIfFull(): Promise<void> {
    while (this.chunks.length - this.waitFor > IN_FLIGHT) await this.chunks[this.waitFor++];
  }

  private compress(finishing = false): void {
    if (this.used === 0) return;
    const full = this.buffer;
    const bytes = full.subarray(0, this.used);
    this.crc = crc32(bytes, this.crc);
    this.size += bytes.length;
    const compressed = deflateChunk(bytes).then((out) => {
      if (full.length === CHUNK_BYTES) this.spare.push(full);
      return out;
    });
    // Awaited later (flushIfFull, finish); a failure is reported there, not as an unhandled rejection.
    compressed.catch(() => undefined);
    this.chunks.push(compressed);
    this.used = 0;
    if (!finishing) this.buffer = this.spare.pop() ?? Buffer.allocUnsafe(CHUNK_BYTES);
  }

  async finish(): Promise<RawEntry> {
    if (this.chunks.length === 0 && this.used <= SMALL_PART) {
      // The whole part is in the buffer and small: one deflate here, as for a small text part.
      const bytes = this.buffer.subarray(0, this.used);
      return { name: this.name, method: DEFLATED, crc: crc32(bytes) >>> 0, size: bytes.length, data: deflateRawSync(bytes, { level: LEVEL }) };
    }
    this.compress(true);
    const parts = await Promise.all(this.chunks);
    // The empty final block closes the stream.
    parts.push(deflateRawSync(Buffer.alloc(0)));
    return { name: this.name, method: DEFLATED, crc: this.crc >>> 0, size: this.size, data: Buffer.concat(parts) };
  }
}

/** MS-DOS date and time of `date` (local time, two-second resolution), as zip headers hold them. */
function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.max(1980, date.getFullYear());
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

export function writeZip(entries: RawEntry[], modified = new Date()): Buffer {
  const { time, date } = dosDateTime(modified);
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const flags = /^[\x20-\x7e]*$/.test(entry.name) ? 0 : UTF8_NAMES;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(CENTRAL_HEADER, 0);
    header.writeUInt16LE(20, 4); // made by: MS-DOS, 2.0
    local.copy(header, 6, 4, 30); // the same fields from version-needed to name length
    header.writeUInt32LE(offset, 42);
    parts.push(local, name, entry.data);
    central.push(header, name);
    offset += 30 + name.length + entry.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}
