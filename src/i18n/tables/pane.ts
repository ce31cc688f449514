import type { StringTable } from '../index';

export const paneStrings: StringTable = {
  'pane.title': { da: 'Pejlemærke', en: 'Pejlemærke' },
  'pane.intro': {
    da: 'Sammenlign kommunens udgifter med resten af landet og find potentialerne – med tal fra Danmarks Statistik.',
    en: "Compare your municipality's spending with the rest of the country and find the potentials – with figures from Statistics Denmark.",
  },
  'pane.waiting': { da: 'Venter på Excel …', en: 'Waiting for Excel …' },
  'pane.ready': { da: 'Klar. Markér dine tal eller vælg en tabel.', en: 'Ready. Select your figures or pick a table.' },
};
