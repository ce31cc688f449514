// The pieces of the report's package writer: the zip container, the UTF-8 encoder and escaping,
// and the shared strings and styles added to what ExcelJS wrote. Each is checked against what the
// library it stands in for (Node's encoder, zlib, JSZip, ExcelJS) would give.
import { inflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import JSZip from 'jszip';
import { CellFormats } from '../../../src/hosts/xlsx/cellStyles';
import { chartParts, chartSpaceXml } from '../../../src/hosts/xlsx/charts/chartXml';
import { POINTS_MARK } from '../../../src/hosts/xlsx/charts/seriesXml';
import type { ResolvedChart } from '../../../src/hosts/xlsx/charts/types';
import { fileFormulas, toFileFormula } from '../../../src/hosts/xlsx/formulas';
import { SharedStrings } from '../../../src/hosts/xlsx/sharedStrings';
import { mergeCellFormats } from '../../../src/hosts/xlsx/styleSheet';
import { cellXmlText } from '../../../src/hosts/xlsx/text';
import { encodeCellText, encodeUtf8 } from '../../../src/hosts/xlsx/utf8';
import { DeflatingWriter, deflateText, readZip, writeZip } from '../../../src/hosts/xlsx/zip';

/** Text with the awkward parts: XML specials, control characters, DEL, non-ASCII, pairs and lone surrogates. */
const awkwardText = fc.array(
  fc.constantFrom('a', 'Z', '7', ' ', 'æ', 'ø', '–', '€', '\u07ff', '\u0800', '&', '<', '>', '"', "'", '\t', '\n', '\r', '\u0001', '\u001f', '\u007f', '\ud83d\ude00', '\ud800', '\udc00', '\ufffe', '\uffff'),
  { maxLength: 12 },
).map((parts) => parts.join(''));

async function unpacked(entry: { data: Buffer }): Promise<string> {
  return inflateRawSync(entry.data).toString('utf8');
}

describe('UTF-8 and cell text written as bytes', () => {
  test('encodeUtf8 gives the bytes of Node’s encoder', () => {
    fc.assert(fc.property(awkwardText, (text) => {
      const bytes = new Uint8Array(text.length * 3);
      expect(Buffer.from(bytes.subarray(0, encodeUtf8(text, bytes, 0)))).toEqual(Buffer.from(text, 'utf8'));
    }), { numRuns: 2000 });
  });

  test('encodeCellText gives cellXmlText’s bytes, or asks for it (-1) when a character is left out', () => {
    fc.assert(fc.property(awkwardText, (text) => {
      const bytes = new Uint8Array(text.length * 6);
      const end = encodeCellText(text, bytes, 0);
      // eslint-disable-next-line no-control-regex
      if (end < 0) expect(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/.test(text)).toBe(true);
      else expect(Buffer.from(bytes.subarray(0, end))).toEqual(Buffer.from(cellXmlText(text), 'utf8'));
    }), { numRuns: 2000 });
  });

  test('cell text never carries the characters XML 1.0 forbids', () => {
    fc.assert(fc.property(awkwardText, (text) => {
      // eslint-disable-next-line no-control-regex
      expect(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(cellXmlText(text))).toBe(false);
    }), { numRuns: 2000 });
  });

  test('the writer stores text, escaped cell text and numbers as they are written as strings', async () => {
    const writer = new DeflatingWriter('part.xml');
    const numbers = [0, -0, 7, -12, 1234567890123, 1e15, 0.1, -2.5e-7, 1 / 3, 1e21];
    let expected = '';
    for (const value of numbers) {
      writer.writeNumber(value);
      writer.write('|');
      expected += `${String(value)}|`;
    }
    writer.writeCellText('a<b & "c" \u0001\ud800\u0001\udc00');
    expected += cellXmlText('a<b & "c" \u0001\ud800\u0001\udc00');
    const entry = await writer.finish();
    expect(await unpacked(entry)).toBe(expected);
    expect(entry.size).toBe(Buffer.byteLength(expected));
  });

  test('a long text across many chunks comes out whole, surrogate pairs included', async () => {
    const text = Array.from({ length: 120_000 }, (_, i) => `<c r="A${i}">æ😀–${i}</c>`).join('');
    const entry = await deflateText('big.xml', text);
    expect(await unpacked(entry)).toBe(text);
  });
});

describe('the zip container', () => {
  test('JSZip reads what writeZip writes, and readZip reads JSZip’s zips', async () => {
    const entries = await Promise.all([deflateText('[Content_Types].xml', '<Types/>'), deflateText('xl/æøå.xml', 'x'.repeat(5000))]);
    const zip = await JSZip.loadAsync(writeZip(entries));
    expect(await zip.file('[Content_Types].xml')?.async('string')).toBe('<Types/>');
    expect(await zip.file('xl/æøå.xml')?.async('string')).toBe('x'.repeat(5000));

    const theirs = new JSZip();
    theirs.file('a.xml', 'deflated '.repeat(100), { compression: 'DEFLATE' });
    theirs.file('b.xml', 'stored', { compression: 'STORE' });
    const read = readZip(await theirs.generateAsync({ type: 'nodebuffer' }));
    expect(read.map((e) => e.name)).toEqual(['a.xml', 'b.xml']);
    // Copied as they were: the round trip keeps their compressed bytes.
    const again = await JSZip.loadAsync(writeZip(read));
    expect(await again.file('a.xml')?.async('string')).toBe('deflated '.repeat(100));
    expect(await again.file('b.xml')?.async('string')).toBe('stored');
  });
});

describe('shared strings after ExcelJS’s', () => {
  const theirs = '<?xml version="1.0"?>\n<sst xmlns="x" count="5" uniqueCount="3"><si><t>Aarhus</t></si><si><r><t>rich</t></r></si><si><t xml:space="preserve"> Odense</t></si></sst>';

  test('existing plain texts are reused, new ones added at the end, counts kept right', () => {
    const strings = new SharedStrings(theirs);
    expect(strings.indexOf('Aarhus')).toBe(0);
    expect(strings.indexOf(' Odense')).toBe(2);
    expect(strings.indexOf('rich')).toBe(3); // a rich text item is not a plain text
    expect(strings.indexOf('Vejle & Co')).toBe(4);
    expect(strings.indexOf('rich')).toBe(3);
    const xml = strings.xml();
    expect(xml).toContain('count="10" uniqueCount="5"');
    expect(xml).toContain('<si><t>Aarhus</t></si><si><r><t>rich</t></r></si><si><t xml:space="preserve"> Odense</t></si><si><t>rich</t></si><si><t>Vejle &amp; Co</t></si>');
  });

  test('without a table of ExcelJS’s the first text is number 0', () => {
    const strings = new SharedStrings(undefined);
    expect(strings.hasStrings).toBe(false);
    expect(strings.indexOf('x')).toBe(0);
    expect(strings.xml()).toContain('count="1" uniqueCount="1"><si><t>x</t></si></sst>');
  });
});

describe('cell formats added to ExcelJS’s styles.xml', () => {
  const styles = '<?xml version="1.0"?>\n<styleSheet xmlns="x"><numFmts count="1"><numFmt numFmtId="170" formatCode="0.0&quot;x&quot;"/></numFmts>'
    + '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
    + '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    + '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><dxfs count="0"/></styleSheet>';

  test('formats get indexes after the existing ones; numFmt ids after the highest; built-in formats by id', () => {
    const formats = new CellFormats();
    const plain = formats.idOf(undefined, undefined);
    const money = formats.idOf('#,##0 "kr."', { bold: true, fill: 'D9E1F2', border: 'thin' });
    const count = formats.idOf('#,##0', { wrap: true, align: 'center', verticalAlign: 'middle' }, true);
    expect(formats.idOf(undefined, {})).toBe(plain);
    const { xml, xfIds } = mergeCellFormats(styles, formats.formats);
    expect(xfIds).toEqual([1, 2, 3]);
    expect(xml).toContain('<numFmts count="2"><numFmt numFmtId="170" formatCode="0.0&quot;x&quot;"/><numFmt numFmtId="171" formatCode="#,##0 &quot;kr.&quot;"/></numFmts>');
    expect(xml).toContain('<fonts count="3">');
    expect(xml).toContain('<fills count="3">');
    expect(xml).toContain('<borders count="2">');
    expect(xml).toContain('<cellXfs count="4">');
    expect(xml).toContain(`<xf numFmtId="171" fontId="2" fillId="2" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1"/>`);
    expect(xml).toContain('<xf numFmtId="3" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyAlignment="1" applyProtection="1">'
      + '<alignment horizontal="center" vertical="center" wrapText="1"/><protection locked="0"/></xf>');
    expect(money).not.toBe(count);
  });

  test('a format already in the file is reused, and numFmts is made when ExcelJS wrote none', () => {
    const formats = new CellFormats();
    formats.idOf('0.0%', { italic: true });
    const once = mergeCellFormats(styles.replace(/<numFmts[\s\S]*?<\/numFmts>/, ''), formats.formats);
    expect(once.xml).toMatch(/<styleSheet xmlns="x"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"\/><\/numFmts>/);
    const twice = mergeCellFormats(once.xml, formats.formats);
    expect(twice.xfIds).toEqual(once.xfIds);
    expect(twice.xml).toBe(once.xml);
  });

  test('formats are told apart by every part of the style, whichever way the key is made', () => {
    const style = fc.record({
      bold: fc.option(fc.boolean(), { nil: undefined }),
      italic: fc.option(fc.boolean(), { nil: undefined }),
      size: fc.option(fc.constantFrom(8, 11, 14), { nil: undefined }),
      color: fc.option(fc.constantFrom('1F4E79', '595959'), { nil: undefined }),
      fill: fc.option(fc.constantFrom('FFF2CC', 'D9E1F2'), { nil: undefined }),
      wrap: fc.option(fc.boolean(), { nil: undefined }),
      align: fc.option(fc.constantFrom('left' as const, 'center' as const, 'right' as const), { nil: undefined }),
      verticalAlign: fc.option(fc.constantFrom('top' as const, 'middle' as const, 'bottom' as const), { nil: undefined }),
      border: fc.option(fc.constantFrom('thin' as const, 'bottomThin' as const, 'bottomMedium' as const), { nil: undefined }),
    }, { requiredKeys: [] });
    const cell = fc.tuple(fc.option(fc.constantFrom('#,##0', '0.0%', '#,##0 "kr."'), { nil: undefined }), style, fc.boolean());
    fc.assert(fc.property(fc.array(cell, { minLength: 1, maxLength: 30 }), (cells) => {
      const formats = new CellFormats();
      const ids = cells.map(([numFmt, s, unlocked]) => formats.idOf(numFmt, s, unlocked));
      // The same cell again gets the same number, from a fresh copy of its style too.
      cells.forEach(([numFmt, s, unlocked], i) => expect(formats.idOf(numFmt, { ...s }, unlocked)).toBe(ids[i]));
      // Equal numbers exactly when the formats are equal.
      const texts = ids.map((id) => JSON.stringify(formats.formats[id]));
      for (let i = 0; i < ids.length; i++) for (let j = 0; j < ids.length; j++) expect(ids[i] === ids[j]).toBe(texts[i] === texts[j]);
    }), { numRuns: 300 });
  });
});

describe('formulas as the file stores them', () => {
  test('fileFormulas gives toFileFormula’s text for any formula and rename', () => {
    const token = fc.constantFrom('A1', '$B$2', 'Ark!', "'Mit ark'!", "'it''s'!", 'Tal[', '[Kol]', ']', '"', '"x"', '(', ')', ',', 'RANK.EQ', 'rank.eq', 'SUM', 'Navn', 'STDEV.S', '_xlfn.', 'æ', 'ıfna', 'CONCAT', ' ', '=');
    const renames = [{}, { sheetRenames: new Map([['Ark', 'Ark (2)']]) }, { tableRenames: new Map([['Tal', 'Tal_2']]), nameRenames: new Map([['Navn', 'Navn_2']]) }];
    fc.assert(fc.property(fc.array(token, { maxLength: 10 }), fc.constantFrom(0, 1, 2), (tokens, which) => {
      const formula = tokens.join('');
      expect(fileFormulas(renames[which])(formula)).toBe(toFileFormula(formula, renames[which]));
    }), { numRuns: 3000 });
  });
});

describe('charts with many points', () => {
  test('the parts with their point runs written in place are chartSpaceXml’s text', () => {
    const n = 2500;
    const ref = <T>(points: T[]) => ({ ref: "'Benchmark – Folkeskole'!$A$1:$A$2500", points });
    const names = Array.from({ length: n }, (_, i) => `Skole ${i} & co`);
    const values = Array.from({ length: n }, (_, i) => (i % 7 === 0 ? null : i * 1.5));
    const chart: ResolvedChart = {
      model: { kind: 'scatter', title: 'Mange', series: [], anchor: { from: 'A1', widthCols: 8, heightRows: 18 } },
      series: [
        { name: { literal: 'Egne' }, values: ref(values), categories: { numbers: ref(values) }, color: '4472C4', asLine: false, valueLabels: false, pointLabels: ref(names), errorBars: { plus: ref(values), minus: ref(values) } },
        { name: ref(['Median']), values: ref(values.slice(0, 2)), color: 'ED7D31', asLine: true, valueLabels: true },
      ],
      from: { row: 0, col: 0 },
      to: { row: 18, col: 8 },
    };
    const { xml, runs } = chartParts(chart);
    const pieces = xml.split(POINTS_MARK);
    expect(runs.length).toBe(pieces.length - 1);
    expect(runs.length).toBeGreaterThanOrEqual(5);
    const joined = pieces.map((piece, i) => piece + (runs[i] ? Array.from({ length: runs[i].count }, (_, p) => runs[i].item(p)).join('') : '')).join('');
    expect(joined).toBe(chartSpaceXml(chart));
  });
});
