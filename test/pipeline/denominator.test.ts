import { activityFits, bandOfActivityHeader } from '../../src/pipeline/denominator';
import { getArea } from '../../src/reference';
import { liveCatalogue } from '../../src/reference/statbank';

describe('does the user’s activity column count what the national key figure divides by?', () => {
  it.each([
    ['Indbyggere', 'alle'],
    ['Folketal 1. jan', 'alle'],
    ['Borgere 67+', '67plus'],
    ['Antal 67+-årige', '67plus'],
    ['Børn 0-5 år', '0-5'],
    ['Børn 0–5 år', '0-5'],
    ['Indbyggere 6-16 år', '6-16'],
    ['Elever', undefined],
    ['Pladser', undefined],
    ['Ældre borgere', undefined],
  ])('%s → %s', (header, band) => {
    expect(bandOfActivityHeader(header)).toBe(band);
  });

  it('snapshot areas divide by all inhabitants; live areas by their age band', () => {
    const snapshotSchool = getArea('folkeskole')!;
    expect(activityFits('Indbyggere', snapshotSchool)).toBe(true);
    expect(activityFits('Elever', snapshotSchool)).toBe(false);
    const live = liveCatalogue(2024);
    const liveSchool = live.find((a) => a.id === 'folkeskole')!;
    const liveElderly = live.find((a) => a.id === 'aeldrepleje')!;
    expect(activityFits('Indbyggere', liveSchool)).toBe(false);
    expect(activityFits('Indbyggere 6-16 år', liveSchool)).toBe(true);
    expect(activityFits('Borgere 67+', liveElderly)).toBe(true);
    expect(activityFits(undefined, liveElderly)).toBe(false);
  });
});
