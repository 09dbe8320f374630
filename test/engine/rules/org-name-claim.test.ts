import { describe, expect, it } from 'vitest';
import { ctx, hits } from '../helpers';

const id = 'org-name-claim';
describe(id, () => {
  it('flags an outside sender using the practice\'s domain in the name', () => {
    expect(hits(id, { from: { name: 'riversidefamilymed.org IT Support', address: 'admin@helpdesk-mail.net' } })).toEqual([id]);
    expect(hits(id, { from: { name: 'RiversideFamilyMed HR', address: 'hr@payroll-center.net' } })).toEqual([id]);
  });
  it('is silent for the practice itself, for trusted senders and without organization domains', () => {
    expect(hits(id, { from: { name: 'riversidefamilymed.org IT', address: 'it@riversidefamilymed.org' } })).toEqual([]);
    expect(hits(id, { from: { name: 'Results for riversidefamilymed', address: 'noreply@questdiagnostics.com' } })).toEqual([]);
    expect(hits(id, { from: { name: 'riversidefamilymed.org IT', address: 'a@b-mail.net' } }, ctx({ organizationDomains: [] }))).toEqual([]);
  });
});
