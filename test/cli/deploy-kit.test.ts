// The deployment kit end to end: the real `tsx src/cli/deploy-kit.ts` process on the sample IT
// config and on broken ones. Every file is read back the way its consumer reads it: JSON parsed,
// the .reg decoded from UTF-16LE and its values converted as Chrome's registry reader does (JSON
// strings for lists and objects, DWORDs for booleans), the .mobileconfig parsed as XML into a plist.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Parser } from 'htmlparser2';
import { FIREFOX_ADDON_ID } from '../../scripts/package/manifest';
import { DEFAULT_GECKO_ID } from '../../src/cli/deploy-kit/config';

const ROOT = join(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const KIT = join('src', 'cli', 'deploy-kit.ts');
const SAMPLE = join(ROOT, 'samples', 'it-config.json');
const SPAWN_TIMEOUT = 30_000;
const TEST_TIMEOUT = { timeout: 60_000 };

const sample = JSON.parse(readFileSync(SAMPLE, 'utf8'));
const policy = sample.policy as Record<string, unknown>;
const schema = JSON.parse(readFileSync(join(ROOT, 'public', 'managed_schema.json'), 'utf8'));
const CHROME_ID = sample.extensionIds.chrome as string;
const EDGE_ID = sample.extensionIds.edge as string;
const GECKO_ID = sample.extensionIds.firefox as string;

const FILES = [
  'README.txt',
  'windows/second-look-chrome.reg',
  'windows/second-look-edge.reg',
  'macos/second-look-chrome.mobileconfig',
  'macos/second-look-edge.mobileconfig',
  'linux/etc/opt/chrome/policies/managed/second-look.json',
  'linux/etc/chromium/policies/managed/second-look.json',
  'linux/etc/opt/microsoft/msedge/policies/managed/second-look.json',
  'google-admin/second-look-policy-for-extensions.json',
  'firefox/policies.json',
];

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function kit(...args: string[]): Run {
  const r = spawnSync(TSX, [KIT, ...args], { cwd: ROOT, encoding: 'utf8', timeout: SPAWN_TIMEOUT, env: { ...process.env, NO_COLOR: '1' } });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => relative(dir, join(dir, f)).split('\\').join('/'))
    .sort();
}

type Obj = Record<string, unknown>;
const readJson = (path: string): Obj => JSON.parse(readFileSync(path, 'utf8')) as Obj;

// --- .reg reading, as regedit and Chrome's registry_dict.cc would ---------------------------------

interface RegFile {
  header: string;
  deleted: string[];
  keys: Map<string, Map<string, { type: 'sz' | 'dword'; data: string | number }>>;
}

const unescapeReg = (s: string): string => s.replace(/\\(.)/g, '$1');

function parseReg(bytes: Buffer): RegFile {
  expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]); // UTF-16LE byte-order mark
  const text = bytes.subarray(2).toString('utf16le');
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // CRLF only
  const lines = text.split('\r\n');
  const reg: RegFile = { header: lines[0]!, deleted: [], keys: new Map() };
  let current: Map<string, { type: 'sz' | 'dword'; data: string | number }> | undefined;
  for (const line of lines.slice(1)) {
    if (line === '' || line.startsWith(';')) continue;
    const del = /^\[-(.+)\]$/.exec(line);
    if (del) {
      reg.deleted.push(del[1]!);
      current = undefined;
      continue;
    }
    const key = /^\[(.+)\]$/.exec(line);
    if (key) {
      current = new Map();
      reg.keys.set(key[1]!, current);
      continue;
    }
    const value = /^"((?:[^"\\]|\\.)*)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-f]{8}))$/.exec(line);
    if (!value || !current) throw new Error(`malformed .reg line: ${line}`);
    current.set(unescapeReg(value[1]!), value[3] !== undefined ? { type: 'dword', data: parseInt(value[3], 16) } : { type: 'sz', data: unescapeReg(value[2]!) });
  }
  return reg;
}

