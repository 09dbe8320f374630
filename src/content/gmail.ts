// Content script for Gmail (https://mail.google.com/*). It will watch for the open message,
// read it through the Gmail adapter (src/webmail/gmail/), ask the background for a verdict and
// show the banner above the message body in a shadow root. Nothing yet; it must never throw
// into the page.
export {};
