// DEA speed: n = 100, 1,000 and 10,000 units, 3 inputs and 3 outputs, VRS, input orientation,
// seeded synthetic data with a realistic frontier. Prints seconds and ms per unit for the radial
// phase alone and with the slack phase. Asserts nothing; targets are read by people.
//   npx tsc -p tsconfig.cli.json && node dist/scripts/bench-dea.js [--full]
// --full also times the plain LP (every unit a column) and checks it gives the same θ.
import { dea, type DeaInput, type DeaResult } from '../src/core/dea';
import { syntheticDeaData } from '../src/core/dea/synthetic';

function timed(input: DeaInput): [DeaResult, number] {
  const start = process.hrtime.bigint();
  const result = dea(input);
  return [result, Number(process.hrtime.bigint() - start) / 1e9];
}

function line(label: string, n: number, result: DeaResult, seconds: number): string {
  const efficient = result.units.filter((u) => u.efficiency === 1).length;
  const perUnit = ((seconds * 1000) / n).toFixed(3);
  const perLp = ((seconds * 1000) / Math.max(1, result.stats.lpSolves)).toFixed(3);
  return (
    `${label.padEnd(22)} n=${String(n).padStart(6)}  ${seconds.toFixed(3).padStart(8)} s  ` +
    `${perUnit} ms/unit  ${perLp} ms/LP  LPs=${result.stats.lpSolves}  pivots=${result.stats.pivots}  ` +
    `frame=${result.stats.frame}  efficient=${efficient}`
  );
}

function maxDifference(a: DeaResult, b: DeaResult): number {
  let worst = 0;
  a.units.forEach((u, j) => {
    worst = Math.max(worst, Math.abs((u.efficiency ?? 0) - (b.units[j].efficiency ?? 0)));
  });
  return worst;
}

function main(): void {
  const full = process.argv.includes('--full');
  const targets: Record<number, string> = { 1000: 'target ≤ 1 s', 10000: 'target ≤ 30 s' };
  console.log(`DEA benchmark, Node ${process.version}, VRS input-oriented, 3 inputs × 3 outputs`);
  for (const n of [100, 1000, 10000]) {
    const { X, Y } = syntheticDeaData(n, 3, 3, 20240 + n);
    const base: DeaInput = { X, Y, rts: 'vrs', orientation: 'in' };
    const [radial, t1] = timed(base);
    console.log(line('radial (θ only)', n, radial, t1) + (targets[n] ? `  (${targets[n]})` : ''));
    const [withSlack, t2] = timed({ ...base, slack: true });
    console.log(line('radial + slacks', n, withSlack, t2));
    if (full && n <= 1000) {
      const [plain, t3] = timed({ ...base, method: 'full' });
      console.log(line('full LP (check)', n, plain, t3) + `  max |Δθ| = ${maxDifference(radial, plain).toExponential(2)}`);
    }
  }
}

main();
