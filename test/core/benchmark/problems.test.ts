import { benchProblem } from '../../../src/core/benchmark/problems';

describe('engine problem messages', () => {
  it('write numbers the way the reader does, and keep the raw figures in params', () => {
    const params = { name: 'Frederiksberg', activityLabel: 'indbyggere', activity: 104305, period: '2020K1' };
    const da = benchProblem('bench.own.activityFromReference', 'warning', params, 'da', 'Data!D3');
    const en = benchProblem('bench.own.activityFromReference', 'warning', params, 'en', 'Data!D3');
    expect(da.message).toContain('104.305');
    expect(en.message).toContain('104,305');
    expect(da.message).toContain('2020K1');
    expect(da.params.activity).toBe(104305);
  });
});
