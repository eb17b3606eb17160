import{$ as k,D as j,E as G,F as _,G as B,Q as K,R as q,S as J,T as $,U as Q,V as X,X as Y,Y as Z,_ as ee,a as r,aa as te,k as d,l as F,ma as w,n as H,na as E,o as N,p as T,r as W,s as n,sa as ne,ta as oe,ua as ie,va as se,x as D,y as I,z as V}from"./chunk-35W4RQQ7.js";import{D as P,I as S,J as b,K as x,L as M,O as U,S as z,b as C,c as g,d as m,e as h,h as O,j as R}from"./chunk-DRJDRADC.js";var L=O(!1),A=null,re=!1;function ae(){if(!("serviceWorker"in navigator))return;let e=navigator.serviceWorker,t=o=>{A=o,L.value=!0};e.register("/sw.js").then(o=>{let i=s=>s?.addEventListener("statechange",()=>{s.state==="installed"&&e.controller&&t(s)});o.waiting&&e.controller&&t(o.waiting),i(o.installing),o.addEventListener("updatefound",()=>i(o.installing)),document.addEventListener("visibilitychange",()=>{document.visibilityState==="visible"&&o.update().catch(()=>{})})}).catch(()=>{}),e.addEventListener("controllerchange",()=>{re&&location.reload()})}function ce(){re=!0,A?A.postMessage({type:"skip-waiting"}):location.reload()}var de=[["/","nav.home"],["/services","nav.services"],["/ideas","nav.ideas"],["/ideas/new","nav.newIdea"],["/mine","nav.mine"],["/solutions","nav.solutions"],["/help","nav.help"]];function he(e,t,o){let i=[...de];return e&&i.splice(i.length-1,0,["/inbox","nav.inbox"]),o&&i.push(["/assisted","nav.assisted"]),t&&i.push(["/workspace","nav.workspace"]),i}function ve(e,t){return e==="/"?t==="/":e==="/ideas"?t==="/ideas"||t.startsWith("/ideas/")&&t!=="/ideas/new":t===e||t.startsWith(e+"/")}var le={de:["Deutsch","de"],en:["English","en"],"de-simple":["Leichte Sprache","de"]};function ge(){return r`
    <div class="languages">
      <span id="language-label">${n("nav.language")}</span>
      <ul aria-labelledby="language-label">
        ${H.map(e=>r`
          <li>
            <button type="button" class="link-button" lang=${le[e][1]}
              aria-pressed=${N.value===e?"true":"false"}
              onClick=${()=>W(e).catch(()=>{})}>${le[e][0]}</button>
          </li>`)}
      </ul>
    </div>`}function $e(){let e=b.value;return e?r`
    <p class="account">
      <a href="/account" aria-current=${$.value.path==="/account"?"page":void 0}>${n("nav.signedInAs",{name:e.display_name})}</a>
      <button type="button" class="link-button" onClick=${async()=>{await U(),Q("/")}}>${n("nav.signOut")}</button>
    </p>`:r`<p class="account"><a href=${w()}>${n("nav.signIn")}</a></p>`}function be(e,t,o){let[i,s]=g(!1);return m(()=>s(!1),[e]),m(()=>{if(!i)return;let a=u=>{u.key==="Escape"&&(s(!1),o.current?.focus())},c=u=>{t.current?.contains(u.target)||s(!1)};return document.addEventListener("keydown",a),document.addEventListener("pointerdown",c),()=>{document.removeEventListener("keydown",a),document.removeEventListener("pointerdown",c)}},[i]),[i,s,a=>{a.relatedTarget&&!t.current?.contains(a.relatedTarget)&&s(!1)}]}function ue({path:e}){let t=h(null),o=h(null),[i,s,l]=be(e,t,o),a=d.value;return r`
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
        <${$e} />
        <nav aria-label=${n("nav.main")}>
          <ul>
            ${he(!!b.value,Y.value,Z.value.length>0).map(([c,u])=>r`
              <li><a href=${c} aria-current=${ve(c,e)?"page":void 0}>${n(u)}</a></li>`)}
          </ul>
        </nav>
        <${ge} />
      </div>
    </header>`}function we({online:e,pending:t,rejected:o,signedIn:i,failing:s,expired:l,update:a,sent:c=0}){let u=[];if(e||u.push(n("notice.offline")),!e&&t===0&&u.push(n("notice.offlineSaved")),l&&u.push(n("notice.expired")),o>0&&u.push(n("notice.rejected",{count:o})),t>0&&u.push(n(i?"notice.pending":"notice.pendingSignIn",{count:t})),t>0&&s&&u.push(n("notice.retrying")),a&&u.push(n("notice.update")),!u.length&&c>0)return{parts:[n("notice.sent",{count:c})],action:{href:"/mine",label:n("notice.show")},tone:"success",dismissable:!0};if(!u.length)return null;let v=null;a?v={onClick:ce,label:n("notice.reload")}:l?v={href:w(),label:n("notice.signInAgain")}:!i&&t>0?v={href:w(),label:n("nav.signIn")}:o>0?v={href:"/mine",label:n("notice.review")}:t>0&&(v={href:"/mine",label:n("notice.show")});let y="warning";return o>0?y="error":e&&!l&&t===0&&(y="update"),{parts:u,action:v,tone:y}}var ke=e=>E.value?.path===$.value.path&&E.value.ids.includes(e);function ye(e,t){let o=h(new Set),[i,s]=g(0);return m(()=>{let l=new Map(e.map(c=>[c.id,c]));t&&e.filter(c=>c.state==="pending").forEach(c=>o.current.add(c.id));let a=0;for(let c of o.current){let u=l.get(c);u&&u.state==="pending"||(o.current.delete(c),!u&&!P.has(c)&&!ke(c)&&a++)}a&&s(c=>c+a)},[e,t]),[i,()=>s(0)]}function pe(){let e=ee(),t=D.value,o=!!b.value,[i,s]=ye(t,!e||!o||x.value),l=we({online:e,pending:t.filter(a=>a.state==="pending").length,rejected:t.filter(a=>a.state==="rejected").length,signedIn:o,failing:e&&G.value.phase==="failed",expired:x.value,update:L.value,sent:i});return r`
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
    </div>`}function fe(){te("");let e=d.value;if(q(e&&I.value),!e)return r`
      <h1 tabindex="-1">${n("home.welcome")}</h1>
      ${n("home.intro").map(s=>r`<p>${s}</p>`)}
      <h2>${n("home.chooseTitle")}</h2>
      <${ne} />`;let t=[...j.value.ideas.values()].filter(s=>s.sync!=="rejected"&&!s.hidden&&(s.region===e.id||s.region===e.parent)).sort((s,l)=>s.created<l.created?1:-1).slice(0,3),[o,...i]=n("home.intro");return r`
    <h1 tabindex="-1">${n("home.title",{name:e.name})}</h1>
    <p>${o}</p>
    <h2>${n("home.recent")}</h2>
    ${I.value&&t.length===0?r`<p>${n("ideas.none")}</p>`:r`<${ie} ideas=${t} level="3" />`}
    <ul class="cards">
      <li><a class="card" href="/services"><strong>${n("nav.services")}</strong><span>${n("home.servicesText")}</span></a></li>
      <li><a class="card" href="/ideas"><strong>${n("nav.ideas")}</strong><span>${n("home.ideasText")}</span></a></li>
      <li><a class="card" href="/ideas/new"><strong>${n("nav.newIdea")}</strong><span>${n("home.newText")}</span></a></li>
    </ul>
    ${i.map(s=>r`<p>${s}</p>`)}
    <p><a href="/help">${n("home.help")}</a></p>`}function p(e){let t=null,o=null,i=()=>o||(o=e().then(s=>t=s));return function(l){let[a,c]=g(t?"ready":"loading");return m(()=>{t||i().then(()=>c("loaded"),()=>{o=null})},[]),m(()=>{a==="loaded"&&k()},[a]),t?r`<${t} ...${l} />`:r`<p>${n("common.loading")}</p>`}}var f=()=>import("./chunk-ZNVRTN2A.js"),Se=p(()=>f().then(e=>e.Services)),xe=p(()=>f().then(e=>e.Service)),Ie=p(()=>f().then(e=>e.Ideas)),Ee=p(()=>f().then(e=>e.Idea)),Ae=p(()=>f().then(e=>e.IdeaNew)),Le=p(()=>f().then(e=>e.Mine)),Ce=p(()=>f().then(e=>e.SignIn)),Oe=p(()=>f().then(e=>e.SignUp)),Re=p(()=>f().then(e=>e.AccountPage)),Fe=p(()=>f().then(e=>e.ForgotPassword)),He=p(()=>f().then(e=>e.ResetPassword)),Ne=p(()=>f().then(e=>e.Help)),Te=p(()=>f().then(e=>e.Accessibility)),We=p(()=>f().then(e=>e.Workspace)),Pe=p(()=>f().then(e=>e.FeedbackDesk)),Me=p(()=>f().then(e=>e.Inbox)),Ue=p(()=>f().then(e=>e.Solutions)),ze=p(()=>f().then(e=>e.Assisted)),De=[["/",fe],["/region",oe],["/services",Se],["/services/:id",xe],["/ideas",Ie],["/ideas/new",Ae],["/ideas/:id",Ee],["/mine",Le],["/signin",Ce],["/signup",Oe],["/account",Re],["/forgot-password",Fe],["/reset-password",He],["/help",Ne],["/accessibility",Te],["/workspace",We],["/workspace/feedback",Pe],["/inbox",Me],["/solutions",Ue],["/assisted",ze]];function Ve(e){for(let[t,o]of De){let i=X(t,e);if(i)return{view:o,params:i}}return{view:se,params:{}}}function me(){let{path:e}=$.value,{view:t,params:o}=Ve(e),i=h(!0);return m(()=>{if(i.current){i.current=!1;return}window.scrollTo(0,0),k(!0)},[e]),r`
    <a class="skip-link" href="#main">${n("nav.skip")}</a>
    <${ue} path=${e} />
    <${pe} />
    <main id="main" tabindex="-1">
      <${t} ...${o} key=${e} />
    </main>
    <footer class="site-footer">
      <ul>
        <li><a href="/help">${n("nav.help")}</a></li>
        <li><a href="/accessibility">${n("nav.accessibility")}</a></li>
        <li><a href="/region">${n("nav.changeRegion")}</a></li>
      </ul>
    </footer>`}function je(){if(!d.value)return null;let e=S.value;return{region:d.value.id,district:F.value,user:e?.record?.id||"",token:e&&!e.expired?e.token:""}}function Ge(){let e;R(()=>{let t=S.value,o=t?`${t.record?.id}|${!!t.expired}`:"";e!==void 0&&o!==e&&B(),e=o})}async function _e(){let e=M();await T();let t=document.getElementById("app");t.textContent="",C(r`<${me} />`,t),await e,await V(),J(()=>{_(je),Ge(),ae(),z().catch(()=>{}),d.value&&K()})}_e();
