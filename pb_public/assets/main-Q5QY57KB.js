import{B as q,C as J,D as Q,E as X,H as Y,I as Z,J as L,K as ee,L as te,M as ne,N as oe,O as ie,Q as R,S as h,T as se,U as S,V as ae,W as re,X as ce,Z as le,_ as ue,a,aa as pe,ba as I,ca as fe,fa as w,ga as C,k as d,l as P,la as me,m as W,ma as de,n as M,na as he,o as U,oa as ve,p as z,r as D,s as o,x as G,y as K,z as y}from"./chunk-IKN4QM3Q.js";import{E as V,J as E,K as b,L as A,M as _,P as j,T as B,b as O,c as $,d as m,e as v,i as H,k}from"./chunk-MQ2JX5S6.js";var T=H(!1),F=null,ge=!1;function $e(){if(!("serviceWorker"in navigator))return;let e=navigator.serviceWorker,t=n=>{F=n,T.value=!0};e.register("/sw.js").then(n=>{let i=s=>s?.addEventListener("statechange",()=>{s.state==="installed"&&e.controller&&t(s)});n.waiting&&e.controller&&t(n.waiting),i(n.installing),n.addEventListener("updatefound",()=>i(n.installing)),document.addEventListener("visibilitychange",()=>{document.visibilityState==="visible"&&n.update().catch(()=>{})})}).catch(()=>{}),e.addEventListener("controllerchange",()=>{ge&&location.reload()})}function be(){ge=!0,F?F.postMessage({type:"skip-waiting"}):location.reload()}var xe=[["/","nav.home"],["/services","nav.services"],["/ideas","nav.ideas"],["/ideas/new","nav.newIdea"],["/mine","nav.mine"],["/solutions","nav.solutions"],["/insight","nav.insight"],["/help","nav.help"]];function Ee(e,t,n){let i=[...xe];return e&&i.splice(i.length-1,0,["/inbox","nav.inbox"]),n&&i.push(["/assisted","nav.assisted"]),t&&i.push(["/workspace","nav.workspace"]),i}function Ae(e,t){return e==="/"?t==="/"||t.startsWith("/m/"):e==="/ideas"?t==="/ideas"||t.startsWith("/ideas/")&&t!=="/ideas/new":t===e||t.startsWith(e+"/")}var we={de:["Deutsch","de"],en:["English","en"],"de-simple":["Leichte Sprache","de"]};function Le(){return a`
    <div class="languages">
      <span id="language-label">${o("nav.language")}</span>
      <ul aria-labelledby="language-label">
        ${M.map(e=>a`
          <li>
            <button type="button" class="link-button" lang=${we[e][1]}
              aria-pressed=${U.value===e?"true":"false"}
              onClick=${()=>D(e).catch(()=>{})}>${we[e][0]}</button>
          </li>`)}
      </ul>
    </div>`}function Re(){let e=b.value;return e?a`
    <p class="account">
      <a href="/account" aria-current=${h.value.path==="/account"?"page":void 0}>${o("nav.signedInAs",{name:e.display_name})}</a>
      <button type="button" class="link-button" onClick=${async()=>{await j(),se("/")}}>${o("nav.signOut")}</button>
    </p>`:a`<p class="account"><a href=${w()}>${o("nav.signIn")}</a></p>`}function Ce(e,t,n){let[i,s]=$(!1);return m(()=>s(!1),[e]),m(()=>{if(!i)return;let c=p=>{p.key==="Escape"&&(s(!1),n.current?.focus())},l=p=>{t.current?.contains(p.target)||s(!1)};return document.addEventListener("keydown",c),document.addEventListener("pointerdown",l),()=>{document.removeEventListener("keydown",c),document.removeEventListener("pointerdown",l)}},[i]),[i,s,c=>{c.relatedTarget&&!t.current?.contains(c.relatedTarget)&&s(!1)}]}function ke({path:e}){let t=v(null),n=v(null),[i,s,r]=Ce(e,t,n),c=d.value;return a`
    <header class="site-header" ref=${t} onFocusOut=${r}>
      <div class="bar">
        <a class="brand" href="/">Mitwirken</a>
        <button type="button" class="menu-button" ref=${n} aria-expanded=${i?"true":"false"}
          aria-controls="site-menu" onClick=${()=>s(!i)}>
          <span class="menu-icon" aria-hidden="true"></span>${o("nav.menu")}
        </button>
      </div>
      <div id="site-menu" class=${i?"menu open":"menu"}>
        ${c&&a`
          <p class="place"><span>${c.name}</span> <a href="/region">${o("nav.changeRegion")}</a></p>`}
        <${Re} />
        <nav aria-label=${o("nav.main")}>
          <ul>
            ${Ee(!!b.value,le.value,ue.value.length>0).map(([l,p])=>a`
              <li><a href=${l} aria-current=${Ae(l,e)?"page":void 0}>${o(p)}</a></li>`)}
          </ul>
        </nav>
        <${Le} />
      </div>
    </header>`}function Fe({online:e,pending:t,rejected:n,signedIn:i,failing:s,expired:r,update:c,sent:l=0}){let p=[];if(e||p.push(o("notice.offline")),!e&&t===0&&p.push(o("notice.offlineSaved")),r&&p.push(o("notice.expired")),n>0&&p.push(o("notice.rejected",{count:n})),t>0&&p.push(o(i?"notice.pending":"notice.pendingSignIn",{count:t})),t>0&&s&&p.push(o("notice.retrying")),c&&p.push(o("notice.update")),!p.length&&l>0)return{parts:[o("notice.sent",{count:l})],action:{href:"/mine",label:o("notice.show")},tone:"success",dismissable:!0};if(!p.length)return null;let g=null;c?g={onClick:be,label:o("notice.reload")}:r?g={href:w(),label:o("notice.signInAgain")}:!i&&t>0?g={href:w(),label:o("nav.signIn")}:n>0?g={href:"/mine",label:o("notice.review")}:t>0&&(g={href:"/mine",label:o("notice.show")});let x="warning";return n>0?x="error":e&&!r&&t===0&&(x="update"),{parts:p,action:g,tone:x}}var Te=e=>C.value?.path===h.value.path&&C.value.ids.includes(e);function Ne(e,t){let n=v(new Set),[i,s]=$(0);return m(()=>{let r=new Map(e.map(l=>[l.id,l]));t&&e.filter(l=>l.state==="pending").forEach(l=>n.current.add(l.id));let c=0;for(let l of n.current){let p=r.get(l);p&&p.state==="pending"||(n.current.delete(l),!p&&!V.has(l)&&!Te(l)&&c++)}c&&s(l=>l+c)},[e,t]),[i,()=>s(0)]}function ye(){let e=pe(),t=K.value,n=!!b.value,[i,s]=Ne(t,!e||!n||A.value),r=Fe({online:e,pending:t.filter(c=>c.state==="pending").length,rejected:t.filter(c=>c.state==="rejected").length,signedIn:n,failing:e&&oe.value.phase==="failed",expired:A.value,update:T.value,sent:i});return a`
    <div class="notices" role="status">
      ${r&&a`
        <p class=${"notice notice-"+r.tone}>
          <span class="notice-text">${r.parts.map(c=>a`<span>${c}</span> `)}</span>
          ${r.action?.href&&a`<a class="notice-action" href=${r.action.href}>${r.action.label}</a>`}
          ${r.action?.onClick&&a`
            <button type="button" class="notice-action" onClick=${r.action.onClick}>${r.action.label}</button>`}
          ${r.dismissable&&a`
            <button type="button" class="link-button notice-action" onClick=${s}>${o("notice.dismiss")}</button>`}
        </p>`}
    </div>`}function Oe({place:e,stored:t}){let n=J.value,i=L.value?.region===e.id&&L.value.ideas,s=!n&&i?i:t;return m(()=>{n&&te(e,t.map(r=>({...r,placeName:X.peek().get(r.region)?.name})))},[n,t]),s.length?a`<${he} ideas=${s} level="3" />`:n?a`<p>${o("ideas.none")}</p>`:a`<p role="status">${o("home.loadingIdeas")}</p>`}function N(){fe("");let e=d.value;if(re(e&&y.value),!e)return a`
      <h1 tabindex="-1">${o("home.welcome")}</h1>
      ${o("home.intro").map(s=>a`<p>${s}</p>`)}
      <h2>${o("home.chooseTitle")}</h2>
      <${me} />`;let t=[...Y.value.ideas.values()].filter(s=>s.sync!=="rejected"&&!s.hidden&&(s.region===e.id||s.region===e.parent)).sort((s,r)=>s.created<r.created?1:-1).slice(0,Z),[n,...i]=o("home.intro");return a`
    <h1 tabindex="-1">${o("home.title",{name:e.name})}</h1>
    <p>${n}</p>
    <h2>${o("home.recent")}</h2>
    <${Oe} place=${e} stored=${t} />
    <ul class="cards">
      <li><a class="card" href="/services"><strong>${o("nav.services")}</strong><span>${o("home.servicesText")}</span></a></li>
      <li><a class="card" href="/ideas"><strong>${o("nav.ideas")}</strong><span>${o("home.ideasText")}</span></a></li>
      <li><a class="card" href="/ideas/new"><strong>${o("nav.newIdea")}</strong><span>${o("home.newText")}</span></a></li>
    </ul>
    ${i.map(s=>a`<p>${s}</p>`)}
    <p><a href="/help">${o("home.help")}</a></p>`}function u(e){let t=null,n=null,i=()=>n||(n=e().then(s=>t=s));return function(r){let[c,l]=$(t?"ready":"loading");return m(()=>{t||i().then(()=>l("loaded"),()=>{n=null})},[]),m(()=>{c==="loaded"&&I()},[c]),t?a`<${t} ...${r} />`:a`<p>${o("common.loading")}</p>`}}var f=()=>import("./chunk-QZ3IRT3J.js"),He=u(()=>f().then(e=>e.Services)),Pe=u(()=>f().then(e=>e.Service)),We=u(()=>f().then(e=>e.Ideas)),Me=u(()=>f().then(e=>e.Idea)),Ue=u(()=>f().then(e=>e.IdeaNew)),ze=u(()=>f().then(e=>e.Mine)),De=u(()=>f().then(e=>e.SignIn)),Ve=u(()=>f().then(e=>e.SignUp)),_e=u(()=>f().then(e=>e.AccountPage)),je=u(()=>f().then(e=>e.ForgotPassword)),Be=u(()=>f().then(e=>e.ResetPassword)),Ge=u(()=>f().then(e=>e.Help)),Ke=u(()=>f().then(e=>e.Accessibility)),qe=u(()=>f().then(e=>e.Workspace)),Je=u(()=>f().then(e=>e.FeedbackDesk)),Qe=u(()=>f().then(e=>e.Inbox)),Xe=u(()=>f().then(e=>e.Solutions)),Ye=u(()=>f().then(e=>e.Assisted)),Se=()=>import("./chunk-OGCQYLX7.js"),Ze=u(()=>Se().then(e=>e.Insight)),et=u(()=>Se().then(e=>e.Transparency)),tt=[["/",N],["/m/:place",N],["/region",de],["/services",He],["/services/:id",Pe],["/ideas",We],["/ideas/new",Ue],["/ideas/:id",Me],["/mine",ze],["/signin",De],["/signup",Ve],["/account",_e],["/forgot-password",je],["/reset-password",Be],["/help",Ge],["/accessibility",Ke],["/workspace",qe],["/workspace/feedback",Je],["/inbox",Qe],["/solutions",Xe],["/assisted",Ye],["/insight",Ze],["/transparenz/:region",et]];function nt(e){for(let[t,n]of tt){let i=S(t,e);if(i)return{view:n,params:i}}return{view:ve,params:{}}}function Ie(){let{path:e}=h.value,{view:t,params:n}=nt(e),i=v(!0);return m(()=>{if(i.current){i.current=!1;return}window.scrollTo(0,0),I(!0)},[e]),a`
    <a class="skip-link" href="#main">${o("nav.skip")}</a>
    <${ke} path=${e} />
    <${ye} />
    <main id="main" tabindex="-1">
      <${t} ...${n} key=${e} />
    </main>
    <footer class="site-footer">
      <ul>
        <li><a href="/help">${o("nav.help")}</a></li>
        <li><a href="/accessibility">${o("nav.accessibility")}</a></li>
        <li><a href="/region">${o("nav.changeRegion")}</a></li>
      </ul>
    </footer>`}function ot(){if(!d.value)return null;let e=E.value;return{region:d.value.id,district:P.value,user:e?.record?.id||"",token:e&&!e.expired?e.token:""}}function it(){let e;k(()=>{let t=E.value,n=t?`${t.record?.id}|${!!t.expired}`:"";e!==void 0&&n!==e&&R(),e=n})}function st(){k(()=>{d.value&&y.value&&ne(d.value)})}function at(){let e=S("/m/:place",h.peek().path)?.place,t=e&&G.regions.peek().find(n=>n.parent&&(n.ags===e||n.id===e));!t||t.id===d.peek()?.id||(W(t),R())}function rt(e){let t=!1,n=()=>{t||e(),t=!0};k(()=>{q.value&&n()}),setTimeout(n,1e4)}async function ct(){let e=_();ee(d.value),await z();let t=document.getElementById("app");t.textContent="",O(a`<${Ie} />`,t),await e,await Q(),at(),st(),ce(()=>{ie(ot),it(),rt($e),B().catch(()=>{}),d.value&&ae()})}ct();
