import type { StringTable } from '../index';

// What the task pane's runner says when Excel fails under it (src/taskpane/runner.ts).
export const faultStrings: StringTable = {
  'runner.readFailed': {
    da: 'Excel svarede med en fejl, mens dine tal blev læst ({reason}). Intet er skrevet, og dine egne ark er ikke rørt. Prøv igen.',
    en: 'Excel answered with an error while your figures were read ({reason}). Nothing was written, and your own sheets were not touched. Try again.',
  },
  'runner.writeNotStarted': {
    da: 'Excel svarede med en fejl, før rapporten blev skrevet ({reason}). Intet er skrevet, og dine egne ark er ikke rørt. Prøv igen.',
    en: 'Excel answered with an error before the report was written ({reason}). Nothing was written, and your own sheets were not touched. Try again.',
  },
};
