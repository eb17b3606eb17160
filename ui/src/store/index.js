// The synced data as signals. Records come from IndexedDB (written by the
// sync module); queued mutations from the outbox are laid over them, so a
// person's own actions show at once, marked as waiting for a connection.
//
// API:
//   loadStore()          read everything once and follow changes in every tab
//   loaded               signal: true once the first read is done
//   pulledScope          signal: "district|person" of the last pull that caught up, or ""
//   pulledFor            computed: the district of pulledScope
//   districtPulled       computed: the chosen district's records are stored (so "none" means none)
//   data[collection]     signal: the server records of each synced collection
//   outboxItems          signal: the queued mutations, in seq order
//   view                 computed: the records with the outbox laid over them (see overlay.js)
//   regionsById, servicesById, organizationsById   computed maps
import { batch, computed, signal } from '@preact/signals';
import { COLLECTIONS, readCollection } from './records.js';
import { list as listOutbox } from '../outbox/index.js';
import { listen } from '../changes.js';
import { user } from '../auth.js';
import { overlay } from './overlay.js';
import { getMeta } from '../db.js';
import { district } from '../prefs.js';

export const data = Object.fromEntries(COLLECTIONS.map((name) => [name, signal([])]));
export const outboxItems = signal([]);
export const loaded = signal(false);
// Until a pull for the chosen district has finished, an empty list means
// "not here yet", not "there are none" (a first visit, another district).
export const pulledScope = signal('');
export const pulledFor = computed(() => pulledScope.value.split('|')[0]);
export const districtPulled = computed(() => loaded.value && pulledFor.value === district.value);

let reading = Promise.resolve();

/** Reads the stored data, then keeps the signals in step with every change. */
export async function loadStore() {
  listen((change) => {
    const names = change.collections?.includes('*') ? COLLECTIONS : (change.collections || []).filter((c) => data[c]);
    if (names.length || change.outbox) reload(names, !!change.outbox);
  });
  await reload(COLLECTIONS, true);
  loaded.value = true;
}

// Reads serially, so an older read never lands after a newer one, and sets
// the signals in one batch, so views never see half of a change.
function reload(names, withOutbox) {
  reading = reading.then(async () => {
    const [records, items, scope] = await Promise.all([
      Promise.all(names.map(readCollection)),
      withOutbox ? listOutbox() : null,
      // Written by the pull's last page; a device from before it has only the
      // scope of its last page, written with each.
      getMeta('pulled').then((scope) => scope ?? getMeta('pullScope')),
    ]);
    batch(() => {
      names.forEach((name, i) => {
        data[name].value = records[i];
      });
      if (items) outboxItems.value = items;
      pulledScope.value = scope || '';
    });
  });
  return reading;
}

const byId = (records) => new Map(records.map((r) => [r.id, r]));

export const regionsById = computed(() => byId(data.regions.value));
export const servicesById = computed(() => byId(data.services.value));
export const organizationsById = computed(() => byId(data.organizations.value));

/** The records with the person's queued mutations laid over them. */
export const view = computed(() =>
  overlay(
    {
      ideas: data.ideas.value,
      comments: data.comments.value,
      votes: data.votes.value,
      feedback: data.feedback.value,
      reports: data.reports.value,
      statusChanges: data.status_changes.value,
      endorsements: data.endorsements.value,
    },
    outboxItems.value,
    user.value,
  ),
);
