// The demo's three runs (`npm run demo`), in a module of their own so tests can make the same
// workbooks (e.g. to validate every part against the OOXML schemas) without running the demo.
export const DEMO_RUNS: { file: string; args: string[] }[] = [
  {
    file: 'examples/kommune-budget.xlsx',
    args: ['--reference', 'snapshot', '--group', 'kommunegruppe', '--standard', 'median', '--out', 'out/kommune-budget-pejlemaerke.xlsx'],
  },
  {
    file: 'examples/skoler.xlsx',
    args: ['--reference', 'snapshot', '--area', 'folkeskole', '--standard', 'quartile', '--out', 'out/skoler-pejlemaerke.xlsx'],
  },
  {
    file: 'examples/skoler.xlsx',
    args: ['--reference', 'snapshot', '--area', 'folkeskole', '--method', 'both', '--out', 'out/skoler-dea-pejlemaerke.xlsx'],
  },
];
