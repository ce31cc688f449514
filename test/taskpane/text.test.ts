// Counts with the right grammar and amounts in the pane language's own number style.
import { countText, endSentence, formatDay, formatKr, formatKrShort, formatPercent, listWords } from '../../src/taskpane/text';

describe('pane words and numbers', () => {
  it('says "1 række" and "2 rækker"', () => {
    expect(countText('pane.rows', 1, 'da')).toBe('1 række');
    expect(countText('pane.rows', 2, 'da')).toBe('2 rækker');
    expect(countText('pane.rows', 1, 'en')).toBe('1 row');
    expect(countText('pane.rows', 1200, 'en')).toBe('1,200 rows');
    expect(countText('pane.rows', 1200, 'da')).toBe('1.200 rækker');
  });

  it('writes kroner with Danish separators in Danish and English ones in English', () => {
    expect(formatKr(105272497.25, 'da')).toBe('105.272.497 kr.');
    expect(formatKr(105272497.25, 'en')).toBe('DKK 105,272,497');
    expect(formatKrShort(4_212_000, 'da')).toBe('4,2 mio. kr.');
    expect(formatKrShort(4_212_000, 'en')).toBe('DKK 4.2m');
    expect(formatKrShort(999_499, 'da')).toBe('999.499 kr.');
    expect(formatPercent(0.9407, 'da')).toBe('94 %');
    expect(formatPercent(0.9407, 'en')).toBe('94%');
  });

  it('formats a day in UTC', () => {
    expect(formatDay('2026-11-23T23:32:46Z', 'da')).toBe('23.11.2026');
    expect(formatDay('2026-11-23T23:32:46Z', 'en')).toBe('23 Nov 2026');
    expect(formatDay('not a date', 'da')).toBe('not a date');
  });

  it('ends a sentence once, also after "kr."', () => {
    expect(endSentence('De kunne spare 12 kr.')).toBe('De kunne spare 12 kr.');
    expect(endSentence('They could save DKK 12')).toBe('They could save DKK 12.');
    expect(listWords(['a', 'b', 'c'], 'da')).toBe('a, b og c');
    expect(listWords(['a'], 'en')).toBe('a');
  });
});
