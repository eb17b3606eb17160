// The themes across the municipalities of a district (hooks/themes): what
// people write about again and again, grouped across municipalities, so that
// staff see "11 municipalities: appointments by phone" instead of 40 entries.
// Only the district's moderators and staff (and those of its municipalities)
// may read them; everyone else does not get the section, and a person with a
// role elsewhere is told whose it is. The server sends k-anonymous figures
// only: a count of too few people is null, examples are public ideas.
import { html } from '../html.js';
import { formatNumber, t } from '../i18n/index.js';
import { ApiError } from '../api.js';
import { user } from '../auth.js';
import { hasWorkspace } from '../roles.js';
import { ServerError } from './workspace-parts.js';
import { useLoaded } from './loaded.js';

export function ThemesSection({ district }) {
  const allowed = !!user.value && hasWorkspace.value;
  const { data: answer, error } = useLoaded(allowed && district ? `/api/insight/themes?region=${encodeURIComponent(district)}` : '');
  if (!allowed) return null;
  const refused = error instanceof ApiError && error.status === 403;
  return html`
    <section aria-labelledby="insight-themes" class="stack insight-themes">
      <h2 id="insight-themes">${t('insight.themes.title')}</h2>
      <p>${t('insight.themes.intro')}</p>
      ${refused && html`<p class="notice">${t('insight.themes.onlyStaff')}</p>`}
      ${error && !refused && html`<${ServerError} error=${error} id="insight-themes-error" />`}
      ${!error && !answer && html`<p>${t('common.loading')}</p>`}
      ${answer && html`<p>${t('insight.themes.privacy', { k: answer.minGroupSize })}</p>`}
      ${answer && answer.items.length === 0 && html`<p class="notice">${t('insight.themes.none')}</p>`}
      ${answer && answer.items.length > 0 && html`
        <ol class="plain stack">
          ${answer.items.map((theme, i) => html`<li key=${i} class="insight-theme"><${Theme} theme=${theme} k=${answer.minGroupSize} /></li>`)}
        </ol>`}
    </section>`;
}

/** A count, or "fewer than k" where the server left it out. */
const count = (value, k) => (value == null ? t('insight.themes.fewerThan', { k }) : formatNumber(value, 0));

function Theme({ theme, k }) {
  const places = theme.municipalities;
  return html`
    <h3>${t('insight.themes.heading', { count: places.length, label: theme.label })}</h3>
    <dl class="insight-figures">
      <dt>${t('insight.themes.people')}</dt><dd>${formatNumber(theme.people, 0)}</dd>
      <dt>${t('insight.themes.ideas')}</dt><dd>${count(theme.ideas, k)}</dd>
      <dt>${t('insight.themes.feedback')}</dt><dd>${count(theme.feedback, k)}</dd>
      <dt>${t('insight.themes.trend')}</dt><dd>${t('insight.themes.trend.' + theme.trend)}</dd>
    </dl>
    <p>${t('insight.themes.where')} ${places.map((m) => (m.entries == null ? m.name : `${m.name} (${formatNumber(m.entries, 0)})`)).join(', ')}</p>
    ${(theme.examples || []).length > 0 && html`
      <p>${t('insight.themes.examples')}</p>
      <ul class="plain">
        ${theme.examples.map((idea) => html`<li key=${idea.id}><a href=${'/ideas/' + idea.id}>${idea.title}</a></li>`)}
      </ul>`}`;
}
