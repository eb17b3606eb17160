// The one error summary of every form (the GOV.UK pattern): when a form is
// refused, a box at its top lists what is wrong, each entry a link to its
// field, and takes the focus, so screen reader and keyboard users hear it and
// can go straight to each field. The fields show their own error too (Field).
// While the person corrects a field, its error goes away.
import { useEffect, useRef, useState } from 'preact/hooks';
import { html } from '../html.js';
import { t } from '../i18n/index.js';

const NONE = { errors: {}, message: '', shown: 0, values: null };

/**
 * The errors of a form. validate(values) -> { field: message } is checked
 * again whenever values change, and a field the person changed loses its
 * error once it is valid. A server's errors on a field the person did not
 * touch stay.
 */
export function useFormErrors(validate, values) {
  const [state, setState] = useState(NONE);
  useEffect(() => {
    if (!state.shown || !validate) return;
    const found = validate(values);
    setState((s) => {
      const kept = {};
      for (const [field, message] of Object.entries(s.errors)) {
        if (found[field]) kept[field] = found[field];
        else if (s.values?.[field] === values[field]) kept[field] = message;
      }
      const same = Object.keys(kept).length === Object.keys(s.errors).length &&
        Object.entries(kept).every(([field, message]) => s.errors[field] === message);
      return same ? s : { ...s, errors: kept };
    });
  }, [values]);
  return {
    errors: state.errors,
    message: state.message,
    shown: state.shown,
    /** Shows the errors found (and a message for the whole form); true when there is anything to show. */
    show(found, message = '') {
      setState((s) => ({ errors: found, message, shown: s.shown + 1, values }));
      return Object.keys(found).length > 0 || !!message;
    },
    clear() {
      setState(NONE);
    },
  };
}

/**
 * A form's values with their errors (useFormErrors). set(field) is the input
 * handler of a field; refused(event) stops the browser's submit and shows what
 * validate finds, true when the form must not be sent.
 */
export function useForm(validate, initial) {
  const [form, setForm] = useState(initial);
  const errors = useFormErrors(validate, form);
  const set = (field) => (event) => {
    const { value } = event.currentTarget;
    setForm((current) => ({ ...current, [field]: value }));
  };
  const refused = (event) => {
    event.preventDefault();
    return errors.show(validate(form));
  };
  return { form, setForm, set, errors, refused };
}

/** Puts the focus on a field and brings its label into view. */
function goTo(event, id) {
  const field = document.getElementById(id);
  if (!field) return;
  event.preventDefault();
  field.focus();
  (field.closest('fieldset, .field') || field).scrollIntoView({ block: 'start' });
}

/**
 * The summary of form (from useFormErrors). fields lists [error key, field
 * id] in the order of the form; messageField is where the form's own message
 * links to. id names the box (one per page).
 */
export function ErrorSummary({ form, fields, messageField, id = 'error-summary' }) {
  const box = useRef(null);
  const entries = fields.filter(([key]) => form.errors[key]).map(([key, field]) => [form.errors[key], field]);
  const linked = new Set(fields.map(([key]) => key));
  for (const [key, message] of Object.entries(form.errors)) if (!linked.has(key)) entries.push([message, null]);
  if (form.message) entries.unshift([form.message, messageField]);
  const visible = entries.length > 0;
  useEffect(() => {
    if (visible && form.shown) box.current?.focus();
  }, [form.shown]);
  if (!visible) return null;
  return html`
    <div class="error-summary" ref=${box} tabindex="-1" role="alert" aria-labelledby=${id + '-title'}>
      <h2 id=${id + '-title'}>${t('form.problem')}</h2>
      <ul>
        ${entries.map(([message, field]) => html`
          <li>${field ? html`<a href=${'#' + field} onClick=${(e) => goTo(e, field)}>${message}</a>` : message}</li>`)}
      </ul>
    </div>`;
}
