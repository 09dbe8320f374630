// Content script for Outlook on the web (outlook.office.com, outlook.office365.com,
// outlook.live.com, outlook.cloud.microsoft). It will watch for the open message, read it
// through the Outlook adapter (src/webmail/outlook/), ask the background for a verdict and show
// the banner above the message body in a shadow root. Nothing yet; it must never throw into
// the page.
export {};
