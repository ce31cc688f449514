// The area a sheet or table is named after is used when rows and options say none, and the run says so.
import { benchmarkGrid } from '../../src/pipeline/benchmarkGrid';
import { inferAreaFromNames } from '../../src/pipeline/areaFromNames';
import { loadSnapshot, SERVICE_AREAS } from '../../src/reference';

const reference = loadSnapshot();
const rows = [['Kommunekode', 'Nettoudgift (kr.)'], [101, 500_000_000], [461, 300_000_000]];

describe('the area from the sheet or table name', () => {
  it('"Folkeskole 2024" → folkeskole, said in the run\'s problems', () => {
    const outcome = benchmarkGrid({ sheet: 'Folkeskole 2024', topLeft: 'A1', values: rows }, { reference, group: { kind: 'all' }, standard: 'median' });
    expect(outcome.canRun).toBe(true);
    expect(outcome.results.map((result) => result.area.id)).toEqual(['folkeskole']);
    const note = outcome.problems.find((p) => p.code === 'pipeline.area.fromName.sheet');
    expect(note?.message).toBe('Serviceområdet er sat til Folkeskole, fordi arket hedder "Folkeskole 2024". Vælg et andet område, hvis det er forkert.');
  });

  it('a table name counts, and an explicit area wins over any name', () => {
    expect(inferAreaFromNames({ sheet: 'Ark1', tableName: 'Daginstitutioner_2025' }, SERVICE_AREAS)).toMatchObject({
      area: { id: 'daginstitutioner' },
      fromKind: 'table',
    });
    const outcome = benchmarkGrid({ sheet: 'Folkeskole 2024', topLeft: 'A1', values: rows }, { reference, group: { kind: 'all' }, standard: 'median', area: 'dagtilbud' });
    expect(outcome.results.map((result) => result.area.id)).toEqual(['dagtilbud']);
    expect(outcome.problems.some((p) => p.code.startsWith('pipeline.area.fromName'))).toBe(false);
  });

  it.each(['Skoler og SFO', 'Budget 2025', 'Ark1'])('"%s" names no single area, so none is guessed', (sheet) => {
    expect(inferAreaFromNames({ sheet }, SERVICE_AREAS)).toBeUndefined();
    const outcome = benchmarkGrid({ sheet, topLeft: 'A1', values: rows }, { reference, group: { kind: 'all' }, standard: 'median' });
    expect(outcome.canRun).toBe(false);
    expect(outcome.problems.some((p) => p.code === 'pipeline.area.missing')).toBe(true);
  });
});
