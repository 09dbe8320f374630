// Content script for Gmail (https://mail.google.com/*): watches for open messages, reads them
// through the Gmail adapter and warns above suspicious ones.
import { gmailAdapter } from '../webmail/gmail/adapter';
import { start } from './start';

start(gmailAdapter);
