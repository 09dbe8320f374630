// The store manifests, derived from the manifest crxjs wrote to dist/. Pure functions: the
// packaging script and its test share them.

/** The parts of a built MV3 manifest that packaging reads or rewrites; the rest passes through. */
export interface Manifest {
  manifest_version: number;
  name: string;
  version: string;
  key?: string;
  icons?: Record<string, string>;
  action?: { default_popup?: string; default_icon?: string | Record<string, string>; [k: string]: unknown };
  background?: { service_worker?: string; scripts?: string[]; page?: string; type?: string; [k: string]: unknown };
  content_scripts?: { js?: string[]; css?: string[]; [k: string]: unknown }[];
  web_accessible_resources?: { resources: string[]; matches?: string[]; use_dynamic_url?: boolean; [k: string]: unknown }[];
  storage?: { managed_schema?: string; [k: string]: unknown };
  options_page?: string;
  options_ui?: { page: string; [k: string]: unknown };
  browser_specific_settings?: Record<string, unknown>;
  [k: string]: unknown;
}

/**
 * The add-on id Firefox knows the extension by: IT's policies.json (`ExtensionSettings`,
 * `3rdparty.Extensions`) names it, and `storage.managed` only works with a fixed id.
 */
export const FIREFOX_ADDON_ID = 'second-look@secondlook.example';

/**
 * Oldest Firefox the package installs on. MV3 needs 109, `background.type: "module"` 112 and
 * `storage.session` 115; `data_collection_permissions` is an install error before 128 and is
 * only honoured (the built-in consent prompt) from 140, the current ESR. Android shows that
 * prompt from 142.
 */
export const FIREFOX_MIN_VERSION = '140.0';
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';

/**
 * What Firefox's install prompt says leaves the browser. A report to IT (sent only when the user
 * clicks Report) carries the message's sender, subject and links, optionally its body: email
 * content, so "personal communications". Nothing is sent without that click.
 */
export const FIREFOX_DATA_COLLECTION = { required: ['personalCommunications'] } as const;

/**
 * The Chrome Web Store / Edge Add-ons manifest: the built one without `key`, which the stores
 * reject (the key only pins the id of the unpacked build, see docs/extension-id.md).
 */
export function chromeStoreManifest(built: Manifest): Manifest {
  const m = structuredClone(built);
  delete m.key;
  return m;
}

/**
 * The Firefox manifest. Firefox MV3 has no extension service worker; it runs the same file as an
 * event page script (`background.scripts`), as a module since crxjs emits ES modules. Firefox
 * reads managed policy from policies.json without a schema and warns about the unknown
 * `storage` key, so `storage.managed_schema` goes; `use_dynamic_url` is Chrome-only.
 */
export function firefoxManifest(built: Manifest): Manifest {
  const m = structuredClone(built);
  delete m.key;

  const bg = m.background;
  if (bg?.service_worker !== undefined) {
    const { service_worker, ...rest } = bg;
    m.background = { ...rest, scripts: [service_worker] };
  }

  if (m.storage) {
    delete m.storage.managed_schema;
    if (Object.keys(m.storage).length === 0) delete m.storage;
  }

  for (const war of m.web_accessible_resources ?? []) delete war.use_dynamic_url;

  m.browser_specific_settings = {
    ...m.browser_specific_settings,
    gecko: {
      id: FIREFOX_ADDON_ID,
      strict_min_version: FIREFOX_MIN_VERSION,
      data_collection_permissions: { required: [...FIREFOX_DATA_COLLECTION.required] },
    },
    gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
  };
  return m;
}

/** Every package file the manifest names (globs in web_accessible_resources are skipped). */
export function manifestFiles(m: Manifest): string[] {
  const files = new Set<string>();
  const add = (p: string | undefined): void => {
    if (p !== undefined && !p.includes('*')) files.add(p.replace(/^\//, ''));
  };
  Object.values(m.icons ?? {}).forEach(add);
  const icon = m.action?.default_icon;
  if (typeof icon === 'string') add(icon);
  else Object.values(icon ?? {}).forEach(add);
  add(m.action?.default_popup);
  add(m.background?.service_worker);
  add(m.background?.page);
  m.background?.scripts?.forEach(add);
  for (const cs of m.content_scripts ?? []) [...(cs.js ?? []), ...(cs.css ?? [])].forEach(add);
  for (const war of m.web_accessible_resources ?? []) war.resources.forEach(add);
  add(m.storage?.managed_schema);
  add(m.options_page);
  add(m.options_ui?.page);
  return [...files].sort();
}

// Module specifiers resolve against the importing file; getURL paths against the package root.
const JS_REFS = [
  /\b(?:import|export)\s[^;'"]*?\bfrom\s*["']([^"']+)["']/g, // import x from '…', export … from '…'
  /\bimport\s*["']([^"']+)["']/g, // import '…'
  /\bimport\(\s*["']([^"']+)["']\s*\)/g, // import('…')
];
const GET_URL = /\bgetURL\(\s*["']([^"']+)["']\s*\)/g; // chrome.runtime.getURL('…') in content-script loaders
const HTML_REFS = [/<script\b[^>]*?\ssrc="([^"]+)"/g, /<link\b[^>]*?\shref="([^"]+)"/g];

const isUrl = (spec: string): boolean => /^[a-z][a-z0-9+.-]*:/i.test(spec) || spec.startsWith('//');
const resolve = (spec: string, from: string): string =>
  decodeURIComponent(new URL(spec, `file:///${from}`).pathname.slice(1));

/** The package files one file loads, as paths from the package root. */
function fileRefs(path: string, text: string): string[] {
  const matches = (re: RegExp): string[] => [...text.matchAll(re)].map((m) => m[1] ?? '').filter((s) => s && !isUrl(s));
  if (path.endsWith('.html')) return HTML_REFS.flatMap(matches).map((spec) => resolve(spec, path));
  if (!path.endsWith('.js')) return [];
  return [
    // Bare specifiers cannot load in an extension page; the bundler never leaves one.
    ...JS_REFS.flatMap(matches).filter((s) => /^\.{0,2}\//.test(s)).map((spec) => resolve(spec, path)),
    ...matches(GET_URL).map((spec) => resolve(spec, '')),
  ];
}

/**
 * Files the manifest names, or that those load (module imports, content-script loaders'
 * getURL imports, HTML script and stylesheet tags), that the package lacks.
 */
export function missingFiles(m: Manifest, files: ReadonlyMap<string, Uint8Array>): string[] {
  const missing = new Set<string>();
  const seen = new Set<string>();
  const queue = manifestFiles(m);
  const decoder = new TextDecoder();
  while (queue.length > 0) {
    const path = queue.pop()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const data = files.get(path);
    if (!data) {
      missing.add(path);
      continue;
    }
    if (path.endsWith('.js') || path.endsWith('.html')) queue.push(...fileRefs(path, decoder.decode(data)));
  }
  return [...missing].sort();
}
