// What the sheets say, checked against the hand-worked fixture values.
import { buildReport } from '../../src/report';
import type { ReportModel, SheetModel } from '../../src/report/model';
import { cellAt, parseRef, sheetByName, sheetText } from './checks';
import { Evaluator } from './evaluate';
import { institutionResult, municipalityResults, reportInput } from './fixtures';

const municipal = (): ReportModel => buildReport(reportInput(municipalityResults()));
const institutions = (): ReportModel => buildReport(reportInput([institutionResult()]));

function find(sheet: SheetModel, text: string): string {
  const hit = sheet.cells.find((c) => c.value === text);
  if (!hit) throw new Error(`'${text}' not on ${sheet.name}`);
  return hit.address;
}

describe('benchmark sheet, municipality level', () => {
  const model = municipal();
  const sheet = sheetByName(model, 'Benchmark – Folkeskole');
  const ev = new Evaluator(model);

  it('lists the own units in a native table with live key figures and positions', () => {
    const own = sheet.tables.find((t) => t.columns[0] === 'Enhed' && t.columns.includes('Lys'));
    expect(own?.range).toBe('A7:O9');
    expect(cellAt(sheet, 'A8')?.value).toBe('Aarhus');
    expect(cellAt(sheet, 'E8')).toMatchObject({ formula: 'C8/D8', value: 75_000 });
    expect(cellAt(sheet, 'I8')?.formula).toMatch(/^RANK\.EQ\(E8,\$C\$\d+:\$C\$\d+,1\)$/);
    expect(ev.cell(sheet.name, 'I8')).toBe(3);
    expect(ev.cell(sheet.name, 'K8')).toBe(0.5);
    expect(ev.cell(sheet.name, 'I9')).toBe(4); // Odense, in its own group
    expect(ev.cell(sheet.name, 'K9')).toBe(1);
    expect(cellAt(sheet, 'M9')?.value).toBe('Rød');
    expect(ev.cell(sheet.name, 'O8')).toBe(144_000_000);
  });

  it('gives each own unit with a different group its own block with live statistics', () => {
    const groups = sheet.tables.filter((t) => t.name.includes('Gruppe'));
    expect(groups).toHaveLength(2);
    const aarhusMedianRow = Number(/\d+/.exec(String(cellAt(sheet, 'G8')?.formula))?.[0]);
    expect(cellAt(sheet, `C${aarhusMedianRow}`)?.formula).toMatch(/^MEDIAN\(\$C\$\d+:\$C\$\d+\)$/);
    expect(ev.cell(sheet.name, 'F8')).toBe(72_000);
    expect(ev.cell(sheet.name, 'H9')).toBe(84_500);
    // Σ/Σ = 11 754 000 000 / 159 000 for Aarhus's group.
    const weighted = find(sheet, 'Gennemsnit (Σ udgift ÷ Σ aktivitet)').replace('A', 'C');
    expect(cellAt(sheet, weighted)?.formula).toMatch(/^SUMPRODUCT\(\$C\$\d+:\$C\$\d+,\$D\$\d+:\$D\$\d+\)\/SUM\(\$D\$\d+:\$D\$\d+\)$/);
    expect(ev.cell(sheet.name, weighted)).toBeCloseTo(11_754_000_000 / 159_000, 6);
  });

  it('links the own member of the group to the own table, so the rank follows the user\'s figures', () => {
    const aarhusRow = sheet.cells.find((c) => c.value === 'Aarhus' && c.address !== 'A8' && /^A\d+$/.test(c.address));
    const row = Number(aarhusRow?.address.slice(1));
    expect(cellAt(sheet, `C${row}`)?.formula).toBe('$E$8');
    expect(cellAt(sheet, `E${row}`)?.value).toBe('Ja');
  });

  it('says "not available" where weights are missing instead of a wrong average', () => {
    const labels = sheet.cells.filter((c) => c.value === 'Gennemsnit (Σ udgift ÷ Σ aktivitet)');
    const odense = labels[1].address.replace('A', 'C');
    expect(cellAt(sheet, odense)).toMatchObject({ value: 'ikke tilgængelig' });
    expect(cellAt(sheet, odense)?.formula).toBeUndefined();
  });

  it('colours the traffic lights and bars the potential', () => {
    const lights = sheet.conditionalFormats.filter((cf) => cf.kind === 'expression' && cf.range === 'M8:M9');
    expect(lights.map((cf) => (cf.kind === 'expression' ? cf.formula : ''))).toEqual(['M8="Grøn"', 'M8="Gul"', 'M8="Rød"']);
    expect(sheet.conditionalFormats).toContainEqual(expect.objectContaining({ kind: 'dataBar', range: 'O8:O9' }));
  });

  it('shows the regression and charts the own value against the group quartiles', () => {
    const r2 = find(sheet, 'Forklaringsgrad (R²)').replace('A', 'C');
    expect(cellAt(sheet, r2)).toMatchObject({ value: 0.37, numFmt: '0.000' });
    const [chart] = sheet.charts;
    expect(chart.series.map((s) => s.name)).toEqual(['Egen værdi', 'Nedre kvartil', 'Median', 'Øvre kvartil']);
    // Two different groups: quartiles as columns, not as a line joining unrelated groups.
    expect(chart.series.some((s) => s.asLine)).toBe(false);
    expect(parseRef(chart.series[0].values).cells).toEqual(['E8', 'E9']);
  });

  it('uses Danish number formats as codes and freezes the header', () => {
    expect(cellAt(sheet, 'C8')?.numFmt).toBe('#,##0 "kr."');
    expect(cellAt(sheet, 'K8')?.numFmt).toBe('0.0%');
    expect(sheet.freeze).toEqual({ rows: 7, columns: 1 });
    expect(sheet.print).toMatchObject({ orientation: 'landscape', paperSize: 'A4', fit: { width: 1, height: 0 }, gridlines: false });
  });

  it('cites only the sources of its area', () => {
    expect(cellAt(sheet, 'A2')?.value).toBe('Kilde: Danmarks Statistik, REGK31 (2024): data fra 1. januar 2025, ikke hentet live. Egne beregninger.');
    const care = sheetByName(model, 'Benchmark – Pleje og omsorg af');
    expect(String(cellAt(care, 'A2')?.value)).toContain('FOLK1A (2020K1): hentet live 3. marts 2025');
  });
});

