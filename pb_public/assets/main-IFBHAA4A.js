import{B as j,C as M,D as z,E as F,O as P,P as V,Q as G,R as $,S as _,T as B,V as D,W as q,Y as J,Z as h,_ as K,a as o,fa as f,ga as Q,ha as X,ia as Y,j as l,ja as Z,k as A,m as E,n as L,o as T,q as N,r as t,v as O,w as g,x as U}from"./chunk-XQMYIJGT.js";import{G as v,H as d,I as W,J as C,M as H,O as R,b as y,c as S,d as m,e as k,h as x,j as I}from"./chunk-WZN3YC4E.js";var b=x(!1),w=null,ee=!1;function te(){if(!("serviceWorker"in navigator))return;let e=navigator.serviceWorker,i=n=>{w=n,b.value=!0};e.register("/sw.js").then(n=>{let a=c=>c?.addEventListener("statechange",()=>{c.state==="installed"&&e.controller&&i(c)});n.waiting&&e.controller&&i(n.waiting),a(n.installing),n.addEventListener("updatefound",()=>a(n.installing)),document.addEventListener("visibilitychange",()=>{document.visibilityState==="visible"&&n.update().catch(()=>{})})}).catch(()=>{}),e.addEventListener("controllerchange",()=>{ee&&location.reload()})}function ne(){ee=!0,w?w.postMessage({type:"skip-waiting"}):location.reload()}function ie(){let e=J(),i=O.value,n=i.filter(p=>p.state==="pending").length,a=i.filter(p=>p.state==="rejected").length,c=d.value,u=e&&M.value.phase==="failed";return o`
    <div class="notices" role="status">
      ${!e&&o`<p class="notice notice-offline">${t("notice.offline")}</p>`}
      ${W.value&&o`
        <p class="notice notice-warning">${t("notice.expired")} <a href=${f()}>${t("notice.signInAgain")}</a></p>`}
      ${!c&&n>0&&o`
        <p class="notice notice-warning">${t("notice.signInToSend")} <a href=${f()}>${t("nav.signIn")}</a></p>`}
      ${n>0&&o`
        <p class="notice notice-pending">
          ${t("notice.pending",{count:n})} ${u&&t("notice.retrying")} <a href="/mine">${t("notice.show")}</a>
        </p>`}
      ${a>0&&o`
        <p class="notice notice-error">${t("notice.rejected",{count:a})} <a href="/mine">${t("notice.review")}</a></p>`}
      ${b.value&&o`
        <p class="notice notice-update">
          ${t("notice.update")} <button type="button" onClick=${ne}>${t("notice.reload")}</button>
        </p>`}
    </div>`}function oe(){K("");let e=l.value;if(V(e&&g.value),!e)return o`
      <h1 tabindex="-1">${t("home.welcome")}</h1>
      ${t("home.intro").map(n=>o`<p>${n}</p>`)}
      <h2>${t("home.chooseTitle")}</h2>
      <${Q} />`;let i=[...j.value.ideas.values()].filter(n=>n.sync!=="rejected"&&!n.hidden&&(n.region===e.id||n.region===e.parent)).sort((n,a)=>n.created<a.created?1:-1).slice(0,3);return o`
    <h1 tabindex="-1">${t("home.title",{name:e.name})}</h1>
    ${t("home.intro").map(n=>o`<p>${n}</p>`)}
    <ul class="cards">
      <li><a class="card" href="/services"><strong>${t("home.servicesTitle")}</strong><span>${t("home.servicesText")}</span></a></li>
      <li><a class="card" href="/ideas"><strong>${t("home.ideasTitle")}</strong><span>${t("home.ideasText")}</span></a></li>
      <li><a class="card" href="/ideas/new"><strong>${t("home.newTitle")}</strong><span>${t("home.newText")}</span></a></li>
    </ul>
    <h2>${t("home.recent")}</h2>
    ${g.value&&i.length===0?o`<p>${t("ideas.none")}</p>`:o`<${Y} ideas=${i} level="3" />`}
    <p><a href="/help">${t("home.help")}</a></p>`}function r(e){let i=null,n=null,a=()=>n||(n=e().then(c=>i=c));return function(u){let[p,se]=S(i?"ready":"loading");return m(()=>{i||a().then(()=>se("loaded"),()=>{n=null})},[]),m(()=>{p==="loaded"&&h()},[p]),i?o`<${i} ...${u} />`:o`<p>${t("common.loading")}</p>`}}var s=()=>import("./chunk-3KYJQ7UP.js"),ce=r(()=>s().then(e=>e.Services)),le=r(()=>s().then(e=>e.Service)),pe=r(()=>s().then(e=>e.Ideas)),ue=r(()=>s().then(e=>e.Idea)),me=r(()=>s().then(e=>e.IdeaNew)),de=r(()=>s().then(e=>e.Mine)),fe=r(()=>s().then(e=>e.SignIn)),he=r(()=>s().then(e=>e.SignUp)),ve=r(()=>s().then(e=>e.AccountPage)),ge=r(()=>s().then(e=>e.Help)),$e=r(()=>s().then(e=>e.Accessibility)),we=r(()=>s().then(e=>e.Workspace)),be=r(()=>s().then(e=>e.Inbox)),ye=r(()=>s().then(e=>e.Solutions)),Se=r(()=>s().then(e=>e.Assisted)),ke=[["/",oe],["/region",X],["/services",ce],["/services/:id",le],["/ideas",pe],["/ideas/new",me],["/ideas/:id",ue],["/mine",de],["/signin",fe],["/signup",he],["/account",ve],["/help",ge],["/accessibility",$e],["/workspace",we],["/inbox",be],["/solutions",ye],["/assisted",Se]];function xe(e){for(let[i,n]of ke){let a=B(i,e);if(a)return{view:n,params:a}}return{view:Z,params:{}}}var Ie=[["/","nav.home"],["/services","nav.services"],["/ideas","nav.ideas"],["/ideas/new","nav.newIdea"],["/mine","nav.mine"],["/solutions","nav.solutions"],["/help","nav.help"]];function Ae(e,i,n){let a=[...Ie];return e&&a.splice(a.length-1,0,["/inbox","nav.inbox"]),n&&a.push(["/assisted","nav.assisted"]),i&&a.push(["/workspace","nav.workspace"]),a}function Ee(e,i){return e==="/"?i==="/":e==="/ideas"?i==="/ideas"||i.startsWith("/ideas/")&&i!=="/ideas/new":i===e||i.startsWith(e+"/")}var ae={de:["Deutsch","de"],en:["English","en"],"de-simple":["Leichte Sprache","de"]};function Le(){return o`
    <div class="languages">
      <span id="language-label">${t("nav.language")}</span>
      <ul aria-labelledby="language-label">
        ${E.map(e=>o`
          <li>
            <button type="button" class="link-button" lang=${ae[e][1]}
              aria-pressed=${L.value===e?"true":"false"}
              onClick=${()=>N(e).catch(()=>{})}>${ae[e][0]}</button>
          </li>`)}
      </ul>
    </div>`}function Te(){let e=d.value;return e?o`
    <span class="account">
      <a href="/account" aria-current=${$.value.path==="/account"?"page":void 0}>${t("nav.signedInAs",{name:e.display_name})}</a>
      <button type="button" class="link-button" onClick=${async()=>{await H(),_("/")}}>${t("nav.signOut")}</button>
    </span>`:o`<a href=${f()}>${t("nav.signIn")}</a>`}function re(){let{path:e}=$.value,{view:i,params:n}=xe(e),a=k(!0);return m(()=>{if(a.current){a.current=!1;return}window.scrollTo(0,0),h(!0)},[e]),o`
    <a class="skip-link" href="#main">${t("nav.skip")}</a>
    <header class="site-header">
      <div class="bar">
        <a class="brand" href="/">Mitwirken</a>
        ${l.value&&o`
          <span class="place">${l.value.name} · <a href="/region">${t("nav.changeRegion")}</a></span>`}
        <${Te} />
      </div>
      <nav aria-label=${t("nav.main")}>
        <ul>
          ${Ae(!!d.value,D.value,q.value.length>0).map(([c,u])=>o`
            <li><a href=${c} aria-current=${Ee(c,e)?"page":void 0}>${t(u)}</a></li>`)}
        </ul>
      </nav>
      <${Le} />
    </header>
    <${ie} />
    <main id="main" tabindex="-1">
      <${i} ...${n} key=${e} />
    </main>
    <footer class="site-footer">
      <ul>
        <li><a href="/help">${t("nav.help")}</a></li>
        <li><a href="/accessibility">${t("nav.accessibility")}</a></li>
        <li><a href="/region">${t("nav.changeRegion")}</a></li>
      </ul>
    </footer>`}function Ne(){if(!l.value)return null;let e=v.value;return{region:l.value.id,district:A.value,user:e?.record?.id||"",token:e&&!e.expired?e.token:""}}function We(){let e;I(()=>{let i=v.value,n=i?`${i.record?.id}|${!!i.expired}`:"";e!==void 0&&n!==e&&F(),e=n})}async function Ce(){let e=C();await T();let i=document.getElementById("app");i.textContent="",y(o`<${re} />`,i),await e,await U(),G(()=>{z(Ne),We(),te(),R().catch(()=>{}),l.value&&P()})}Ce();
