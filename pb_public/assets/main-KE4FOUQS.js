import{A as v,B as d,C as N,D as W,G as C,H,J as R,K as g,L as O,P as U,Q as j,R as M,S as z,a as b,aa as F,b as y,ba as V,c as u,ca as G,d as S,da as _,ea as B,f as k,fa as D,g as x,h as o,ha as P,ia as q,ka as J,la as h,ma as K,q as l,r as I,t as A,ta as f,u as E,ua as Q,v as L,va as X,wa as Y,x as T,xa as Z,y as n}from"./chunk-IEGSCQK5.js";import"./chunk-IVMEMZP4.js";var w=k(!1),$=null,ee=!1;function ne(){if(!("serviceWorker"in navigator))return;let e=navigator.serviceWorker,i=t=>{$=t,w.value=!0};e.register("/sw.js").then(t=>{let a=c=>c?.addEventListener("statechange",()=>{c.state==="installed"&&e.controller&&i(c)});t.waiting&&e.controller&&i(t.waiting),a(t.installing),t.addEventListener("updatefound",()=>a(t.installing)),document.addEventListener("visibilitychange",()=>{document.visibilityState==="visible"&&t.update().catch(()=>{})})}).catch(()=>{}),e.addEventListener("controllerchange",()=>{ee&&location.reload()})}function te(){ee=!0,$?$.postMessage({type:"skip-waiting"}):location.reload()}function ie(){let e=J(),i=R.value,t=i.filter(p=>p.state==="pending").length,a=i.filter(p=>p.state==="rejected").length,c=d.value,m=e&&j.value.phase==="failed";return o`
    <div class="notices" role="status">
      ${!e&&o`<p class="notice notice-offline">${n("notice.offline")}</p>`}
      ${N.value&&o`
        <p class="notice notice-warning">${n("notice.expired")} <a href=${f()}>${n("notice.signInAgain")}</a></p>`}
      ${!c&&t>0&&o`
        <p class="notice notice-warning">${n("notice.signInToSend")} <a href=${f()}>${n("nav.signIn")}</a></p>`}
      ${t>0&&o`
        <p class="notice notice-pending">
          ${n("notice.pending",{count:t})} ${m&&n("notice.retrying")} <a href="/mine">${n("notice.show")}</a>
        </p>`}
      ${a>0&&o`
        <p class="notice notice-error">${n("notice.rejected",{count:a})} <a href="/mine">${n("notice.review")}</a></p>`}
      ${w.value&&o`
        <p class="notice notice-update">
          ${n("notice.update")} <button type="button" onClick=${te}>${n("notice.reload")}</button>
        </p>`}
    </div>`}function oe(){K("");let e=l.value;if(V(e&&g.value),!e)return o`
      <h1 tabindex="-1">${n("home.welcome")}</h1>
      ${n("home.intro").map(t=>o`<p>${t}</p>`)}
      <h2>${n("home.chooseTitle")}</h2>
      <${Q} />`;let i=[...U.value.ideas.values()].filter(t=>t.sync!=="rejected"&&!t.hidden&&(t.region===e.id||t.region===e.parent)).sort((t,a)=>t.created<a.created?1:-1).slice(0,3);return o`
    <h1 tabindex="-1">${n("home.title",{name:e.name})}</h1>
    ${n("home.intro").map(t=>o`<p>${t}</p>`)}
    <ul class="cards">
      <li><a class="card" href="/services"><strong>${n("home.servicesTitle")}</strong><span>${n("home.servicesText")}</span></a></li>
      <li><a class="card" href="/ideas"><strong>${n("home.ideasTitle")}</strong><span>${n("home.ideasText")}</span></a></li>
      <li><a class="card" href="/ideas/new"><strong>${n("home.newTitle")}</strong><span>${n("home.newText")}</span></a></li>
    </ul>
    <h2>${n("home.recent")}</h2>
    ${g.value&&i.length===0?o`<p>${n("ideas.none")}</p>`:o`<${Y} ideas=${i} level="3" />`}
    <p><a href="/help">${n("home.help")}</a></p>`}function r(e){let i=null,t=null,a=()=>t||(t=e().then(c=>i=c));return function(m){let[p,se]=y(i?"ready":"loading");return u(()=>{i||a().then(()=>se("loaded"),()=>{t=null})},[]),u(()=>{p==="loaded"&&h()},[p]),i?o`<${i} ...${m} />`:o`<p>${n("common.loading")}</p>`}}var s=()=>import("./chunk-PTGLMCQY.js"),ce=r(()=>s().then(e=>e.Services)),le=r(()=>s().then(e=>e.Service)),pe=r(()=>s().then(e=>e.Ideas)),me=r(()=>s().then(e=>e.Idea)),ue=r(()=>s().then(e=>e.IdeaNew)),de=r(()=>s().then(e=>e.Mine)),fe=r(()=>s().then(e=>e.SignIn)),he=r(()=>s().then(e=>e.SignUp)),ve=r(()=>s().then(e=>e.Help)),ge=r(()=>s().then(e=>e.Accessibility)),$e=r(()=>s().then(e=>e.Workspace)),we=r(()=>s().then(e=>e.Inbox)),be=r(()=>s().then(e=>e.Solutions)),ye=r(()=>s().then(e=>e.Assisted)),Se=[["/",oe],["/region",X],["/services",ce],["/services/:id",le],["/ideas",pe],["/ideas/new",ue],["/ideas/:id",me],["/mine",de],["/signin",fe],["/signup",he],["/help",ve],["/accessibility",ge],["/workspace",$e],["/inbox",we],["/solutions",be],["/assisted",ye]];function ke(e){for(let[i,t]of Se){let a=D(i,e);if(a)return{view:t,params:a}}return{view:Z,params:{}}}var xe=[["/","nav.home"],["/services","nav.services"],["/ideas","nav.ideas"],["/ideas/new","nav.newIdea"],["/mine","nav.mine"],["/solutions","nav.solutions"],["/help","nav.help"]];function Ie(e,i,t){let a=[...xe];return e&&a.splice(a.length-1,0,["/inbox","nav.inbox"]),t&&a.push(["/assisted","nav.assisted"]),i&&a.push(["/workspace","nav.workspace"]),a}function Ae(e,i){return e==="/"?i==="/":e==="/ideas"?i==="/ideas"||i.startsWith("/ideas/")&&i!=="/ideas/new":i===e||i.startsWith(e+"/")}var ae={de:["Deutsch","de"],en:["English","en"],"de-simple":["Leichte Sprache","de"]};function Ee(){return o`
    <div class="languages">
      <span id="language-label">${n("nav.language")}</span>
      <ul aria-labelledby="language-label">
        ${A.map(e=>o`
          <li>
            <button type="button" class="link-button" lang=${ae[e][1]}
              aria-pressed=${E.value===e?"true":"false"}
              onClick=${()=>T(e).catch(()=>{})}>${ae[e][0]}</button>
          </li>`)}
      </ul>
    </div>`}function Le(){let e=d.value;return e?o`
    <span class="account">
      <span>${n("nav.signedInAs",{name:e.display_name})}</span>
      <button type="button" class="link-button" onClick=${async()=>{await C(),B("/")}}>${n("nav.signOut")}</button>
    </span>`:o`<a href=${f()}>${n("nav.signIn")}</a>`}function re(){let{path:e}=_.value,{view:i,params:t}=ke(e),a=S(!0);return u(()=>{if(a.current){a.current=!1;return}window.scrollTo(0,0),h(!0)},[e]),o`
    <a class="skip-link" href="#main">${n("nav.skip")}</a>
    <header class="site-header">
      <div class="bar">
        <a class="brand" href="/">Mitwirken</a>
        ${l.value&&o`
          <span class="place">${l.value.name} · <a href="/region">${n("nav.changeRegion")}</a></span>`}
        <${Le} />
      </div>
      <nav aria-label=${n("nav.main")}>
        <ul>
          ${Ie(!!d.value,P.value,q.value.length>0).map(([c,m])=>o`
            <li><a href=${c} aria-current=${Ae(c,e)?"page":void 0}>${n(m)}</a></li>`)}
        </ul>
      </nav>
      <${Ee} />
    </header>
    <${ie} />
    <main id="main" tabindex="-1">
      <${i} ...${t} key=${e} />
    </main>
    <footer class="site-footer">
      <ul>
        <li><a href="/help">${n("nav.help")}</a></li>
        <li><a href="/accessibility">${n("nav.accessibility")}</a></li>
        <li><a href="/region">${n("nav.changeRegion")}</a></li>
      </ul>
    </footer>`}function Te(){if(!l.value)return null;let e=v.value;return{region:l.value.id,district:I.value,user:e?.record?.id||"",token:e&&!e.expired?e.token:""}}function Ne(){let e;x(()=>{let i=v.value,t=i?`${i.record?.id}|${!!i.expired}`:"";e!==void 0&&t!==e&&z(),e=t})}async function We(){let e=W();await L();let i=document.getElementById("app");i.textContent="",b(o`<${re} />`,i),await e,await O(),G(()=>{M(Te),Ne(),ne(),H().catch(()=>{}),l.value&&F()})}We();