describe('benchmark sheet, direction higher and similar groups', () => {
  const model = municipal();
  const sheet = sheetByName(model, 'Benchmark – Pleje og omsorg af');
  const ev = new Evaluator(model);

  it('ranks descending and reverses the potential', () => {
    expect(cellAt(sheet, 'I8')?.formula).toMatch(/,0\)$/);
    expect(ev.cell(sheet.name, 'I8')).toBe(2);
    expect(ev.cell(sheet.name, 'K8')).toBe(0.666);
    expect(cellAt(sheet, 'O8')?.formula).toBe('IF(N8="",0,MAX(0,N8-E8)*D8)');
    expect(ev.cell(sheet.name, 'O8')).toBe(30_000_000);
  });

  it('shows distances for a similar-municipality group and flags borrowed activity', () => {
    const group = sheet.tables.find((t) => t.name.includes('Gruppe'));
    expect(group?.columns).toContain('Afstand');
    expect(sheetText(sheet)).toContain('Aktiviteten for Aarhus er ikke fra dit ark, men Danmarks Statistiks tal for 2020K1.');
  });
});

describe('benchmark sheet, institution level', () => {
  const model = institutions();
  const sheet = sheetByName(model, 'Benchmark – Skoler');
  const ev = new Evaluator(model);

  it('compares all institutions in one shared block whose statistics run over the own table', () => {
    // The own table lists every member already; a second member table would double the sheet.
    expect(sheet.tables.filter((t) => t.name.includes('Gruppe'))).toHaveLength(0);
    expect(cellAt(sheet, find(sheet, 'Median').replace('A', 'C'))?.formula).toBe('MEDIAN($E$8:$E$12)');
    expect(sheetText(sheet)).toContain('Sammenligningsgruppe: Alle skoler – for alle 5 egne enheder');
    expect([8, 9, 10, 11, 12].map((r) => ev.cell(sheet.name, `I${r}`))).toEqual([3, 4, 2, 5, 1]);
    expect([8, 9, 10, 11, 12].map((r) => ev.cell(sheet.name, `K${r}`))).toEqual([0.5, 0.75, 0.25, 1, 0]);
    expect([8, 9, 10, 11, 12].map((r) => cellAt(sheet, `M${r}`)?.value)).toEqual(['Gul', 'Gul', 'Grøn', 'Rød', 'Grøn']);
    expect(cellAt(sheet, find(sheet, 'Landstal').replace('A', 'C'))?.value).toBe(95_000);
  });

  it('draws the quartiles as lines and a second chart of all institutions with the median', () => {
    expect(sheet.charts).toHaveLength(2);
    expect(sheet.charts[0].series.slice(1).every((s) => s.asLine)).toBe(true);
    const median = sheet.charts[1].series[1];
    expect(median.asLine).toBe(true);
    expect(parseRef(median.values).cells.map((a) => ev.cell(sheet.name, a))).toEqual([100_000, 100_000, 100_000, 100_000, 100_000]);
  });
});

