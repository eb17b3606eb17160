// Marks the moment the first view shows its data and can be used, for the
// EDGE benchmark (tests/browser/budget.test.mjs), and runs what may wait
// until then.
const after = [];
let done = false;

/** Called by views once they show their data; only the first call counts. */
export function markInteractive() {
  if (done) return;
  done = true;
  performance.mark('mitwirken:interactive');
  // Give the browser the frame first; then start what is not needed for it.
  setTimeout(() => after.splice(0).forEach((task) => task()), 0);
}

/** Runs task once the first view is interactive. */
export function whenInteractive(task) {
  if (done) setTimeout(task, 0);
  else after.push(task);
}
