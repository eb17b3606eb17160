// Editing one's own idea while it waits for moderation. The change goes to
// the outbox like everything else and shows at once; if the idea was
// published meanwhile, the server refuses and "Meine Beiträge" says so.
import { useState } from 'preact/hooks';
import { html } from '../html.js';
import { t } from '../i18n/index.js';
import { editIdea } from '../actions.js';
import { IdeaTextFields, ideaErrorFields, ideaErrors } from './idea-fields.js';
import { ErrorSummary, useForm } from './error-summary.js';

export function EditIdea({ idea }) {
  const [open, setOpen] = useState(false);
  const { form, setForm, set, errors, refused } = useForm(ideaErrors, { title: idea.title, body: idea.body });
  if (!open) {
    return html`
      <p><button type="button" class="secondary" onClick=${() => {
        setForm({ title: idea.title, body: idea.body });
        errors.clear();
        setOpen(true);
      }}>${t('editIdea.open')}</button></p>`;
  }
  const submit = async (event) => {
    if (refused(event)) return;
    await editIdea(idea, { title: form.title.trim(), body: form.body.trim() });
    setOpen(false);
    document.querySelector('h1')?.focus();
  };
  return html`
    <form class="stack" onSubmit=${submit} noValidate aria-labelledby="edit-idea-title">
      <h2 id="edit-idea-title">${t('editIdea.title')}</h2>
      <p class="hint">${t('editIdea.hint')}</p>
      <${ErrorSummary} form=${errors} fields=${ideaErrorFields('edit')} id="edit-errors" />
      <${IdeaTextFields} prefix="edit" form=${form} set=${set} errors=${errors.errors} />
      <div class="inline">
        <button type="submit">${t('editIdea.save')}</button>
        <button type="button" class="secondary" onClick=${() => setOpen(false)}>${t('editIdea.cancel')}</button>
      </div>
    </form>`;
}
