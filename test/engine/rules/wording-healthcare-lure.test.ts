import { describe, expect, it } from 'vitest';
import { finding, hits } from '../helpers';

const id = 'wording-healthcare-lure';
describe(id, () => {
  it('names the topic', () => {
    expect(finding(id, { text: 'Your practice was selected for a HIPAA compliance audit.' })?.params.topic).toBe('HIPAA audit');
    expect(hits(id, { text: 'Unusual sign-in to your MyChart account. Verify your password.' })).toEqual([id]);
    expect(hits(id, { subject: 'Open enrollment closes Friday' })).toEqual([id]);
  });
  it('is silent on a genuine lab-results notice from a trusted lab', () => {
    expect(hits(id, { from: { name: 'Quest', address: 'noreply@questdiagnostics.com' }, text: 'Your lab results are ready.' })).toEqual([]);
  });
});
