// Shared by the popup and the options page: a button action that runs once at a time.
import { useRef, useState } from 'preact/hooks';

/**
 * Run an action at most once at a time: `busy` while its promise is pending (a second click in
 * the meantime does nothing), `failed` when it rejected. `run` is called synchronously, inside
 * the click, which the browser's permission prompt needs.
 */
export function useOnceAtATime(run: () => Promise<void>): { busy: boolean; failed: boolean; trigger: () => void } {
  const running = useRef(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const trigger = () => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    setFailed(false);
    let promise: Promise<void>;
    try {
      promise = Promise.resolve(run());
    } catch {
      promise = Promise.reject(new Error('action threw'));
    }
    void promise
      .then(
        () => setFailed(false),
        () => setFailed(true),
      )
      .finally(() => {
        running.current = false;
        setBusy(false);
      });
  };
  return { busy, failed, trigger };
}
