import type { StringTable } from '../index';

// Strings of the DEA engine: why a unit got no score. Keys are `dea.reason.<DeaReasonCode>`
// (see src/core/dea/reasons.ts). {id} is the unit, {variable} the column name shown to the user.
export const deaStrings: StringTable = {
  'dea.reason.missing': {
    da: '{id} mangler en værdi for {variable} og indgår derfor ikke i DEA-analysen.',
    en: '{id} has no value for {variable} and is therefore left out of the DEA analysis.',
  },
  'dea.reason.nonFinite': {
    da: '{id} har en ugyldig værdi (uendelig) for {variable} og indgår derfor ikke i DEA-analysen.',
    en: '{id} has an invalid (infinite) value for {variable} and is therefore left out of the DEA analysis.',
  },
  'dea.reason.negative': {
    da: '{id} har en negativ værdi for {variable}. DEA kræver værdier på nul eller derover, så enheden indgår ikke.',
    en: '{id} has a negative value for {variable}. DEA needs values of zero or more, so the unit is left out.',
  },
  'dea.reason.zeroInput': {
    da: '{id} har 0 for ressourcen {variable}. En enhed uden ressourceforbrug kan ikke sammenlignes, så den indgår ikke.',
    en: '{id} has 0 for the input {variable}. A unit that uses no resources cannot be compared, so it is left out.',
  },
  'dea.reason.zeroOutputs': {
    da: '{id} har 0 i alle ydelser og indgår derfor ikke i DEA-analysen.',
    en: '{id} has 0 in every output and is therefore left out of the DEA analysis.',
  },
  'dea.reason.superInfeasible': {
    da: '{id} kan ikke nås af nogen kombination af de andre enheder, så supereffektiviteten kan ikke beregnes (den er ubegrænset).',
    en: 'No combination of the other units can reach {id}, so its super-efficiency cannot be computed (it is unbounded).',
  },
  'dea.reason.unbounded': {
    da: '{id} har 0 i alle de ydelser, der kan øges, så der kan ikke beregnes en outputorienteret score.',
    en: '{id} has 0 in every output that can be increased, so no output-oriented score can be computed.',
  },
  'dea.reason.numerical': {
    da: 'Beregningen for {id} kunne ikke gennemføres af numeriske grunde. Kontroller tallene for enheden.',
    en: 'The calculation for {id} could not be completed for numerical reasons. Check the unit\'s figures.',
  },
};
