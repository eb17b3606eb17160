// My contributions with their sync state: what waits for a connection, what
// the server refused (with the reason, to fix or discard), and what is there.
import { useEffect, useRef, useState } from 'preact/hooks';
import { html } from '../html.js';
import { formatDate, t } from '../i18n/index.js';
import { LIMITS } from '../domain.js';
import { data, loaded, pulledScope, servicesById, view } from '../store/index.js';
import { district, region } from '../prefs.js';
import { useInteractive } from '../perf.js';
import { discardMutation, fixMutation } from '../actions.js';
import { user } from '../auth.js';
import { StatusBadge, SyncBadge, signInHref, useTitle } from './parts.js';
import { Field, RejectionReason } from './form-parts.js';
import { ServiceName, serviceName } from './service-name.js';
import { FeedbackAnswer, HiddenNotice } from './record-parts.js';
import { ErrorSummary, useFormErrors } from './error-summary.js';
import { ideaErrors } from './idea-fields.js';
import { commentErrors } from './idea.js';

// The fields of each mutation type a person can correct after a refusal, and
// the checks of its form, the same as when it was first written.
const IDEA_FIELDS = [['title', 'newIdea.titleLabel', 'input'], ['body', 'newIdea.bodyLabel', 'textarea']];
const noErrors = () => ({});
const EDITABLE = {
  'idea.create': { fields: IDEA_FIELDS, check: ideaErrors },
  'idea.update': { fields: IDEA_FIELDS, check: ideaErrors },
  'comment.create': { fields: [['body', 'idea.commentLabel', 'textarea']], check: commentErrors },
  'comment.update': { fields: [['body', 'idea.commentLabel', 'textarea']], check: commentErrors },
  'feedback.create': { fields: [['text', 'rate.text', 'textarea']], check: noErrors },
  'report.create': { fields: [['note', 'report.note', 'textarea']], check: noErrors },
};

/** A short description of a queued mutation: "Idee „…“", "Stimme für „…“". */
function describe(m) {
  const idea = (id) => view.value.ideas.get(id)?.title || t('mine.unknownIdea');
  switch (m.type) {
    case 'idea.create':
      return t('mine.what.idea', { title: m.args.title });
    case 'idea.update':
      return t('mine.what.edit', { title: m.args.title || idea(m.args.id) });
    case 'comment.create':
      return t('mine.what.comment', { title: idea(m.args.idea) });
    case 'comment.update':
      return t('mine.what.comment', { title: idea([...view.value.comments.values()].flat().find((c) => c.id === m.args.id)?.idea) });
    case 'vote.cast':
      return t('mine.what.vote', { title: idea(m.args.idea) });
    case 'vote.retract':
      return t('mine.what.retract', { title: idea(m.args.idea) });
    case 'feedback.create':
      return t('mine.what.feedback', { name: serviceName(servicesById.value.get(m.args.service)), rating: m.args.rating });
    case 'report.create':
      return t('mine.what.report');
    default:
      return m.type;
  }
}

function Fix({ mutation, onDone }) {
  const { fields, check } = EDITABLE[mutation.type];
  const [values, setValues] = useState(Object.fromEntries(fields.map(([name]) => [name, mutation.args[name] || ''])));
  const errors = useFormErrors(check, values);
  const idOf = (name) => `fix-${mutation.id}-${name}`;
  const submit = async (event) => {
    event.preventDefault();
    if (errors.show(check(values))) return;
    await fixMutation(mutation.id, values);
    onDone();
  };
  return html`
    <form class="stack fix" onSubmit=${submit} noValidate>
      <${ErrorSummary} form=${errors} fields=${fields.map(([name]) => [name, idOf(name)])} id=${idOf('errors')} />
      ${fields.map(([name, label, kind]) => html`
        <${Field} id=${idOf(name)} label=${t(label)} error=${errors.errors[name]} control=${(a) => {
          const attrs = { ...a, value: values[name], onInput: (e) => setValues({ ...values, [name]: e.currentTarget.value }) };
          return kind === 'input' ? html`<input type="text" maxLength=${LIMITS.title[1]} ...${attrs} />` : html`<textarea rows="4" ...${attrs}></textarea>`;
        }} />`)}
      <button type="submit">${t('mine.sendAgain')}</button>
    </form>`;
}

