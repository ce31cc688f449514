import type { StringTable } from '../../index';

// Steps 3 and 4: what a run will do, how it went, and what its figures say.
export const paneResultStrings: StringTable = {
  'pane.run.heading': { da: 'Klar til at køre', en: 'Ready to run' },
  'pane.run.figures': { da: 'Tal', en: 'Figures' },
  'pane.run.group': { da: 'Sammenlignes med', en: 'Compared with' },
  'pane.run.standard': { da: 'Standard', en: 'Standard' },
  'pane.run.reference': { da: 'Tal fra', en: 'Figures from' },
  'pane.run.method': { da: 'Metode', en: 'Method' },
  'pane.run.writes': {
    da: 'Resultatet skrives som nye ark i projektmappen. Dine egne ark ændres ikke.',
    en: 'The result is written as new sheets in the workbook. Your own sheets are not changed.',
  },
  'pane.run.cancelled': { da: 'Kørslen blev annulleret. Intet blev skrevet.', en: 'The run was cancelled. Nothing was written.' },
  'pane.run.failed': { da: 'Kørslen mislykkedes. {reason}', en: 'The run failed. {reason}' },
  'pane.run.nothing': {
    da: 'Der kunne ikke beregnes noget, så intet blev skrevet. Se problemerne.',
    en: 'Nothing could be computed, so nothing was written. See the problems.',
  },

  'pane.results.heading': { da: 'Resultater', en: 'Results' },
  'pane.results.stale': { da: 'ændret – kør igen', en: 'changed – run again' },
  'pane.results.staleText': {
    da: 'Du har ændret indstillinger eller tal siden kørslen. Tallene nedenfor passer ikke længere – kør igen.',
    en: 'Settings or figures have changed since the run. The figures below no longer match – run again.',
  },
  'pane.results.basis': { da: 'Grundlag', en: 'Basis' },
  'pane.results.group': { da: 'Gruppe', en: 'Group' },
  'pane.results.standard': { da: 'Standard', en: 'Standard' },
  'pane.results.year': { da: 'År', en: 'Year' },
  'pane.results.source': { da: 'Kilde', en: 'Source' },
  'pane.results.source.snapshot': { da: 'Medfølgende øjebliksbillede (data fra {date})', en: 'Bundled snapshot (data as of {date})' },
  'pane.results.source.live': { da: 'Hentet live fra Danmarks Statistik {date}', en: 'Fetched live from Statistics Denmark on {date}' },
  'pane.results.source.cache': { da: 'Gemt lokalt, hentet fra Danmarks Statistik {date}', en: 'Stored locally, fetched from Statistics Denmark on {date}' },
  'pane.results.partlyLive': { da: 'Ikke alle områder er hentet live', en: 'Not every area was fetched live' },
  'pane.results.top': { da: 'Største potentialer', en: 'Largest potentials' },
  'pane.results.none': { da: 'Ingen potentialer over nul mod den valgte standard.', en: 'No potentials above zero against the chosen standard.' },
  'pane.results.unit': { da: '{name} – {area}', en: '{name} – {area}' },
  'pane.results.dea': {
    da: '{efficient} af {measured} institutioner får 100 % i DEA: ingen andre leverer det samme for færre penge.',
    en: '{efficient} of {measured} institutions score 100% in DEA: no one else delivers the same for less money.',
  },
  // No full stop of its own: the amount may end in "kr." (endSentence adds one where needed).
  'pane.results.deaSaving': { da: 'De øvrige kunne tilsammen spare {amount}', en: 'Together the others could save {amount}' },
  'pane.results.contradiction': {
    da: '{name} ser dyr ud i nøgletallene ({amount} over standarden), men får 100 % i DEA, fordi ingen anden institution leverer samme aktivitet og kvalitet for færre penge.',
    en: '{name} looks expensive in the key figures ({amount} above the standard) but scores 100% in DEA, because no other institution delivers the same activity and quality for less money.',
  },
  'pane.results.contradictionOthers.one': { da: 'Det samme gælder 1 anden.', en: 'The same holds for 1 other.' },
  'pane.results.contradictionOthers.other': { da: 'Det samme gælder {count} andre.', en: 'The same holds for {count} others.' },
  'pane.results.sheets': { da: 'Ark', en: 'Sheets' },
  'pane.results.openSheet': { da: 'Åbn arket {sheet}', en: 'Open the sheet {sheet}' },
  'pane.results.showPrioritisation': { da: 'Vis i Prioritering', en: 'Show in Prioritisation' },
  'pane.results.problems': { da: 'Nyt fra kørslen', en: 'New from the run' },
  'pane.results.next': { da: 'Hvad nu?', en: 'What next?' },
  'pane.results.nextText': {
    da: 'Se arket Overblik først. Potentialer er relative, ikke absolutte: drøft forskellene med fagområdet, før de bruges i budgettet.',
    en: 'Look at the Overview sheet first. Potentials are relative, not absolute: discuss the differences with the service area before using them in the budget.',
  },

  'pane.toast.done': { da: 'Færdig', en: 'Done' },
  'pane.toast.sheets.one': { da: '1 ark er skrevet.', en: '1 sheet written.' },
  'pane.toast.sheets.other': { da: '{count} ark er skrevet.', en: '{count} sheets written.' },
  'pane.announce.done': { da: 'Kørslen er færdig. {sheets} {top}', en: 'The run is done. {sheets} {top}' },
  'pane.announce.top': { da: 'Største potentiale: {text}', en: 'Largest potential: {text}' },
  'pane.results.ownInstitutions': { da: 'Jeres egne institutioner indbyrdes', en: 'Your own institutions with each other' },
};
