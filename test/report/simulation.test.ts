import { describe, expect, it } from 'vitest';
import type { MessageFacts } from '../../src/engine/types';
import { isSimulation } from '../../src/report/simulation';

const base: MessageFacts = {
  source: 'gmail', from: { name: 'IT', address: 'it@training.example' }, to: [], cc: [], subject: 's', text: 't',
  links: [{ href: 'https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Ftraining.example%2Fl%3Frid%3Dabc123&data=x', text: 'Open' }],
  attachments: [], providerNotices: [], missing: [],
};

describe('training-message markers', () => {
  it('matches a header in the raw headers, by name and value, folded lines included', () => {
    const raw = 'Received: x\r\nX-PHISHTEST: This is a\r\n phishing test\r\nSubject: s';
    expect(isSimulation(base, raw, [{ header: 'x-phishtest', value: '' }])).toBe(true);
    expect(isSimulation(base, raw, [{ header: 'x-phishtest', value: 'This is a phishing test' }])).toBe(true);
    expect(isSimulation(base, raw, [{ header: 'x-phishtest', value: 'no' }])).toBe(false);
    expect(isSimulation(base, null, [{ header: 'x-phishtest', value: '' }])).toBe(false);
  });

  it('matches a URL parameter, also inside a Safe Links wrapper', () => {
    expect(isSimulation(base, null, [{ urlParameter: 'rid', value: '' }])).toBe(true);
    expect(isSimulation(base, null, [{ urlParameter: 'rid', value: 'ABC123' }])).toBe(true);
    expect(isSimulation(base, null, [{ urlParameter: 'rid', value: 'zzz' }])).toBe(false);
    expect(isSimulation(base, null, [])).toBe(false);
  });
});
