import { SERVICE_AREAS, getArea, leadingFunctionCode, normaliseAreaText, resolveArea, shortNameOf } from '../../src/reference/catalogue';

const idOf = (text: string) => resolveArea(text)?.id;

describe('service-area catalogue', () => {
  it('has the seven areas with REGK31 functions and snapshot datasets where the snapshot has data', () => {
    expect(SERVICE_AREAS.map((a) => a.id)).toEqual([
      'folkeskole', 'sfo', 'dagtilbud', 'aeldrepleje', 'hjemmesygepleje', 'administration', 'total',
    ]);
    expect(getArea('folkeskole')).toMatchObject({
      functions: ['3.22.01'],
      datasets: { keyFigure: 'regk31.32201.indl.2024', denominator: 'folk1a.population.2020K1' },
      unitLabel: { da: 'kr. pr. indbygger' },
      direction: 'lower',
    });
    expect(getArea('aeldrepleje')?.functions).toEqual(['5.30.27']);
    expect(getArea('aeldrepleje')?.notes?.da).toContain('5.32');
    expect(getArea('administration')?.datasets).toEqual({});
    expect(getArea('total')?.datasets).toEqual({});
    expect(getArea('nope')).toBeUndefined();
    for (const area of SERVICE_AREAS) {
      expect(area.direction).toBe('lower');
      expect(area.name.da && area.name.en).toBeTruthy();
      expect(area.synonyms.every((s) => s === s.toLowerCase())).toBe(true);
    }
  });

  it('gives short names that fit "Benchmark – <short>" in an Excel sheet name (≤ 31, no forbidden characters)', () => {
    for (const area of SERVICE_AREAS) {
      for (const lang of ['da', 'en'] as const) {
        const sheet = `Benchmark – ${shortNameOf(area, lang)}`;
        expect(sheet.length).toBeLessThanOrEqual(31);
        expect(sheet).not.toMatch(/[[\]:*?/\\]/);
      }
    }
    expect(shortNameOf(getArea('sfo')!, 'da')).toBe('SFO');
  });

  it.each([
    ['folkeskole', 'folkeskole'], ['Folkeskoler', 'folkeskole'], ['  SKOLER ', 'folkeskole'], ['skole', 'folkeskole'],
    ['3.22.01', 'folkeskole'], ['32201', 'folkeskole'], ['3 22 01', 'folkeskole'], ['3.22.01 Folkeskoler', 'folkeskole'],
    ['Primary and lower secondary school', 'folkeskole'], ['schools', 'folkeskole'],
    ['SFO', 'sfo'], ["SFO'er", 'sfo'], ['Skolefritidsordning', 'sfo'], ['3.22.05', 'sfo'], ['after-school care', 'sfo'],
    ['Dagtilbud', 'dagtilbud'], ['daginstitutioner', 'dagtilbud'], ['Børnehaver', 'dagtilbud'], ['vuggestuer', 'dagtilbud'],
    ['5.25.14 Daginstitutioner', 'dagtilbud'], ['Day care', 'dagtilbud'],
    ['Ældre', 'aeldrepleje'], ['ældrepleje', 'aeldrepleje'], ['aeldrepleje', 'aeldrepleje'], ['Hjemmepleje', 'aeldrepleje'],
    ['plejehjem', 'aeldrepleje'], ['Pleje og omsorg', 'aeldrepleje'], ['53027', 'aeldrepleje'], ['Elderly care', 'aeldrepleje'],
    ['Pleje og omsorg m.v. af primært ældre undtaget frit valg af leverandør', 'aeldrepleje'],
    ['Hjemmesygepleje', 'hjemmesygepleje'], ['5.30.28', 'hjemmesygepleje'], ['home nursing', 'hjemmesygepleje'],
    ['Administration', 'administration'], ['6.45', 'administration'], ['6.45.50 Sekretariat og forvaltninger', 'administration'],
    ['I alt', 'total'], ['i  alt', 'total'], ['Total', 'total'],
  ])('resolves %j to %s', (text, id) => {
    expect(idOf(text)).toBe(id);
  });

  it.each([
    ['', 'empty'], ['   ', 'blank'], ['Veje', 'not an area'], ['5.25.11 Dagpleje', 'a code decides alone, and 5.25.11 is not 5.25.14'],
    ['2024', 'a year is not a function code'], ['101', 'a municipality code'], ['3.22', 'a main group with no area'],
    ['skoler og dagtilbud', 'two areas at once'],
  ])('does not resolve %j (%s)', (text) => {
    expect(resolveArea(text)).toBeUndefined();
  });

  it('normalises case, Danish letters and punctuation the same way for input and synonyms', () => {
    expect(normaliseAreaText('  Ældre-Pleje, m.v. ')).toBe('aeldre pleje mv');
    expect(normaliseAreaText('Børnehave/Vuggestue')).toBe('boernehave vuggestue');
  });

  it('reads leading function codes with or without dots', () => {
    expect(leadingFunctionCode('3.22.01')).toBe('3.22.01');
    expect(leadingFunctionCode('53028 Hjemmesygepleje')).toBe('5.30.28');
    expect(leadingFunctionCode('6.45')).toBe('6.45');
    expect(leadingFunctionCode('2024')).toBeUndefined();
    expect(leadingFunctionCode('Folkeskoler 3.22.01')).toBeUndefined();
  });

  it('no word is claimed by two areas', () => {
    const owners = new Map<string, string>();
    for (const area of SERVICE_AREAS) {
      for (const word of [area.id, area.name.da, area.name.en, ...area.synonyms]) {
        const key = normaliseAreaText(word);
        const owner = owners.get(key);
        if (owner !== undefined) expect(owner).toBe(area.id);
        owners.set(key, area.id);
      }
    }
  });

  it('refuses a catalogue in which two areas share a synonym', () => {
    const clash = [SERVICE_AREAS[0], { ...SERVICE_AREAS[1], synonyms: ['skole'] }];
    expect(() => resolveArea('skole', clash)).toThrow(/both claim "skole"/);
  });
});
