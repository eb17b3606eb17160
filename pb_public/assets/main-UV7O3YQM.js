import{$ as w,D,E as P,F as V,G as j,Q as G,R as _,S as B,T as b,U as K,V as q,X as J,Y as Q,_ as X,a,aa as Y,k as d,l as C,la as g,ma as Z,n as O,na as ee,o as H,oa as te,p as N,pa as ne,r as T,s as n,x as M,y as S,z}from"./chunk-HFYTFD4T.js";import{G as y,H as v,I as F,J as R,M as W,Q as U,b as A,c as $,d as m,e as h,h as E,j as L}from"./chunk-CVGESKNK.js";var I=E(!1),x=null,oe=!1;function ie(){if(!("serviceWorker"in navigator))return;let e=navigator.serviceWorker,t=o=>{x=o,I.value=!0};e.register("/sw.js").then(o=>{let i=r=>r?.addEventListener("statechange",()=>{r.state==="installed"&&e.controller&&t(r)});o.waiting&&e.controller&&t(o.waiting),i(o.installing),o.addEventListener("updatefound",()=>i(o.installing)),document.addEventListener("visibilitychange",()=>{document.visibilityState==="visible"&&o.update().catch(()=>{})})}).catch(()=>{}),e.addEventListener("controllerchange",()=>{oe&&location.reload()})}function ae(){oe=!0,x?x.postMessage({type:"skip-waiting"}):location.reload()}var pe=[["/","nav.home"],["/services","nav.services"],["/ideas","nav.ideas"],["/ideas/new","nav.newIdea"],["/mine","nav.mine"],["/solutions","nav.solutions"],["/help","nav.help"]];function fe(e,t,o){let i=[...pe];return e&&i.splice(i.length-1,0,["/inbox","nav.inbox"]),o&&i.push(["/assisted","nav.assisted"]),t&&i.push(["/workspace","nav.workspace"]),i}function me(e,t){return e==="/"?t==="/":e==="/ideas"?t==="/ideas"||t.startsWith("/ideas/")&&t!=="/ideas/new":t===e||t.startsWith(e+"/")}var re={de:["Deutsch","de"],en:["English","en"],"de-simple":["Leichte Sprache","de"]};function de(){return a`
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
      <button type="button" class="link-button" onClick=${async()=>{await W(),K("/")}}>${n("nav.signOut")}</button>
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
    </header>`}function ge({online:e,pending:t,rejected:o,signedIn:i,failing:r,expired:f,update:u}){let s=[];if(e||s.push(n("notice.offline")),!e&&t===0&&s.push(n("notice.offlineSaved")),f&&s.push(n("notice.expired")),o>0&&s.push(n("notice.rejected",{count:o})),t>0&&s.push(n("notice.pending",{count:t})),t>0&&r&&s.push(n("notice.retrying")),!i&&t>0&&s.push(n("notice.signInToSend")),u&&s.push(n("notice.update")),!s.length)return null;let p=null;u?p={onClick:ae,label:n("notice.reload")}:f?p={href:g(),label:n("notice.signInAgain")}:!i&&t>0?p={href:g(),label:n("nav.signIn")}:o>0?p={href:"/mine",label:n("notice.review")}:t>0&&(p={href:"/mine",label:n("notice.show")});let k="warning";return o>0?k="error":e&&!f&&t===0&&(k="update"),{parts:s,action:p,tone:k}}function ce(){let e=X(),t=M.value,o=ge({online:e,pending:t.filter(i=>i.state==="pending").length,rejected:t.filter(i=>i.state==="rejected").length,signedIn:!!v.value,failing:e&&P.value.phase==="failed",expired:F.value,update:I.value});return a`
    <div class="notices" role="status">
      ${o&&a`
        <p class=${"notice notice-"+o.tone}>
          <span class="notice-text">${o.parts.map(i=>a`<span>${i}</span> `)}</span>
          ${o.action?.href&&a`<a class="notice-action" href=${o.action.href}>${o.action.label}</a>`}
          ${o.action?.onClick&&a`
            <button type="button" class="notice-action" onClick=${o.action.onClick}>${o.action.label}</button>`}
        </p>`}
    </div>`}function le(){Y("");let e=d.value;if(_(e&&S.value),!e)return a`
      <h1 tabindex="-1">${n("home.welcome")}</h1>
      ${n("home.intro").map(r=>a`<p>${r}</p>`)}
      <h2>${n("home.chooseTitle")}</h2>
      <${Z} />`;let t=[...D.value.ideas.values()].filter(r=>r.sync!=="rejected"&&!r.hidden&&(r.region===e.id||r.region===e.parent)).sort((r,f)=>r.created<f.created?1:-1).slice(0,3),[o,...i]=n("home.intro");return a`
    <h1 tabindex="-1">${n("home.title",{name:e.name})}</h1>
    <p>${o}</p>
    <h2>${n("home.recent")}</h2>
    ${S.value&&t.length===0?a`<p>${n("ideas.none")}</p>`:a`<${te} ideas=${t} level="3" />`}
    <ul class="cards">
      <li><a class="card" href="/services"><strong>${n("nav.services")}</strong><span>${n("home.servicesText")}</span></a></li>
      <li><a class="card" href="/ideas"><strong>${n("nav.ideas")}</strong><span>${n("home.ideasText")}</span></a></li>
      <li><a class="card" href="/ideas/new"><strong>${n("nav.newIdea")}</strong><span>${n("home.newText")}</span></a></li>
    </ul>
    ${i.map(r=>a`<p>${r}</p>`)}
    <p><a href="/help">${n("home.help")}</a></p>`}function c(e){let t=null,o=null,i=()=>o||(o=e().then(r=>t=r));return function(f){let[u,s]=$(t?"ready":"loading");return m(()=>{t||i().then(()=>s("loaded"),()=>{o=null})},[]),m(()=>{u==="loaded"&&w()},[u]),t?a`<${t} ...${f} />`:a`<p>${n("common.loading")}</p>`}}var l=()=>import("./chunk-JA2CLYBV.js"),$e=c(()=>l().then(e=>e.Services)),be=c(()=>l().then(e=>e.Service)),we=c(()=>l().then(e=>e.Ideas)),ke=c(()=>l().then(e=>e.Idea)),ye=c(()=>l().then(e=>e.IdeaNew)),Se=c(()=>l().then(e=>e.Mine)),xe=c(()=>l().then(e=>e.SignIn)),Ie=c(()=>l().then(e=>e.SignUp)),Ae=c(()=>l().then(e=>e.AccountPage)),Ee=c(()=>l().then(e=>e.Help)),Le=c(()=>l().then(e=>e.Accessibility)),Ce=c(()=>l().then(e=>e.Workspace)),Oe=c(()=>l().then(e=>e.FeedbackDesk)),He=c(()=>l().then(e=>e.Inbox)),Ne=c(()=>l().then(e=>e.Solutions)),Te=c(()=>l().then(e=>e.Assisted)),Fe=[["/",le],["/region",ee],["/services",$e],["/services/:id",be],["/ideas",we],["/ideas/new",ye],["/ideas/:id",ke],["/mine",Se],["/signin",xe],["/signup",Ie],["/account",Ae],["/help",Ee],["/accessibility",Le],["/workspace",Ce],["/workspace/feedback",Oe],["/inbox",He],["/solutions",Ne],["/assisted",Te]];function Re(e){for(let[t,o]of Fe){let i=q(t,e);if(i)return{view:o,params:i}}return{view:ne,params:{}}}function ue(){let{path:e}=b.value,{view:t,params:o}=Re(e),i=h(!0);return m(()=>{if(i.current){i.current=!1;return}window.scrollTo(0,0),w(!0)},[e]),a`
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
    </footer>`}function We(){if(!d.value)return null;let e=y.value;return{region:d.value.id,district:C.value,user:e?.record?.id||"",token:e&&!e.expired?e.token:""}}function Ue(){let e;L(()=>{let t=y.value,o=t?`${t.record?.id}|${!!t.expired}`:"";e!==void 0&&o!==e&&j(),e=o})}async function Me(){let e=R();await N();let t=document.getElementById("app");t.textContent="",A(a`<${ue} />`,t),await e,await z(),B(()=>{V(We),Ue(),ie(),U().catch(()=>{}),d.value&&G()})}Me();
