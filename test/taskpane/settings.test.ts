import {
  defaultSettings, documentSettingsStore, parseSettings, serialiseSettings, SETTINGS_KEY, type SettingsLike,
} from '../../src/taskpane/settings';

describe('pane settings', () => {
  const chosen = defaultSettings({
    source: { kind: 'range', sheet: 'Budget 2025', range: 'A4:E10' },
    mapping: { Indbyggere: 'ignore', D: 'cost' },
    area: 'folkeskole',
    year: '2023',
    referenceSource: 'snapshot',
    group: { kind: 'similar', k: 8, codes: '' },
    standard: 'quartile',
    baseUrl: 'http://127.0.0.1:8080/v1',
    method: 'both',
    deaInputs: ['cost'],
    deaOutputs: ['activity', 'karaktergennemsnit'],
    rts: 'crs',
    orientation: 'out',
  });

  it('round-trips through the stored text', () => {
    expect(parseSettings(serialiseSettings(chosen))).toEqual(chosen);
  });

  it('falls back to defaults for broken or foreign values, part by part', () => {
    const defaults = defaultSettings({ referenceSource: 'snapshot' });
    expect(parseSettings('{not json', defaults)).toEqual(defaults);
    expect(parseSettings({ version: 2 }, defaults)).toEqual(defaults);
    const mixed = parseSettings(
      {
        version: 1,
        source: { kind: 'table' },
        mapping: { A: 'cost', B: 'nonsense' },
        year: 'next year',
        referenceSource: 'ftp',
        group: { kind: 'similar', k: 500 },
        standard: 'best',
        baseUrl: 'javascript:alert(1)',
      },
      defaults,
    );
    expect(mixed).toEqual({ ...defaults, mapping: { A: 'cost' }, group: { kind: 'similar', k: 10, codes: '' }, standard: 'best' });
  });

  it('defaults DEA to key figures, VRS and input orientation, and keeps only valid DEA choices', () => {
    const defaults = defaultSettings();
    expect([defaults.method, defaults.rts, defaults.orientation, defaults.deaInputs, defaults.deaOutputs]).toEqual(['keyfigures', 'vrs', 'in', [], []]);
    // Settings stored before DEA existed read as the defaults.
    const older = { ...JSON.parse(serialiseSettings(chosen)) };
    for (const key of ['method', 'deaInputs', 'deaOutputs', 'rts', 'orientation']) delete older[key];
    expect(parseSettings(older)).toEqual({ ...chosen, method: 'keyfigures', deaInputs: [], deaOutputs: [], rts: 'vrs', orientation: 'in' });
    const broken = parseSettings({ ...older, method: 'magic', rts: 'fdh', orientation: 'sideways', deaInputs: ['cost', 7], deaOutputs: ['trivsel', 'trivsel'] });
    expect([broken.method, broken.rts, broken.orientation, broken.deaInputs, broken.deaOutputs]).toEqual(['keyfigures', 'vrs', 'in', [], ['trivsel']]);
  });

  it('stores in the document settings under one key and saves', async () => {
    const values = new Map<string, unknown>();
    let saves = 0;
    const settings: SettingsLike = {
      get: (name) => values.get(name) ?? null,
      set: (name, value) => void values.set(name, value),
      saveAsync: (callback) => {
        saves++;
        callback?.({ status: 'succeeded' });
      },
    };
    const store = documentSettingsStore(settings, defaultSettings());
    expect(store.load()).toBeUndefined();
    await store.save(chosen);
    expect(saves).toBe(1);
    expect(typeof values.get(SETTINGS_KEY)).toBe('string');
    expect(store.load()).toEqual(chosen);
  });

  it('reports a failed save', async () => {
    const settings: SettingsLike = {
      get: () => null,
      set: () => undefined,
      saveAsync: (callback) => callback?.({ status: 'failed', error: { message: 'read-only document' } }),
    };
    await expect(documentSettingsStore(settings, defaultSettings()).save(chosen)).rejects.toThrow('read-only document');
  });
});
