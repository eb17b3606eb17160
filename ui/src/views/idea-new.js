// Submitting an idea. While the person types, similar existing ideas are
// shown (from the server when online, from the local data offline), so
// they can support one of those instead of writing it again.
import { useEffect, useState } from 'preact/hooks';
import { html } from '../html.js';
import { t } from '../i18n/index.js';
import { TOPICS, voteRefusal } from '../domain.js';
import { region } from '../prefs.js';
import { data, loaded, regionsById, view } from '../store/index.js';
import { useInteractive } from '../perf.js';
import { findSimilar, loadSimilar } from '../store/search.js';
import { castVote, submitIdea } from '../actions.js';
import { user } from '../auth.js';
import { navigate } from '../router.js';
import { RegionChooser } from './region.js';
import { servicesOf } from './services.js';
import { IdeaTextFields, ideaErrorFields, ideaErrors } from './idea-fields.js';
import { ErrorSummary, useForm } from './error-summary.js';
import { confirmContribution } from './confirmation-state.js';
import { StatusBadge, useTitle } from './parts.js';
import { Field } from './form-parts.js';
import { byServiceName, serviceName } from './service-name.js';

function useSimilar(text, place) {
  const [similar, setSimilar] = useState({ items: [], offline: false });
  // The offline check's lexicon arrives with the form, before it is needed.
  useEffect(() => {
    loadSimilar().catch(() => {});
  }, []);
  useEffect(() => {
    if (!place || text.trim().length < 12) {
      setSimilar({ items: [], offline: false });
      return;
    }
    let current = true;
    // Wait for a pause in typing: on a slow link every request counts.
    const timer = setTimeout(() => {
      const local = [...view.value.ideas.values()].filter((i) => i.sync === 'synced' && i.status && i.status !== 'submitted');
      findSimilar(text, place.id, local).then((r) => current && setSimilar(r)).catch(() => {});
    }, 600);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text, place?.id]);
  return similar;
}

function Similar({ similar }) {
  const ideas = similar.items.map((hit) => view.value.ideas.get(hit.id) || { ...hit, sync: 'synced' });
  return html`
    <section class="similar" aria-labelledby="similar-title">
      <h2 id="similar-title">${t('newIdea.similarTitle')}</h2>
      <div role="status">
        ${ideas.length === 0
          ? html`<p class="hint">${t('newIdea.similarNone')}</p>`
          : html`<p>${t(similar.offline ? 'newIdea.similarFoundOffline' : 'newIdea.similarFound', { count: ideas.length })}</p>`}
      </div>
      <ul class="ideas">
        ${ideas.map((idea) => {
          const vote = view.value.voted.get(idea.id);
          return html`
            <li key=${idea.id}>
              <article class="idea-card">
                <h3 class="idea-title"><a href=${'/ideas/' + idea.id}>${idea.title}</a></h3>
                <p class="meta"><${StatusBadge} status=${idea.status} /> <span>${t('ideas.votes', { count: idea.votes_count || 0 })}</span></p>
                ${vote?.voted
                  ? html`<p>${t('idea.youVoted')}</p>`
                  : !voteRefusal(idea) && html`
                    <button type="button" class="secondary" onClick=${() => castVote(idea.id)}>
                      ${t('newIdea.supportInstead')}<span class="visually-hidden">: ${idea.title}</span>
                    </button>`}
              </article>
            </li>`;
        })}
      </ul>
    </section>`;
}

export function IdeaNew() {
  const place = region.value;
  useTitle(t('newIdea.title'));
  useInteractive(loaded.value);
  const { form, set, errors, refused } = useForm(ideaErrors, { title: '', body: '', where: 'place', service: '', topic: '' });
  const similar = useSimilar(form.title + ' ' + form.body, place);
  if (!place) return html`<h1 tabindex="-1">${t('newIdea.title')}</h1><p>${t('region.needed')}</p><${RegionChooser} after="/ideas/new" />`;

  const districtName = regionsById.value.get(place.parent)?.name;
  const services = servicesOf(data.services.value, place).sort(byServiceName);
  const submit = async (event) => {
    if (refused(event)) return;
    const mutation = await submitIdea({
      title: form.title.trim(),
      body: form.body.trim(),
      region: form.where === 'district' && place.parent ? place.parent : place.id,
      service: form.service,
      topic: form.topic,
    });
    navigate('/ideas/' + mutation.args.id);
    confirmContribution('idea', [mutation.id]);
  };
  return html`
    <h1 tabindex="-1">${t('newIdea.title')}</h1>
    <p>${t('hint.newIdea')}</p>
    <form class="stack" onSubmit=${submit} noValidate>
      <${ErrorSummary} form=${errors} fields=${ideaErrorFields('idea')} />
      <${IdeaTextFields} prefix="idea" form=${form} set=${set} errors=${errors.errors}
        afterTitle=${html`<${Similar} similar=${similar} />`} />
      ${place.parent && html`
        <${Field} id="idea-where" label=${t('newIdea.whereLabel')} hint=${t('hint.where')} control=${(a) => html`
          <select ...${a} value=${form.where} onChange=${set('where')}>
            <option value="place">${place.name}</option>
            <option value="district">${t('newIdea.wholeDistrict', { name: districtName || '' })}</option>
          </select>`} />`}
      <${Field} id="idea-service" label=${t('newIdea.serviceLabel')} hint=${t('hint.service')} control=${(a) => html`
        <select ...${a} value=${form.service} onChange=${set('service')}>
          <option value="">${t('newIdea.none')}</option>
          ${services.map((s) => html`<option value=${s.id}>${serviceName(s)}</option>`)}
        </select>`} />
      <${Field} id="idea-topic" label=${t('newIdea.topicLabel')} hint=${t('hint.topic')} control=${(a) => html`
        <select ...${a} value=${form.topic} onChange=${set('topic')}>
          <option value="">${t('newIdea.none')}</option>
          ${TOPICS.map((topic) => html`<option value=${topic}>${t('topic.' + topic)}</option>`)}
        </select>`} />
      ${!user.value && html`<p class="hint">${t('hint.signedOut')}</p>`}
      <button type="submit">${t('newIdea.submit')}</button>
    </form>`;
}
