import{$ as F,A as v,B as N,C as W,F as C,G as H,I as R,J as $,K as O,O as U,P as j,Q as M,R as z,_ as V,a as y,aa as G,b as d,ba as _,c as p,ca as B,d as S,da as D,f as k,fa as P,g as I,h as o,ha as h,ia as q,p as l,pa as f,q as x,qa as J,ra as K,s as L,sa as Q,t as E,ta as X,u as A,w as T,x as n,z as g}from"./chunk-S3NTMTTD.js";import"./chunk-ABNSK7YK.js";var b=k(!1),w=null,Y=!1;function Z(){if(!("serviceWorker"in navigator))return;let e=navigator.serviceWorker,i=t=>{w=t,b.value=!0};e.register("/sw.js").then(t=>{let r=s=>s?.addEventListener("statechange",()=>{s.state==="installed"&&e.controller&&i(s)});t.waiting&&e.controller&&i(t.waiting),r(t.installing),t.addEventListener("updatefound",()=>r(t.installing)),document.addEventListener("visibilitychange",()=>{document.visibilityState==="visible"&&t.update().catch(()=>{})})}).catch(()=>{}),e.addEventListener("controllerchange",()=>{Y&&location.reload()})}function ee(){Y=!0,w?w.postMessage({type:"skip-waiting"}):location.reload()}function se(){let[e,i]=d(navigator.onLine);return p(()=>{let t=()=>i(navigator.onLine);return addEventListener("online",t),addEventListener("offline",t),()=>{removeEventListener("online",t),removeEventListener("offline",t)}},[]),e}function ne(){let e=se(),i=R.value,t=i.filter(m=>m.state==="pending").length,r=i.filter(m=>m.state==="rejected").length,s=v.value,u=e&&j.value.phase==="failed";return o`
    <div class="notices" role="status">
      ${!e&&o`<p class="notice notice-offline">${n("notice.offline")}</p>`}
      ${N.value&&o`
        <p class="notice notice-warning">${n("notice.expired")} <a href=${f()}>${n("notice.signInAgain")}</a></p>`}
      ${!s&&t>0&&o`
        <p class="notice notice-warning">${n("notice.signInToSend")} <a href=${f()}>${n("nav.signIn")}</a></p>`}
      ${t>0&&o`
        <p class="notice notice-pending">
          ${n("notice.pending",{count:t})} ${u&&n("notice.retrying")} <a href="/mine">${n("notice.show")}</a>
        </p>`}
      ${r>0&&o`
        <p class="notice notice-error">${n("notice.rejected",{count:r})} <a href="/mine">${n("notice.review")}</a></p>`}
      ${b.value&&o`
        <p class="notice notice-update">
          ${n("notice.update")} <button type="button" onClick=${ee}>${n("notice.reload")}</button>
        </p>`}
    </div>`}function te(){q("");let e=l.value;if(F(e&&$.value),!e)return o`
      <h1 tabindex="-1">${n("home.welcome")}</h1>
      ${n("home.intro").map(t=>o`<p>${t}</p>`)}
      <h2>${n("home.chooseTitle")}</h2>
      <${J} />`;let i=[...U.value.ideas.values()].filter(t=>t.sync!=="rejected"&&!t.hidden&&(t.region===e.id||t.region===e.parent)).sort((t,r)=>t.created<r.created?1:-1).slice(0,3);return o`
    <h1 tabindex="-1">${n("home.title",{name:e.name})}</h1>
    ${n("home.intro").map(t=>o`<p>${t}</p>`)}
    <ul class="cards">
      <li><a class="card" href="/services"><strong>${n("home.servicesTitle")}</strong><span>${n("home.servicesText")}</span></a></li>
      <li><a class="card" href="/ideas"><strong>${n("home.ideasTitle")}</strong><span>${n("home.ideasText")}</span></a></li>
      <li><a class="card" href="/ideas/new"><strong>${n("home.newTitle")}</strong><span>${n("home.newText")}</span></a></li>
    </ul>
    <h2>${n("home.recent")}</h2>
    ${$.value&&i.length===0?o`<p>${n("ideas.none")}</p>`:o`<${Q} ideas=${i} level="3" />`}
    <p><a href="/help">${n("home.help")}</a></p>`}function a(e){let i=null,t=null,r=()=>t||(t=e().then(s=>i=s));return function(u){let[m,ae]=d(i?"ready":"loading");return p(()=>{i||r().then(()=>ae("loaded"),()=>{t=null})},[]),p(()=>{m==="loaded"&&h()},[m]),i?o`<${i} ...${u} />`:o`<p>${n("common.loading")}</p>`}}var c=()=>import("./chunk-N4E2BOYG.js"),ce=a(()=>c().then(e=>e.Services)),le=a(()=>c().then(e=>e.Service)),pe=a(()=>c().then(e=>e.Ideas)),me=a(()=>c().then(e=>e.Idea)),ue=a(()=>c().then(e=>e.IdeaNew)),fe=a(()=>c().then(e=>e.Mine)),de=a(()=>c().then(e=>e.SignIn)),ve=a(()=>c().then(e=>e.SignUp)),he=a(()=>c().then(e=>e.Help)),ge=a(()=>c().then(e=>e.Accessibility)),$e=a(()=>c().then(e=>e.Workspace)),we=[["/",te],["/region",K],["/services",ce],["/services/:id",le],["/ideas",pe],["/ideas/new",ue],["/ideas/:id",me],["/mine",fe],["/signin",de],["/signup",ve],["/help",he],["/accessibility",ge],["/workspace",$e]];function be(e){for(let[i,t]of we){let r=D(i,e);if(r)return{view:t,params:r}}return{view:X,params:{}}}var ie=[["/","nav.home"],["/services","nav.services"],["/ideas","nav.ideas"],["/ideas/new","nav.newIdea"],["/mine","nav.mine"],["/help","nav.help"]];function ye(e,i){return e==="/"?i==="/":e==="/ideas"?i==="/ideas"||i.startsWith("/ideas/")&&i!=="/ideas/new":i===e||i.startsWith(e+"/")}var oe={de:["Deutsch","de"],en:["English","en"],"de-simple":["Leichte Sprache","de"]};function Se(){return o`
    <div class="languages">
      <span id="language-label">${n("nav.language")}</span>
      <ul aria-labelledby="language-label">
        ${L.map(e=>o`
          <li>
            <button type="button" class="link-button" lang=${oe[e][1]}
              aria-pressed=${E.value===e?"true":"false"}
              onClick=${()=>T(e).catch(()=>{})}>${oe[e][0]}</button>
          </li>`)}
      </ul>
    </div>`}function ke(){let e=v.value;return e?o`
    <span class="account">
      <span>${n("nav.signedInAs",{name:e.display_name})}</span>
      <button type="button" class="link-button" onClick=${async()=>{await C(),B("/")}}>${n("nav.signOut")}</button>
    </span>`:o`<a href=${f()}>${n("nav.signIn")}</a>`}function re(){let{path:e}=_.value,{view:i,params:t}=be(e),r=S(!0);return p(()=>{if(r.current){r.current=!1;return}window.scrollTo(0,0),h(!0)},[e]),o`
    <a class="skip-link" href="#main">${n("nav.skip")}</a>
    <header class="site-header">
      <div class="bar">
        <a class="brand" href="/">Mitwirken</a>
        ${l.value&&o`
          <span class="place">${l.value.name} · <a href="/region">${n("nav.changeRegion")}</a></span>`}
        <${ke} />
      </div>
      <nav aria-label=${n("nav.main")}>
        <ul>
          ${(P.value?[...ie,["/workspace","nav.workspace"]]:ie).map(([s,u])=>o`
            <li><a href=${s} aria-current=${ye(s,e)?"page":void 0}>${n(u)}</a></li>`)}
        </ul>
      </nav>
      <${Se} />
    </header>
    <${ne} />
    <main id="main" tabindex="-1">
      <${i} ...${t} key=${e} />
    </main>
    <footer class="site-footer">
      <ul>
        <li><a href="/help">${n("nav.help")}</a></li>
        <li><a href="/accessibility">${n("nav.accessibility")}</a></li>
        <li><a href="/region">${n("nav.changeRegion")}</a></li>
      </ul>
    </footer>`}function Ie(){if(!l.value)return null;let e=g.value;return{region:l.value.id,district:x.value,user:e?.record?.id||"",token:e&&!e.expired?e.token:""}}function xe(){let e;I(()=>{let i=g.value,t=i?`${i.record?.id}|${!!i.expired}`:"";e!==void 0&&t!==e&&z(),e=t})}async function Le(){let e=W();await A();let i=document.getElementById("app");i.textContent="",y(o`<${re} />`,i),await e,await O(),G(()=>{M(Ie),xe(),Z(),H().catch(()=>{}),l.value&&V()})}Le();
