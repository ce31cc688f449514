// The parts of the package ExcelJS wrote, held for editing before they are zipped again: parts
// nobody touches stay as compressed bytes, edited parts are text, and a report sheet is its frame
// (the worksheet XML ExcelJS wrote, with an empty <sheetData/> where the rows go) plus the writer
// of its rows, which runs only when the package is zipped.
import { chartParts } from './charts/chartXml';
import type { PackageFile, PackageParts } from './charts/packageParts';
import { POINTS_MARK } from './charts/seriesXml';
import type { ResolvedChart } from './charts/types';
import type { XmlSink } from './sheetXml';
import { deflateText, DeflatingWriter, inflateEntry, readZip, writeZip, type RawEntry } from './zip';

/** Marks where a streamed sheet's rows go in its frame. */
export const ROWS_MARK = '<sheetData/>';

export interface RowsWriter {
  write(out: XmlSink): Promise<void>;
}

interface StreamedSheet {
  frame: string;
  rows: RowsWriter;
}

/** A large text part handed to zlib at once, so its string (two bytes a character) can go. */
interface Compressing {
  compressing: Promise<RawEntry>;
}

/** Text parts larger than this (in UTF-16 units) are compressed as soon as they are set: charts with 50,000 points. */
const EAGER_TEXT = 1 << 20;

type Part = RawEntry | string | StreamedSheet | Compressing;

/** The promise, marked as looked after: a failure surfaces where it is awaited, not as an unhandled rejection. */
export function settledLater<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

export class PartStore implements PackageParts {
  private readonly parts = new Map<string, Part>();

  constructor(zip: Buffer) {
    for (const entry of readZip(zip)) this.parts.set(entry.name, entry);
  }

  file(path: string): PackageFile | null;
  file(path: string, text: string): this;
  file(path: string, text?: string): PackageFile | null | this {
    if (text === undefined) {
      const part = this.parts.get(path);
      return part === undefined ? null : { async: async () => this.text(path) };
    }
    const part = this.parts.get(path);
    if (part !== undefined && typeof part === 'object' && 'frame' in part) part.frame = text;
    else if (text.length > EAGER_TEXT) this.parts.set(path, { compressing: settledLater(deflateText(path, text)) });
    else this.parts.set(path, text);
    return this;
  }

  text(path: string): string {
    const part = this.parts.get(path);
    if (part === undefined) throw new Error(`The package has no ${path}`);
    if (typeof part === 'string') return part;
    if ('frame' in part) return part.frame;
    if ('compressing' in part) throw new Error(`${path} is being compressed and cannot be read back`);
    return inflateEntry(part).toString('utf8');
  }

  paths(): string[] {
    return [...this.parts.keys()];
  }

  has(path: string): boolean {
    return this.parts.has(path);
  }

  /** A chart part, compressed at once with its long point runs written element by element (chartParts). */
  chart(path: string, chart: ResolvedChart): void {
    const { xml, runs } = chartParts(chart);
    const pieces = xml.split(POINTS_MARK);
    const out = new DeflatingWriter(path);
    pieces.forEach((piece, i) => {
      out.write(piece);
      const run = runs[i];
      if (run) for (let point = 0; point < run.count; point++) out.write(run.item(point));
    });
    this.parts.set(path, { compressing: settledLater(out.finish()) });
  }

  /** Replaces the part with a sheet whose rows are written at `ROWS_MARK` in `frame` when zipping. */
  stream(path: string, frame: string, rows: RowsWriter): void {
    if (frame.split(ROWS_MARK).length !== 2) throw new Error(`The frame of ${path} must hold ${ROWS_MARK} once`);
    this.parts.set(path, { frame, rows });
  }

  /** Writes every streamed sheet's rows: afterwards their shared strings are all known. */
  async writeSheets(): Promise<void> {
    for (const [path, part] of this.parts) {
      if (typeof part !== 'object' || !('frame' in part) || !('rows' in part)) continue;
      const [head, tail] = part.frame.split(ROWS_MARK);
      const out = new DeflatingWriter(path);
      out.write(`${head}<sheetData>`);
      await part.rows.write(out);
      out.write(`</sheetData>${tail}`);
      this.parts.set(path, await out.finish());
    }
  }

  /** The package as a zip, parts in their order (new ones last). */
  async zip(): Promise<Buffer> {
    const entries = await Promise.all([...this.parts].map(async ([path, part]) => {
      if (typeof part === 'string') return deflateText(path, part);
      if ('frame' in part) throw new Error(`The rows of ${path} were never written`);
      if ('compressing' in part) return part.compressing;
      return part;
    }));
    return writeZip(entries);
  }
}
