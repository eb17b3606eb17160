import{a as T,b as F,f as C,g as w}from"./chunk-6OR4JN4P.js";import{$ as v,Q as b,S as R,T as O,a as s,k as S,o as k,s as e,v as m,x as $}from"./chunk-H2TAPYBZ.js";import"./chunk-WO75MR3L.js";import{c as y,d as f}from"./chunk-J26RE7XU.js";var D=["ratings","trend","barriers"],B=["screenreader","complicated","in_person","mobile","language","magnification","other"];function N(t){let[l,n]=y({});return f(()=>{if(!t)return;let i=!0;return n({}),C(t).then(o=>i&&n({data:o}),o=>i&&n({error:o})),()=>{i=!1}},[t]),l}var h=(t,l=1)=>t==null?e("insight.tooFew"):m(t,l),I=()=>k.value==="en"?"en":"de";function j(t){let l=S.value;return t.find(n=>n.id===l?.parent||n.id===l?.id)?.id||t[0]?.id||""}function X(){v(e("insight.title"));let t=$.regions.value.filter(d=>d.kind==="landkreis").sort((d,x)=>d.name.localeCompare(x.name,"de")),l=R.value.query,n=l.get("region")||j(t),i=$.services.value.filter(d=>(d.regions||[]).length>0).sort(F),o=l.get("service")||i[0]?.id||"",[r,a]=y({district:n,service:o});f(()=>a({district:n,service:o}),[n,o]);let c=n&&o?new URLSearchParams({service:o,region:n}).toString():"",{data:p,error:g}=N(c&&`/api/insight/compare?${c}`);b(!!p||!!g);let u=d=>{d.preventDefault(),O(`/insight?${new URLSearchParams({service:r.service,region:r.district})}`)};return s`
    <h1 tabindex="-1">${e("insight.title")}</h1>
    <p class="no-print">${e("insight.intro")}</p>
    <form class="stack no-print insight-choice" onSubmit=${u}>
      <div class="field">
        <label for="insight-district">${e("insight.district")}</label>
        <select id="insight-district" value=${r.district} onChange=${d=>a({...r,district:d.currentTarget.value})}>
          ${t.map(d=>s`<option value=${d.id}>${d.name}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="insight-service">${e("insight.service")}</label>
        <select id="insight-service" value=${r.service} onChange=${d=>a({...r,service:d.currentTarget.value})}>
          ${i.map(d=>s`<option value=${d.id}>${T(d)}</option>`)}
        </select>
      </div>
      <button type="submit">${e("insight.show")}</button>
    </form>
    ${g&&s`<${w} error=${g} id="insight-error" />`}
    ${!g&&c&&!p&&s`<p>${e("common.loading")}</p>`}
    ${p&&s`<${z} comparison=${p} params=${c} />`}`}function z({comparison:t,params:l}){let n=t.municipalities.filter(i=>!i.tooFewRatings);return s`
    <section aria-labelledby="insight-result" class="stack">
      <h2 id="insight-result">${e("insight.resultTitle",{service:t.service.name,region:t.region.name})}</h2>
      <p>${e("insight.privacy",{k:t.minGroupSize})}
        ${" "}<a class="no-print" href=${"/transparenz/"+t.region.id}>${e("insight.transparencyOf",{name:t.region.name})}</a></p>
      ${n.length===0&&s`<p class="notice">${e("insight.noneRated")}</p>`}
      ${D.map(i=>s`<${q} key=${i} chart=${i} comparison=${t} params=${l} />`)}
      <h2 id="insight-municipalities">${e("insight.municipalities")}</h2>
      <ul class="plain stack">
        ${t.municipalities.map(i=>s`<li key=${i.id} class="insight-municipality"><${L} m=${i} /></li>`)}
      </ul>
    </section>`}function q({chart:t,comparison:l,params:n}){let i=A(t,l),o="chart-"+t,r=`${n}&chart=${t}&lang=${I()}`;return s`
    <figure class="insight-chart" aria-labelledby=${o+"-title"}>
      <h3 id=${o+"-title"}>${e("insight.chart."+t)}</h3>
      <img src=${"/api/insight/compare.svg?"+r} alt="" width="720" height="400" />
      <figcaption>${E(t,l)}</figcaption>
      ${i.head.length>1&&i.rows.length>0&&s`<div class="table-scroll" tabindex="0" role="region" aria-labelledby=${o+"-caption"}>
        <table>
          <caption id=${o+"-caption"}>${e("insight.tableOf",{chart:e("insight.chart."+t)})}</caption>
          <thead><tr>${i.head.map((a,c)=>s`<th scope="col" key=${c}>${a}</th>`)}</tr></thead>
          <tbody>
            ${i.rows.map((a,c)=>s`<tr key=${c}>
              <th scope="row">${a[0]}</th>${a.slice(1).map((p,g)=>s`<td key=${g}>${p}</td>`)}</tr>`)}
          </tbody>
        </table>
      </div>`}
      <p class="no-print"><a href=${"/api/insight/compare.csv?"+r} download>${e("insight.csv",{chart:e("insight.chart."+t)})}</a></p>
    </figure>`}function A(t,l){let n=l.municipalities.filter(i=>i.rating);if(t==="ratings")return{head:[e("insight.municipality"),...[1,2,3,4,5].map(i=>e("insight.stars",{count:i})),e("insight.mean")],rows:n.map(i=>[i.name,...[1,2,3,4,5].map(o=>h(i.rating.distribution[o],0)),e("insight.meanWithInterval",{mean:h(i.rating.mean),low:h(i.rating.low),high:h(i.rating.high)})])};if(t==="trend"){let i=l.municipalities.filter(o=>o.months.some(r=>r.mean!=null));return{head:[e("insight.month"),...i.map(o=>o.name)],rows:l.months.map((o,r)=>[o,...i.map(a=>h(a.months[r].mean))])}}return{head:[e("insight.barrier"),...n.map(i=>i.name)],rows:B.map(i=>[e("barrier."+i),...n.map(o=>m(o.barrierShares[i]*100,0)+" %")])}}function E(t,l){let n=l.municipalities.filter(a=>a.rating).sort((a,c)=>c.rating.mean-a.rating.mean),i=l.municipalities.filter(a=>!a.rating).map(a=>a.name).join(", "),o=i?" "+e("insight.summary.tooFew",{names:i}):"";if(!n.length)return e("insight.noneRated");if(t==="ratings"){let a=n[0],c=n[n.length-1];return n.length===1?e("insight.summary.onlyOne",{name:a.name,mean:h(a.rating.mean)})+o:e("insight.summary.ratings",{best:a.name,bestMean:h(a.rating.mean),worst:c.name,worstMean:h(c.rating.mean)})+o}if(t==="trend"){let a=l.municipalities.reduce((c,p)=>c+p.months.filter(g=>g.mean!=null).length,0);return e("insight.summary.trend",{count:a,months:l.months.length})+(a?"":" "+e("insight.summary.trendWhy"))}let r=n.map(a=>{let[c,p]=Object.entries(a.barrierShares).sort((g,u)=>u[1]-g[1])[0];return p>0?e("insight.summary.barrier",{name:a.name,barrier:e("barrier."+c),share:m(p*100,0)}):null}).filter(Boolean);return(r.length?r.join(" "):e("insight.summary.noBarriers"))+o}function L({m:t}){let l=Object.entries(t.ideasByStatus);return s`
    <h3>${t.name}</h3>
    <p class="no-print"><a href=${"/transparenz/"+t.id}>${e("insight.transparencyOf",{name:t.name})}</a></p>
    <p>${t.rating?e("insight.rating",{mean:h(t.rating.mean),low:h(t.rating.low),high:h(t.rating.high),count:t.rating.count}):e("insight.tooFew")}</p>
    <p>${l.length?e("insight.ideas")+" "+l.map(([n,i])=>`${e("status."+n)}: ${i}`).join(", "):e("insight.noIdeas")}</p>
    <p>${t.medianDaysToResponse==null?e("insight.noResponses"):e("insight.median",{days:h(t.medianDaysToResponse)})}</p>
    ${t.solutionsOfBetter.length>0&&s`
      <p>${e("insight.learnFrom")}</p>
      <ul>${t.solutionsOfBetter.map(n=>s`
        <li key=${n.idea}><a href=${"/ideas/"+n.idea}>${n.title}</a> (${n.regionName}) · <a href="/solutions">${e("insight.adopt")}</a></li>`)}
      </ul>`}`}function Y({region:t}){let l=$.regions.value.find(r=>r.id===t)?.name||"";v(e("transparency.title",{name:l}));let{data:n,error:i}=N(`/api/insight/transparency?region=${encodeURIComponent(t)}`);if(b(!!n||!!i),i)return s`<h1 tabindex="-1">${e("transparency.title",{name:l})}</h1><${w} error=${i} id="transparency-error" />`;if(!n)return s`<h1 tabindex="-1">${e("transparency.title",{name:l})}</h1><p>${e("common.loading")}</p>`;let o=r=>r.length?s`<ul>${r.map(a=>s`<li key=${a.service+a.region}>${e("transparency.serviceRating",{name:a.name,region:a.regionName,mean:h(a.mean),count:a.count})}</li>`)}</ul>`:s`<p>${e("transparency.noRatings",{k:n.minGroupSize})}</p>`;return s`
    <h1 tabindex="-1">${e("transparency.title",{name:n.region.name})}</h1>
    <p>${e(n.kind==="landkreis"?"transparency.introDistrict":"transparency.intro")}</p>
    <section aria-labelledby="transparency-ideas">
      <h2 id="transparency-ideas">${e("transparency.ideasTitle")}</h2>
      <dl class="insight-figures">
        <dt>${e("transparency.ideas")}</dt><dd>${n.ideas}</dd>
        <dt>${e("transparency.answered")}</dt><dd>${n.answered}</dd>
        <dt>${e("transparency.implemented")}</dt><dd>${n.implemented}</dd>
        <dt>${e("transparency.median")}</dt><dd>${n.medianDaysToResponse==null?e("insight.noResponses"):e("transparency.days",{days:h(n.medianDaysToResponse)})}</dd>
      </dl>
    </section>
    <section aria-labelledby="transparency-best">
      <h2 id="transparency-best">${e("transparency.best")}</h2>
      ${o(n.bestServices)}
      <h2>${e("transparency.worst")}</h2>
      ${n.worstServices.length>0||n.bestServices.length===0?o(n.worstServices):s`<p>${e("transparency.noWorst")}</p>`}
    </section>
    <section aria-labelledby="transparency-shared">
      <h2 id="transparency-shared">${e("transparency.shared")}</h2>
      ${n.sharedSolutions.length?s`<ul>${n.sharedSolutions.map(r=>s`<li key=${r.idea}><a href=${"/ideas/"+r.idea}>${r.title}</a> (${r.regionName}): ${e("transparency.adoptions",{count:r.adoptions})}</li>`)}</ul>`:s`<p>${e("transparency.noneShared")}</p>`}
      <h2>${e("transparency.adopted")}</h2>
      ${n.adoptedFromOthers.length?s`<ul>${n.adoptedFromOthers.map(r=>s`<li key=${r.idea}><a href=${"/ideas/"+r.idea}>${r.title}</a> (${r.regionName})</li>`)}</ul>`:s`<p>${e("transparency.noneAdopted")}</p>`}
    </section>`}export{X as Insight,Y as Transparency};
