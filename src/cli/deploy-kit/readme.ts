// README.txt of the output folder: each file and where it goes.
import type { KitConfig } from './config';
import type { OutputFile } from './output';

export function readmeFile(config: KitConfig, files: OutputFile[]): OutputFile {
  const lines = [
    'Second Look deployment kit',
    '==========================',
    '',
    'Made by `npm run deploy-kit` from an IT config file. Running it again on the same config gives',
    'byte-identical files, so you can compare versions with any diff tool.',
    '',
    ...(config.organization ? [`Organization: ${config.organization}`] : []),
    `Extension id, Chrome:  ${config.extensionIds.chrome}  (installed from ${config.updateUrl.chrome})`,
    `Extension id, Edge:    ${config.extensionIds.edge}  (installed from ${config.updateUrl.edge})`,
    `Add-on id, Firefox:    ${config.extensionIds.firefox}  (installed from ${config.updateUrl.firefox ?? 'addons.mozilla.org, by id'})`,
    `Policy keys set:       ${Object.keys(config.policy).join(', ') || '(none: the extension uses its defaults)'}`,
    '',
    'Files',
    '-----',
    '',
    ...files.flatMap((f) => [f.path, `    ${f.purpose}`, '']),
    'After deploying, open chrome://policy (edge://policy, about:policies in Firefox), reload',
    'policies, and check that Second Look is listed with these values and no errors.',
    '',
    ...(config.notes.length > 0 ? ['Notes', '-----', '', ...config.notes.flatMap((n) => [n, '']), ''] : []),
  ];
  return { path: 'README.txt', bytes: Buffer.from(lines.join('\n'), 'utf8'), purpose: 'This file.' };
}
