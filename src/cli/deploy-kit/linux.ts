// Linux policy files for Google Chrome, Chromium and Microsoft Edge: one JSON file per browser,
// placed in the output folder under the same path it must have on the computer, for example
// linux/etc/opt/chrome/policies/managed/second-look.json. Each holds ExtensionSettings (force
// install) and the extension's policy under 3rdparty → extensions → <id>, the format Chromium reads
// from its managed policy folder (and the one this project's end-to-end tests install for Chromium).
import type { KitConfig } from './config';
import { chromiumForceInstall } from './force-install';
import { jsonBytes, type OutputFile } from './output';

interface LinuxBrowser {
  key: 'chrome' | 'edge';
  name: string;
  folder: string;
  note?: string;
}

const BROWSERS: LinuxBrowser[] = [
  { key: 'chrome', name: 'Google Chrome', folder: '/etc/opt/chrome/policies/managed' },
  { key: 'chrome', name: 'Chromium', folder: '/etc/chromium/policies/managed', note: 'Some distributions\' Chromium packages read /etc/chromium-browser/policies/managed instead.' },
  {
    key: 'edge',
    name: 'Microsoft Edge',
    folder: '/etc/opt/microsoft/msedge/policies/managed',
    note: 'Not verified: some sources give /etc/opt/edge/policies/managed; if edge://policy does not list Second Look, copy the same file there.',
  },
];

export const LINUX_FILE_NAME = 'second-look.json';

export function linuxPolicyFiles(config: KitConfig): OutputFile[] {
  return BROWSERS.map((b) => {
    const id = config.extensionIds[b.key];
    const body = {
      ExtensionSettings: chromiumForceInstall(id, config.updateUrl[b.key]),
      '3rdparty': { extensions: { [id]: config.policy } },
    };
    return {
      path: `linux${b.folder}/${LINUX_FILE_NAME}`,
      bytes: jsonBytes(body),
      purpose: `Linux, ${b.name}: copy to ${b.folder}/${LINUX_FILE_NAME} (as root, readable by all, not writable by users).${b.note ? ` ${b.note}` : ''}`,
    };
  });
}
