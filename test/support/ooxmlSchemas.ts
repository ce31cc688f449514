// Validates every XML part of an .xlsx package against the ISO/IEC 29500 transitional schemas in
// ../shared/ooxml-schemas (after markup-compatibility processing), with Debian's xmllint. Any
// test that writes a workbook can call validatePackage on it. Without xmllint or the schemas the
// check is unavailable (schemaValidationAvailable() says why) and callers skip visibly.
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import JSZip from 'jszip';
import { processMarkupCompatibility } from './markupCompatibility';

/** The schemas travel with the tests (test/fixtures/ooxml-schemas), or live where OOXML_SCHEMA_DIR says. */
function findSchemaDir(): string {
  if (process.env.OOXML_SCHEMA_DIR) return process.env.OOXML_SCHEMA_DIR;
  return path.resolve(__dirname, '..', 'fixtures', 'ooxml-schemas');
}

export const SCHEMA_DIR = findSchemaDir();

/** Schema file (relative to SCHEMA_DIR) for each kind of part, by path. */
const SCHEMA_FOR: [RegExp, string | null][] = [
  [/^\[Content_Types\]\.xml$/, 'opc/opc-contentTypes.xsd'],
  [/(^|\/)_rels\/[^/]*\.rels$/, 'opc/opc-relationships.xsd'],
  // The core-properties schema imports the Dublin Core schemas from the web, which are not here.
  [/^docProps\/core\.xml$/, null],
  [/^docProps\/app\.xml$/, 'shared-documentPropertiesExtended.xsd'],
  [/^xl\/(workbook|styles|sharedStrings)\.xml$/, 'sml.xsd'],
  [/^xl\/worksheets\/[^/]+\.xml$/, 'sml.xsd'],
  [/^xl\/tables\/[^/]+\.xml$/, 'sml.xsd'],
  [/^xl\/charts\/chart\d+\.xml$/, 'dml-chart.xsd'],
  [/^xl\/drawings\/drawing\d+\.xml$/, 'dml-spreadsheetDrawing.xsd'],
  [/^xl\/theme\/theme\d+\.xml$/, 'dml-main.xsd'],
];

export interface PartProblem {
  part: string;
  message: string;
}

export interface PackageReport {
  /** Parts validated, by schema. */
  validated: string[];
  /** XML parts no schema here covers (none expected; listed so a new kind of part is noticed). Core properties are skipped on purpose. */
  unchecked: string[];
  problems: PartProblem[];
}

/** Why validation cannot run here, or undefined when it can. */
export function schemaValidationUnavailable(): string | undefined {
  if (!existsSync(path.join(SCHEMA_DIR, 'sml.xsd'))) return `the OOXML schemas are not at ${SCHEMA_DIR}`;
  const probe = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) return 'xmllint is not installed (Debian package libxml2-utils)';
  return undefined;
}

/** Validates every XML part; throws only when validation itself cannot run. */
export async function validatePackage(xlsx: Buffer | Uint8Array): Promise<PackageReport> {
  const unavailable = schemaValidationUnavailable();
  if (unavailable) throw new Error(`Schema validation unavailable: ${unavailable}`);
  const zip = await JSZip.loadAsync(xlsx);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ooxml-'));
  const report: PackageReport = { validated: [], unchecked: [], problems: [] };
  try {
    const bySchema = new Map<string, { part: string; file: string }[]>();
    let n = 0;
    for (const part of Object.keys(zip.files).sort()) {
      if (zip.files[part].dir || !/\.(xml|rels)$/.test(part)) continue;
      const schema = SCHEMA_FOR.find(([pattern]) => pattern.test(part))?.[1];
      if (schema === undefined) report.unchecked.push(part);
      if (!schema) continue;
      const file = path.join(dir, `${String(++n).padStart(4, '0')}-${part.replace(/[^\w.-]/g, '_')}`);
      writeFileSync(file, processMarkupCompatibility(await zip.files[part].async('string')));
      const list = bySchema.get(schema) ?? [];
      list.push({ part, file });
      bySchema.set(schema, list);
    }
    for (const [schema, parts] of bySchema) {
      report.problems.push(...runXmllint(path.join(SCHEMA_DIR, schema), parts));
      report.validated.push(...parts.map((p) => p.part));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return report;
}

function runXmllint(schema: string, parts: { part: string; file: string }[]): PartProblem[] {
  const result = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, ...parts.map((p) => p.file)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const byFile = new Map(parts.map((p) => [p.file, p.part]));
  const problems: PartProblem[] = [];
  for (const line of (result.stderr ?? '').split('\n')) {
    if (!line.trim() || / validates$/.test(line)) continue;
    const file = [...byFile.keys()].find((f) => line.startsWith(f));
    if (file && / fails to validate$/.test(line)) continue; // the summary line; the errors are listed above it
    problems.push({ part: file ? (byFile.get(file) as string) : schema, message: file ? line.slice(file.length + 1) : line });
  }
  if (result.status !== 0 && problems.length === 0) problems.push({ part: schema, message: `xmllint exited with ${result.status}` });
  return problems;
}
