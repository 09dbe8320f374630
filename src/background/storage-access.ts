// Content scripts run inside webmail pages the extension does not control, and they never need
// storage: they get verdicts through validated messages. So every storage area is closed to them,
// keeping queued reports, sender history and policy out of reach of a page-side compromise.
// Chrome 102+ can do this for session storage, newer Chrome for local and managed too; where a
// browser cannot (Firefox), the call is skipped and the default applies.
interface AccessControlledArea {
  setAccessLevel?: (options: { accessLevel: 'TRUSTED_CONTEXTS' }) => Promise<void>;
}

export async function closeStorageToContentScripts(areas: readonly unknown[]): Promise<number> {
  let closed = 0;
  for (const area of areas) {
    const setAccessLevel = (area as AccessControlledArea | undefined)?.setAccessLevel;
    if (typeof setAccessLevel !== 'function') continue;
    try {
      await setAccessLevel.call(area, { accessLevel: 'TRUSTED_CONTEXTS' });
      closed += 1;
    } catch {
      // Not supported for this area in this browser version: the default applies.
    }
  }
  return closed;
}
