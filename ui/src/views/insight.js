// Insight across municipalities: the comparison of one service across a
// district (/insight) and the transparency page of a region
// (/transparenz/:region). Both read public, k-anonymous figures from the
// server (hooks/insight); below the comparison, the district's moderators
// and staff see its themes (insight-themes.js). The charts are SVG drawn
// there, so this chunk carries no chart code. Every chart has a text
// summary, its data as a table and as CSV. The service worker keeps the
// answers for reading offline.
import { useEffect, useState } from 'preact/hooks';
// The views' chunk first: its German texts, and its modules, so that this
// chunk splits nothing off the start page's critical path.
import './deferred.js';
import { html } from '../html.js';
import { formatNumber, locale, t } from '../i18n/index.js';
import { navigate, route } from '../router.js';
import { region } from '../prefs.js';
import { data } from '../store/index.js';
import { useInteractive } from '../perf.js';
import { useTitle } from './parts.js';
import { byServiceName, serviceName } from './service-name.js';
import { ServerError } from './workspace-parts.js';
import { useLoaded } from './loaded.js';
import { ThemesSection } from './insight-themes.js';

const CHARTS = ['ratings', 'trend', 'barriers'];
const BARRIERS = ['screenreader', 'complicated', 'in_person', 'mobile', 'language', 'magnification', 'other'];

const number = (value, digits = 1) => (value == null ? t('insight.tooFew') : formatNumber(value, digits));
const lang = () => (locale.value === 'en' ? 'en' : 'de');

/** The district of the chosen municipality, or the first district. */
function defaultDistrict(districts) {
  const place = region.value;
  return districts.find((d) => d.id === place?.parent || d.id === place?.id)?.id || districts[0]?.id || '';
}

