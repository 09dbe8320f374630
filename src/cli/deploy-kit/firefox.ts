// Firefox policies.json: ExtensionSettings force-installs the add-on, and 3rdparty → Extensions →
// <add-on id> carries its policy (what storage.managed returns in Firefox). Formats as Mozilla's
// enterprise policy reference (mozilla.github.io/enterprise-admin-reference, ExtensionSettings:
// installation_mode "force_installed" with an install_url, which may be left out only for add-ons
// listed on addons.mozilla.org) and Extension Workshop's "Adding policy support to your extension".
import type { KitConfig } from './config';
import { jsonBytes, type OutputFile } from './output';

export function firefoxPolicyFile(config: KitConfig): OutputFile {
  const id = config.extensionIds.firefox;
  const install: Record<string, string> = { installation_mode: 'force_installed' };
  if (config.updateUrl.firefox) install.install_url = config.updateUrl.firefox;
  const body = {
    policies: {
      ExtensionSettings: { [id]: install },
      '3rdparty': { Extensions: { [id]: config.policy } },
    },
  };
  return {
    path: 'firefox/policies.json',
    bytes: jsonBytes(body),
    purpose:
      'Firefox: policies.json in the "distribution" folder next to the Firefox program (Windows: C:\\Program Files\\Mozilla Firefox\\distribution; ' +
      'macOS: Firefox.app/Contents/Resources/distribution), or /etc/firefox/policies/policies.json on Linux. ' +
      'Firefox reads one policies.json: if you already have one, merge these two entries into it.',
  };
}
