import type { StringTable } from '../index';

// Texts of the DEA sheet's result table, its uncertainty (bootstrap), the frontier status of a unit
// and the run's further choices (FDH, super-efficiency as the model, slack phase off). The older
// DEA texts live in deaReport.ts.
export const deaSheetStrings: StringTable = {
  // Summary lines at the top.
  'report.dea.mostOnFrontier': {
    da: 'At de fleste ligger på fronten, skyldes at {measured} enheder sammenlignes på {variables} tal på én gang: med mange tal og få enheder er næsten alle bedst til et eller andet.',
    en: 'Most units are on the frontier because {measured} units are compared on {variables} figures at once: with many figures and few units nearly every unit is best at something.',
  },
  'report.dea.bootstrapLine': {
    da: 'Usikkerhed: 95 %-intervaller fra {replicates} bootstrap-gentagelser (Simar & Wilson 1998). Et interval, der ligger helt under læringspartnerens, betyder at forskellen er sikker.',
    en: 'Uncertainty: 95% intervals from {replicates} bootstrap replicates (Simar & Wilson 1998). An interval wholly below the learning partner’s means the difference is sure.',
  },
  'report.dea.resultHeading': { da: 'Resultat pr. enhed (bedste først)', en: 'Result per unit (best first)' },
  'report.dea.detailHeading': { da: 'Beregningen pr. enhed: tal, mål og læringspartnere', en: 'The calculation per unit: figures, targets and learning partners' },

  // Result table.
  'report.dea.col.biasCorrected': { da: 'Bias-korrigeret score', en: 'Bias-corrected score' },
  'report.dea.col.ciLow': { da: '95 %-interval fra', en: '95% interval from' },
  'report.dea.col.ciHigh': { da: '95 %-interval til', en: '95% interval to' },
  'report.dea.col.topPartner': { da: 'Vigtigste læringspartner (andel)', en: 'Main learning partner (share)' },
  'report.dea.col.sure': { da: 'Forskel til læringspartner', en: 'Difference to learning partner' },
  'report.dea.col.superScore': { da: 'Supereffektivitet', en: 'Super-efficiency' },
  'report.dea.sure.yes': { da: 'sikker', en: 'sure' },
  'report.dea.sure.no': { da: 'ikke sikker', en: 'not sure' },
  'report.dea.notDefined': { da: 'ikke defineret', en: 'not defined' },
  'report.dea.weakPeer': { da: 'Svagt effektiv – {partners}', en: 'Weakly efficient – {partners}' },
  'report.dea.undetermined': { da: 'På fronten – ikke afgjort', en: 'On the frontier – not settled' },

  // The learning-partner block.
  'report.dea.partners.sure': {
    da: 'Forskellen til {partner} er sikker: {unit}s 95 %-interval ({unitLow}–{unitHigh}) ligger helt under {partner}s ({partnerLow}–{partnerHigh}).',
    en: 'The difference to {partner} is sure: {unit}’s 95% interval ({unitLow}–{unitHigh}) lies wholly below {partner}’s ({partnerLow}–{partnerHigh}).',
  },
  'report.dea.partners.notSure': {
    da: 'Forskellen til {partner} er ikke sikker: {unit}s 95 %-interval ({unitLow}–{unitHigh}) overlapper {partner}s ({partnerLow}–{partnerHigh}).',
    en: 'The difference to {partner} is not sure: {unit}’s 95% interval ({unitLow}–{unitHigh}) overlaps {partner}’s ({partnerLow}–{partnerHigh}).',
  },
  'report.dea.partners.capped': {
    da: 'Her vises de {shown} enheder med den laveste score af {count} under fronten; alle står i tabellen øverst.',
    en: 'Shown here: the {shown} units with the lowest scores of {count} below the frontier; all are in the table at the top.',
  },

  // Uncertainty block and chart.
  'report.dea.uncertainty.heading': { da: 'Usikkerhed: DEA-score med 95 %-interval', en: 'Uncertainty: DEA score with 95% interval' },
  'report.dea.uncertainty.note': {
    da: 'Søjlen er den bias-korrigerede score, stregen det 95 %-interval, den sande score ligger i. DEA overvurderer scorerne lidt, fordi fronten bygges af de samme enheder; derfor ligger den korrigerede score, og ofte hele intervallet, under den målte.',
    en: 'The bar is the bias-corrected score, the whisker the 95% interval the true score lies in. DEA overstates scores a little because the frontier is built from the same units; the corrected score, and often the whole interval, therefore lies below the measured one.',
  },
  'report.dea.uncertainty.capped': {
    da: 'Diagrammet viser de {shown} enheder med den laveste score af {count}.',
    en: 'The chart shows the {shown} units with the lowest scores of {count}.',
  },
  'report.dea.uncertainty.up': { da: 'Op til øvre grænse', en: 'Up to upper bound' },
  'report.dea.uncertainty.down': { da: 'Ned til nedre grænse', en: 'Down to lower bound' },
  'report.dea.uncertainty.chart': { da: 'DEA-score med 95 %-interval (sorteret efter score)', en: 'DEA score with 95% interval (sorted by score)' },
  'report.dea.chart.scatterCapped': {
    da: 'Med {count} enheder tegnes intet punktdiagram; brug tabellen.',
    en: 'With {count} units no scatter chart is drawn; use the table.',
  },

  // Method lines for the further choices.
  'report.dea.method.weak': {
    da: 'En enhed med score 100 %, som en anden enhed alligevel slår på ét af tallene, er kun svagt effektiv; den får den anden enhed som læringspartner.',
    en: 'A unit scoring 100% that another unit still beats on one of the figures is only weakly efficient; it gets that unit as its learning partner.',
  },
  'report.dea.method.bootstrap': {
    da: 'Usikkerheden er beregnet med Simar & Wilsons bootstrap (1998), som R-pakken Benchmarking gør: {replicates} gange trækkes nye data omkring den fundne front, og scoren beregnes igen. Den bias-korrigerede score fjerner DEA’s tendens til at gøre enhederne for gode; intervallet rummer den sande score med 95 % sikkerhed.',
    en: 'Uncertainty is computed with Simar & Wilson’s bootstrap (1998), as the R package Benchmarking does: {replicates} times new data are drawn around the frontier found and the score is computed again. The bias-corrected score removes DEA’s tendency to make units look too good; the interval holds the true score with 95% confidence.',
  },
  'report.dea.method.super': {
    da: 'Supereffektivitet (Andersen & Petersen): hver enhed måles kun mod de andre, så de bedste får en score over 100 %. En enhed, som ingen kombination af de andre kan nå (fx den eneste med en bestemt ydelse), har ingen sådan score: "ikke defineret".',
    en: 'Super-efficiency (Andersen & Petersen): each unit is measured against the others only, so the best score above 100%. A unit no combination of the others can reach (e.g. the only one with a given output) has no such score: "not defined".',
  },
  'report.dea.method.fdh': {
    da: 'FDH (free disposal hull): en enhed sammenlignes kun med hele, faktiske enheder, ikke med blandinger af dem; læringspartneren er én bestemt enhed.',
    en: 'FDH (free disposal hull): a unit is compared only with whole, actual units, not with blends of them; the learning partner is one particular unit.',
  },
  'report.dea.method.noSlack': {
    da: 'Restbesparelsen er ikke beregnet (uden andet trin); målene er den rene nedskalering med scoren.',
    en: 'The remaining saving is not computed (no second stage); the targets are the plain scaling by the score.',
  },
  'report.dea.rts.fdh': { da: 'FDH (ingen blandinger)', en: 'FDH (no blends)' },
  'report.dea.method.rts.fdh': {
    da: 'FDH: ingen antagelse om skalaafkast; kun faktiske enheder er forbilleder.',
    en: 'FDH: no assumption about returns to scale; only actual units are benchmarks.',
  },
  'report.dea.superModelName': { da: 'supereffektivitet', en: 'super-efficiency' },

  // The task pane: a column read by name for DEA, the bootstrap setting, its progress and its line
  // in the results.
  'pane.role.figure': { da: 'Tal til DEA', en: 'Figure for DEA' },
  'pane.dea.bootstrap': { da: 'Usikkerhed: bootstrap-gentagelser', en: 'Uncertainty: bootstrap replicates' },
  'pane.dea.bootstrapHint': {
    da: 'Giver hver score et 95 %-interval (Simar & Wilson). 2.000 er standard; 0 slår det fra. Flere gentagelser tager længere tid.',
    en: 'Gives each score a 95% interval (Simar & Wilson). 2,000 is the default; 0 turns it off. More replicates take longer.',
  },
  'pane.stage.bootstrapping': { da: 'Beregner usikkerhed: gentagelse {done} af {total} …', en: 'Computing uncertainty: replicate {done} of {total} …' },
  'pane.results.deaBootstrap': {
    da: 'Usikkerhed ({replicates} gentagelser): for {sure} af {below} enheder under fronten er forskellen til læringspartneren sikker.',
    en: 'Uncertainty ({replicates} replicates): for {sure} of {below} units below the frontier the difference to the learning partner is sure.',
  },

  // Problems from the pipeline.
  'pipeline.dea.bootstrapUnavailable': {
    da: 'Usikkerhed (bootstrap) kan kun beregnes for de almindelige DEA-modeller (VRS, CRS, DRS, IRS) uden supereffektivitet; den er ikke beregnet.',
    en: 'Uncertainty (bootstrap) can only be computed for the ordinary DEA models (VRS, CRS, DRS, IRS) without super-efficiency; it was not computed.',
  },
  'pipeline.dea.bootstrapDegenerate': {
    da: 'Alle enheder ligger på fronten, så der er ingen spredning at bygge et usikkerhedsinterval på; der er ingen intervaller.',
    en: 'Every unit is on the frontier, so there is no spread to build an interval on; there are no intervals.',
  },
  'pipeline.dea.bootstrapSkipped': {
    da: 'Usikkerheden (bootstrap) er ikke beregnet: med {count} enheder tager standarden på 2.000 gentagelser for lang tid (over {limit} enheder kræves --bootstrap B).',
    en: 'The uncertainty (bootstrap) was not computed: with {count} units the default of 2,000 replicates takes too long (above {limit} units, give --bootstrap B).',
  },
  'pipeline.dea.nameColumns': {
    da: 'Til DEA på en tabel med egne overskrifter (fx Enhed, x1, x2, y): nævn kolonnerne med --inputs og --outputs, fx --inputs x1,x2 --outputs y (i opgaveruden: vælg dem som input og output).',
    en: 'For DEA on a table with headers of its own (e.g. Unit, x1, x2, y): name the columns with --inputs and --outputs, e.g. --inputs x1,x2 --outputs y (in the task pane: pick them as inputs and outputs).',
  },
  'pipeline.dea.constantVariable': {
    da: 'Kolonnen "{header}" har samme værdi for alle enheder og skiller dem derfor ikke ad i DEA-analysen.',
    en: 'The column "{header}" has the same value for every unit and so tells them nothing apart in the DEA analysis.',
  },
  'pipeline.dea.zeroVariable': {
    da: 'Kolonnen "{header}" er 0 for alle enheder og bidrager ikke til DEA-analysen.',
    en: 'The column "{header}" is 0 for every unit and adds nothing to the DEA analysis.',
  },
};
