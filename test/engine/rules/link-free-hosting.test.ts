import { describe, expect, it } from 'vitest';
import { hits } from '../helpers';

const id = 'link-free-hosting';
const link = (href: string) => ({ links: [{ text: 'View Fax', href }] });
describe(id, () => {
  it('flags free sites, file shares and IPFS gateways', () => {
    expect(hits(id, link('https://efax-view-3.web.app/'))).toEqual([id]);
    expect(hits(id, link('https://docs.google.com/forms/d/e/1FAIpQL/viewform'))).toEqual(['link-file-share']);
    expect(hits(id, link('https://ipfs.io/ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi'))).toEqual([id]);
  });
  it('is silent for a colleague sharing a document from the practice', () => {
    expect(hits(id, { from: { name: 'Linda Chen', address: 'lchen@riversidefamilymed.org' }, ...link('https://docs.google.com/document/d/1/edit') })).toEqual([]);
  });
  it('is silent for ordinary sites', () => {
    expect(hits(id, link('https://www.reyesplumbing.com/quote'))).toEqual([]);
  });
});
