// The rule registry: every rule, explicitly, in the order findings are listed when points tie.
// A meta-test fails when a file in this folder is missing here, untested or undocumented.
import type { Rule } from '../rule';
import attachmentDoubleExtension from './attachment-double-extension';
import attachmentExecutable from './attachment-executable';
import attachmentHtml from './attachment-html';
import attachmentLocked from './attachment-locked';
import attachmentMacro from './attachment-macro';
import attachmentRtlo from './attachment-rtlo';
import blockedDomain from './blocked-domain';
import brandImpersonation from './brand-impersonation';
import displayNameAddress from './display-name-address';
import firstContact from './first-contact';
import freemailClaim from './freemail-claim';
import knownNameNewAddress from './known-name-new-address';
import linkDangerousScheme from './link-dangerous-scheme';
import linkFreeHosting from './link-free-hosting';
import linkIpAddress from './link-ip-address';
import linkOpenRedirect from './link-open-redirect';
import linkShortener from './link-shortener';
import linkTextMismatch from './link-text-mismatch';
import linkUserinfo from './link-userinfo';
import linksOffBrand from './links-off-brand';
import lookalikeDomain from './lookalike-domain';
import orgNameClaim from './org-name-claim';
import protectedNameOutside from './protected-name-outside';
import randomCodes from './random-codes';
import replyToMismatch from './reply-to-mismatch';
import senderMadeUp from './sender-made-up';
import senderNameMismatch from './sender-name-mismatch';
import suspiciousEnding from './suspicious-ending';
import unusualCharacters from './unusual-characters';
import wordingCredentials from './wording-credentials';
import wordingGenericGreeting from './wording-generic-greeting';
import wordingGiftCard from './wording-gift-card';
import wordingHealthcareLure from './wording-healthcare-lure';
import wordingJunkOffer from './wording-junk-offer';
import wordingMoneyOffer from './wording-money-offer';
import wordingNotificationLure from './wording-notification-lure';
import wordingPaymentChange from './wording-payment-change';
import wordingUrgency from './wording-urgency';

export const RULES: readonly Rule[] = [
  // identity
  blockedDomain,
  lookalikeDomain,
  protectedNameOutside,
  orgNameClaim,
  brandImpersonation,
  displayNameAddress,
  knownNameNewAddress,
  replyToMismatch,
  freemailClaim,
  unusualCharacters,
  senderMadeUp,
  senderNameMismatch,
  randomCodes,
  firstContact,
  // links
  linkTextMismatch,
  linkDangerousScheme,
  linksOffBrand,
  linkUserinfo,
  linkIpAddress,
  linkFreeHosting,
  linkOpenRedirect,
  linkShortener,
  suspiciousEnding,
  // attachments
  attachmentExecutable,
  attachmentDoubleExtension,
  attachmentRtlo,
  attachmentHtml,
  attachmentLocked,
  attachmentMacro,
  // wording
  wordingCredentials,
  wordingUrgency,
  wordingPaymentChange,
  wordingGiftCard,
  wordingNotificationLure,
  wordingHealthcareLure,
  wordingMoneyOffer,
  wordingJunkOffer,
  wordingGenericGreeting,
];