/**
 * Discarding asks first: a queued contribution exists only on this device,
 * and once discarded it is gone for good.
 */
function Discard({ mutation, onDiscarded }) {
  const [asking, setAsking] = useState(false);
  const question = useRef(null);
  const opener = useRef(null);
  const asked = useRef(false);
  useEffect(() => {
    // Focus follows: to the question, and back to the button after "keep".
    if (asking) question.current?.focus();
    else if (asked.current) opener.current?.focus();
    asked.current = asking;
  }, [asking]);
  if (!asking) {
    return html`
      <button type="button" class="secondary" ref=${opener} onClick=${() => setAsking(true)}>
        ${t('mine.discard')}<span class="visually-hidden">: ${describe(mutation)}</span>
      </button>`;
  }
  const id = 'discard-' + mutation.id;
  return html`
    <div class="discard-confirm" role="group" aria-labelledby=${id}>
      <p id=${id} tabindex="-1" ref=${question}>${t('mine.discardQuestion', { what: describe(mutation) })}</p>
      <div class="inline">
        <button type="button" class="danger" onClick=${async () => {
          await discardMutation(mutation.id);
          onDiscarded(describe(mutation));
        }}>${t('mine.discardYes')}</button>
        <button type="button" class="secondary" onClick=${() => setAsking(false)}>${t('mine.discardNo')}</button>
      </div>
    </div>`;
}

function Queued({ mutation, onDiscarded }) {
  const [fixing, setFixing] = useState(false);
  const rejected = mutation.state === 'rejected';
  const canFix = rejected && EDITABLE[mutation.type];
  return html`
    <li class=${rejected ? 'queued rejected' : 'queued'}>
      <p><span>${describe(mutation)}</span> <${SyncBadge} item=${{ sync: mutation.state }} /></p>
      ${rejected && html`<${RejectionReason} error=${mutation.error} />`}
      <div class="inline">
        ${canFix && !fixing && html`<button type="button" onClick=${() => setFixing(true)}>${t('mine.fix')}</button>`}
        <${Discard} mutation=${mutation} onDiscarded=${onDiscarded} />
      </div>
      ${fixing && html`<${Fix} mutation=${mutation} onDone=${() => setFixing(false)} />`}
    </li>`;
}

