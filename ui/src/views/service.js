// One service: its rating summary, and the form to rate it and report barriers.
import { useEffect, useState } from 'preact/hooks';
import { html } from '../html.js';
import { formatDate, t } from '../i18n/index.js';
import { BARRIERS, LIMITS } from '../domain.js';
import { region } from '../prefs.js';
import { loaded, organizationsById, servicesById, view } from '../store/index.js';
import { feedbackStats, loadFeedbackStats, loadServiceSummary } from '../store/stats.js';
import { rateService } from '../actions.js';
import { user } from '../auth.js';
import { RegionChooser } from './region.js';
import { useInteractive } from '../perf.js';
import { NotFound } from './not-found.js';
import { SyncBadge, useTitle } from './parts.js';
import { RejectionReason } from './form-parts.js';
import { ServiceName, serviceName } from './service-name.js';
import { FeedbackAnswer, RatingSummary } from './record-parts.js';
import { ErrorSummary, useFormErrors } from './error-summary.js';
import { Confirmation } from './confirmation.js';
import { confirmContribution } from './confirmation-state.js';

const ratingErrors = ({ rating }) => (rating ? {} : { rating: t('rate.ratingRequired') });

/**
 * The fields of a rating: stars, barriers and a free text. The form around
 * them keeps the state; error is the message when no star was chosen.
 */
export function RatingFields({ rating, setRating, barriers, toggle, other = '', setOther, text, setText, error }) {
  return html`
    <fieldset aria-describedby=${error ? 'rating-error' : undefined}>
      <legend>${t('rate.ratingLegend')}</legend>
      ${error && html`<p class="error" id="rating-error">${error}</p>`}
      <div class="choices">
        ${[1, 2, 3, 4, 5].map((n) => html`
          <label class="choice">
            <input type="radio" name="rating" id=${'rating-' + n} value=${n} checked=${rating === n}
              onChange=${() => setRating(n)} />
            ${t('rate.value' + n)}
          </label>`)}
      </div>
    </fieldset>
    <fieldset>
      <legend>${t('rate.barriersLegend')}</legend>
      <p class="hint">${t('hint.barriers')}</p>
      ${BARRIERS.map((key) => html`
        <label class="choice">
          <input type="checkbox" name="barriers" value=${key} checked=${barriers.includes(key)} onChange=${() => toggle(key)} />
          ${t('barrier.' + key)}
        </label>`)}
      ${barriers.includes('other') && setOther && html`
        <div class="field">
          <label for="barrier-other">${t('rate.barrierOther')}</label>
          <input type="text" id="barrier-other" maxLength=${LIMITS.barrierOther[1]} value=${other}
            onInput=${(e) => setOther(e.currentTarget.value)} />
        </div>`}
    </fieldset>
    <div class="field">
      <label for="feedback-text">${t('rate.text')}</label>
      <p class="hint" id="feedback-text-hint">${t('hint.feedbackText', { max: LIMITS.feedbackText[1] })}</p>
      <textarea id="feedback-text" rows="4" maxLength=${LIMITS.feedbackText[1]} aria-describedby="feedback-text-hint"
        value=${text} onInput=${(e) => setText(e.currentTarget.value)}></textarea>
    </div>`;
}

/**
 * Who reads a rating's text: the staff of the municipality's administration
 * and the moderators of the Verbände acting there (the feedback list rule).
 */
function Readers({ place }) {
  const acting = [...organizationsById.value.values()].filter((o) => o.verified &&
    (o.regions || []).some((id) => id === place.id || id === place.parent));
  const staff = acting.filter((o) => o.kind === 'kommune').map((o) => o.name);
  const moderators = acting.filter((o) => o.kind !== 'kommune').map((o) => o.name);
  return html`<p class="hint" id="feedback-readers">${t('rate.readers', {
    staff: staff.length ? staff.join(', ') : t('rate.readersStaffOf', { name: place.name }),
    moderators: moderators.length ? moderators.join(', ') : t('rate.readersNone'),
  })}</p>`;
}

/** The error summary's link to the first star of RatingFields. */
export const RATING_FIELD = ['rating', 'rating-1'];

function RatingForm({ service, place }) {
  const [rating, setRating] = useState(0);
  const [barriers, setBarriers] = useState([]);
  const [other, setOther] = useState('');
  const [text, setText] = useState('');
  const errors = useFormErrors(ratingErrors, { rating });
  const toggle = (key) => setBarriers(barriers.includes(key) ? barriers.filter((b) => b !== key) : [...barriers, key]);
  const submit = async (event) => {
    event.preventDefault();
    if (errors.show(ratingErrors({ rating }))) return;
    const mutation = await rateService({ service: service.id, region: place.id, rating, text: text.trim(), barriers, barrierOther: other });
    setRating(0);
    setBarriers([]);
    setOther('');
    setText('');
    confirmContribution('rating', [mutation.id]);
  };
  return html`
    <form class="stack" onSubmit=${submit} noValidate>
      <${Readers} place=${place} />
      <${ErrorSummary} form=${errors} fields=${[RATING_FIELD]} id="rating-errors" />
      <${RatingFields} rating=${rating} setRating=${setRating} barriers=${barriers} toggle=${toggle}
        other=${other} setOther=${setOther} text=${text} setText=${setText} error=${errors.errors.rating} />
      ${!user.value && html`<p class="hint">${t('hint.signedOut')}</p>`}
      <button type="submit">${t('rate.submit')}</button>
    </form>`;
}

export function Service({ id }) {
  const place = region.value;
  const service = servicesById.value.get(id);
  useTitle(serviceName(service) || t('nav.services'));
  useInteractive(loaded.value);
  useEffect(() => {
    if (!place) return;
    loadFeedbackStats(place.id).then(() => loadServiceSummary(id, place.id));
  }, [id, place?.id]);
  if (!place) return html`<h1 tabindex="-1">${t('nav.services')}</h1><p>${t('region.needed')}</p><${RegionChooser} after=${'/services/' + id} />`;
  if (!service) return loaded.value ? html`<${NotFound} />` : html`<p>${t('common.loading')}</p>`;
  const summary = feedbackStats.value.region === place.id ? feedbackStats.value.rows.get(id) : null;
  const mine = view.value.feedback.filter((f) => f.service === id && f.region === place.id);
  return html`
    <p><a href="/services">${t('service.back')}</a></p>
    <${Confirmation} />
    <h1 tabindex="-1"><${ServiceName} service=${service} /></h1>
    ${service.summary && html`<p>${service.summary}</p>`}
    ${service.link && html`<p><a href=${service.link} rel="noopener">${t('service.link')}</a></p>`}
    <h2>${t('service.summaryTitle', { name: place.name })}</h2>
    <${RatingSummary} summary=${summary} />
    ${mine.length > 0 && html`
      <h2>${t('service.mine')}</h2>
      <ul class="plain">
        ${mine.map((f) => html`
          <li key=${f.id}>
            ${t('service.myRating', { rating: f.rating, date: formatDate(f.created) })} <${SyncBadge} item=${f} />
            ${f.sync === 'rejected' && html`<${RejectionReason} error=${f.mutation.error} />`}
            <${FeedbackAnswer} feedback=${f} />
          </li>`)}
      </ul>`}
    <h2>${t('rate.title')}</h2>
    <${RatingForm} service=${service} place=${place} />`;
}
