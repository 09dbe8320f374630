// The ExtensionSettings entry that force-installs the extension in Chrome, Chromium and Edge
// (https://chromium.org/administrators/policy-list-3/extension-settings-full: installation_mode
// "force_installed" needs an update_url). Used by the Linux files and the macOS profiles.
export function chromiumForceInstall(id: string, updateUrl: string): Record<string, { installation_mode: string; update_url: string }> {
  return { [id]: { installation_mode: 'force_installed', update_url: updateUrl } };
}
