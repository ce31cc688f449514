// `npm run demo`: the CLI on the two bundled example workbooks (the schools twice: key figures, then
// with DEA), writing to out/. It is the same code path a user runs, so a green demo means the
// product works end to end on this machine.
import { join } from 'node:path';
import { t } from '../i18n';
import { DEMO_RUNS } from './demoRuns';
import { flushStdio, run } from './main';

const ROOT = join(__dirname, '..', '..', '..');

async function demo(): Promise<number> {
  process.chdir(ROOT);
  console.log(t('cli.demo.header', 'da'));
  for (const { file, args } of DEMO_RUNS) {
    console.log(`\n$ pejlemaerke benchmark ${file} ${args.join(' ')}\n`);
    const code = await run(['benchmark', file, ...args]);
    if (code !== 0) {
      console.error(t('cli.demo.failed', 'da', { file, code }));
      return code;
    }
  }
  console.log(`\n${t('cli.demo.done', 'da')}`);
  return 0;
}

void demo().then((code) => flushStdio().then(() => process.exit(code)));
