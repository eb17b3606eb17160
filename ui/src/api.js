// HTTP access to the Mitwirken API: JSON in and out, the person's language
// and token, and refusals in PocketBase's error shape.

/** The server answered with an error status; data holds the field errors. */
export class ApiError extends Error {
  constructor(status, body) {
    super(body?.message || `HTTP ${status}`);
    this.status = status;
    this.data = body?.data || {};
    const first = Object.values(this.data)[0];
    this.code = first?.code || '';
  }
}

/** The code of a 401 for a token whose account was deleted (docs/privacy.md). */
export const ACCOUNT_DELETED = 'auth_account_deleted';

/** No answer came back: offline, server down, or the reply was cut. */
export class NetworkError extends Error {}

let language = 'de';

/** Sets the language the server answers messages in ("de" or "en"). */
export function setApiLanguage(lang) {
  language = lang === 'en' ? 'en' : 'de';
}

/**
 * Sends one request and returns the parsed JSON body (or null).
 * Throws ApiError for an error status and NetworkError when nothing came back.
 */
export async function request(path, { method = 'GET', body, token, timeout = 30000 } = {}) {
  const headers = { 'Accept-Language': language };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = token;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  try {
    const res = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: controller.signal,
      cache: 'no-store',
    });
    const text = await res.text();
    const data = text ? JSON.parse(text) : null;
    if (!res.ok) throw new ApiError(res.status, data);
    return data;
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new NetworkError(error?.message || 'network error');
  } finally {
    clearTimeout(timer);
  }
}
