// Small pieces shared by the options page's sections: a section labelled by its heading, a list
// of values (or "None"), the "Set by your IT" note that locked controls point to, and a hook for
// buttons that call an action once and show a busy state until it has answered.
import type { ComponentChildren } from 'preact';
import { TEXT } from './text';

export function Section({ id, title, class: className, children }: { id: string; title: string; class?: string; children: ComponentChildren }) {
  const headingId = `${id}-title`;
  return (
    <section id={id} class={`section${className ? ` ${className}` : ''}`} aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}

/** Values from policy (domains, names, rule ids): each one as text, or "None". */
export function ValueList({ values }: { values: readonly string[] }) {
  if (values.length === 0) return <>{TEXT.none}</>;
  return (
    <ul class="values">
      {values.map((v, i) => (
        <li key={`${i}-${v}`} class="evidence">
          {v}
        </li>
      ))}
    </ul>
  );
}

/**
 * "Set by your IT: <value>" under a locked setting. Its id is given to the disabled controls'
 * aria-describedby, so a screen reader says why they cannot be changed and what is in use.
 */
export function LockedNote({ id, value }: { id: string; value: string }) {
  return (
    <p class="locked-note" id={id} data-locked="true">
      <span class="locked-note__badge">{TEXT.lockedBadge}</span>
      <span class="locked-note__value">
        : {value}
      </span>
    </p>
  );
}

export { useOnceAtATime } from '../ui/once-at-a-time';
