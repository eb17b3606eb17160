// The account page: who is signed in, their data to take along (GDPR
// Art. 15 and 20) and deleting the account (Art. 17). Both need the server,
// so offline the buttons are disabled with a message saying so.
import { useEffect, useState } from 'preact/hooks';
import { signal } from '@preact/signals';
import { html } from '../html.js';
import { formatNumber, t } from '../i18n/index.js';
import { ApiError, request } from '../api.js';
import { forgetAccount, session, user } from '../auth.js';
import { rescope } from '../sync/index.js';
import { signInHref, useOnline, useTitle } from './parts.js';
import { Field, fieldErrors } from './form-parts.js';
import { useInteractive } from '../perf.js';

/** True once this device deleted its account, to say so on the page. */
const deleted = signal(false);

export function AccountPage() {
  useTitle(t('accountPage.title'));
  useInteractive(true);
  const online = useOnline();
  const me = user.value;
  if (!me) {
    return html`
      <h1 tabindex="-1">${t('accountPage.title')}</h1>
      ${deleted.value
        ? html`<p role="status" class="notice">${t('delete.done')}</p>`
        : html`<p><a href=${signInHref()}>${t('accountPage.signInFirst')}</a></p>`}`;
  }
  return html`
    <h1 tabindex="-1">${t('accountPage.title')}</h1>
    <p>${t('accountPage.signedInAs', { name: me.display_name, email: me.email || '' })}</p>
    ${!online && html`<p class="notice notice-warning" id="account-offline">${t('accountPage.offline')}</p>`}
    <${MyData} online=${online} />
    <${DeleteAccount} online=${online} />`;
}

/** Prepares the export as a file and offers it as a download link. */
function MyData({ online }) {
  const [state, setState] = useState({ busy: false, file: null, error: '' });
  useEffect(() => () => state.file && URL.revokeObjectURL(state.file.url), [state.file]);
  const prepare = async () => {
    setState({ busy: true, file: null, error: '' });
    try {
      const data = await request('/api/me/export', { token: session.value.token, timeout: 120000 });
      const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
      setState({ busy: false, file: { url: URL.createObjectURL(blob), size: blob.size }, error: '' });
    } catch (error) {
      setState({ busy: false, file: null, error: error instanceof ApiError ? error.message : t('accountPage.offline') });
    }
  };
  return html`
    <section aria-labelledby="export-title" class="stack">
      <h2 id="export-title">${t('export.title')}</h2>
      <p>${t('export.intro')}</p>
      <button type="button" class="secondary" onClick=${prepare} disabled=${!online || state.busy}
        aria-describedby=${online ? undefined : 'account-offline'}>
        ${state.busy ? t('export.preparing') : t('export.prepare')}
      </button>
      <div role="status">
        ${state.file && html`
          <p>${t('export.ready')}${' '}
            <a href=${state.file.url} download="mitwirken-daten.json" class="download">
              ${t('export.download', { size: formatNumber(Math.max(1, Math.round(state.file.size / 1024))) })}
            </a>
          </p>`}
        ${state.error && html`<p class="error">${state.error}</p>`}
      </div>
    </section>`;
}

/** Deletes the account after the person confirms with their password. */
function DeleteAccount({ online }) {
  const [password, setPassword] = useState('');
  const [withContributions, setWithContributions] = useState(false);
  const [state, setState] = useState({ busy: false, fields: {}, message: '' });
  const submit = async (event) => {
    event.preventDefault();
    setState({ busy: true, fields: {}, message: '' });
    try {
      await request('/api/me/delete', {
        method: 'POST',
        token: session.value.token,
        body: { password, delete_contributions: withContributions },
      });
      deleted.value = true;
      await forgetAccount();
      rescope();
    } catch (error) {
      const fields = error instanceof ApiError ? fieldErrors(error) : {};
      const message = error instanceof ApiError ? (Object.keys(fields).length ? '' : error.message) : t('accountPage.offline');
      setState({ busy: false, fields, message });
    }
  };
  return html`
    <section aria-labelledby="delete-title" class="stack">
      <h2 id="delete-title">${t('delete.title')}</h2>
      <ul>
        <li>${t('delete.private')}</li>
        <li>${t('delete.public')}</li>
        <li>${t('delete.devices')}</li>
        <li>${t('delete.final')}</li>
      </ul>
      <form class="stack" onSubmit=${submit}>
        <div role="alert">${state.message && html`<p class="error">${state.message}</p>`}</div>
        <div class="field">
          <label class="choice">
            <input type="checkbox" id="delete-contributions" checked=${withContributions} aria-describedby="delete-contributions-hint"
              onChange=${(e) => setWithContributions(e.currentTarget.checked)} />
            ${t('delete.contributions')}
          </label>
          <p class="hint" id="delete-contributions-hint">${t('delete.contributionsHint')}</p>
        </div>
        <${Field} id="delete-password" label=${t('delete.password')} error=${state.fields.password} control=${(a) => html`
          <input ...${a} type="password" autocomplete="current-password" required value=${password}
            onInput=${(e) => setPassword(e.currentTarget.value)} />`} />
        <button type="submit" class="danger" disabled=${!online || state.busy}
          aria-describedby=${online ? undefined : 'account-offline'}>${t('delete.submit')}</button>
      </form>
    </section>`;
}
