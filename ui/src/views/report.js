// Reporting an idea or a comment to the moderators, folded away by default.
import { html } from '../html.js';
import { t } from '../i18n/index.js';
import { LIMITS, REPORT_REASONS } from '../domain.js';
import { report } from '../actions.js';
import { ErrorSummary, useForm } from './error-summary.js';
import { confirmContribution } from './confirmation-state.js';
import { Field } from './form-parts.js';

const reportErrors = ({ reason }) => (reason ? {} : { reason: t('report.reasonRequired') });

/** target is { idea } or { comment }; id prefixes the form's field ids. */
export function ReportForm({ target, id, label }) {
  const { form, set, errors, refused } = useForm(reportErrors, { reason: '', note: '' });
  const submit = async (event) => {
    if (refused(event)) return;
    const mutation = await report(target, form.reason, form.note.trim());
    confirmContribution('report', [mutation.id]);
  };
  return html`
    <details class="report">
      <summary>${label}</summary>
      <form class="stack" onSubmit=${submit} noValidate>
        <${ErrorSummary} form=${errors} fields=${[['reason', id + '-reason']]} id=${id + '-errors'} />
        <${Field} id=${id + '-reason'} label=${t('report.reason')} error=${errors.errors.reason} control=${(a) => html`
          <select ...${a} value=${form.reason} onChange=${set('reason')}>
            <option value="">${t('report.choose')}</option>
            ${REPORT_REASONS.map((r) => html`<option value=${r}>${t('report.reason.' + r)}</option>`)}
          </select>`} />
        <${Field} id=${id + '-note'} label=${t('report.note')} hint=${t('hint.reportNote', { max: LIMITS.note[1] })} control=${(a) => html`
          <textarea ...${a} rows="2" maxLength=${LIMITS.note[1]} value=${form.note} onInput=${set('note')}></textarea>`} />
        <button type="submit">${t('report.submit')}</button>
      </form>
    </details>`;
}
