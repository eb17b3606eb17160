// The title and body of an idea, as a new idea, an edit and an entry made
// for someone else all ask for them: the same fields, hints and checks.
import { html } from '../html.js';
import { t } from '../i18n/index.js';
import { LIMITS } from '../domain.js';
import { Field } from './form-parts.js';

/** The field errors of an idea's title and body, before anything is queued. */
export function ideaErrors({ title, body }) {
  const errors = {};
  if (title.trim().length < LIMITS.title[0]) errors.title = t('hint.titleShort', { min: LIMITS.title[0] });
  if (body.trim().length < LIMITS.body[0]) errors.body = t('hint.bodyShort', { min: LIMITS.body[0] });
  return errors;
}

/** The error summary's links to the title and body fields of IdeaTextFields. */
export const ideaErrorFields = (prefix) => [['title', prefix + '-title'], ['body', prefix + '-body']];

/**
 * The title and body fields with ids prefix-title and prefix-body;
 * afterTitle shows between them (the similar ideas, in view on a phone while
 * the title is typed).
 */
export function IdeaTextFields({ prefix, form, set, errors, rows = 8, afterTitle = null }) {
  return html`
    <${Field} id=${prefix + '-title'} label=${t('newIdea.titleLabel')} hint=${t('hint.title', { min: LIMITS.title[0], max: LIMITS.title[1] })}
      error=${errors.title} control=${(a) => html`
        <input ...${a} type="text" required maxLength=${LIMITS.title[1]} value=${form.title} onInput=${set('title')} />`} />
    ${afterTitle}
    <${Field} id=${prefix + '-body'} label=${t('newIdea.bodyLabel')} hint=${t('hint.body', { min: LIMITS.body[0], max: LIMITS.body[1] })}
      error=${errors.body} control=${(a) => html`
        <textarea ...${a} rows=${rows} required maxLength=${LIMITS.body[1]} value=${form.body} onInput=${set('body')}></textarea>`} />`;
}
