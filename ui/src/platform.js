// What the operator of this Mitwirken tells every visitor (GET /api/platform),
// such as where feedback on barriers goes. The last answer is kept on the
// device, so the accessibility statement shows it offline too.
import { signal } from '@preact/signals';
import { request } from './api.js';
import { getMeta, setMeta } from './db.js';

/** { contactEmail } once known; null before. */
export const platform = signal(null);

let loading;

/** Reads the stored answer, then asks the server once per page load. */
export function loadPlatform() {
  loading ||= (async () => {
    platform.value = (await getMeta('platform').catch(() => null)) || platform.value;
    try {
      const fresh = await request('/api/platform');
      platform.value = fresh;
      await setMeta('platform', fresh).catch(() => {});
    } catch {
      // Offline: the stored answer stands.
    }
  })();
  return loading;
}
