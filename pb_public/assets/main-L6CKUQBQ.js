import{A as B,E as G,F as K,G as J,H as Q,S as X,T as Y,U as Z,V as b,W as ee,X as te,Z as ne,_ as oe,a as r,aa as ie,ba as A,ca as se,k as m,l as w,n as W,o as D,oa as I,p as U,pa as C,r as M,s as o,ua as re,va as ae,wa as ce,x as q,xa as le,y,z as S}from"./chunk-G7T5LZWG.js";import{C as _,H as F,I as k,J as R,K as z,N as j,R as V,b as H,c as $,d,e as v,h as x,j as E,o as P}from"./chunk-SAVZVIEN.js";var h=x(null),be="id,title,status,region,votes_count,comments_count,created,expand.region.name";function ue(e,t){if(h.peek()?.region===e.id)return;let n={region:e.id,ideas:null};h.value=n;let i=[e.id,e.parent].filter(Boolean).map(a=>`region='${a}'`).join("||"),s=`filter=${encodeURIComponent(i)}&sort=-created&perPage=${t}&skipTotal=1&expand=region&fields=${be}`;P("/api/collections/ideas/records?"+s).then(a=>{if(h.peek()!==n)return;let c=a.items.map(({expand:l,...u})=>({...u,sync:"synced",placeName:l?.region?.name}));h.value={region:e.id,ideas:c}}).catch(()=>{h.peek()===n&&(h.value=null)})}var T=x(!1),N=null,fe=!1;function pe(){if(!("serviceWorker"in navigator))return;let e=navigator.serviceWorker,t=n=>{N=n,T.value=!0};e.register("/sw.js").then(n=>{let i=s=>s?.addEventListener("statechange",()=>{s.state==="installed"&&e.controller&&t(s)});n.waiting&&e.controller&&t(n.waiting),i(n.installing),n.addEventListener("updatefound",()=>i(n.installing)),document.addEventListener("visibilitychange",()=>{document.visibilityState==="visible"&&n.update().catch(()=>{})})}).catch(()=>{}),e.addEventListener("controllerchange",()=>{fe&&location.reload()})}function de(){fe=!0,N?N.postMessage({type:"skip-waiting"}):location.reload()}var we=[["/","nav.home"],["/services","nav.services"],["/ideas","nav.ideas"],["/ideas/new","nav.newIdea"],["/mine","nav.mine"],["/solutions","nav.solutions"],["/help","nav.help"]];function ke(e,t,n){let i=[...we];return e&&i.splice(i.length-1,0,["/inbox","nav.inbox"]),n&&i.push(["/assisted","nav.assisted"]),t&&i.push(["/workspace","nav.workspace"]),i}function ye(e,t){return e==="/"?t==="/":e==="/ideas"?t==="/ideas"||t.startsWith("/ideas/")&&t!=="/ideas/new":t===e||t.startsWith(e+"/")}var me={de:["Deutsch","de"],en:["English","en"],"de-simple":["Leichte Sprache","de"]};function Se(){return r`
    <div class="languages">
      <span id="language-label">${o("nav.language")}</span>
      <ul aria-labelledby="language-label">
        ${W.map(e=>r`
          <li>
            <button type="button" class="link-button" lang=${me[e][1]}
              aria-pressed=${D.value===e?"true":"false"}
              onClick=${()=>M(e).catch(()=>{})}>${me[e][0]}</button>
          </li>`)}
      </ul>
    </div>`}function Ie(){let e=k.value;return e?r`
    <p class="account">
      <a href="/account" aria-current=${b.value.path==="/account"?"page":void 0}>${o("nav.signedInAs",{name:e.display_name})}</a>
      <button type="button" class="link-button" onClick=${async()=>{await j(),ee("/")}}>${o("nav.signOut")}</button>
    </p>`:r`<p class="account"><a href=${I()}>${o("nav.signIn")}</a></p>`}function xe(e,t,n){let[i,s]=$(!1);return d(()=>s(!1),[e]),d(()=>{if(!i)return;let c=u=>{u.key==="Escape"&&(s(!1),n.current?.focus())},l=u=>{t.current?.contains(u.target)||s(!1)};return document.addEventListener("keydown",c),document.addEventListener("pointerdown",l),()=>{document.removeEventListener("keydown",c),document.removeEventListener("pointerdown",l)}},[i]),[i,s,c=>{c.relatedTarget&&!t.current?.contains(c.relatedTarget)&&s(!1)}]}function he({path:e}){let t=v(null),n=v(null),[i,s,a]=xe(e,t,n),c=m.value;return r`
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
        <${Ie} />
        <nav aria-label=${o("nav.main")}>
          <ul>
            ${ke(!!k.value,ne.value,oe.value.length>0).map(([l,u])=>r`
              <li><a href=${l} aria-current=${ye(l,e)?"page":void 0}>${o(u)}</a></li>`)}
          </ul>
        </nav>
        <${Se} />
      </div>
    </header>`}function Ee({online:e,pending:t,rejected:n,signedIn:i,failing:s,expired:a,update:c,sent:l=0}){let u=[];if(e||u.push(o("notice.offline")),!e&&t===0&&u.push(o("notice.offlineSaved")),a&&u.push(o("notice.expired")),n>0&&u.push(o("notice.rejected",{count:n})),t>0&&u.push(o(i?"notice.pending":"notice.pendingSignIn",{count:t})),t>0&&s&&u.push(o("notice.retrying")),c&&u.push(o("notice.update")),!u.length&&l>0)return{parts:[o("notice.sent",{count:l})],action:{href:"/mine",label:o("notice.show")},tone:"success",dismissable:!0};if(!u.length)return null;let g=null;c?g={onClick:de,label:o("notice.reload")}:a?g={href:I(),label:o("notice.signInAgain")}:!i&&t>0?g={href:I(),label:o("nav.signIn")}:n>0?g={href:"/mine",label:o("notice.review")}:t>0&&(g={href:"/mine",label:o("notice.show")});let L="warning";return n>0?L="error":e&&!a&&t===0&&(L="update"),{parts:u,action:g,tone:L}}var Ae=e=>C.value?.path===b.value.path&&C.value.ids.includes(e);function Le(e,t){let n=v(new Set),[i,s]=$(0);return d(()=>{let a=new Map(e.map(l=>[l.id,l]));t&&e.filter(l=>l.state==="pending").forEach(l=>n.current.add(l.id));let c=0;for(let l of n.current){let u=a.get(l);u&&u.state==="pending"||(n.current.delete(l),!u&&!_.has(l)&&!Ae(l)&&c++)}c&&s(l=>l+c)},[e,t]),[i,()=>s(0)]}function ve(){let e=ie(),t=q.value,n=!!k.value,[i,s]=Le(t,!e||!n||R.value),a=Ee({online:e,pending:t.filter(c=>c.state==="pending").length,rejected:t.filter(c=>c.state==="rejected").length,signedIn:n,failing:e&&K.value.phase==="failed",expired:R.value,update:T.value,sent:i});return r`
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
    </div>`}var O=3;function Fe({place:e,stored:t}){let n=y.value&&S.value===w.value,i=h.value?.region===e.id&&h.value.ideas,s=!n&&i?i:t;return s.length?r`<${ce} ideas=${s} level="3" />`:n?r`<p>${o("ideas.none")}</p>`:r`<p role="status" class="loading">${o("home.loadingIdeas")}</p>`}function ge(){se("");let e=m.value;if(Y(e&&y.value),!e)return r`
      <h1 tabindex="-1">${o("home.welcome")}</h1>
      ${o("home.intro").map(s=>r`<p>${s}</p>`)}
      <h2>${o("home.chooseTitle")}</h2>
      <${re} />`;let t=[...G.value.ideas.values()].filter(s=>s.sync!=="rejected"&&!s.hidden&&(s.region===e.id||s.region===e.parent)).sort((s,a)=>s.created<a.created?1:-1).slice(0,O),[n,...i]=o("home.intro");return r`
    <h1 tabindex="-1">${o("home.title",{name:e.name})}</h1>
    <p>${n}</p>
    <h2>${o("home.recent")}</h2>
    <${Fe} place=${e} stored=${t} />
    <ul class="cards">
      <li><a class="card" href="/services"><strong>${o("nav.services")}</strong><span>${o("home.servicesText")}</span></a></li>
      <li><a class="card" href="/ideas"><strong>${o("nav.ideas")}</strong><span>${o("home.ideasText")}</span></a></li>
      <li><a class="card" href="/ideas/new"><strong>${o("nav.newIdea")}</strong><span>${o("home.newText")}</span></a></li>
    </ul>
    ${i.map(s=>r`<p>${s}</p>`)}
    <p><a href="/help">${o("home.help")}</a></p>`}function f(e){let t=null,n=null,i=()=>n||(n=e().then(s=>t=s));return function(a){let[c,l]=$(t?"ready":"loading");return d(()=>{t||i().then(()=>l("loaded"),()=>{n=null})},[]),d(()=>{c==="loaded"&&A()},[c]),t?r`<${t} ...${a} />`:r`<p>${o("common.loading")}</p>`}}var p=()=>import("./chunk-2MSU7IXA.js"),Re=f(()=>p().then(e=>e.Services)),Ce=f(()=>p().then(e=>e.Service)),Ne=f(()=>p().then(e=>e.Ideas)),Te=f(()=>p().then(e=>e.Idea)),Oe=f(()=>p().then(e=>e.IdeaNew)),He=f(()=>p().then(e=>e.Mine)),Pe=f(()=>p().then(e=>e.SignIn)),We=f(()=>p().then(e=>e.SignUp)),De=f(()=>p().then(e=>e.AccountPage)),Ue=f(()=>p().then(e=>e.ForgotPassword)),Me=f(()=>p().then(e=>e.ResetPassword)),_e=f(()=>p().then(e=>e.Help)),ze=f(()=>p().then(e=>e.Accessibility)),je=f(()=>p().then(e=>e.Workspace)),Ve=f(()=>p().then(e=>e.FeedbackDesk)),qe=f(()=>p().then(e=>e.Inbox)),Be=f(()=>p().then(e=>e.Solutions)),Ge=f(()=>p().then(e=>e.Assisted)),Ke=[["/",ge],["/region",ae],["/services",Re],["/services/:id",Ce],["/ideas",Ne],["/ideas/new",Oe],["/ideas/:id",Te],["/mine",He],["/signin",Pe],["/signup",We],["/account",De],["/forgot-password",Ue],["/reset-password",Me],["/help",_e],["/accessibility",ze],["/workspace",je],["/workspace/feedback",Ve],["/inbox",qe],["/solutions",Be],["/assisted",Ge]];function Je(e){for(let[t,n]of Ke){let i=te(t,e);if(i)return{view:n,params:i}}return{view:le,params:{}}}function $e(){let{path:e}=b.value,{view:t,params:n}=Je(e),i=v(!0);return d(()=>{if(i.current){i.current=!1;return}window.scrollTo(0,0),A(!0)},[e]),r`
    <a class="skip-link" href="#main">${o("nav.skip")}</a>
    <${he} path=${e} />
    <${ve} />
    <main id="main" tabindex="-1">
      <${t} ...${n} key=${e} />
    </main>
    <footer class="site-footer">
      <ul>
        <li><a href="/help">${o("nav.help")}</a></li>
        <li><a href="/accessibility">${o("nav.accessibility")}</a></li>
        <li><a href="/region">${o("nav.changeRegion")}</a></li>
      </ul>
    </footer>`}function Qe(){if(!m.value)return null;let e=F.value;return{region:m.value.id,district:w.value,user:e?.record?.id||"",token:e&&!e.expired?e.token:""}}function Xe(){let e;E(()=>{let t=F.value,n=t?`${t.record?.id}|${!!t.expired}`:"";e!==void 0&&n!==e&&Q(),e=n})}function Ye(){E(()=>{m.value&&y.value&&S.value!==w.value&&ue(m.value,O)})}function Ze(e){let t=!1,n=()=>{t||e(),t=!0};E(()=>{S.value&&n()}),setTimeout(n,3e4)}async function et(){let e=z();await U();let t=document.getElementById("app");t.textContent="",H(r`<${$e} />`,t),await e,await B(),Ye(),Z(()=>{J(Qe),Xe(),Ze(pe),V().catch(()=>{}),m.value&&X()})}et();
