// The appeal against hiding: the author of a hidden idea explains once why
// it should be shown again; a moderator other than the one who hid it
// decides. Online only; the server says when an appeal exists already.
import { useState } from 'preact/hooks';
import { html } from '../html.js';
import { t } from '../i18n/index.js';
import { user } from '../auth.js';
import { ServerError, call } from './workspace-parts.js';
import { ErrorSummary, useFormErrors } from './error-summary.js';
import { confirmContribution } from './confirmation-state.js';
import { Field } from './form-parts.js';

const MIN = 10;
const MAX = 2000;

const appealErrors = ({ text }) => (text.trim().length < MIN ? { text: t('appeal.short', { min: MIN }) } : {});

export function AppealForm({ idea }) {
  const [form, setForm] = useState({ text: '' });
  const errors = useFormErrors(appealErrors, form);
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  if (done) return html`<p class="notice" role="status">${t('appeal.done')}</p>`;
  const submit = async (event) => {
    event.preventDefault();
    if (errors.show(appealErrors(form))) return;
    const value = form.text.trim();
    setBusy(true);
    setError(null);
    try {
      await call('/api/collections/appeals/records', { method: 'POST', body: { appellant: user.value.id, idea: idea.id, text: value } });
      setDone(true);
      confirmContribution('appeal');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return html`
    <section aria-labelledby="appeal-title">
      <h2 id="appeal-title">${t('appeal.title')}</h2>
      <form class="stack" onSubmit=${submit} noValidate>
        <${ErrorSummary} form=${errors} fields=${[['text', 'appeal-text']]} id="appeal-errors" />
        <${Field} id="appeal-text" label=${t('appeal.label')} hint=${t('appeal.hint', { min: MIN, max: MAX })} error=${errors.errors.text}
          control=${(a) => html`
            <textarea ...${a} rows="4" maxLength=${MAX} value=${form.text}
              onInput=${(e) => setForm({ text: e.currentTarget.value })}></textarea>`} />
        <${ServerError} error=${error} id="appeal-error" />
        <button type="submit" disabled=${busy}>${t('appeal.submit')}</button>
      </form>
    </section>`;
}
