// No secrets in the repository, and every dependency pinned by the lock file with an integrity
// hash, so CI's `npm ci` installs exactly what was reviewed.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

const SECRET_PATTERNS: [string, RegExp][] = [
  ['private key', /-----BEGIN (?:RSA |EC |OPENSSH |DSA )?PRIVATE KEY-----/],
  ['AWS access key', /\bAKIA[0-9A-Z]{16}\b/],
  ['GitHub token', /\bgh[pousr]_[A-Za-z0-9]{36,}\b/],
  ['npm token', /\bnpm_[A-Za-z0-9]{36}\b/],
  ['npm auth in config', /_authToken\s*=/],
  ['Slack token', /\bxox[abpr]-[A-Za-z0-9-]{10,}/],
  ['Azure/Office client secret', /client_secret\s*[:=]\s*['"][^'"]{8,}/i],
  ['password in a URL', /\b[a-z]+:\/\/[^/\s:@'"]+:[^/\s@'"]+@[^\s'"]+/i],
];

describe('the repository', () => {
  const files = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);

  it('holds no secrets in any tracked text file', () => {
    const found: string[] = [];
    for (const file of files) {
      const path = join(ROOT, file);
      if (/\.(png|xlsx|xlsm|ico|jpg|zip)$/i.test(file) || statSync(path).size > 5_000_000) continue;
      const text = readFileSync(path, 'utf8');
      for (const [kind, pattern] of SECRET_PATTERNS) if (pattern.test(text)) found.push(`${file}: ${kind}`);
    }
    expect(found).toEqual([]);
  });

  it('tracks no credential files', () => {
    expect(files.filter((f) => /(^|\/)(\.npmrc|\.env(\..*)?|.*\.pem|.*\.pfx|.*\.key|id_rsa.*)$/.test(f))).toEqual([]);
  });

  it('pins every dependency in package-lock.json, with an integrity hash', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));
    const unpinned: string[] = [];
    for (const name of Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })) {
      const entry = lock.packages?.[`node_modules/${name}`];
      if (!entry?.version || !entry?.integrity || !/^sha512-/.test(entry.integrity)) unpinned.push(name);
    }
    expect(unpinned).toEqual([]);
    // Every package the lock installs comes from the registry with a hash (no git or file deps).
    const loose = Object.entries(lock.packages as Record<string, { resolved?: string; integrity?: string; link?: boolean }>)
      .filter(([path, entry]) => path !== '' && !entry.link && (!entry.integrity || (entry.resolved !== undefined && !/^https:\/\/registry\.npmjs\.org\//.test(entry.resolved))))
      .map(([path]) => path);
    expect(loose).toEqual([]);
  });
});
