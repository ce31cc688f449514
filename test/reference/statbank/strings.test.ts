import { statbankStrings } from '../../../src/i18n/tables/statbank';
import { DST_ERROR_CODES, StatbankError, type StatbankErrorCode } from '../../../src/reference/statbank/errors';

const ALL_CODES: StatbankErrorCode[] = [
  ...DST_ERROR_CODES, 'DST-OTHER', 'NOT-FOUND', 'HTTP', 'SERVER', 'TIMEOUT', 'DEADLINE', 'NETWORK', 'MALFORMED', 'TRUNCATED',
  'CONTENT-TYPE', 'EMPTY', 'SHAPE', 'UNKNOWN-VARIABLE', 'UNKNOWN-VALUE', 'MISSING-VARIABLE', 'NO-YEAR',
];

describe('statbank strings', () => {
  it('every entry has Danish and English text with the same placeholders', () => {
    for (const [key, entry] of Object.entries(statbankStrings)) {
      expect(entry.da.trim()).not.toBe('');
      expect(entry.en.trim()).not.toBe('');
      const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect({ key, names: names(entry.da) }).toEqual({ key, names: names(entry.en) });
    }
  });

  it('every error code has a message, and a rendered message leaves no placeholder behind', () => {
    const params = {
      table: 'REGK31', dstMessage: 'x', code: 'X', url: 'u', status: 500, attempts: 3, seconds: 15, detail: 'd',
      contentType: 'text/html', variable: 'OMRÅDE', value: '999', close: '101', known: 'OMRÅDE', period: '2030', newest: '2024',
    };
    for (const code of ALL_CODES) {
      const error = new StatbankError(code, params, 'da');
      expect(error.message).not.toMatch(/\{\w+\}/);
      expect(error.messageIn('en')).not.toMatch(/\{\w+\}/);
    }
    expect(new StatbankError('TIMEOUT', params, 'da').message).toBe('Danmarks Statistik svarede ikke inden for 15 sekunder (3 forsøg). Prøv igen senere.');
  });
});