export function Insight() {
  useTitle(t('insight.title'));
  const districts = data.regions.value.filter((r) => r.kind === 'landkreis').sort((a, b) => a.name.localeCompare(b.name, 'de'));
  const query = route.value.query;
  const district = query.get('region') || defaultDistrict(districts);
  const services = data.services.value.filter((s) => (s.regions || []).length > 0).sort(byServiceName);
  const service = query.get('service') || services[0]?.id || '';
  const [choice, setChoice] = useState({ district, service });
  useEffect(() => setChoice({ district, service }), [district, service]);
  const params = district && service ? new URLSearchParams({ service, region: district }).toString() : '';
  const { data: comparison, error } = useLoaded(params && `/api/insight/compare?${params}`);
  useInteractive(!!comparison || !!error);
  const show = (event) => {
    event.preventDefault();
    navigate(`/insight?${new URLSearchParams({ service: choice.service, region: choice.district })}`);
  };
  return html`
    <h1 tabindex="-1">${t('insight.title')}</h1>
    <p class="no-print">${t('insight.intro')}</p>
    <form class="stack no-print insight-choice" onSubmit=${show}>
      <div class="field">
        <label for="insight-district">${t('insight.district')}</label>
        <select id="insight-district" value=${choice.district} onChange=${(e) => setChoice({ ...choice, district: e.currentTarget.value })}>
          ${districts.map((d) => html`<option value=${d.id}>${d.name}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="insight-service">${t('insight.service')}</label>
        <select id="insight-service" value=${choice.service} onChange=${(e) => setChoice({ ...choice, service: e.currentTarget.value })}>
          ${services.map((s) => html`<option value=${s.id}>${serviceName(s)}</option>`)}
        </select>
      </div>
      <button type="submit">${t('insight.show')}</button>
    </form>
    ${error && html`<${ServerError} error=${error} id="insight-error" />`}
    ${!error && params && !comparison && html`<p>${t('common.loading')}</p>`}
    ${comparison && html`<${ComparisonView} comparison=${comparison} params=${params} />`}
    <${ThemesSection} district=${district} />`;
}

function ComparisonView({ comparison, params }) {
  const rated = comparison.municipalities.filter((m) => !m.tooFewRatings);
  return html`
    <section aria-labelledby="insight-result" class="stack">
      <h2 id="insight-result">${t('insight.resultTitle', { service: comparison.service.name, region: comparison.region.name })}</h2>
      <p>${t('insight.privacy', { k: comparison.minGroupSize })}
        ${' '}<a class="no-print" href=${'/transparenz/' + comparison.region.id}>${t('insight.transparencyOf', { name: comparison.region.name })}</a></p>
      ${rated.length === 0 && html`<p class="notice">${t('insight.noneRated')}</p>`}
      ${CHARTS.map((chart) => html`<${Chart} key=${chart} chart=${chart} comparison=${comparison} params=${params} />`)}
      <h2 id="insight-municipalities">${t('insight.municipalities')}</h2>
      <ul class="plain stack">
        ${comparison.municipalities.map((m) => html`<li key=${m.id} class="insight-municipality"><${MunicipalityFigures} m=${m} /></li>`)}
      </ul>
    </section>`;
}

/** The text summary, table and CSV of one chart, beside the server's SVG. */
function Chart({ chart, comparison, params }) {
  const table = tableOf(chart, comparison);
  const id = 'chart-' + chart;
  const query = `${params}&chart=${chart}&lang=${lang()}`;
  return html`
    <figure class="insight-chart" aria-labelledby=${id + '-title'}>
      <h3 id=${id + '-title'}>${t('insight.chart.' + chart)}</h3>
      <img src=${'/api/insight/compare.svg?' + query} alt="" width="720" height="400" />
      <figcaption>${summaryOf(chart, comparison)}</figcaption>
      ${table.head.length > 1 && table.rows.length > 0 && html`<div class="table-scroll" tabindex="0" role="region" aria-labelledby=${id + '-caption'}>
        <table>
          <caption id=${id + '-caption'}>${t('insight.tableOf', { chart: t('insight.chart.' + chart) })}</caption>
          <thead><tr>${table.head.map((h, i) => html`<th scope="col" key=${i}>${h}</th>`)}</tr></thead>
          <tbody>
            ${table.rows.map((row, r) => html`<tr key=${r}>
              <th scope="row">${row[0]}</th>${row.slice(1).map((cell, i) => html`<td key=${i}>${cell}</td>`)}</tr>`)}
          </tbody>
        </table>
      </div>`}
      <p class="no-print"><a href=${'/api/insight/compare.csv?' + query} download>${t('insight.csv', { chart: t('insight.chart.' + chart) })}</a></p>
    </figure>`;
}

/**
 * The data table of a chart: the CSV of the server without the
 * municipalities that have too few ratings (the summary names them).
 */
function tableOf(chart, c) {
  const rated = c.municipalities.filter((m) => m.rating);
  if (chart === 'ratings') {
    return {
      head: [t('insight.municipality'), ...[1, 2, 3, 4, 5].map((s) => t('insight.stars', { count: s })), t('insight.mean')],
      rows: rated.map((m) => [m.name, ...[1, 2, 3, 4, 5].map((s) => number(m.rating.distribution[s], 0)),
        t('insight.meanWithInterval', { mean: number(m.rating.mean), low: number(m.rating.low), high: number(m.rating.high) })]),
    };
  }
  if (chart === 'trend') {
    const shown = c.municipalities.filter((m) => m.months.some((x) => x.mean != null));
    return {
      head: [t('insight.month'), ...shown.map((m) => m.name)],
      rows: c.months.map((month, i) => [month, ...shown.map((m) => number(m.months[i].mean))]),
    };
  }
  return {
    head: [t('insight.barrier'), ...rated.map((m) => m.name)],
    rows: BARRIERS.map((b) => [t('barrier.' + b), ...rated.map((m) => formatNumber(m.barrierShares[b] * 100, 0) + ' %')]),
  };
}

/** One or two sentences that say what the chart shows. */
function summaryOf(chart, c) {
  const rated = c.municipalities.filter((m) => m.rating).sort((a, b) => b.rating.mean - a.rating.mean);
  const tooFew = c.municipalities.filter((m) => !m.rating).map((m) => m.name).join(', ');
  const rest = tooFew ? ' ' + t('insight.summary.tooFew', { names: tooFew }) : '';
  if (!rated.length) return t('insight.noneRated');
  if (chart === 'ratings') {
    const best = rated[0];
    const worst = rated[rated.length - 1];
    if (rated.length === 1) return t('insight.summary.onlyOne', { name: best.name, mean: number(best.rating.mean) }) + rest;
    return t('insight.summary.ratings', { best: best.name, bestMean: number(best.rating.mean), worst: worst.name, worstMean: number(worst.rating.mean) }) + rest;
  }
  if (chart === 'trend') {
    const shown = c.municipalities.reduce((n, m) => n + m.months.filter((x) => x.mean != null).length, 0);
    return t('insight.summary.trend', { count: shown, months: c.months.length }) + (shown ? '' : ' ' + t('insight.summary.trendWhy'));
  }
  const top = rated.map((m) => {
    const [barrier, share] = Object.entries(m.barrierShares).sort((a, b) => b[1] - a[1])[0];
    return share > 0 ? t('insight.summary.barrier', { name: m.name, barrier: t('barrier.' + barrier), share: formatNumber(share * 100, 0) }) : null;
  }).filter(Boolean);
  return (top.length ? top.join(' ') : t('insight.summary.noBarriers')) + rest;
}

function MunicipalityFigures({ m }) {
  const ideas = Object.entries(m.ideasByStatus);
  return html`
    <h3>${m.name}</h3>
    <p class="no-print"><a href=${'/transparenz/' + m.id}>${t('insight.transparencyOf', { name: m.name })}</a></p>
    <p>${m.rating
      ? t('insight.rating', { mean: number(m.rating.mean), low: number(m.rating.low), high: number(m.rating.high), count: m.rating.count })
      : t('insight.tooFew')}</p>
    <p>${ideas.length ? t('insight.ideas') + ' ' + ideas.map(([s, n]) => `${t('status.' + s)}: ${n}`).join(', ') : t('insight.noIdeas')}</p>
    <p>${m.medianDaysToResponse == null ? t('insight.noResponses') : t('insight.median', { days: number(m.medianDaysToResponse) })}</p>
    ${m.solutionsOfBetter.length > 0 && html`
      <p>${t('insight.learnFrom')}</p>
      <ul>${m.solutionsOfBetter.map((s) => html`
        <li key=${s.idea}><a href=${'/ideas/' + s.idea}>${s.title}</a> (${s.regionName}) · <a href="/solutions">${t('insight.adopt')}</a></li>`)}
      </ul>`}`;
}

export function Transparency({ region: id }) {
  const regionName = data.regions.value.find((r) => r.id === id)?.name || '';
  useTitle(t('transparency.title', { name: regionName }));
  const { data: page, error } = useLoaded(`/api/insight/transparency?region=${encodeURIComponent(id)}`);
  useInteractive(!!page || !!error);
  if (error) return html`<h1 tabindex="-1">${t('transparency.title', { name: regionName })}</h1><${ServerError} error=${error} id="transparency-error" />`;
  if (!page) return html`<h1 tabindex="-1">${t('transparency.title', { name: regionName })}</h1><p>${t('common.loading')}</p>`;
  const services = (list) => (list.length
    ? html`<ul>${list.map((s) => html`<li key=${s.service + s.region}>${t('transparency.serviceRating', { name: s.name, region: s.regionName, mean: number(s.mean), count: s.count })}</li>`)}</ul>`
    : html`<p>${t('transparency.noRatings', { k: page.minGroupSize })}</p>`);
  return html`
    <h1 tabindex="-1">${t('transparency.title', { name: page.region.name })}</h1>
    <p>${t(page.kind === 'landkreis' ? 'transparency.introDistrict' : 'transparency.intro')}</p>
    <section aria-labelledby="transparency-ideas">
      <h2 id="transparency-ideas">${t('transparency.ideasTitle')}</h2>
      <dl class="insight-figures">
        <dt>${t('transparency.ideas')}</dt><dd>${page.ideas}</dd>
        <dt>${t('transparency.answered')}</dt><dd>${page.answered}</dd>
        <dt>${t('transparency.implemented')}</dt><dd>${page.implemented}</dd>
        <dt>${t('transparency.median')}</dt><dd>${page.medianDaysToResponse == null ? t('insight.noResponses') : t('transparency.days', { days: number(page.medianDaysToResponse) })}</dd>
      </dl>
    </section>
    <section aria-labelledby="transparency-best">
      <h2 id="transparency-best">${t('transparency.best')}</h2>
      ${services(page.bestServices)}
      <h2>${t('transparency.worst')}</h2>
      ${page.worstServices.length > 0 || page.bestServices.length === 0 ? services(page.worstServices) : html`<p>${t('transparency.noWorst')}</p>`}
    </section>
    <section aria-labelledby="transparency-shared">
      <h2 id="transparency-shared">${t('transparency.shared')}</h2>
      ${page.sharedSolutions.length
        ? html`<ul>${page.sharedSolutions.map((s) => html`<li key=${s.idea}><a href=${'/ideas/' + s.idea}>${s.title}</a> (${s.regionName}): ${t('transparency.adoptions', { count: s.adoptions })}</li>`)}</ul>`
        : html`<p>${t('transparency.noneShared')}</p>`}
      <h2>${t('transparency.adopted')}</h2>
      ${page.adoptedFromOthers.length
        ? html`<ul>${page.adoptedFromOthers.map((s) => html`<li key=${s.idea}><a href=${'/ideas/' + s.idea}>${s.title}</a> (${s.regionName})</li>`)}</ul>`
        : html`<p>${t('transparency.noneAdopted')}</p>`}
    </section>`;
}
