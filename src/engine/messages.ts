// Every sentence the engine can say, in one table, so it can be reviewed for plain words and
// translated (the evidence is passed as {parameters} so translations stay grammatical).
// Rules: name the specific thing; no jargon; title says what is wrong, detail says what to do.

export type Params = Record<string, string>;

interface Text {
  title: string;
  detail: string;
}

const DONT_CLICK = "Don't click links or open files in it. If you're not sure, ask IT.";
const CALL_THEM = 'Check with them by phone or in person before you do what it asks.';
const GO_DIRECT = 'Don\'t sign in from this email. Go to the site the way you usually do.';

export const MESSAGES = {
  'display-name-address': {
    title: 'The name shows {shown}, but the email really came from {actual}.',
    detail: DONT_CLICK,
  },
  'display-name-address.recipient': {
    title: 'The sender\'s name shows your own address, but the email came from {actual}.',
    detail: 'Scammers do this to look like a message from your own system. ' + DONT_CLICK,
  },
  'brand-impersonation.name': {
    title: 'The name says {brand}, but the email comes from {domain}, which {brand} does not use.',
    detail: GO_DIRECT,
  },
  'brand-impersonation.body': {
    title: 'The email says it is from {brand}, but it comes from {domain}, which {brand} does not use.',
    detail: GO_DIRECT,
  },
  'brand-impersonation.freemail': {
    title: 'The name says {brand}, but it was sent from a free {domain} account.',
    detail: GO_DIRECT,
  },
  'protected-name-outside.freemail': {
    title: 'The name says {name}, but it was sent from a personal {domain} account.',
    detail: CALL_THEM,
  },
  'protected-name-outside': {
    title: 'The name says {name}, but the email comes from {domain}, not from your practice.',
    detail: CALL_THEM,
  },
  'org-name-claim': {
    title: 'This email uses your practice\'s name ({claim}), but it came from {domain}. That is not your practice.',
    detail: 'Your own IT and staff write from your practice\'s address. ' + DONT_CLICK,
  },
  'lookalike-domain.sender.homoglyph': {
    title: 'The sender\'s address {domain} is made to look like {target} with letters that look alike.',
    detail: 'It is not {target}. ' + DONT_CLICK,
  },
  'lookalike-domain.sender.typo': {
    title: 'The sender\'s address {domain} looks like {target}, but it is not spelled the same.',
    detail: 'It is not {target}. ' + DONT_CLICK,
  },
  'lookalike-domain.sender.cousin': {
    title: 'The sender\'s address ends in {domain}, not {target}. Only the ending is different.',
    detail: 'It is not {target}. ' + DONT_CLICK,
  },
  'lookalike-domain.sender.combo': {
    title: 'The sender\'s address {domain} uses the name {owner}. It is not a real {owner} address.',
    detail: DONT_CLICK,
  },
  'lookalike-domain.sender.embedded': {
    title: 'The sender\'s address puts {target} in front to look real, but it really comes from {domain}.',
    detail: DONT_CLICK,
  },
  'lookalike-domain.link.homoglyph': {
    title: 'A link goes to {domain}, which is made to look like {target} with letters that look alike.',
    detail: 'Don\'t click it. ' + GO_DIRECT,
  },
  'lookalike-domain.link.typo': {
    title: 'A link goes to {domain}, which looks like {target} but is spelled a little differently.',
    detail: 'Don\'t click it. ' + GO_DIRECT,
  },
  'lookalike-domain.link.cousin': {
    title: 'A link goes to {domain}, not {target}. Only the ending is different.',
    detail: 'Don\'t click it. ' + GO_DIRECT,
  },
  'lookalike-domain.link.combo': {
    title: 'A link goes to {domain}, which uses the name {owner} but is not a real {owner} site.',
    detail: 'Don\'t click it. ' + GO_DIRECT,
  },
  'lookalike-domain.link.embedded': {
    title: 'A link puts {target} in front to look real, but it really goes to {domain}.',
    detail: 'Don\'t click it. ' + GO_DIRECT,
  },
  'unusual-characters.name': {
    title: 'The sender\'s name uses hidden or look-alike letters to hide who sent it.',
    detail: DONT_CLICK,
  },
  'unusual-characters.address': {
    title: 'The sender\'s address uses letters from another alphabet. They look like ours but are not.',
    detail: DONT_CLICK,
  },
  'unusual-characters.subject': {
    title: 'The subject uses disguised letters, a trick to get past mail filters.',
    detail: DONT_CLICK,
  },
  'reply-to-mismatch': {
    title: 'If you reply, your answer goes to {replyTo}, not to {from}.',
    detail: 'Don\'t reply. Write a new email to an address you know, or call.',
  },
  'freemail-claim': {
    title: 'The name says "{name}", but it was sent from a free {domain} account.',
    detail: 'Real offices and companies rarely use free accounts. ' + CALL_THEM,
  },
  'known-name-new-address': {
    title: 'This is the first time {name} has written to you from {address}.',
    detail: CALL_THEM,
  },
  'first-contact': {
    title: 'This is the first email you have got from {address}.',
    detail: 'That is not bad by itself. Take care with links and files.',
  },
  'blocked-domain': {
    title: '{domain} is on your practice\'s blocked list.',
    detail: 'Don\'t click, reply or open files. Report it to IT.',
  },
  'sender-made-up': {
    title: 'The sender\'s address {domain} looks made up by a computer. A real company would not use it.',
    detail: DONT_CLICK,
  },
  'sender-name-mismatch': {
    title: 'The name says "{name}", but it comes from {domain}, which has nothing to do with that name.',
    detail: 'Companies write from their own address. ' + DONT_CLICK,
  },
  'sender-name-mismatch.loose': {
    title: 'The name "{name}" has nothing to do with the address {address}.',
    detail: 'That is common for people, so it only matters with other warning signs.',
  },
  'random-codes.name': {
    title: 'The sender\'s name has a random code in it ({code}), a trick used by mass scam mailings.',
    detail: DONT_CLICK,
  },
  'random-codes.address': {
    title: 'The sender\'s address has a random code in it ({code}), a trick used by mass scam mailings.',
    detail: DONT_CLICK,
  },
  'random-codes.subject': {
    title: 'The subject has a random code in it ({code}), a trick used by mass scam mailings.',
    detail: DONT_CLICK,
  },
  'sender-made-up.local': {
    title: 'The sender\'s address {address} looks made up by a computer.',
    detail: DONT_CLICK,
  },
  'sender-made-up.missing': {
    title: 'The email does not show a real sender address.',
    detail: 'You cannot tell who sent it. ' + DONT_CLICK,
  },
  'link-text-mismatch': {
    title: 'A link shows {shown}, but it really goes to {actual}.',
    detail: 'Don\'t click it.',
  },
  'link-text-mismatch.protected': {
    title: 'A link shows {shown} ({owner}), but it really goes to {actual}.',
    detail: 'Don\'t click it. ' + GO_DIRECT,
  },
  'link-open-redirect': {
    title: 'A link passes through {via} to hide where it really goes ({actual}).',
    detail: 'Don\'t click it unless you trust the sender.',
  },
  'links-off-brand': {
    title: 'The email claims to come from {brand}, but its links go to {site}, not to {brand}.',
    detail: 'The sender\'s address may be forged. ' + GO_DIRECT,
  },
  'link-ip-address': {
    title: 'A link goes to a number ({ip}) instead of a named website.',
    detail: 'Real companies link to their named site. Don\'t click it.',
  },
  'link-userinfo': {
    title: 'A link is made to look like it goes to {fake}, but it really goes to {actual}.',
    detail: 'Don\'t click it.',
  },
  'link-shortener': {
    title: 'A link is hidden behind a short-link service ({domain}), so you can\'t see where it goes.',
    detail: 'Don\'t click it unless you trust the sender.',
  },
  'link-shortener.all': {
    title: 'Every link is hidden behind a short link ({domain}), so you can\'t see where any of them go.',
    detail: 'Don\'t click them unless you trust the sender.',
  },
  'link-free-hosting': {
    title: 'A link goes to {domain}, a free site that anyone can set up.',
    detail: 'Fake sign-in pages are often put on free sites. ' + GO_DIRECT,
  },
  'link-file-share': {
    title: 'A link opens a shared file or form on {domain}.',
    detail: 'Scammers use these for fake sign-in pages. Only open it if you expected a file from this sender.',
  },
  'link-dangerous-scheme': {
    title: 'A link would run code or open a hidden page, not a normal website.',
    detail: 'Don\'t click it. Report the email to IT.',
  },
  'suspicious-ending': {
    title: 'A link goes to {domain}, a kind of web address that scammers use a lot.',
    detail: 'Don\'t click it unless you trust the sender.',
  },
  'suspicious-ending.sender': {
    title: 'The sender\'s address ends in {domain}, a kind of address that scammers use a lot.',
    detail: 'That alone is not proof. Take care with links and files.',
  },
  'attachment-executable': {
    title: 'The file {file} is a program or shortcut. Opening it can harm your computer.',
    detail: 'Don\'t open it. Report the email to IT.',
  },
  'attachment-html': {
    title: 'The file {file} is a web page. Fake sign-in pages are often sent this way.',
    detail: 'Don\'t open it or type your password in it.',
  },
  'attachment-double-extension': {
    title: 'The file {file} looks like a {decoy} file. But it is really a {real} file.',
    detail: 'Don\'t open it. Report the email to IT.',
  },
  'attachment-rtlo': {
    title: 'The file name {file} uses a hidden character to fake what kind of file it is.',
    detail: 'Don\'t open it. Report the email to IT.',
  },
  'attachment-locked': {
    title: 'The file {file} is locked with a password, so it can\'t be checked for viruses.',
    detail: 'Only open it if you expected it. Ask the sender by phone first.',
  },
  'attachment-macro': {
    title: 'The file {file} can run small programs (macros) when you open it.',
    detail: 'Don\'t turn on editing or macros. Ask IT if you\'re not sure.',
  },
  'wording-credentials': {
    title: 'The email asks you to sign in, check your password or confirm your account.',
    detail: GO_DIRECT,
  },
  'wording-urgency': {
    title: 'The email pushes you to act fast or lose something.',
    detail: 'Scams rush you. Take your time and check first.',
  },
  'wording-payment-change': {
    title: 'The email asks to change bank, payment or payroll details.',
    detail: 'Always confirm by phone, at a number you already have.',
  },
  'wording-gift-card': {
    title: 'The email asks for gift cards or a quick favor.',
    detail: 'Bosses and doctors don\'t ask for gift cards by email. ' + CALL_THEM,
  },
  'wording-notification-lure': {
    title: 'The email says a {what} is waiting for you.',
    detail: 'Open faxes, voicemail and shared files the way you always do, not from this email.',
  },
  'wording-healthcare-lure': {
    title: 'The email uses a health care topic ({topic}) to get you to act.',
    detail: 'Sign in to portals the way you usually do, not from an email link.',
  },
  'wording-money-offer': {
    title: 'The email promises money, a prize or a reward.',
    detail: 'Offers like this are almost always scams. Don\'t reply or click.',
  },
  'wording-generic-greeting': {
    title: 'The email does not use your name ("Dear customer"), as mass scam mail does.',
    detail: 'Companies you deal with usually know your name.',
  },
  'wording-junk-offer': {
    title: 'The email looks like a junk offer (pills, betting, dating, quick money or a survey prize).',
    detail: 'Offers like this often lead to stolen card details. Delete it.',
  },
} as const satisfies Record<string, Text>;

export type MessageKey = keyof typeof MESSAGES;

function fill(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

export function say(key: MessageKey, params: Params): Text {
  const text: Text = MESSAGES[key];
  return { title: fill(text.title, params), detail: fill(text.detail, params) };
}
