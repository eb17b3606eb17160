import{A as be,C as ve,D as ye,G as E,I,K as T,L as N,M as we,N as v,Q as Ie,R as Se,S as Q,T as xe,U as ke,V as _e,W as ze,X as Be,Y as De,_ as y,aa as J,b as p,ba as M,c as z,e as de,ea as w,fa as L,g as n,ga as F,h as Z,ha as _,i as W,ia as Te,j as me,ja as O,k as ue,ka as X,l as $,la as Re,m as G,ma as C,n as pe,o as x,oa as q,p as A,pa as Y,q as he,s as H,u as $e,w as t,x as R,z as k}from"./chunk-2EWHNBUZ.js";import{a as te,b as ne,d as D,f as fe,g as ge}from"./chunk-ABNSK7YK.js";var Le={"services.title":"Digitale Dienste in {name}","services.intro":"Diese Dienste können Sie online nutzen. Bewerten Sie einen Dienst und sagen Sie uns, wo es Barrieren gibt.","services.topics":"Themenfelder","services.none":"Für diese Gemeinde sind noch keine Dienste eingetragen.","services.noRatings":"Noch keine Bewertungen.","services.rating":{one:"Durchschnitt {mean} von 5 Sternen (1 Bewertung)",other:"Durchschnitt {mean} von 5 Sternen ({count} Bewertungen)"},"services.barriers":"Gemeldete Barrieren:","service.back":"Zurück zu allen Diensten","service.link":"Zum Online-Dienst (externe Seite)","service.summaryTitle":"Bewertungen in {name}","service.mine":"Ihre Bewertung","service.myRating":"{rating} von 5 Sternen, am {date}","rate.title":"Diesen Dienst bewerten","rate.ratingLegend":"Wie gut hat der Dienst für Sie funktioniert?","rate.value1":"1 Stern: sehr schlecht","rate.value2":"2 Sterne: schlecht","rate.value3":"3 Sterne: mittel","rate.value4":"4 Sterne: gut","rate.value5":"5 Sterne: sehr gut","rate.ratingRequired":"Bitte wählen Sie eine Bewertung.","rate.barriersLegend":"Gab es Barrieren?","rate.text":"Was ist Ihnen aufgefallen? (freiwillig)","rate.submit":"Bewertung senden","rate.thanks":"Danke! Ihre Bewertung ist gespeichert.","barrier.screenreader":"Nicht mit Vorlese-Programm nutzbar","barrier.complicated":"Zu kompliziert","barrier.in_person":"Trotzdem persönlich erscheinen","barrier.mobile":"Geht nicht gut auf dem Handy","barrier.language":"Sprache nicht verständlich","ideas.title":"Ideen im {name}","ideas.submitLink":"Eigene Idee einreichen","ideas.searchLabel":"Ideen durchsuchen","ideas.search":"Suchen","ideas.clearSearch":"Suche beenden","ideas.searchShort":"Bitte geben Sie mindestens 3 Zeichen ein.","ideas.searchFailed":"Die Suche hat nicht geklappt. Bitte versuchen Sie es noch einmal.","ideas.resultsTitle":"Suchergebnisse","ideas.results":{one:"1 Idee zu „{q}“ gefunden.",other:"{count} Ideen zu „{q}“ gefunden."},"ideas.resultsOffline":{one:"1 Idee zu „{q}“ gefunden (ohne Verbindung in den gespeicherten Ideen gesucht).",other:"{count} Ideen zu „{q}“ gefunden (ohne Verbindung in den gespeicherten Ideen gesucht)."},"ideas.sortLabel":"Sortieren nach","ideas.sortNew":"Neueste zuerst","ideas.sortTop":"Meiste Unterstützung","ideas.sortStatus":"Stand der Bearbeitung","ideas.scopeLabel":"Welche Ideen","ideas.scopeDistrict":"Ganzer {name}","ideas.scopePlace":"Nur {name} und der ganze Kreis","ideas.listTitle":"Alle Ideen","idea.back":"Zurück zu allen Ideen","idea.by":"von {name}","idea.anonymous":"ohne Namen","idea.chooseRegion":"Wählen Sie Ihre Gemeinde, um alle Ideen Ihrer Region zu sehen und mitzumachen.","idea.pendingNote":"Diese Idee ist auf Ihrem Gerät gespeichert und wird gesendet, sobald eine Verbindung besteht.","idea.awaitingModeration":"Diese Idee wird veröffentlicht, sobald die Moderation sie freigegeben hat.","idea.merged":"Diese Idee wurde zusammengeführt mit:","idea.mergedUnknown":"der anderen Idee","idea.service":"Dienst:","idea.topic":"Themenfeld:","idea.votesTitle":"Unterstützung","idea.vote":"Idee unterstützen","idea.retract":"Unterstützung zurücknehmen","idea.youVoted":"Sie unterstützen diese Idee.","idea.voteAfterSync":"Sobald die Idee gesendet ist, kann sie unterstützt werden.","idea.endorsements":"Unterstützt von Verbänden","idea.unknownOrganization":"Ein Verband","idea.history":"Verlauf und Antworten der Verwaltung","idea.commentsTitle":{one:"1 Kommentar",other:"{count} Kommentare"},"idea.noComments":"Noch keine Kommentare.","idea.commentLabel":"Ihr Kommentar","idea.commentSubmit":"Kommentar senden","idea.commentsClosed":"Zu dieser Idee kann man nicht kommentieren.","report.idea":"Idee melden","report.comment":"Kommentar melden","report.reason":"Grund der Meldung","report.choose":"Bitte wählen","report.reason.spam":"Werbung oder Spam","report.reason.offensive":"Beleidigend","report.reason.personal_data":"Enthält persönliche Daten","report.reason.off_topic":"Gehört nicht hierher","report.reason.other":"Anderer Grund","report.reasonRequired":"Bitte wählen Sie einen Grund.","report.note":"Anmerkung (freiwillig)","report.submit":"Meldung senden","report.done":"Sie haben diesen Beitrag gemeldet. Danke!","newIdea.title":"Idee einreichen","newIdea.titleLabel":"Titel","newIdea.bodyLabel":"Beschreibung","newIdea.whereLabel":"Für welchen Ort?","newIdea.wholeDistrict":"Den ganzen {name}","newIdea.serviceLabel":"Betrifft die Idee einen Dienst? (freiwillig)","newIdea.topicLabel":"Themenfeld (freiwillig)","newIdea.none":"Keine Angabe","newIdea.submit":"Idee einreichen","newIdea.similarTitle":"Ähnliche Ideen","newIdea.similarNone":"Während Sie schreiben, zeigen wir hier ähnliche Ideen, die es schon gibt.","newIdea.similarFound":{one:"Es gibt 1 ähnliche Idee. Vielleicht möchten Sie diese unterstützen?",other:"Es gibt {count} ähnliche Ideen. Vielleicht möchten Sie eine davon unterstützen?"},"newIdea.similarFoundOffline":{one:"In den gespeicherten Ideen gibt es 1 ähnliche Idee.",other:"In den gespeicherten Ideen gibt es {count} ähnliche Ideen."},"newIdea.supportInstead":"Stattdessen unterstützen","hint.newIdea":"Beschreiben Sie, was besser werden soll und warum. Die Verwaltung antwortet öffentlich.","hint.title":"Ein kurzer Satz, {min} bis {max} Zeichen.","hint.body":"Was ist das Problem, was schlagen Sie vor? {min} bis {max} Zeichen.","hint.titleShort":"Der Titel ist zu kurz: bitte mindestens {min} Zeichen.","hint.bodyShort":"Die Beschreibung ist zu kurz: bitte mindestens {min} Zeichen.","hint.where":"Ihre Gemeinde oder der ganze Landkreis.","hint.service":"Zum Beispiel „Wohngeld beantragen“.","hint.topic":"Hilft anderen, Ihre Idee zu finden.","hint.comment":"Bleiben Sie freundlich und sachlich. Höchstens {max} Zeichen.","hint.commentRequired":"Bitte schreiben Sie einen Kommentar.","hint.barriers":"Sie können mehrere ankreuzen.","hint.feedbackText":"Bitte keine persönlichen Daten. Höchstens {max} Zeichen.","hint.reportNote":"Höchstens {max} Zeichen.","hint.signedOut":"Sie sind nicht angemeldet. Ihr Beitrag wird gespeichert und gesendet, sobald Sie sich anmelden.","hint.displayName":"Dieser Name steht bei Ihren Beiträgen. Ein Fantasiename ist in Ordnung. {min} bis {max} Zeichen.","hint.email":"Nur für die Anmeldung. Andere sehen Ihre E-Mail-Adresse nie.","hint.password":"Mindestens {min} Zeichen.","mine.title":"Meine Beiträge","mine.signedOut":"Melden Sie sich an, um Ihre gesendeten Beiträge zu sehen.","mine.rejected":"Nicht angenommen","mine.rejectedHelp":"Der Server hat diese Beiträge nicht angenommen. Sie können sie korrigieren und erneut senden oder verwerfen.","mine.noneRejected":"Keine.","mine.pending":"Warten auf Verbindung","mine.nonePending":"Alle Beiträge sind gesendet.","mine.ideas":"Meine Ideen","mine.comments":"Meine Kommentare","mine.votes":"Ideen, die ich unterstütze","mine.feedback":"Meine Bewertungen","mine.reports":"Meine Meldungen","mine.reportsCount":{one:"Sie haben 1 Beitrag gemeldet.",other:"Sie haben {count} Beiträge gemeldet."},"mine.none":"Noch keine.","mine.commentOn":"Zu","mine.hidden":"ausgeblendet","mine.unknownIdea":"einer Idee","mine.fix":"Korrigieren","mine.discard":"Verwerfen","mine.sendAgain":"Erneut senden","mine.what.idea":"Idee „{title}“","mine.what.comment":"Kommentar zu „{title}“","mine.what.vote":"Unterstützung für „{title}“","mine.what.retract":"Unterstützung für „{title}“ zurücknehmen","mine.what.feedback":"Bewertung von „{name}“: {rating} von 5 Sternen","mine.what.report":"Meldung an die Moderation","account.email":"E-Mail-Adresse","account.password":"Passwort","account.passwordConfirm":"Passwort wiederholen","account.displayName":"Angezeigter Name","account.fixFields":"Bitte prüfen Sie die markierten Angaben.","account.offline":"Keine Verbindung. Zum Anmelden brauchen Sie eine Verbindung.","signIn.title":"Anmelden","signIn.intro":"Melden Sie sich an, um Ideen einzureichen, abzustimmen, zu kommentieren und Dienste zu bewerten.","signIn.submit":"Anmelden","signIn.wrong":"E-Mail-Adresse oder Passwort stimmen nicht.","signIn.noAccount":"Noch kein Konto?","signUp.title":"Konto anlegen","signUp.intro":"Sie brauchen nur eine E-Mail-Adresse und einen Namen. Der Name darf ein Fantasiename sein.","signUp.submit":"Konto anlegen","signUp.haveAccount":"Sie haben schon ein Konto?","topic.arbeit_ruhestand":"Arbeit & Ruhestand","topic.bauen_wohnen":"Bauen & Wohnen","topic.bildung":"Bildung","topic.ein_auswanderung":"Ein- & Auswanderung","topic.engagement_hobby":"Engagement & Hobby","topic.familie_kind":"Familie & Kind","topic.forschung_foerderung":"Forschung & Förderung","topic.gesundheit":"Gesundheit","topic.mobilitaet_reisen":"Mobilität & Reisen","topic.recht_ordnung":"Recht & Ordnung","topic.steuern_zoll":"Steuern & Zoll","topic.umwelt":"Umwelt","topic.unternehmen":"Unternehmen","topic.querschnitt":"Querschnittsleistungen","topic.soziales":"Soziales","error.unknown":"Der Beitrag konnte nicht gespeichert werden.","error.vote_idea_hidden":"Diese Idee ist ausgeblendet; für sie kann nicht abgestimmt werden.","error.vote_idea_not_published":"Diese Idee ist noch nicht veröffentlicht.","error.vote_idea_merged":"Diese Idee wurde mit einer anderen zusammengeführt; stimmen Sie bitte dort ab.","error.vote_idea_declined":"Diese Idee wurde abgelehnt; für sie kann nicht mehr abgestimmt werden.","error.feedback_service_not_offered":"Dieser Dienst wird in dieser Region nicht online angeboten.","error.idea_changed":"Die Idee wurde inzwischen auf dem Server geändert.","error.sync_forbidden":"Dazu sind Sie nicht berechtigt.","error.sync_not_found":"Der Eintrag wurde nicht gefunden.","error.validation_pk_invalid":"Diese Kennung ist ungültig oder schon vergeben.","error.validation_not_unique":"Diesen Eintrag gibt es schon.","error.validation_required":"Bitte ausfüllen.","error.validation_missing_rel_records":"Der verknüpfte Eintrag existiert nicht (mehr).","error.validation_invalid_email":"Bitte geben Sie eine gültige E-Mail-Adresse ein.","error.validation_values_mismatch":"Die Passwörter stimmen nicht überein.","error.report_target_required":"Bitte genau einen Inhalt melden: eine Idee oder einen Kommentar."};var B=de({region:"",rows:new Map});function He(e){let r=e?.count||0,i={};for(let s=1;s<=5;s++)i[s]=e?.[`rating_${s}`]||0;let a={};for(let s of Object.keys(e||{}))s.startsWith("barrier_")&&(a[s.slice(8)]=e[s]);return{count:r,mean:r?Math.round(e.rating_sum/r*100)/100:null,distribution:i,barriers:a}}function ie(e,r){B.value={region:e,rows:new Map(r.map(i=>[i.service,He(i)]))}}async function ee(e){let r=await fe("stats:"+e);r?ie(e,r):B.value.region!==e&&ie(e,[]);try{let i=encodeURIComponent(`region='${e}'`),a=await D(`/api/collections/feedback_stats/records?filter=${i}&perPage=500&skipTotal=1`);await ge("stats:"+e,a.items),ie(e,a.items)}catch{}}async function Ce(e,r){try{let i=await D(`/api/services/${encodeURIComponent(e)}/feedback?region=${encodeURIComponent(r)}`),a=new Map(B.value.region===r?B.value.rows:[]);a.set(e,i),B.value={region:r,rows:a}}catch{}}function re(e,r){return e.filter(i=>(i.regions||[]).some(a=>a===r.id||a===r.parent))}function Qe(){let e=x.value;if(w(t("services.title",{name:e?.name||""})),z(()=>{e&&ee(e.id)},[e?.id]),y(I.value),!e)return n`<h1 tabindex="-1">${t("nav.services")}</h1><p>${t("region.needed")}</p><${C} after="/services" />`;let r=re(E.services.value,e),i=B.value.region===e.id?B.value.rows:new Map,a=Z.map(s=>[s,r.filter(l=>l.topic===s).sort((l,o)=>l.name.localeCompare(o.name,"de"))]).filter(([,s])=>s.length);return n`
    <h1 tabindex="-1">${t("services.title",{name:e.name})}</h1>
    <p>${t("services.intro")}</p>
    ${I.value&&r.length===0&&n`<p>${t("services.none")}</p>`}
    ${a.length>0&&n`
      <nav aria-label=${t("services.topics")} class="toc">
        <ul>${a.map(([s])=>n`<li><a href=${"#topic-"+s}>${t("topic."+s)}</a></li>`)}</ul>
      </nav>`}
    ${a.map(([s,l])=>n`
      <section aria-labelledby=${"topic-"+s}>
        <h2 id=${"topic-"+s}>${t("topic."+s)}</h2>
        <ul class="services">
          ${l.map(o=>n`
            <li key=${o.id} class="service-card">
              <h3><a href=${"/services/"+o.id}>${o.name}</a></h3>
              <${X} summary=${i.get(o.id)} />
            </li>`)}
        </ul>
      </section>`)}`}function Je({service:e,place:r}){let[i,a]=p(0),[s,l]=p([]),[o,d]=p(""),[h,b]=p(""),[m,f]=p(!1),c=g=>l(s.includes(g)?s.filter(P=>P!==g):[...s,g]);return n`
    <form class="stack" onSubmit=${async g=>{if(g.preventDefault(),!i){b(t("rate.ratingRequired")),document.getElementById("rating-1")?.focus();return}b(""),await ze({service:e.id,region:r.id,rating:i,text:o.trim(),barriers:s}),f(!0),a(0),l([]),d("")}} noValidate>
      <fieldset aria-describedby=${h?"rating-error":void 0}>
        <legend>${t("rate.ratingLegend")}</legend>
        ${h&&n`<p class="error" id="rating-error">${h}</p>`}
        <div class="choices">
          ${[1,2,3,4,5].map(g=>n`
            <label class="choice">
              <input type="radio" name="rating" id=${"rating-"+g} value=${g} checked=${i===g}
                onChange=${()=>a(g)} />
              ${t("rate.value"+g)}
            </label>`)}
        </div>
      </fieldset>
      <fieldset>
        <legend>${t("rate.barriersLegend")}</legend>
        <p class="hint">${t("hint.barriers")}</p>
        ${me.map(g=>n`
          <label class="choice">
            <input type="checkbox" name="barriers" value=${g} checked=${s.includes(g)} onChange=${()=>c(g)} />
            ${t("barrier."+g)}
          </label>`)}
      </fieldset>
      <div class="field">
        <label for="feedback-text">${t("rate.text")}</label>
        <p class="hint" id="feedback-text-hint">${t("hint.feedbackText",{max:$.feedbackText[1]})}</p>
        <textarea id="feedback-text" rows="4" maxLength=${$.feedbackText[1]} aria-describedby="feedback-text-hint"
          value=${o} onInput=${g=>d(g.currentTarget.value)}></textarea>
      </div>
      ${!k.value&&n`<p class="hint">${t("hint.signedOut")}</p>`}
      <button type="submit">${t("rate.submit")}</button>
      <p role="status">${m?t("rate.thanks"):""}</p>
    </form>`}function Xe({id:e}){let r=x.value,i=N.value.get(e);if(w(i?.name||t("nav.services")),y(I.value),z(()=>{r&&ee(r.id).then(()=>Ce(e,r.id))},[e,r?.id]),!r)return n`<h1 tabindex="-1">${t("nav.services")}</h1><p>${t("region.needed")}</p><${C} after=${"/services/"+e} />`;if(!i)return I.value?n`<${Y} />`:n`<p>${t("common.loading")}</p>`;let a=B.value.region===r.id?B.value.rows.get(e):null,s=v.value.feedback.filter(l=>l.service===e&&l.region===r.id);return n`
    <p><a href="/services">${t("service.back")}</a></p>
    <h1 tabindex="-1">${i.name}</h1>
    ${i.summary&&n`<p>${i.summary}</p>`}
    ${i.link&&n`<p><a href=${i.link} rel="noopener">${t("service.link")}</a></p>`}
    <h2>${t("service.summaryTitle",{name:r.name})}</h2>
    <${X} summary=${a} />
    ${s.length>0&&n`
      <h2>${t("service.mine")}</h2>
      <ul class="plain">
        ${s.map(l=>n`
          <li key=${l.id}>
            ${t("service.myRating",{rating:l.rating,date:R(l.created)})} <${L} item=${l} />
            ${l.sync==="rejected"&&n`<${O} error=${l.mutation.error} />`}
          </li>`)}
      </ul>`}
    <h2>${t("rate.title")}</h2>
    <${Je} service=${i} place=${r} />`}var Ye=new Set("der die das und oder ein eine einer eines einem einen ist sind mit für fur von zu im in am an auf aus bei nicht auch es sich wir ich sie er man mehr sehr wie was wenn dass den dem des als nur noch so bitte the and for with of to a an is are be on in at".split(" "));function j(e){return(e||"").toLowerCase().replace(/ä/g,"ae").replace(/ö/g,"oe").replace(/ü/g,"ue").replace(/ß/g,"ss").normalize("NFD").replace(/[\u0300-\u036f]/g,"").split(/[^a-z0-9]+/).filter(r=>r.length>=3&&!Ye.has(r))}var V=e=>e.replace(/(ungen|ung|en|er|es|e|n|s)$/,"")||e;function Ee(e,r){let i=j(r).map(V);if(!i.length)return[];let a=[];for(let s of e){let l=j(s.title).map(V),o=l.concat(j(s.body).map(V));i.every(d=>o.some(h=>h.startsWith(d)))&&a.push({idea:s,score:i.filter(d=>l.some(h=>h.startsWith(d))).length})}return a.sort((s,l)=>l.score-s.score).map(s=>s.idea)}function Ne(e,r,i=5){let a=new Set(j(r).map(V));if(a.size<2)return[];let s=[];for(let l of e){let o=new Set(j(l.title+" "+l.body).map(V)),d=0;for(let b of a)o.has(b)&&d++;let h=d/Math.min(a.size,o.size||1);d>=2&&h>=.2&&s.push({idea:l,score:h})}return s.sort((l,o)=>o.score-l.score).slice(0,i).map(l=>l.idea)}async function Me(e,r,i){if(!navigator.onLine)return{items:Ee(i,e),offline:!0};try{return{items:(await D(`/api/ideas/search?q=${encodeURIComponent(e)}&region=${encodeURIComponent(r)}`,{timeout:8e3})).items,offline:!1}}catch(a){if(!(a instanceof ne))throw a;return{items:Ee(i,e),offline:!0}}}async function Ae(e,r,i){if(!navigator.onLine)return{items:Ne(i,e),offline:!0};try{return{items:(await D(`/api/ideas/similar?text=${encodeURIComponent(e.slice(0,500))}&region=${encodeURIComponent(r)}&limit=5`,{timeout:5e3})).items,offline:!1}}catch(a){if(!(a instanceof ne))throw a;return{items:Ne(i,e),offline:!0}}}var Fe={new:(e,r)=>e.created<r.created?1:-1,top:(e,r)=>(r.votes_count||0)-(e.votes_count||0)||(e.created<r.created?1:-1),status:(e,r)=>W.indexOf(e.status)-W.indexOf(r.status)||(r.votes_count||0)-(e.votes_count||0)};function et(e,r){let[i,a]=p(null);return z(()=>{if(a(null),!e)return;let s=!0;return Me(e,A.value,r).then(l=>s&&a(l)).catch(l=>s&&a({items:[],error:l})),()=>{s=!1}},[e,A.value]),i}function tt(){let e=x.value,{query:r}=J.value,i=Fe[r.get("sort")]?r.get("sort"):"new",a=r.get("scope")==="place"?"place":"district",s=(r.get("q")||"").trim(),[l,o]=p(s),d=T.value.get(A.value)?.name||"";w(t("ideas.title",{name:d||e?.name||""})),y(I.value);let b=[...v.value.ideas.values()].filter(u=>u.sync!=="rejected"&&!u.hidden).filter(u=>{let S=T.value.get(u.region);return u.region===A.value||S?.parent===A.value||u.sync!=="synced"}),m=et(s.length>=3?s:"",b);if(!e)return n`<h1 tabindex="-1">${t("nav.ideas")}</h1><p>${t("region.needed")}</p><${C} after="/ideas" />`;let f=b.filter(u=>a==="district"||u.region===e.id||u.region===e.parent).sort(Fe[i]),c=u=>{let S=new URLSearchParams(r);for(let[le,ce]of Object.entries(u))ce?S.set(le,ce):S.delete(le);M("/ideas"+(S.toString()?"?"+S:""),{replace:!0})},K=u=>{u.preventDefault(),c({q:l.trim()})},g=null;if(s)if(s.length<3)g=n`<p class="error">${t("ideas.searchShort")}</p>`;else if(!m)g=n`<p>${t("common.loading")}</p>`;else if(m.error)g=n`<p class="error">${t("ideas.searchFailed")}</p>`;else{let u=m.items.map(S=>v.value.ideas.get(S.id)||{...S,sync:"synced"});g=n`
        <p>${t(m.offline?"ideas.resultsOffline":"ideas.results",{count:u.length,q:s})}</p>
        <${q} ideas=${u} level="3" />`}let P=i==="status"?W.map(u=>[u,f.filter(S=>S.status===u)]).filter(([,u])=>u.length):null,oe=f.filter(u=>!u.status);return n`
    <h1 tabindex="-1">${t("ideas.title",{name:d||e.name})}</h1>
    <p><a href="/ideas/new">${t("ideas.submitLink")}</a></p>
    <form role="search" class="search" onSubmit=${K}>
      <label for="idea-search">${t("ideas.searchLabel")}</label>
      <div class="inline">
        <input id="idea-search" type="search" name="q" value=${l} onInput=${u=>o(u.currentTarget.value)} />
        <button type="submit">${t("ideas.search")}</button>
        ${s&&n`<button type="button" class="secondary" onClick=${()=>{o(""),c({q:""})}}>${t("ideas.clearSearch")}</button>`}
      </div>
    </form>
    ${s&&n`<section aria-labelledby="results-title"><h2 id="results-title">${t("ideas.resultsTitle")}</h2>${g}</section>`}
    ${!s&&n`
      <div class="filters">
        <div class="field">
          <label for="idea-sort">${t("ideas.sortLabel")}</label>
          <select id="idea-sort" value=${i} onChange=${u=>c({sort:u.currentTarget.value==="new"?"":u.currentTarget.value})}>
            <option value="new">${t("ideas.sortNew")}</option>
            <option value="top">${t("ideas.sortTop")}</option>
            <option value="status">${t("ideas.sortStatus")}</option>
          </select>
        </div>
        <div class="field">
          <label for="idea-scope">${t("ideas.scopeLabel")}</label>
          <select id="idea-scope" value=${a} onChange=${u=>c({scope:u.currentTarget.value==="place"?"place":""})}>
            <option value="district">${t("ideas.scopeDistrict",{name:d})}</option>
            <option value="place">${t("ideas.scopePlace",{name:e.name})}</option>
          </select>
        </div>
      </div>
      <h2 class="visually-hidden">${t("ideas.listTitle")}</h2>
      ${I.value&&f.length===0&&n`<p>${t("ideas.none")}</p>`}
      ${P?n`
          ${oe.length>0&&n`<h3>${t("sync.pending")}</h3><${q} ideas=${oe} level="4" />`}
          ${P.map(([u,S])=>n`<h3>${t("status."+u)}</h3><${q} ideas=${S} level="4" />`)}`:n`<${q} ideas=${f} level="3" />`}`}`}function ae({target:e,id:r,label:i}){let[a,s]=p(""),[l,o]=p(""),[d,h]=p("");return n`
    <details class="report">
      <summary>${i}</summary>
      <form class="stack" onSubmit=${async m=>{if(m.preventDefault(),!a){h(t("report.reasonRequired")),document.getElementById(r+"-reason")?.focus();return}await _e(e,a,l.trim())}} noValidate>
        <div class="field">
          <label for=${r+"-reason"}>${t("report.reason")}</label>
          ${d&&n`<p class="error" id=${r+"-error"}>${d}</p>`}
          <select id=${r+"-reason"} value=${a} aria-describedby=${d?r+"-error":void 0}
            aria-invalid=${d?"true":void 0} onChange=${m=>s(m.currentTarget.value)}>
            <option value="">${t("report.choose")}</option>
            ${ue.map(m=>n`<option value=${m}>${t("report.reason."+m)}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for=${r+"-note"}>${t("report.note")}</label>
          <p class="hint" id=${r+"-note-hint"}>${t("hint.reportNote",{max:$.note[1]})}</p>
          <textarea id=${r+"-note"} rows="2" maxLength=${$.note[1]} aria-describedby=${r+"-note-hint"}
            value=${l} onInput=${m=>o(m.currentTarget.value)}></textarea>
        </div>
        <button type="submit">${t("report.submit")}</button>
      </form>
    </details>`}function nt({idea:e}){let r=v.value.voted.get(e.id),i=G(e),a=!!r?.voted;return n`
    <section class="votes" aria-labelledby="votes-title">
      <h2 id="votes-title" class="visually-hidden">${t("idea.votesTitle")}</h2>
      <p class="vote-count">${t("ideas.votes",{count:e.votes_count||0})}</p>
      ${e.sync!=="synced"&&!e.status?n`<p class="hint">${t("idea.voteAfterSync")}</p>`:i&&!a?n`<p class="hint">${t("error."+i)}</p>`:n`
            <button type="button" class=${a?"secondary":""}
              onClick=${()=>a?xe(e.id):Q(e.id)}>
              ${a?t("idea.retract"):t("idea.vote")}
            </button>
            ${a&&n` <span>${t("idea.youVoted")}</span>`}
            ${r?.sync==="pending"&&n` <${L} item=${r} />`}`}
      ${!k.value&&n`<p class="hint">${t("hint.signedOut")}</p>`}
    </section>`}function it({history:e,organizationName:r}){return e.length?n`
    <section aria-labelledby="history-title">
      <h2 id="history-title">${t("idea.history")}</h2>
      <ol class="history">
        ${e.map(i=>{let a=r(i);return n`
            <li key=${i.id}>
              <p><strong>${t("status."+i.to)}</strong> · ${R(i.created)}${a&&n` · ${a}`}</p>
              ${i.response&&n`<blockquote><p>${i.response}</p></blockquote>`}
            </li>`})}
      </ol>
    </section>`:null}function rt({endorsements:e,organizationName:r}){return e.length?n`
    <section aria-labelledby="endorsements-title">
      <h2 id="endorsements-title">${t("idea.endorsements")}</h2>
      <ul class="plain">
        ${e.map(i=>n`
          <li key=${i.id}>
            <strong>${r(i)||t("idea.unknownOrganization")}</strong>
            ${i.note&&n`: ${i.note}`}
          </li>`)}
      </ul>
    </section>`:null}function at({idea:e}){let[r,i]=p(""),[a,s]=p("");return n`
    <form class="stack" onSubmit=${async o=>{o.preventDefault();let d=r.trim();if(!d){s(t("hint.commentRequired")),document.getElementById("comment-body")?.focus();return}s(""),await ke(e.id,d),i("")}} noValidate>
      <div class="field">
        <label for="comment-body">${t("idea.commentLabel")}</label>
        <p class="hint" id="comment-hint">${t("hint.comment",{max:$.comment[1]})}</p>
        ${a&&n`<p class="error" id="comment-error">${a}</p>`}
        <textarea id="comment-body" rows="3" maxLength=${$.comment[1]} value=${r}
          aria-describedby=${a?"comment-hint comment-error":"comment-hint"} aria-invalid=${a?"true":void 0}
          onInput=${o=>i(o.currentTarget.value)}></textarea>
      </div>
      <button type="submit">${t("idea.commentSubmit")}</button>
    </form>`}function st({idea:e,comments:r}){let i=v.value.reported;return n`
    <section aria-labelledby="comments-title">
      <h2 id="comments-title">${t("idea.commentsTitle",{count:r.length})}</h2>
      ${r.length===0&&n`<p>${t("idea.noComments")}</p>`}
      <ul class="comments">
        ${r.map(a=>n`
          <li key=${a.id}>
            <article class="comment">
              <p class="meta"><strong>${a.author_name||t("idea.anonymous")}</strong> <span>${R(a.created)}</span> <${L} item=${a} /></p>
              <p class="body">${a.body}</p>
              ${a.sync==="synced"&&a.author!==k.value?.id&&(i.has(a.id)?n`<p class="hint">${t("report.done")}</p>`:n`<${ae} target=${{comment:a.id}} id=${"report-"+a.id} label=${t("report.comment")} />`)}
            </article>
          </li>`)}
      </ul>
      ${pe(e)?n`<${at} idea=${e} />`:n`<p class="hint">${t("idea.commentsClosed")}</p>`}
    </section>`}function ot(e,r){let[i,a]=p(null);return z(()=>{if(!r||!navigator.onLine)return;D(`/api/collections/ideas/records/${encodeURIComponent(e)}?expand=comments_via_idea,status_changes_via_idea.organization,endorsements_via_idea.organization`).then(a).catch(()=>a({missing:!0}))},[e,r]),i}var Oe=(e,r)=>e.created<r.created?-1:1;function lt(e){let r=v.value.ideas.get(e),i=ot(e,I.value&&!r),a=we.value;if(r)return{idea:r,comments:(v.value.comments.get(e)||[]).filter(o=>o.sync!=="rejected"),history:v.value.history.get(e)||[],endorsements:v.value.endorsements.get(e)||[],organizationName:o=>a.get(o.organization)?.name};if(!i||i.missing)return i;let{expand:s={},...l}=i;return{idea:{...l,sync:"synced"},comments:(s.comments_via_idea||[]).filter(o=>o.state==="visible").sort(Oe).map(o=>({...o,sync:"synced"})),history:(s.status_changes_via_idea||[]).sort(Oe),endorsements:s.endorsements_via_idea||[],organizationName:o=>o.expand?.organization?.name||a.get(o.organization)?.name}}function ct({id:e}){let r=lt(e),i=r?.idea;w(i?.title||t("nav.ideas"));let a=!i&&(!I.value||r===null&&navigator.onLine);if(y(!a),!i)return a?n`<p>${t("common.loading")}</p>`:n`<${Y} />`;let s=T.value.get(i.region)?.name,l=N.value.get(i.service),o=i.merged_into&&v.value.ideas.get(i.merged_into),d=i.author&&i.author===k.value?.id;return n`
    <p><a href="/ideas">${t("idea.back")}</a></p>
    <article class="idea">
      <h1 tabindex="-1">${i.title}</h1>
      <p class="meta">
        <${F} status=${i.status} /> <${L} item=${i} />
        <span>${t("idea.by",{name:i.author_name||t("idea.anonymous")})}</span>
        ${s&&n`<span>${s}</span>`}
        <span>${R(i.created)}</span>
      </p>
      ${!x.value&&n`<p class="notice">${t("idea.chooseRegion")} <a href="/region">${t("region.title")}</a></p>`}
      ${i.sync==="pending"&&n`<p class="notice notice-pending">${t("idea.pendingNote")}</p>`}
      ${i.sync==="rejected"&&n`
        <div class="notice notice-error"><${O} error=${i.mutation.error} /> <a href="/mine">${t("notice.review")}</a></div>`}
      ${i.status==="submitted"&&n`<p class="notice">${t("idea.awaitingModeration")}</p>`}
      ${i.status==="merged"&&n`
        <p class="notice">${t("idea.merged")} ${o?n`<a href=${"/ideas/"+o.id}>${o.title}</a>`:n`<a href=${"/ideas/"+i.merged_into}>${t("idea.mergedUnknown")}</a>`}</p>`}
      <div class="body">${i.body}</div>
      ${(l||i.topic)&&n`
        <p class="meta">
          ${l&&n`<span>${t("idea.service")} <a href=${"/services/"+l.id}>${l.name}</a></span>`}
          ${i.topic&&n`<span>${t("idea.topic")} ${t("topic."+i.topic)}</span>`}
        </p>`}
      ${i.sync!=="rejected"&&n`<${nt} idea=${i} />`}
      <${rt} endorsements=${r.endorsements} organizationName=${r.organizationName} />
      <${it} history=${r.history} organizationName=${r.organizationName} />
      ${i.sync==="synced"&&n`<${st} idea=${i} comments=${r.comments} />`}
      ${i.sync==="synced"&&!d&&(v.value.reported.has(i.id)?n`<p class="hint">${t("report.done")}</p>`:n`<${ae} target=${{idea:i.id}} id="report-idea" label=${t("report.idea")} />`)}
    </article>`}function dt(e,r){let[i,a]=p({items:[],offline:!1});return z(()=>{if(!r||e.trim().length<12){a({items:[],offline:!1});return}let s=!0,l=setTimeout(()=>{let o=[...v.value.ideas.values()].filter(d=>d.sync==="synced"&&d.status&&d.status!=="submitted");Ae(e,r.id,o).then(d=>s&&a(d)).catch(()=>{})},600);return()=>{s=!1,clearTimeout(l)}},[e,r?.id]),i}function mt({similar:e}){let r=e.items.map(i=>v.value.ideas.get(i.id)||{...i,sync:"synced"});return n`
    <section class="similar" aria-labelledby="similar-title">
      <h2 id="similar-title">${t("newIdea.similarTitle")}</h2>
      <div role="status">
        ${r.length===0?n`<p class="hint">${t("newIdea.similarNone")}</p>`:n`<p>${t(e.offline?"newIdea.similarFoundOffline":"newIdea.similarFound",{count:r.length})}</p>`}
      </div>
      <ul class="ideas">
        ${r.map(i=>{let a=v.value.voted.get(i.id);return n`
            <li key=${i.id}>
              <article class="idea-card">
                <h3 class="idea-title"><a href=${"/ideas/"+i.id}>${i.title}</a></h3>
                <p class="meta"><${F} status=${i.status} /> <span>${t("ideas.votes",{count:i.votes_count||0})}</span></p>
                ${a?.voted?n`<p>${t("idea.youVoted")}</p>`:!G(i)&&n`
                    <button type="button" class="secondary" onClick=${()=>Q(i.id)}>
                      ${t("newIdea.supportInstead")}<span class="visually-hidden">: ${i.title}</span>
                    </button>`}
              </article>
            </li>`})}
      </ul>
    </section>`}function ut({title:e,body:r}){let i={};return e.trim().length<$.title[0]&&(i.title=t("hint.titleShort",{min:$.title[0]})),r.trim().length<$.body[0]&&(i.body=t("hint.bodyShort",{min:$.body[0]})),i}function pt(){let e=x.value;w(t("newIdea.title")),y(I.value);let[r,i]=p({title:"",body:"",where:"place",service:"",topic:""}),[a,s]=p({}),l=dt(r.title+" "+r.body,e);if(!e)return n`<h1 tabindex="-1">${t("newIdea.title")}</h1><p>${t("region.needed")}</p><${C} after="/ideas/new" />`;let o=m=>f=>{let{value:c}=f.currentTarget;i(K=>({...K,[m]:c}))},d=T.value.get(e.parent)?.name,h=re(E.services.value,e).sort((m,f)=>m.name.localeCompare(f.name,"de")),b=async m=>{m.preventDefault();let f=ut(r);if(s(f),Object.keys(f).length){document.getElementById(f.title?"idea-title":"idea-body")?.focus();return}let c=await Se({title:r.title.trim(),body:r.body.trim(),region:r.where==="district"&&e.parent?e.parent:e.id,service:r.service,topic:r.topic});M("/ideas/"+c)};return n`
    <h1 tabindex="-1">${t("newIdea.title")}</h1>
    <p>${t("hint.newIdea")}</p>
    <form class="stack" onSubmit=${b} noValidate>
      <${_} id="idea-title" label=${t("newIdea.titleLabel")} hint=${t("hint.title",{min:$.title[0],max:$.title[1]})}
        error=${a.title} control=${m=>n`
          <input ...${m} type="text" required maxLength=${$.title[1]} value=${r.title} onInput=${o("title")} />`} />
      <${_} id="idea-body" label=${t("newIdea.bodyLabel")} hint=${t("hint.body",{min:$.body[0],max:$.body[1]})}
        error=${a.body} control=${m=>n`
          <textarea ...${m} rows="8" required maxLength=${$.body[1]} value=${r.body} onInput=${o("body")}></textarea>`} />
      <${mt} similar=${l} />
      ${e.parent&&n`
        <${_} id="idea-where" label=${t("newIdea.whereLabel")} hint=${t("hint.where")} control=${m=>n`
          <select ...${m} value=${r.where} onChange=${o("where")}>
            <option value="place">${e.name}</option>
            <option value="district">${t("newIdea.wholeDistrict",{name:d||""})}</option>
          </select>`} />`}
      <${_} id="idea-service" label=${t("newIdea.serviceLabel")} hint=${t("hint.service")} control=${m=>n`
        <select ...${m} value=${r.service} onChange=${o("service")}>
          <option value="">${t("newIdea.none")}</option>
          ${h.map(f=>n`<option value=${f.id}>${f.name}</option>`)}
        </select>`} />
      <${_} id="idea-topic" label=${t("newIdea.topicLabel")} hint=${t("hint.topic")} control=${m=>n`
        <select ...${m} value=${r.topic} onChange=${o("topic")}>
          <option value="">${t("newIdea.none")}</option>
          ${Z.map(f=>n`<option value=${f}>${t("topic."+f)}</option>`)}
        </select>`} />
      ${!k.value&&n`<p class="hint">${t("hint.signedOut")}</p>`}
      <button type="submit">${t("newIdea.submit")}</button>
    </form>`}var je={"idea.create":[["title","newIdea.titleLabel","input"],["body","newIdea.bodyLabel","textarea"]],"comment.create":[["body","idea.commentLabel","textarea"]],"feedback.create":[["text","rate.text","textarea"]],"report.create":[["note","report.note","textarea"]]};function Ue(e){let r=i=>v.value.ideas.get(i)?.title||t("mine.unknownIdea");switch(e.type){case"idea.create":return t("mine.what.idea",{title:e.args.title});case"comment.create":return t("mine.what.comment",{title:r(e.args.idea)});case"vote.cast":return t("mine.what.vote",{title:r(e.args.idea)});case"vote.retract":return t("mine.what.retract",{title:r(e.args.idea)});case"feedback.create":return t("mine.what.feedback",{name:N.value.get(e.args.service)?.name||"",rating:e.args.rating});case"report.create":return t("mine.what.report");default:return e.type}}function ht({mutation:e,onDone:r}){let i=je[e.type]||[],[a,s]=p(Object.fromEntries(i.map(([o])=>[o,e.args[o]||""])));return n`
    <form class="stack fix" onSubmit=${async o=>{o.preventDefault(),await De(e.id,a),r()}}>
      ${i.map(([o,d,h])=>{let b=`fix-${e.id}-${o}`,m={id:b,value:a[o],onInput:f=>s({...a,[o]:f.currentTarget.value})};return n`
          <div class="field">
            <label for=${b}>${t(d)}</label>
            ${h==="input"?n`<input type="text" maxLength=${$.title[1]} ...${m} />`:n`<textarea rows="4" ...${m}></textarea>`}
          </div>`})}
      <button type="submit">${t("mine.sendAgain")}</button>
    </form>`}function qe({mutation:e}){let[r,i]=p(!1),a=e.state==="rejected",s=a&&je[e.type];return n`
    <li class=${a?"queued rejected":"queued"}>
      <p><span>${Ue(e)}</span> <${L} item=${{sync:e.state}} /></p>
      ${a&&n`<${O} error=${e.error} />`}
      <div class="inline">
        ${s&&!r&&n`<button type="button" onClick=${()=>i(!0)}>${t("mine.fix")}</button>`}
        <button type="button" class="secondary" onClick=${()=>Be(e.id)}>
          ${t("mine.discard")}<span class="visually-hidden">: ${Ue(e)}</span>
        </button>
      </div>
      ${r&&n`<${ht} mutation=${e} onDone=${()=>i(!1)} />`}
    </li>`}function $t(){w(t("mine.title")),y(I.value);let e=k.value,{mutations:r,ideas:i,comments:a,feedback:s,voted:l}=v.value,o=r.filter(c=>c.state==="rejected"),d=r.filter(c=>c.state==="pending"),h=[...i.values()].filter(c=>c.sync==="synced"&&e&&c.author===e.id),b=[...a.values()].flat().filter(c=>c.sync==="synced"&&e&&c.author===e.id),m=s.filter(c=>c.sync==="synced"),f=[...l.entries()].filter(([,c])=>c.voted&&c.sync==="synced").map(([c])=>i.get(c)).filter(Boolean);return n`
    <h1 tabindex="-1">${t("mine.title")}</h1>
    ${!e&&n`<p>${t("mine.signedOut")} <a href=${Re()}>${t("nav.signIn")}</a></p>`}
    <section aria-labelledby="rejected-title">
      <h2 id="rejected-title">${t("mine.rejected")}</h2>
      ${o.length===0?n`<p>${t("mine.noneRejected")}</p>`:n`
        <p>${t("mine.rejectedHelp")}</p>
        <ul class="plain">${o.map(c=>n`<${qe} key=${c.id} mutation=${c} />`)}</ul>`}
    </section>
    <section aria-labelledby="pending-title">
      <h2 id="pending-title">${t("mine.pending")}</h2>
      ${d.length===0?n`<p>${t("mine.nonePending")}</p>`:n`
        <ul class="plain">${d.map(c=>n`<${qe} key=${c.id} mutation=${c} />`)}</ul>`}
    </section>
    ${e&&n`
      <section aria-labelledby="my-ideas-title">
        <h2 id="my-ideas-title">${t("mine.ideas")}</h2>
        ${h.length===0?n`<p>${t("mine.none")}</p>`:n`
          <ul class="plain">${h.map(c=>n`
            <li key=${c.id}><a href=${"/ideas/"+c.id}>${c.title}</a> <${F} status=${c.status} /></li>`)}</ul>`}
      </section>
      <section aria-labelledby="my-comments-title">
        <h2 id="my-comments-title">${t("mine.comments")}</h2>
        ${b.length===0?n`<p>${t("mine.none")}</p>`:n`
          <ul class="plain">${b.map(c=>n`
            <li key=${c.id}>${t("mine.commentOn")} <a href=${"/ideas/"+c.idea}>${i.get(c.idea)?.title||t("mine.unknownIdea")}</a>: ${c.body}
              ${c.state==="hidden"&&n` <span class="badge">${t("mine.hidden")}</span>`}</li>`)}</ul>`}
      </section>
      <section aria-labelledby="my-votes-title">
        <h2 id="my-votes-title">${t("mine.votes")}</h2>
        ${f.length===0?n`<p>${t("mine.none")}</p>`:n`
          <ul class="plain">${f.map(c=>n`<li key=${c.id}><a href=${"/ideas/"+c.id}>${c.title}</a></li>`)}</ul>`}
      </section>
      <section aria-labelledby="my-feedback-title">
        <h2 id="my-feedback-title">${t("mine.feedback")}</h2>
        ${m.length===0?n`<p>${t("mine.none")}</p>`:n`
          <ul class="plain">${m.map(c=>n`
            <li key=${c.id}><a href=${"/services/"+c.service}>${N.value.get(c.service)?.name||""}</a>:
              ${t("service.myRating",{rating:c.rating,date:R(c.created)})}</li>`)}</ul>`}
      </section>
      ${E.reports.value.length>0&&n`
        <section aria-labelledby="my-reports-title">
          <h2 id="my-reports-title">${t("mine.reports")}</h2>
          <p>${t("mine.reportsCount",{count:E.reports.value.length})}</p>
        </section>`}`}`}async function Ve(e){if(!x.value&&e.home_region){let r=T.value.get(e.home_region)||await D(`/api/collections/regions/records/${encodeURIComponent(e.home_region)}`).catch(()=>null);r&&he(r)}Ie()}function ft(){let e=J.value.query.get("next")||"/";return e.startsWith("/")&&!e.startsWith("//")?e:"/"}function Ke(e){if(e instanceof te){let r=Te(e);return{fields:r,message:Object.keys(r).length?t("account.fixFields"):e.message}}return{fields:{},message:t("account.offline")}}function Pe({message:e}){return n`<div role="alert">${e&&n`<p class="error">${e}</p>`}</div>`}function gt(){w(t("signIn.title")),y(!0);let[e,r]=p(""),[i,a]=p(""),[s,l]=p({fields:{},message:"",busy:!1}),o=async d=>{d.preventDefault(),l({fields:{},message:"",busy:!0});try{await Ve(await ve(e.trim(),i)),M(ft())}catch(h){let b=Ke(h);h instanceof te&&h.status===400&&!Object.keys(b.fields).length&&(b.message=t("signIn.wrong")),l({...b,busy:!1})}};return n`
    <h1 tabindex="-1">${t("signIn.title")}</h1>
    ${k.value&&!be.value&&n`<p>${t("nav.signedInAs",{name:k.value.display_name})}</p>`}
    <p>${t("signIn.intro")}</p>
    <form class="stack" onSubmit=${o}>
      <${Pe} message=${s.message} />
      <${_} id="signin-email" label=${t("account.email")} error=${s.fields.identity} control=${d=>n`
        <input ...${d} type="email" autocomplete="username" required value=${e} onInput=${h=>r(h.currentTarget.value)} />`} />
      <${_} id="signin-password" label=${t("account.password")} error=${s.fields.password} control=${d=>n`
        <input ...${d} type="password" autocomplete="current-password" required value=${i}
          onInput=${h=>a(h.currentTarget.value)} />`} />
      <button type="submit" disabled=${s.busy}>${t("signIn.submit")}</button>
    </form>
    <p>${t("signIn.noAccount")} <a href="/signup">${t("signUp.title")}</a></p>`}function bt(){w(t("signUp.title")),y(!0);let[e,r]=p({displayName:"",email:"",password:"",passwordConfirm:""}),[i,a]=p({fields:{},message:"",busy:!1}),s=o=>d=>{let{value:h}=d.currentTarget;r(b=>({...b,[o]:h}))},l=async o=>{o.preventDefault(),a({fields:{},message:"",busy:!0});try{let d=await ye({...e,email:e.email.trim(),displayName:e.displayName.trim(),homeRegion:x.value?.id,locale:H.value});await Ve(d),M("/")}catch(d){a({...Ke(d),busy:!1})}};return n`
    <h1 tabindex="-1">${t("signUp.title")}</h1>
    <p>${t("signUp.intro")}</p>
    <form class="stack" onSubmit=${l}>
      <${Pe} message=${i.message} />
      <${_} id="signup-name" label=${t("account.displayName")}
        hint=${t("hint.displayName",{min:$.displayName[0],max:$.displayName[1]})}
        error=${i.fields.display_name} control=${o=>n`
          <input ...${o} type="text" autocomplete="nickname" required minLength=${$.displayName[0]} maxLength=${$.displayName[1]}
            value=${e.displayName} onInput=${s("displayName")} />`} />
      <${_} id="signup-email" label=${t("account.email")} hint=${t("hint.email")} error=${i.fields.email} control=${o=>n`
        <input ...${o} type="email" autocomplete="email" required value=${e.email} onInput=${s("email")} />`} />
      <${_} id="signup-password" label=${t("account.password")} hint=${t("hint.password",{min:$.password[0]})}
        error=${i.fields.password} control=${o=>n`
          <input ...${o} type="password" autocomplete="new-password" required minLength=${$.password[0]}
            value=${e.password} onInput=${s("password")} />`} />
      <${_} id="signup-password-confirm" label=${t("account.passwordConfirm")} error=${i.fields.passwordConfirm}
        control=${o=>n`
          <input ...${o} type="password" autocomplete="new-password" required value=${e.passwordConfirm} onInput=${s("passwordConfirm")} />`} />
      <button type="submit" disabled=${i.busy}>${t("signUp.submit")}</button>
    </form>
    <p>${t("signUp.haveAccount")} <a href="/signin">${t("signIn.title")}</a></p>`}var se="barrierefreiheit@mitwirken.example";var Ze={de:()=>import("./chunk-KBKXXA7O.js"),en:()=>import("./chunk-Y5DFT3V5.js"),"de-simple":()=>import("./chunk-3AYMT2UF.js")},U={};function We(){let e=H.value,[,r]=p(0),i=U.de&&U[e];return z(()=>{i||Promise.all([Ze.de(),Ze[e]()]).then(([a,s])=>{U.de=a.default,U[e]=s.default,r(l=>l+1)})},[e]),i?(a,s={})=>{let l=U[e][a]??U.de[a];return typeof l=="string"?l.replace(/\{(\w+)\}/g,(o,d)=>s[d]??o):l}:null}function Ge({sections:e}){return e.map(([r,i])=>n`
    <section>
      <h2>${r}</h2>
      ${i.map(a=>n`<p>${a}</p>`)}
    </section>`)}function vt(){w(t("help.title"));let e=We();return y(e),n`
    <h1 tabindex="-1">${t("help.title")}</h1>
    ${e?n`<${Ge} sections=${e("help.sections")} />`:n`<p>${t("common.loading")}</p>`}
    <p><a href="/accessibility">${t("nav.accessibility")}</a></p>`}function yt(){w(t("nav.accessibility"));let e=We();if(y(e),!e)return n`<h1 tabindex="-1">${t("nav.accessibility")}</h1><p>${t("common.loading")}</p>`;let r=encodeURIComponent(e("a11y.mailSubject"));return n`
    <h1 tabindex="-1">${e("a11y.title")}</h1>
    <${Ge} sections=${e("a11y.sections")} />
    <section aria-labelledby="a11y-feedback">
      <h2 id="a11y-feedback">${e("a11y.feedbackTitle")}</h2>
      <p>${e("a11y.feedbackText")}</p>
      <ul>
        <li><a href=${`mailto:${se}?subject=${r}`}>${e("a11y.feedbackMail",{email:se})}</a></li>
        <li><a href="/ideas/new">${e("a11y.feedbackIdea")}</a></li>
      </ul>
    </section>
    <section aria-labelledby="a11y-enforcement">
      <h2 id="a11y-enforcement">${e("a11y.enforcementTitle")}</h2>
      <p>${e("a11y.enforcementText")}</p>
    </section>`}$e(Le);export{yt as Accessibility,vt as Help,ct as Idea,pt as IdeaNew,tt as Ideas,$t as Mine,Xe as Service,Qe as Services,gt as SignIn,bt as SignUp};
