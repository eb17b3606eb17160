// Entering a contribution for someone who is not online: a member of a
// verified organization takes down an idea or a rating in a consultation
// hour (assisted) or from a paper form. It goes through the outbox like the
// person's own contributions, so it works without a signal in a village
// hall; the memberships it offers are the ones kept on the device
// (roles.js). Only that the person consented is recorded, never who they are.
import { useState } from 'preact/hooks';
import { html } from '../html.js';
import { formatDate, t } from '../i18n/index.js';
import { TOPICS } from '../domain.js';
import { region as chosenRegion } from '../prefs.js';
import { data, loaded, servicesById, view } from '../store/index.js';
import { entryOrganizations } from '../roles.js';
import { rateService, submitIdea } from '../actions.js';
import { user } from '../auth.js';
import { useInteractive } from '../perf.js';
import { RatingFields } from './service.js';
import { servicesOf } from './services.js';
import { IdeaTextFields, ideaErrors } from './idea-fields.js';
import { StatusBadge, SyncBadge, signInHref, useTitle } from './parts.js';
import { Field } from './form-parts.js';
import { serviceName } from './service-name.js';
import { RegionChooser } from './region.js';
import { RequiredChoice, byName, regionsOf } from './workspace-parts.js';
import { ErrorSummary, useFormErrors } from './error-summary.js';
import { Confirmation } from './confirmation.js';
import { confirmContribution } from './confirmation-state.js';

function validate(form) {
  const errors = {};
  if (form.kind === 'idea') {
    Object.assign(errors, ideaErrors(form));
  } else {
    if (!form.service) errors.service = t('assisted.serviceRequired');
    if (!form.rating) errors.rating = t('rate.ratingRequired');
  }
  if (!form.consent) errors.consent = t('assisted.consentRequired');
  return errors;
}

// The fields the error summary links to, in form order.
const ERROR_FIELDS = [['title', 'entry-title'], ['body', 'entry-body'], ['service', 'entry-service'], ['rating', 'rating-1'], ['consent', 'entry-consent']];

function IdeaFields({ form, set, errors }) {
  return html`
    <${IdeaTextFields} prefix="entry" form=${form} set=${set} errors=${errors} rows=${6} />
    <${Field} id="entry-topic" label=${t('newIdea.topicLabel')} control=${(a) => html`
      <select ...${a} value=${form.topic} onChange=${set('topic')}>
        <option value="">${t('newIdea.none')}</option>
        ${TOPICS.map((topic) => html`<option value=${topic}>${t('topic.' + topic)}</option>`)}
      </select>`} />`;
}

function FeedbackFields({ form, set, setForm, errors, place }) {
  const services = place ? servicesOf(data.services.value, place).sort(byName) : [];
  const toggle = (key) => setForm((f) => ({ ...f, barriers: f.barriers.includes(key) ? f.barriers.filter((b) => b !== key) : [...f.barriers, key] }));
  return html`
    <${Field} id="entry-service" label=${t('assisted.service')} error=${errors.service} control=${(a) => html`
      <select ...${a} required value=${form.service} onChange=${set('service')}>
        <option value="">${t('report.choose')}</option>
        ${services.map((s) => html`<option value=${s.id}>${serviceName(s)}</option>`)}
      </select>`} />
    <${RatingFields} rating=${form.rating} setRating=${(rating) => setForm((f) => ({ ...f, rating }))}
      barriers=${form.barriers} toggle=${toggle} text=${form.text} setText=${(text) => setForm((f) => ({ ...f, text }))}
      other=${form.barrierOther} setOther=${(barrierOther) => setForm((f) => ({ ...f, barrierOther }))}
      error=${errors.rating} />`;
}

const EMPTY = { title: '', body: '', topic: '', service: '', rating: 0, barriers: [], barrierOther: '', text: '', consent: false };

