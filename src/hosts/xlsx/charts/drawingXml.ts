// The drawing part that places charts on a sheet: one twoCellAnchor graphicFrame per chart,
// each pointing at its chart part through the drawing's relationships.
import { escapeXml } from '../text';
import { CHART_NS, DRAWING_MAIN_NS, REL_NS } from './chartXml';
import type { ResolvedChart } from './types';

export const SPREADSHEET_DRAWING_NS = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';

function marker(tag: 'xdr:from' | 'xdr:to', pos: { row: number; col: number }): string {
  return `<${tag}><xdr:col>${pos.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${pos.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></${tag}>`;
}

/** `relIds[i]` is the relationship id (in the drawing's .rels) of `charts[i]`'s chart part. */
export function drawingXml(charts: ResolvedChart[], relIds: string[]): string {
  const anchors = charts.map((chart, i) => {
    // Shape ids must be unique within the drawing; 1 is conventionally the drawing itself.
    const shapeId = i + 2;
    const name = escapeXml(chart.model.title || `Diagram ${i + 1}`);
    return (
      '<xdr:twoCellAnchor editAs="oneCell">' +
      marker('xdr:from', chart.from) +
      marker('xdr:to', chart.to) +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${shapeId}" name="${name}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${CHART_NS}"><c:chart xmlns:c="${CHART_NS}" r:id="${relIds[i]}"/></a:graphicData></a:graphic>` +
      '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
    );
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<xdr:wsDr xmlns:xdr="${SPREADSHEET_DRAWING_NS}" xmlns:a="${DRAWING_MAIN_NS}" xmlns:r="${REL_NS}">${anchors.join('')}</xdr:wsDr>`
  );
}
