// @vitest-environment jsdom
// When Outlook's From element is gone, the sender is reported missing: never read from the
// subject or the date, whose titles hold the sender's own words (found while fuzzing).
import { describe, expect, it } from 'vitest';
import { outlookAdapter } from '../../src/webmail/outlook/adapter';
import { loadFixture, visibleInFixture } from './fixture';

describe('Outlook sender, its element gone', () => {
  it('is missing, not taken from a subject whose title holds an address', () => {
    const doc = loadFixture('outlook/deeplink-single-item.html');
    doc.querySelector('#MSG_AAMkAGI2_FROM')!.remove();
    const subject = doc.querySelector('#MSG_AAMkAGI2_SUBJECT')!;
    subject.setAttribute('title', 'Payroll update from Anita Patel <anita.patel@riversidefamilymed.org>');
    subject.textContent = 'Payroll update from Anita Patel <anita.patel@riversidefamilymed.org>';
    // Read mode puts each message's own subject in its header (MSG_<id>_SUBJECT, reference §3.2).
    doc.querySelector('[data-testid="SentReceivedSavedTime"]')!.before(subject);
    const [message] = outlookAdapter.findOpenMessages(doc, visibleInFixture);
    const facts = outlookAdapter.extract(message!);
    expect(facts.from).toEqual({ name: '', address: '' });
    expect(facts.missing).toContain('from');
    expect(facts.subject).toBe('Payroll update from Anita Patel <anita.patel@riversidefamilymed.org>');
  });
});
