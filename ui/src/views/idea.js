// One idea: votes, comments, the public status history with the official
// responses, endorsements by Verbände, and where it was merged into.
import { useEffect, useState } from 'preact/hooks';
import { html } from '../html.js';
import { formatDate, t } from '../i18n/index.js';
import { LIMITS, canComment, canEdit, voteRefusal } from '../domain.js';
import { loaded, organizationsById, regionsById, servicesById, view } from '../store/index.js';
import { addComment, castVote, editComment, retractVote } from '../actions.js';
import { session, user } from '../auth.js';
import { request } from '../api.js';
import { region } from '../prefs.js';
import { useInteractive } from '../perf.js';
import { NotFound } from './not-found.js';
import { ReportForm } from './report.js';
import { AppealForm } from './appeal.js';
import { EditIdea } from './idea-edit.js';
import { StatusBadge, SyncBadge, useTitle } from './parts.js';
import { Field, RejectionReason } from './form-parts.js';
import { ServiceName } from './service-name.js';
import { HiddenNotice } from './record-parts.js';
import { ErrorSummary, useFormErrors } from './error-summary.js';
import { Confirmation } from './confirmation.js';
import { confirmContribution } from './confirmation-state.js';

function Votes({ idea }) {
  const vote = view.value.voted.get(idea.id);
  const refusal = voteRefusal(idea);
  const voted = !!vote?.voted;
  return html`
    <section class="votes" aria-labelledby="votes-title">
      <h2 id="votes-title" class="visually-hidden">${t('idea.votesTitle')}</h2>
      <p class="vote-count">${t('ideas.votes', { count: idea.votes_count || 0 })}</p>
      ${idea.sync !== 'synced' && !idea.status
        ? html`<p class="hint">${t('idea.voteAfterSync')}</p>`
        : refusal && !voted
          ? html`<p class="hint">${t('error.' + refusal)}</p>`
          : html`
            <button type="button" class=${voted ? 'secondary' : ''}
              onClick=${() => (voted ? retractVote(idea.id) : castVote(idea.id))}>
              ${voted ? t('idea.retract') : t('idea.vote')}
            </button>
            ${voted && html` <span>${t('idea.youVoted')}</span>`}
            ${vote?.sync === 'pending' && html` <${SyncBadge} item=${vote} />`}`}
      ${!user.value && html`<p class="hint">${t('hint.signedOut')}</p>`}
    </section>`;
}

function History({ history, organizationName }) {
  if (!history.length) return null;
  return html`
    <section aria-labelledby="history-title">
      <h2 id="history-title">${t('idea.history')}</h2>
      <ol class="history">
        ${history.map((change) => {
          const org = organizationName(change);
          return html`
            <li key=${change.id}>
              <p><strong>${t('status.' + change.to)}</strong> · ${formatDate(change.created)}${org && html` · ${org}`}</p>
              ${change.response && html`<blockquote><p>${change.response}</p></blockquote>`}
            </li>`;
        })}
      </ol>
    </section>`;
}

/** Why the idea was declined: the public response of the decision. */
function Declined({ history }) {
  const decision = [...history].reverse().find((change) => change.to === 'declined');
  return html`
    <div class="notice">
      <p><strong>${t('idea.declined')}</strong></p>
      ${decision?.response && html`<blockquote><p>${decision.response}</p></blockquote>`}
    </div>`;
}

function Endorsements({ endorsements, organizationName }) {
  if (!endorsements.length) return null;
  return html`
    <section aria-labelledby="endorsements-title">
      <h2 id="endorsements-title">${t('idea.endorsements')}</h2>
      <ul class="plain">
        ${endorsements.map((e) => html`
          <li key=${e.id}>
            <strong>${organizationName(e) || t('idea.unknownOrganization')}</strong>
            ${e.note && html`: ${e.note}`}
          </li>`)}
      </ul>
    </section>`;
}

/** The field errors of a comment, before it is queued (also when a refused one is fixed). */
export const commentErrors = ({ body }) => (body.trim() ? {} : { body: t('hint.commentRequired') });

