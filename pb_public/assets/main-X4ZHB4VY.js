import{A as j,Aa as le,E as G,F as B,G as F,H as K,I as q,J,K as Q,V as X,W as Y,X as Z,Y as $,Z as ee,_ as te,a as r,aa as ne,ba as oe,da as ie,ea as x,fa as se,k as m,l as S,n as H,o as P,p as W,r as M,ra as y,s as n,sa as R,x as _,xa as re,y as w,ya as ae,z as I,za as ce}from"./chunk-L74TYPE4.js";import{D as U,I as A,J as b,K as L,L as D,O as z,S as V,b as N,c as g,d,e as h,i as T,k}from"./chunk-O6OA45EQ.js";var O=T(!1),C=null,ue=!1;function fe(){if(!("serviceWorker"in navigator))return;let e=navigator.serviceWorker,t=o=>{C=o,O.value=!0};e.register("/sw.js").then(o=>{let i=s=>s?.addEventListener("statechange",()=>{s.state==="installed"&&e.controller&&t(s)});o.waiting&&e.controller&&t(o.waiting),i(o.installing),o.addEventListener("updatefound",()=>i(o.installing)),document.addEventListener("visibilitychange",()=>{document.visibilityState==="visible"&&o.update().catch(()=>{})})}).catch(()=>{}),e.addEventListener("controllerchange",()=>{ue&&location.reload()})}function pe(){ue=!0,C?C.postMessage({type:"skip-waiting"}):location.reload()}var $e=[["/","nav.home"],["/services","nav.services"],["/ideas","nav.ideas"],["/ideas/new","nav.newIdea"],["/mine","nav.mine"],["/solutions","nav.solutions"],["/help","nav.help"]];function be(e,t,o){let i=[...$e];return e&&i.splice(i.length-1,0,["/inbox","nav.inbox"]),o&&i.push(["/assisted","nav.assisted"]),t&&i.push(["/workspace","nav.workspace"]),i}function we(e,t){return e==="/"?t==="/":e==="/ideas"?t==="/ideas"||t.startsWith("/ideas/")&&t!=="/ideas/new":t===e||t.startsWith(e+"/")}var de={de:["Deutsch","de"],en:["English","en"],"de-simple":["Leichte Sprache","de"]};function ye(){return r`
    <div class="languages">
      <span id="language-label">${n("nav.language")}</span>
      <ul aria-labelledby="language-label">
        ${H.map(e=>r`
          <li>
            <button type="button" class="link-button" lang=${de[e][1]}
              aria-pressed=${P.value===e?"true":"false"}
              onClick=${()=>M(e).catch(()=>{})}>${de[e][0]}</button>
          </li>`)}
      </ul>
    </div>`}function ke(){let e=b.value;return e?r`
    <p class="account">
      <a href="/account" aria-current=${$.value.path==="/account"?"page":void 0}>${n("nav.signedInAs",{name:e.display_name})}</a>
      <button type="button" class="link-button" onClick=${async()=>{await z(),ee("/")}}>${n("nav.signOut")}</button>
    </p>`:r`<p class="account"><a href=${y()}>${n("nav.signIn")}</a></p>`}function Se(e,t,o){let[i,s]=g(!1);return d(()=>s(!1),[e]),d(()=>{if(!i)return;let a=u=>{u.key==="Escape"&&(s(!1),o.current?.focus())},c=u=>{t.current?.contains(u.target)||s(!1)};return document.addEventListener("keydown",a),document.addEventListener("pointerdown",c),()=>{document.removeEventListener("keydown",a),document.removeEventListener("pointerdown",c)}},[i]),[i,s,a=>{a.relatedTarget&&!t.current?.contains(a.relatedTarget)&&s(!1)}]}function me({path:e}){let t=h(null),o=h(null),[i,s,l]=Se(e,t,o),a=m.value;return r`
    <header class="site-header" ref=${t} onFocusOut=${l}>
      <div class="bar">
        <a class="brand" href="/">Mitwirken</a>
        <button type="button" class="menu-button" ref=${o} aria-expanded=${i?"true":"false"}
          aria-controls="site-menu" onClick=${()=>s(!i)}>
          <span class="menu-icon" aria-hidden="true"></span>${n("nav.menu")}
        </button>
      </div>
      <div id="site-menu" class=${i?"menu open":"menu"}>
        ${a&&r`
          <p class="place"><span>${a.name}</span> <a href="/region">${n("nav.changeRegion")}</a></p>`}
        <${ke} />
        <nav aria-label=${n("nav.main")}>
          <ul>
            ${be(!!b.value,ne.value,oe.value.length>0).map(([c,u])=>r`
              <li><a href=${c} aria-current=${we(c,e)?"page":void 0}>${n(u)}</a></li>`)}
          </ul>
        </nav>
        <${ye} />
      </div>
    </header>`}function Ie({online:e,pending:t,rejected:o,signedIn:i,failing:s,expired:l,update:a,sent:c=0}){let u=[];if(e||u.push(n("notice.offline")),!e&&t===0&&u.push(n("notice.offlineSaved")),l&&u.push(n("notice.expired")),o>0&&u.push(n("notice.rejected",{count:o})),t>0&&u.push(n(i?"notice.pending":"notice.pendingSignIn",{count:t})),t>0&&s&&u.push(n("notice.retrying")),a&&u.push(n("notice.update")),!u.length&&c>0)return{parts:[n("notice.sent",{count:c})],action:{href:"/mine",label:n("notice.show")},tone:"success",dismissable:!0};if(!u.length)return null;let v=null;a?v={onClick:pe,label:n("notice.reload")}:l?v={href:y(),label:n("notice.signInAgain")}:!i&&t>0?v={href:y(),label:n("nav.signIn")}:o>0?v={href:"/mine",label:n("notice.review")}:t>0&&(v={href:"/mine",label:n("notice.show")});let E="warning";return o>0?E="error":e&&!l&&t===0&&(E="update"),{parts:u,action:v,tone:E}}var xe=e=>R.value?.path===$.value.path&&R.value.ids.includes(e);function Ee(e,t){let o=h(new Set),[i,s]=g(0);return d(()=>{let l=new Map(e.map(c=>[c.id,c]));t&&e.filter(c=>c.state==="pending").forEach(c=>o.current.add(c.id));let a=0;for(let c of o.current){let u=l.get(c);u&&u.state==="pending"||(o.current.delete(c),!u&&!U.has(c)&&!xe(c)&&a++)}a&&s(c=>c+a)},[e,t]),[i,()=>s(0)]}function he(){let e=ie(),t=_.value,o=!!b.value,[i,s]=Ee(t,!e||!o||L.value),l=Ie({online:e,pending:t.filter(a=>a.state==="pending").length,rejected:t.filter(a=>a.state==="rejected").length,signedIn:o,failing:e&&q.value.phase==="failed",expired:L.value,update:O.value,sent:i});return r`
    <div class="notices" role="status">
      ${l&&r`
        <p class=${"notice notice-"+l.tone}>
          <span class="notice-text">${l.parts.map(a=>r`<span>${a}</span> `)}</span>
          ${l.action?.href&&r`<a class="notice-action" href=${l.action.href}>${l.action.label}</a>`}
          ${l.action?.onClick&&r`
            <button type="button" class="notice-action" onClick=${l.action.onClick}>${l.action.label}</button>`}
          ${l.dismissable&&r`
            <button type="button" class="link-button notice-action" onClick=${s}>${n("notice.dismiss")}</button>`}
        </p>`}
    </div>`}function Ae({place:e,stored:t}){let o=w.value&&I.value===S.value,i=F.value?.region===e.id&&F.value.ideas,s=!o&&i?i:t;return s.length?r`<${ce} ideas=${s} level="3" />`:o?r`<p>${n("ideas.none")}</p>`:r`<p role="status" class="loading">${n("home.loadingIdeas")}</p>`}function ve(){se("");let e=m.value;if(Y(e&&w.value),!e)return r`
      <h1 tabindex="-1">${n("home.welcome")}</h1>
      ${n("home.intro").map(s=>r`<p>${s}</p>`)}
      <h2>${n("home.chooseTitle")}</h2>
      <${re} />`;let t=[...G.value.ideas.values()].filter(s=>s.sync!=="rejected"&&!s.hidden&&(s.region===e.id||s.region===e.parent)).sort((s,l)=>s.created<l.created?1:-1).slice(0,B),[o,...i]=n("home.intro");return r`
    <h1 tabindex="-1">${n("home.title",{name:e.name})}</h1>
    <p>${o}</p>
    <h2>${n("home.recent")}</h2>
    <${Ae} place=${e} stored=${t} />
    <ul class="cards">
      <li><a class="card" href="/services"><strong>${n("nav.services")}</strong><span>${n("home.servicesText")}</span></a></li>
      <li><a class="card" href="/ideas"><strong>${n("nav.ideas")}</strong><span>${n("home.ideasText")}</span></a></li>
      <li><a class="card" href="/ideas/new"><strong>${n("nav.newIdea")}</strong><span>${n("home.newText")}</span></a></li>
    </ul>
    ${i.map(s=>r`<p>${s}</p>`)}
    <p><a href="/help">${n("home.help")}</a></p>`}function f(e){let t=null,o=null,i=()=>o||(o=e().then(s=>t=s));return function(l){let[a,c]=g(t?"ready":"loading");return d(()=>{t||i().then(()=>c("loaded"),()=>{o=null})},[]),d(()=>{a==="loaded"&&x()},[a]),t?r`<${t} ...${l} />`:r`<p>${n("common.loading")}</p>`}}var p=()=>import("./chunk-7PSZC7F2.js"),Le=f(()=>p().then(e=>e.Services)),Fe=f(()=>p().then(e=>e.Service)),Re=f(()=>p().then(e=>e.Ideas)),Ce=f(()=>p().then(e=>e.Idea)),Oe=f(()=>p().then(e=>e.IdeaNew)),Ne=f(()=>p().then(e=>e.Mine)),Te=f(()=>p().then(e=>e.SignIn)),He=f(()=>p().then(e=>e.SignUp)),Pe=f(()=>p().then(e=>e.AccountPage)),We=f(()=>p().then(e=>e.ForgotPassword)),Me=f(()=>p().then(e=>e.ResetPassword)),Ue=f(()=>p().then(e=>e.Help)),De=f(()=>p().then(e=>e.Accessibility)),ze=f(()=>p().then(e=>e.Workspace)),Ve=f(()=>p().then(e=>e.FeedbackDesk)),_e=f(()=>p().then(e=>e.Inbox)),je=f(()=>p().then(e=>e.Solutions)),Ge=f(()=>p().then(e=>e.Assisted)),Be=[["/",ve],["/region",ae],["/services",Le],["/services/:id",Fe],["/ideas",Re],["/ideas/new",Oe],["/ideas/:id",Ce],["/mine",Ne],["/signin",Te],["/signup",He],["/account",Pe],["/forgot-password",We],["/reset-password",Me],["/help",Ue],["/accessibility",De],["/workspace",ze],["/workspace/feedback",Ve],["/inbox",_e],["/solutions",je],["/assisted",Ge]];function Ke(e){for(let[t,o]of Be){let i=te(t,e);if(i)return{view:o,params:i}}return{view:le,params:{}}}function ge(){let{path:e}=$.value,{view:t,params:o}=Ke(e),i=h(!0);return d(()=>{if(i.current){i.current=!1;return}window.scrollTo(0,0),x(!0)},[e]),r`
    <a class="skip-link" href="#main">${n("nav.skip")}</a>
    <${me} path=${e} />
    <${he} />
    <main id="main" tabindex="-1">
      <${t} ...${o} key=${e} />
    </main>
    <footer class="site-footer">
      <ul>
        <li><a href="/help">${n("nav.help")}</a></li>
        <li><a href="/accessibility">${n("nav.accessibility")}</a></li>
        <li><a href="/region">${n("nav.changeRegion")}</a></li>
      </ul>
    </footer>`}function qe(){if(!m.value)return null;let e=A.value;return{region:m.value.id,district:S.value,user:e?.record?.id||"",token:e&&!e.expired?e.token:""}}function Je(){let e;k(()=>{let t=A.value,o=t?`${t.record?.id}|${!!t.expired}`:"";e!==void 0&&o!==e&&Q(),e=o})}function Qe(){k(()=>{m.value&&w.value&&K(m.value)})}function Xe(e){let t=!1,o=()=>{t||e(),t=!0};k(()=>{I.value&&o()}),setTimeout(o,3e4)}async function Ye(){let e=D();await W();let t=document.getElementById("app");t.textContent="",N(r`<${ge} />`,t),await e,await j(),Qe(),Z(()=>{J(qe),Je(),Xe(fe),V().catch(()=>{}),m.value&&X()})}Ye();
