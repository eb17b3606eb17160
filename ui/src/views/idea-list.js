// A list of ideas as cards: title, status, place, votes, comments, sync state.
import { html } from '../html.js';
import { t } from '../i18n/index.js';
import { regionsById } from '../store/index.js';
import { StatusBadge, SyncBadge } from './parts.js';

export function IdeaCard({ idea, level = '2' }) {
  const Heading = 'h' + level;
  // Before the first pull there are no regions stored; a REST page names the place itself.
  const place = regionsById.value.get(idea.region)?.name || idea.placeName;
  return html`
    <article class="idea-card">
      <${Heading} class="idea-title"><a href=${'/ideas/' + idea.id}>${idea.title}</a></${Heading}>
      <p class="meta">
        <${StatusBadge} status=${idea.status} /> <${SyncBadge} item=${idea} />
        ${place && html`<span>${place}</span>`}
        <span>${t('ideas.votes', { count: idea.votes_count || 0 })}</span>
        <span>${t('ideas.comments', { count: idea.comments_count || 0 })}</span>
      </p>
    </article>`;
}

export function IdeaList({ ideas, level = '2' }) {
  return html`
    <ul class="ideas">
      ${ideas.map((idea) => html`<li key=${idea.id}><${IdeaCard} idea=${idea} level=${level} /></li>`)}
    </ul>`;
}
