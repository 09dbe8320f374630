// Content script for Outlook on the web (outlook.office.com, outlook.office365.com,
// outlook.live.com, outlook.cloud.microsoft): watches for open messages, reads them through the
// Outlook adapter and warns above suspicious ones. The whole host is matched because Outlook
// moves between mail, calendar and people without a reload; the adapter gates on /mail.
import { outlookAdapter } from '../webmail/outlook/adapter';
import { start } from './start';

start(outlookAdapter);
