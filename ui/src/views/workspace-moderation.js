// The moderation queue: ideas awaiting pre-moderation, open appeals, open
// reports, hidden ideas and comments to restore, and the open ideas of the
// organization's regions to endorse or merge. The API rules limit every list
// and every action to the moderator's regions, and keep moderators from
// deciding about their own content. Each card shows its main action; the
// others wait behind "Weitere Aktionen". Each decision is confirmed.
import { useState } from 'preact/hooks';
import { html } from '../html.js';
import { formatDate, t } from '../i18n/index.js';
import { LIMITS, REPORT_REASONS } from '../domain.js';
import { user } from '../auth.js';
import {
  IdeaSummary, Reason, RequiredText, ServerError, Shown, call, inRegionsFilter, inRegionsOf, list, shownCount, useAction, useRefreshing,
} from './workspace-parts.js';
import { AppealItem, loadAppeals } from './workspace-appeals.js';
import { Endorse } from './workspace-endorse.js';
import { Merge } from './workspace-merge.js';

const OPEN = "status!='submitted' && status!='implemented' && status!='declined' && status!='merged' && hidden=false";


// What a colleague changes in the queue: publishing and hiding ideas, hiding
// comments, reports, appeals and their decisions, endorsements.
const QUEUE_TOPICS = ['ideas/*', 'comments/*', 'reports/*', 'appeals/*', 'endorsements/*'];

async function loadQueue(organization, limit) {
  const [submitted, appeals, reports, hiddenIdeas, hiddenComments, open] = await Promise.all([
    // A hidden idea has been decided: it leaves the ideas waiting for approval, and its reports.
    list('ideas', "status='submitted' && hidden=false", { sort: 'created', limit }),
    loadAppeals(limit),
    list('reports', "dismissed=false && ((idea!='' && idea.hidden=false) || (comment!='' && comment.state='visible'))",
      { expand: 'idea,comment', sort: 'created', limit }),
    list('ideas', 'hidden=true', { limit }),
    list('comments', "state='hidden'", { limit }),
    list('ideas', `${OPEN} && ${inRegionsFilter([organization])}`, { limit }),
  ]);
  // The organization's endorsements of the open ideas shown, whatever their number elsewhere.
  const shownIds = open.slice(0, limit).map((idea) => `idea='${idea.id}'`);
  const endorsements = shownIds.length
    ? await list('endorsements', `organization='${organization.id}' && (${shownIds.join(' || ')})`, { limit })
    : [];
  return {
    submitted, appeals, reports, hiddenIdeas, hiddenComments, open,
    endorsements: new Map(endorsements.map((e) => [e.idea, e])),
  };
}

const path = (kind, id) => `/api/collections/${kind}/records/${encodeURIComponent(id)}`;

