// The banner's own CSS, inside its shadow root. Sizes in rem/em so it grows with the reader's
// zoom; colours meet WCAG AA contrast (at least 4.5:1 for text) on their backgrounds, and the
// level is also said in words and shown by the icon's shape, never by colour alone.
export const BANNER_CSS = `
:host { all: initial; display: block; }
.banner {
  display: flex; gap: 0.75em; align-items: flex-start;
  box-sizing: border-box; max-width: 100%;
  padding: 0.75em 1em; border-radius: 8px; border: 2px solid; border-left-width: 8px;
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  color: #1f1f1f; overflow-wrap: anywhere;
}
.banner:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
.danger { background: #fdecea; border-color: #b3261e; }
.caution { background: #fff4dc; border-color: #8a5a00; }
.icon { flex: none; width: 1.75em; height: 1.75em; margin-top: 0.1em; }
.danger .shape { fill: #b3261e; }
.caution .shape { fill: #8a5a00; }
.mark { fill: #ffffff; }
.content { flex: 1 1 auto; min-width: 0; }
.title { margin: 0 0 0.25em; font-size: 1.15em; font-weight: 700; line-height: 1.3; }
.danger .title { color: #8c1d18; }
.caution .title { color: #6b4500; }
ul { margin: 0.25em 0 0.5em; padding-left: 1.25em; }
li { margin: 0.15em 0; }
.todo-title { margin: 0.5em 0 0; font-size: 1em; font-weight: 700; }
.reported { margin: 0.25em 0 0.5em; padding: 0.35em 0.6em; background: #e6f4ea; color: #0d5323; border-radius: 6px; font-weight: 700; }
.safe-note { margin: 0; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #0d5323; }
.safe-note::before { content: "\\2713  "; font-weight: 700; }
.contact { margin: 0.5em 0 0; font-weight: 600; }
details { margin: 0 0 0.25em; }
summary { cursor: pointer; color: #0b57d0; text-decoration: underline; }
summary:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
`;
