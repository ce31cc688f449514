import { SERVICE_AREAS, getArea, leadingFunctionCode, normaliseAreaText, resolveArea, shortNameOf } from '../../src/reference/catalogue';

const idOf = (text: string) => resolveArea(text)?.id;

describe('service-area catalogue', () => {
  it('has the areas finance staff budget, with REGK31 functions, per inhabitant by default', () => {
    expect(SERVICE_AREAS.map((a) => a.id)).toEqual([
      'folkeskole', 'sfo', 'specialundervisning', 'folkebiblioteker', 'dagtilbud', 'daginstitutioner', 'boern-unge-saerlige-behov',
      'aeldre', 'hjemmehjaelp', 'aeldrepleje', 'hjemmesygepleje', 'tandpleje', 'vejvedligeholdelse', 'administration', 'total',
    ]);
    expect(getArea('folkeskole')).toMatchObject({ functions: ['3.22.01'], datasets: {}, unitLabel: { da: 'kr. pr. indbygger' }, direction: 'lower' });
    // DST's key-figure convention: all of 5.25.xx and 5.30.xx.
    expect(getArea('dagtilbud')?.functions).toEqual(['5.25']);
    expect(getArea('aeldre')?.functions).toEqual(['5.30']);
    expect(getArea('boern-unge-saerlige-behov')?.functions).toEqual(['5.28.21', '5.28.22']);
    expect(getArea('administration')?.functions).toEqual(['6.45.51']);
    expect(getArea('aeldrepleje')?.functions).toEqual(['5.30.27']);
    expect(getArea('aeldrepleje')?.notes?.da).toContain('5.32');
    expect(getArea('nope')).toBeUndefined();
    for (const area of SERVICE_AREAS) {
      expect(area.direction).toBe('lower');
      expect(area.name.da && area.name.en).toBeTruthy();
      expect(area.synonyms.every((s) => s === s.toLowerCase())).toBe(true);
    }
  });

  it('makes an area of its own from any full function code, the same object each time', () => {
    const custom = resolveArea('5.25.11 Dagpleje');
    expect(custom).toMatchObject({ id: 'funktion-5.25.11', functions: ['5.25.11'], custom: true, name: { da: '5.25.11 Dagpleje' } });
    expect(resolveArea('52511')).toBe(custom);
    expect(getArea('funktion-5.25.11')).toBe(custom);
    expect(getArea('funktion-5.25')).toBeUndefined();
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
    ['Dagtilbud', 'dagtilbud'], ['daginstitutioner', 'daginstitutioner'], ['Børnehaver', 'daginstitutioner'], ['vuggestuer', 'daginstitutioner'],
    ['5.25.14 Daginstitutioner', 'daginstitutioner'], ['Day care', 'dagtilbud'], ['5.25', 'dagtilbud'], ['5.30 Ældre', 'aeldre'],
    ['Ældre', 'aeldre'], ['Ældreområdet', 'aeldre'], ['5.30.26', 'hjemmehjaelp'], ['ældrepleje', 'aeldrepleje'], ['aeldrepleje', 'aeldrepleje'], ['Hjemmepleje', 'aeldrepleje'],
    ['plejehjem', 'aeldrepleje'], ['Pleje og omsorg', 'aeldrepleje'], ['53027', 'aeldrepleje'], ['Elderly care', 'aeldrepleje'],
    ['Pleje og omsorg m.v. af primært ældre undtaget frit valg af leverandør', 'aeldrepleje'],
    ['Hjemmesygepleje', 'hjemmesygepleje'], ['5.30.28', 'hjemmesygepleje'], ['home nursing', 'hjemmesygepleje'],
    ['Administration', 'administration'], ['6.45.51 Sekretariat og forvaltninger', 'administration'], ['6.45', undefined],
    ['6.45.50 Sekretariat', 'funktion-6.45.50'], ['Specialundervisning', 'specialundervisning'], ['3.22.08', 'specialundervisning'],
    ['Biblioteker', 'folkebiblioteker'], ['Tandpleje', 'tandpleje'], ['Veje', 'vejvedligeholdelse'], ['2.28.11', 'vejvedligeholdelse'],
    ['Udsatte børn og unge', 'boern-unge-saerlige-behov'], ['5.28.22', 'funktion-5.28.22'],
    ['I alt', 'total'], ['i  alt', 'total'], ['Total', 'total'],
  ])('resolves %j to %s', (text, id: string | undefined) => {
    expect(idOf(text)).toBe(id);
  });

  it.each([
    ['', 'empty'], ['   ', 'blank'], ['Svømmehaller', 'not an area'], ['6.45', 'a main function no area is made of'],
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
