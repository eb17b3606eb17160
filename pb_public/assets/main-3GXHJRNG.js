import{$ as re,A as _,B as j,C as G,G as B,H as K,I as A,J as q,K as J,L as Q,N as X,P as Y,Q as Z,R as ee,S as $,T as te,U as ne,W as oe,X as ie,Z as se,_ as S,a as r,ca as w,da as L,ia as ae,ja as ce,k as m,ka as le,l as O,la as ue,n as N,o as H,p as P,r as W,s as n,y as V,z as k}from"./chunk-H2TAPYBZ.js";import{E as M,J as x,K as b,L as E,M as U,P as z,T as D,b as F,c as g,d,e as h,i as T,k as y}from"./chunk-J26RE7XU.js";var C=T(!1),R=null,fe=!1;function pe(){if(!("serviceWorker"in navigator))return;let e=navigator.serviceWorker,t=o=>{R=o,C.value=!0};e.register("/sw.js").then(o=>{let i=s=>s?.addEventListener("statechange",()=>{s.state==="installed"&&e.controller&&t(s)});o.waiting&&e.controller&&t(o.waiting),i(o.installing),o.addEventListener("updatefound",()=>i(o.installing)),document.addEventListener("visibilitychange",()=>{document.visibilityState==="visible"&&o.update().catch(()=>{})})}).catch(()=>{}),e.addEventListener("controllerchange",()=>{fe&&location.reload()})}function de(){fe=!0,R?R.postMessage({type:"skip-waiting"}):location.reload()}var we=[["/","nav.home"],["/services","nav.services"],["/ideas","nav.ideas"],["/ideas/new","nav.newIdea"],["/mine","nav.mine"],["/solutions","nav.solutions"],["/insight","nav.insight"],["/help","nav.help"]];function ye(e,t,o){let i=[...we];return e&&i.splice(i.length-1,0,["/inbox","nav.inbox"]),o&&i.push(["/assisted","nav.assisted"]),t&&i.push(["/workspace","nav.workspace"]),i}function ke(e,t){return e==="/"?t==="/":e==="/ideas"?t==="/ideas"||t.startsWith("/ideas/")&&t!=="/ideas/new":t===e||t.startsWith(e+"/")}var me={de:["Deutsch","de"],en:["English","en"],"de-simple":["Leichte Sprache","de"]};function Se(){return r`
    <div class="languages">
      <span id="language-label">${n("nav.language")}</span>
      <ul aria-labelledby="language-label">
        ${N.map(e=>r`
          <li>
            <button type="button" class="link-button" lang=${me[e][1]}
              aria-pressed=${H.value===e?"true":"false"}
              onClick=${()=>W(e).catch(()=>{})}>${me[e][0]}</button>
          </li>`)}
      </ul>
    </div>`}function Ie(){let e=b.value;return e?r`
    <p class="account">
      <a href="/account" aria-current=${$.value.path==="/account"?"page":void 0}>${n("nav.signedInAs",{name:e.display_name})}</a>
      <button type="button" class="link-button" onClick=${async()=>{await z(),te("/")}}>${n("nav.signOut")}</button>
    </p>`:r`<p class="account"><a href=${w()}>${n("nav.signIn")}</a></p>`}function xe(e,t,o){let[i,s]=g(!1);return d(()=>s(!1),[e]),d(()=>{if(!i)return;let a=f=>{f.key==="Escape"&&(s(!1),o.current?.focus())},c=f=>{t.current?.contains(f.target)||s(!1)};return document.addEventListener("keydown",a),document.addEventListener("pointerdown",c),()=>{document.removeEventListener("keydown",a),document.removeEventListener("pointerdown",c)}},[i]),[i,s,a=>{a.relatedTarget&&!t.current?.contains(a.relatedTarget)&&s(!1)}]}function he({path:e}){let t=h(null),o=h(null),[i,s,l]=xe(e,t,o),a=m.value;return r`
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
        <${Ie} />
        <nav aria-label=${n("nav.main")}>
          <ul>
            ${ye(!!b.value,oe.value,ie.value.length>0).map(([c,f])=>r`
              <li><a href=${c} aria-current=${ke(c,e)?"page":void 0}>${n(f)}</a></li>`)}
          </ul>
        </nav>
        <${Se} />
      </div>
    </header>`}function Ee({online:e,pending:t,rejected:o,signedIn:i,failing:s,expired:l,update:a,sent:c=0}){let f=[];if(e||f.push(n("notice.offline")),!e&&t===0&&f.push(n("notice.offlineSaved")),l&&f.push(n("notice.expired")),o>0&&f.push(n("notice.rejected",{count:o})),t>0&&f.push(n(i?"notice.pending":"notice.pendingSignIn",{count:t})),t>0&&s&&f.push(n("notice.retrying")),a&&f.push(n("notice.update")),!f.length&&c>0)return{parts:[n("notice.sent",{count:c})],action:{href:"/mine",label:n("notice.show")},tone:"success",dismissable:!0};if(!f.length)return null;let v=null;a?v={onClick:de,label:n("notice.reload")}:l?v={href:w(),label:n("notice.signInAgain")}:!i&&t>0?v={href:w(),label:n("nav.signIn")}:o>0?v={href:"/mine",label:n("notice.review")}:t>0&&(v={href:"/mine",label:n("notice.show")});let I="warning";return o>0?I="error":e&&!l&&t===0&&(I="update"),{parts:f,action:v,tone:I}}var Ae=e=>L.value?.path===$.value.path&&L.value.ids.includes(e);function Le(e,t){let o=h(new Set),[i,s]=g(0);return d(()=>{let l=new Map(e.map(c=>[c.id,c]));t&&e.filter(c=>c.state==="pending").forEach(c=>o.current.add(c.id));let a=0;for(let c of o.current){let f=l.get(c);f&&f.state==="pending"||(o.current.delete(c),!f&&!M.has(c)&&!Ae(c)&&a++)}a&&s(c=>c+a)},[e,t]),[i,()=>s(0)]}function ve(){let e=se(),t=V.value,o=!!b.value,[i,s]=Le(t,!e||!o||E.value),l=Ee({online:e,pending:t.filter(a=>a.state==="pending").length,rejected:t.filter(a=>a.state==="rejected").length,signedIn:o,failing:e&&J.value.phase==="failed",expired:E.value,update:C.value,sent:i});return r`
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
    </div>`}function Re({place:e,stored:t}){let o=j.value,i=A.value?.region===e.id&&A.value.ideas,s=!o&&i?i:t;return s.length?r`<${le} ideas=${s} level="3" />`:o?r`<p>${n("ideas.none")}</p>`:r`<p role="status">${n("home.loadingIdeas")}</p>`}function ge(){re("");let e=m.value;if(Z(e&&k.value),!e)return r`
      <h1 tabindex="-1">${n("home.welcome")}</h1>
      ${n("home.intro").map(s=>r`<p>${s}</p>`)}
      <h2>${n("home.chooseTitle")}</h2>
      <${ae} />`;let t=[...B.value.ideas.values()].filter(s=>s.sync!=="rejected"&&!s.hidden&&(s.region===e.id||s.region===e.parent)).sort((s,l)=>s.created<l.created?1:-1).slice(0,K),[o,...i]=n("home.intro");return r`
    <h1 tabindex="-1">${n("home.title",{name:e.name})}</h1>
    <p>${o}</p>
    <h2>${n("home.recent")}</h2>
    <${Re} place=${e} stored=${t} />
    <ul class="cards">
      <li><a class="card" href="/services"><strong>${n("nav.services")}</strong><span>${n("home.servicesText")}</span></a></li>
      <li><a class="card" href="/ideas"><strong>${n("nav.ideas")}</strong><span>${n("home.ideasText")}</span></a></li>
      <li><a class="card" href="/ideas/new"><strong>${n("nav.newIdea")}</strong><span>${n("home.newText")}</span></a></li>
    </ul>
    ${i.map(s=>r`<p>${s}</p>`)}
    <p><a href="/help">${n("home.help")}</a></p>`}function u(e){let t=null,o=null,i=()=>o||(o=e().then(s=>t=s));return function(l){let[a,c]=g(t?"ready":"loading");return d(()=>{t||i().then(()=>c("loaded"),()=>{o=null})},[]),d(()=>{a==="loaded"&&S()},[a]),t?r`<${t} ...${l} />`:r`<p>${n("common.loading")}</p>`}}var p=()=>import("./chunk-A62TNTLJ.js"),Ce=u(()=>p().then(e=>e.Services)),Fe=u(()=>p().then(e=>e.Service)),Te=u(()=>p().then(e=>e.Ideas)),Oe=u(()=>p().then(e=>e.Idea)),Ne=u(()=>p().then(e=>e.IdeaNew)),He=u(()=>p().then(e=>e.Mine)),Pe=u(()=>p().then(e=>e.SignIn)),We=u(()=>p().then(e=>e.SignUp)),Me=u(()=>p().then(e=>e.AccountPage)),Ue=u(()=>p().then(e=>e.ForgotPassword)),ze=u(()=>p().then(e=>e.ResetPassword)),De=u(()=>p().then(e=>e.Help)),Ve=u(()=>p().then(e=>e.Accessibility)),_e=u(()=>p().then(e=>e.Workspace)),je=u(()=>p().then(e=>e.FeedbackDesk)),Ge=u(()=>p().then(e=>e.Inbox)),Be=u(()=>p().then(e=>e.Solutions)),Ke=u(()=>p().then(e=>e.Assisted)),$e=()=>import("./chunk-R4MT7Q4A.js"),qe=u(()=>$e().then(e=>e.Insight)),Je=u(()=>$e().then(e=>e.Transparency)),Qe=[["/",ge],["/region",ce],["/services",Ce],["/services/:id",Fe],["/ideas",Te],["/ideas/new",Ne],["/ideas/:id",Oe],["/mine",He],["/signin",Pe],["/signup",We],["/account",Me],["/forgot-password",Ue],["/reset-password",ze],["/help",De],["/accessibility",Ve],["/workspace",_e],["/workspace/feedback",je],["/inbox",Ge],["/solutions",Be],["/assisted",Ke],["/insight",qe],["/transparenz/:region",Je]];function Xe(e){for(let[t,o]of Qe){let i=ne(t,e);if(i)return{view:o,params:i}}return{view:ue,params:{}}}function be(){let{path:e}=$.value,{view:t,params:o}=Xe(e),i=h(!0);return d(()=>{if(i.current){i.current=!1;return}window.scrollTo(0,0),S(!0)},[e]),r`
    <a class="skip-link" href="#main">${n("nav.skip")}</a>
    <${he} path=${e} />
    <${ve} />
    <main id="main" tabindex="-1">
      <${t} ...${o} key=${e} />
    </main>
    <footer class="site-footer">
      <ul>
        <li><a href="/help">${n("nav.help")}</a></li>
        <li><a href="/accessibility">${n("nav.accessibility")}</a></li>
        <li><a href="/region">${n("nav.changeRegion")}</a></li>
      </ul>
    </footer>`}function Ye(){if(!m.value)return null;let e=x.value;return{region:m.value.id,district:O.value,user:e?.record?.id||"",token:e&&!e.expired?e.token:""}}function Ze(){let e;y(()=>{let t=x.value,o=t?`${t.record?.id}|${!!t.expired}`:"";e!==void 0&&o!==e&&X(),e=o})}function et(){y(()=>{m.value&&k.value&&q(m.value)})}function tt(e){let t=!1,o=()=>{t||e(),t=!0};y(()=>{_.value&&o()}),setTimeout(o,1e4)}async function nt(){let e=U();await P();let t=document.getElementById("app");t.textContent="",F(r`<${be} />`,t),await e,await G(),et(),ee(()=>{Q(Ye),Ze(),tt(pe),D().catch(()=>{}),m.value&&Y()})}nt();
