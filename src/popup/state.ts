// What the popup shows, as one plain object, so the UI can be rendered with mock state in tests.
// More kinds (a verdict for the open message, a report in progress) arrive with the messaging
// layer.
export type PopupState = { kind: 'no-message' };

/** What the popup can ask for. Empty until there is something to do (report, open options). */
export type PopupActions = Readonly<Record<never, never>>;

export const INITIAL_POPUP_STATE: PopupState = { kind: 'no-message' };
