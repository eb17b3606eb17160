// The public feedback aggregates of a municipality's services (collection
// feedback_summaries, one row per service and region), cached in IndexedDB so
// the services view works offline. They are not part of the sync protocol.
// A service without a row has too few ratings to show any figure: the server
// publishes none below its minimum group size (docs/privacy-aggregates.md).
import { signal } from '@preact/signals';
import { getMeta, setMeta } from '../db.js';
import { request } from '../api.js';

/** { region, rows: Map service -> summary } for the last loaded region. */
export const feedbackStats = signal({ region: '', rows: new Map() });

/** A published summary row in the shape of GET /api/services/{id}/feedback. */
export function summarize(row) {
  const distribution = {};
  for (let r = 1; r <= 5; r++) distribution[r] = row[`rating_${r}`] || 0;
  const barriers = {};
  for (const key of Object.keys(row)) if (key.startsWith('barrier_')) barriers[key.slice(8)] = row[key];
  return { count: row.count, mean: row.mean, distribution, barriers };
}

function show(region, rows) {
  feedbackStats.value = { region, rows: new Map(rows.map((row) => [row.service, summarize(row)])) };
}

/** Shows the cached aggregates of region at once, then refreshes them online. */
export async function loadFeedbackStats(region) {
  const cached = await getMeta('ratings:' + region);
  if (cached) show(region, cached);
  else if (feedbackStats.value.region !== region) show(region, []);
  try {
    const filter = encodeURIComponent(`region='${region}'`);
    const page = await request(`/api/collections/feedback_summaries/records?filter=${filter}&perPage=500&skipTotal=1`);
    await setMeta('ratings:' + region, page.items);
    show(region, page.items);
  } catch {
    // Offline: the cached figures stay.
  }
}

/** Refreshes one service's aggregate through GET /api/services/{id}/feedback. */
export async function loadServiceSummary(service, region) {
  try {
    const summary = await request(`/api/services/${encodeURIComponent(service)}/feedback?region=${encodeURIComponent(region)}`);
    const rows = new Map(feedbackStats.value.region === region ? feedbackStats.value.rows : []);
    rows.set(service, summary);
    feedbackStats.value = { region, rows };
  } catch {
    // Offline: the cached figures stay.
  }
}
