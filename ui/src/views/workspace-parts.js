// Pieces shared by the two halves of the workspace: REST calls with the
// person's token, lists that refresh when the page becomes visible again,
// and the server's refusals shown next to the form.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { html } from '../html.js';
import { formatDate, has, t } from '../i18n/index.js';
import { ApiError, request } from '../api.js';
import { session, user } from '../auth.js';
import { loadMemberships, memberships } from '../roles.js';
import { useInteractive } from '../perf.js';
import { data, regionsById } from '../store/index.js';
import { signInHref, useOnline } from './parts.js';
import { fieldErrors } from './form-parts.js';
import { watchRecords } from '../sync/index.js';

/** Sends one request with the person's token. */
export function call(path, options = {}) {
  return request(path, { ...options, token: session.value?.token });
}

/** How many items a workspace list shows at first, and how many more each "show more" adds. */
export const PAGE = 100;

/**
 * Lists records of a collection with a PocketBase filter (and optional expand,
 * sort). It asks for one more than limit, which tells whether there are more
 * without counting them all; Shown draws at most limit of them.
 */
export async function list(collection, filter, { expand, sort = '-created', limit = PAGE } = {}) {
  const query = new URLSearchParams({ filter, sort, perPage: String(limit + 1), skipTotal: '1' });
  if (expand) query.set('expand', expand);
  return (await call(`/api/collections/${collection}/records?${query}`)).items;
}

/**
 * Loads data with load(limit) now, whenever the page becomes visible again,
 * on reload(), and, with topics (such as "ideas/*"), soon after any change of
 * those records reaches the page in realtime, so that a colleague's action
 * shows at once. relevant(record) skips changes that cannot concern this
 * page, such as votes on ideas of other regions. showMore() raises the limit
 * of every list by a page. Returns { data, error, reload, limit, showMore }.
 */
export function useRefreshing(load, topics = [], relevant = () => true) {
  const [state, setState] = useState({ data: null, error: null });
  const limit = useRef(PAGE);
  const reload = useCallback(() => load(limit.current).then(
    (data) => setState({ data, error: null }),
    (error) => setState((old) => ({ data: old.data, error })),
  ), []);
  useEffect(() => {
    reload();
    const onVisible = () => document.visibilityState === 'visible' && reload();
    document.addEventListener('visibilitychange', onVisible);
    // Changes come in bursts (a hide also dismisses reports): reload once per burst.
    let timer = 0;
    const stopWatching = topics.length
      ? watchRecords(topics, session.value?.token, (event) => {
        if (event?.record && !relevant(event.record)) return;
        clearTimeout(timer);
        timer = setTimeout(reload, 300);
      })
      : () => {};
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      clearTimeout(timer);
      stopWatching();
    };
  }, []);
  const showMore = useCallback(() => {
    limit.current += PAGE;
    return reload();
  }, []);
  return { ...state, reload, limit: limit.current, showMore };
}

/** How many of items a list shows: "100+" when there are more than limit. */
export function shownCount(items, limit) {
  return items.length > limit ? `${limit}+` : String(items.length);
}

/** The first limit items, each drawn by render, and a button for more when there are. */
export function Shown({ items, limit, render, showMore }) {
  return html`
    <ul class="plain workspace-list">${items.slice(0, limit).map(render)}</ul>
    ${items.length > limit && html`<p><button type="button" class="secondary" onClick=${showMore}>${t('workspace.more')}</button></p>`}`;
}

/** A refusal of the server (message and field errors), or that nothing came back. */
export function ServerError({ error, id }) {
  if (!error) return null;
  if (!(error instanceof ApiError)) return html`<p class="error" id=${id} role="alert">${t('workspace.offline')}</p>`;
  // Sentences from the catalogue, never codes or field names: a refused
  // update (404) means the item is outside the person's regions or changed meanwhile.
  const fields = Object.entries(fieldErrors(error));
  const summary = has('error.status' + error.status) ? t('error.status' + error.status) : error.message;
  return html`
    <div class="error" id=${id} role="alert">
      <p>${summary}</p>
      ${fields.length > 0 && html`<ul>${fields.map(([field, message]) => html`<li key=${field}>${message}</li>`)}</ul>`}
    </div>`;
}

/** Runs action(), then done(); keeps the server's refusal for ServerError. */
export function useAction(done) {
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const run = async (action) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      await done();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, run };
}

/** An idea's title (linked), author, date and text, for an item of a workspace list. */
export function IdeaSummary({ idea }) {
  return html`
    <h4><a href=${'/ideas/' + idea.id}>${idea.title}</a></h4>
    <p class="meta">${t('idea.by', { name: idea.author_name || t('idea.anonymous') })} · ${formatDate(idea.created)}</p>
    <p>${idea.body}</p>`;
}

