import{$ as G,A as N,B as C,E as H,F as R,H as O,I as $,J as U,N as W,O as j,P as M,Q as z,Z as V,_ as F,a as y,aa as _,b as f,ba as B,c as p,ca as D,d as S,da as g,e as I,ea as P,f as x,g as o,la as d,ma as q,na as J,o as l,oa as K,p as L,pa as Q,r as k,s as E,t as A,v as T,w as n,y as h,z as v}from"./chunk-2EWHNBUZ.js";import"./chunk-ABNSK7YK.js";var b=I(!1),w=null,X=!1;function Y(){if(!("serviceWorker"in navigator))return;let e=navigator.serviceWorker,i=t=>{w=t,b.value=!0};e.register("/sw.js").then(t=>{let r=a=>a?.addEventListener("statechange",()=>{a.state==="installed"&&e.controller&&i(a)});t.waiting&&e.controller&&i(t.waiting),r(t.installing),t.addEventListener("updatefound",()=>r(t.installing)),document.addEventListener("visibilitychange",()=>{document.visibilityState==="visible"&&t.update().catch(()=>{})})}).catch(()=>{}),e.addEventListener("controllerchange",()=>{X&&location.reload()})}function Z(){X=!0,w?w.postMessage({type:"skip-waiting"}):location.reload()}function re(){let[e,i]=f(navigator.onLine);return p(()=>{let t=()=>i(navigator.onLine);return addEventListener("online",t),addEventListener("offline",t),()=>{removeEventListener("online",t),removeEventListener("offline",t)}},[]),e}function ee(){let e=re(),i=O.value,t=i.filter(m=>m.state==="pending").length,r=i.filter(m=>m.state==="rejected").length,a=v.value,u=e&&j.value.phase==="failed";return o`
    <div class="notices" role="status">
      ${!e&&o`<p class="notice notice-offline">${n("notice.offline")}</p>`}
      ${N.value&&o`
        <p class="notice notice-warning">${n("notice.expired")} <a href=${d()}>${n("notice.signInAgain")}</a></p>`}
      ${!a&&t>0&&o`
        <p class="notice notice-warning">${n("notice.signInToSend")} <a href=${d()}>${n("nav.signIn")}</a></p>`}
      ${t>0&&o`
        <p class="notice notice-pending">
          ${n("notice.pending",{count:t})} ${u&&n("notice.retrying")} <a href="/mine">${n("notice.show")}</a>
        </p>`}
      ${r>0&&o`
        <p class="notice notice-error">${n("notice.rejected",{count:r})} <a href="/mine">${n("notice.review")}</a></p>`}
      ${b.value&&o`
        <p class="notice notice-update">
          ${n("notice.update")} <button type="button" onClick=${Z}>${n("notice.reload")}</button>
        </p>`}
    </div>`}function ne(){P("");let e=l.value;if(F(e&&$.value),!e)return o`
      <h1 tabindex="-1">${n("home.welcome")}</h1>
      ${n("home.intro").map(t=>o`<p>${t}</p>`)}
      <h2>${n("home.chooseTitle")}</h2>
      <${q} />`;let i=[...W.value.ideas.values()].filter(t=>t.sync!=="rejected"&&!t.hidden&&(t.region===e.id||t.region===e.parent)).sort((t,r)=>t.created<r.created?1:-1).slice(0,3);return o`
    <h1 tabindex="-1">${n("home.title",{name:e.name})}</h1>
    ${n("home.intro").map(t=>o`<p>${t}</p>`)}
    <ul class="cards">
      <li><a class="card" href="/services"><strong>${n("home.servicesTitle")}</strong><span>${n("home.servicesText")}</span></a></li>
      <li><a class="card" href="/ideas"><strong>${n("home.ideasTitle")}</strong><span>${n("home.ideasText")}</span></a></li>
      <li><a class="card" href="/ideas/new"><strong>${n("home.newTitle")}</strong><span>${n("home.newText")}</span></a></li>
    </ul>
    <h2>${n("home.recent")}</h2>
    ${$.value&&i.length===0?o`<p>${n("ideas.none")}</p>`:o`<${K} ideas=${i} level="3" />`}
    <p><a href="/help">${n("home.help")}</a></p>`}function s(e){let i=null,t=null,r=()=>t||(t=e().then(a=>i=a));return function(u){let[m,oe]=f(i?"ready":"loading");return p(()=>{i||r().then(()=>oe("loaded"),()=>{t=null})},[]),p(()=>{m==="loaded"&&g()},[m]),i?o`<${i} ...${u} />`:o`<p>${n("common.loading")}</p>`}}var c=()=>import("./chunk-4JJAY6DP.js"),ae=s(()=>c().then(e=>e.Services)),se=s(()=>c().then(e=>e.Service)),ce=s(()=>c().then(e=>e.Ideas)),le=s(()=>c().then(e=>e.Idea)),pe=s(()=>c().then(e=>e.IdeaNew)),me=s(()=>c().then(e=>e.Mine)),ue=s(()=>c().then(e=>e.SignIn)),de=s(()=>c().then(e=>e.SignUp)),fe=s(()=>c().then(e=>e.Help)),ve=s(()=>c().then(e=>e.Accessibility)),ge=[["/",ne],["/region",J],["/services",ae],["/services/:id",se],["/ideas",ce],["/ideas/new",pe],["/ideas/:id",le],["/mine",me],["/signin",ue],["/signup",de],["/help",fe],["/accessibility",ve]];function he(e){for(let[i,t]of ge){let r=D(i,e);if(r)return{view:t,params:r}}return{view:Q,params:{}}}var $e=[["/","nav.home"],["/services","nav.services"],["/ideas","nav.ideas"],["/ideas/new","nav.newIdea"],["/mine","nav.mine"],["/help","nav.help"]];function we(e,i){return e==="/"?i==="/":e==="/ideas"?i==="/ideas"||i.startsWith("/ideas/")&&i!=="/ideas/new":i===e||i.startsWith(e+"/")}var te={de:["Deutsch","de"],en:["English","en"],"de-simple":["Leichte Sprache","de"]};function be(){return o`
    <div class="languages">
      <span id="language-label">${n("nav.language")}</span>
      <ul aria-labelledby="language-label">
        ${k.map(e=>o`
          <li>
            <button type="button" class="link-button" lang=${te[e][1]}
              aria-pressed=${E.value===e?"true":"false"}
              onClick=${()=>T(e).catch(()=>{})}>${te[e][0]}</button>
          </li>`)}
      </ul>
    </div>`}function ye(){let e=v.value;return e?o`
    <span class="account">
      <span>${n("nav.signedInAs",{name:e.display_name})}</span>
      <button type="button" class="link-button" onClick=${async()=>{await H(),B("/")}}>${n("nav.signOut")}</button>
    </span>`:o`<a href=${d()}>${n("nav.signIn")}</a>`}function ie(){let{path:e}=_.value,{view:i,params:t}=he(e),r=S(!0);return p(()=>{if(r.current){r.current=!1;return}window.scrollTo(0,0),g(!0)},[e]),o`
    <a class="skip-link" href="#main">${n("nav.skip")}</a>
    <header class="site-header">
      <div class="bar">
        <a class="brand" href="/">Mitwirken</a>
        ${l.value&&o`
          <span class="place">${l.value.name} · <a href="/region">${n("nav.changeRegion")}</a></span>`}
        <${ye} />
      </div>
      <nav aria-label=${n("nav.main")}>
        <ul>
          ${$e.map(([a,u])=>o`
            <li><a href=${a} aria-current=${we(a,e)?"page":void 0}>${n(u)}</a></li>`)}
        </ul>
      </nav>
      <${be} />
    </header>
    <${ee} />
    <main id="main" tabindex="-1">
      <${i} ...${t} key=${e} />
    </main>
    <footer class="site-footer">
      <ul>
        <li><a href="/help">${n("nav.help")}</a></li>
        <li><a href="/accessibility">${n("nav.accessibility")}</a></li>
        <li><a href="/region">${n("nav.changeRegion")}</a></li>
      </ul>
    </footer>`}function Se(){if(!l.value)return null;let e=h.value;return{region:l.value.id,district:L.value,user:e?.record?.id||"",token:e&&!e.expired?e.token:""}}function Ie(){let e;x(()=>{let i=h.value,t=i?`${i.record?.id}|${!!i.expired}`:"";e!==void 0&&t!==e&&z(),e=t})}async function xe(){let e=C();await A();let i=document.getElementById("app");i.textContent="",y(o`<${ie} />`,i),await e,await U(),G(()=>{M(Se),Ie(),Y(),R().catch(()=>{}),l.value&&V()})}xe();
