import { loadSnapshot } from '../../src/reference/snapshot';
import { BundleShapeError, validateBundle } from '../../src/reference/validate';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

// The cases break arbitrary JSON paths on purpose, which a precise type would forbid.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

describe('validateBundle', () => {
  it('accepts the bundled snapshot and returns it unchanged', () => {
    const snapshot = loadSnapshot();
    expect(snapshot.format).toBe(1);
    expect(snapshot.origin).toBe('snapshot');
    expect(validateBundle(clone(snapshot))).toEqual(snapshot);
    expect(loadSnapshot()).toBe(snapshot);
  });

  it.each([
    [(b: Loose) => { b.format = 2; }, 'format', 'formatversion 1'],
    [(b: Loose) => { delete b.builtAt; }, 'builtAt', 'en tekst'],
    [(b: Loose) => { b.origin = 'web'; }, 'origin', 'snapshot, live eller cache'],
    [(b: Loose) => { b.municipalities = {}; }, 'municipalities', 'en liste'],
    [(b: Loose) => { b.municipalities[3].code = '1010'; }, 'municipalities[3].code', 'en kode på tre cifre'],
    [(b: Loose) => { b.municipalities[0].structural.population = 'many'; }, 'municipalities[0].structural.population', 'et endeligt tal'],
    [(b: Loose) => { b.structuralVariables[1].name = { da: 'x' }; }, 'structuralVariables[1].name.en', 'en tekst'],
    [(b: Loose) => { b.datasets[0].values['101'] = '5125'; }, 'datasets[0].values.101', 'et endeligt tal eller tom (null)'],
    [(b: Loose) => { b.datasets[2].query.FUNKTION = [52514]; }, 'datasets[2].query.FUNKTION[0]', 'en tekst'],
    [(b: Loose) => { b.datasets[1].id = b.datasets[0].id; }, 'datasets[1].id', 'entydig'],
    [(b: Loose) => { b.datasets[0].flags = 'snapshot'; }, 'datasets[0].flags', 'en liste'],
    [(b: Loose) => { b.datasets[0].measure = 'perPupil'; }, 'datasets[0].measure', 'perInhabitant eller perAgeBand'],
    [(b: Loose) => { b.datasets[0].role = 'numerator'; }, 'datasets[0].role', 'keyFigure eller weight'],
    [(b: Loose) => { b.datasets[0].year = 2024; }, 'datasets[0].year', 'en tekst'],
  ])('rejects a broken bundle with a message naming the path (%#)', (breakIt, path, expected) => {
    const broken = clone(loadSnapshot());
    breakIt(broken);
    expect(() => validateBundle(broken)).toThrow(`Referencedataene er ugyldige: ${path} skal være ${expected}.`);
  });

  it('accepts null values (DST ".." = missing) and reports in English on request', () => {
    const bundle = clone(loadSnapshot());
    bundle.datasets[0].values['101'] = null;
    expect(validateBundle(bundle).datasets[0].values['101']).toBeNull();
    expect(() => validateBundle(null, 'en')).toThrow('The reference data are invalid: bundle must be an object.');
    expect(() => validateBundle([], 'en')).toThrow(BundleShapeError);
  });
});