function CommentForm({ idea }) {
  const [form, setForm] = useState({ body: '' });
  const errors = useFormErrors(commentErrors, form);
  const submit = async (event) => {
    event.preventDefault();
    if (errors.show(commentErrors(form))) return;
    const mutation = await addComment(idea.id, form.body.trim());
    setForm({ body: '' });
    confirmContribution('comment', [mutation.id]);
  };
  return html`
    <form class="stack" onSubmit=${submit} noValidate>
      <${ErrorSummary} form=${errors} fields=${[['body', 'comment-body']]} id="comment-errors" />
      <${Field} id="comment-body" label=${t('idea.commentLabel')} hint=${t('hint.comment', { max: LIMITS.comment[1] })}
        error=${errors.errors.body} control=${(a) => html`
          <textarea ...${a} rows="3" maxLength=${LIMITS.comment[1]} value=${form.body}
            onInput=${(e) => setForm({ body: e.currentTarget.value })}></textarea>`} />
      <button type="submit">${t('idea.commentSubmit')}</button>
    </form>`;
}

// The person's own visible comment, edited in place; the edit shows at once
// and waits in the outbox like every other change.
function CommentEdit({ comment, onDone }) {
  const [form, setForm] = useState({ body: comment.body });
  const errors = useFormErrors(commentErrors, form);
  const id = 'comment-edit-' + comment.id;
  const submit = async (event) => {
    event.preventDefault();
    if (errors.show(commentErrors(form))) return;
    await editComment(comment, form.body.trim());
    onDone();
  };
  return html`
    <form class="stack" onSubmit=${submit} noValidate>
      <${ErrorSummary} form=${errors} fields=${[['body', id]]} id=${id + '-errors'} />
      <${Field} id=${id} label=${t('idea.commentEdit')} error=${errors.errors.body} control=${(a) => html`
        <textarea ...${a} rows="3" maxLength=${LIMITS.comment[1]} value=${form.body}
          onInput=${(e) => setForm({ body: e.currentTarget.value })}></textarea>`} />
      <div class="inline">
        <button type="submit">${t('editIdea.save')}</button>
        <button type="button" class="secondary" onClick=${onDone}>${t('editIdea.cancel')}</button>
      </div>
    </form>`;
}

function Comments({ idea, comments }) {
  const reported = view.value.reported;
  const [editing, setEditing] = useState(null);
  const mine = (c) => c.author === user.value?.id && c.state === 'visible' && c.sync !== 'rejected';
  return html`
    <section aria-labelledby="comments-title">
      <h2 id="comments-title">${t('idea.commentsTitle', { count: comments.length })}</h2>
      ${comments.length === 0 && html`<p>${t('idea.noComments')}</p>`}
      <ul class="comments">
        ${comments.map((c) => html`
          <li key=${c.id}>
            <article class="comment">
              <p class="meta"><strong>${c.author_name || t('idea.anonymous')}</strong> <span>${formatDate(c.created)}</span> <${SyncBadge} item=${c} /></p>
              ${editing === c.id
                ? html`<${CommentEdit} comment=${c} onDone=${() => setEditing(null)} />`
                : html`<p class="body">${c.body}</p>`}
              ${mine(c) && editing !== c.id && html`
                <button type="button" class="secondary" onClick=${() => setEditing(c.id)}>${t('idea.commentEdit')}</button>`}
              ${c.sync === 'synced' && c.author !== user.value?.id && (reported.has(c.id)
                ? html`<p class="hint">${t('report.done')}</p>`
                : html`<${ReportForm} target=${{ comment: c.id }} id=${'report-' + c.id} label=${t('report.comment')} />`)}
            </article>
          </li>`)}
      </ul>
      ${canComment(idea) ? html`<${CommentForm} idea=${idea} />` : html`<p class="hint">${t('idea.commentsClosed')}</p>`}
    </section>`;
}

// On a first visit through a shared link nothing is stored yet: the idea
// then comes straight from the API, with its comments, history and
// endorsements, asked as the person, since an author sees their own hidden
// idea (to appeal) long before the first pull of a busy region reaches it.
function useRemoteIdea(id, wanted) {
  const [remote, setRemote] = useState(null);
  const token = session.value?.expired ? undefined : session.value?.token;
  useEffect(() => {
    if (!wanted || !navigator.onLine) return;
    const expand = 'comments_via_idea,status_changes_via_idea.organization,endorsements_via_idea.organization';
    request(`/api/collections/ideas/records/${encodeURIComponent(id)}?expand=${expand}`, { token })
      .then(setRemote)
      .catch(() => setRemote({ missing: true }));
  }, [id, wanted, token]);
  return remote;
}

const byCreated = (a, b) => (a.created < b.created ? -1 : 1);