/** Hides an idea or a comment with a reason from the list and a free note. */
function HideForm({ kind, record, done }) {
  const id = `hide-${kind}-${record.id}`;
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const { error, busy, run } = useAction(done);
  const submit = (event) => {
    event.preventDefault();
    if (!reason) {
      setMissing(true);
      document.getElementById(id + '-reason')?.focus();
      return;
    }
    setMissing(false);
    const state = kind === 'ideas' ? { hidden: true } : { state: 'hidden' };
    run(() => call(path(kind, record.id), { method: 'PATCH', body: { ...state, moderation_reason: reason, moderation_note: note.trim() } }));
  };
  return html`
    <form class="stack workspace-form" onSubmit=${submit} noValidate>
      <div class="field">
        <label for=${id + '-reason'}>${t('workspace.hideReason')}</label>
        ${missing && html`<p class="error" id=${id + '-missing'}>${t('report.reasonRequired')}</p>`}
        <select id=${id + '-reason'} value=${reason} aria-invalid=${missing ? 'true' : undefined}
          aria-describedby=${missing ? id + '-missing' : undefined} onChange=${(e) => setReason(e.currentTarget.value)}>
          <option value="">${t('report.choose')}</option>
          ${REPORT_REASONS.map((r) => html`<option value=${r}>${t('report.reason.' + r)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for=${id + '-note'}>${t('workspace.hideNote')}</label>
        <textarea id=${id + '-note'} rows="2" maxLength=${LIMITS.note[1]} value=${note}
          onInput=${(e) => setNote(e.currentTarget.value)}></textarea>
      </div>
      <${ServerError} error=${error} id=${id + '-error'} />
      <button type="submit" disabled=${busy}>${t('workspace.hide')}</button>
    </form>`;
}

function Publish({ idea, organization, done }) {
  const { error, busy, run } = useAction(done);
  const publish = () => run(() => call('/api/collections/status_changes/records', {
    method: 'POST', body: { idea: idea.id, to: 'published', actor: user.value.id, organization },
  }));
  return html`
    <${ServerError} error=${error} id=${'publish-' + idea.id + '-error'} />
    <button type="button" disabled=${busy} onClick=${publish}>${t('workspace.publish')}</button>`;
}

function Restore({ kind, record, done }) {
  const { error, busy, run } = useAction(done);
  const body = kind === 'ideas' ? { hidden: false } : { state: 'visible' };
  return html`
    <${ServerError} error=${error} id=${'restore-' + record.id + '-error'} />
    <button type="button" class="secondary" disabled=${busy}
      onClick=${() => run(() => call(path(kind, record.id), { method: 'PATCH', body }))}>${t('workspace.restore')}</button>`;
}

/** Dismisses a report with a reason; the content stays visible. */
function DismissForm({ report, done }) {
  const id = 'dismiss-' + report.id;
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const { error, busy, run } = useAction(done);
  const submit = (event) => {
    event.preventDefault();
    if (!reason.trim()) {
      setMissing(true);
      document.getElementById(id + '-reason')?.focus();
      return;
    }
    setMissing(false);
    run(() => call(path('reports', report.id), { method: 'PATCH', body: { dismissed: true, dismiss_reason: reason.trim() } }));
  };
  return html`
    <form class="stack workspace-form" onSubmit=${submit} noValidate>
      <${RequiredText} id=${id + '-reason'} label=${t('workspace.dismissReason')} hint=${t('workspace.dismissHint')}
        missing=${missing && t('workspace.dismissReasonRequired')} value=${reason} setValue=${setReason} max=${1000} />
      <${ServerError} error=${error} id=${id + '-error'} />
      <button type="submit" disabled=${busy}>${t('workspace.dismiss')}</button>
    </form>`;
}

/** Secondary actions of a card, folded away behind one button. */
function More({ label = t('workspace.moreActions'), children }) {
  return html`<details class="more-actions"><summary>${label}</summary><div class="stack">${children}</div></details>`;
}

function ReportItem({ report, confirm }) {
  const idea = report.expand?.idea;
  const comment = report.expand?.comment;
  const reason = t('report.reason.' + report.reason) + (report.note ? ': ' + report.note : '');
  const target = idea || comment;
  const own = target?.author && target.author === user.value?.id;
  return html`
    <li class="workspace-item">
      <p><strong>${t('workspace.reportedFor')}</strong> ${reason} · ${formatDate(report.created)}</p>
      ${idea && html`<${IdeaSummary} idea=${idea} />`}
      ${comment && html`<h4>${t('workspace.comment', { name: comment.author_name || t('idea.anonymous') })}</h4><p>${comment.body}</p>`}
      ${own ? html`<p class="hint">${t('workspace.ownContent')}</p>` : html`
        <${More} label=${t('workspace.dismissOpen')}>
          <${DismissForm} report=${report} done=${confirm('workspace.confirm.dismissed')} />
        </${More}>
        <${More} label=${t('workspace.hideOpen')}>
          <${HideForm} kind=${idea ? 'ideas' : 'comments'} record=${target} done=${confirm('workspace.confirm.hidden')} />
        </${More}>`}
    </li>`;
}

/** One list of the queue; render draws an item, showMore asks for more of every list. */
function Section({ id, title, items, empty, limit, render, showMore }) {
  return html`
    <section aria-labelledby=${id}>
      <h3 id=${id}>${title} (${shownCount(items, limit)})</h3>
      ${items.length === 0 ? html`<p class="muted">${empty}</p>` : html`<${Shown} items=${items} limit=${limit} render=${render} showMore=${showMore} />`}
    </section>`;
}

/** The moderation queue; organization is the moderator's organization record. */
export function ModerationQueue({ organization }) {
  const { data, error, reload, limit, showMore } = useRefreshing((n) => loadQueue(organization, n), QUEUE_TOPICS, inRegionsOf(organization));
  const [confirmation, setConfirmation] = useState('');
  // After a decision the item leaves its list; the sentence says what happened.
  const confirm = (key) => async () => {
    await reload();
    setConfirmation(t(key));
  };
  const lists = { limit, showMore };
  return html`
    <section aria-labelledby="moderation-title">
      <h2 id="moderation-title">${t('workspace.moderationTitle')}</h2>
      <p role="status" class=${confirmation ? 'notice notice-done' : 'visually-hidden'}>${confirmation}</p>
      <${ServerError} error=${error} id="moderation-error" />
      ${!data ? (!error && html`<p>${t('common.loading')}</p>`) : html`
        <${Section} id="submitted-title" title=${t('workspace.submitted')} items=${data.submitted} empty=${t('workspace.noneSubmitted')} ...${lists}
          render=${(idea) => html`
            <li key=${idea.id} class="workspace-item">
              <${IdeaSummary} idea=${idea} />
              <${Publish} idea=${idea} organization=${organization.id} done=${confirm('workspace.confirm.published')} />
              <${More}>
                <${HideForm} kind="ideas" record=${idea} done=${confirm('workspace.confirm.hidden')} />
                <${Merge} idea=${idea} organization=${organization.id} done=${confirm('workspace.confirm.merged')} />
              </${More}>
            </li>`} />
        <${Section} id="appeals-title" title=${t('workspace.appeals')} items=${data.appeals} empty=${t('workspace.noneAppeals')} ...${lists}
          render=${(appeal) => html`<${AppealItem} key=${appeal.id} appeal=${appeal} done=${reload} />`} />
        <${Section} id="reports-title" title=${t('workspace.reports')} items=${data.reports} empty=${t('workspace.noneReports')} ...${lists}
          render=${(report) => html`<${ReportItem} key=${report.id} report=${report} confirm=${confirm} />`} />
        <${Section} id="hidden-ideas-title" title=${t('workspace.hiddenIdeas')} items=${data.hiddenIdeas} empty=${t('workspace.noneHidden')} ...${lists}
          render=${(idea) => html`
            <li key=${idea.id} class="workspace-item">
              <${IdeaSummary} idea=${idea} />
              <${Reason} record=${idea} />
              <${Restore} kind="ideas" record=${idea} done=${confirm('workspace.confirm.restored')} />
            </li>`} />
        <${Section} id="hidden-comments-title" title=${t('workspace.hiddenComments')} items=${data.hiddenComments} empty=${t('workspace.noneHidden')} ...${lists}
          render=${(comment) => html`
            <li key=${comment.id} class="workspace-item">
              <h4>${t('workspace.comment', { name: comment.author_name || t('idea.anonymous') })}</h4>
              <p>${comment.body}</p>
              <${Reason} record=${comment} />
              <${Restore} kind="comments" record=${comment} done=${confirm('workspace.confirm.restored')} />
            </li>`} />
        <${Section} id="open-ideas-title" title=${t('workspace.openIdeas')} items=${data.open} empty=${t('workspace.noneOpen')} ...${lists}
          render=${(idea) => html`
            <li key=${idea.id} class="workspace-item">
              <${IdeaSummary} idea=${idea} />
              <${Endorse} idea=${idea} organization=${organization} endorsement=${data.endorsements.get(idea.id)} done=${reload} />
              <${More}>
                <${Merge} idea=${idea} organization=${organization.id} done=${confirm('workspace.confirm.merged')} />
              </${More}>
            </li>`} />`}
    </section>`;
}
