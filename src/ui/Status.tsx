// The popup's and the options page's one-line state ("Checking…", "Second Look is not
// available"): announced politely, and marked busy while something is still loading.
import type { ComponentChildren } from 'preact';

export function Status({ children, busy = false }: { children: ComponentChildren; busy?: boolean }) {
  return (
    <div class="status" role="status" aria-busy={busy ? 'true' : undefined}>
      {children}
    </div>
  );
}
