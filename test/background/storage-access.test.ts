import { describe, expect, it, vi } from 'vitest';
import { closeStorageToContentScripts } from '../../src/background/storage-access';

describe('closeStorageToContentScripts', () => {
  it('closes every area that supports it, to extension contexts only', async () => {
    const local = { setAccessLevel: vi.fn(async function (this: unknown) { expect(this).toBe(local); }) };
    const session = { setAccessLevel: vi.fn(async () => undefined) };
    expect(await closeStorageToContentScripts([local, session])).toBe(2);
    expect(local.setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
    expect(session.setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
  });

  it('skips areas that cannot (older browsers, Firefox) without failing', async () => {
    const refusing = { setAccessLevel: vi.fn(async () => { throw new Error('not supported for this area'); }) };
    expect(await closeStorageToContentScripts([undefined, {}, refusing, { setAccessLevel: 'no' }])).toBe(0);
    expect(refusing.setAccessLevel).toHaveBeenCalledOnce();
  });
});
