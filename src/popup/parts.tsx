// Small pieces shared by the popup's components: headings whose level depends on where a card
// sits, the level icon (its shape says the level too, so colour is never the only signal), and a
// hook for buttons that call an action once and show a busy state until it has answered.
import { type ComponentChildren, h } from 'preact';
import type { Level } from '../engine/types';

export type HeadingLevel = 2 | 3 | 4 | 5;

export function Heading({ level, id, class: className, children }: { level: HeadingLevel; id?: string; class?: string; children: ComponentChildren }) {
  return h(`h${level}` as 'h2', { id, class: className }, children);
}

/** Danger: a warning triangle; caution: a circle with "!"; safe: a circle with a tick. */
export function LevelIcon({ level }: { level: Level }) {
  return (
    <svg class="level-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false" data-shape={level === 'danger' ? 'triangle' : level === 'caution' ? 'circle-exclamation' : 'circle-check'}>
      {level === 'danger' && (
        <>
          <path class="level-icon__shape" d="M12 2 1 21h22L12 2z" />
          <path class="level-icon__mark" d="M11 9h2v6h-2zm0 8h2v2h-2z" />
        </>
      )}
      {level === 'caution' && (
        <>
          <circle class="level-icon__shape" cx="12" cy="12" r="10" />
          <path class="level-icon__mark" d="M11 6h2v8h-2zm0 10h2v2h-2z" />
        </>
      )}
      {level === 'safe' && (
        <>
          <circle class="level-icon__shape" cx="12" cy="12" r="10" />
          <path class="level-icon__mark" d="m10 15.6-3.6-3.6L5 13.4l5 5 9-9L17.6 8z" />
        </>
      )}
    </svg>
  );
}

export { useOnceAtATime } from '../ui/once-at-a-time';

/** https URLs only: anything else is not made into a link people can click. */
export function httpsHref(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A plain address, so `mailto:` cannot carry extra headers (?, &) or other schemes. */
export function mailtoHref(value: string): string | null {
  return /^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/.test(value) ? `mailto:${value}` : null;
}
