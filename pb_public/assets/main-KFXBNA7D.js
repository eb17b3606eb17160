import{$ as pe,A as K,B as q,C as I,E as J,F as Q,G as X,H as Y,K as Z,L as ee,M as C,N as te,O as ne,P as oe,Q as ie,R as se,T as x,V as re,W as ae,X as ce,Y as le,_ as ue,a as r,ba as fe,ca as E,da as me,ga as w,ha as F,k as h,l as P,m as y,ma as de,n as d,na as he,o as W,oa as ve,p as M,pa as ge,q as U,r as z,s as D,u as V,v as o}from"./chunk-UU27W3PG.js";import{E as _,J as S,K as b,L as R,M as j,P as B,T as G,b as O,c as $,d as m,e as v,i as H,k}from"./chunk-MQ2JX5S6.js";var N=H(!1),T=null,$e=!1;function be(){if(!("serviceWorker"in navigator))return;let e=navigator.serviceWorker,t=n=>{T=n,N.value=!0};e.register("/sw.js").then(n=>{let i=s=>s?.addEventListener("statechange",()=>{s.state==="installed"&&e.controller&&t(s)});n.waiting&&e.controller&&t(n.waiting),i(n.installing),n.addEventListener("updatefound",()=>i(n.installing)),document.addEventListener("visibilitychange",()=>{document.visibilityState==="visible"&&n.update().catch(()=>{})})}).catch(()=>{}),e.addEventListener("controllerchange",()=>{$e&&location.reload()})}function we(){$e=!0,T?T.postMessage({type:"skip-waiting"}):location.reload()}var Ee=[["/","nav.home"],["/services","nav.services"],["/ideas","nav.ideas"],["/ideas/new","nav.newIdea"],["/mine","nav.mine"],["/solutions","nav.solutions"],["/insight","nav.insight"],["/help","nav.help"]];function Ae(e,t,n){let i=[...Ee];return e&&i.splice(i.length-1,0,["/inbox","nav.inbox"]),n&&i.push(["/assisted","nav.assisted"]),t&&i.push(["/workspace","nav.workspace"]),i}function Le(e,t){return e==="/"?t==="/"||t.startsWith("/m/"):e==="/ideas"?t==="/ideas"||t.startsWith("/ideas/")&&t!=="/ideas/new":t===e||t.startsWith(e+"/")}var ke={de:["Deutsch","de"],en:["English","en"],"de-simple":["Leichte Sprache","de"]};function Re(){return r`
    <div class="languages">
      <span id="language-label">${o("nav.language")}</span>
      <ul aria-labelledby="language-label">
        ${U.map(e=>r`
          <li>
            <button type="button" class="link-button" lang=${ke[e][1]}
              aria-pressed=${z.value===e?"true":"false"}
              onClick=${()=>V(e).catch(()=>{})}>${ke[e][0]}</button>
          </li>`)}
      </ul>
    </div>`}function Ce(){let e=b.value;return e?r`
    <p class="account">
      <a href="/account" aria-current=${h.value.path==="/account"?"page":void 0}>${o("nav.signedInAs",{name:e.display_name})}</a>
      <button type="button" class="link-button" onClick=${async()=>{await B(),P("/")}}>${o("nav.signOut")}</button>
    </p>`:r`<p class="account"><a href=${w()}>${o("nav.signIn")}</a></p>`}function Fe(e,t,n){let[i,s]=$(!1);return m(()=>s(!1),[e]),m(()=>{if(!i)return;let c=p=>{p.key==="Escape"&&(s(!1),n.current?.focus())},l=p=>{t.current?.contains(p.target)||s(!1)};return document.addEventListener("keydown",c),document.addEventListener("pointerdown",l),()=>{document.removeEventListener("keydown",c),document.removeEventListener("pointerdown",l)}},[i]),[i,s,c=>{c.relatedTarget&&!t.current?.contains(c.relatedTarget)&&s(!1)}]}function ye({path:e}){let t=v(null),n=v(null),[i,s,a]=Fe(e,t,n),c=d.value;return r`
    <header class="site-header" ref=${t} onFocusOut=${a}>
      <div class="bar">
        <a class="brand" href="/">Mitwirken</a>
        <button type="button" class="menu-button" ref=${n} aria-expanded=${i?"true":"false"}
          aria-controls="site-menu" onClick=${()=>s(!i)}>
          <span class="menu-icon" aria-hidden="true"></span>${o("nav.menu")}
        </button>
      </div>
      <div id="site-menu" class=${i?"menu open":"menu"}>
        ${c&&r`
          <p class="place"><span>${c.name}</span> <a href="/region">${o("nav.changeRegion")}</a></p>`}
        <${Ce} />
        <nav aria-label=${o("nav.main")}>
          <ul>
            ${Ae(!!b.value,ue.value,pe.value.length>0).map(([l,p])=>r`
              <li><a href=${l} aria-current=${Le(l,e)?"page":void 0}>${o(p)}</a></li>`)}
          </ul>
        </nav>
        <${Re} />
      </div>
    </header>`}function Te({online:e,pending:t,rejected:n,signedIn:i,failing:s,expired:a,update:c,sent:l=0}){let p=[];if(e||p.push(o("notice.offline")),!e&&t===0&&p.push(o("notice.offlineSaved")),a&&p.push(o("notice.expired")),n>0&&p.push(o("notice.rejected",{count:n})),t>0&&p.push(o(i?"notice.pending":"notice.pendingSignIn",{count:t})),t>0&&s&&p.push(o("notice.retrying")),c&&p.push(o("notice.update")),!p.length&&l>0)return{parts:[o("notice.sent",{count:l})],action:{href:"/mine",label:o("notice.show")},tone:"success",dismissable:!0};if(!p.length)return null;let g=null;c?g={onClick:we,label:o("notice.reload")}:a?g={href:w(),label:o("notice.signInAgain")}:!i&&t>0?g={href:w(),label:o("nav.signIn")}:n>0?g={href:"/mine",label:o("notice.review")}:t>0&&(g={href:"/mine",label:o("notice.show")});let L="warning";return n>0?L="error":e&&!a&&t===0&&(L="update"),{parts:p,action:g,tone:L}}var Ne=e=>F.value?.path===h.value.path&&F.value.ids.includes(e);function Oe(e,t){let n=v(new Set),[i,s]=$(0);return m(()=>{let a=new Map(e.map(l=>[l.id,l]));t&&e.filter(l=>l.state==="pending").forEach(l=>n.current.add(l.id));let c=0;for(let l of n.current){let p=a.get(l);p&&p.state==="pending"||(n.current.delete(l),!p&&!_.has(l)&&!Ne(l)&&c++)}c&&s(l=>l+c)},[e,t]),[i,()=>s(0)]}function Se(){let e=fe(),t=q.value,n=!!b.value,[i,s]=Oe(t,!e||!n||R.value),a=Te({online:e,pending:t.filter(c=>c.state==="pending").length,rejected:t.filter(c=>c.state==="rejected").length,signedIn:n,failing:e&&ie.value.phase==="failed",expired:R.value,update:N.value,sent:i});return r`
    <div class="notices" role="status">
      ${a&&r`
        <p class=${"notice notice-"+a.tone}>
          <span class="notice-text">${a.parts.map(c=>r`<span>${c}</span> `)}</span>
          ${a.action?.href&&r`<a class="notice-action" href=${a.action.href}>${a.action.label}</a>`}
          ${a.action?.onClick&&r`
            <button type="button" class="notice-action" onClick=${a.action.onClick}>${a.action.label}</button>`}
          ${a.dismissable&&r`
            <button type="button" class="link-button notice-action" onClick=${s}>${o("notice.dismiss")}</button>`}
        </p>`}
    </div>`}function He({place:e,stored:t}){let n=Q.value,i=C.value?.region===e.id&&C.value.ideas,s=!n&&i?i:t;return m(()=>{n&&ne(e,t.map(a=>({...a,placeName:Y.peek().get(a.region)?.name})))},[n,t]),s.length?r`<${ve} ideas=${s} level="3" />`:n?r`<p>${o("ideas.none")}</p>`:r`<p role="status">${o("home.loadingIdeas")}</p>`}function A(){me("");let e=d.value;if(ce(e&&I.value),!e)return r`
      <h1 tabindex="-1">${o("home.welcome")}</h1>
      ${o("home.intro").map(s=>r`<p>${s}</p>`)}
      <h2>${o("home.chooseTitle")}</h2>
      <${de} />`;let t=[...Z.value.ideas.values()].filter(s=>s.sync!=="rejected"&&!s.hidden&&(s.region===e.id||s.region===e.parent)).sort((s,a)=>s.created<a.created?1:-1).slice(0,ee),[n,...i]=o("home.intro");return r`
    <h1 tabindex="-1">${o("home.title",{name:e.name})}</h1>
    <p>${n}</p>
    <h2>${o("home.recent")}</h2>
    <${He} place=${e} stored=${t} />
    <ul class="cards">
      <li><a class="card" href="/services"><strong>${o("nav.services")}</strong><span>${o("home.servicesText")}</span></a></li>
      <li><a class="card" href="/ideas"><strong>${o("nav.ideas")}</strong><span>${o("home.ideasText")}</span></a></li>
      <li><a class="card" href="/ideas/new"><strong>${o("nav.newIdea")}</strong><span>${o("home.newText")}</span></a></li>
    </ul>
    ${i.map(s=>r`<p>${s}</p>`)}
    <p><a href="/help">${o("home.help")}</a></p>`}function u(e){let t=null,n=null,i=()=>n||(n=e().then(s=>t=s));return function(a){let[c,l]=$(t?"ready":"loading");return m(()=>{t||i().then(()=>l("loaded"),()=>{n=null})},[]),m(()=>{c==="loaded"&&E()},[c]),t?r`<${t} ...${a} />`:r`<p>${o("common.loading")}</p>`}}var f=()=>import("./chunk-FL4OQWBE.js"),Pe=u(()=>f().then(e=>e.Services)),We=u(()=>f().then(e=>e.Service)),Me=u(()=>f().then(e=>e.Ideas)),Ue=u(()=>f().then(e=>e.Idea)),ze=u(()=>f().then(e=>e.IdeaNew)),De=u(()=>f().then(e=>e.Mine)),Ve=u(()=>f().then(e=>e.SignIn)),_e=u(()=>f().then(e=>e.SignUp)),je=u(()=>f().then(e=>e.AccountPage)),Be=u(()=>f().then(e=>e.ForgotPassword)),Ge=u(()=>f().then(e=>e.ResetPassword)),Ke=u(()=>f().then(e=>e.Help)),qe=u(()=>f().then(e=>e.Accessibility)),Je=u(()=>f().then(e=>e.Workspace)),Qe=u(()=>f().then(e=>e.FeedbackDesk)),Xe=u(()=>f().then(e=>e.Inbox)),Ye=u(()=>f().then(e=>e.Solutions)),Ze=u(()=>f().then(e=>e.Assisted)),Ie=()=>import("./chunk-HZ44M4QU.js"),et=u(()=>Ie().then(e=>e.Insight)),tt=u(()=>Ie().then(e=>e.Transparency)),nt=[["/",A],["/m/:place",A],["/m",A],["/region",he],["/services",Pe],["/services/:id",We],["/ideas",Me],["/ideas/new",ze],["/ideas/:id",Ue],["/mine",De],["/signin",Ve],["/signup",_e],["/account",je],["/forgot-password",Be],["/reset-password",Ge],["/help",Ke],["/accessibility",qe],["/workspace",Je],["/workspace/feedback",Qe],["/inbox",Xe],["/solutions",Ye],["/assisted",Ze],["/insight",et],["/transparenz/:region",tt]];function ot(e){for(let[t,n]of nt){let i=y(t,e);if(i)return{view:n,params:i}}return{view:ge,params:{}}}function xe(){let{path:e}=h.value,{view:t,params:n}=ot(e),i=v(!0);return m(()=>{if(i.current){i.current=!1;return}window.scrollTo(0,0),E(!0)},[e]),r`
    <a class="skip-link" href="#main">${o("nav.skip")}</a>
    <${ye} path=${e} />
    <${Se} />
    <main id="main" tabindex="-1">
      <${t} ...${n} key=${e} />
    </main>
    <footer class="site-footer">
      <ul>
        <li><a href="/help">${o("nav.help")}</a></li>
        <li><a href="/accessibility">${o("nav.accessibility")}</a></li>
        <li><a href="/region">${o("nav.changeRegion")}</a></li>
      </ul>
    </footer>`}function it(){if(!d.value)return null;let e=S.value;return{region:d.value.id,district:W.value,user:e?.record?.id||"",token:e&&!e.expired?e.token:""}}function st(){let e;k(()=>{let t=S.value,n=t?`${t.record?.id}|${!!t.expired}`:"";e!==void 0&&n!==e&&x(),e=n})}function rt(){k(()=>{d.value&&I.value&&oe(d.value)})}function at(){let e=y("/m/:place",h.peek().path)?.place,t=e&&K.regions.peek().find(n=>n.parent&&(n.ags===e||n.id===e));!t||t.id===d.peek()?.id||(M(t),x())}function ct(e){let t=!1,n=()=>{t||e(),t=!0};k(()=>{J.value&&n()}),setTimeout(n,1e4)}async function lt(){let e=j();te(d.value),await D();let t=document.getElementById("app");t.textContent="",O(r`<${xe} />`,t),await e,await X(),at(),rt(),le(()=>{se(it),st(),ct(be),G().catch(()=>{}),re(S.value?.record).then(n=>n&&x()),d.value&&ae()})}lt();
