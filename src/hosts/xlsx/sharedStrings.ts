// The shared-string table of a written package: the strings ExcelJS wrote for the user's sheets and
// the registry come first, untouched, and the report sheets' strings are added after them. Each
// text is stored once; a report cell refers to it by index, as ExcelJS's own cells do.
import { unescapeXml } from './charts/packageParts';
import { cellXmlText } from './text';

const SST_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

export class SharedStrings {
  private readonly index = new Map<string, number>();
  /** The <si> elements ExcelJS wrote, kept as they were. */
  private readonly existing: string;
  private readonly existingCount: number;
  private readonly added: string[] = [];
  /** Cells that refer to a shared string (the table's `count`). */
  private references: number;

  /** `xml` is the package's sharedStrings.xml, or undefined when it has none. */
  constructor(xml: string | undefined) {
    const body = xml === undefined ? '' : /<sst\b[^>]*>([\s\S]*)<\/sst>/.exec(xml)?.[1] ?? '';
    this.existing = body;
    let count = 0;
    for (const match of body.matchAll(/<si>(?:<t>([^<]*)<\/t>|<t xml:space="preserve">([^<]*)<\/t>|<t\/>)<\/si>|<si\b[\s\S]*?<\/si>|<si\/>/g)) {
      const plain = match[1] ?? match[2] ?? (match[0] === '<si><t/></si>' ? '' : undefined);
      // Rich text and anything unusual keeps its place but is not reused for a plain text.
      if (plain !== undefined) {
        const text = unescapeXml(plain);
        if (!this.index.has(text)) this.index.set(text, count);
      }
      count++;
    }
    this.existingCount = count;
    this.references = xml === undefined ? 0 : Number(/<sst\b[^>]*\scount="(\d+)"/.exec(xml)?.[1] ?? count);
  }

  /** Index of `text` (already free of characters XML cannot hold), adding it when new. */
  indexOf(text: string): number {
    this.references++;
    let found = this.index.get(text);
    if (found === undefined) {
      found = this.existingCount + this.added.length;
      this.index.set(text, found);
      this.added.push(text);
    }
    return found;
  }

  get hasStrings(): boolean {
    return this.existingCount + this.added.length > 0;
  }

  xml(): string {
    const unique = this.existingCount + this.added.length;
    const added = this.added.map(siXml).join('');
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${SST_NS}" count="${this.references}" uniqueCount="${unique}">${this.existing}${added}</sst>`;
  }
}

/** As ExcelJS writes a string item: space is preserved where it would otherwise be lost. */
function siXml(text: string): string {
  const preserve = /^\s|\n|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<si><t${preserve}>${cellXmlText(text)}</t></si>`;
}
