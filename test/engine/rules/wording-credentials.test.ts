import { describe, expect, it } from 'vitest';
import { hits, verdict } from '../helpers';

const id = 'wording-credentials';
describe(id, () => {
  it.each([
    'Your mailbox is almost full. Sign in now to keep receiving mail.',
    'Your password expires today. Verify your account to keep access.',
    'Sua conta foi suspensa. Atualize seus dados.',
    'Ihr Konto wurde vorübergehend gesperrt.',
  ])('finds: %s', (text) => expect(hits(id, { text })).toEqual([id]));
  it('is silent on ordinary mail', () => {
    expect(hits(id, { text: 'The sink repair is booked for Tuesday at 9.' })).toEqual([]);
  });
  it('never warns on its own', () => {
    expect(verdict({ text: 'Your account has been suspended. Verify your account now. Final notice, act now within 24 hours.' }).level).toBe('safe');
  });
});
