import{B as P,C as V,D as j,E as D,O as G,P as _,Q as B,R as b,S as K,T as q,V as J,W as Q,Y as X,Z as w,_ as Y,a,ha as g,ia as Z,j as d,ja as ee,k as C,ka as te,la as ne,m as O,n as H,o as N,q as T,r as n,v as M,w as k,x as z}from"./chunk-RPQJAMPS.js";import{G as S,H as v,I as R,J as W,M as F,Q as U,b as A,c as $,d as m,e as h,h as E,j as L}from"./chunk-CVGESKNK.js";var I=E(!1),x=null,oe=!1;function ie(){if(!("serviceWorker"in navigator))return;let e=navigator.serviceWorker,t=o=>{x=o,I.value=!0};e.register("/sw.js").then(o=>{let i=r=>r?.addEventListener("statechange",()=>{r.state==="installed"&&e.controller&&t(r)});o.waiting&&e.controller&&t(o.waiting),i(o.installing),o.addEventListener("updatefound",()=>i(o.installing)),document.addEventListener("visibilitychange",()=>{document.visibilityState==="visible"&&o.update().catch(()=>{})})}).catch(()=>{}),e.addEventListener("controllerchange",()=>{oe&&location.reload()})}function ae(){oe=!0,x?x.postMessage({type:"skip-waiting"}):location.reload()}var pe=[["/","nav.home"],["/services","nav.services"],["/ideas","nav.ideas"],["/ideas/new","nav.newIdea"],["/mine","nav.mine"],["/solutions","nav.solutions"],["/help","nav.help"]];function fe(e,t,o){let i=[...pe];return e&&i.splice(i.length-1,0,["/inbox","nav.inbox"]),o&&i.push(["/assisted","nav.assisted"]),t&&i.push(["/workspace","nav.workspace"]),i}function me(e,t){return e==="/"?t==="/":e==="/ideas"?t==="/ideas"||t.startsWith("/ideas/")&&t!=="/ideas/new":t===e||t.startsWith(e+"/")}var re={de:["Deutsch","de"],en:["English","en"],"de-simple":["Leichte Sprache","de"]};function de(){return a`
    <div class="languages">
      <span id="language-label">${n("nav.language")}</span>
      <ul aria-labelledby="language-label">
        ${O.map(e=>a`
          <li>
            <button type="button" class="link-button" lang=${re[e][1]}
              aria-pressed=${H.value===e?"true":"false"}
              onClick=${()=>T(e).catch(()=>{})}>${re[e][0]}</button>
          </li>`)}
      </ul>
    </div>`}function he(){let e=v.value;return e?a`
    <p class="account">
      <a href="/account" aria-current=${b.value.path==="/account"?"page":void 0}>${n("nav.signedInAs",{name:e.display_name})}</a>
      <button type="button" class="link-button" onClick=${async()=>{await F(),K("/")}}>${n("nav.signOut")}</button>
    </p>`:a`<p class="account"><a href=${g()}>${n("nav.signIn")}</a></p>`}function ve(e,t,o){let[i,r]=$(!1);return m(()=>r(!1),[e]),m(()=>{if(!i)return;let u=p=>{p.key==="Escape"&&(r(!1),o.current?.focus())},s=p=>{t.current?.contains(p.target)||r(!1)};return document.addEventListener("keydown",u),document.addEventListener("pointerdown",s),()=>{document.removeEventListener("keydown",u),document.removeEventListener("pointerdown",s)}},[i]),[i,r,u=>{u.relatedTarget&&!t.current?.contains(u.relatedTarget)&&r(!1)}]}function se({path:e}){let t=h(null),o=h(null),[i,r,f]=ve(e,t,o),u=d.value;return a`
    <header class="site-header" ref=${t} onFocusOut=${f}>
      <div class="bar">
        <a class="brand" href="/">Mitwirken</a>
        <button type="button" class="menu-button" ref=${o} aria-expanded=${i?"true":"false"}
          aria-controls="site-menu" onClick=${()=>r(!i)}>
          <span class="menu-icon" aria-hidden="true"></span>${n("nav.menu")}
        </button>
      </div>
      <div id="site-menu" class=${i?"menu open":"menu"}>
        ${u&&a`
          <p class="place"><span>${u.name}</span> <a href="/region">${n("nav.changeRegion")}</a></p>`}
        <${he} />
        <nav aria-label=${n("nav.main")}>
          <ul>
            ${fe(!!v.value,J.value,Q.value.length>0).map(([s,p])=>a`
              <li><a href=${s} aria-current=${me(s,e)?"page":void 0}>${n(p)}</a></li>`)}
          </ul>
        </nav>
        <${de} />
      </div>
    </header>`}function ge({online:e,pending:t,rejected:o,signedIn:i,failing:r,expired:f,update:u}){let s=[];if(e||s.push(n("notice.offline")),!e&&t===0&&s.push(n("notice.offlineSaved")),f&&s.push(n("notice.expired")),o>0&&s.push(n("notice.rejected",{count:o})),t>0&&s.push(n("notice.pending",{count:t})),t>0&&r&&s.push(n("notice.retrying")),!i&&t>0&&s.push(n("notice.signInToSend")),u&&s.push(n("notice.update")),!s.length)return null;let p=null;u?p={onClick:ae,label:n("notice.reload")}:f?p={href:g(),label:n("notice.signInAgain")}:!i&&t>0?p={href:g(),label:n("nav.signIn")}:o>0?p={href:"/mine",label:n("notice.review")}:t>0&&(p={href:"/mine",label:n("notice.show")});let y="warning";return o>0?y="error":e&&!f&&t===0&&(y="update"),{parts:s,action:p,tone:y}}function ce(){let e=X(),t=M.value,o=ge({online:e,pending:t.filter(i=>i.state==="pending").length,rejected:t.filter(i=>i.state==="rejected").length,signedIn:!!v.value,failing:e&&V.value.phase==="failed",expired:R.value,update:I.value});return a`
    <div class="notices" role="status">
      ${o&&a`
        <p class=${"notice notice-"+o.tone}>
          <span class="notice-text">${o.parts.map(i=>a`<span>${i}</span> `)}</span>
          ${o.action?.href&&a`<a class="notice-action" href=${o.action.href}>${o.action.label}</a>`}
          ${o.action?.onClick&&a`
            <button type="button" class="notice-action" onClick=${o.action.onClick}>${o.action.label}</button>`}
        </p>`}
    </div>`}function le(){Y("");let e=d.value;if(_(e&&k.value),!e)return a`
      <h1 tabindex="-1">${n("home.welcome")}</h1>
      ${n("home.intro").map(r=>a`<p>${r}</p>`)}
      <h2>${n("home.chooseTitle")}</h2>
      <${Z} />`;let t=[...P.value.ideas.values()].filter(r=>r.sync!=="rejected"&&!r.hidden&&(r.region===e.id||r.region===e.parent)).sort((r,f)=>r.created<f.created?1:-1).slice(0,3),[o,...i]=n("home.intro");return a`
    <h1 tabindex="-1">${n("home.title",{name:e.name})}</h1>
    <p>${o}</p>
    <h2>${n("home.recent")}</h2>
    ${k.value&&t.length===0?a`<p>${n("ideas.none")}</p>`:a`<${te} ideas=${t} level="3" />`}
    <ul class="cards">
      <li><a class="card" href="/services"><strong>${n("nav.services")}</strong><span>${n("home.servicesText")}</span></a></li>
      <li><a class="card" href="/ideas"><strong>${n("nav.ideas")}</strong><span>${n("home.ideasText")}</span></a></li>
      <li><a class="card" href="/ideas/new"><strong>${n("nav.newIdea")}</strong><span>${n("home.newText")}</span></a></li>
    </ul>
    ${i.map(r=>a`<p>${r}</p>`)}
    <p><a href="/help">${n("home.help")}</a></p>`}function c(e){let t=null,o=null,i=()=>o||(o=e().then(r=>t=r));return function(f){let[u,s]=$(t?"ready":"loading");return m(()=>{t||i().then(()=>s("loaded"),()=>{o=null})},[]),m(()=>{u==="loaded"&&w()},[u]),t?a`<${t} ...${f} />`:a`<p>${n("common.loading")}</p>`}}var l=()=>import("./chunk-HD2PHGZ6.js"),$e=c(()=>l().then(e=>e.Services)),be=c(()=>l().then(e=>e.Service)),we=c(()=>l().then(e=>e.Ideas)),ye=c(()=>l().then(e=>e.Idea)),Se=c(()=>l().then(e=>e.IdeaNew)),ke=c(()=>l().then(e=>e.Mine)),xe=c(()=>l().then(e=>e.SignIn)),Ie=c(()=>l().then(e=>e.SignUp)),Ae=c(()=>l().then(e=>e.AccountPage)),Ee=c(()=>l().then(e=>e.Help)),Le=c(()=>l().then(e=>e.Accessibility)),Ce=c(()=>l().then(e=>e.Workspace)),Oe=c(()=>l().then(e=>e.Inbox)),He=c(()=>l().then(e=>e.Solutions)),Ne=c(()=>l().then(e=>e.Assisted)),Te=[["/",le],["/region",ee],["/services",$e],["/services/:id",be],["/ideas",we],["/ideas/new",Se],["/ideas/:id",ye],["/mine",ke],["/signin",xe],["/signup",Ie],["/account",Ae],["/help",Ee],["/accessibility",Le],["/workspace",Ce],["/inbox",Oe],["/solutions",He],["/assisted",Ne]];function Re(e){for(let[t,o]of Te){let i=q(t,e);if(i)return{view:o,params:i}}return{view:ne,params:{}}}function ue(){let{path:e}=b.value,{view:t,params:o}=Re(e),i=h(!0);return m(()=>{if(i.current){i.current=!1;return}window.scrollTo(0,0),w(!0)},[e]),a`
    <a class="skip-link" href="#main">${n("nav.skip")}</a>
    <${se} path=${e} />
    <${ce} />
    <main id="main" tabindex="-1">
      <${t} ...${o} key=${e} />
    </main>
    <footer class="site-footer">
      <ul>
        <li><a href="/help">${n("nav.help")}</a></li>
        <li><a href="/accessibility">${n("nav.accessibility")}</a></li>
        <li><a href="/region">${n("nav.changeRegion")}</a></li>
      </ul>
    </footer>`}function We(){if(!d.value)return null;let e=S.value;return{region:d.value.id,district:C.value,user:e?.record?.id||"",token:e&&!e.expired?e.token:""}}function Fe(){let e;L(()=>{let t=S.value,o=t?`${t.record?.id}|${!!t.expired}`:"";e!==void 0&&o!==e&&D(),e=o})}async function Ue(){let e=W();await N();let t=document.getElementById("app");t.textContent="",A(a`<${ue} />`,t),await e,await z(),B(()=>{j(We),Fe(),ie(),U().catch(()=>{}),d.value&&G()})}Ue();
