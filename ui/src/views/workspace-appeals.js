// Open appeals against hiding, in the moderator's regions. Another
// moderator than the one who hid the content decides: upheld shows the
// content again, rejected keeps it hidden; the reason goes into the
// moderation log (hooks/appeals.go). The update rule refuses the moderator
// who hid it; here that is only a hint, so the item says a colleague must decide.
import { useState } from 'preact/hooks';
import { html } from '../html.js';
import { formatDate, t } from '../i18n/index.js';
import { ApiError } from '../api.js';
import { user } from '../auth.js';
import { IdeaSummary, Reason, RequiredChoice, RequiredText, ServerError, call, list, useAction } from './workspace-parts.js';

/** The open appeals with the idea or comment they are about. */
export function loadAppeals(limit) {
  return list('appeals', "status='open'", { expand: 'idea,comment', sort: 'created', limit });
}

/** The server's refusal; its 404 on a decision means the rule refused it or it was decided meanwhile. */
function DecisionError({ error, id }) {
  if (error instanceof ApiError && error.status === 404) {
    return html`<p class="error" id=${id} role="alert">${t('workspace.appealRefused')}</p>`;
  }
  return html`<${ServerError} error=${error} id=${id} />`;
}

function DecisionForm({ appeal, done }) {
  const id = 'appeal-' + appeal.id;
  const [decision, setDecision] = useState('');
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState({});
  const { error, busy, run } = useAction(done);
  const submit = (event) => {
    event.preventDefault();
    const found = { decision: !decision, note: !note.trim() };
    setMissing(found);
    if (found.decision) return document.getElementById(id + '-decision-upheld')?.focus();
    if (found.note) return document.getElementById(id + '-note')?.focus();
    return run(() => call(`/api/collections/appeals/records/${encodeURIComponent(appeal.id)}`, {
      method: 'PATCH', body: { status: decision, decided_by: user.value.id, decision_note: note.trim() },
    }));
  };
  return html`
    <form class="stack workspace-form" onSubmit=${submit} noValidate>
      <${RequiredChoice} name=${id + '-decision'} legend=${t('workspace.appealDecision')} value=${decision} setValue=${setDecision}
        missing=${missing.decision && t('workspace.appealDecisionRequired')}
        choices=${['upheld', 'rejected'].map((value) => [value, t('workspace.appeal.' + value)])} />
      <${RequiredText} id=${id + '-note'} label=${t('workspace.appealNote')} hint=${t('workspace.appealNoteHint')}
        missing=${missing.note && t('workspace.appealNoteRequired')} value=${note} setValue=${setNote} />
      ${error && html`<${DecisionError} error=${error} id=${id + '-error'} />`}
      <button type="submit" disabled=${busy}>${t('workspace.appealDecide')}</button>
    </form>`;
}

/** One open appeal: what was hidden and why, the appeal's text, and the decision. */
export function AppealItem({ appeal, done }) {
  const idea = appeal.expand?.idea;
  const comment = appeal.expand?.comment;
  const target = idea || comment;
  const hidByMe = appeal.hidden_by && appeal.hidden_by === user.value?.id;
  return html`
    <li class="workspace-item">
      <p><strong>${t('workspace.appealFiled')}</strong> ${formatDate(appeal.created)}</p>
      ${idea && html`<${IdeaSummary} idea=${idea} />`}
      ${comment && html`<h4>${t('workspace.comment', { name: comment.author_name || t('idea.anonymous') })}</h4><p>${comment.body}</p>`}
      ${target && html`<${Reason} record=${target} />`}
      <blockquote><p>${appeal.text}</p></blockquote>
      ${hidByMe
        ? html`<p class="notice">${t('workspace.appealColleague')}</p>`
        : html`<${DecisionForm} appeal=${appeal} done=${done} />`}
    </li>`;
}
