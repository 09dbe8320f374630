// Windows .reg files for Google Chrome and Microsoft Edge: force-install through
// ExtensionInstallForcelist and the extension's policy under
//   HKLM\SOFTWARE\Policies\<vendor>\<browser>\3rdparty\extensions\<id>\policy
//
// How each value is written, and why Chrome reads it back as the schema's type: Chromium's
// components/policy/core/common/registry_dict.cc (chromium/chromium), ConvertRegistryValue(),
// converts each registry value to the type the extension's schema declares:
//   - booleans: "Accept booleans encoded as either string or integer" → REG_DWORD 0/1;
//   - integers: a REG_DWORD, or a string holding the number;
//   - lists: "Lists are encoded as subkeys with numbered value in the registry", and it then falls
//     through "in order to accept lists encoded as JSON strings";
//   - objects: "Dictionaries may be encoded as JSON strings" (parsed with JSONReader, kept only when
//     the parsed type matches the schema).
// So strings are REG_SZ, booleans REG_DWORD, and arrays/objects REG_SZ holding JSON. The same
// registry layout under Microsoft\Edge is what Edge reads (Edge is Chromium; uBlock Origin Lite's
// managed-settings wiki shows the same ...\Microsoft\Edge\3rdparty\extensions\<id>\policy path).
//
// File format as regedit writes it: UTF-16LE with a byte-order mark, CRLF line endings, the header
// "Windows Registry Editor Version 5.00", inside "..." a backslash is \\ and a quote is \".
import type { KitConfig } from './config';
import type { OutputFile } from './output';

interface WindowsBrowser {
  key: 'chrome' | 'edge';
  name: string;
  file: string;
  /** Under HKEY_LOCAL_MACHINE. */
  policyRoot: string;
}

const BROWSERS: WindowsBrowser[] = [
  { key: 'chrome', name: 'Google Chrome', file: 'windows/second-look-chrome.reg', policyRoot: 'SOFTWARE\\Policies\\Google\\Chrome' },
  { key: 'edge', name: 'Microsoft Edge', file: 'windows/second-look-edge.reg', policyRoot: 'SOFTWARE\\Policies\\Microsoft\\Edge' },
];

/** The inside of a "..." in a .reg file. */
export function regString(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** One `"name"=value` line for a policy value, typed as Chrome's registry reader expects. */
export function regValueLine(name: string, value: unknown): string {
  let data: string;
  if (typeof value === 'boolean') data = `dword:${value ? '00000001' : '00000000'}`;
  else if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 0x7fffffff) data = `dword:${value.toString(16).padStart(8, '0')}`;
  else if (typeof value === 'string') data = regString(value);
  else if (typeof value === 'number') data = regString(String(value));
  else data = regString(JSON.stringify(value));
  return `${regString(name)}=${data}`;
}

function regFile(config: KitConfig, browser: WindowsBrowser): OutputFile {
  const id = config.extensionIds[browser.key];
  const updateUrl = config.updateUrl[browser.key];
  const hklm = `HKEY_LOCAL_MACHINE\\${browser.policyRoot}`;
  const policyKey = `${hklm}\\3rdparty\\extensions\\${id}\\policy`;
  const lines = [
    'Windows Registry Editor Version 5.00',
    '',
    `; Second Look for ${browser.name}: installs the extension for everyone on this computer and`,
    '; sets its policy. Made by `npm run deploy-kit`; edit the IT config and run it again rather than',
    '; editing this file. Check the result at ' + (browser.key === 'chrome' ? 'chrome://policy' : 'edge://policy') + ' (Reload policies).',
    '',
    '; Force-install. Value "1" is the first entry of the force-install list: if this computer already',
    '; force-installs other extensions this way, change "1" to the next free number before importing.',
    '; With Group Policy, add the text after = to your existing force-install policy instead.',
    `[${hklm}\\ExtensionInstallForcelist]`,
    `${regString('1')}=${regString(`${id};${updateUrl}`)}`,
    '',
    '; The extension policy. The key is removed first so that settings taken out of the config do not linger.',
    `[-${policyKey}]`,
    '',
    `[${policyKey}]`,
    ...Object.entries(config.policy).map(([name, value]) => regValueLine(name, value)),
    '',
  ];
  const text = `\uFEFF${lines.join('\r\n')}`;
  return {
    path: browser.file,
    bytes: Buffer.from(text, 'utf16le'),
    purpose: `Windows, ${browser.name}: import as an administrator (regedit, or "reg import" from a deployment script); machine-wide under HKEY_LOCAL_MACHINE\\${browser.policyRoot}.`,
  };
}

export function windowsRegFiles(config: KitConfig): OutputFile[] {
  return BROWSERS.map((b) => regFile(config, b));
}
