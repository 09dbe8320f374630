// Bounds that keep the engine's work per message small whatever the input size.
// A message is cut at these limits before any rule runs; rules never see more.
export const MAX_TEXT_CHARS = 60_000;
export const MAX_SUBJECT_CHARS = 1_000;
export const MAX_NAME_CHARS = 500;
export const MAX_ADDRESS_CHARS = 320;
export const MAX_LINKS = 500;
export const MAX_HREF_CHARS = 4_096;
export const MAX_LINK_TEXT_CHARS = 500;
export const MAX_ATTACHMENTS = 100;
/** Attachment names are cut in the middle, so the file type at the end survives. */
export const MAX_ATTACHMENT_NAME_CHARS = 500;
/** Webmail notices: the background refuses longer ones (src/messaging/validate.ts). */
export const MAX_NOTICE_CHARS = 500;
export const MAX_NOTICES = 50;
export const MAX_RECIPIENTS = 200;
/** How deep wrapped links (a redirect inside a redirect) are followed. */
export const MAX_UNWRAP_DEPTH = 4;
