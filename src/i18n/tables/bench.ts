import type { StringTable } from '../index';

// Strings of the benchmark engine: group labels, standard names and every problem it reports.
export const benchStrings: StringTable = {
  // Comparison group labels
  'bench.group.all': { da: 'Alle {n} kommuner', en: 'All {n} municipalities' },
  'bench.group.kommunegruppe': { da: 'Kommunegruppe: {name}', en: 'Municipality group: {name}' },
  'bench.group.region': { da: 'Region {name}', en: 'Region {name}' },
  'bench.group.list': { da: 'Egen liste ({n} kommuner)', en: 'Own list ({n} municipalities)' },
  'bench.group.similar': {
    da: 'De {k} mest sammenlignelige kommuner',
    en: 'The {k} most comparable municipalities',
  },
  'bench.group.institutions': { da: 'Alle {n} institutioner', en: 'All {n} institutions' },

  // Standard names
  'bench.standard.median': { da: 'Median', en: 'Median' },
  'bench.standard.quartile': { da: 'Bedste kvartil', en: 'Best quartile' },
  'bench.standard.best': { da: 'Bedste', en: 'Best' },
  'bench.standard.average': { da: 'Gennemsnit', en: 'Average' },
  'bench.standard.expected': { da: 'Forventet niveau', en: 'Expected level' },

  // Group selection
  'bench.group.ownUnknown': {
    da: 'Kommunekoden {code} findes ikke i referencedata, så der kan ikke dannes en sammenligningsgruppe.',
    en: 'Municipality code {code} is not in the reference data, so no comparison group can be formed.',
  },
  'bench.group.listUnknownCodes': {
    da: 'Disse koder i den egne liste er ikke kommuner og er udeladt: {codes}.',
    en: 'These codes in the own list are not municipalities and were left out: {codes}.',
  },
  'bench.group.listOwnAdded': {
    da: '{name} stod ikke på listen og er tilføjet, da egen kommune altid indgår i gruppen.',
    en: '{name} was not on the list and has been added, as the own municipality is always in the group.',
  },
  'bench.group.small': {
    da: 'Sammenligningsgruppen har kun {n} enheder; kvartiler og placering siger derfor kun lidt.',
    en: 'The comparison group has only {n} units, so quartiles and position say little.',
  },
  'bench.similar.invalidK': {
    da: 'Antallet af sammenlignelige kommuner skal være et helt tal på mindst 1 (fik {k}); der sammenlignes med alle kommuner i stedet.',
    en: 'The number of comparable municipalities must be a whole number of at least 1 (got {k}); comparing with all municipalities instead.',
  },
  'bench.similar.kTooLarge': {
    da: 'Der kan kun findes {available} sammenlignelige kommuner, ikke {k}; alle {available} er taget med.',
    en: 'Only {available} comparable municipalities can be found, not {k}; all {available} are included.',
  },
  'bench.similar.unknownVariable': {
    da: 'Strukturvariablen "{variable}" findes ikke i referencedata og indgår ikke i afstanden.',
    en: 'The structural variable "{variable}" is not in the reference data and is left out of the distance.',
  },
  'bench.similar.invalidWeight': {
    da: 'Vægten for "{variable}" skal være et tal på mindst 0 (fik {weight}); variablen indgår ikke i afstanden.',
    en: 'The weight of "{variable}" must be a number of at least 0 (got {weight}); the variable is left out of the distance.',
  },
  'bench.similar.ownMissingVariable': {
    da: '{name} har ingen værdi for "{variable}"; variablen indgår ikke i afstanden.',
    en: '{name} has no value for "{variable}"; the variable is left out of the distance.',
  },
  'bench.similar.constantVariable': {
    da: '"{variable}" har samme værdi i alle kommuner og kan ikke skelne mellem dem; variablen indgår ikke i afstanden.',
    en: '"{variable}" has the same value in every municipality and cannot tell them apart; it is left out of the distance.',
  },
  'bench.similar.candidatesMissing': {
    da: '{count} kommuner mangler værdier for de valgte strukturvariable og kan ikke vælges som sammenlignelige: {codes}.',
    en: '{count} municipalities lack values for the chosen structural variables and cannot be chosen as comparable: {codes}.',
  },
  'bench.similar.noVariables': {
    da: 'Der er ingen brugbare strukturvariable at finde sammenlignelige kommuner med; der sammenlignes med alle kommuner i stedet.',
    en: 'No usable structural variables to find comparable municipalities with; comparing with all municipalities instead.',
  },

  // Own figures
  'bench.own.invalidCost': {
    da: '{name}: Udgiften skal være et tal (fik {cost}); rækken er ikke beregnet.',
    en: '{name}: The cost must be a number (got {cost}); the row was not computed.',
  },
  'bench.own.invalidActivity': {
    da: '{name}: Aktiviteten skal være et tal større end 0 (fik {activity}); rækken er ikke beregnet.',
    en: '{name}: The activity must be a number greater than 0 (got {activity}); the row was not computed.',
  },
  'bench.own.activityFromReference': {
    da: '{name}: Der er ikke angivet aktivitet, så udgiften er delt med Danmarks Statistiks tal for {activityLabel} ({activity}, {period}).',
    en: '{name}: No activity was given, so the cost is divided by Statistics Denmark\'s figure for {activityLabel} ({activity}, {period}).',
  },
  'bench.own.activityMissing': {
    da: '{name}: Der er ikke angivet aktivitet, og referencedata har intet tal for {activityLabel}; rækken er ikke beregnet.',
    en: '{name}: No activity was given and the reference data has no figure for {activityLabel}; the row was not computed.',
  },
  'bench.members.missingKeyFigure': {
    da: '{count} kommuner i sammenligningsgruppen har intet nøgletal for {period} og er udeladt: {codes}.',
    en: '{count} municipalities in the comparison group have no key figure for {period} and were left out: {codes}.',
  },
  'bench.members.missingWeight': {
    da: 'Nogle enheder i gruppen mangler nævner ({codes}); gennemsnittet er derfor et simpelt gennemsnit af nøgletallene i stedet for samlet udgift delt med samlet aktivitet.',
    en: 'Some units in the group lack a denominator ({codes}); the average is therefore a simple mean of the key figures instead of total cost over total activity.',
  },
  'bench.institutions.none': {
    da: 'Der er ingen gyldige institutioner at sammenligne.',
    en: 'There are no valid institutions to compare.',
  },

  // Expected level (regression)
  'bench.expected.noVariables': {
    da: 'Der er ikke valgt strukturvariable, så der er ikke beregnet et forventet niveau.',
    en: 'No structural variables were chosen, so no expected level was computed.',
  },
  'bench.expected.tooFew': {
    da: 'For få enheder ({n}) til en regression på {p} variable (mindst {needed} kræves); forventet niveau er ikke beregnet.',
    en: 'Too few units ({n}) for a regression on {p} variables (at least {needed} needed); no expected level was computed.',
  },
  'bench.expected.constant': {
    da: '"{variable}" har samme værdi for alle enheder i regressionen; forventet niveau er ikke beregnet.',
    en: '"{variable}" has the same value for every unit in the regression; no expected level was computed.',
  },
  'bench.expected.collinear': {
    da: '"{variable}" kan udtrykkes ved de øvrige valgte variable (de måler det samme); forventet niveau er ikke beregnet. Fjern en af dem.',
    en: '"{variable}" can be expressed by the other chosen variables (they measure the same thing); no expected level was computed. Remove one of them.',
  },
  'bench.expected.rowsExcluded': {
    da: '{count} enheder mangler nøgletal eller strukturvariable og indgår ikke i regressionen: {ids}.',
    en: '{count} units lack a key figure or structural variables and are not in the regression: {ids}.',
  },
  'bench.expected.ownMissing': {
    da: '{name} har ingen værdi for "{variable}", så forventet niveau kan ikke beregnes.',
    en: '{name} has no value for "{variable}", so no expected level can be computed.',
  },
  'bench.chosenUnavailable': {
    da: '{name}: Den valgte standard ({standard}) kunne ikke beregnes, så potentialet er sat til 0.',
    en: '{name}: The chosen standard ({standard}) could not be computed, so the potential is set to 0.',
  },
};