function EntryForm({ organizations }) {
  const [form, setForm] = useState({
    kind: 'idea', channel: 'assisted', organization: organizations[0].id, region: '', ...EMPTY,
  });
  const errors = useFormErrors(validate, form);
  const organization = organizations.find((o) => o.id === form.organization) || organizations[0];
  const regions = regionsOf(organization);
  const fallback = regions.find((r) => r.id === chosenRegion.value?.id) || regions[0];
  const place = regions.find((r) => r.id === form.region) || fallback;
  const set = (field) => (event) => {
    const { value } = event.currentTarget;
    setForm((f) => ({ ...f, [field]: value }));
  };
  const choose = (field) => (value) => setForm((f) => ({ ...f, [field]: value }));
  if (!place) return html`<p>${t('common.loading')}</p>`; // the catalogue is not synced yet

  const submit = async (event) => {
    event.preventDefault();
    if (errors.show(validate(form))) return;
    const entry = { channel: form.channel, organization: organization.id, consent: form.consent };
    const mutation = form.kind === 'idea'
      ? await submitIdea({ title: form.title.trim(), body: form.body.trim(), region: place.id, topic: form.topic }, entry)
      : await rateService({ service: form.service, region: place.id, rating: form.rating, text: form.text.trim(), barriers: form.barriers, barrierOther: form.barrierOther }, entry);
    setForm((f) => ({ ...f, ...EMPTY }));
    confirmContribution(form.kind === 'idea' ? 'entryIdea' : 'entryFeedback', [mutation.id]);
  };

  return html`
    <form class="stack" onSubmit=${submit} noValidate>
      <${ErrorSummary} form=${errors} fields=${ERROR_FIELDS} id="entry-errors" />
      <${RequiredChoice} name="kind" legend=${t('assisted.kind')} value=${form.kind} setValue=${choose('kind')}
        choices=${[['idea', t('assisted.kindIdea')], ['feedback', t('assisted.kindFeedback')]]} />
      <${RequiredChoice} name="channel" legend=${t('assisted.channel')} value=${form.channel} setValue=${choose('channel')}
        choices=${[['assisted', t('assisted.channelAssisted')], ['paper', t('assisted.channelPaper')]]} />
      <${Field} id="entry-organization" label=${t('assisted.organization')} control=${(a) => html`
        <select ...${a} value=${organization.id} onChange=${(e) => {
          const { value } = e.currentTarget;
          setForm((f) => ({ ...f, organization: value, region: '', service: '' }));
        }}>
          ${organizations.map((o) => html`<option value=${o.id}>${o.name}</option>`)}
        </select>`} />
      <${Field} id="entry-region" label=${t('assisted.region')} control=${(a) => html`
        <select ...${a} value=${place?.id || ''} onChange=${(e) => {
          const { value } = e.currentTarget;
          setForm((f) => ({ ...f, region: value, service: '' }));
        }}>
          ${regions.map((r) => html`<option value=${r.id}>${r.name}</option>`)}
        </select>`} />
      ${form.kind === 'idea'
        ? html`<${IdeaFields} form=${form} set=${set} errors=${errors.errors} />`
        : html`<${FeedbackFields} form=${form} set=${set} setForm=${setForm} errors=${errors.errors} place=${place} />`}
      <div class="field">
        ${errors.errors.consent && html`<p class="error" id="entry-consent-error">${errors.errors.consent}</p>`}
        <label class="choice">
          <input type="checkbox" id="entry-consent" required checked=${form.consent}
            aria-describedby=${['entry-consent-hint', errors.errors.consent && 'entry-consent-error'].filter(Boolean).join(' ')}
            aria-invalid=${errors.errors.consent ? 'true' : undefined}
            onChange=${(e) => {
              const { checked } = e.currentTarget;
              setForm((f) => ({ ...f, consent: checked }));
            }} />
          ${t('assisted.consent')}
        </label>
        <p class="hint" id="entry-consent-hint">${t('assisted.consentHint')}</p>
      </div>
      <button type="submit">${t('assisted.submit')}</button>
    </form>`;
}

/** What the person entered for others, with its state: waiting, refused, or on the server. */
function Entries() {
  const { ideas, feedback } = view.value.entries;
  const services = servicesById.value;
  if (!ideas.length && !feedback.length) return null;
  return html`
    <section aria-labelledby="entries-title">
      <h2 id="entries-title">${t('assisted.entries')}</h2>
      <ul class="plain">
        ${ideas.map((idea) => html`
          <li key=${idea.id}>
            <a href=${'/ideas/' + idea.id}>${t('mine.what.idea', { title: idea.title })}</a>
            ${' '}<${StatusBadge} status=${idea.status} /> <${SyncBadge} item=${idea} /> <span class="muted">${formatDate(idea.created)}</span>
          </li>`)}
        ${feedback.map((f) => html`
          <li key=${f.id}>
            ${t('mine.what.feedback', { name: serviceName(services.get(f.service)), rating: f.rating })}
            ${' '}<${SyncBadge} item=${f} /> <span class="muted">${formatDate(f.created)}</span>
          </li>`)}
      </ul>
      ${[...ideas, ...feedback].some((item) => item.sync === 'rejected') && html`<p><a href="/mine">${t('notice.review')}</a></p>`}
    </section>`;
}

export function Assisted() {
  useTitle(t('assisted.title'));
  useInteractive(loaded.value);
  const organizations = entryOrganizations.value;
  let content;
  if (!user.value) content = html`<p>${t('assisted.signIn')} <a href=${signInHref()}>${t('nav.signIn')}</a></p>`;
  else if (!organizations.length) content = html`<p>${t('assisted.noOrganization')}</p>`;
  // The regions come with the synced catalogue, which needs a chosen municipality.
  else if (!chosenRegion.value) content = html`<p>${t('region.needed')}</p><${RegionChooser} after="/assisted" />`;
  else if (!loaded.value) content = html`<p>${t('common.loading')}</p>`;
  else content = html`<${EntryForm} organizations=${organizations} /><${Entries} />`;
  return html`
    <${Confirmation} />
    <h1 tabindex="-1">${t('assisted.title')}</h1>
    <p>${t('assisted.intro')}</p>
    ${content}`;
}
