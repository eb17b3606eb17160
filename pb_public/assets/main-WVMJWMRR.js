import{$ as I,A as q,B as J,C as Q,G as X,H as Y,I as L,J as Z,K as ee,L as te,M as ne,O as R,Q as h,R as oe,S,T as ie,U as se,V as ae,X as re,Y as ce,_ as le,a,aa as ue,da as w,ea as C,ja as pe,k as d,ka as fe,l as P,la as de,m as W,ma as me,n as M,o as U,p as z,r as D,s as o,x as B,y as K,z as y}from"./chunk-YSYCKCA5.js";import{E as V,J as E,K as b,L as A,M as _,P as j,T as G,b as N,c as $,d as m,e as v,i as H,k}from"./chunk-J26RE7XU.js";var T=H(!1),F=null,he=!1;function ve(){if(!("serviceWorker"in navigator))return;let e=navigator.serviceWorker,t=n=>{F=n,T.value=!0};e.register("/sw.js").then(n=>{let i=s=>s?.addEventListener("statechange",()=>{s.state==="installed"&&e.controller&&t(s)});n.waiting&&e.controller&&t(n.waiting),i(n.installing),n.addEventListener("updatefound",()=>i(n.installing)),document.addEventListener("visibilitychange",()=>{document.visibilityState==="visible"&&n.update().catch(()=>{})})}).catch(()=>{}),e.addEventListener("controllerchange",()=>{he&&location.reload()})}function ge(){he=!0,F?F.postMessage({type:"skip-waiting"}):location.reload()}var Se=[["/","nav.home"],["/services","nav.services"],["/ideas","nav.ideas"],["/ideas/new","nav.newIdea"],["/mine","nav.mine"],["/solutions","nav.solutions"],["/insight","nav.insight"],["/help","nav.help"]];function Ie(e,t,n){let i=[...Se];return e&&i.splice(i.length-1,0,["/inbox","nav.inbox"]),n&&i.push(["/assisted","nav.assisted"]),t&&i.push(["/workspace","nav.workspace"]),i}function xe(e,t){return e==="/"?t==="/"||t.startsWith("/m/"):e==="/ideas"?t==="/ideas"||t.startsWith("/ideas/")&&t!=="/ideas/new":t===e||t.startsWith(e+"/")}var $e={de:["Deutsch","de"],en:["English","en"],"de-simple":["Leichte Sprache","de"]};function Ee(){return a`
    <div class="languages">
      <span id="language-label">${o("nav.language")}</span>
      <ul aria-labelledby="language-label">
        ${M.map(e=>a`
          <li>
            <button type="button" class="link-button" lang=${$e[e][1]}
              aria-pressed=${U.value===e?"true":"false"}
              onClick=${()=>D(e).catch(()=>{})}>${$e[e][0]}</button>
          </li>`)}
      </ul>
    </div>`}function Ae(){let e=b.value;return e?a`
    <p class="account">
      <a href="/account" aria-current=${h.value.path==="/account"?"page":void 0}>${o("nav.signedInAs",{name:e.display_name})}</a>
      <button type="button" class="link-button" onClick=${async()=>{await j(),oe("/")}}>${o("nav.signOut")}</button>
    </p>`:a`<p class="account"><a href=${w()}>${o("nav.signIn")}</a></p>`}function Le(e,t,n){let[i,s]=$(!1);return m(()=>s(!1),[e]),m(()=>{if(!i)return;let r=p=>{p.key==="Escape"&&(s(!1),n.current?.focus())},c=p=>{t.current?.contains(p.target)||s(!1)};return document.addEventListener("keydown",r),document.addEventListener("pointerdown",c),()=>{document.removeEventListener("keydown",r),document.removeEventListener("pointerdown",c)}},[i]),[i,s,r=>{r.relatedTarget&&!t.current?.contains(r.relatedTarget)&&s(!1)}]}function be({path:e}){let t=v(null),n=v(null),[i,s,l]=Le(e,t,n),r=d.value;return a`
    <header class="site-header" ref=${t} onFocusOut=${l}>
      <div class="bar">
        <a class="brand" href="/">Mitwirken</a>
        <button type="button" class="menu-button" ref=${n} aria-expanded=${i?"true":"false"}
          aria-controls="site-menu" onClick=${()=>s(!i)}>
          <span class="menu-icon" aria-hidden="true"></span>${o("nav.menu")}
        </button>
      </div>
      <div id="site-menu" class=${i?"menu open":"menu"}>
        ${r&&a`
          <p class="place"><span>${r.name}</span> <a href="/region">${o("nav.changeRegion")}</a></p>`}
        <${Ae} />
        <nav aria-label=${o("nav.main")}>
          <ul>
            ${Ie(!!b.value,re.value,ce.value.length>0).map(([c,p])=>a`
              <li><a href=${c} aria-current=${xe(c,e)?"page":void 0}>${o(p)}</a></li>`)}
          </ul>
        </nav>
        <${Ee} />
      </div>
    </header>`}function Re({online:e,pending:t,rejected:n,signedIn:i,failing:s,expired:l,update:r,sent:c=0}){let p=[];if(e||p.push(o("notice.offline")),!e&&t===0&&p.push(o("notice.offlineSaved")),l&&p.push(o("notice.expired")),n>0&&p.push(o("notice.rejected",{count:n})),t>0&&p.push(o(i?"notice.pending":"notice.pendingSignIn",{count:t})),t>0&&s&&p.push(o("notice.retrying")),r&&p.push(o("notice.update")),!p.length&&c>0)return{parts:[o("notice.sent",{count:c})],action:{href:"/mine",label:o("notice.show")},tone:"success",dismissable:!0};if(!p.length)return null;let g=null;r?g={onClick:ge,label:o("notice.reload")}:l?g={href:w(),label:o("notice.signInAgain")}:!i&&t>0?g={href:w(),label:o("nav.signIn")}:n>0?g={href:"/mine",label:o("notice.review")}:t>0&&(g={href:"/mine",label:o("notice.show")});let x="warning";return n>0?x="error":e&&!l&&t===0&&(x="update"),{parts:p,action:g,tone:x}}var Ce=e=>C.value?.path===h.value.path&&C.value.ids.includes(e);function Fe(e,t){let n=v(new Set),[i,s]=$(0);return m(()=>{let l=new Map(e.map(c=>[c.id,c]));t&&e.filter(c=>c.state==="pending").forEach(c=>n.current.add(c.id));let r=0;for(let c of n.current){let p=l.get(c);p&&p.state==="pending"||(n.current.delete(c),!p&&!V.has(c)&&!Ce(c)&&r++)}r&&s(c=>c+r)},[e,t]),[i,()=>s(0)]}function we(){let e=le(),t=K.value,n=!!b.value,[i,s]=Fe(t,!e||!n||A.value),l=Re({online:e,pending:t.filter(r=>r.state==="pending").length,rejected:t.filter(r=>r.state==="rejected").length,signedIn:n,failing:e&&te.value.phase==="failed",expired:A.value,update:T.value,sent:i});return a`
    <div class="notices" role="status">
      ${l&&a`
        <p class=${"notice notice-"+l.tone}>
          <span class="notice-text">${l.parts.map(r=>a`<span>${r}</span> `)}</span>
          ${l.action?.href&&a`<a class="notice-action" href=${l.action.href}>${l.action.label}</a>`}
          ${l.action?.onClick&&a`
            <button type="button" class="notice-action" onClick=${l.action.onClick}>${l.action.label}</button>`}
          ${l.dismissable&&a`
            <button type="button" class="link-button notice-action" onClick=${s}>${o("notice.dismiss")}</button>`}
        </p>`}
    </div>`}function Te({place:e,stored:t}){let n=J.value,i=L.value?.region===e.id&&L.value.ideas,s=!n&&i?i:t;return s.length?a`<${de} ideas=${s} level="3" />`:n?a`<p>${o("ideas.none")}</p>`:a`<p role="status">${o("home.loadingIdeas")}</p>`}function O(){ue("");let e=d.value;if(se(e&&y.value),!e)return a`
      <h1 tabindex="-1">${o("home.welcome")}</h1>
      ${o("home.intro").map(s=>a`<p>${s}</p>`)}
      <h2>${o("home.chooseTitle")}</h2>
      <${pe} />`;let t=[...X.value.ideas.values()].filter(s=>s.sync!=="rejected"&&!s.hidden&&(s.region===e.id||s.region===e.parent)).sort((s,l)=>s.created<l.created?1:-1).slice(0,Y),[n,...i]=o("home.intro");return a`
    <h1 tabindex="-1">${o("home.title",{name:e.name})}</h1>
    <p>${n}</p>
    <h2>${o("home.recent")}</h2>
    <${Te} place=${e} stored=${t} />
    <ul class="cards">
      <li><a class="card" href="/services"><strong>${o("nav.services")}</strong><span>${o("home.servicesText")}</span></a></li>
      <li><a class="card" href="/ideas"><strong>${o("nav.ideas")}</strong><span>${o("home.ideasText")}</span></a></li>
      <li><a class="card" href="/ideas/new"><strong>${o("nav.newIdea")}</strong><span>${o("home.newText")}</span></a></li>
    </ul>
    ${i.map(s=>a`<p>${s}</p>`)}
    <p><a href="/help">${o("home.help")}</a></p>`}function u(e){let t=null,n=null,i=()=>n||(n=e().then(s=>t=s));return function(l){let[r,c]=$(t?"ready":"loading");return m(()=>{t||i().then(()=>c("loaded"),()=>{n=null})},[]),m(()=>{r==="loaded"&&I()},[r]),t?a`<${t} ...${l} />`:a`<p>${o("common.loading")}</p>`}}var f=()=>import("./chunk-BWYWCVJI.js"),Oe=u(()=>f().then(e=>e.Services)),Ne=u(()=>f().then(e=>e.Service)),He=u(()=>f().then(e=>e.Ideas)),Pe=u(()=>f().then(e=>e.Idea)),We=u(()=>f().then(e=>e.IdeaNew)),Me=u(()=>f().then(e=>e.Mine)),Ue=u(()=>f().then(e=>e.SignIn)),ze=u(()=>f().then(e=>e.SignUp)),De=u(()=>f().then(e=>e.AccountPage)),Ve=u(()=>f().then(e=>e.ForgotPassword)),_e=u(()=>f().then(e=>e.ResetPassword)),je=u(()=>f().then(e=>e.Help)),Ge=u(()=>f().then(e=>e.Accessibility)),Be=u(()=>f().then(e=>e.Workspace)),Ke=u(()=>f().then(e=>e.FeedbackDesk)),qe=u(()=>f().then(e=>e.Inbox)),Je=u(()=>f().then(e=>e.Solutions)),Qe=u(()=>f().then(e=>e.Assisted)),ke=()=>import("./chunk-V4M24HNH.js"),Xe=u(()=>ke().then(e=>e.Insight)),Ye=u(()=>ke().then(e=>e.Transparency)),Ze=[["/",O],["/m/:place",O],["/region",fe],["/services",Oe],["/services/:id",Ne],["/ideas",He],["/ideas/new",We],["/ideas/:id",Pe],["/mine",Me],["/signin",Ue],["/signup",ze],["/account",De],["/forgot-password",Ve],["/reset-password",_e],["/help",je],["/accessibility",Ge],["/workspace",Be],["/workspace/feedback",Ke],["/inbox",qe],["/solutions",Je],["/assisted",Qe],["/insight",Xe],["/transparenz/:region",Ye]];function et(e){for(let[t,n]of Ze){let i=S(t,e);if(i)return{view:n,params:i}}return{view:me,params:{}}}function ye(){let{path:e}=h.value,{view:t,params:n}=et(e),i=v(!0);return m(()=>{if(i.current){i.current=!1;return}window.scrollTo(0,0),I(!0)},[e]),a`
    <a class="skip-link" href="#main">${o("nav.skip")}</a>
    <${be} path=${e} />
    <${we} />
    <main id="main" tabindex="-1">
      <${t} ...${n} key=${e} />
    </main>
    <footer class="site-footer">
      <ul>
        <li><a href="/help">${o("nav.help")}</a></li>
        <li><a href="/accessibility">${o("nav.accessibility")}</a></li>
        <li><a href="/region">${o("nav.changeRegion")}</a></li>
      </ul>
    </footer>`}function tt(){if(!d.value)return null;let e=E.value;return{region:d.value.id,district:P.value,user:e?.record?.id||"",token:e&&!e.expired?e.token:""}}function nt(){let e;k(()=>{let t=E.value,n=t?`${t.record?.id}|${!!t.expired}`:"";e!==void 0&&n!==e&&R(),e=n})}function ot(){k(()=>{d.value&&y.value&&ee(d.value)})}function it(){let e=S("/m/:place",h.peek().path)?.place,t=e&&B.regions.peek().find(n=>n.parent&&(n.ags===e||n.id===e));!t||t.id===d.peek()?.id||(W(t),R())}function st(e){let t=!1,n=()=>{t||e(),t=!0};k(()=>{q.value&&n()}),setTimeout(n,1e4)}async function at(){let e=_();Z(d.value),await z();let t=document.getElementById("app");t.textContent="",N(a`<${ye} />`,t),await e,await Q(),it(),ot(),ae(()=>{ne(tt),nt(),st(ve),G().catch(()=>{}),d.value&&ie()})}at();
