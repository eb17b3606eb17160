import{a as N,b as D,f as I,g as $}from"./chunk-46GHNYSZ.js";import{A as b,X as w,_ as F,a as r,da as S,k as R,l as T,n as x,r as O,v as e,y as g}from"./chunk-UU27W3PG.js";import"./chunk-WO75MR3L.js";import{K as C,c as f,d as y,l as k}from"./chunk-MQ2JX5S6.js";function u(t){let[a,i]=f({});return y(()=>{if(!t)return;let n=!0;return i({}),I(t).then(o=>n&&i({data:o}),o=>n&&i({error:o})),()=>{n=!1}},[t]),a}function z({district:t}){let a=!!C.value&&F.value,{data:i,error:n}=u(a&&t?`/api/insight/themes?region=${encodeURIComponent(t)}`:"");if(!a)return null;let o=n instanceof k&&n.status===403;return r`
    <section aria-labelledby="insight-themes" class="stack insight-themes">
      <h2 id="insight-themes">${e("insight.themes.title")}</h2>
      <p>${e("insight.themes.intro")}</p>
      ${o&&r`<p class="notice">${e("insight.themes.onlyStaff")}</p>`}
      ${n&&!o&&r`<${$} error=${n} id="insight-themes-error" />`}
      ${!n&&!i&&r`<p>${e("common.loading")}</p>`}
      ${i&&r`<p>${e("insight.themes.privacy",{k:i.minGroupSize})}</p>`}
      ${i&&i.items.length===0&&r`<p class="notice">${e("insight.themes.none")}</p>`}
      ${i&&i.items.length>0&&r`
        <ol class="plain stack">
          ${i.items.map((l,s)=>r`<li key=${s} class="insight-theme"><${E} theme=${l} k=${i.minGroupSize} /></li>`)}
        </ol>`}
    </section>`}var j=(t,a)=>t==null?e("insight.themes.fewerThan",{k:a}):g(t,0);function E({theme:t,k:a}){let i=t.municipalities;return r`
    <h3>${e("insight.themes.heading",{count:i.length,label:t.label})}</h3>
    <dl class="insight-figures">
      <dt>${e("insight.themes.people")}</dt><dd>${g(t.people,0)}</dd>
      <dt>${e("insight.themes.ideas")}</dt><dd>${j(t.ideas,a)}</dd>
      <dt>${e("insight.themes.feedback")}</dt><dd>${j(t.feedback,a)}</dd>
      <dt>${e("insight.themes.trend")}</dt><dd>${e("insight.themes.trend."+t.trend)}</dd>
    </dl>
    <p>${e("insight.themes.where")} ${i.map(n=>n.entries==null?n.name:`${n.name} (${g(n.entries,0)})`).join(", ")}</p>
    ${(t.examples||[]).length>0&&r`
      <p>${e("insight.themes.examples")}</p>
      <ul class="plain">
        ${t.examples.map(n=>r`<li key=${n.id}><a href=${"/ideas/"+n.id}>${n.title}</a></li>`)}
      </ul>`}`}var L=["ratings","trend","barriers"],A=["screenreader","complicated","in_person","mobile","language","magnification","other"],d=(t,a=1)=>t==null?e("insight.tooFew"):g(t,a),G=()=>O.value==="en"?"en":"de";function U(t){let a=x.value;return t.find(i=>i.id===a?.parent||i.id===a?.id)?.id||t[0]?.id||""}function ue(){S(e("insight.title"));let t=b.regions.value.filter(h=>h.kind==="landkreis").sort((h,B)=>h.name.localeCompare(B.name,"de")),a=R.value.query,i=a.get("region")||U(t),n=b.services.value.filter(h=>(h.regions||[]).length>0).sort(D),o=a.get("service")||n[0]?.id||"",[l,s]=f({district:i,service:o});y(()=>s({district:i,service:o}),[i,o]);let c=i&&o?new URLSearchParams({service:o,region:i}).toString():"",{data:p,error:m}=u(c&&`/api/insight/compare?${c}`);w(!!p||!!m);let v=h=>{h.preventDefault(),T(`/insight?${new URLSearchParams({service:l.service,region:l.district})}`)};return r`
    <h1 tabindex="-1">${e("insight.title")}</h1>
    <p class="no-print">${e("insight.intro")}</p>
    <form class="stack no-print insight-choice" onSubmit=${v}>
      <div class="field">
        <label for="insight-district">${e("insight.district")}</label>
        <select id="insight-district" value=${l.district} onChange=${h=>s({...l,district:h.currentTarget.value})}>
          ${t.map(h=>r`<option value=${h.id}>${h.name}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="insight-service">${e("insight.service")}</label>
        <select id="insight-service" value=${l.service} onChange=${h=>s({...l,service:h.currentTarget.value})}>
          ${n.map(h=>r`<option value=${h.id}>${N(h)}</option>`)}
        </select>
      </div>
      <button type="submit">${e("insight.show")}</button>
    </form>
    ${m&&r`<${$} error=${m} id="insight-error" />`}
    ${!m&&c&&!p&&r`<p>${e("common.loading")}</p>`}
    ${p&&r`<${W} comparison=${p} params=${c} />`}
    <${z} district=${i} />`}function W({comparison:t,params:a}){let i=t.municipalities.filter(n=>!n.tooFewRatings);return r`
    <section aria-labelledby="insight-result" class="stack">
      <h2 id="insight-result">${e("insight.resultTitle",{service:t.service.name,region:t.region.name})}</h2>
      <p>${e("insight.privacy",{k:t.minGroupSize})}
        ${" "}<a class="no-print" href=${"/transparenz/"+t.region.id}>${e("insight.transparencyOf",{name:t.region.name})}</a></p>
      ${i.length===0&&r`<p class="notice">${e("insight.noneRated")}</p>`}
      ${L.map(n=>r`<${q} key=${n} chart=${n} comparison=${t} params=${a} />`)}
      <h2 id="insight-municipalities">${e("insight.municipalities")}</h2>
      <ul class="plain stack">
        ${t.municipalities.map(n=>r`<li key=${n.id} class="insight-municipality"><${H} m=${n} /></li>`)}
      </ul>
    </section>`}function q({chart:t,comparison:a,params:i}){let n=M(t,a),o="chart-"+t,l=`${i}&chart=${t}&lang=${G()}`;return r`
    <figure class="insight-chart" aria-labelledby=${o+"-title"}>
      <h3 id=${o+"-title"}>${e("insight.chart."+t)}</h3>
      <img src=${"/api/insight/compare.svg?"+l} alt="" width="720" height="400" />
      <figcaption>${P(t,a)}</figcaption>
      ${n.head.length>1&&n.rows.length>0&&r`<div class="table-scroll" tabindex="0" role="region" aria-labelledby=${o+"-caption"}>
        <table>
          <caption id=${o+"-caption"}>${e("insight.tableOf",{chart:e("insight.chart."+t)})}</caption>
          <thead><tr>${n.head.map((s,c)=>r`<th scope="col" key=${c}>${s}</th>`)}</tr></thead>
          <tbody>
            ${n.rows.map((s,c)=>r`<tr key=${c}>
              <th scope="row">${s[0]}</th>${s.slice(1).map((p,m)=>r`<td key=${m}>${p}</td>`)}</tr>`)}
          </tbody>
        </table>
      </div>`}
      <p class="no-print"><a href=${"/api/insight/compare.csv?"+l} download>${e("insight.csv",{chart:e("insight.chart."+t)})}</a></p>
    </figure>`}function M(t,a){let i=a.municipalities.filter(n=>n.rating);if(t==="ratings")return{head:[e("insight.municipality"),...[1,2,3,4,5].map(n=>e("insight.stars",{count:n})),e("insight.mean")],rows:i.map(n=>[n.name,...[1,2,3,4,5].map(o=>d(n.rating.distribution[o],0)),e("insight.meanWithInterval",{mean:d(n.rating.mean),low:d(n.rating.low),high:d(n.rating.high)})])};if(t==="trend"){let n=a.municipalities.filter(o=>o.months.some(l=>l.mean!=null));return{head:[e("insight.month"),...n.map(o=>o.name)],rows:a.months.map((o,l)=>[o,...n.map(s=>d(s.months[l].mean))])}}return{head:[e("insight.barrier"),...i.map(n=>n.name)],rows:A.map(n=>[e("barrier."+n),...i.map(o=>g(o.barrierShares[n]*100,0)+" %")])}}function P(t,a){let i=a.municipalities.filter(s=>s.rating).sort((s,c)=>c.rating.mean-s.rating.mean),n=a.municipalities.filter(s=>!s.rating).map(s=>s.name).join(", "),o=n?" "+e("insight.summary.tooFew",{names:n}):"";if(!i.length)return e("insight.noneRated");if(t==="ratings"){let s=i[0],c=i[i.length-1];return i.length===1?e("insight.summary.onlyOne",{name:s.name,mean:d(s.rating.mean)})+o:e("insight.summary.ratings",{best:s.name,bestMean:d(s.rating.mean),worst:c.name,worstMean:d(c.rating.mean)})+o}if(t==="trend"){let s=a.municipalities.reduce((c,p)=>c+p.months.filter(m=>m.mean!=null).length,0);return e("insight.summary.trend",{count:s,months:a.months.length})+(s?"":" "+e("insight.summary.trendWhy"))}let l=i.map(s=>{let[c,p]=Object.entries(s.barrierShares).sort((m,v)=>v[1]-m[1])[0];return p>0?e("insight.summary.barrier",{name:s.name,barrier:e("barrier."+c),share:g(p*100,0)}):null}).filter(Boolean);return(l.length?l.join(" "):e("insight.summary.noBarriers"))+o}function H({m:t}){let a=Object.entries(t.ideasByStatus);return r`
    <h3>${t.name}</h3>
    <p class="no-print"><a href=${"/transparenz/"+t.id}>${e("insight.transparencyOf",{name:t.name})}</a></p>
    <p>${t.rating?e("insight.rating",{mean:d(t.rating.mean),low:d(t.rating.low),high:d(t.rating.high),count:t.rating.count}):e("insight.tooFew")}</p>
    <p>${a.length?e("insight.ideas")+" "+a.map(([i,n])=>`${e("status."+i)}: ${n}`).join(", "):e("insight.noIdeas")}</p>
    <p>${t.medianDaysToResponse==null?e("insight.noResponses"):e("insight.median",{days:d(t.medianDaysToResponse)})}</p>
    ${t.solutionsOfBetter.length>0&&r`
      <p>${e("insight.learnFrom")}</p>
      <ul>${t.solutionsOfBetter.map(i=>r`
        <li key=${i.idea}><a href=${"/ideas/"+i.idea}>${i.title}</a> (${i.regionName}) · <a href="/solutions">${e("insight.adopt")}</a></li>`)}
      </ul>`}`}function fe({region:t}){let a=b.regions.value.find(l=>l.id===t)?.name||"";S(e("transparency.title",{name:a}));let{data:i,error:n}=u(`/api/insight/transparency?region=${encodeURIComponent(t)}`);if(w(!!i||!!n),n)return r`<h1 tabindex="-1">${e("transparency.title",{name:a})}</h1><${$} error=${n} id="transparency-error" />`;if(!i)return r`<h1 tabindex="-1">${e("transparency.title",{name:a})}</h1><p>${e("common.loading")}</p>`;let o=l=>l.length?r`<ul>${l.map(s=>r`<li key=${s.service+s.region}>${e("transparency.serviceRating",{name:s.name,region:s.regionName,mean:d(s.mean),count:s.count})}</li>`)}</ul>`:r`<p>${e("transparency.noRatings",{k:i.minGroupSize})}</p>`;return r`
    <h1 tabindex="-1">${e("transparency.title",{name:i.region.name})}</h1>
    <p>${e(i.kind==="landkreis"?"transparency.introDistrict":"transparency.intro")}</p>
    <section aria-labelledby="transparency-ideas">
      <h2 id="transparency-ideas">${e("transparency.ideasTitle")}</h2>
      <dl class="insight-figures">
        <dt>${e("transparency.ideas")}</dt><dd>${i.ideas}</dd>
        <dt>${e("transparency.answered")}</dt><dd>${i.answered}</dd>
        <dt>${e("transparency.implemented")}</dt><dd>${i.implemented}</dd>
        <dt>${e("transparency.median")}</dt><dd>${i.medianDaysToResponse==null?e("insight.noResponses"):e("transparency.days",{days:d(i.medianDaysToResponse)})}</dd>
      </dl>
    </section>
    <section aria-labelledby="transparency-best">
      <h2 id="transparency-best">${e("transparency.best")}</h2>
      ${o(i.bestServices)}
      <h2>${e("transparency.worst")}</h2>
      ${i.worstServices.length>0||i.bestServices.length===0?o(i.worstServices):r`<p>${e("transparency.noWorst")}</p>`}
    </section>
    <section aria-labelledby="transparency-shared">
      <h2 id="transparency-shared">${e("transparency.shared")}</h2>
      ${i.sharedSolutions.length?r`<ul>${i.sharedSolutions.map(l=>r`<li key=${l.idea}><a href=${"/ideas/"+l.idea}>${l.title}</a> (${l.regionName}): ${e("transparency.adoptions",{count:l.adoptions})}</li>`)}</ul>`:r`<p>${e("transparency.noneShared")}</p>`}
      <h2>${e("transparency.adopted")}</h2>
      ${i.adoptedFromOthers.length?r`<ul>${i.adoptedFromOthers.map(l=>r`<li key=${l.idea}><a href=${"/ideas/"+l.idea}>${l.title}</a> (${l.regionName})</li>`)}</ul>`:r`<p>${e("transparency.noneAdopted")}</p>`}
    </section>`}export{ue as Insight,fe as Transparency};
