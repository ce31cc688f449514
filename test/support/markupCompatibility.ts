// Markup-compatibility processing (ECMA-376 Part 3) of one machine-written XML part, so that it can
// be validated against the 2006 schemas: elements and attributes in namespaces listed by
// mc:Ignorable are dropped, mc:Ignorable itself goes, and mc:AlternateContent is replaced by the
// content of its mc:Fallback. The parts are written by programs (no DTD, no CDATA), so a tag
// scanner with namespace scopes is enough.

const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

interface Scope {
  prefixes: Map<string, string>;
  ignorable: Set<string>;
}

interface Tag {
  whole: string;
  closing: boolean;
  selfClosing: boolean;
  name: string;
  attributes: [string, string][];
}

const TOKEN = /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;

function parseAttributes(text: string): [string, string][] {
  return [...text.matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/g)].map((m) => [m[1], m[3] ?? m[4] ?? '']);
}

function namespaceOf(qname: string, scope: Scope, isAttribute: boolean): string | undefined {
  const colon = qname.indexOf(':');
  if (colon < 0) return isAttribute ? undefined : scope.prefixes.get('');
  const prefix = qname.slice(0, colon);
  if (prefix === 'xmlns') return XMLNS_NS;
  if (prefix === 'xml') return 'http://www.w3.org/XML/1998/namespace';
  return scope.prefixes.get(prefix);
}

function childScope(parent: Scope, attributes: [string, string][]): Scope {
  const prefixes = new Map(parent.prefixes);
  for (const [name, value] of attributes) {
    if (name === 'xmlns') prefixes.set('', value);
    else if (name.startsWith('xmlns:')) prefixes.set(name.slice(6), value);
  }
  const scope: Scope = { prefixes, ignorable: new Set(parent.ignorable) };
  for (const [name, value] of attributes) {
    if (name.includes(':') && prefixes.get(name.slice(0, name.indexOf(':'))) === MC_NS && name.endsWith(':Ignorable')) {
      for (const prefix of value.split(/\s+/).filter(Boolean)) {
        const uri = prefixes.get(prefix);
        if (uri) scope.ignorable.add(uri);
      }
    }
  }
  return scope;
}

function renderStart(tag: Tag, attributes: [string, string][]): string {
  const body = attributes.map(([name, value]) => ` ${name}="${value}"`).join('');
  return `<${tag.name}${body}${tag.selfClosing ? '/' : ''}>`;
}

/** The part after markup-compatibility processing. */
export function processMarkupCompatibility(xml: string): string {
  const stack: { scope: Scope; name: string; mode: 'keep' | 'skip' | 'unwrap' }[] = [];
  const root: Scope = { prefixes: new Map(), ignorable: new Set() };
  let out = '';
  let last = 0;
  const skipping = () => stack.some((s) => s.mode === 'skip');
  for (const match of xml.matchAll(TOKEN)) {
    const text = xml.slice(last, match.index);
    last = (match.index ?? 0) + match[0].length;
    if (!skipping()) out += text;
    if (match[2] === undefined) {
      if (!skipping() && match[0].startsWith('<?')) out += match[0];
      continue;
    }
    const tag: Tag = { whole: match[0], closing: match[1] === '/', selfClosing: match[4] === '/', name: match[2], attributes: parseAttributes(match[3] ?? '') };
    if (tag.closing) {
      const open = stack.pop();
      if (open?.mode === 'keep' && !skipping()) out += tag.whole;
      continue;
    }
    const parent = stack[stack.length - 1];
    const scope = childScope(parent?.scope ?? root, tag.attributes);
    const ns = namespaceOf(tag.name, scope, false);
    const local = tag.name.slice(tag.name.indexOf(':') + 1);
    let mode: 'keep' | 'skip' | 'unwrap' = 'keep';
    if (ns === MC_NS && local === 'AlternateContent') mode = 'unwrap';
    else if (ns === MC_NS && local === 'Choice') mode = 'skip';
    else if (ns === MC_NS && local === 'Fallback') mode = 'unwrap';
    else if (ns !== undefined && scope.ignorable.has(ns)) mode = 'skip';
    if (mode === 'keep' && !skipping()) {
      const kept = tag.attributes.filter(([name]) => {
        const attrNs = namespaceOf(name, scope, true);
        if (attrNs === XMLNS_NS || name === 'xmlns') return true;
        if (attrNs === MC_NS) return false;
        return attrNs === undefined || !scope.ignorable.has(attrNs);
      });
      out += renderStart(tag, kept);
    }
    if (!tag.selfClosing) stack.push({ scope, name: tag.name, mode });
  }
  return out + xml.slice(last);
}
