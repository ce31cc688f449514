// manifest.xml as Office validates it: the required elements in schema order, the host and
// permissions, locales, the ribbon button, icons that exist, and one base URL everywhere, which
// the production build rewrites to ADDIN_BASE_URL.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

const ROOT = join(__dirname, '..', '..');
const DEV_BASE = 'https://localhost:3000/';
const manifest = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

type Ordered = Record<string, unknown> & { ':@'?: Record<string, string> };
const ordered = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '' }).parse(manifest) as Ordered[];
const tree = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['Override', 'Set', 'bt:Image', 'bt:Url', 'bt:String', 'Host', 'Group', 'Control'].includes(name) }).parse(manifest);
const app = tree.OfficeApp;

const nameOf = (node: Ordered) => Object.keys(node).find((key) => key !== ':@') as string;

/** Every attribute value and text in the manifest that looks like a URL. */
function urls(xml: string): string[] {
  return [...xml.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"|>(https?:\/\/[^<]+)</g)].map((m) => m[1] ?? m[2]);
}

describe('manifest.xml', () => {
  it('has the required elements in the order the schema demands', () => {
    const root = ordered.find((node) => nameOf(node) === 'OfficeApp') as Ordered;
    const children = (root.OfficeApp as Ordered[]).map(nameOf).filter((name) => name !== '#comment');
    expect(children).toEqual([
      'Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl',
      'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides',
    ]);
    expect(root[':@']?.['xsi:type']).toBe('TaskPaneApp');
  });

  it('is a Workbook add-in that reads and writes the document, Danish first with English overrides', () => {
    expect(app.Hosts.Host.map((h: { Name: string }) => h.Name)).toEqual(['Workbook']);
    expect(app.Permissions).toBe('ReadWriteDocument');
    expect(app.DefaultLocale).toBe('da-DK');
    expect(app.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(app.Version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    for (const element of [app.DisplayName, app.Description]) {
      expect(element.DefaultValue).not.toBe('');
      expect(element.Override.map((o: { Locale: string }) => o.Locale)).toEqual(['en-US']);
    }
    const strings = [...app.VersionOverrides.Resources['bt:ShortStrings']['bt:String'], ...app.VersionOverrides.Resources['bt:LongStrings']['bt:String']];
    for (const entry of strings) expect(entry['bt:Override']?.Locale).toBe('en-US');
  });

  it('asks for ExcelApi 1.7: freeze panes and tab colours are written unconditionally, 1.9 features are checked at run time', () => {
    const sets = app.Requirements.Sets.Set as { Name: string; MinVersion: string }[];
    expect(sets.find((set) => set.Name === 'ExcelApi')?.MinVersion).toBe('1.7');
  });

  it('puts a ShowTaskpane button in a group on the Home tab', () => {
    const host = app.VersionOverrides.Hosts.Host[0];
    const tab = host.DesktopFormFactor.ExtensionPoint.OfficeTab;
    expect(tab.id).toBe('TabHome');
    const controls = tab.Group.flatMap((g: { Control: unknown[] }) => g.Control) as { 'xsi:type': string; Action: { 'xsi:type': string; SourceLocation: { resid: string } } }[];
    const button = controls.find((c) => c['xsi:type'] === 'Button');
    expect(button?.Action['xsi:type']).toBe('ShowTaskpane');
    const urlsById = Object.fromEntries(app.VersionOverrides.Resources['bt:Urls']['bt:Url'].map((u: { id: string; DefaultValue: string }) => [u.id, u.DefaultValue]));
    expect(urlsById[button?.Action.SourceLocation.resid as string]).toBe(`${DEV_BASE}taskpane.html`);
  });

  it('points at icons that exist in assets/', () => {
    const images = app.VersionOverrides.Resources['bt:Images']['bt:Image'].map((i: { DefaultValue: string }) => i.DefaultValue);
    const all = [app.IconUrl.DefaultValue, app.HighResolutionIconUrl.DefaultValue, ...images] as string[];
    expect(all.length).toBeGreaterThanOrEqual(5);
    for (const url of all) {
      expect(url.startsWith(`${DEV_BASE}assets/`)).toBe(true);
      expect(existsSync(join(ROOT, url.slice(DEV_BASE.length)))).toBe(true);
    }
  });

  it('serves every page and icon from the one base URL (StatBank is only an app domain)', () => {
    const found = urls(manifest);
    expect(found.length).toBeGreaterThan(8);
    const own = found.filter((url) => url !== 'https://api.statbank.dk');
    expect(own.every((url) => url.startsWith(DEV_BASE))).toBe(true);
    expect(app.AppDomains.AppDomain).toBe('https://api.statbank.dk');
  });

  it('the production build rewrites the base URL to ADDIN_BASE_URL everywhere', () => {
    const previous = process.env.ADDIN_BASE_URL;
    process.env.ADDIN_BASE_URL = 'https://addin.example.dk/pejlemaerke';
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const configFor = require(join(ROOT, 'webpack.config.js')) as (env: unknown, argv: unknown) => { plugins: { patterns?: { to: string; transform?: (content: Buffer) => string | Buffer }[] }[] };
      const config = configFor({}, { mode: 'production' });
      const pattern = config.plugins.flatMap((plugin) => plugin.patterns ?? []).find((p) => p.to === 'manifest.xml');
      const rewritten = String(pattern?.transform?.(Buffer.from(manifest)));
      expect(rewritten).not.toContain('localhost');
      const own = urls(rewritten).filter((url) => url !== 'https://api.statbank.dk');
      expect(own).toHaveLength(urls(manifest).length - 1);
      expect(own.every((url) => url.startsWith('https://addin.example.dk/pejlemaerke/'))).toBe(true);
      // The development build keeps the dev server's address.
      const devPattern = configFor({}, { mode: 'development' }).plugins.flatMap((plugin) => plugin.patterns ?? []).find((p) => p.to === 'manifest.xml');
      expect(String(devPattern?.transform?.(Buffer.from(manifest)))).toBe(manifest);
    } finally {
      if (previous === undefined) delete process.env.ADDIN_BASE_URL;
      else process.env.ADDIN_BASE_URL = previous;
    }
  });
});
