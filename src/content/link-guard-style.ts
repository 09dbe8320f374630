// CSS of the link confirmation, inside its shadow root; rem/em sizes so it scales with zoom.
export const GUARD_CSS = `
:host { all: initial; }
.backdrop { position: fixed; inset: 0; background: rgba(0, 0, 0, 0.45); }
.dialog {
  position: fixed; top: 50%; left: 50%; transform: translate(-50%, -50%);
  box-sizing: border-box; width: min(32em, calc(100vw - 2em)); max-height: calc(100vh - 2em); overflow: auto;
  padding: 1.25em 1.5em; border-radius: 10px; border-top: 8px solid #b3261e; background: #ffffff; color: #1f1f1f;
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; box-shadow: 0 8px 32px rgba(0, 0, 0, 0.35);
}
h2 { margin: 0 0 0.5em; font-size: 1.25em; color: #8c1d18; }
p { margin: 0.4em 0; }
.where { padding: 0.5em 0.75em; background: #f3f3f3; border-radius: 6px; overflow-wrap: anywhere; }
.where strong { display: block; font-size: 1.1em; }
.full { display: block; font-size: 0.85em; color: #444444; }
.buttons { display: flex; flex-wrap: wrap; gap: 0.75em; margin-top: 1em; }
button { font: inherit; padding: 0.5em 1.25em; border-radius: 6px; cursor: pointer; min-height: 2.5em; }
.back { background: #0b57d0; color: #ffffff; border: 2px solid #0b57d0; font-weight: 700; }
.open { background: #ffffff; color: #8c1d18; border: 2px solid #8c1d18; }
button:focus-visible { outline: 3px solid #1f1f1f; outline-offset: 2px; }
`;