export function Mine() {
  useTitle(t('mine.title'));
  useInteractive(loaded.value);
  const me = user.value;
  const [discardedWhat, setDiscardedWhat] = useState('');
  const said = useRef(null);
  useEffect(() => {
    if (discardedWhat) said.current?.focus(); // the discarded item and its buttons are gone
  }, [discardedWhat]);
  const { mutations, ideas, comments, feedback, voted } = view.value;
  const rejected = mutations.filter((m) => m.state === 'rejected');
  const pending = mutations.filter((m) => m.state === 'pending');
  const myIdeas = [...ideas.values()].filter((i) => i.sync === 'synced' && me && i.author === me.id);
  const myComments = [...comments.values()].flat().filter((c) => c.sync === 'synced' && me && c.author === me.id);
  const myFeedback = feedback.filter((f) => f.sync === 'synced');
  const myVotes = [...voted.entries()].filter(([, v]) => v.voted && v.sync === 'synced').map(([id]) => ideas.get(id)).filter(Boolean);
  // Until a pull for this person has caught up, an empty list is not yet
  // known to be empty: a first visit, or the first since signing in. Without
  // a municipality nothing is pulled, and nothing will come.
  const caughtUp = !region.value || (loaded.value && me && pulledScope.value === `${district.value}|${me.id}`);
  const none = caughtUp ? html`<p>${t('mine.none')}</p>`
    : html`<p role="status">${t(navigator.onLine ? 'mine.loading' : 'mine.loadingOffline')}</p>`;
  return html`
    <h1 tabindex="-1">${t('mine.title')}</h1>
    <p role="status" tabindex="-1" ref=${said}>${discardedWhat && t('mine.discarded', { what: discardedWhat })}</p>
    ${!me && html`<p>${t('mine.signedOut')} <a href=${signInHref()}>${t('nav.signIn')}</a></p>`}
    <section aria-labelledby="rejected-title">
      <h2 id="rejected-title">${t('mine.rejected')}</h2>
      ${rejected.length === 0 ? html`<p>${t('mine.noneRejected')}</p>` : html`
        <p>${t('mine.rejectedHelp')}</p>
        <ul class="plain">${rejected.map((m) => html`<${Queued} key=${m.id} mutation=${m} onDiscarded=${setDiscardedWhat} />`)}</ul>`}
    </section>
    <section aria-labelledby="pending-title">
      <h2 id="pending-title">${t('mine.pending')}</h2>
      ${pending.length === 0 ? html`<p>${t(discardedWhat ? 'mine.noneWaiting' : 'mine.nonePending')}</p>` : html`
        <ul class="plain">${pending.map((m) => html`<${Queued} key=${m.id} mutation=${m} onDiscarded=${setDiscardedWhat} />`)}</ul>`}
    </section>
    ${me && html`
      <section aria-labelledby="my-ideas-title">
        <h2 id="my-ideas-title">${t('mine.ideas')}</h2>
        ${myIdeas.length === 0 ? none : html`
          <ul class="plain">${myIdeas.map((i) => html`
            <li key=${i.id}><a href=${'/ideas/' + i.id}>${i.title}</a> ${!i.hidden && html`<${StatusBadge} status=${i.status} />`}
              ${i.hidden && html`<${HiddenNotice} record=${i} appeal=${'/ideas/' + i.id + '#appeal-title'} />`}</li>`)}</ul>`}
      </section>
      <section aria-labelledby="my-comments-title">
        <h2 id="my-comments-title">${t('mine.comments')}</h2>
        ${myComments.length === 0 ? none : html`
          <ul class="plain">${myComments.map((c) => html`
            <li key=${c.id}>${t('mine.commentOn')} <a href=${'/ideas/' + c.idea}>${ideas.get(c.idea)?.title || t('mine.unknownIdea')}</a>: ${c.body}
              ${c.state === 'hidden' && html`<${HiddenNotice} record=${c} />`}</li>`)}</ul>`}
      </section>
      <section aria-labelledby="my-votes-title">
        <h2 id="my-votes-title">${t('mine.votes')}</h2>
        ${myVotes.length === 0 ? none : html`
          <ul class="plain">${myVotes.map((i) => html`<li key=${i.id}><a href=${'/ideas/' + i.id}>${i.title}</a></li>`)}</ul>`}
      </section>
      <section aria-labelledby="my-feedback-title">
        <h2 id="my-feedback-title">${t('mine.feedback')}</h2>
        ${myFeedback.length === 0 ? none : html`
          <ul class="plain">${myFeedback.map((f) => html`
            <li key=${f.id} class="my-feedback"><a href=${'/services/' + f.service}>${servicesById.value.get(f.service) && html`<${ServiceName} service=${servicesById.value.get(f.service)} />`}</a>:
              ${t('service.myRating', { rating: f.rating, date: formatDate(f.created) })}
              <${FeedbackAnswer} feedback=${f} /></li>`)}</ul>`}
      </section>
      ${data.reports.value.length > 0 && html`
        <section aria-labelledby="my-reports-title">
          <h2 id="my-reports-title">${t('mine.reports')}</h2>
          <p>${t('mine.reportsCount', { count: data.reports.value.length })}</p>
        </section>`}`}`;
}
