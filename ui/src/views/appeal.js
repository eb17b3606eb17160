// The appeal against hiding: the author of a hidden idea explains once why
// it should be shown again; a moderator other than the one who hid it
// decides. Online only; the server says when an appeal exists already.
import { useState } from 'preact/hooks';
import { html } from '../html.js';
import { t } from '../i18n/index.js';
import { user } from '../auth.js';
import { ServerError, call } from './workspace-parts.js';

const MIN = 10;
const MAX = 2000;

export function AppealForm({ idea }) {
  const [text, setText] = useState('');
  const [short, setShort] = useState(false);
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  if (done) return html`<p class="notice" role="status">${t('appeal.done')}</p>`;
  const submit = async (event) => {
    event.preventDefault();
    const value = text.trim();
    if (value.length < MIN) {
      setShort(true);
      document.getElementById('appeal-text')?.focus();
      return;
    }
    setShort(false);
    setBusy(true);
    setError(null);
    try {
      await call('/api/collections/appeals/records', { method: 'POST', body: { appellant: user.value.id, idea: idea.id, text: value } });
      setDone(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const described = ['appeal-hint', short && 'appeal-short'].filter(Boolean).join(' ');
  return html`
    <section aria-labelledby="appeal-title">
      <h2 id="appeal-title">${t('appeal.title')}</h2>
      <form class="stack" onSubmit=${submit} noValidate>
        <div class="field">
          <label for="appeal-text">${t('appeal.label')}</label>
          <p class="hint" id="appeal-hint">${t('appeal.hint', { min: MIN, max: MAX })}</p>
          ${short && html`<p class="error" id="appeal-short">${t('appeal.short', { min: MIN })}</p>`}
          <textarea id="appeal-text" rows="4" maxLength=${MAX} value=${text}
            aria-describedby=${described} aria-invalid=${short ? 'true' : undefined}
            onInput=${(e) => setText(e.currentTarget.value)}></textarea>
        </div>
        <${ServerError} error=${error} id="appeal-error" />
        <button type="submit" disabled=${busy}>${t('appeal.submit')}</button>
      </form>
    </section>`;
}
