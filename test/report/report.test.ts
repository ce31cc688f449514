import { buildReport } from '../../src/report';
import { cellAt, checkAll, checkFormulas, checkTables, sheetByName, sheetText } from './checks';
import { aarhusSchool, folkeskole, institutionResult, municipalityResults, reportInput } from './fixtures';

describe('buildReport – invariants', () => {
  const cases = [
    ['municipality, Danish', () => buildReport(reportInput(municipalityResults(), 'da'))],
    ['municipality, English', () => buildReport(reportInput(municipalityResults(), 'en'))],
    ['institution, Danish', () => buildReport(reportInput([institutionResult()], 'da'))],
    ['institution, English', () => buildReport(reportInput([institutionResult()], 'en'))],
  ] as const;

  it.each(cases)('%s: names, tables, formulas, charts and values are sound', (_label, build) => {
    checkAll(build());
  });

  it('recomputes a meaningful number of formulas', () => {
    expect(checkFormulas(buildReport(reportInput(municipalityResults())))).toBeGreaterThan(60);
  });

  it('puts the sheets in reading order with Danish names by default', () => {
    const input = reportInput(municipalityResults());
    delete input.lang;
    expect(buildReport(input).sheets.map((s) => [s.name, s.role])).toEqual([
      ['Overblik', 'overview'],
      ['Benchmark – Folkeskole', 'benchmark'],
      ['Benchmark – Pleje og omsorg af', 'benchmark'],
      ['Potentialer', 'potentials'],
      ['Prioritering', 'prioritisation'],
      ['Metode og kilder', 'method'],
    ]);
  });

  it('uses English names when asked', () => {
    expect(buildReport(reportInput(municipalityResults(), 'en')).sheets.map((s) => s.name)).toEqual([
      'Overview', 'Benchmark – Primary school', 'Benchmark – Care for the', 'Potentials', 'Prioritisation', 'Method and sources',
    ]);
  });

  it('keeps names unique when two areas share a name', () => {
    const [school] = municipalityResults();
    const model = buildReport(reportInput([school, { ...school }]));
    expect(model.sheets.map((s) => s.name)).toContain('Benchmark – Folkeskole (2)');
  });

  it('carries the run metadata', () => {
    expect(buildReport(reportInput([institutionResult()])).meta).toEqual({
      generator: 'Pejlemærke', version: '0.1.0', createdAt: '2025-03-03T12:45:00Z', runId: 'run-42',
    });
  });

  it('states source, method and caveat on every sheet in both languages', () => {
    for (const [lang, caveat, source] of [['da', 'Relativ sammenligning, ikke absolut', 'Danmarks Statistik'], ['en', 'A relative comparison, not an absolute one', 'Statistics Denmark']] as const) {
      for (const sheet of buildReport(reportInput(municipalityResults(), lang)).sheets) {
        // Overblik says it in its three sentences and its data line; Prioritering is the planner's work sheet.
        if (sheet.role === 'prioritisation') continue;
        const top = sheet.role === 'overview'
          ? sheetText(sheet)
          : sheet.cells.filter((c) => /^A[1-4]$/.test(c.address)).map((c) => String(c.value)).join('\n');
        if (sheet.role === 'overview') {
          expect(top).toMatch(lang === 'da' ? /ikke en besparelse, der kan hentes uden videre/ : /not a saving to be taken as it stands/);
          expect(top).toContain(source);
          continue;
        }
        expect(top).toContain(caveat);
        if (sheet.role !== 'method') expect(top).toContain(source);
        expect(top).toMatch(lang === 'da' ? /Metode|forklarer|regnet/ : /Method|computed/);
      }
    }
  });

  it('still builds a sound report when there are no results', () => {
    const model = buildReport(reportInput([]));
    checkAll(model);
    expect(model.sheets.map((s) => s.role)).toEqual(['overview', 'potentials', 'prioritisation', 'method']);
    expect(cellAt(sheetByName(model, 'Potentialer'), 'P8')?.value).toBe(0);
  });

  it('writes rank and percentile rank as plain values when the engine left the own unit out of its group', () => {
    const unit = aarhusSchool();
    unit.group.members = unit.group.members.filter((m) => !m.isOwn);
    const model = buildReport(reportInput([{ level: 'municipality', area: folkeskole, standard: 'quartile', units: [unit], problems: [] }]));
    // The fixture's distribution still counts Aarhus, so only the layout is checked here.
    checkTables(model);
    const sheet = sheetByName(model, 'Benchmark – Folkeskole');
    expect(cellAt(sheet, 'I8')).toEqual({ address: 'I8', value: 3, numFmt: '#,##0' });
    expect(cellAt(sheet, 'K8')?.formula).toBeUndefined();
  });
});
