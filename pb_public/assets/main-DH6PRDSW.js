import{$ as V,A as f,B as N,C as W,F as C,G as H,I as R,J as $,K as O,O as U,P as j,Q as M,R as z,_ as F,a as y,aa as G,b as v,ba as _,c as p,ca as B,d as S,da as D,f as k,fa as P,g as x,h as o,ha as h,ia as q,p as l,pa as d,q as I,qa as J,ra as K,s as L,sa as Q,t as E,ta as X,u as A,w as T,x as t,z as g}from"./chunk-F4ZW6JM6.js";import"./chunk-ABNSK7YK.js";var b=k(!1),w=null,Y=!1;function Z(){if(!("serviceWorker"in navigator))return;let e=navigator.serviceWorker,i=n=>{w=n,b.value=!0};e.register("/sw.js").then(n=>{let r=c=>c?.addEventListener("statechange",()=>{c.state==="installed"&&e.controller&&i(c)});n.waiting&&e.controller&&i(n.waiting),r(n.installing),n.addEventListener("updatefound",()=>r(n.installing)),document.addEventListener("visibilitychange",()=>{document.visibilityState==="visible"&&n.update().catch(()=>{})})}).catch(()=>{}),e.addEventListener("controllerchange",()=>{Y&&location.reload()})}function ee(){Y=!0,w?w.postMessage({type:"skip-waiting"}):location.reload()}function ae(){let[e,i]=v(navigator.onLine);return p(()=>{let n=()=>i(navigator.onLine);return addEventListener("online",n),addEventListener("offline",n),()=>{removeEventListener("online",n),removeEventListener("offline",n)}},[]),e}function ne(){let e=ae(),i=R.value,n=i.filter(m=>m.state==="pending").length,r=i.filter(m=>m.state==="rejected").length,c=f.value,u=e&&j.value.phase==="failed";return o`
    <div class="notices" role="status">
      ${!e&&o`<p class="notice notice-offline">${t("notice.offline")}</p>`}
      ${N.value&&o`
        <p class="notice notice-warning">${t("notice.expired")} <a href=${d()}>${t("notice.signInAgain")}</a></p>`}
      ${!c&&n>0&&o`
        <p class="notice notice-warning">${t("notice.signInToSend")} <a href=${d()}>${t("nav.signIn")}</a></p>`}
      ${n>0&&o`
        <p class="notice notice-pending">
          ${t("notice.pending",{count:n})} ${u&&t("notice.retrying")} <a href="/mine">${t("notice.show")}</a>
        </p>`}
      ${r>0&&o`
        <p class="notice notice-error">${t("notice.rejected",{count:r})} <a href="/mine">${t("notice.review")}</a></p>`}
      ${b.value&&o`
        <p class="notice notice-update">
          ${t("notice.update")} <button type="button" onClick=${ee}>${t("notice.reload")}</button>
        </p>`}
    </div>`}function te(){q("");let e=l.value;if(V(e&&$.value),!e)return o`
      <h1 tabindex="-1">${t("home.welcome")}</h1>
      ${t("home.intro").map(n=>o`<p>${n}</p>`)}
      <h2>${t("home.chooseTitle")}</h2>
      <${J} />`;let i=[...U.value.ideas.values()].filter(n=>n.sync!=="rejected"&&!n.hidden&&(n.region===e.id||n.region===e.parent)).sort((n,r)=>n.created<r.created?1:-1).slice(0,3);return o`
    <h1 tabindex="-1">${t("home.title",{name:e.name})}</h1>
    ${t("home.intro").map(n=>o`<p>${n}</p>`)}
    <ul class="cards">
      <li><a class="card" href="/services"><strong>${t("home.servicesTitle")}</strong><span>${t("home.servicesText")}</span></a></li>
      <li><a class="card" href="/ideas"><strong>${t("home.ideasTitle")}</strong><span>${t("home.ideasText")}</span></a></li>
      <li><a class="card" href="/ideas/new"><strong>${t("home.newTitle")}</strong><span>${t("home.newText")}</span></a></li>
    </ul>
    <h2>${t("home.recent")}</h2>
    ${$.value&&i.length===0?o`<p>${t("ideas.none")}</p>`:o`<${Q} ideas=${i} level="3" />`}
    <p><a href="/help">${t("home.help")}</a></p>`}function a(e){let i=null,n=null,r=()=>n||(n=e().then(c=>i=c));return function(u){let[m,re]=v(i?"ready":"loading");return p(()=>{i||r().then(()=>re("loaded"),()=>{n=null})},[]),p(()=>{m==="loaded"&&h()},[m]),i?o`<${i} ...${u} />`:o`<p>${t("common.loading")}</p>`}}var s=()=>import("./chunk-4YQ4F2BS.js"),se=a(()=>s().then(e=>e.Services)),ce=a(()=>s().then(e=>e.Service)),le=a(()=>s().then(e=>e.Ideas)),pe=a(()=>s().then(e=>e.Idea)),me=a(()=>s().then(e=>e.IdeaNew)),ue=a(()=>s().then(e=>e.Mine)),fe=a(()=>s().then(e=>e.SignIn)),de=a(()=>s().then(e=>e.SignUp)),ve=a(()=>s().then(e=>e.Help)),he=a(()=>s().then(e=>e.Accessibility)),ge=a(()=>s().then(e=>e.Workspace)),$e=a(()=>s().then(e=>e.Inbox)),we=a(()=>s().then(e=>e.Solutions)),be=[["/",te],["/region",K],["/services",se],["/services/:id",ce],["/ideas",le],["/ideas/new",me],["/ideas/:id",pe],["/mine",ue],["/signin",fe],["/signup",de],["/help",ve],["/accessibility",he],["/workspace",ge],["/inbox",$e],["/solutions",we]];function ye(e){for(let[i,n]of be){let r=D(i,e);if(r)return{view:n,params:r}}return{view:X,params:{}}}var Se=[["/","nav.home"],["/services","nav.services"],["/ideas","nav.ideas"],["/ideas/new","nav.newIdea"],["/mine","nav.mine"],["/solutions","nav.solutions"],["/help","nav.help"]];function ke(e,i){let n=[...Se];return e&&n.splice(n.length-1,0,["/inbox","nav.inbox"]),i&&n.push(["/workspace","nav.workspace"]),n}function xe(e,i){return e==="/"?i==="/":e==="/ideas"?i==="/ideas"||i.startsWith("/ideas/")&&i!=="/ideas/new":i===e||i.startsWith(e+"/")}var ie={de:["Deutsch","de"],en:["English","en"],"de-simple":["Leichte Sprache","de"]};function Ie(){return o`
    <div class="languages">
      <span id="language-label">${t("nav.language")}</span>
      <ul aria-labelledby="language-label">
        ${L.map(e=>o`
          <li>
            <button type="button" class="link-button" lang=${ie[e][1]}
              aria-pressed=${E.value===e?"true":"false"}
              onClick=${()=>T(e).catch(()=>{})}>${ie[e][0]}</button>
          </li>`)}
      </ul>
    </div>`}function Le(){let e=f.value;return e?o`
    <span class="account">
      <span>${t("nav.signedInAs",{name:e.display_name})}</span>
      <button type="button" class="link-button" onClick=${async()=>{await C(),B("/")}}>${t("nav.signOut")}</button>
    </span>`:o`<a href=${d()}>${t("nav.signIn")}</a>`}function oe(){let{path:e}=_.value,{view:i,params:n}=ye(e),r=S(!0);return p(()=>{if(r.current){r.current=!1;return}window.scrollTo(0,0),h(!0)},[e]),o`
    <a class="skip-link" href="#main">${t("nav.skip")}</a>
    <header class="site-header">
      <div class="bar">
        <a class="brand" href="/">Mitwirken</a>
        ${l.value&&o`
          <span class="place">${l.value.name} · <a href="/region">${t("nav.changeRegion")}</a></span>`}
        <${Le} />
      </div>
      <nav aria-label=${t("nav.main")}>
        <ul>
          ${ke(!!f.value,P.value).map(([c,u])=>o`
            <li><a href=${c} aria-current=${xe(c,e)?"page":void 0}>${t(u)}</a></li>`)}
        </ul>
      </nav>
      <${Ie} />
    </header>
    <${ne} />
    <main id="main" tabindex="-1">
      <${i} ...${n} key=${e} />
    </main>
    <footer class="site-footer">
      <ul>
        <li><a href="/help">${t("nav.help")}</a></li>
        <li><a href="/accessibility">${t("nav.accessibility")}</a></li>
        <li><a href="/region">${t("nav.changeRegion")}</a></li>
      </ul>
    </footer>`}function Ee(){if(!l.value)return null;let e=g.value;return{region:l.value.id,district:I.value,user:e?.record?.id||"",token:e&&!e.expired?e.token:""}}function Ae(){let e;x(()=>{let i=g.value,n=i?`${i.record?.id}|${!!i.expired}`:"";e!==void 0&&n!==e&&z(),e=n})}async function Te(){let e=W();await A();let i=document.getElementById("app");i.textContent="",y(o`<${oe} />`,i),await e,await O(),G(()=>{M(Ee),Ae(),Z(),H().catch(()=>{}),l.value&&F()})}Te();
