import type { StringTable } from '../index';

// Texts of a DEA run in the product: choosing the columns (pipeline.dea.*) and the "DEA – <område>"
// sheet with its lines on Overblik (report.dea.*). The engine's own reasons live in dea.ts.
export const deaReportStrings: StringTable = {
  // Choosing inputs and outputs.
  'pipeline.dea.side.input': { da: 'input (ressource)', en: 'input (resource)' },
  'pipeline.dea.side.output': { da: 'output (ydelse eller kvalitet)', en: 'output (service or quality)' },
  'pipeline.dea.unknownVariable': {
    da: 'Kolonnen "{name}" (som {side}) findes ikke blandt de tal, der er læst. Brug en af: {known}.',
    en: 'The column "{name}" (as {side}) is not among the figures that were read. Use one of: {known}.',
  },
  'pipeline.dea.bothSides': {
    da: 'Kolonnen "{header}" er valgt både som input og som output. En kolonne kan kun være det ene.',
    en: 'The column "{header}" is chosen both as an input and as an output. A column can only be one of them.',
  },
  'pipeline.dea.noInputs': {
    da: 'DEA kræver mindst én ressource (input), fx udgiften. Der blev ikke fundet nogen.',
    en: 'DEA needs at least one resource (input), e.g. the cost. None was found.',
  },
  'pipeline.dea.noOutputs': {
    da: 'DEA kræver mindst én ydelse eller et kvalitetsmål (output), fx antal elever eller trivsel. Der blev ikke fundet nogen.',
    en: 'DEA needs at least one service or quality measure (output), e.g. number of pupils or well-being. None was found.',
  },
  'pipeline.dea.unknownFixed': {
    da: '"{name}" er angivet som fast (ikke påvirkelig), men er hverken valgt som input eller output.',
    en: '"{name}" is given as fixed (non-discretionary) but is chosen as neither an input nor an output.',
  },
  'pipeline.dea.needsInstitutions': {
    da: 'DEA sammenligner institutioner med hinanden og kræver derfor tal pr. institution (skoler, daginstitutioner, plejehjem), ikke pr. kommune.',
    en: 'DEA compares institutions with each other and therefore needs figures per institution (schools, day care, nursing homes), not per municipality.',
  },
  'pipeline.dea.allFixed.in': {
    da: 'Alle input er angivet som faste; en inputorienteret DEA skal have mindst én ressource, der kan ændres.',
    en: 'Every input is given as fixed; an input-oriented DEA needs at least one resource that can change.',
  },
  'pipeline.dea.allFixed.out': {
    da: 'Alle output er angivet som faste; en outputorienteret DEA skal have mindst én ydelse, der kan øges.',
    en: 'Every output is given as fixed; an output-oriented DEA needs at least one output that can increase.',
  },
  'pipeline.dea.tooFewUnits': {
    da: 'Kun {count} enheder har alle de valgte tal; DEA kræver mindst 2. Der er ikke lavet en DEA-analyse.',
    en: 'Only {count} units have all the chosen figures; DEA needs at least 2. No DEA analysis was made.',
  },
  'pipeline.dea.constantColumn': {
    da: 'Kolonnen "{column}" ({address}) har samme værdi for alle enheder, så den skiller dem ikke ad i DEA-analysen. Den er brugt, men overvej at fjerne den.',
    en: 'Column "{column}" ({address}) has the same value for every unit, so it does not tell them apart in the DEA analysis. It was used, but consider leaving it out.',
  },
  'pipeline.dea.zeroColumn': {
    da: 'Kolonnen "{column}" ({address}) er 0 for alle enheder og siger intet i DEA-analysen. Tjek, om det er den rigtige kolonne.',
    en: 'Column "{column}" ({address}) is 0 for every unit and says nothing in the DEA analysis. Check that it is the right column.',
  },
  'pipeline.dea.fewUnits': {
    da: 'DEA-analysen har {count} enheder og {variables} variable; tommelfingerreglen er mindst {needed}. Med få enheder ser mange ud til at være effektive – læs scorerne med forsigtighed.',
    en: 'The DEA analysis has {count} units and {variables} variables; the rule of thumb is at least {needed}. With few units many look efficient – read the scores with care.',
  },

  // The sheet.
  'report.sheet.dea': { da: 'DEA – {area}', en: 'DEA – {area}' },
  'report.dea.unitWord': { da: 'enhed', en: 'unit' },
  'report.dea.title': {
    da: 'DEA – {area}: udgift og kvalitet set under ét',
    en: 'DEA – {area}: cost and quality taken together',
  },
  'report.dea.methodName': { da: 'DEA, {rts}, {orientation}', en: 'DEA, {rts}, {orientation}' },
  'report.dea.rts.vrs': { da: 'variabelt skalaafkast (VRS)', en: 'variable returns to scale (VRS)' },
  'report.dea.rts.crs': { da: 'konstant skalaafkast (CRS)', en: 'constant returns to scale (CRS)' },
  'report.dea.rts.drs': { da: 'ikke-stigende skalaafkast (DRS)', en: 'non-increasing returns to scale (DRS)' },
  'report.dea.rts.irs': { da: 'ikke-faldende skalaafkast (IRS)', en: 'non-decreasing returns to scale (IRS)' },
  'report.dea.orientation.in': { da: 'inputorienteret', en: 'input-oriented' },
  'report.dea.orientation.out': { da: 'outputorienteret', en: 'output-oriented' },
  'report.dea.methodLine': {
    da: 'Metode: {method}. Ressourcer (input): {inputs}. Ydelser og kvalitet (output): {outputs}. Forklaring nederst på arket.',
    en: 'Method: {method}. Resources (inputs): {inputs}. Services and quality (outputs): {outputs}. Explanation at the bottom of the sheet.',
  },
  'report.dea.caveat': {
    da: 'Relativ sammenligning, ikke absolut: en enhed måles kun mod de andre enheder i tabellen, og kun på de valgte tal.',
    en: 'A relative comparison, not an absolute one: each unit is measured only against the other units in the table, and only on the chosen figures.',
  },
  'report.dea.summary': {
    da: '{efficient} af {measured} enheder ligger på fronten (score 100 %).',
    en: '{efficient} of {measured} units are on the frontier (score 100%).',
  },
  'report.dea.tableHeading': { da: 'Resultat pr. enhed (bedste først)', en: 'Result per unit (best first)' },
  'report.dea.col.unit': { da: 'Enhed', en: 'Unit' },
  'report.dea.col.score': { da: 'DEA-score', en: 'DEA score' },
  'report.dea.col.rank': { da: 'Placering', en: 'Rank' },
  'report.dea.col.light': { da: 'Lys', en: 'Light' },
  'report.dea.col.target': { da: 'Mål: {header}', en: 'Target: {header}' },
  'report.dea.col.potential': { da: 'Potentiale (kr.)', en: 'Potential (DKK)' },
  'report.dea.col.slackPotential': { da: 'Potentiale inkl. restbesparelse (kr.)', en: 'Potential incl. remaining saving (DKK)' },
  'report.dea.col.outputGap': { da: 'Mere {header} for samme ressourcer', en: 'More {header} for the same resources' },
  'report.dea.col.peers': { da: 'Læringspartnere (andel)', en: 'Learning partners (share)' },
  'report.dea.peerShare': { da: '{name} ({share} %)', en: '{name} ({share}%)' },
  'report.dea.ownPeer': { da: 'På fronten – er selv forbillede', en: 'On the frontier – a benchmark itself' },
  'report.dea.total': { da: 'I alt ({method})', en: 'Total ({method})' },
  'report.dea.excludedHeading': { da: 'Ikke med i DEA-analysen ({count}):', en: 'Not in the DEA analysis ({count}):' },
  'report.dea.excludedUnit': { da: '{name}: {reason} ({address})', en: '{name}: {reason} ({address})' },
  'report.dea.reasonShort.missing': { da: 'mangler en værdi', en: 'a value is missing' },
  'report.dea.reasonShort.nonFinite': { da: 'ugyldig værdi', en: 'invalid value' },
  'report.dea.reasonShort.negative': { da: 'negativ værdi', en: 'negative value' },
  'report.dea.reasonShort.zeroInput': { da: 'en ressource er 0', en: 'an input is 0' },
  'report.dea.reasonShort.zeroOutputs': { da: 'alle ydelser er 0', en: 'every output is 0' },
  'report.dea.reasonShort.superInfeasible': { da: 'kan ikke nås af de andre enheder', en: 'cannot be reached by the other units' },
  'report.dea.reasonShort.unbounded': { da: 'ingen ydelse kan øges', en: 'no output can increase' },
  'report.dea.reasonShort.numerical': { da: 'beregningen lykkedes ikke', en: 'the calculation failed' },

  // Learning partners.
  'report.dea.partners.heading': { da: 'Læringspartnere: hvad gør forbillederne anderledes?', en: 'Learning partners: what do the benchmarks do differently?' },
  'report.dea.partners.note': {
    da: 'For hver enhed under fronten: de enheder, den måles imod, med deres andel af sammenligningen og nøgletallene side om side.',
    en: 'For each unit below the frontier: the units it is measured against, with their share of the comparison and the key figures side by side.',
  },
  'report.dea.partners.none': { da: 'Alle enheder ligger på fronten.', en: 'Every unit is on the frontier.' },
  'report.dea.partners.role': { da: 'Rolle', en: 'Role' },
  'report.dea.partners.share': { da: 'Andel', en: 'Share' },
  'report.dea.partners.cost': { da: 'Udgift (kr.)', en: 'Cost (DKK)' },
  'report.dea.partners.keyFigure': { da: 'Udgift ({unit})', en: 'Cost ({unit})' },
  'report.dea.partners.own': { da: 'Enheden selv', en: 'The unit itself' },
  'report.dea.partners.peer': { da: 'Læringspartner', en: 'Learning partner' },

  // Chart.
  'report.dea.chartData.heading': { da: 'Data til diagrammet: udgift og kvalitet', en: 'Chart data: cost and quality' },
  'report.dea.chartData.lines': { da: 'Medianlinjer (kvadranter)', en: 'Median lines (quadrants)' },
  'report.dea.chartData.x': { da: 'x', en: 'x' },
  'report.dea.chartData.y': { da: 'y', en: 'y' },
  'report.dea.chart.title': { da: 'Udgift pr. enhed ({unit}) og {quality}', en: 'Cost per unit ({unit}) and {quality}' },
  'report.dea.chart.units': { da: 'Enheder', en: 'Units' },
  'report.dea.chart.medianCost': { da: 'Median udgift ({unit})', en: 'Median cost ({unit})' },
  'report.dea.chart.medianQuality': { da: 'Median {quality}', en: 'Median {quality}' },
  'report.dea.chart.quadrants': {
    da: 'Medianlinjerne deler enhederne i fire: nederst til højre lav udgift og høj kvalitet, øverst til venstre høj udgift og lav kvalitet.',
    en: 'The median lines split the units in four: bottom right low cost and high quality, top left high cost and low quality.',
  },

  // Method in words.
  'report.dea.method.heading': { da: 'Sådan er DEA-tallene beregnet', en: 'How the DEA figures are computed' },
  'report.dea.method.frontier': {
    da: 'DEA (data envelopment analysis) finder en front af bedste praksis ud fra institutionerne selv: de enheder, som ingen anden enhed eller blanding af enheder slår på alle de valgte tal på én gang.',
    en: 'DEA (data envelopment analysis) finds a frontier of best practice from the institutions themselves: the units that no other unit, or mix of units, beats on all the chosen figures at once.',
  },
  'report.dea.method.score': {
    da: 'Scoren siger, hvor stor en del af dagens ressourcer der ville række, hvis enheden arbejdede som sine forbilleder: 90 % betyder, at samme ydelser og kvalitet kunne nås for 90 % af udgiften.',
    en: 'The score says how much of today\'s resources would suffice if the unit worked like its benchmarks: 90% means that the same services and quality could be reached for 90% of the cost.',
  },
  'report.dea.method.partners': {
    da: 'Læringspartnerne er de effektive enheder, som enheden måles imod; andelen viser, hvor meget hver af dem vejer i sammenligningen. Det er dem, det er værd at besøge.',
    en: 'The learning partners are the efficient units the unit is measured against; the share shows how much each weighs in the comparison. They are the ones worth visiting.',
  },
  'report.dea.method.rts.vrs': {
    da: 'Variabelt skalaafkast (VRS): enheder sammenlignes kun med enheder af nogenlunde samme størrelse, så en lille skole ikke holdes op mod en stor skoles stordriftsfordele.',
    en: 'Variable returns to scale (VRS): units are compared only with units of roughly the same size, so a small school is not held to a large school\'s economies of scale.',
  },
  'report.dea.method.rts.crs': {
    da: 'Konstant skalaafkast (CRS): alle enheder sammenlignes uanset størrelse, så også en uheldig størrelse tæller som ineffektivitet.',
    en: 'Constant returns to scale (CRS): all units are compared whatever their size, so an unfavourable size also counts as inefficiency.',
  },
  'report.dea.method.rts.drs': {
    da: 'Ikke-stigende skalaafkast (DRS): en enhed kan sammenlignes med mindre enheder, men ikke med skaleret større.',
    en: 'Non-increasing returns to scale (DRS): a unit may be compared with smaller units, but not with scaled-up larger ones.',
  },
  'report.dea.method.rts.irs': {
    da: 'Ikke-faldende skalaafkast (IRS): en enhed kan sammenlignes med større enheder, men ikke med skaleret mindre.',
    en: 'Non-decreasing returns to scale (IRS): a unit may be compared with larger units, but not with scaled-down smaller ones.',
  },
  'report.dea.method.orientation.in': {
    da: 'Inputorienteret: spørgsmålet er, hvor meget mindre ressourcer der kunne bruges til de samme ydelser og den samme kvalitet.',
    en: 'Input-oriented: the question is how much less resources could deliver the same services and the same quality.',
  },
  'report.dea.method.orientation.out': {
    da: 'Outputorienteret: spørgsmålet er, hvor meget flere ydelser og hvor meget bedre kvalitet de samme ressourcer kunne give.',
    en: 'Output-oriented: the question is how many more services and how much better quality the same resources could give.',
  },
  'report.dea.method.slack': {
    da: 'Potentialet er (1 − score) × udgift. "Inkl. restbesparelse" lægger det til, som forbillederne derudover klarer sig med (udgift minus måludgift).',
    en: 'The potential is (1 − score) × cost. "Incl. remaining saving" adds what the benchmarks manage without on top of that (cost minus target cost).',
  },
  'report.dea.method.rank': {
    da: 'Placeringen skiller de effektive enheder ad med supereffektivitet: hvor meget en enhed kunne øge sine ressourcer og stadig ligge på fronten, målt mod de andre alene.',
    en: 'The rank tells the efficient units apart by super-efficiency: how much a unit could raise its resources and still be on the frontier, measured against the others alone.',
  },
  'report.dea.method.light': {
    da: 'Lys: grøn = på fronten; gul = under fronten, men med en score på eller over medianen for enhederne under fronten; rød = score under den median.',
    en: 'Light: green = on the frontier; yellow = below the frontier but scoring at or above the median of the units below it; red = scoring below that median.',
  },
  'report.dea.method.caveat.fewUnits': {
    da: 'Forbehold: med få enheder i forhold til antallet af tal ser mange enheder effektive ud – der er for få at sammenligne med.',
    en: 'Caveat: with few units compared with the number of figures, many units look efficient – there are too few to compare with.',
  },
  'report.dea.method.caveat.outliers': {
    da: 'Forbehold: fronten bygges af de bedste tal, så en enkelt fejlindtastning eller usædvanlig enhed kan flytte alles scorer. Tjek forbillederne først.',
    en: 'Caveat: the frontier is built from the best figures, so a single typing error or unusual unit can move everyone\'s scores. Check the benchmarks first.',
  },
  'report.dea.method.caveat.quality': {
    da: 'Forbehold: når kvaliteten ikke er målt, er billig ikke det samme som god – DEA belønner kun det, der står i tabellen.',
    en: 'Caveat: when quality is not measured, cheap does not mean good – DEA rewards only what is in the table.',
  },
  'report.dea.method.fixed': {
    da: 'Faste forhold, som enheden ikke selv styrer, indgår i sammenligningen uden at blive skaleret: {headers}.',
    en: 'Fixed conditions the unit does not control enter the comparison without being scaled: {headers}.',
  },
  'report.dea.method.more': { da: 'Kilder og dataproblemer står på arket "{sheet}".', en: 'Sources and data problems are on the sheet "{sheet}".' },

  // Overblik.
  'report.dea.overview.radial': { da: 'Potentiale ved {method}', en: 'Potential by {method}' },
  'report.dea.overview.slack': { da: '… inkl. restbesparelse', en: '… incl. remaining saving' },
};
