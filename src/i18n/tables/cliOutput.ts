import type { StringTable } from '../index';

// The CLI's output file and the command line's own parse errors (src/cli/output.ts, args.ts).
export const cliOutputStrings: StringTable = {
  'cliOutput.sameAsInput': {
    da: 'Resultatet må ikke overskrive inddatafilen "{path}". Vælg en anden --out.',
    en: 'The result must not overwrite the input file "{path}". Choose another --out.',
  },
  'cliOutput.wouldOverwrite': {
    da: 'Filen "{path}" findes allerede og er ikke et resultat fra Pejlemærke, så den overskrives ikke. Vælg en anden --out, eller flyt filen.',
    en: 'The file "{path}" already exists and is not a result of Pejlemærke, so it is not overwritten. Choose another --out, or move the file.',
  },
  'cliOutput.writeFailed': {
    da: 'Resultatet kunne ikke skrives til "{path}": {reason}. Der er ikke skrevet nogen fil, og en tidligere fil med samme navn er urørt.',
    en: 'The result could not be written to "{path}": {reason}. No file was written, and an earlier file of the same name is untouched.',
  },
  'cliOutput.reason.full': { da: 'disken er fuld', en: 'the disk is full' },
  'cliOutput.reason.readOnly': { da: 'mappen er skrivebeskyttet', en: 'the folder is read-only' },
  'cliOutput.reason.denied': { da: 'du har ikke lov til at skrive i mappen', en: 'you are not allowed to write in the folder' },
  'cliOutput.reason.notFolder': { da: 'en del af stien er en fil, ikke en mappe', en: 'part of the path is a file, not a folder' },
  'cliOutput.reason.isFolder': { da: 'der ligger en mappe med det navn', en: 'a folder has that name' },
  'cliOutput.replaced': {
    da: 'Resultatet er skrevet til {path} (det erstatter et tidligere resultat fra Pejlemærke):',
    en: 'The result was written to {path} (it replaces an earlier result of Pejlemærke):',
  },
  'cliArgs.unknownOption': {
    da: 'Valget "{option}" findes ikke. Skriv "pejlemaerke help" for at se valgene.',
    en: 'There is no option "{option}". Run "pejlemaerke help" to see the options.',
  },
  'cliArgs.missingValue': {
    da: 'Valget "{option}" skal have en værdi, fx {option} VÆRDI.',
    en: 'The option "{option}" needs a value, e.g. {option} VALUE.',
  },
  'cliArgs.unexpectedValue': {
    da: 'Valget "{option}" tager ingen værdi. Skriv det alene.',
    en: 'The option "{option}" takes no value. Write it on its own.',
  },
  'cliArgs.unreadable': {
    da: 'Kommandolinjen kunne ikke læses. Skriv "pejlemaerke help" for at se, hvordan den skrives.',
    en: 'The command line could not be read. Run "pejlemaerke help" to see how to write it.',
  },
};