describe('potentials sheet', () => {
  const model = municipal();
  const sheet = sheetByName(model, 'Potentialer');
  const ev = new Evaluator(model);

  it('has one row per unit and area with five standards and live potentials', () => {
    const [table] = sheet.tables;
    expect(table.range).toBe('A6:P9');
    expect(table.columns.slice(4, 6)).toEqual(['Median', 'Potentiale (kr.): Median']);
    expect(cellAt(sheet, 'H7')?.formula).toBe('IF(G7="","",MAX(0,C7-G7)*D7)');
    expect(cellAt(sheet, 'F9')?.formula).toBe('IF(E9="","",MAX(0,E9-C9)*D9)');
    // Odense has no expected level: the standard stays empty and so does its potential.
    expect(cellAt(sheet, 'M8')?.value).toBeNull();
    expect(ev.cell(sheet.name, 'N8')).toBe('');
    // The range across standards is on Overblik (totals), not per row.
    expect(cellAt(sheet, 'Q8')).toBeUndefined();
  });

  it('sums the headline potential below the table: 144 + 140 + 30 million kr.', () => {
    expect(cellAt(sheet, 'A10')?.value).toBe('I alt');
    expect(cellAt(sheet, 'P10')?.formula).toBe('SUM($P$7:$P$9)');
    expect(ev.cell(sheet.name, 'P10')).toBe(314_000_000);
    // Best: 288 + 200 + 30 million.
    expect(ev.cell(sheet.name, 'J10')).toBe(518_000_000);
    expect(sheet.conditionalFormats).toContainEqual({ kind: 'dataBar', range: 'P7:P9', color: expect.any(String) });
  });
});

