// A signed-in person's home municipality becomes the chosen one when none is
// chosen yet: on signing in (views/account.js), and when the app starts, in
// case the page was reloaded before signing in had adopted it (main.js).
import { request } from './api.js';
import { chooseRegion, region } from './prefs.js';
import { regionsById } from './store/index.js';

/** Chooses record's home municipality if none is chosen; true when it did. */
export async function adoptHome(record) {
  if (region.value || !record?.home_region) return false;
  const home = regionsById.value.get(record.home_region) ||
    (await request(`/api/collections/regions/records/${encodeURIComponent(record.home_region)}`).catch(() => null));
  if (!home || region.value) return false;
  chooseRegion(home);
  return true;
}
