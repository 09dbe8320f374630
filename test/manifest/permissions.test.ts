// Least privilege: the manifest asks for exactly what the code uses, compared with a reviewed
// list. A new permission must be added here on purpose, with the reason next to it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')) as Record<string, unknown>;

const REVIEWED = {
  // storage: policy (managed), tab state (session), history, report log and queue (local).
  // alarms: retrying queued reports after the worker has stopped.
  permissions: ['storage', 'alarms'],
  // Only to reach the report webhook IT set when it does not answer CORS; requested from the
  // options page for that one host, never granted at install.
  optional_host_permissions: ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'],
  contentScriptMatches: [
    ['https://mail.google.com/*'],
    ['https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*', 'https://outlook.cloud.microsoft/*'],
  ],
};

describe('manifest permissions', () => {
  it('asks for exactly the reviewed permissions, and no host access at install', () => {
    expect(manifest.permissions).toEqual(REVIEWED.permissions);
    expect(manifest.optional_host_permissions).toEqual(REVIEWED.optional_host_permissions);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toBeUndefined();
  });

  it('runs content scripts on the webmail hosts only, top frame only', () => {
    const scripts = manifest.content_scripts as { matches: string[]; all_frames: boolean; world?: string }[];
    expect(scripts.map((s) => s.matches)).toEqual(REVIEWED.contentScriptMatches);
    for (const s of scripts) {
      expect(s.all_frames).toBe(false);
      expect(s.world).toBeUndefined(); // isolated world: never the page's own JavaScript world
    }
  });

  it('accepts no messages from web pages or other extensions, and loads no remote code', () => {
    expect(manifest.externally_connectable).toBeUndefined();
    const csp = (manifest.content_security_policy as { extension_pages: string }).extension_pages;
    const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    // Extension pages and the worker run only the extension's own files: no inline or remote
    // script, no eval, no plugins, no <base> rewriting, no form posts.
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    // The report webhook is IT's choice, so any https host (or a loopback test receiver);
    // the code only ever posts to the one in policy (network-silence e2e test).
    expect(directives.get('connect-src')).toEqual(["'self'", 'https:', 'http://127.0.0.1:*', 'http://localhost:*']);
    expect([...directives.keys()].sort()).toEqual(['base-uri', 'connect-src', 'default-src', 'form-action', 'object-src', 'script-src']);
    expect(JSON.stringify(manifest)).not.toMatch(/https?:\/\/[^"]*\.js/);
  });
});
