// macOS configuration profiles (.mobileconfig) for Google Chrome and Microsoft Edge, for Jamf or any
// MDM. Each profile has two payloads:
//   1. PayloadType com.google.Chrome (com.microsoft.Edge): ExtensionSettings force-installing the
//      extension;
//   2. PayloadType com.google.Chrome.extensions.<id> (com.microsoft.Edge.extensions.<id>): the
//      extension's policy keys at the top level of the payload, as native plist types.
//
// Why the second payload and not a "3rdparty" key: on the Mac, Chromium reads extension policy from
// a preference domain of its own. components/policy/core/common/policy_loader_mac.mm
// (chromium/chromium), PolicyLoaderMac::LoadPolicyForDomain(), builds the bundle id as
// "<application id>.extensions.<extension id>" and reads each property of the extension's schema
// from it (LoadPolicyForComponent). The "3rdparty" → "extensions" → "<id>" shape is the JSON-file
// form (Linux, and Chrome's own policy on other platforms); a "3rdparty" key in the com.google.Chrome
// domain is not read on the Mac. Edge is Chromium with application id com.microsoft.Edge, hence
// com.microsoft.Edge.extensions.<id> (also what vendors' Edge deployment guides use; not tested on
// a Mac here).
//
// Payload UUIDs are name-based (RFC 4122 version 5) from the browser, the extension id and the
// payload's role, so the same config always gives the same file and a new run replaces the old
// profile instead of adding a second one.
import { createHash } from 'node:crypto';
import type { KitConfig } from './config';
import { chromiumForceInstall } from './force-install';
import type { OutputFile } from './output';

interface MacBrowser {
  key: 'chrome' | 'edge';
  name: string;
  domain: string;
  file: string;
}

const BROWSERS: MacBrowser[] = [
  { key: 'chrome', name: 'Google Chrome', domain: 'com.google.Chrome', file: 'macos/second-look-chrome.mobileconfig' },
  { key: 'edge', name: 'Microsoft Edge', domain: 'com.microsoft.Edge', file: 'macos/second-look-edge.mobileconfig' },
];

/** Reverse-DNS prefix of the profiles' PayloadIdentifiers (secondlook.example, like the default Firefox id). */
const IDENTIFIER_PREFIX = 'example.secondlook.deploy-kit';
/** RFC 4122 appendix C name space for URLs. */
const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/** RFC 4122 version-5 UUID (SHA-1, name-based), upper case as profiles usually carry them. */
export function uuidV5(name: string, namespace: string = URL_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex').toUpperCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** A JSON value as plist XML lines, indented with tabs like Apple's tools write them. */
export function plistValue(value: unknown, depth: number): string[] {
  const pad = '\t'.repeat(depth);
  if (typeof value === 'string') return [`${pad}<string>${xmlEscape(value)}</string>`];
  if (typeof value === 'boolean') return [`${pad}<${value ? 'true' : 'false'}/>`];
  if (typeof value === 'number') return [Number.isInteger(value) ? `${pad}<integer>${value}</integer>` : `${pad}<real>${value}</real>`];
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${pad}<array/>`];
    return [`${pad}<array>`, ...value.flatMap((v) => plistValue(v, depth + 1)), `${pad}</array>`];
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    if (entries.length === 0) return [`${pad}<dict/>`];
    return [`${pad}<dict>`, ...entries.flatMap(([k, v]) => [`${pad}\t<key>${xmlEscape(k)}</key>`, ...plistValue(v, depth + 1)]), `${pad}</dict>`];
  }
  throw new Error(`cannot write ${String(value)} into a plist`);
}

function profile(config: KitConfig, browser: MacBrowser): OutputFile {
  const id = config.extensionIds[browser.key];
  const base = `${IDENTIFIER_PREFIX}.${browser.key}`;
  const install = {
    ExtensionSettings: chromiumForceInstall(id, config.updateUrl[browser.key]),
    PayloadDisplayName: `${browser.name}: install Second Look`,
    PayloadIdentifier: `${base}.install`,
    PayloadType: browser.domain,
    PayloadUUID: uuidV5(`second-look/${browser.key}/${id}/install`),
    PayloadVersion: 1,
  };
  const policy = {
    ...config.policy,
    PayloadDisplayName: `Second Look settings for ${browser.name}`,
    PayloadIdentifier: `${base}.policy`,
    PayloadType: `${browser.domain}.extensions.${id}`,
    PayloadUUID: uuidV5(`second-look/${browser.key}/${id}/policy`),
    PayloadVersion: 1,
  };
  const top: Record<string, unknown> = {
    PayloadContent: [install, policy],
    PayloadDescription: `Installs the Second Look phishing warnings in ${browser.name} and sets them up for the practice.`,
    PayloadDisplayName: `Second Look for ${browser.name}`,
    PayloadIdentifier: base,
    ...(config.organization ? { PayloadOrganization: config.organization } : {}),
    PayloadScope: 'System',
    PayloadType: 'Configuration',
    PayloadUUID: uuidV5(`second-look/${browser.key}/${id}/profile`),
    PayloadVersion: 1,
  };
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    ...plistValue(top, 0),
    '</plist>',
    '',
  ];
  return {
    path: browser.file,
    bytes: Buffer.from(lines.join('\n'), 'utf8'),
    purpose: `macOS, ${browser.name}: upload to Jamf (Configuration Profiles → Upload) or another MDM, computer level. Unsigned; your MDM signs it.`,
  };
}

export function macProfiles(config: KitConfig): OutputFile[] {
  return BROWSERS.map((b) => profile(config, b));
}
