// The benchmark's made-up warm-up mail (warmup-mail.ts): the same every run, readable, and as
// varied as it claims (every transfer encoding, several layouts), with no real hosts in it.
import { describe, expect, it } from 'vitest';
import { emlToFacts } from '../../src/cli/eml-facts';
import { warmupMail } from '../../src/cli/warmup-mail';
import { analyze, DEFAULT_POLICY } from '../../src/engine/index';

describe('warm-up mail', () => {
  const mail = warmupMail(100);

  it('is the same on every run', () => {
    expect(warmupMail(100)).toEqual(mail);
  });

  it('parses and is judged without error, with links, attachments and more than one verdict', async () => {
    const levels = new Set<string>();
    let links = 0;
    let attachments = 0;
    for (const raw of mail) {
      const facts = await emlToFacts(raw, { domOnly: false });
      expect(facts.missing).toEqual([]);
      links += facts.links.length;
      attachments += facts.attachments.length;
      levels.add(analyze(facts, { policy: DEFAULT_POLICY }).level);
    }
    expect(links).toBeGreaterThan(100);
    expect(attachments).toBeGreaterThan(20);
    expect(levels.size).toBeGreaterThan(1);
  });

  it('uses every transfer encoding and multipart layout', () => {
    const text = mail.map((m) => Buffer.from(m).toString('latin1')).join('\n');
    for (const e of ['7bit', '8bit', 'quoted-printable', 'base64']) expect(text).toContain(`Content-Transfer-Encoding: ${e}`);
    for (const t of ['multipart/alternative', 'multipart/mixed', 'multipart/related']) expect(text).toContain(t);
  });

  it('has only made-up senders and link hosts (example names and the documentation address block)', async () => {
    const MADE_UP = /(^|\.)example(-[a-z]+\d*)?\.[a-z]+$|\.example$|^192\.0\.2\.\d+$/;
    for (const raw of mail) {
      const facts = await emlToFacts(raw, { domOnly: false });
      for (const a of [facts.from, ...facts.to, ...facts.cc, ...(facts.replyTo ?? [])]) if (a.address) expect(a.address.split('@')[1], a.address).toMatch(MADE_UP);
      for (const l of facts.links) if (/^https?:/i.test(l.href)) expect(new URL(l.href).hostname, l.href).toMatch(MADE_UP);
    }
  });
});
