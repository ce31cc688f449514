import type { StringTable } from '../../index';

// Step 2: what the figures are compared with. Every choice has a one-line hint and, behind the
// info button, the longer explanation; statistical words appear only in those explanations.
export const paneComparisonStrings: StringTable = {
  'pane.cmp.heading': { da: 'Hvad skal tallene sammenlignes med?', en: 'What should the figures be compared with?' },
  'pane.info.button': { da: 'forklaring', en: 'explanation' },

  'pane.ref.area': { da: 'Serviceområde', en: 'Service area' },
  'pane.ref.areaFromData': { da: 'Fra tallene (kolonnen serviceområde)', en: 'From the figures (service area column)' },
  'pane.ref.areaNone': { da: 'Intet (kun egne institutioner)', en: 'None (own institutions only)' },
  'pane.ref.areaHint.municipality': {
    da: 'Hvert område i tallene sammenlignes for sig med de andre kommuners.',
    en: "Each area in the figures is compared with the other municipalities' figures for it.",
  },
  'pane.ref.areaHint.institution': {
    da: 'Det område, dine institutioner hører under. Valgfrit.',
    en: 'The area your institutions belong to. Optional.',
  },
  'pane.ref.areaInfo': {
    da: 'Serviceområdet afgør, hvilke regnskabstal fra Danmarks Statistik (tabel REGK31) der bruges. For institutioner sammenlignes de med hinanden; området giver arkene de rigtige navne og landstallet til sammenligning.',
    en: "The service area decides which accounts figures from Statistics Denmark (table REGK31) are used. Institutions are compared with each other; the area gives the sheets the right names and the national figure for comparison.",
  },

  'pane.ref.measure': { da: 'Måles som', en: 'Measured as' },
  'pane.ref.measureHint.municipality': {
    da: 'Udgiften deles med antallet af borgere, så store og små kommuner kan sammenlignes.',
    en: 'The cost is divided by the number of residents, so large and small municipalities can be compared.',
  },
  'pane.ref.measureHint.institution': {
    da: 'Udgiften deles med institutionens aktivitet, så store og små kan sammenlignes.',
    en: "The cost is divided by the institution's activity, so large and small ones can be compared.",
  },
  'pane.ref.measureInfo': {
    da: 'Tallet, udgiften deles med, kaldes nævneren. Med tal fra Danmarks Statistik (live) deles med borgerne i områdets aldersgruppe: 6–16-årige for folkeskole og SFO, 0–5-årige for dagtilbud og 67+ for ældreområdet. Det medfølgende øjebliksbillede deler med alle indbyggere.',
    en: 'The figure the cost is divided by is called the denominator. With live figures from Statistics Denmark it is the residents in the area’s age group: 6–16 for schools and after-school care, 0–5 for day care and 67+ for the elderly. The bundled snapshot divides by all inhabitants.',
  },
  'pane.ref.measure.perInhabitant': { da: 'kr. pr. indbygger', en: 'DKK per inhabitant' },
  'pane.ref.measure.perBand': { da: 'kr. pr. borger i områdets aldersgruppe (fx 6–16-årige)', en: 'DKK per resident in the area’s age group (e.g. aged 6–16)' },
  'pane.ref.measure.perActivity': { da: 'kr. pr. {activity}', en: 'DKK per {activity}' },

  'pane.ref.source': { da: 'Tal fra', en: 'Figures from' },
  'pane.ref.source.live': { da: 'Danmarks Statistik (live)', en: 'Statistics Denmark (live)' },
  'pane.ref.source.snapshot': { da: 'Medfølgende øjebliksbillede', en: 'Bundled snapshot' },
  'pane.ref.sourceHint.live': { da: 'Hentes fra Danmarks Statistik, når du kører.', en: 'Fetched from Statistics Denmark when you run.' },
  'pane.ref.sourceHint.snapshot': { da: 'Tal, der følger med Pejlemærke – virker uden internet.', en: 'Figures that come with Pejlemærke – works without internet.' },
  'pane.ref.sourceInfo': {
    da: 'Live henter regnskabstal (REGK31) og befolkningstal (FOLK1A) fra Statistikbanken og gemmer dem, så en ny kørsel ikke henter igen. Kan Danmarks Statistik ikke nås, bruges de senest hentede tal eller øjebliksbilledet, og det står på alle ark.',
    en: 'Live fetches accounts figures (REGK31) and population figures (FOLK1A) from StatBank and keeps them, so a new run does not fetch again. If Statistics Denmark cannot be reached, the last fetched figures or the snapshot are used, and every sheet says so.',
  },
  'pane.ref.year': { da: 'År', en: 'Year' },
  'pane.ref.yearsLoading': { da: 'Henter årstal fra Danmarks Statistik …', en: 'Fetching years from Statistics Denmark …' },
  'pane.ref.yearsFailed': {
    da: 'Årstallene kunne ikke hentes. {reason} Det nyeste år bruges.',
    en: 'The years could not be fetched. {reason} The newest year is used.',
  },
  'pane.ref.newest': { da: 'Nyeste', en: 'Newest' },
  'pane.ref.asOf': { da: 'Data fra {date}', en: 'Data as of {date}' },

  'pane.ref.group': { da: 'Sammenlign med', en: 'Compare with' },
  'pane.group.all': { da: 'Alle kommuner', en: 'All municipalities' },
  'pane.group.kommunegruppe': { da: 'Samme kommunegruppe', en: 'Same municipality group' },
  'pane.group.region': { da: 'Samme region', en: 'Same region' },
  'pane.group.similar': { da: 'De mest lignende kommuner', en: 'The most similar municipalities' },
  'pane.group.list': { da: 'Egen liste', en: 'Own list' },
  'pane.groupHint.all': { da: 'Alle 98 kommuner – det bredeste billede.', en: 'All 98 municipalities – the widest picture.' },
  'pane.groupHint.kommunegruppe': { da: 'Kommuner af samme type, fx landkommuner.', en: 'Municipalities of the same type, e.g. rural ones.' },
  'pane.groupHint.region': { da: 'Kommunerne i jeres region.', en: 'The municipalities in your region.' },
  'pane.groupHint.similar': { da: 'De kommuner, der ligner jeres mest i størrelse og befolkning.', en: 'The municipalities most like yours in size and population.' },
  'pane.groupHint.list': { da: 'Kommuner, du selv vælger.', en: 'Municipalities you choose yourself.' },
  'pane.ref.groupInfo': {
    da: 'Gruppen afgør, hvem I måles mod. Kommunegrupperne er Danmarks Statistiks inddeling efter by og land. "Mest lignende" finder kommunerne med den nærmeste størrelse og befolkningssammensætning.',
    en: "The group decides whom you are measured against. The municipality groups are Statistics Denmark's urban–rural classification. \"Most similar\" finds the municipalities closest in size and population make-up.",
  },
  'pane.ref.k': { da: 'Antal lignende kommuner', en: 'Number of similar municipalities' },
  'pane.ref.codes': { da: 'Kommunekoder (fx 101, 751, 851)', en: 'Municipality codes (e.g. 101, 751, 851)' },
  'pane.ref.codesInvalid': { da: 'Ukendte koder: {codes}', en: 'Unknown codes: {codes}' },
  'pane.ref.codesEmpty': { da: 'Skriv mindst to kommunekoder.', en: 'Enter at least two municipality codes.' },
  'pane.ref.kInvalid': { da: 'Vælg mellem {min} og {max}.', en: 'Choose between {min} and {max}.' },

  'pane.ref.standard': { da: 'Standard', en: 'Standard' },
  'pane.standard.median': { da: 'Median', en: 'Median' },
  'pane.standard.quartile': { da: 'Bedste kvartil', en: 'Best quartile' },
  'pane.standard.best': { da: 'Bedste', en: 'Best' },
  'pane.standard.average': { da: 'Gennemsnit', en: 'Average' },
  'pane.standard.expected': { da: 'Forventet niveau', en: 'Expected level' },
  'pane.standardHint.median': { da: 'Midten: halvdelen bruger mindre pr. {unit}.', en: 'The middle: half spend less per {unit}.' },
  'pane.standardHint.quartile': { da: 'Den billigste fjerdedel.', en: 'The cheapest quarter.' },
  'pane.standardHint.best': { da: 'Den billigste i gruppen.', en: 'The cheapest in the group.' },
  'pane.standardHint.average': { da: 'Gennemsnittet af gruppen.', en: 'The group average.' },
  'pane.standardHint.expected': { da: 'Det niveau, jeres rammevilkår lader forvente.', en: 'The level your circumstances would lead one to expect.' },
  'pane.ref.standardInfo': {
    da: 'Potentialet er det beløb, I ville bruge mindre, hvis jeres udgift pr. {unit} lå på standarden. Bedste kvartil er grænsen til den billigste fjerdedel; forventet niveau bygger på en regressionsmodel af rammevilkårene. Alle fem standarder står side om side på arket Potentialer.',
    en: 'The potential is the amount you would spend less if your cost per {unit} were at the standard. The best quartile is the line to the cheapest quarter; the expected level comes from a regression model of the circumstances. All five standards are shown side by side on the Potentials sheet.',
  },
  'pane.unit.inhabitant': { da: 'indbygger', en: 'inhabitant' },

  'pane.method.label': { da: 'Metode', en: 'Method' },
  'pane.method.keyfigures': { da: 'Nøgletal', en: 'Key figures' },
  'pane.method.dea': { da: 'DEA (udgift og kvalitet)', en: 'DEA (cost and quality)' },
  'pane.method.both': { da: 'Begge', en: 'Both' },
  'pane.method.hint.keyfigures': { da: 'Udgift pr. {unit} sammenlignet med standarden.', en: 'Cost per {unit} compared with the standard.' },
  'pane.method.hint.dea': {
    da: 'Ser på udgift og kvalitet på én gang og finder dem, der får mest ud af pengene.',
    en: 'Looks at cost and quality together and finds those who get most out of the money.',
  },
  'pane.method.info': {
    da: 'DEA (Data Envelopment Analysis) sammenligner hver institution med de bedste kombinationer af de andre: hvor lidt kunne det koste at levere samme aktivitet og kvalitet? Dem, ingen andre slår, får 100 %.',
    en: 'DEA (Data Envelopment Analysis) compares each institution with the best combinations of the others: how little could the same activity and quality cost? Those no one beats score 100%.',
  },

  'pane.dea.settings': { da: 'DEA-indstillinger', en: 'DEA settings' },
  'pane.dea.inputs': { da: 'Det, der bruges', en: 'What is used' },
  'pane.dea.inputsHint': { da: 'Typisk udgiften.', en: 'Usually the cost.' },
  'pane.dea.inputsInfo': {
    da: 'I DEA hedder det input. Med retningen "spar" spørger DEA, hvor meget mindre af det der kunne bruges.',
    en: 'In DEA these are the inputs. With the "save" direction DEA asks how much less of them could be used.',
  },
  'pane.dea.outputs': { da: 'Det, der leveres', en: 'What is delivered' },
  'pane.dea.outputsHint': { da: 'Fx elever, karakterer og trivsel.', en: 'E.g. pupils, grades and well-being.' },
  'pane.dea.outputsInfo': {
    da: 'I DEA hedder det output. En institution sammenlignes kun med kombinationer, der leverer mindst lige så meget af hvert.',
    en: 'In DEA these are the outputs. An institution is only compared with combinations that deliver at least as much of each.',
  },
  'pane.dea.needInput': { da: 'Vælg mindst én ting, der bruges, fx udgiften.', en: 'Choose at least one thing that is used, e.g. the cost.' },
  'pane.dea.needOutput': { da: 'Vælg mindst én ting, der leveres, fx antal elever.', en: 'Choose at least one thing that is delivered, e.g. the number of pupils.' },
  'pane.dea.rts': { da: 'Størrelse', en: 'Size' },
  'pane.dea.rts.vrs': { da: 'Sammenlign med andre af samme størrelse', en: 'Compare with others of the same size' },
  'pane.dea.rts.crs': { da: 'Sammenlign alle med alle', en: 'Compare everyone with everyone' },
  'pane.dea.rts.drs': { da: 'Små må måles mod store, ikke omvendt', en: 'Small may be measured against large, not the reverse' },
  'pane.dea.rts.irs': { da: 'Store må måles mod små, ikke omvendt', en: 'Large may be measured against small, not the reverse' },
  'pane.dea.rtsHint': { da: 'Anbefalet: andre af samme størrelse.', en: 'Recommended: others of the same size.' },
  'pane.dea.rtsInfo': {
    da: 'Fagordet er skalaafkast. "Samme størrelse" (variabelt skalaafkast, VRS) tager højde for, at store og små institutioner har forskellige vilkår. "Alle med alle" (konstant, CRS) gør ikke. De to sidste (DRS, IRS) tillader kun sammenligning den ene vej.',
    en: 'The technical term is returns to scale. "Same size" (variable returns to scale, VRS) allows for large and small institutions working under different conditions. "Everyone with everyone" (constant, CRS) does not. The last two (DRS, IRS) allow comparison one way only.',
  },
  'pane.dea.orientation': { da: 'Hvad vil du vide?', en: 'What do you want to know?' },
  'pane.dea.orientation.in': { da: 'Hvor meget kan spares?', en: 'How much could be saved?' },
  'pane.dea.orientation.out': { da: 'Hvor meget mere kan leveres?', en: 'How much more could be delivered?' },
  'pane.dea.orientationHint.in': {
    da: 'Samme aktivitet og kvalitet for færre penge.',
    en: 'The same activity and quality for less money.',
  },
  'pane.dea.orientationHint.out': {
    da: 'Mere aktivitet og kvalitet for de samme penge.',
    en: 'More activity and quality for the same money.',
  },
  'pane.dea.orientationInfo': {
    da: 'Fagordet er orientering: input-orienteret måler besparelsen i kr., output-orienteret måler, hvor meget mere der kunne leveres.',
    en: 'The technical term is orientation: input-oriented measures the saving in DKK, output-oriented how much more could be delivered.',
  },

  'pane.ref.advanced': { da: 'Avanceret', en: 'Advanced' },
  'pane.ref.baseUrl': { da: 'Statistikbankens adresse (API)', en: 'StatBank address (API)' },
  'pane.ref.measureChoice': { da: 'Nøgletal pr.', en: 'Key figure per' },
  'pane.ref.measureChoiceHint': {
    da: 'Danmarks Statistiks eget tal pr. indbygger er det samme live og i øjebliksbilledet. Pr. indbygger i områdets aldersgruppe (0–5, 6–16 eller 67+ år) kan kun hentes live.',
    en: 'Statistics Denmark\'s own figure per inhabitant is the same live and in the snapshot. Per inhabitant in the area\'s age band (0–5, 6–16 or 67+) comes only live.',
  },
  'pane.ref.measureChoice.perInhabitant': { da: 'indbygger (Danmarks Statistiks nøgletal)', en: 'inhabitant (Statistics Denmark\'s figure)' },
  'pane.ref.measureChoice.perAgeBand': { da: 'indbygger i områdets aldersgruppe (kun live)', en: 'inhabitant in the area\'s age band (live only)' },
  'pane.ref.anomalies': { da: 'Lad også tal, der ser konteret anderledes ud, være «bedst»', en: 'Let figures that look differently booked be “best” too' },
  'pane.ref.anomaliesHint': {
    da: 'Normalt holdes 0 kr. og tal under en fjerdedel af medianen uden for bedste og bedste kvartil: de skyldes oftest kontering, ikke lave udgifter. De vises stadig i sammenligningen.',
    en: 'Normally 0 kr. and figures below a quarter of the median are kept out of best and best quartile: they are usually bookkeeping, not low cost. They still show in the comparison.',
  },
  'pane.ref.deadline': { da: 'Længste ventetid på Statistikbanken (sekunder)', en: 'Longest wait for StatBank (seconds)' },
  'pane.ref.deadlineHint': {
    da: 'Så længe venter en kørsel i alt, før den bruger gemte tal eller øjebliksbilledet. Standard: {seconds}',
    en: 'How long a run waits in all before it uses stored figures or the snapshot. Default: {seconds}',
  },
  'pane.ref.deadlineInvalid': { da: 'Skriv et antal sekunder over 0 og højst {max}.', en: 'Enter a number of seconds above 0 and at most {max}.' },
  'pane.ref.baseUrlHint': {
    da: 'Kun ved proxy eller testserver. Standard: {url}',
    en: 'Only for a proxy or a test server. Default: {url}',
  },
};