/** ConvertRegistryValue(): REG_DWORD → boolean, REG_SZ JSON → list/object, REG_SZ → string. */
function policyFromRegistry(values: Map<string, { type: 'sz' | 'dword'; data: string | number }>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, v] of values) {
    const type = schema.properties[name].type as string;
    if (type === 'boolean') {
      expect(v.type).toBe('dword');
      out[name] = v.data !== 0;
    } else if (type === 'array' || type === 'object') {
      expect(v.type).toBe('sz');
      out[name] = JSON.parse(v.data as string);
    } else {
      expect(v.type).toBe('sz');
      out[name] = v.data;
    }
  }
  return out;
}

// --- .mobileconfig reading: well-formed XML, then plist → JS ---------------------------------------

interface XmlNode {
  name: string;
  children: XmlNode[];
  text: string;
  selfClosing?: boolean;
}

function parseXml(xml: string): XmlNode {
  const root: XmlNode = { name: '#document', children: [], text: '' };
  const stack = [root];
  const problems: string[] = [];
  const parser = new Parser(
    {
      onopentag(name) {
        const selfClosing = xml.slice(parser.startIndex, parser.endIndex + 1).endsWith('/>');
        const node: XmlNode = { name, children: [], text: '', selfClosing };
        stack.at(-1)!.children.push(node);
        stack.push(node);
      },
      ontext(text) {
        stack.at(-1)!.text += text;
      },
      onclosetag(name, isImplied) {
        // Self-closing tags (<true/>, <array/>) close implicitly; any other implied close is an unclosed tag.
        if (isImplied && !stack.at(-1)!.selfClosing) problems.push(`<${name}> not closed`);
        if (stack.at(-1)!.name !== name) problems.push(`</${name}> closes <${stack.at(-1)!.name}>`);
        stack.pop();
      },
    },
    { xmlMode: true },
  );
  parser.write(xml);
  parser.end();
  expect(problems).toEqual([]);
  expect(stack).toHaveLength(1);
  // Every start tag that is not self-closing has its end tag.
  const opens = xml.match(/<[A-Za-z][^>]*[^/]>|<[A-Za-z]>/g) ?? [];
  const closes = xml.match(/<\/[A-Za-z]+>/g) ?? [];
  expect(opens.length).toBe(closes.length);
  return root;
}

function plistToJs(node: XmlNode): unknown {
  const elements = node.children;
  switch (node.name) {
    case 'dict': {
      const out: Record<string, unknown> = {};
      for (let i = 0; i < elements.length; i += 2) {
        expect(elements[i]!.name).toBe('key');
        out[elements[i]!.text] = plistToJs(elements[i + 1]!);
      }
      return out;
    }
    case 'array':
      return elements.map(plistToJs);
    case 'string':
      return node.text;
    case 'integer':
      return parseInt(node.text, 10);
    case 'real':
      return parseFloat(node.text);
    case 'true':
      return true;
    case 'false':
      return false;
    default:
      throw new Error(`unexpected plist element <${node.name}>`);
  }
}

function readProfile(path: string): { profile: Obj; install: Obj; settings: Obj } {
  const xml = readFileSync(path, 'utf8');
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN"')).toBe(true);
  const doc = parseXml(xml);
  const plist = doc.children.find((c) => c.name === 'plist')!;
  expect(plist.children).toHaveLength(1);
  const profile = plistToJs(plist.children[0]!) as Obj;
  const [install, settings] = profile.PayloadContent as Obj[];
  return { profile, install: install!, settings: settings! };
}

const withoutPayloadKeys = (payload: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(payload).filter(([k]) => !k.startsWith('Payload')));

