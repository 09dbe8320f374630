import { describe, expect, it } from 'vitest';
import { handleMessage } from '../../src/background/handle-message';

describe('background handleMessage', () => {
  it('answers a ping', () => {
    expect(handleMessage({ type: 'ping' })).toEqual({ ok: true });
  });

  it.each([
    ['an unknown type', { type: 'analyze' }],
    ['a missing type', {}],
    ['a string', 'ping'],
    ['null', null],
    ['undefined', undefined],
    ['an array', [{ type: 'ping' }]],
  ])('fails closed on %s', (_label, message) => {
    expect(handleMessage(message)).toEqual({ ok: false, error: 'unknown-request' });
  });
});
