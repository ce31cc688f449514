import type { StringTable } from '../index';
import { paneComparisonStrings } from './pane/comparison';
import { paneDataStrings } from './pane/data';
import { paneResultStrings } from './pane/results';

// The task pane's words: the shell and the flow here, each step's in ./pane/. Plain Danish a
// finance officer uses; a statistical term only where a sentence explains it.
export const paneStrings: StringTable = {
  'pane.title': { da: 'Pejlemærke', en: 'Pejlemærke' },
  'pane.waiting': { da: 'Venter på Excel …', en: 'Waiting for Excel …' },
  'pane.loading': { da: 'Henter …', en: 'Loading …' },
  'pane.language.label': { da: 'Sprog', en: 'Language' },
  'pane.language.da': { da: 'Dansk', en: 'Dansk' },
  'pane.language.en': { da: 'English', en: 'English' },

  'pane.steps.label': { da: 'Trin', en: 'Steps' },
  'pane.step.data': { da: 'Data', en: 'Data' },
  'pane.step.comparison': { da: 'Sammenligning', en: 'Comparison' },
  'pane.step.run': { da: 'Kør', en: 'Run' },
  'pane.step.results': { da: 'Resultater', en: 'Results' },

  'pane.nav.back': { da: 'Tilbage', en: 'Back' },
  'pane.nav.next': { da: 'Næste: {step}', en: 'Next: {step}' },
  'pane.nav.toResults': { da: 'Se resultaterne', en: 'See the results' },

  'pane.block.noData': { da: 'Markér dine tal i arket, eller vælg en tabel.', en: 'Select your figures in the sheet, or pick a table.' },
  'pane.block.selection': { da: 'Markeringen er ikke en tabel med tal.', en: 'The selection is not a table of figures.' },
  'pane.block.cannotRun': { da: 'Ret fejlene ovenfor, før du går videre.', en: 'Fix the errors above before going on.' },
  'pane.block.question': { da: 'Svar på spørgsmålet om kolonnen "{column}".', en: 'Answer the question about the column "{column}".' },
  'pane.block.area': {
    da: 'Vælg et serviceområde – tallene har ingen kolonne med serviceområde.',
    en: 'Choose a service area – the figures have no service area column.',
  },
  'pane.block.running': { da: 'En kørsel er i gang.', en: 'A run is under way.' },

  'pane.run.button': { da: 'Kør benchmark', en: 'Run benchmark' },
  'pane.run.again': { da: 'Kør igen', en: 'Run again' },
  'pane.run.cancel': { da: 'Annullér', en: 'Cancel' },
  'pane.run.progress': { da: 'Fremdrift', en: 'Progress' },
  'pane.stage.reading': { da: 'Læser dine tal …', en: 'Reading your figures …' },
  'pane.stage.fetching': { da: 'Henter tal fra Danmarks Statistik …', en: 'Fetching figures from Statistics Denmark …' },
  'pane.stage.computing': { da: 'Beregner potentialerne …', en: 'Computing the potentials …' },
  'pane.stage.solving': { da: 'Sammenligner institutionerne (DEA): {percent} …', en: 'Comparing the institutions (DEA): {percent} …' },
  'pane.stage.writing': { da: 'Skriver resultatarkene …', en: 'Writing the result sheets …' },

  'pane.kr': { da: '{amount} kr.', en: 'DKK {amount}' },
  'pane.krMillions': { da: '{amount} mio. kr.', en: 'DKK {amount}m' },
  'pane.percent': { da: '{value} %', en: '{value}%' },
  'pane.and': { da: 'og', en: 'and' },
  'pane.rows.one': { da: '1 række', en: '1 row' },
  'pane.rows.other': { da: '{count} rækker', en: '{count} rows' },

  ...paneDataStrings,
  ...paneComparisonStrings,
  ...paneResultStrings,
};
