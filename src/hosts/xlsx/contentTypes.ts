// [Content_Types].xml gathers an override per part. A workbook of 98 municipalities with their own
// comparison groups adds thousands (a table and a chart each), so the part names are kept in a
// set and the new overrides are written into the text once, not one string edit per part.

export class ContentTypeOverrides {
  private readonly known: Set<string>;
  private readonly added: string[] = [];

  constructor(private readonly xml: string) {
    this.known = new Set(Array.from(xml.matchAll(/PartName="([^"]*)"/g), (match) => match[1]));
  }

  add(partName: string, contentType: string): void {
    if (this.known.has(partName)) return;
    this.known.add(partName);
    this.added.push(`<Override PartName="${partName}" ContentType="${contentType}"/>`);
  }

  toXml(): string {
    return this.added.length === 0 ? this.xml : this.xml.replace('</Types>', `${this.added.join('')}</Types>`);
  }
}
