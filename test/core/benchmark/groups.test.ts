import { selectGroup } from '../../../src/core/benchmark';
import { municipalities } from './fixtures';

const codes = (problems: { code: string }[]): string[] => problems.map((p) => p.code);

describe('selectGroup', () => {
  const all = municipalities();

  it('all municipalities, own first', () => {
    const g = selectGroup({ kind: 'all' }, '201', all);
    expect(g.codes).toEqual(['201', '101', '301', '401', '501', '601', '701']);
    expect(g.label).toBe('Alle 7 kommuner');
    expect(selectGroup({ kind: 'all' }, '201', all, 'en').label).toBe('All 7 municipalities');
    expect(g.problems).toEqual([]);
  });

  it('kommunegruppe of the own municipality', () => {
    const g = selectGroup({ kind: 'kommunegruppe' }, '201', all);
    expect(g.codes).toEqual(['201', '301', '601']);
    expect(g.label).toBe('Kommunegruppe: Provinsbykommuner');
  });

  it('region of the own municipality, without doubling the word Region', () => {
    const g = selectGroup({ kind: 'region' }, '301', all);
    expect(g.codes).toEqual(['301', '401', '501']);
    expect(g.label).toBe('Region Syddanmark');
  });

  it('own list: unknown codes are reported and dropped, own is added', () => {
    const g = selectGroup({ kind: 'list', codes: ['101', '999', '301', '401', '501', '601'] }, '201', all);
    expect(g.codes).toEqual(['201', '101', '301', '401', '501', '601']);
    expect(g.label).toBe('Egen liste (6 kommuner)');
    expect(codes(g.problems)).toEqual(['bench.group.listUnknownCodes', 'bench.group.listOwnAdded']);
    expect(g.problems[0].severity).toBe('error');
    expect(g.problems[0].params.codes).toBe('999');
    expect(g.problems[0].message).toContain('999');
  });

  it('own list already containing the own code adds no info problem', () => {
    const g = selectGroup({ kind: 'list', codes: ['201', '101'] }, '201', all);
    expect(g.codes).toEqual(['201', '101']);
    expect(g.problems).toEqual([]);
  });

  it('similar: the k nearest, own included with distance 0', () => {
    const g = selectGroup({ kind: 'similar', k: 3, weights: { s1: 1, s2: 4 } }, '201', all);
    expect(g.codes).toEqual(['201', '601', '501', '101']);
    expect(g.label).toBe('De 3 mest sammenlignelige kommuner');
    expect(g.distances?.['201']).toBe(0);
    expect(g.distances?.['601']).toBeCloseTo(Math.sqrt(5), 12);
  });

  it('similar with invalid k falls back to all with an error', () => {
    const g = selectGroup({ kind: 'similar', k: 0 }, '201', all);
    expect(g.codes).toHaveLength(7);
    expect(g.applied).toEqual({ kind: 'all' });
    expect(codes(g.problems)).toEqual(['bench.similar.invalidK']);
  });

  it('similar without usable variables falls back to all', () => {
    const g = selectGroup({ kind: 'similar', k: 2, variables: ['nope'] }, '201', all);
    expect(g.applied).toEqual({ kind: 'all' });
    expect(codes(g.problems)).toEqual(['bench.similar.unknownVariable', 'bench.similar.noVariables']);
  });

  it('unknown own code gives an empty group and an error', () => {
    const g = selectGroup({ kind: 'region' }, '998', all);
    expect(g.codes).toEqual([]);
    expect(g.problems[0].code).toBe('bench.group.ownUnknown');
    expect(g.problems[0].severity).toBe('error');
  });
});
