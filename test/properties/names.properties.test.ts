// Names built from user text obey Excel's rules, whatever the text (fast-check): sheet names at
// most 31 characters, none of []:*?/\, no control characters, no apostrophe at either end, never
// "History", well-formed Unicode (a cut must not split a surrogate pair), and unique
// case-insensitively; table names of letters, digits, _ and ., not like a cell reference, unique
// case-insensitively.
import fc from 'fast-check';
import { freeSheetName, freeTableName, legalSheetName, legalTableName } from '../../src/hosts/common/naming';
import { REGISTRY_SHEET } from '../../src/hosts/common/registry';
import { safeSheetName, SheetNamer } from '../../src/report/names';

const RUNS = Number(process.env.FC_RUNS ?? 300);

/** Text a user might type, plus everything Excel forbids or treats specially. */
const hostile = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.array(fc.constantFrom('[', ']', ':', '*', '?', '/', '\\', "'", ' ', '\t', '\n', 'History', 'R1C1', 'A1', 'C', 'r', '😀', 'æøå', 'e\u0301', '_pejlemaerke', 'x'.repeat(40)), { maxLength: 12 }).map((parts) => parts.join('')),
);

/** No lone surrogate: what String.prototype.isWellFormed checks (ES2024, newer than our lib setting). */
function wellFormed(text: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

function expectLegalSheetName(name: string): void {
  expect(name.length).toBeGreaterThan(0);
  expect(name.length).toBeLessThanOrEqual(31);
  expect(name).not.toMatch(/[[\]:*?/\\]/);
  // eslint-disable-next-line no-control-regex -- control characters are what must not be there
  expect(name).not.toMatch(/[\u0000-\u001f]/);
  expect(name).not.toMatch(/^'|'$/);
  expect(name.toLowerCase()).not.toBe('history');
  expect(wellFormed(name)).toBe(true);
}

function expectLegalTableName(name: string): void {
  expect(name).toMatch(/^[\p{L}_\\][\p{L}\p{N}_.]*$/u);
  expect(name.length).toBeLessThanOrEqual(255);
  expect(name).not.toMatch(/^[A-Za-z]{1,3}\d+$/);
  expect(name).not.toMatch(/^[RrCc]$|^[Rr]\d*[Cc]\d*$|^[Rr]\d+$|^[Cc]\d+$/);
  expect(wellFormed(name)).toBe(true);
}

describe('sheet names from user text', () => {
  it.each([
    ['legalSheetName (hosts)', legalSheetName],
    ['safeSheetName (report)', (text: string) => safeSheetName(text)],
  ])('%s: always legal', (_name, make) => {
    fc.assert(fc.property(hostile, (text) => expectLegalSheetName(make(text))), { numRuns: RUNS });
  });

  it('freeSheetName: legal, never a taken name or the registry, unique case-insensitively', () => {
    fc.assert(
      fc.property(fc.array(hostile, { maxLength: 25 }), fc.array(hostile, { maxLength: 10 }), (wanted, existing) => {
        const taken = new Set(existing.map((name) => name.toLowerCase()));
        const before = new Set(taken);
        const names = wanted.map((name) => freeSheetName(name, taken));
        for (const name of names) {
          expectLegalSheetName(name);
          expect(before.has(name.toLowerCase())).toBe(false);
          expect(name.toLowerCase()).not.toBe(REGISTRY_SHEET);
        }
        expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
      }),
      { numRuns: RUNS },
    );
  });

  it('SheetNamer: legal and unique case-insensitively', () => {
    fc.assert(
      fc.property(fc.array(hostile, { maxLength: 25 }), (wanted) => {
        const namer = new SheetNamer();
        const names = wanted.map((name) => namer.take(name));
        names.forEach(expectLegalSheetName);
        expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('table names from user text', () => {
  it('legalTableName: always legal', () => {
    fc.assert(fc.property(hostile, (text) => expectLegalTableName(legalTableName(text))), { numRuns: RUNS });
  });

  it('freeTableName: legal and unique case-insensitively, never a taken one', () => {
    fc.assert(
      fc.property(fc.array(hostile, { maxLength: 25 }), fc.array(hostile, { maxLength: 10 }), (wanted, existing) => {
        const taken = new Set(existing.map((name) => name.toLowerCase()));
        const before = new Set(taken);
        const names = wanted.map((name) => freeTableName(name, taken));
        for (const name of names) {
          expectLegalTableName(name);
          expect(before.has(name.toLowerCase())).toBe(false);
        }
        expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('cases fast-check found', () => {
  it.each(["'\n'[", "' 'x", "x' '", "'''", ' \t '])('%j gives a legal sheet name everywhere', (text) => {
    expectLegalSheetName(legalSheetName(text));
    expectLegalSheetName(safeSheetName(text));
    expectLegalSheetName(new SheetNamer().take(text));
  });
});

describe('a cut that would split an emoji', () => {
  it.each([
    ['legalSheetName', legalSheetName],
    ['safeSheetName', (text: string) => safeSheetName(text)],
    ['freeSheetName', (text: string) => freeSheetName(text, new Set([legalSheetName(text).toLowerCase()]))],
  ])('%s keeps the text well-formed', (_name, make) => {
    for (let pad = 25; pad <= 31; pad++) expectLegalSheetName(make(`${'x'.repeat(pad)}😀😀😀`));
  });
});
