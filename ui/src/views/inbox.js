// The signed-in person's inbox: what happened to their ideas, votes and
// appeals, each marked as read on request, and whether the entries also
// come by email. Online only, with the plain REST API; the list rule of
// notifications shows each person only their own.
import { useEffect, useState } from 'preact/hooks';
import { html } from '../html.js';
import { formatDate, t } from '../i18n/index.js';
import { fetchAccount, updateAccount, user } from '../auth.js';
import { useInteractive } from '../perf.js';
import { signInHref, useOnline, useTitle } from './parts.js';
import { ServerError, call, useAction, useRefreshing } from './workspace-parts.js';

async function loadInbox() {
  const data = await call('/api/collections/notifications/records?sort=-created&skipTotal=1&perPage=100&expand=idea,target_idea');
  return data.items;
}

function Entry({ entry, done }) {
  const { error, busy, run } = useAction(done);
  const id = 'notification-' + entry.id;
  const idea = entry.expand?.idea;
  const target = entry.expand?.target_idea;
  const title = idea?.title || t('inbox.theIdea');
  const targetTitle = target?.title || t('inbox.theIdea');
  const sentence = t('inbox.kind.' + entry.kind, {
    title, target: targetTitle, status: entry.status ? t('status.' + entry.status) : '',
  });
  return html`
    <li class=${'workspace-item inbox-item' + (entry.read ? '' : ' unread')}>
      <p id=${id + '-text'}>${!entry.read && html`<strong>${t('inbox.new')}: </strong>`}${sentence}</p>
      ${entry.reason && html`<p>${t('inbox.reason')} ${entry.reason === 'reports' ? t('hidden.byReports') : t('report.reason.' + entry.reason)}</p>`}
      ${entry.note && html`<blockquote><p>${entry.note}</p></blockquote>`}
      <p class="meta">${formatDate(entry.created)}</p>
      <ul class="plain inbox-links">
        ${entry.idea && html`<li><a href=${'/ideas/' + entry.idea}>${t('inbox.open', { title })}</a></li>`}
        ${entry.target_idea && html`<li><a href=${'/ideas/' + entry.target_idea}>${t('inbox.openTarget', { title: targetTitle })}</a></li>`}
        ${entry.feedback && html`<li><a href="/mine#my-feedback-title">${t('inbox.openFeedback')}</a></li>`}
      </ul>
      ${!entry.read && html`
        <button type="button" class="secondary" disabled=${busy} aria-describedby=${id + '-text'}
          onClick=${() => run(() => call(`/api/collections/notifications/records/${entry.id}`, { method: 'PATCH', body: { read: true } }))}>
          ${t('inbox.markRead')}
        </button>`}
      <${ServerError} error=${error} id=${id + '-error'} />
    </li>`;
}

function EmailSetting() {
  const me = user.value;
  const [optOut, setOptOut] = useState(null);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    fetchAccount().then((record) => setOptOut(!!record?.email_opt_out), setError);
  }, [me.id]);
  const change = async (event) => {
    const checked = event.currentTarget.checked;
    const before = optOut;
    setOptOut(!checked);
    setBusy(true);
    setSaved(false);
    setError(null);
    try {
      const record = await updateAccount({ email_opt_out: !checked });
      setOptOut(!!record.email_opt_out);
      setSaved(true);
    } catch (err) {
      setOptOut(before);
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return html`
    <section aria-labelledby="inbox-settings-title">
      <h2 id="inbox-settings-title">${t('inbox.settingsTitle')}</h2>
      ${optOut === null && !error ? html`<p>${t('common.loading')}</p>` : html`
        <div class="field">
          <label class="choice">
            <input type="checkbox" id="inbox-email" checked=${optOut === false} disabled=${busy || optOut === null}
              aria-describedby="inbox-email-hint" onChange=${change} />
            ${t('inbox.email')}
          </label>
          <p class="hint" id="inbox-email-hint">${t('inbox.emailHint')}</p>
        </div>`}
      <p role="status" class="muted">${saved ? t('inbox.saved') : ''}</p>
      <${ServerError} error=${error} id="inbox-email-error" />
    </section>`;
}

function InboxList() {
  const { data, error, reload } = useRefreshing(loadInbox);
  return html`
    <section aria-labelledby="inbox-list-title">
      <h2 id="inbox-list-title">${t('inbox.listTitle')}</h2>
      <${ServerError} error=${error} id="inbox-error" />
      ${!data ? (!error && html`<p>${t('common.loading')}</p>`) : data.length === 0 ? html`<p class="muted">${t('inbox.none')}</p>` : html`
        <ul class="plain workspace-list">
          ${data.map((entry) => html`<${Entry} key=${entry.id} entry=${entry} done=${reload} />`)}
        </ul>`}
    </section>`;
}

export function Inbox() {
  useTitle(t('inbox.title'));
  const online = useOnline();
  useInteractive(true);
  let content;
  if (!user.value) content = html`<p>${t('inbox.signIn')} <a href=${signInHref()}>${t('nav.signIn')}</a></p>`;
  else if (!online) content = html`<p class="notice notice-offline">${t('inbox.offline')}</p>`;
  else content = html`<${InboxList} key=${user.value.id} /><${EmailSetting} key=${'email-' + user.value.id} />`;
  return html`
    <h1 tabindex="-1">${t('inbox.title')}</h1>
    ${content}`;
}
