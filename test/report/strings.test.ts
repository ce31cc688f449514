import { allStringKeys, t } from '../../src/i18n';

describe('report strings', () => {
  const keys = allStringKeys().filter((k) => k.startsWith('report.'));

  it('has Danish and English text for every key with the same placeholders', () => {
    expect(keys.length).toBeGreaterThan(100);
    for (const key of keys) {
      const da = t(key, 'da');
      const en = t(key, 'en');
      expect(da.trim()).not.toBe('');
      expect(en.trim()).not.toBe('');
      const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect([key, placeholders(da)]).toEqual([key, placeholders(en)]);
    }
  });
});