/** Why a moderator hid an idea or a comment, if they said. */
export function Reason({ record }) {
  if (!record.moderation_reason && !record.moderation_note) return null;
  const reason = record.moderation_reason ? t('report.reason.' + record.moderation_reason) : '';
  return html`<p>${t('workspace.hiddenBecause')} ${[reason, record.moderation_note].filter(Boolean).join(': ')}</p>`;
}

/**
 * A required text area with a hint; missing shows the error text and ties it
 * to the field. The field's id is id; the hint and the error get id-hint and id-missing.
 */
export function RequiredText({ id, label, hint, missing, value, setValue, rows = 2, max = 2000 }) {
  const described = [hint && id + '-hint', missing && id + '-missing'].filter(Boolean).join(' ') || undefined;
  return html`
    <div class="field">
      <label for=${id}>${label}</label>
      ${hint && html`<p class="hint" id=${id + '-hint'}>${hint}</p>`}
      ${missing && html`<p class="error" id=${id + '-missing'}>${missing}</p>`}
      <textarea id=${id} rows=${rows} maxLength=${max} required value=${value}
        aria-describedby=${described} aria-invalid=${missing ? 'true' : undefined}
        onInput=${(e) => setValue(e.currentTarget.value)}></textarea>
    </div>`;
}

/**
 * A required choice among radio buttons: choices is [[value, label], ...];
 * each input has the id name-value; missing shows the error text.
 */
export function RequiredChoice({ name, legend, missing, value, setValue, choices }) {
  return html`
    <fieldset aria-describedby=${missing ? name + '-missing' : undefined}>
      <legend>${legend}</legend>
      ${missing && html`<p class="error" id=${name + '-missing'}>${missing}</p>`}
      <div class="choices">
        ${choices.map(([key, label]) => html`
          <label class="choice" key=${key}>
            <input type="radio" name=${name} id=${name + '-' + key} value=${key} checked=${value === key}
              onChange=${() => setValue(key)} />
            ${label}
          </label>`)}
      </div>
    </fieldset>`;
}

/** Sorts records with a name alphabetically, the German way. */
export const byName = (a, b) => a.name.localeCompare(b.name, 'de');

/**
 * A test whether a record may concern the organization: it lies in the
 * organization's regions, has no region of its own, or the regions are not known here.
 */
export const inRegionsOf = (organization) => (record) => {
  const regions = regionsOf(organization);
  return !('region' in record) || !regions.length || regions.some((r) => r.id === record.region);
};

/**
 * A PocketBase filter for records in the regions the organizations act in
 * (each region and its direct children, as hooks/roles.go); nothing when none.
 * It names every region rather than "region.parent", which would join the
 * regions and scan the whole table (tests/indexes_test.go); only a region
 * not yet on the device (before the first sync) is matched by its parent.
 */
export function inRegionsFilter(organizations) {
  const own = organizations.flatMap((o) => o?.regions || []);
  const known = regionsOf({ regions: own }).map((r) => `region='${r.id}'`);
  const unknown = own.filter((id) => !regionsById.value.has(id)).map((id) => `region='${id}' || region.parent='${id}'`);
  const parts = [...new Set([...known, ...unknown])];
  return parts.length ? '(' + parts.join(' || ') + ')' : "region=''";
}

/** The regions an organization acts in: its own and their direct children (as hooks/roles.go). */
export function regionsOf(organization) {
  const own = (organization?.regions || []).map((id) => regionsById.value.get(id)).filter(Boolean).sort(byName);
  return own.flatMap((r) => [r, ...data.regions.value.filter((child) => child.parent === r.id).sort(byName)]);
}

/**
 * The person's memberships for a workspace page, loaded afresh whenever they
 * are online. gate is what the page says instead of its content (signed out,
 * offline, no role yet or at all), or null once it can show it; hasRole
 * tells from the memberships whether the person has work here.
 */
export function useWorkspaceAccess(hasRole) {
  const online = useOnline();
  const [checked, setChecked] = useState(false);
  useEffect(() => {
    if (online && user.value) loadMemberships().catch(() => {}).finally(() => setChecked(true));
  }, [online, user.value?.id]);
  useInteractive(true);
  const mine = memberships.value;
  let gate = null;
  if (!user.value) gate = html`<p>${t('workspace.signIn')} <a href=${signInHref()}>${t('nav.signIn')}</a></p>`;
  else if (!online) gate = html`<p class="notice notice-offline">${t('workspace.offline')}</p>`;
  else if (!hasRole(mine)) gate = html`<p>${checked ? t('workspace.noRole') : t('common.loading')}</p>`;
  return { mine, gate };
}
