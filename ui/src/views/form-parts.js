// Pieces shared by the forms. Not in views/parts.js: no form is on the start
// page, so they stay out of its critical path.
import { html } from '../html.js';
import { errorMessage, t } from '../i18n/index.js';

/**
 * A labelled form field with an optional hint and error, wired for screen
 * readers; control(attributes) draws the input with those attributes.
 */
export function Field({ id, label, hint, error, control }) {
  const describedBy = [hint && id + '-hint', error && id + '-error'].filter(Boolean).join(' ') || undefined;
  return html`
    <div class="field">
      <label for=${id}>${label}</label>
      ${hint && html`<p class="hint" id=${id + '-hint'}>${hint}</p>`}
      ${error && html`<p class="error" id=${id + '-error'}>${error}</p>`}
      ${control({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? 'true' : undefined })}
    </div>`;
}

/** Field errors of an ApiError, by field name, in the person's language. */
export function fieldErrors(error) {
  const errors = {};
  for (const [field, item] of Object.entries(error?.data || {})) errors[field] = errorMessage(item);
  return errors;
}

/** A refusal of the server as a sentence. */
export function RejectionReason({ error }) {
  if (!error) return null;
  return html`<p class="error">${t('sync.reason')} ${errorMessage(error)}</p>`;
}
