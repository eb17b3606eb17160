// Marks the moment the first view shows its content and can be used, for
// the EDGE benchmark (tests/browser/budget.test.mjs), and holds back what
// can wait until then (sync, realtime, the service worker).
import { useEffect } from 'preact/hooks';

const after = [];
let done = false;

/** Called once the first view shows its content; only the first call counts. */
export function markInteractive() {
  if (done) return;
  done = true;
  performance.mark('mitwirken:interactive');
  // Give the browser the frame first; then start what is not needed for it.
  setTimeout(() => after.splice(0).forEach((task) => task()), 0);
}

/** Every view calls this with whether its content is shown. */
export function useInteractive(ready) {
  useEffect(() => {
    if (ready) markInteractive();
  }, [!!ready]);
}

/** Runs task once the first view is interactive. */
export function whenInteractive(task) {
  if (done) setTimeout(task, 0);
  else after.push(task);
}