/** The idea with everything the view shows, from the local data or the API. */
function useDetail(id) {
  const local = view.value.ideas.get(id);
  const remote = useRemoteIdea(id, loaded.value && !local);
  const orgs = organizationsById.value;
  if (local) {
    return {
      idea: local,
      comments: (view.value.comments.get(id) || []).filter((c) => c.sync !== 'rejected'),
      history: view.value.history.get(id) || [],
      endorsements: view.value.endorsements.get(id) || [],
      organizationName: (r) => orgs.get(r.organization)?.name,
    };
  }
  if (!remote || remote.missing) return remote;
  const { expand = {}, ...idea } = remote;
  return {
    idea: { ...idea, sync: 'synced' },
    comments: (expand.comments_via_idea || []).filter((c) => c.state === 'visible').sort(byCreated).map((c) => ({ ...c, sync: 'synced' })),
    history: (expand.status_changes_via_idea || []).sort(byCreated),
    endorsements: expand.endorsements_via_idea || [],
    organizationName: (r) => r.expand?.organization?.name || orgs.get(r.organization)?.name,
  };
}

export function Idea({ id }) {
  const detail = useDetail(id);
  const idea = detail?.idea;
  useTitle(idea?.title || t('nav.ideas'));
  const waiting = !idea && (!loaded.value || (detail === null && navigator.onLine));
  useInteractive(!waiting);
  if (!idea) {
    return waiting ? html`<p>${t('common.loading')}</p>` : html`<${NotFound} />`;
  }
  const place = regionsById.value.get(idea.region)?.name;
  const service = servicesById.value.get(idea.service);
  const target = idea.merged_into && view.value.ideas.get(idea.merged_into);
  const mine = idea.author && idea.author === user.value?.id;
  return html`
    <p><a href="/ideas">${t('idea.back')}</a></p>
    <${Confirmation} />
    <article class="idea">
      <h1 tabindex="-1">${idea.title}</h1>
      <p class="meta">
        <${StatusBadge} status=${idea.status} /> <${SyncBadge} item=${idea} />
        <span>${t('idea.by', { name: idea.author_name || t('idea.anonymous') })}</span>
        ${place && html`<span>${place}</span>`}
        <span>${formatDate(idea.created)}</span>
      </p>
      ${!region.value && html`<p class="notice">${t('idea.chooseRegion')} <a href="/region">${t('region.title')}</a></p>`}
      ${idea.sync === 'pending' && html`<p class="notice notice-pending">${t('idea.pendingNote')}</p>`}
      ${idea.sync === 'rejected' && html`
        <div class="notice notice-error"><${RejectionReason} error=${idea.mutation.error} /> <a href="/mine">${t('notice.review')}</a></div>`}
      ${idea.hidden && html`<${HiddenNotice} record=${idea} />`}
      ${idea.status === 'submitted' && !idea.hidden && html`<p class="notice">${t('idea.awaitingModeration')}</p>`}
      ${idea.status === 'declined' && html`<${Declined} history=${detail.history} />`}
      ${idea.status === 'merged' && html`
        <p class="notice">${t('idea.merged')} ${target ? html`<a href=${'/ideas/' + target.id}>${target.title}</a>` : html`<a href=${'/ideas/' + idea.merged_into}>${t('idea.mergedUnknown')}</a>`}</p>`}
      ${idea.sync === 'synced' && mine && idea.hidden && navigator.onLine && html`<${AppealForm} idea=${idea} />`}
      <div class="body">${idea.body}</div>
      ${canEdit(idea, user.value?.id) && html`<${EditIdea} key=${idea.id} idea=${idea} />`}
      ${(service || idea.topic) && html`
        <p class="meta">
          ${service && html`<span>${t('idea.service')} <a href=${'/services/' + service.id}><${ServiceName} service=${service} /></a></span>`}
          ${idea.topic && html`<span>${t('idea.topic')} ${t('topic.' + idea.topic)}</span>`}
        </p>`}
      ${idea.sync !== 'rejected' && html`<${Votes} idea=${idea} />`}
      <${Endorsements} endorsements=${detail.endorsements} organizationName=${detail.organizationName} />
      <${History} history=${detail.history} organizationName=${detail.organizationName} />
      ${idea.sync === 'synced' && html`<${Comments} idea=${idea} comments=${detail.comments} />`}

      ${idea.sync === 'synced' && !mine && (view.value.reported.has(idea.id)
        ? html`<p class="hint">${t('report.done')}</p>`
        : html`<${ReportForm} target=${{ idea: idea.id }} id="report-idea" label=${t('report.idea')} />`)}
    </article>`;
}
