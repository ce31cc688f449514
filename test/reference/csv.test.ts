import { parseDelimited } from '../../src/reference/build/csv';

describe('parseDelimited', () => {
  it('strips the BOM, accepts CRLF and keeps empty fields', () => {
    const text = '\uFEFFSEKVENS;KODE;TITEL;NOTE\r\n1;"1";Hovedstadskommuner;\r\n2;"101";København;\r\n';
    expect(parseDelimited(text, ';')).toEqual([
      ['SEKVENS', 'KODE', 'TITEL', 'NOTE'],
      ['1', '1', 'Hovedstadskommuner', ''],
      ['2', '101', 'København', ''],
    ]);
  });

  it('keeps separators and doubled quotes inside quoted fields', () => {
    const text = '"Pr. indbygger, løbende priser (kr.)","I alt (netto)","3.22.01 Folkeskoler","Hele landet",6935\n"a ""b""",x,,,1';
    expect(parseDelimited(text, ',')).toEqual([
      ['Pr. indbygger, løbende priser (kr.)', 'I alt (netto)', '3.22.01 Folkeskoler', 'Hele landet', '6935'],
      ['a "b"', 'x', '', '', '1'],
    ]);
  });

  it('drops blank lines but keeps a row whose only field is a quoted empty string', () => {
    expect(parseDelimited('a\n\n""\nb', ',')).toEqual([['a'], [''], ['b']]);
  });

  it('rejects an unterminated quote', () => {
    expect(() => parseDelimited('"open,1\n', ',')).toThrow(/inside a quoted field/);
  });
});
