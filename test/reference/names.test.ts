import { AreaNameIndex, normaliseAreaName } from '../../src/reference/build/names';

const index = new AreaNameIndex(
  [
    { code: '101', name: 'København' },
    { code: '173', name: 'Lyngby-Taarbæk' },
    { code: '169', name: 'Høje-Taastrup' },
    { code: '400', name: 'Bornholm' },
    { code: '751', name: 'Aarhus' },
    { code: '580', name: 'Aabenraa' },
  ],
  [{ code: '084', name: 'Region Hovedstaden' }],
);

describe('area name mapping', () => {
  it('maps Hele landet to 000 and municipalities to their codes', () => {
    expect(index.match('Hele landet')).toEqual({ kind: 'national', code: '000' });
    expect(index.match('København')).toEqual({ kind: 'municipality', code: '101' });
  });

  it('ignores case, hyphen-versus-space, extra spaces and Unicode form', () => {
    expect(index.match('  lyngby   taarbæk ')?.code).toBe('173');
    expect(index.match('Høje Taastrup')?.code).toBe('169');
    // Decomposed letters (a + combining ring) arrive from some copy-paste paths; NFC joins them.
    expect(normaliseAreaName('A\u030Abenra\u030A')).toBe('åbenrå');
    expect(index.match('A\u030Abenra\u030A')?.code).toBe('580');
  });

  it('knows the older and longer spellings DST has used', () => {
    expect(index.match('Århus')?.code).toBe('751');
    expect(index.match('Bornholms Regionskommune')?.code).toBe('400');
    expect(index.match('Åbenrå')?.code).toBe('580');
  });

  it('tells regions and Christiansø apart from municipalities', () => {
    expect(index.match('Region Hovedstaden')).toEqual({ kind: 'region', code: '084' });
    expect(index.match('Christiansø')).toEqual({ kind: 'nonMunicipal', code: '411' });
  });

  it('fails loudly on an unknown name, naming it and the place it came from', () => {
    expect(index.match('Københaven')).toBeUndefined();
    expect(() => index.require('Københaven', 'file.csv row 7')).toThrow('file.csv row 7: area name "Københaven"');
  });

  it('refuses two codes that share a name', () => {
    expect(() => new AreaNameIndex([{ code: '101', name: 'X' }, { code: '102', name: 'x' }], [])).toThrow(/share the name/);
  });
});
