import type { StringTable } from '../index';

export const pipelineStrings: StringTable = {
  'pipeline.area.missing': {
    da: 'Rækken {address} siger ikke hvilket serviceområde tallet hører til, og der er ikke valgt et område. Tilføj en kolonne "Serviceområde" eller vælg et område.',
    en: 'Row {address} does not say which service area the figure belongs to, and no area was chosen. Add a "Service area" column or choose an area.',
  },
  'pipeline.area.fromName.sheet': {
    da: 'Serviceområdet er sat til {area}, fordi arket hedder "{name}". Vælg et andet område, hvis det er forkert.',
    en: 'The service area was set to {area} because the sheet is called "{name}". Choose another area if that is wrong.',
  },
  'pipeline.area.fromName.table': {
    da: 'Serviceområdet er sat til {area}, fordi tabellen hedder "{name}". Vælg et andet område, hvis det er forkert.',
    en: 'The service area was set to {area} because the table is called "{name}". Choose another area if that is wrong.',
  },
  'pipeline.area.unknown': {
    da: 'Serviceområdet "{text}" i {address} kendes ikke. Kendte områder: {known}.',
    en: 'The service area "{text}" in {address} is not known. Known areas: {known}.',
  },
  'pipeline.area.noReference': {
    da: 'Der er ingen referencetal for {area} i {origin}; rækkerne for området ({count}) er sprunget over.',
    en: 'There are no reference figures for {area} in the {origin}; the area’s rows ({count}) were skipped.',
  },
  'pipeline.year.mismatch': {
    da: 'Dine tal er fra {own}, referencetallene fra {reference}. Sammenligningen blander år; tag højde for pris- og lønudvikling.',
    en: 'Your figures are from {own}, the reference figures from {reference}. The comparison mixes years; allow for price and wage changes.',
  },
  'pipeline.institution.noArea': {
    da: 'Der er ikke valgt et serviceområde; institutionerne sammenlignes kun med hinanden.',
    en: 'No service area was chosen; the institutions are compared with each other only.',
  },
  'pipeline.institution.noReferenceLine': {
    da: 'Danmarks Statistiks landstal er opgjort i {unit}, ikke pr. {activity} som dine tal. Derfor vises ingen landslinje til sammenligning.',
    en: 'Statistics Denmark\'s national figures are in {unit}, not per {activity} like your figures. So no national line is shown for comparison.',
  },
  'pipeline.activity.otherDenominator': {
    da: 'Kolonnen "{header}" tæller ikke det samme som landstallet for {area} ({unit}). Derfor er udgiften delt med Danmarks Statistiks tal for din kommune ({period}), når nøgletal og potentiale regnes.',
    en: 'The column "{header}" does not count the same as the national figure for {area} ({unit}). Your key figure and potential therefore divide the cost by Statistics Denmark’s figure for your municipality ({period}).',
  },
  'pipeline.nothingToRun': {
    da: 'Der er ingen rækker at beregne på. Se problemerne ovenfor.',
    en: 'There are no rows to compute on. See the problems above.',
  },
  'pipeline.institutionArea': { da: 'Institutioner', en: 'Institutions' },
  'pipeline.perActivity': { da: 'kr. pr. {activity}', en: 'DKK per {activity}' },
  'pipeline.origin.snapshot': { da: 'det medfølgende øjebliksbillede', en: 'bundled snapshot' },
  'pipeline.origin.live': { da: 'de live hentede data', en: 'live data' },
  'pipeline.origin.cache': { da: 'de gemte data', en: 'cached data' },
};
