// What the confirmation panel (views/confirmation.js) confirms. Its own file:
// the notices on every page read it, and the panel itself is drawn only by
// views after the start page, so it stays out of the critical path.
import { signal } from '@preact/signals';
import { outboxItems } from '../store/index.js';
import { route } from '../router.js';

/** { what, ids, path, serial }: the contribution to confirm and the page it shows on. */
export const confirmation = signal(null);

// A mutation gone from the outbox was sent. Right after it was queued, the
// store may not have read it yet: it counts as gone only once the store has
// read the outbox since the confirmation (items is then another array).
let serial = 0;

/**
 * Confirms a contribution: what names it ("rating", "idea", "comment",
 * "report", "entryIdea", "entryFeedback", "appeal", "signedIn"), ids are
 * its outbox mutations, path the page that shows the panel.
 */
export function confirmContribution(what, ids = [], path = route.value.path) {
  confirmation.value = { what, ids, path, serial: ++serial, items: outboxItems.value };
}
