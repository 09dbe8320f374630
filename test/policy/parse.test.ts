import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../src/engine/index';
import { parsePolicy } from '../../src/policy/parse';

describe('parsePolicy', () => {
  it('gives defaults and no complaint when there is no policy', () => {
    expect(parsePolicy(undefined)).toEqual({ engine: DEFAULT_POLICY, support: null, problems: [] });
    expect(parsePolicy({})).toEqual({ engine: DEFAULT_POLICY, support: null, problems: [] });
  });

  it('reads the engine keys and the support contact', () => {
    const p = parsePolicy({
      organizationDomains: [' riversidefamilymed.org '],
      sensitivity: 'strict',
      supportContact: { name: 'Northgate IT', email: 'helpdesk@northgate-it.example', phone: '(555) 010-4477', url: 'https://help.northgate-it.example/' },
      somethingNew: true,
    });
    expect(p.engine.organizationDomains).toEqual(['riversidefamilymed.org']);
    expect(p.engine.sensitivity).toBe('strict');
    expect(p.support).toEqual({ name: 'Northgate IT', email: 'helpdesk@northgate-it.example', phone: '(555) 010-4477', url: 'https://help.northgate-it.example/' });
    expect(p.problems).toEqual([]);
  });

  it('drops bad values, keeps the good ones, and says why', () => {
    const p = parsePolicy({
      trustedDomains: 'questdiagnostics.com',
      sensitivity: 'paranoid',
      supportContact: { name: 'IT', email: 'not an address', url: 'javascript:alert(1)', phone: 42 },
    });
    expect(p.engine.trustedDomains).toEqual([]);
    expect(p.engine.sensitivity).toBe('balanced');
    expect(p.support).toEqual({ name: 'IT' });
    expect(p.problems).toEqual([
      'trustedDomains must be a list of strings; ignored',
      'sensitivity must be relaxed, balanced or strict; using balanced',
      'supportContact.phone must be a short text; ignored',
      'supportContact.email is not an email address; ignored',
      'supportContact.url must start with https://; ignored',
    ]);
  });
});
