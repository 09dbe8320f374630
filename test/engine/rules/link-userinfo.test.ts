import { describe, expect, it } from 'vitest';
import { finding, hits } from '../helpers';

const id = 'link-userinfo';
describe(id, () => {
  it('flags a site name before @', () => {
    const f = finding(id, { links: [{ text: 'Aetna', href: 'https://www.aetna.com@evil.example/claims' }] });
    expect(f?.title).toBe('A link is made to look like it goes to www.aetna.com, but it really goes to evil.example.');
  });
  it('ignores mailto links and ordinary links', () => {
    expect(hits(id, { links: [{ text: 'mail', href: 'mailto:someone@example.com' }, { text: 'x', href: 'https://example.com/a@b' }] })).toEqual([]);
  });
});