const UUID = /^[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/;

// ---------------------------------------------------------------------------------------------------

let dir: string;
let out: string;
let run: Run;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'second-look-kit-'));
  out = join(dir, 'kit');
  run = kit('--config', SAMPLE, '--out', out);
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('deploy-kit on the sample config', () => {
  it('exits 0, writes exactly the expected files and lists them', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(listFiles(out)).toEqual([...FILES].sort());
    for (const f of FILES) expect(run.stdout).toContain(f);
  });

  it('README.txt names every file and where it goes', () => {
    const readme = readFileSync(join(out, 'README.txt'), 'utf8');
    for (const f of FILES.slice(1)) expect(readme).toContain(f);
    expect(readme).toContain('/etc/opt/chrome/policies/managed/second-look.json');
    expect(readme).toContain('Policy for extensions');
    expect(readme).toContain(CHROME_ID);
  });

  it('Linux files: force install plus the policy exactly, under 3rdparty.extensions.<id>', () => {
    for (const [file, id, url] of [
      ['linux/etc/opt/chrome/policies/managed/second-look.json', CHROME_ID, 'https://clients2.google.com/service/update2/crx'],
      ['linux/etc/chromium/policies/managed/second-look.json', CHROME_ID, 'https://clients2.google.com/service/update2/crx'],
      ['linux/etc/opt/microsoft/msedge/policies/managed/second-look.json', EDGE_ID, 'https://edge.microsoft.com/extensionwebstorebase/v1/crx'],
    ] as const) {
      const json = readJson(join(out, file));
      expect(Object.keys(json)).toEqual(['ExtensionSettings', '3rdparty']);
      expect(json.ExtensionSettings).toEqual({ [id]: { installation_mode: 'force_installed', update_url: url } });
      expect(json['3rdparty']).toEqual({ extensions: { [id]: policy } });
    }
  });

  it('Firefox policies.json: ExtensionSettings force install and 3rdparty.Extensions with the policy', () => {
    const json = readJson(join(out, 'firefox', 'policies.json'));
    expect(json).toEqual({
      policies: {
        ExtensionSettings: { [GECKO_ID]: { installation_mode: 'force_installed', install_url: sample.updateUrl.firefox } },
        '3rdparty': { Extensions: { [GECKO_ID]: policy } },
      },
    });
  });

  it('Google Admin console JSON: every policy key as { "Value": … }', () => {
    const json = readJson(join(out, 'google-admin', 'second-look-policy-for-extensions.json'));
    expect(Object.keys(json).sort()).toEqual(Object.keys(policy).sort());
    for (const [key, value] of Object.entries(policy)) expect(json[key]).toEqual({ Value: value });
  });

  it('.reg files: UTF-16LE with BOM, CRLF, header, force-install entry and every policy value typed as Chrome reads it', () => {
    for (const [file, root, id, url] of [
      ['windows/second-look-chrome.reg', 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome', CHROME_ID, 'https://clients2.google.com/service/update2/crx'],
      ['windows/second-look-edge.reg', 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge', EDGE_ID, 'https://edge.microsoft.com/extensionwebstorebase/v1/crx'],
    ] as const) {
      const bytes = readFileSync(join(out, file));
      const reg = parseReg(bytes);
      expect(reg.header).toBe('Windows Registry Editor Version 5.00');
      const policyKey = `${root}\\3rdparty\\extensions\\${id}\\policy`;
      expect([...reg.keys.keys()]).toEqual([`${root}\\ExtensionInstallForcelist`, policyKey]);
      expect(reg.keys.get(`${root}\\ExtensionInstallForcelist`)).toEqual(new Map([['1', { type: 'sz', data: `${id};${url}` }]]));
      expect(reg.deleted).toEqual([policyKey]);
      expect(policyFromRegistry(reg.keys.get(policyKey)!)).toEqual(policy);

      // The raw text, as an admin would read it.
      const text = bytes.subarray(2).toString('utf16le');
      expect(text).toContain('"organizationDomains"="[\\"riversidefamilymed.org\\"]"\r\n');
      expect(text).toContain('"reportIncludeBody"=dword:00000000\r\n');
      expect(text).toContain('"allowFalsePositiveReports"=dword:00000001\r\n');
      expect(text).toContain('"sensitivity"="balanced"\r\n');
    }
  });

  it('.mobileconfig files: well-formed XML, install payload and the policy in the <browser>.extensions.<id> domain', () => {
    const uuids: string[] = [];
    for (const [file, domain, id, url] of [
      ['macos/second-look-chrome.mobileconfig', 'com.google.Chrome', CHROME_ID, 'https://clients2.google.com/service/update2/crx'],
      ['macos/second-look-edge.mobileconfig', 'com.microsoft.Edge', EDGE_ID, 'https://edge.microsoft.com/extensionwebstorebase/v1/crx'],
    ] as const) {
      const { profile, install, settings } = readProfile(join(out, file));
      expect(profile.PayloadType).toBe('Configuration');
      expect(profile.PayloadVersion).toBe(1);
      expect(profile.PayloadOrganization).toBe(sample.organization);
      expect(install.PayloadType).toBe(domain);
      expect(install.ExtensionSettings).toEqual({ [id]: { installation_mode: 'force_installed', update_url: url } });
      expect(settings.PayloadType).toBe(`${domain}.extensions.${id}`);
      expect(withoutPayloadKeys(settings)).toEqual(policy);
      for (const p of [profile, install, settings]) {
        expect(p.PayloadUUID).toMatch(UUID);
        uuids.push(p.PayloadUUID as string);
        expect(typeof p.PayloadIdentifier).toBe('string');
      }
    }
    expect(new Set(uuids).size).toBe(uuids.length);
  });

  it('the XML check itself rejects unclosed and mismatched tags', () => {
    expect(() => parseXml('<plist><dict><key>a</key><string>b</dict></plist>')).toThrow();
    expect(() => parseXml('<plist><dict><key>a</key>')).toThrow();
    expect(() => parseXml('<plist><dict><key>a</key><true/></dict></plist>')).not.toThrow();
  });

  it('is deterministic: a second run gives byte-identical files', TEST_TIMEOUT, () => {
    const again = join(dir, 'again');
    expect(kit('--config', SAMPLE, `--out=${again}`).status).toBe(0);
    expect(listFiles(again)).toEqual(listFiles(out));
    for (const f of listFiles(out)) expect(readFileSync(join(again, f)).equals(readFileSync(join(out, f))), f).toBe(true);
  });
});

describe('deploy-kit defaults', () => {
  it('the default Firefox add-on id is the one the Firefox package is built with', () => {
    expect(DEFAULT_GECKO_ID).toBe(FIREFOX_ADDON_ID);
    expect(GECKO_ID).toBe(FIREFOX_ADDON_ID);
  });
});

describe('deploy-kit escaping', () => {
  it('quotes, backslashes and XML characters survive every format', TEST_TIMEOUT, () => {
    const tricky = {
      organization: 'Riverside <Family> & "Friends"',
      policy: {
        protectedNames: ['Dr. "Bob" O\\Brien', 'Zoë <Admin> & Co'],
        supportContact: { name: 'IT "Help" \\ Desk', email: 'it@example.org' },
        reportWebhookToken: 'abc"def\\ghi',
        sensitivity: 'strict',
      },
    };
    const config = join(dir, 'tricky.json');
    writeFileSync(config, JSON.stringify(tricky));
    const target = join(dir, 'tricky');
    const r = kit('--config', config, '--out', target);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('reportWebhookToken is a secret');

    const reg = parseReg(readFileSync(join(target, 'windows', 'second-look-chrome.reg')));
    const values = reg.keys.get(`HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${CHROME_ID}\\policy`)!;
    expect(policyFromRegistry(values)).toEqual(tricky.policy);
    const text = readFileSync(join(target, 'windows', 'second-look-chrome.reg')).subarray(2).toString('utf16le');
    // A JSON list inside a REG_SZ: JSON's own \" and \\ are escaped again for the .reg file.
    expect(text).toContain(String.raw`"protectedNames"="[\"Dr. \\\"Bob\\\" O\\\\Brien\",\"Zoë <Admin> & Co\"]"`);
    expect(text).toContain(String.raw`"reportWebhookToken"="abc\"def\\ghi"`);

    const { profile, settings } = readProfile(join(target, 'macos', 'second-look-chrome.mobileconfig'));
    expect(profile.PayloadOrganization).toBe(tricky.organization);
    expect(withoutPayloadKeys(settings)).toEqual(tricky.policy);
    expect(readJson(join(target, 'linux/etc/opt/chrome/policies/managed/second-look.json'))['3rdparty']).toEqual({ extensions: { [CHROME_ID]: tricky.policy } });
    // Defaults when the config gives no ids or update URLs.
    expect((readJson(join(target, 'firefox', 'policies.json')).policies as Obj).ExtensionSettings).toEqual({
      'second-look@secondlook.example': { installation_mode: 'force_installed' },
    });
  });
});

describe('deploy-kit refuses bad input and writes nothing', () => {
  function badConfig(name: string, config: unknown): { run: Run; target: string } {
    const path = join(dir, `${name}.json`);
    writeFileSync(path, typeof config === 'string' ? config : JSON.stringify(config));
    const target = join(dir, `out-${name}`);
    return { run: kit('--config', path, '--out', target), target };
  }

  it('an unknown policy key is named, with a suggestion', TEST_TIMEOUT, () => {
    const { run: r, target } = badConfig('unknown-key', { policy: { organisationDomains: ['riversidefamilymed.org'] } });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('nothing was written');
    expect(r.stderr).toContain('policy.organisationDomains: unknown key (did you mean organizationDomains?)');
    expect(existsSync(target)).toBe(false);
  });

  it('wrong types in nested objects and arrays of objects are all named at once', TEST_TIMEOUT, () => {
    const { run: r, target } = badConfig('nested', {
      policy: {
        supportContact: { name: 'IT', email: 42, fax: '555' },
        simulationMarkers: [{ header: 'X-PHISHTEST', value: 'yes' }, { header: true }],
        sensitivity: 'paranoid',
        reportIncludeBody: 'no',
      },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('policy.supportContact.email: expected a string, got number');
    expect(r.stderr).toContain('policy.supportContact.fax: unknown key');
    expect(r.stderr).toContain('policy.simulationMarkers[1].header: expected a string, got boolean');
    expect(r.stderr).toContain('policy.sensitivity: expected one of "relaxed", "balanced", "strict", got "paranoid"');
    expect(r.stderr).toContain('policy.reportIncludeBody: expected a boolean (true or false), got string');
    expect(r.stderr).toContain('has 5 problems');
    expect(existsSync(target)).toBe(false);
  });

  it("the extension's own checks: a non-https webhook and a malformed mailbox", TEST_TIMEOUT, () => {
    const { run: r, target } = badConfig('semantic', {
      policy: { reportWebhookUrl: 'http://tickets.example.com/hook', reportMailbox: 'phishing at example.org', supportContact: { url: 'http://help.example.org' } },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('policy.reportWebhookUrl: must be an https:// address');
    expect(r.stderr).toContain('policy.reportMailbox: is not an email address');
    expect(r.stderr).toContain('policy.supportContact.url: must start with https://');
    expect(existsSync(target)).toBe(false);
  });

  it('bad ids, update URLs, top-level keys and line breaks', TEST_TIMEOUT, () => {
    const { run: r, target } = badConfig('ids', {
      extensionIds: { chrome: 'not-an-id', safari: 'x' },
      updateUrl: { edge: 'http://example.com/crx' },
      polcy: {},
      policy: { protectedNames: ['Anita\nPatel'] },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('extensionIds.chrome: "not-an-id" is not an extension id');
    expect(r.stderr).toContain('extensionIds.safari: unknown key');
    expect(r.stderr).toContain('updateUrl.edge: must be an https://');
    expect(r.stderr).toContain('polcy: unknown key');
    expect(r.stderr).toContain('policy.protectedNames[0]: contains a line break');
    expect(existsSync(target)).toBe(false);
  });

  it('a config that is not JSON, or has no policy', TEST_TIMEOUT, () => {
    const broken = badConfig('broken', '{ "policy": { ');
    expect(broken.run.status).toBe(1);
    expect(broken.run.stderr).toContain('is not valid JSON');
    expect(existsSync(broken.target)).toBe(false);
    const empty = badConfig('no-policy', {});
    expect(empty.run.status).toBe(1);
    expect(empty.run.stderr).toContain('policy: missing');
  });

  it('missing --out, a missing --config, an unknown flag and a stray argument: usage, exit 2', TEST_TIMEOUT, () => {
    for (const args of [['--config', SAMPLE], ['--out', join(dir, 'x')], ['--config', SAMPLE, '--out', join(dir, 'x'), '--force'], ['--config', SAMPLE, 'extra']]) {
      const r = kit(...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('Usage: npm run deploy-kit');
      expect(r.stdout).toBe('');
    }
    expect(existsSync(join(dir, 'x'))).toBe(false);
  });

  it('an --out that is a file is refused', TEST_TIMEOUT, () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    const r = kit('--config', SAMPLE, '--out', file);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('is not a folder');
    expect(readFileSync(file, 'utf8')).toBe('x');
  });
});
