// Reporting an idea or a comment to the moderators, folded away by default.
import { useState } from 'preact/hooks';
import { html } from '../html.js';
import { t } from '../i18n/index.js';
import { LIMITS, REPORT_REASONS } from '../domain.js';
import { report } from '../actions.js';

/** target is { idea } or { comment }; id prefixes the form's field ids. */
export function ReportForm({ target, id, label }) {
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const submit = async (event) => {
    event.preventDefault();
    if (!reason) {
      setError(t('report.reasonRequired'));
      document.getElementById(id + '-reason')?.focus();
      return;
    }
    await report(target, reason, note.trim());
  };
  return html`
    <details class="report">
      <summary>${label}</summary>
      <form class="stack" onSubmit=${submit} noValidate>
        <div class="field">
          <label for=${id + '-reason'}>${t('report.reason')}</label>
          ${error && html`<p class="error" id=${id + '-error'}>${error}</p>`}
          <select id=${id + '-reason'} value=${reason} aria-describedby=${error ? id + '-error' : undefined}
            aria-invalid=${error ? 'true' : undefined} onChange=${(e) => setReason(e.currentTarget.value)}>
            <option value="">${t('report.choose')}</option>
            ${REPORT_REASONS.map((r) => html`<option value=${r}>${t('report.reason.' + r)}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for=${id + '-note'}>${t('report.note')}</label>
          <p class="hint" id=${id + '-note-hint'}>${t('hint.reportNote', { max: LIMITS.note[1] })}</p>
          <textarea id=${id + '-note'} rows="2" maxLength=${LIMITS.note[1]} aria-describedby=${id + '-note-hint'}
            value=${note} onInput=${(e) => setNote(e.currentTarget.value)}></textarea>
        </div>
        <button type="submit">${t('report.submit')}</button>
      </form>
    </details>`;
}