describe('overview sheet', () => {
  const model = municipal();
  const sheet = sheetByName(model, 'Overblik');
  const ev = new Evaluator(model);
  const rowOf = (text: string): number => Number(/\d+$/.exec(find(sheet, text))?.[0]);

  it('leads with the total potential at the chosen standard in words, linked to the potentials sheet and named', () => {
    expect(cellAt(sheet, 'A4')?.value).toBe('Samlet potentiale om året, hvis I kom ned på de valgte standarder');
    expect(cellAt(sheet, 'B4')?.formula).toBe("'Potentialer'!$P$10");
    expect(ev.cell(sheet.name, 'B4')).toBe(314_000_000);
    expect(cellAt(sheet, 'B4')?.numFmt).toBe('#,##0.0,, "mio. kr."');
    expect(model.names).toContainEqual({ name: 'Samlet_potentiale', refersTo: "'Overblik'!$B$4" });
  });

  it('gives the range across the standards every unit has, as totals of the potentials sheet', () => {
    const row = rowOf('Med en anden standard ligger det mellem');
    // Expected is missing for Odense, so only four standards compare like with like.
    expect(cellAt(sheet, `B${row}`)?.formula).toBe("MIN('Potentialer'!$F$10,'Potentialer'!$H$10,'Potentialer'!$J$10,'Potentialer'!$L$10)");
    expect(ev.cell(sheet.name, `B${row}`)).toBe(Math.min(80_000_000, 284_000_000, 518_000_000, 90_000_000 + (75_000 - 11_754_000_000 / 159_000) * 48_000));
    expect(model.names?.map((n) => n.name)).toEqual(expect.arrayContaining(['Potentiale_laveste_standard', 'Potentiale_hoejeste_standard']));
  });

  it('says in three sentences what the figures mean, what they do not, and where to decide', () => {
    const text = sheetText(sheet);
    expect(text).toContain('Potentialet er forskellen mellem jeres nøgletal');
    expect(text).toContain('Det er ikke en besparelse, der kan hentes uden videre');
    expect(text).toContain('på arket «Prioritering» kan I vælge potentialer');
    expect(text).toContain('Kilde: Danmarks Statistik');
  });

  it('lists each area largest potential first with the standard it shows, quartile and light as links', () => {
    const table = sheet.tables[0];
    expect(table.columns).toEqual(['Område', 'Jeres nøgletal', 'Standard: de valgte standarder', 'Kvartil (1 = bedst)', 'Lys', 'Potentiale (kr.)']);
    const first = Number(/\d+/.exec(table.range.split(':')[0])?.[0]) + 1;
    expect([0, 1, 2].map((i) => cellAt(sheet, `A${first + i}`)?.value)).toEqual(['Folkeskole – Aarhus', 'Folkeskole – Odense', 'Pleje og omsorg af ældre og handicappede – Aarhus']);
    expect([0, 1, 2].map((i) => ev.cell(sheet.name, `F${first + i}`))).toEqual([144_000_000, 140_000_000, 30_000_000]);
    expect(cellAt(sheet, `E${first}`)?.formula).toBe("'Benchmark – Folkeskole'!$M$8");
    expect(cellAt(sheet, `C${first}`)?.formula).toMatch(/^'Benchmark – Folkeskole'!\$C\$\d+$/);
  });

  it('draws the largest potentials as a sorted, labelled bar chart beside the table, cost axis from 0', () => {
    const chart = sheet.charts[0];
    expect(chart.kind).toBe('bar');
    expect(chart.categoriesTopDown).toBe(true);
    expect(chart.series[0].valueLabels).toBe(true);
    expect(chart.valueAxisMin).toBe(0);
    expect(chart.anchor.from).toMatch(/^H\d+$/);
  });

  it('draws bars only for the rows with a potential; the table keeps every unit', () => {
    // Three of the five schools lie at or below the median.
    const schoolsModel = buildReport(reportInput([institutionResult()]));
    const schools = sheetByName(schoolsModel, 'Overblik');
    const table = schools.tables[0];
    const [from, to] = table.range.split(':').map((a) => Number(/\d+$/.exec(a)?.[0]));
    expect(to - from).toBe(5);
    const schoolsEv = new Evaluator(schoolsModel);
    const potentials = Array.from({ length: to - from }, (_, i) => schoolsEv.cell(schools.name, `F${from + 1 + i}`) as number);
    expect(potentials.some((p) => p === 0)).toBe(true);
    const positive = potentials.filter((p) => p > 0).length;
    expect(positive).toBe(2);
    const series = schools.charts[0].series[0];
    expect(series.values).toBe(`'Overblik'!$F$${from + 1}:$F$${from + positive}`);
    expect(series.categories).toBe(`'Overblik'!$A$${from + 1}:$A$${from + positive}`);
  });

  it('shows the trend arrow per area where the reference has years, coloured by how it compares with the group', () => {
    const results = municipalityResults();
    results[0].units[0].trend = { points: [], from: '2016', to: '2024', changeKr: 900, changePct: 0.12, medianChangePct: 0.05, arrow: 'up', assessment: 'worse', prices: 'current' };
    const trended = sheetByName(buildReport(reportInput(results)), 'Overblik');
    const table = trended.tables[0];
    expect(table.columns[table.columns.length - 1]).toBe('Udvikling');
    const first = Number(/\d+/.exec(table.range.split(':')[0])?.[0]) + 1;
    expect(cellAt(trended, `G${first}`)).toMatchObject({ value: '↑ stigende', style: { fill: 'FFC7CE' } });
    expect(trended.charts[0].anchor.from).toMatch(/^I\d+$/);
  });

  it('prints on one A4 landscape page without gridlines', () => {
    expect(sheet.print).toMatchObject({ orientation: 'landscape', paperSize: 'A4', fit: { width: 1, height: 1 }, gridlines: false, printTitleRows: '1:2' });
    expect(sheet.print.area).toMatch(/^A1:M\d+$/);
  });
});

