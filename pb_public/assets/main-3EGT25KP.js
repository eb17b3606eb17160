import{A as S,Aa as ne,B as h,Ba as ie,C as k,Ca as oe,D as M,G as O,H as U,J as P,K as I,L as z,P as V,Q as G,R as _,S as B,a as L,aa as D,b as g,ba as q,c as d,ca as J,d as $,da as w,ea as K,f as R,fa as Q,g as N,h as o,ha as X,ia as Y,ka as Z,la as b,ma as ee,q as p,r as T,t as C,ta as v,u as W,ua as x,v as H,x as F,y as t,za as te}from"./chunk-YMVJT33Y.js";import{s as j}from"./chunk-FLA5EOPA.js";var E=R(!1),A=null,se=!1;function re(){if(!("serviceWorker"in navigator))return;let e=navigator.serviceWorker,i=n=>{A=n,E.value=!0};e.register("/sw.js").then(n=>{let s=l=>l?.addEventListener("statechange",()=>{l.state==="installed"&&e.controller&&i(l)});n.waiting&&e.controller&&i(n.waiting),s(n.installing),n.addEventListener("updatefound",()=>s(n.installing)),document.addEventListener("visibilitychange",()=>{document.visibilityState==="visible"&&n.update().catch(()=>{})})}).catch(()=>{}),e.addEventListener("controllerchange",()=>{se&&location.reload()})}function ae(){se=!0,A?A.postMessage({type:"skip-waiting"}):location.reload()}var me=e=>x.value?.path===w.value.path&&x.value.ids.includes(e);function de(e,i){let n=$(new Set),[s,l]=g(0);return d(()=>{let u=new Map(e.map(r=>[r.id,r]));i&&e.filter(r=>r.state==="pending").forEach(r=>n.current.add(r.id));let m=0;for(let r of n.current){let f=u.get(r);f&&f.state==="pending"||(n.current.delete(r),!f&&!j.has(r)&&!me(r)&&m++)}m&&l(r=>r+m)},[e,i]),[s,()=>l(0)]}function ce(){let e=Z(),i=P.value,n=i.filter(y=>y.state==="pending").length,s=i.filter(y=>y.state==="rejected").length,l=h.value,u=!l||k.value,m=e&&G.value.phase==="failed",[r,f]=de(i,!e||u);return o`
    <div class="notices" role="status">
      ${!e&&o`<p class="notice notice-offline">${t("notice.offline")}</p>`}
      ${k.value&&o`
        <p class="notice notice-warning">${t("notice.expired")} <a href=${v()}>${t("notice.signInAgain")}</a></p>`}
      ${!l&&n>0&&o`
        <p class="notice notice-warning">
          ${t("notice.pendingSignIn",{count:n})} <a href=${v()}>${t("nav.signIn")}</a>
        </p>`}
      ${!u&&n>0&&o`
        <p class="notice notice-pending">
          ${t("notice.pending",{count:n})} ${m&&t("notice.retrying")} <a href="/mine">${t("notice.show")}</a>
        </p>`}
      ${r>0&&o`
        <p class="notice notice-success">
          ${t("notice.sent",{count:r})} <a href="/mine">${t("notice.show")}</a>
          <button type="button" class="link-button" onClick=${f}>${t("notice.dismiss")}</button>
        </p>`}
      ${s>0&&o`
        <p class="notice notice-error">${t("notice.rejected",{count:s})} <a href="/mine">${t("notice.review")}</a></p>`}
      ${E.value&&o`
        <p class="notice notice-update">
          ${t("notice.update")} <button type="button" onClick=${ae}>${t("notice.reload")}</button>
        </p>`}
    </div>`}function le(){ee("");let e=p.value;if(q(e&&I.value),!e)return o`
      <h1 tabindex="-1">${t("home.welcome")}</h1>
      ${t("home.intro").map(n=>o`<p>${n}</p>`)}
      <h2>${t("home.chooseTitle")}</h2>
      <${te} />`;let i=[...V.value.ideas.values()].filter(n=>n.sync!=="rejected"&&!n.hidden&&(n.region===e.id||n.region===e.parent)).sort((n,s)=>n.created<s.created?1:-1).slice(0,3);return o`
    <h1 tabindex="-1">${t("home.title",{name:e.name})}</h1>
    ${t("home.intro").map(n=>o`<p>${n}</p>`)}
    <ul class="cards">
      <li><a class="card" href="/services"><strong>${t("home.servicesTitle")}</strong><span>${t("home.servicesText")}</span></a></li>
      <li><a class="card" href="/ideas"><strong>${t("home.ideasTitle")}</strong><span>${t("home.ideasText")}</span></a></li>
      <li><a class="card" href="/ideas/new"><strong>${t("home.newTitle")}</strong><span>${t("home.newText")}</span></a></li>
    </ul>
    <h2>${t("home.recent")}</h2>
    ${I.value&&i.length===0?o`<p>${t("ideas.none")}</p>`:o`<${ie} ideas=${i} level="3" />`}
    <p><a href="/help">${t("home.help")}</a></p>`}function a(e){let i=null,n=null,s=()=>n||(n=e().then(l=>i=l));return function(u){let[m,r]=g(i?"ready":"loading");return d(()=>{i||s().then(()=>r("loaded"),()=>{n=null})},[]),d(()=>{m==="loaded"&&b()},[m]),i?o`<${i} ...${u} />`:o`<p>${t("common.loading")}</p>`}}var c=()=>import("./chunk-X5PIYNT6.js"),fe=a(()=>c().then(e=>e.Services)),he=a(()=>c().then(e=>e.Service)),ve=a(()=>c().then(e=>e.Ideas)),ge=a(()=>c().then(e=>e.Idea)),$e=a(()=>c().then(e=>e.IdeaNew)),we=a(()=>c().then(e=>e.Mine)),be=a(()=>c().then(e=>e.SignIn)),ye=a(()=>c().then(e=>e.SignUp)),Se=a(()=>c().then(e=>e.ForgotPassword)),ke=a(()=>c().then(e=>e.ResetPassword)),Ie=a(()=>c().then(e=>e.Help)),xe=a(()=>c().then(e=>e.Accessibility)),Ae=a(()=>c().then(e=>e.Workspace)),Ee=a(()=>c().then(e=>e.Inbox)),Le=a(()=>c().then(e=>e.Solutions)),Re=a(()=>c().then(e=>e.Assisted)),Ne=[["/",le],["/region",ne],["/services",fe],["/services/:id",he],["/ideas",ve],["/ideas/new",$e],["/ideas/:id",ge],["/mine",we],["/signin",be],["/signup",ye],["/forgot-password",Se],["/reset-password",ke],["/help",Ie],["/accessibility",xe],["/workspace",Ae],["/inbox",Ee],["/solutions",Le],["/assisted",Re]];function Te(e){for(let[i,n]of Ne){let s=Q(i,e);if(s)return{view:n,params:s}}return{view:oe,params:{}}}var Ce=[["/","nav.home"],["/services","nav.services"],["/ideas","nav.ideas"],["/ideas/new","nav.newIdea"],["/mine","nav.mine"],["/solutions","nav.solutions"],["/help","nav.help"]];function We(e,i,n){let s=[...Ce];return e&&s.splice(s.length-1,0,["/inbox","nav.inbox"]),n&&s.push(["/assisted","nav.assisted"]),i&&s.push(["/workspace","nav.workspace"]),s}function He(e,i){return e==="/"?i==="/":e==="/ideas"?i==="/ideas"||i.startsWith("/ideas/")&&i!=="/ideas/new":i===e||i.startsWith(e+"/")}var pe={de:["Deutsch","de"],en:["English","en"],"de-simple":["Leichte Sprache","de"]};function Fe(){return o`
    <div class="languages">
      <span id="language-label">${t("nav.language")}</span>
      <ul aria-labelledby="language-label">
        ${C.map(e=>o`
          <li>
            <button type="button" class="link-button" lang=${pe[e][1]}
              aria-pressed=${W.value===e?"true":"false"}
              onClick=${()=>F(e).catch(()=>{})}>${pe[e][0]}</button>
          </li>`)}
      </ul>
    </div>`}function Me(){let e=h.value;return e?o`
    <span class="account">
      <span>${t("nav.signedInAs",{name:e.display_name})}</span>
      <button type="button" class="link-button" onClick=${async()=>{await O(),K("/")}}>${t("nav.signOut")}</button>
    </span>`:o`<a href=${v()}>${t("nav.signIn")}</a>`}function ue(){let{path:e}=w.value,{view:i,params:n}=Te(e),s=$(!0);return d(()=>{if(s.current){s.current=!1;return}window.scrollTo(0,0),b(!0)},[e]),o`
    <a class="skip-link" href="#main">${t("nav.skip")}</a>
    <header class="site-header">
      <div class="bar">
        <a class="brand" href="/">Mitwirken</a>
        ${p.value&&o`
          <span class="place">${p.value.name} · <a href="/region">${t("nav.changeRegion")}</a></span>`}
        <${Me} />
      </div>
      <nav aria-label=${t("nav.main")}>
        <ul>
          ${We(!!h.value,X.value,Y.value.length>0).map(([l,u])=>o`
            <li><a href=${l} aria-current=${He(l,e)?"page":void 0}>${t(u)}</a></li>`)}
        </ul>
      </nav>
      <${Fe} />
    </header>
    <${ce} />
    <main id="main" tabindex="-1">
      <${i} ...${n} key=${e} />
    </main>
    <footer class="site-footer">
      <ul>
        <li><a href="/help">${t("nav.help")}</a></li>
        <li><a href="/accessibility">${t("nav.accessibility")}</a></li>
        <li><a href="/region">${t("nav.changeRegion")}</a></li>
      </ul>
    </footer>`}function Oe(){if(!p.value)return null;let e=S.value;return{region:p.value.id,district:T.value,user:e?.record?.id||"",token:e&&!e.expired?e.token:""}}function Ue(){let e;N(()=>{let i=S.value,n=i?`${i.record?.id}|${!!i.expired}`:"";e!==void 0&&n!==e&&B(),e=n})}async function je(){let e=M();await H();let i=document.getElementById("app");i.textContent="",L(o`<${ue} />`,i),await e,await z(),J(()=>{_(Oe),Ue(),re(),U().catch(()=>{}),p.value&&D()})}je();
