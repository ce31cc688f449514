// ExcelJS cannot write charts, so they are added to its finished package: per sheet one drawing
// part with a graphicFrame per chart, the chart parts, the relationships sheet → drawing →
// chart, the <drawing r:id> element in the sheet and content-type overrides. Part numbers skip
// whatever the package already holds (ExcelJS writes drawings for images), so nothing collides.
import JSZip from 'jszip';
import { ContentTypeOverrides } from '../contentTypes';
import { chartSpaceXml, REL_NS } from './chartXml';
import { drawingXml } from './drawingXml';
import {
  freePartNumber,
  listSheetParts,
  nextRelId,
  parseRelationships,
  readText,
  type PackageParts,
  REL_TYPE_BASE,
  relationshipsXml,
  relsPathFor,
} from './packageParts';
import type { ResolvedChart, SheetCharts } from './types';

export const DRAWING_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';
export const CHART_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';

/** CT_Worksheet children that must come after <drawing>, in schema order. */
const AFTER_DRAWING = new Set([
  'legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst',
]);

/**
 * Inserts `element` as a direct child of the root, before the first direct child named in
 * `before` (or at the end). Depth is tracked so that nested extLst elements (inside
 * conditional formats, say) are not mistaken for the worksheet's own.
 */
export function insertTopLevelElement(xml: string, element: string, before: Set<string>): string {
  const tagPattern = /<(\/?)([A-Za-z_][\w.:-]*)[^>]*?(\/?)>/g;
  let depth = 0;
  let rootEnd = -1;
  for (let match = tagPattern.exec(xml); match; match = tagPattern.exec(xml)) {
    const [whole, closing, rawName, selfClosing] = match;
    if (whole.startsWith('<?') || whole.startsWith('<!')) continue;
    const name = rawName.includes(':') ? rawName.split(':')[1] : rawName;
    if (closing) {
      depth--;
      if (depth === 0) rootEnd = match.index;
      continue;
    }
    if (depth === 1 && before.has(name)) return xml.slice(0, match.index) + element + xml.slice(match.index);
    if (!selfClosing) depth++;
  }
  if (rootEnd < 0) throw new Error('Sheet XML has no closing root element');
  return xml.slice(0, rootEnd) + element + xml.slice(rootEnd);
}

function ensureRelNamespace(sheetXml: string): string {
  return sheetXml.replace(/<worksheet\b[^>]*>/, (root) =>
    /\sxmlns:r=/.test(root) ? root : root.replace('<worksheet', `<worksheet xmlns:r="${REL_NS}"`),
  );
}

export function addOverride(contentTypes: string, partName: string, contentType: string): string {
  if (contentTypes.includes(`PartName="${partName}"`)) return contentTypes;
  return contentTypes.replace('</Types>', `<Override PartName="${partName}" ContentType="${contentType}"/></Types>`);
}

/** Puts one chart part into the package; by default as chartSpaceXml's text. */
export type ChartPartWriter = (path: string, chart: ResolvedChart) => void;

/** Adds the charts to an opened package (the zip is changed in place). */
export async function addChartsToPackage(
  zip: PackageParts,
  sheets: SheetCharts[],
  writeChart: ChartPartWriter = (path, chart) => zip.file(path, chartSpaceXml(chart)),
): Promise<void> {
  const withCharts = sheets.filter((s) => s.charts.length > 0);
  if (withCharts.length === 0) return;
  const sheetParts = await listSheetParts(zip);
  const contentTypes = new ContentTypeOverrides((await readText(zip, '[Content_Types].xml')) ?? '');
  const takenDrawings = new Set<number>();
  const takenCharts = new Set<number>();
  for (const { sheet, charts } of withCharts) {
    const part = sheetParts.find((p) => p.name === sheet);
    if (!part) throw new Error(`Sheet ${sheet} is not in the written package`);
    let sheetXml = (await readText(zip, part.path)) ?? '';
    if (/<drawing\b/.test(sheetXml)) throw new Error(`Sheet ${sheet} already has a drawing`);

    const drawingNo = freePartNumber(zip, 'xl/drawings/drawing', '.xml', takenDrawings);
    const drawingPath = `xl/drawings/drawing${drawingNo}.xml`;
    const chartRelIds = charts.map((_, i) => `rId${i + 1}`);
    const drawingRels = charts.map((chart, i) => {
      const chartNo = freePartNumber(zip, 'xl/charts/chart', '.xml', takenCharts);
      const chartPath = `xl/charts/chart${chartNo}.xml`;
      writeChart(chartPath, chart);
      contentTypes.add(`/${chartPath}`, CHART_CONTENT_TYPE);
      return { id: chartRelIds[i], type: `${REL_TYPE_BASE}/chart`, target: `../charts/chart${chartNo}.xml`, external: false };
    });
    zip.file(drawingPath, drawingXml(charts, chartRelIds));
    zip.file(relsPathFor(drawingPath), relationshipsXml(drawingRels));
    contentTypes.add(`/${drawingPath}`, DRAWING_CONTENT_TYPE);

    const sheetRelsPath = relsPathFor(part.path);
    const sheetRels = parseRelationships((await readText(zip, sheetRelsPath)) ?? '');
    const drawingRelId = nextRelId(sheetRels);
    sheetRels.push({ id: drawingRelId, type: `${REL_TYPE_BASE}/drawing`, target: `../drawings/drawing${drawingNo}.xml`, external: false });
    zip.file(sheetRelsPath, relationshipsXml(sheetRels));

    sheetXml = ensureRelNamespace(sheetXml);
    sheetXml = insertTopLevelElement(sheetXml, `<drawing r:id="${drawingRelId}"/>`, AFTER_DRAWING);
    zip.file(part.path, sheetXml);
  }
  zip.file('[Content_Types].xml', contentTypes.toXml());
}

export async function injectCharts(xlsx: Buffer, sheets: SheetCharts[]): Promise<Buffer> {
  if (sheets.every((s) => s.charts.length === 0)) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  await addChartsToPackage(zip, sheets);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