describe('method sheet', () => {
  const model = municipal();
  const sheet = sheetByName(model, 'Metode og kilder');
  const text = sheetText(sheet);

  it('describes the input and each source with its exact query and attribution', () => {
    expect(cellAt(sheet, find(sheet, 'Fil').replace('A', 'B'))?.value).toBe('budget.xlsx');
    expect(text).toContain('OMRÅDE=*; FUNKTION=32201; PRISENHED=INDL');
    expect(text).toContain('Kilde: Danmarks Statistik, statistikbanken.dk/REGK31');
    expect(text).toContain('egne beregninger på grundlag af data fra Danmarks Statistik');
    expect(text).toContain('øjebliksbillede – efterprøv tallene mod REGK31 i Statistikbanken');
    expect(text).not.toContain('verify against');
    // 2025-03-03 12:45 UTC is 13:45 in Copenhagen; 2025-03-03 is Excel day 45719.
    const created = cellAt(sheet, find(sheet, 'Rapporten dannet').replace('A', 'B'));
    expect(created?.value).toBeCloseTo(45_719 + 13.75 / 24, 9);
  });

  it('keeps long code lists out of the text and lists every query in full in an appendix table', () => {
    const codes = Array.from({ length: 99 }, (_, i) => String(101 + i));
    const input = reportInput(municipalityResults());
    input.sources = input.sources.map((source) => ({ ...source, query: { ...source.query, OMRÅDE: codes } }));
    const method = sheetByName(buildReport(input), 'Metode og kilder');
    const methodText = sheetText(method);
    expect(methodText).toContain('OMRÅDE: 99 koder (se bilaget nederst)');
    const appendix = method.tables.find((table) => table.columns[1] === 'Koder');
    expect(appendix).toBeDefined();
    expect(method.cells.some((c) => c.value === codes.join(', '))).toBe(true);
  });

  it('explains the method, the groups and the caveats in words', () => {
    expect(text).toContain('KVARTIL.MEDTAG (QUARTILE.INC)');
    expect(text).toContain('PROCENTPLADS.MEDTAG (PERCENTRANK.INC)');
    expect(text).toContain('Σ udgifter ÷ Σ aktivitet');
    expect(text).toContain('Andel 80+-årige (vægt 2)');
    expect(text).toContain('forskellige perioder (REGK31 2024, FOLK1A 2020K1)');
  });

  it('lists input and engine problems with addresses in a table', () => {
    const problems = sheet.tables.find((t) => t.columns[0] === 'Adresse');
    expect(problems?.columns).toEqual(['Adresse', 'Besked', 'Alvorlighed']);
    const [from] = (problems?.range ?? '').split(':');
    const firstRow = Number(from.slice(1)) + 1;
    expect([0, 1, 2].map((i) => cellAt(sheet, `A${firstRow + i}`)?.value)).toEqual(["'Mine tal'!C7", "'Mine tal'!A9:F9", "'Mine tal'!D4"]);
    expect(cellAt(sheet, `C${firstRow}`)?.value).toBe('Fejl');
  });
});

describe('English report', () => {
  it('has no Danish sheet text left in the fixed labels', () => {
    const model = buildReport(reportInput(municipalityResults(), 'en'));
    const all = model.sheets.map(sheetText).join('\n');
    expect(all).toContain('Source: Statistics Denmark, REGK31 (2024): data as of 1 January 2025, not fetched live');
    expect(all).not.toMatch(/Kilde: Danmarks Statistik, REGK31|Egne enheder|Samlet potentiale|ikke tilgængelig/);
  });
});

describe('amount formats follow the workbook language', () => {
  const formatsOf = (model: ReportModel): Set<string> =>
    new Set(model.sheets.flatMap((s) => [...s.cells.map((c) => c.numFmt), ...s.charts.map((c) => c.valueFormat)]).filter((f): f is string => f !== undefined));

  it('writes "kr." in Danish and "DKK" in English, for cells and chart axes alike', () => {
    const danish = formatsOf(buildReport(reportInput(municipalityResults(), 'da')));
    const english = formatsOf(buildReport(reportInput(municipalityResults(), 'en')));
    expect([...danish].some((f) => f.includes('kr.'))).toBe(true);
    expect([...english].filter((f) => f.includes('kr.'))).toEqual([]);
    expect(english).toContain('"DKK "#,##0');
    expect(english).toContain('"DKK "#,##0.0,,"m"');
  });
});

describe('Overblik subtitle', () => {
  it('names a few municipalities, and counts them when there are many', () => {
    const few = sheetByName(buildReport(reportInput(municipalityResults())), 'Overblik');
    expect(sheetText(few)).toContain('Aarhus, Odense');
    const results = municipalityResults();
    const school = results[0].units[0];
    results[0].units = ['Aarhus', 'Odense', 'Aalborg', 'Esbjerg', 'Vejle', 'Randers'].map((name, i) => ({ ...school, unitId: `U${i}`, name, code: String(700 + i) }));
    const many = sheetByName(buildReport(reportInput(results)), 'Overblik');
    expect(cellAt(many, 'A2')?.value).toMatch(/^6 kommuner · /);
  });
});
