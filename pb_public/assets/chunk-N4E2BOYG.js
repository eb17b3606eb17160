import{$ as w,A as v,B as Be,D as De,E as Ee,H as q,J as S,L as D,M as V,N as Le,O as y,R as Ce,S as Ae,T as re,U as Me,V as Ne,W as Oe,X as Fe,Y as qe,Z as Ve,b as m,ba as oe,c as I,ca as U,e as we,ea as Ue,f as ke,ga as je,h as i,i as Y,ia as k,j as ee,ja as A,k as Ie,ka as M,l as te,la as R,m as f,ma as ae,n as ne,na as K,o as Se,oa as se,p as _,pa as de,q as P,qa as N,r as xe,sa as G,t as ie,ta as le,v as _e,x as t,y as T,z as ze}from"./chunk-S3NTMTTD.js";import{a as W,b as ue,d as z,f as Te,g as Re}from"./chunk-ABNSK7YK.js";var Pe={"services.title":"Digitale Dienste in {name}","services.intro":"Diese Dienste können Sie online nutzen. Bewerten Sie einen Dienst und sagen Sie uns, wo es Barrieren gibt.","services.topics":"Themenfelder","services.none":"Für diese Gemeinde sind noch keine Dienste eingetragen.","services.noRatings":"Noch keine Bewertungen.","services.rating":{one:"Durchschnitt {mean} von 5 Sternen (1 Bewertung)",other:"Durchschnitt {mean} von 5 Sternen ({count} Bewertungen)"},"services.barriers":"Gemeldete Barrieren:","service.back":"Zurück zu allen Diensten","service.link":"Zum Online-Dienst (externe Seite)","service.summaryTitle":"Bewertungen in {name}","service.mine":"Ihre Bewertung","service.myRating":"{rating} von 5 Sternen, am {date}","rate.title":"Diesen Dienst bewerten","rate.ratingLegend":"Wie gut hat der Dienst für Sie funktioniert?","rate.value1":"1 Stern: sehr schlecht","rate.value2":"2 Sterne: schlecht","rate.value3":"3 Sterne: mittel","rate.value4":"4 Sterne: gut","rate.value5":"5 Sterne: sehr gut","rate.ratingRequired":"Bitte wählen Sie eine Bewertung.","rate.barriersLegend":"Gab es Barrieren?","rate.text":"Was ist Ihnen aufgefallen? (freiwillig)","rate.submit":"Bewertung senden","rate.thanks":"Danke! Ihre Bewertung ist gespeichert.","barrier.screenreader":"Nicht mit Vorlese-Programm nutzbar","barrier.complicated":"Zu kompliziert","barrier.in_person":"Trotzdem persönlich erscheinen","barrier.mobile":"Geht nicht gut auf dem Handy","barrier.language":"Sprache nicht verständlich","ideas.title":"Ideen im {name}","ideas.submitLink":"Eigene Idee einreichen","ideas.searchLabel":"Ideen durchsuchen","ideas.search":"Suchen","ideas.clearSearch":"Suche beenden","ideas.searchShort":"Bitte geben Sie mindestens 3 Zeichen ein.","ideas.searchFailed":"Die Suche hat nicht geklappt. Bitte versuchen Sie es noch einmal.","ideas.resultsTitle":"Suchergebnisse","ideas.results":{one:"1 Idee zu „{q}“ gefunden.",other:"{count} Ideen zu „{q}“ gefunden."},"ideas.resultsOffline":{one:"1 Idee zu „{q}“ gefunden (ohne Verbindung in den gespeicherten Ideen gesucht).",other:"{count} Ideen zu „{q}“ gefunden (ohne Verbindung in den gespeicherten Ideen gesucht)."},"ideas.sortLabel":"Sortieren nach","ideas.sortNew":"Neueste zuerst","ideas.sortTop":"Meiste Unterstützung","ideas.sortStatus":"Stand der Bearbeitung","ideas.scopeLabel":"Welche Ideen","ideas.scopeDistrict":"Ganzer {name}","ideas.scopePlace":"Nur {name} und der ganze Kreis","ideas.listTitle":"Alle Ideen","idea.back":"Zurück zu allen Ideen","idea.by":"von {name}","idea.anonymous":"ohne Namen","idea.chooseRegion":"Wählen Sie Ihre Gemeinde, um alle Ideen Ihrer Region zu sehen und mitzumachen.","idea.pendingNote":"Diese Idee ist auf Ihrem Gerät gespeichert und wird gesendet, sobald eine Verbindung besteht.","idea.awaitingModeration":"Diese Idee wird veröffentlicht, sobald die Moderation sie freigegeben hat.","idea.merged":"Diese Idee wurde zusammengeführt mit:","idea.mergedUnknown":"der anderen Idee","idea.service":"Dienst:","idea.topic":"Themenfeld:","idea.votesTitle":"Unterstützung","idea.vote":"Idee unterstützen","idea.retract":"Unterstützung zurücknehmen","idea.youVoted":"Sie unterstützen diese Idee.","idea.voteAfterSync":"Sobald die Idee gesendet ist, kann sie unterstützt werden.","idea.endorsements":"Unterstützt von Verbänden","idea.unknownOrganization":"Ein Verband","idea.history":"Verlauf und Antworten der Verwaltung","idea.commentsTitle":{one:"1 Kommentar",other:"{count} Kommentare"},"idea.noComments":"Noch keine Kommentare.","idea.commentLabel":"Ihr Kommentar","idea.commentSubmit":"Kommentar senden","idea.commentsClosed":"Zu dieser Idee kann man nicht kommentieren.","report.idea":"Idee melden","report.comment":"Kommentar melden","report.reason":"Grund der Meldung","report.choose":"Bitte wählen","report.reason.spam":"Werbung oder Spam","report.reason.offensive":"Beleidigend","report.reason.personal_data":"Enthält persönliche Daten","report.reason.off_topic":"Gehört nicht hierher","report.reason.other":"Anderer Grund","report.reasonRequired":"Bitte wählen Sie einen Grund.","report.note":"Anmerkung (freiwillig)","report.submit":"Meldung senden","report.done":"Sie haben diesen Beitrag gemeldet. Danke!","newIdea.title":"Idee einreichen","newIdea.titleLabel":"Titel","newIdea.bodyLabel":"Beschreibung","newIdea.whereLabel":"Für welchen Ort?","newIdea.wholeDistrict":"Den ganzen {name}","newIdea.serviceLabel":"Betrifft die Idee einen Dienst? (freiwillig)","newIdea.topicLabel":"Themenfeld (freiwillig)","newIdea.none":"Keine Angabe","newIdea.submit":"Idee einreichen","newIdea.similarTitle":"Ähnliche Ideen","newIdea.similarNone":"Während Sie schreiben, zeigen wir hier ähnliche Ideen, die es schon gibt.","newIdea.similarFound":{one:"Es gibt 1 ähnliche Idee. Vielleicht möchten Sie diese unterstützen?",other:"Es gibt {count} ähnliche Ideen. Vielleicht möchten Sie eine davon unterstützen?"},"newIdea.similarFoundOffline":{one:"In den gespeicherten Ideen gibt es 1 ähnliche Idee.",other:"In den gespeicherten Ideen gibt es {count} ähnliche Ideen."},"newIdea.supportInstead":"Stattdessen unterstützen","hint.newIdea":"Beschreiben Sie, was besser werden soll und warum. Die Verwaltung antwortet öffentlich.","hint.title":"Ein kurzer Satz, {min} bis {max} Zeichen.","hint.body":"Was ist das Problem, was schlagen Sie vor? {min} bis {max} Zeichen.","hint.titleShort":"Der Titel ist zu kurz: bitte mindestens {min} Zeichen.","hint.bodyShort":"Die Beschreibung ist zu kurz: bitte mindestens {min} Zeichen.","hint.where":"Ihre Gemeinde oder der ganze Landkreis.","hint.service":"Zum Beispiel „Wohngeld beantragen“.","hint.topic":"Hilft anderen, Ihre Idee zu finden.","hint.comment":"Bleiben Sie freundlich und sachlich. Höchstens {max} Zeichen.","hint.commentRequired":"Bitte schreiben Sie einen Kommentar.","hint.barriers":"Sie können mehrere ankreuzen.","hint.feedbackText":"Bitte keine persönlichen Daten. Höchstens {max} Zeichen.","hint.reportNote":"Höchstens {max} Zeichen.","hint.signedOut":"Sie sind nicht angemeldet. Ihr Beitrag wird gespeichert und gesendet, sobald Sie sich anmelden.","hint.displayName":"Dieser Name steht bei Ihren Beiträgen. Ein Fantasiename ist in Ordnung. {min} bis {max} Zeichen.","hint.email":"Nur für die Anmeldung. Andere sehen Ihre E-Mail-Adresse nie.","hint.password":"Mindestens {min} Zeichen.","mine.title":"Meine Beiträge","mine.signedOut":"Melden Sie sich an, um Ihre gesendeten Beiträge zu sehen.","mine.rejected":"Nicht angenommen","mine.rejectedHelp":"Der Server hat diese Beiträge nicht angenommen. Sie können sie korrigieren und erneut senden oder verwerfen.","mine.noneRejected":"Keine.","mine.pending":"Warten auf Verbindung","mine.nonePending":"Alle Beiträge sind gesendet.","mine.ideas":"Meine Ideen","mine.comments":"Meine Kommentare","mine.votes":"Ideen, die ich unterstütze","mine.feedback":"Meine Bewertungen","mine.reports":"Meine Meldungen","mine.reportsCount":{one:"Sie haben 1 Beitrag gemeldet.",other:"Sie haben {count} Beiträge gemeldet."},"mine.none":"Noch keine.","mine.commentOn":"Zu","mine.hidden":"ausgeblendet","mine.unknownIdea":"einer Idee","mine.fix":"Korrigieren","mine.discard":"Verwerfen","mine.sendAgain":"Erneut senden","mine.what.idea":"Idee „{title}“","mine.what.comment":"Kommentar zu „{title}“","mine.what.vote":"Unterstützung für „{title}“","mine.what.retract":"Unterstützung für „{title}“ zurücknehmen","mine.what.feedback":"Bewertung von „{name}“: {rating} von 5 Sternen","mine.what.report":"Meldung an die Moderation","account.email":"E-Mail-Adresse","account.password":"Passwort","account.passwordConfirm":"Passwort wiederholen","account.displayName":"Angezeigter Name","account.fixFields":"Bitte prüfen Sie die markierten Angaben.","account.offline":"Keine Verbindung. Zum Anmelden brauchen Sie eine Verbindung.","signIn.title":"Anmelden","signIn.intro":"Melden Sie sich an, um Ideen einzureichen, abzustimmen, zu kommentieren und Dienste zu bewerten.","signIn.submit":"Anmelden","signIn.wrong":"E-Mail-Adresse oder Passwort stimmen nicht.","signIn.noAccount":"Noch kein Konto?","signUp.title":"Konto anlegen","signUp.intro":"Sie brauchen nur eine E-Mail-Adresse und einen Namen. Der Name darf ein Fantasiename sein.","signUp.submit":"Konto anlegen","signUp.haveAccount":"Sie haben schon ein Konto?","topic.arbeit_ruhestand":"Arbeit & Ruhestand","topic.bauen_wohnen":"Bauen & Wohnen","topic.bildung":"Bildung","topic.ein_auswanderung":"Ein- & Auswanderung","topic.engagement_hobby":"Engagement & Hobby","topic.familie_kind":"Familie & Kind","topic.forschung_foerderung":"Forschung & Förderung","topic.gesundheit":"Gesundheit","topic.mobilitaet_reisen":"Mobilität & Reisen","topic.recht_ordnung":"Recht & Ordnung","topic.steuern_zoll":"Steuern & Zoll","topic.umwelt":"Umwelt","topic.unternehmen":"Unternehmen","topic.querschnitt":"Querschnittsleistungen","topic.soziales":"Soziales","error.unknown":"Der Beitrag konnte nicht gespeichert werden.","error.vote_idea_hidden":"Diese Idee ist ausgeblendet; für sie kann nicht abgestimmt werden.","error.vote_idea_not_published":"Diese Idee ist noch nicht veröffentlicht.","error.vote_idea_merged":"Diese Idee wurde mit einer anderen zusammengeführt; stimmen Sie bitte dort ab.","error.vote_idea_declined":"Diese Idee wurde abgelehnt; für sie kann nicht mehr abgestimmt werden.","error.feedback_service_not_offered":"Dieser Dienst wird in dieser Region nicht online angeboten.","error.idea_changed":"Die Idee wurde inzwischen auf dem Server geändert.","error.sync_forbidden":"Dazu sind Sie nicht berechtigt.","error.sync_not_found":"Der Eintrag wurde nicht gefunden.","error.validation_pk_invalid":"Diese Kennung ist ungültig oder schon vergeben.","error.validation_not_unique":"Diesen Eintrag gibt es schon.","error.validation_required":"Bitte ausfüllen.","error.validation_missing_rel_records":"Der verknüpfte Eintrag existiert nicht (mehr).","error.validation_invalid_email":"Bitte geben Sie eine gültige E-Mail-Adresse ein.","error.validation_values_mismatch":"Die Passwörter stimmen nicht überein.","error.report_target_required":"Bitte genau einen Inhalt melden: eine Idee oder einen Kommentar.","workspace.title":"Arbeitsbereich","workspace.intro":"Hier sehen Sie, was in Ihrer Region auf Moderation oder eine Antwort wartet.","workspace.signIn":"Bitte melden Sie sich an, um den Arbeitsbereich zu nutzen.","workspace.noRole":"Der Arbeitsbereich ist für Moderatorinnen und Moderatoren von Verbänden und für Mitarbeitende der Verwaltung.","workspace.offline":"Der Arbeitsbereich braucht eine Verbindung. Bitte versuchen Sie es wieder, sobald Sie online sind.","workspace.moderationTitle":"Moderation","workspace.submitted":"Ideen, die auf Freigabe warten","workspace.noneSubmitted":"Keine Idee wartet auf Freigabe.","workspace.reports":"Offene Meldungen","workspace.noneReports":"Keine offenen Meldungen.","workspace.hiddenIdeas":"Ausgeblendete Ideen","workspace.hiddenComments":"Ausgeblendete Kommentare","workspace.noneHidden":"Nichts ausgeblendet.","workspace.publish":"Veröffentlichen","workspace.hide":"Ausblenden","workspace.restore":"Wieder anzeigen","workspace.hideReason":"Grund für das Ausblenden","workspace.hideNote":"Erklärung für die Person (freiwillig)","workspace.hiddenBecause":"Ausgeblendet:","workspace.reportedFor":"Gemeldet:","workspace.comment":"Kommentar von {name}","workspace.responsivenessTitle":"So schnell antwortet Ihre Verwaltung","workspace.region":"Region","workspace.median":"Mittlere Zeit bis zur ersten Antwort","workspace.unanswered":"Ideen ohne Antwort","workspace.oldest":"Älteste Idee ohne Antwort","workspace.days":{one:"1 Tag",other:"{count} Tage"},"workspace.noValue":"–","workspace.openTitle":"Offene Ideen, älteste zuerst","workspace.noneOpen":"Keine offenen Ideen.","workspace.since":"eingereicht am {date}","workspace.nextStatus":"Neuer Stand","workspace.response":"Öffentliche Antwort","workspace.responseHint":"Die Antwort erscheint bei der Idee für alle sichtbar.","workspace.responseRequired":"Bitte schreiben Sie eine Antwort.","workspace.move":"Stand ändern"};var E=ke({region:"",rows:new Map});function ut(e){let n=e?.count||0,r={};for(let a=1;a<=5;a++)r[a]=e?.[`rating_${a}`]||0;let o={};for(let a of Object.keys(e||{}))a.startsWith("barrier_")&&(o[a.slice(8)]=e[a]);return{count:n,mean:n?Math.round(e.rating_sum/n*100)/100:null,distribution:r,barriers:o}}function pe(e,n){E.value={region:e,rows:new Map(n.map(r=>[r.service,ut(r)]))}}async function ce(e){let n=await Te("stats:"+e);n?pe(e,n):E.value.region!==e&&pe(e,[]);try{let r=encodeURIComponent(`region='${e}'`),o=await z(`/api/collections/feedback_stats/records?filter=${r}&perPage=500&skipTotal=1`);await Re("stats:"+e,o.items),pe(e,o.items)}catch{}}async function Ke(e,n){try{let r=await z(`/api/services/${encodeURIComponent(e)}/feedback?region=${encodeURIComponent(n)}`),o=new Map(E.value.region===n?E.value.rows:[]);o.set(e,r),E.value={region:n,rows:o}}catch{}}function $e(e,n){return e.filter(r=>(r.regions||[]).some(o=>o===n.id||o===n.parent))}function pt(){let e=_.value;if(k(t("services.title",{name:e?.name||""})),I(()=>{e&&ce(e.id)},[e?.id]),w(S.value),!e)return i`<h1 tabindex="-1">${t("nav.services")}</h1><p>${t("region.needed")}</p><${N} after="/services" />`;let n=$e(q.services.value,e),r=E.value.region===e.id?E.value.rows:new Map,o=Y.map(a=>[a,n.filter(s=>s.topic===a).sort((s,d)=>s.name.localeCompare(d.name,"de"))]).filter(([,a])=>a.length);return i`
    <h1 tabindex="-1">${t("services.title",{name:e.name})}</h1>
    <p>${t("services.intro")}</p>
    ${S.value&&n.length===0&&i`<p>${t("services.none")}</p>`}
    ${o.length>0&&i`
      <nav aria-label=${t("services.topics")} class="toc">
        <ul>${o.map(([a])=>i`<li><a href=${"#topic-"+a}>${t("topic."+a)}</a></li>`)}</ul>
      </nav>`}
    ${o.map(([a,s])=>i`
      <section aria-labelledby=${"topic-"+a}>
        <h2 id=${"topic-"+a}>${t("topic."+a)}</h2>
        <ul class="services">
          ${s.map(d=>i`
            <li key=${d.id} class="service-card">
              <h3><a href=${"/services/"+d.id}>${d.name}</a></h3>
              <${se} summary=${r.get(d.id)} />
            </li>`)}
        </ul>
      </section>`)}`}function $t({service:e,place:n}){let[r,o]=m(0),[a,s]=m([]),[d,l]=m(""),[p,g]=m(""),[u,b]=m(!1),c=$=>s(a.includes($)?a.filter(C=>C!==$):[...a,$]);return i`
    <form class="stack" onSubmit=${async $=>{if($.preventDefault(),!r){g(t("rate.ratingRequired")),document.getElementById("rating-1")?.focus();return}g(""),await Fe({service:e.id,region:n.id,rating:r,text:d.trim(),barriers:a}),b(!0),o(0),s([]),l("")}} noValidate>
      <fieldset aria-describedby=${p?"rating-error":void 0}>
        <legend>${t("rate.ratingLegend")}</legend>
        ${p&&i`<p class="error" id="rating-error">${p}</p>`}
        <div class="choices">
          ${[1,2,3,4,5].map($=>i`
            <label class="choice">
              <input type="radio" name="rating" id=${"rating-"+$} value=${$} checked=${r===$}
                onChange=${()=>o($)} />
              ${t("rate.value"+$)}
            </label>`)}
        </div>
      </fieldset>
      <fieldset>
        <legend>${t("rate.barriersLegend")}</legend>
        <p class="hint">${t("hint.barriers")}</p>
        ${Ie.map($=>i`
          <label class="choice">
            <input type="checkbox" name="barriers" value=${$} checked=${a.includes($)} onChange=${()=>c($)} />
            ${t("barrier."+$)}
          </label>`)}
      </fieldset>
      <div class="field">
        <label for="feedback-text">${t("rate.text")}</label>
        <p class="hint" id="feedback-text-hint">${t("hint.feedbackText",{max:f.feedbackText[1]})}</p>
        <textarea id="feedback-text" rows="4" maxLength=${f.feedbackText[1]} aria-describedby="feedback-text-hint"
          value=${d} onInput=${$=>l($.currentTarget.value)}></textarea>
      </div>
      ${!v.value&&i`<p class="hint">${t("hint.signedOut")}</p>`}
      <button type="submit">${t("rate.submit")}</button>
      <p role="status">${u?t("rate.thanks"):""}</p>
    </form>`}function ht({id:e}){let n=_.value,r=V.value.get(e);if(k(r?.name||t("nav.services")),w(S.value),I(()=>{n&&ce(n.id).then(()=>Ke(e,n.id))},[e,n?.id]),!n)return i`<h1 tabindex="-1">${t("nav.services")}</h1><p>${t("region.needed")}</p><${N} after=${"/services/"+e} />`;if(!r)return S.value?i`<${le} />`:i`<p>${t("common.loading")}</p>`;let o=E.value.region===n.id?E.value.rows.get(e):null,a=y.value.feedback.filter(s=>s.service===e&&s.region===n.id);return i`
    <p><a href="/services">${t("service.back")}</a></p>
    <h1 tabindex="-1">${r.name}</h1>
    ${r.summary&&i`<p>${r.summary}</p>`}
    ${r.link&&i`<p><a href=${r.link} rel="noopener">${t("service.link")}</a></p>`}
    <h2>${t("service.summaryTitle",{name:n.name})}</h2>
    <${se} summary=${o} />
    ${a.length>0&&i`
      <h2>${t("service.mine")}</h2>
      <ul class="plain">
        ${a.map(s=>i`
          <li key=${s.id}>
            ${t("service.myRating",{rating:s.rating,date:T(s.created)})} <${A} item=${s} />
            ${s.sync==="rejected"&&i`<${K} error=${s.mutation.error} />`}
          </li>`)}
      </ul>`}
    <h2>${t("rate.title")}</h2>
    <${$t} service=${r} place=${n} />`}var ft=new Set("der die das und oder ein eine einer eines einem einen ist sind mit für fur von zu im in am an auf aus bei nicht auch es sich wir ich sie er man mehr sehr wie was wenn dass den dem des als nur noch so bitte the and for with of to a an is are be on in at".split(" "));function Q(e){return(e||"").toLowerCase().replace(/ä/g,"ae").replace(/ö/g,"oe").replace(/ü/g,"ue").replace(/ß/g,"ss").normalize("NFD").replace(/[\u0300-\u036f]/g,"").split(/[^a-z0-9]+/).filter(n=>n.length>=3&&!ft.has(n))}var X=e=>e.replace(/(ungen|ung|en|er|es|e|n|s)$/,"")||e;function He(e,n){let r=Q(n).map(X);if(!r.length)return[];let o=[];for(let a of e){let s=Q(a.title).map(X),d=s.concat(Q(a.body).map(X));r.every(l=>d.some(p=>p.startsWith(l)))&&o.push({idea:a,score:r.filter(l=>s.some(p=>p.startsWith(l))).length})}return o.sort((a,s)=>s.score-a.score).map(a=>a.idea)}function Ze(e,n,r=5){let o=new Set(Q(n).map(X));if(o.size<2)return[];let a=[];for(let s of e){let d=new Set(Q(s.title+" "+s.body).map(X)),l=0;for(let g of o)d.has(g)&&l++;let p=l/Math.min(o.size,d.size||1);l>=2&&p>=.2&&a.push({idea:s,score:p})}return a.sort((s,d)=>d.score-s.score).slice(0,r).map(s=>s.idea)}async function We(e,n,r){if(!navigator.onLine)return{items:He(r,e),offline:!0};try{return{items:(await z(`/api/ideas/search?q=${encodeURIComponent(e)}&region=${encodeURIComponent(n)}`,{timeout:8e3})).items,offline:!1}}catch(o){if(!(o instanceof ue))throw o;return{items:He(r,e),offline:!0}}}async function Ge(e,n,r){if(!navigator.onLine)return{items:Ze(r,e),offline:!0};try{return{items:(await z(`/api/ideas/similar?text=${encodeURIComponent(e.slice(0,500))}&region=${encodeURIComponent(n)}&limit=5`,{timeout:5e3})).items,offline:!1}}catch(o){if(!(o instanceof ue))throw o;return{items:Ze(r,e),offline:!0}}}var Qe={new:(e,n)=>e.created<n.created?1:-1,top:(e,n)=>(n.votes_count||0)-(e.votes_count||0)||(e.created<n.created?1:-1),status:(e,n)=>ee.indexOf(e.status)-ee.indexOf(n.status)||(n.votes_count||0)-(e.votes_count||0)};function gt(e,n){let[r,o]=m(null);return I(()=>{if(o(null),!e)return;let a=!0;return We(e,P.value,n).then(s=>a&&o(s)).catch(s=>a&&o({items:[],error:s})),()=>{a=!1}},[e,P.value]),r}function bt(){let e=_.value,{query:n}=oe.value,r=Qe[n.get("sort")]?n.get("sort"):"new",o=n.get("scope")==="place"?"place":"district",a=(n.get("q")||"").trim(),[s,d]=m(a),l=D.value.get(P.value)?.name||"";k(t("ideas.title",{name:l||e?.name||""})),w(S.value);let g=[...y.value.ideas.values()].filter(h=>h.sync!=="rejected"&&!h.hidden).filter(h=>{let x=D.value.get(h.region);return h.region===P.value||x?.parent===P.value||h.sync!=="synced"}),u=gt(a.length>=3?a:"",g);if(!e)return i`<h1 tabindex="-1">${t("nav.ideas")}</h1><p>${t("region.needed")}</p><${N} after="/ideas" />`;let b=g.filter(h=>o==="district"||h.region===e.id||h.region===e.parent).sort(Qe[r]),c=h=>{let x=new URLSearchParams(n);for(let[ve,ye]of Object.entries(h))ye?x.set(ve,ye):x.delete(ve);U("/ideas"+(x.toString()?"?"+x:""),{replace:!0})},F=h=>{h.preventDefault(),c({q:s.trim()})},$=null;if(a)if(a.length<3)$=i`<p class="error">${t("ideas.searchShort")}</p>`;else if(!u)$=i`<p>${t("common.loading")}</p>`;else if(u.error)$=i`<p class="error">${t("ideas.searchFailed")}</p>`;else{let h=u.items.map(x=>y.value.ideas.get(x.id)||{...x,sync:"synced"});$=i`
        <p>${t(u.offline?"ideas.resultsOffline":"ideas.results",{count:h.length,q:a})}</p>
        <${G} ideas=${h} level="3" />`}let C=r==="status"?ee.map(h=>[h,b.filter(x=>x.status===h)]).filter(([,h])=>h.length):null,B=b.filter(h=>!h.status);return i`
    <h1 tabindex="-1">${t("ideas.title",{name:l||e.name})}</h1>
    <p><a href="/ideas/new">${t("ideas.submitLink")}</a></p>
    <form role="search" class="search" onSubmit=${F}>
      <label for="idea-search">${t("ideas.searchLabel")}</label>
      <div class="inline">
        <input id="idea-search" type="search" name="q" value=${s} onInput=${h=>d(h.currentTarget.value)} />
        <button type="submit">${t("ideas.search")}</button>
        ${a&&i`<button type="button" class="secondary" onClick=${()=>{d(""),c({q:""})}}>${t("ideas.clearSearch")}</button>`}
      </div>
    </form>
    ${a&&i`<section aria-labelledby="results-title"><h2 id="results-title">${t("ideas.resultsTitle")}</h2>${$}</section>`}
    ${!a&&i`
      <div class="filters">
        <div class="field">
          <label for="idea-sort">${t("ideas.sortLabel")}</label>
          <select id="idea-sort" value=${r} onChange=${h=>c({sort:h.currentTarget.value==="new"?"":h.currentTarget.value})}>
            <option value="new">${t("ideas.sortNew")}</option>
            <option value="top">${t("ideas.sortTop")}</option>
            <option value="status">${t("ideas.sortStatus")}</option>
          </select>
        </div>
        <div class="field">
          <label for="idea-scope">${t("ideas.scopeLabel")}</label>
          <select id="idea-scope" value=${o} onChange=${h=>c({scope:h.currentTarget.value==="place"?"place":""})}>
            <option value="district">${t("ideas.scopeDistrict",{name:l})}</option>
            <option value="place">${t("ideas.scopePlace",{name:e.name})}</option>
          </select>
        </div>
      </div>
      <h2 class="visually-hidden">${t("ideas.listTitle")}</h2>
      ${S.value&&b.length===0&&i`<p>${t("ideas.none")}</p>`}
      ${C?i`
          ${B.length>0&&i`<h3>${t("sync.pending")}</h3><${G} ideas=${B} level="4" />`}
          ${C.map(([h,x])=>i`<h3>${t("status."+h)}</h3><${G} ideas=${x} level="4" />`)}`:i`<${G} ideas=${b} level="3" />`}`}`}function he({target:e,id:n,label:r}){let[o,a]=m(""),[s,d]=m(""),[l,p]=m("");return i`
    <details class="report">
      <summary>${r}</summary>
      <form class="stack" onSubmit=${async u=>{if(u.preventDefault(),!o){p(t("report.reasonRequired")),document.getElementById(n+"-reason")?.focus();return}await Oe(e,o,s.trim())}} noValidate>
        <div class="field">
          <label for=${n+"-reason"}>${t("report.reason")}</label>
          ${l&&i`<p class="error" id=${n+"-error"}>${l}</p>`}
          <select id=${n+"-reason"} value=${o} aria-describedby=${l?n+"-error":void 0}
            aria-invalid=${l?"true":void 0} onChange=${u=>a(u.currentTarget.value)}>
            <option value="">${t("report.choose")}</option>
            ${te.map(u=>i`<option value=${u}>${t("report.reason."+u)}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for=${n+"-note"}>${t("report.note")}</label>
          <p class="hint" id=${n+"-note-hint"}>${t("hint.reportNote",{max:f.note[1]})}</p>
          <textarea id=${n+"-note"} rows="2" maxLength=${f.note[1]} aria-describedby=${n+"-note-hint"}
            value=${s} onInput=${u=>d(u.currentTarget.value)}></textarea>
        </div>
        <button type="submit">${t("report.submit")}</button>
      </form>
    </details>`}function vt({idea:e}){let n=y.value.voted.get(e.id),r=ne(e),o=!!n?.voted;return i`
    <section class="votes" aria-labelledby="votes-title">
      <h2 id="votes-title" class="visually-hidden">${t("idea.votesTitle")}</h2>
      <p class="vote-count">${t("ideas.votes",{count:e.votes_count||0})}</p>
      ${e.sync!=="synced"&&!e.status?i`<p class="hint">${t("idea.voteAfterSync")}</p>`:r&&!o?i`<p class="hint">${t("error."+r)}</p>`:i`
            <button type="button" class=${o?"secondary":""}
              onClick=${()=>o?Me(e.id):re(e.id)}>
              ${o?t("idea.retract"):t("idea.vote")}
            </button>
            ${o&&i` <span>${t("idea.youVoted")}</span>`}
            ${n?.sync==="pending"&&i` <${A} item=${n} />`}`}
      ${!v.value&&i`<p class="hint">${t("hint.signedOut")}</p>`}
    </section>`}function yt({history:e,organizationName:n}){return e.length?i`
    <section aria-labelledby="history-title">
      <h2 id="history-title">${t("idea.history")}</h2>
      <ol class="history">
        ${e.map(r=>{let o=n(r);return i`
            <li key=${r.id}>
              <p><strong>${t("status."+r.to)}</strong> · ${T(r.created)}${o&&i` · ${o}`}</p>
              ${r.response&&i`<blockquote><p>${r.response}</p></blockquote>`}
            </li>`})}
      </ol>
    </section>`:null}function wt({endorsements:e,organizationName:n}){return e.length?i`
    <section aria-labelledby="endorsements-title">
      <h2 id="endorsements-title">${t("idea.endorsements")}</h2>
      <ul class="plain">
        ${e.map(r=>i`
          <li key=${r.id}>
            <strong>${n(r)||t("idea.unknownOrganization")}</strong>
            ${r.note&&i`: ${r.note}`}
          </li>`)}
      </ul>
    </section>`:null}function kt({idea:e}){let[n,r]=m(""),[o,a]=m("");return i`
    <form class="stack" onSubmit=${async d=>{d.preventDefault();let l=n.trim();if(!l){a(t("hint.commentRequired")),document.getElementById("comment-body")?.focus();return}a(""),await Ne(e.id,l),r("")}} noValidate>
      <div class="field">
        <label for="comment-body">${t("idea.commentLabel")}</label>
        <p class="hint" id="comment-hint">${t("hint.comment",{max:f.comment[1]})}</p>
        ${o&&i`<p class="error" id="comment-error">${o}</p>`}
        <textarea id="comment-body" rows="3" maxLength=${f.comment[1]} value=${n}
          aria-describedby=${o?"comment-hint comment-error":"comment-hint"} aria-invalid=${o?"true":void 0}
          onInput=${d=>r(d.currentTarget.value)}></textarea>
      </div>
      <button type="submit">${t("idea.commentSubmit")}</button>
    </form>`}function It({idea:e,comments:n}){let r=y.value.reported;return i`
    <section aria-labelledby="comments-title">
      <h2 id="comments-title">${t("idea.commentsTitle",{count:n.length})}</h2>
      ${n.length===0&&i`<p>${t("idea.noComments")}</p>`}
      <ul class="comments">
        ${n.map(o=>i`
          <li key=${o.id}>
            <article class="comment">
              <p class="meta"><strong>${o.author_name||t("idea.anonymous")}</strong> <span>${T(o.created)}</span> <${A} item=${o} /></p>
              <p class="body">${o.body}</p>
              ${o.sync==="synced"&&o.author!==v.value?.id&&(r.has(o.id)?i`<p class="hint">${t("report.done")}</p>`:i`<${he} target=${{comment:o.id}} id=${"report-"+o.id} label=${t("report.comment")} />`)}
            </article>
          </li>`)}
      </ul>
      ${Se(e)?i`<${kt} idea=${e} />`:i`<p class="hint">${t("idea.commentsClosed")}</p>`}
    </section>`}function St(e,n){let[r,o]=m(null);return I(()=>{if(!n||!navigator.onLine)return;z(`/api/collections/ideas/records/${encodeURIComponent(e)}?expand=comments_via_idea,status_changes_via_idea.organization,endorsements_via_idea.organization`).then(o).catch(()=>o({missing:!0}))},[e,n]),r}var Xe=(e,n)=>e.created<n.created?-1:1;function xt(e){let n=y.value.ideas.get(e),r=St(e,S.value&&!n),o=Le.value;if(n)return{idea:n,comments:(y.value.comments.get(e)||[]).filter(d=>d.sync!=="rejected"),history:y.value.history.get(e)||[],endorsements:y.value.endorsements.get(e)||[],organizationName:d=>o.get(d.organization)?.name};if(!r||r.missing)return r;let{expand:a={},...s}=r;return{idea:{...s,sync:"synced"},comments:(a.comments_via_idea||[]).filter(d=>d.state==="visible").sort(Xe).map(d=>({...d,sync:"synced"})),history:(a.status_changes_via_idea||[]).sort(Xe),endorsements:a.endorsements_via_idea||[],organizationName:d=>d.expand?.organization?.name||o.get(d.organization)?.name}}function _t({id:e}){let n=xt(e),r=n?.idea;k(r?.title||t("nav.ideas"));let o=!r&&(!S.value||n===null&&navigator.onLine);if(w(!o),!r)return o?i`<p>${t("common.loading")}</p>`:i`<${le} />`;let a=D.value.get(r.region)?.name,s=V.value.get(r.service),d=r.merged_into&&y.value.ideas.get(r.merged_into),l=r.author&&r.author===v.value?.id;return i`
    <p><a href="/ideas">${t("idea.back")}</a></p>
    <article class="idea">
      <h1 tabindex="-1">${r.title}</h1>
      <p class="meta">
        <${M} status=${r.status} /> <${A} item=${r} />
        <span>${t("idea.by",{name:r.author_name||t("idea.anonymous")})}</span>
        ${a&&i`<span>${a}</span>`}
        <span>${T(r.created)}</span>
      </p>
      ${!_.value&&i`<p class="notice">${t("idea.chooseRegion")} <a href="/region">${t("region.title")}</a></p>`}
      ${r.sync==="pending"&&i`<p class="notice notice-pending">${t("idea.pendingNote")}</p>`}
      ${r.sync==="rejected"&&i`
        <div class="notice notice-error"><${K} error=${r.mutation.error} /> <a href="/mine">${t("notice.review")}</a></div>`}
      ${r.status==="submitted"&&i`<p class="notice">${t("idea.awaitingModeration")}</p>`}
      ${r.status==="merged"&&i`
        <p class="notice">${t("idea.merged")} ${d?i`<a href=${"/ideas/"+d.id}>${d.title}</a>`:i`<a href=${"/ideas/"+r.merged_into}>${t("idea.mergedUnknown")}</a>`}</p>`}
      <div class="body">${r.body}</div>
      ${(s||r.topic)&&i`
        <p class="meta">
          ${s&&i`<span>${t("idea.service")} <a href=${"/services/"+s.id}>${s.name}</a></span>`}
          ${r.topic&&i`<span>${t("idea.topic")} ${t("topic."+r.topic)}</span>`}
        </p>`}
      ${r.sync!=="rejected"&&i`<${vt} idea=${r} />`}
      <${wt} endorsements=${n.endorsements} organizationName=${n.organizationName} />
      <${yt} history=${n.history} organizationName=${n.organizationName} />
      ${r.sync==="synced"&&i`<${It} idea=${r} comments=${n.comments} />`}
      ${r.sync==="synced"&&!l&&(y.value.reported.has(r.id)?i`<p class="hint">${t("report.done")}</p>`:i`<${he} target=${{idea:r.id}} id="report-idea" label=${t("report.idea")} />`)}
    </article>`}function Tt(e,n){let[r,o]=m({items:[],offline:!1});return I(()=>{if(!n||e.trim().length<12){o({items:[],offline:!1});return}let a=!0,s=setTimeout(()=>{let d=[...y.value.ideas.values()].filter(l=>l.sync==="synced"&&l.status&&l.status!=="submitted");Ge(e,n.id,d).then(l=>a&&o(l)).catch(()=>{})},600);return()=>{a=!1,clearTimeout(s)}},[e,n?.id]),r}function Rt({similar:e}){let n=e.items.map(r=>y.value.ideas.get(r.id)||{...r,sync:"synced"});return i`
    <section class="similar" aria-labelledby="similar-title">
      <h2 id="similar-title">${t("newIdea.similarTitle")}</h2>
      <div role="status">
        ${n.length===0?i`<p class="hint">${t("newIdea.similarNone")}</p>`:i`<p>${t(e.offline?"newIdea.similarFoundOffline":"newIdea.similarFound",{count:n.length})}</p>`}
      </div>
      <ul class="ideas">
        ${n.map(r=>{let o=y.value.voted.get(r.id);return i`
            <li key=${r.id}>
              <article class="idea-card">
                <h3 class="idea-title"><a href=${"/ideas/"+r.id}>${r.title}</a></h3>
                <p class="meta"><${M} status=${r.status} /> <span>${t("ideas.votes",{count:r.votes_count||0})}</span></p>
                ${o?.voted?i`<p>${t("idea.youVoted")}</p>`:!ne(r)&&i`
                    <button type="button" class="secondary" onClick=${()=>re(r.id)}>
                      ${t("newIdea.supportInstead")}<span class="visually-hidden">: ${r.title}</span>
                    </button>`}
              </article>
            </li>`})}
      </ul>
    </section>`}function zt({title:e,body:n}){let r={};return e.trim().length<f.title[0]&&(r.title=t("hint.titleShort",{min:f.title[0]})),n.trim().length<f.body[0]&&(r.body=t("hint.bodyShort",{min:f.body[0]})),r}function Bt(){let e=_.value;k(t("newIdea.title")),w(S.value);let[n,r]=m({title:"",body:"",where:"place",service:"",topic:""}),[o,a]=m({}),s=Tt(n.title+" "+n.body,e);if(!e)return i`<h1 tabindex="-1">${t("newIdea.title")}</h1><p>${t("region.needed")}</p><${N} after="/ideas/new" />`;let d=u=>b=>{let{value:c}=b.currentTarget;r(F=>({...F,[u]:c}))},l=D.value.get(e.parent)?.name,p=$e(q.services.value,e).sort((u,b)=>u.name.localeCompare(b.name,"de")),g=async u=>{u.preventDefault();let b=zt(n);if(a(b),Object.keys(b).length){document.getElementById(b.title?"idea-title":"idea-body")?.focus();return}let c=await Ae({title:n.title.trim(),body:n.body.trim(),region:n.where==="district"&&e.parent?e.parent:e.id,service:n.service,topic:n.topic});U("/ideas/"+c)};return i`
    <h1 tabindex="-1">${t("newIdea.title")}</h1>
    <p>${t("hint.newIdea")}</p>
    <form class="stack" onSubmit=${g} noValidate>
      <${R} id="idea-title" label=${t("newIdea.titleLabel")} hint=${t("hint.title",{min:f.title[0],max:f.title[1]})}
        error=${o.title} control=${u=>i`
          <input ...${u} type="text" required maxLength=${f.title[1]} value=${n.title} onInput=${d("title")} />`} />
      <${R} id="idea-body" label=${t("newIdea.bodyLabel")} hint=${t("hint.body",{min:f.body[0],max:f.body[1]})}
        error=${o.body} control=${u=>i`
          <textarea ...${u} rows="8" required maxLength=${f.body[1]} value=${n.body} onInput=${d("body")}></textarea>`} />
      <${Rt} similar=${s} />
      ${e.parent&&i`
        <${R} id="idea-where" label=${t("newIdea.whereLabel")} hint=${t("hint.where")} control=${u=>i`
          <select ...${u} value=${n.where} onChange=${d("where")}>
            <option value="place">${e.name}</option>
            <option value="district">${t("newIdea.wholeDistrict",{name:l||""})}</option>
          </select>`} />`}
      <${R} id="idea-service" label=${t("newIdea.serviceLabel")} hint=${t("hint.service")} control=${u=>i`
        <select ...${u} value=${n.service} onChange=${d("service")}>
          <option value="">${t("newIdea.none")}</option>
          ${p.map(b=>i`<option value=${b.id}>${b.name}</option>`)}
        </select>`} />
      <${R} id="idea-topic" label=${t("newIdea.topicLabel")} hint=${t("hint.topic")} control=${u=>i`
        <select ...${u} value=${n.topic} onChange=${d("topic")}>
          <option value="">${t("newIdea.none")}</option>
          ${Y.map(b=>i`<option value=${b}>${t("topic."+b)}</option>`)}
        </select>`} />
      ${!v.value&&i`<p class="hint">${t("hint.signedOut")}</p>`}
      <button type="submit">${t("newIdea.submit")}</button>
    </form>`}var et={"idea.create":[["title","newIdea.titleLabel","input"],["body","newIdea.bodyLabel","textarea"]],"comment.create":[["body","idea.commentLabel","textarea"]],"feedback.create":[["text","rate.text","textarea"]],"report.create":[["note","report.note","textarea"]]};function Je(e){let n=r=>y.value.ideas.get(r)?.title||t("mine.unknownIdea");switch(e.type){case"idea.create":return t("mine.what.idea",{title:e.args.title});case"comment.create":return t("mine.what.comment",{title:n(e.args.idea)});case"vote.cast":return t("mine.what.vote",{title:n(e.args.idea)});case"vote.retract":return t("mine.what.retract",{title:n(e.args.idea)});case"feedback.create":return t("mine.what.feedback",{name:V.value.get(e.args.service)?.name||"",rating:e.args.rating});case"report.create":return t("mine.what.report");default:return e.type}}function Dt({mutation:e,onDone:n}){let r=et[e.type]||[],[o,a]=m(Object.fromEntries(r.map(([d])=>[d,e.args[d]||""])));return i`
    <form class="stack fix" onSubmit=${async d=>{d.preventDefault(),await Ve(e.id,o),n()}}>
      ${r.map(([d,l,p])=>{let g=`fix-${e.id}-${d}`,u={id:g,value:o[d],onInput:b=>a({...o,[d]:b.currentTarget.value})};return i`
          <div class="field">
            <label for=${g}>${t(l)}</label>
            ${p==="input"?i`<input type="text" maxLength=${f.title[1]} ...${u} />`:i`<textarea rows="4" ...${u}></textarea>`}
          </div>`})}
      <button type="submit">${t("mine.sendAgain")}</button>
    </form>`}function Ye({mutation:e}){let[n,r]=m(!1),o=e.state==="rejected",a=o&&et[e.type];return i`
    <li class=${o?"queued rejected":"queued"}>
      <p><span>${Je(e)}</span> <${A} item=${{sync:e.state}} /></p>
      ${o&&i`<${K} error=${e.error} />`}
      <div class="inline">
        ${a&&!n&&i`<button type="button" onClick=${()=>r(!0)}>${t("mine.fix")}</button>`}
        <button type="button" class="secondary" onClick=${()=>qe(e.id)}>
          ${t("mine.discard")}<span class="visually-hidden">: ${Je(e)}</span>
        </button>
      </div>
      ${n&&i`<${Dt} mutation=${e} onDone=${()=>r(!1)} />`}
    </li>`}function Et(){k(t("mine.title")),w(S.value);let e=v.value,{mutations:n,ideas:r,comments:o,feedback:a,voted:s}=y.value,d=n.filter(c=>c.state==="rejected"),l=n.filter(c=>c.state==="pending"),p=[...r.values()].filter(c=>c.sync==="synced"&&e&&c.author===e.id),g=[...o.values()].flat().filter(c=>c.sync==="synced"&&e&&c.author===e.id),u=a.filter(c=>c.sync==="synced"),b=[...s.entries()].filter(([,c])=>c.voted&&c.sync==="synced").map(([c])=>r.get(c)).filter(Boolean);return i`
    <h1 tabindex="-1">${t("mine.title")}</h1>
    ${!e&&i`<p>${t("mine.signedOut")} <a href=${de()}>${t("nav.signIn")}</a></p>`}
    <section aria-labelledby="rejected-title">
      <h2 id="rejected-title">${t("mine.rejected")}</h2>
      ${d.length===0?i`<p>${t("mine.noneRejected")}</p>`:i`
        <p>${t("mine.rejectedHelp")}</p>
        <ul class="plain">${d.map(c=>i`<${Ye} key=${c.id} mutation=${c} />`)}</ul>`}
    </section>
    <section aria-labelledby="pending-title">
      <h2 id="pending-title">${t("mine.pending")}</h2>
      ${l.length===0?i`<p>${t("mine.nonePending")}</p>`:i`
        <ul class="plain">${l.map(c=>i`<${Ye} key=${c.id} mutation=${c} />`)}</ul>`}
    </section>
    ${e&&i`
      <section aria-labelledby="my-ideas-title">
        <h2 id="my-ideas-title">${t("mine.ideas")}</h2>
        ${p.length===0?i`<p>${t("mine.none")}</p>`:i`
          <ul class="plain">${p.map(c=>i`
            <li key=${c.id}><a href=${"/ideas/"+c.id}>${c.title}</a> <${M} status=${c.status} /></li>`)}</ul>`}
      </section>
      <section aria-labelledby="my-comments-title">
        <h2 id="my-comments-title">${t("mine.comments")}</h2>
        ${g.length===0?i`<p>${t("mine.none")}</p>`:i`
          <ul class="plain">${g.map(c=>i`
            <li key=${c.id}>${t("mine.commentOn")} <a href=${"/ideas/"+c.idea}>${r.get(c.idea)?.title||t("mine.unknownIdea")}</a>: ${c.body}
              ${c.state==="hidden"&&i` <span class="badge">${t("mine.hidden")}</span>`}</li>`)}</ul>`}
      </section>
      <section aria-labelledby="my-votes-title">
        <h2 id="my-votes-title">${t("mine.votes")}</h2>
        ${b.length===0?i`<p>${t("mine.none")}</p>`:i`
          <ul class="plain">${b.map(c=>i`<li key=${c.id}><a href=${"/ideas/"+c.id}>${c.title}</a></li>`)}</ul>`}
      </section>
      <section aria-labelledby="my-feedback-title">
        <h2 id="my-feedback-title">${t("mine.feedback")}</h2>
        ${u.length===0?i`<p>${t("mine.none")}</p>`:i`
          <ul class="plain">${u.map(c=>i`
            <li key=${c.id}><a href=${"/services/"+c.service}>${V.value.get(c.service)?.name||""}</a>:
              ${t("service.myRating",{rating:c.rating,date:T(c.created)})}</li>`)}</ul>`}
      </section>
      ${q.reports.value.length>0&&i`
        <section aria-labelledby="my-reports-title">
          <h2 id="my-reports-title">${t("mine.reports")}</h2>
          <p>${t("mine.reportsCount",{count:q.reports.value.length})}</p>
        </section>`}`}`}async function tt(e){if(!_.value&&e.home_region){let n=D.value.get(e.home_region)||await z(`/api/collections/regions/records/${encodeURIComponent(e.home_region)}`).catch(()=>null);n&&xe(n)}Ce()}function Lt(){let e=oe.value.query.get("next")||"/";return e.startsWith("/")&&!e.startsWith("//")?e:"/"}function nt(e){if(e instanceof W){let n=ae(e);return{fields:n,message:Object.keys(n).length?t("account.fixFields"):e.message}}return{fields:{},message:t("account.offline")}}function it({message:e}){return i`<div role="alert">${e&&i`<p class="error">${e}</p>`}</div>`}function Ct(){k(t("signIn.title")),w(!0);let[e,n]=m(""),[r,o]=m(""),[a,s]=m({fields:{},message:"",busy:!1}),d=async l=>{l.preventDefault(),s({fields:{},message:"",busy:!0});try{await tt(await De(e.trim(),r)),U(Lt())}catch(p){let g=nt(p);p instanceof W&&p.status===400&&!Object.keys(g.fields).length&&(g.message=t("signIn.wrong")),s({...g,busy:!1})}};return i`
    <h1 tabindex="-1">${t("signIn.title")}</h1>
    ${v.value&&!Be.value&&i`<p>${t("nav.signedInAs",{name:v.value.display_name})}</p>`}
    <p>${t("signIn.intro")}</p>
    <form class="stack" onSubmit=${d}>
      <${it} message=${a.message} />
      <${R} id="signin-email" label=${t("account.email")} error=${a.fields.identity} control=${l=>i`
        <input ...${l} type="email" autocomplete="username" required value=${e} onInput=${p=>n(p.currentTarget.value)} />`} />
      <${R} id="signin-password" label=${t("account.password")} error=${a.fields.password} control=${l=>i`
        <input ...${l} type="password" autocomplete="current-password" required value=${r}
          onInput=${p=>o(p.currentTarget.value)} />`} />
      <button type="submit" disabled=${a.busy}>${t("signIn.submit")}</button>
    </form>
    <p>${t("signIn.noAccount")} <a href="/signup">${t("signUp.title")}</a></p>`}function At(){k(t("signUp.title")),w(!0);let[e,n]=m({displayName:"",email:"",password:"",passwordConfirm:""}),[r,o]=m({fields:{},message:"",busy:!1}),a=d=>l=>{let{value:p}=l.currentTarget;n(g=>({...g,[d]:p}))},s=async d=>{d.preventDefault(),o({fields:{},message:"",busy:!0});try{let l=await Ee({...e,email:e.email.trim(),displayName:e.displayName.trim(),homeRegion:_.value?.id,locale:ie.value});await tt(l),U("/")}catch(l){o({...nt(l),busy:!1})}};return i`
    <h1 tabindex="-1">${t("signUp.title")}</h1>
    <p>${t("signUp.intro")}</p>
    <form class="stack" onSubmit=${s}>
      <${it} message=${r.message} />
      <${R} id="signup-name" label=${t("account.displayName")}
        hint=${t("hint.displayName",{min:f.displayName[0],max:f.displayName[1]})}
        error=${r.fields.display_name} control=${d=>i`
          <input ...${d} type="text" autocomplete="nickname" required minLength=${f.displayName[0]} maxLength=${f.displayName[1]}
            value=${e.displayName} onInput=${a("displayName")} />`} />
      <${R} id="signup-email" label=${t("account.email")} hint=${t("hint.email")} error=${r.fields.email} control=${d=>i`
        <input ...${d} type="email" autocomplete="email" required value=${e.email} onInput=${a("email")} />`} />
      <${R} id="signup-password" label=${t("account.password")} hint=${t("hint.password",{min:f.password[0]})}
        error=${r.fields.password} control=${d=>i`
          <input ...${d} type="password" autocomplete="new-password" required minLength=${f.password[0]}
            value=${e.password} onInput=${a("password")} />`} />
      <${R} id="signup-password-confirm" label=${t("account.passwordConfirm")} error=${r.fields.passwordConfirm}
        control=${d=>i`
          <input ...${d} type="password" autocomplete="new-password" required value=${e.passwordConfirm} onInput=${a("passwordConfirm")} />`} />
      <button type="submit" disabled=${r.busy}>${t("signUp.submit")}</button>
    </form>
    <p>${t("signUp.haveAccount")} <a href="/signin">${t("signIn.title")}</a></p>`}var fe="barrierefreiheit@mitwirken.example";var rt={de:()=>import("./chunk-KBKXXA7O.js"),en:()=>import("./chunk-Y5DFT3V5.js"),"de-simple":()=>import("./chunk-3AYMT2UF.js")},H={};function ot(){let e=ie.value,[,n]=m(0),r=H.de&&H[e];return I(()=>{r||Promise.all([rt.de(),rt[e]()]).then(([o,a])=>{H.de=o.default,H[e]=a.default,n(s=>s+1)})},[e]),r?(o,a={})=>{let s=H[e][o]??H.de[o];return typeof s=="string"?s.replace(/\{(\w+)\}/g,(d,l)=>a[l]??d):s}:null}function at({sections:e}){return e.map(([n,r])=>i`
    <section>
      <h2>${n}</h2>
      ${r.map(o=>i`<p>${o}</p>`)}
    </section>`)}function Mt(){k(t("help.title"));let e=ot();return w(e),i`
    <h1 tabindex="-1">${t("help.title")}</h1>
    ${e?i`<${at} sections=${e("help.sections")} />`:i`<p>${t("common.loading")}</p>`}
    <p><a href="/accessibility">${t("nav.accessibility")}</a></p>`}function Nt(){k(t("nav.accessibility"));let e=ot();if(w(e),!e)return i`<h1 tabindex="-1">${t("nav.accessibility")}</h1><p>${t("common.loading")}</p>`;let n=encodeURIComponent(e("a11y.mailSubject"));return i`
    <h1 tabindex="-1">${e("a11y.title")}</h1>
    <${at} sections=${e("a11y.sections")} />
    <section aria-labelledby="a11y-feedback">
      <h2 id="a11y-feedback">${e("a11y.feedbackTitle")}</h2>
      <p>${e("a11y.feedbackText")}</p>
      <ul>
        <li><a href=${`mailto:${fe}?subject=${n}`}>${e("a11y.feedbackMail",{email:fe})}</a></li>
        <li><a href="/ideas/new">${e("a11y.feedbackIdea")}</a></li>
      </ul>
    </section>
    <section aria-labelledby="a11y-enforcement">
      <h2 id="a11y-enforcement">${e("a11y.enforcementTitle")}</h2>
      <p>${e("a11y.enforcementText")}</p>
    </section>`}function O(e,n={}){return z(e,{...n,token:ze.value?.token})}async function j(e,n,{expand:r,sort:o="-created"}={}){let a=new URLSearchParams({filter:n,sort:o,perPage:"100",skipTotal:"1"});return r&&a.set("expand",r),(await O(`/api/collections/${e}/records?${a}`)).items}function J(e){let[n,r]=m({data:null,error:null}),o=we(()=>e().then(a=>r({data:a,error:null}),a=>r(s=>({data:s.data,error:a}))),[]);return I(()=>{o();let a=()=>document.visibilityState==="visible"&&o();return document.addEventListener("visibilitychange",a),()=>document.removeEventListener("visibilitychange",a)},[]),{...n,reload:o}}function L({error:e,id:n}){if(!e)return null;if(!(e instanceof W))return i`<p class="error" id=${n} role="alert">${t("workspace.offline")}</p>`;let r=Object.entries(ae(e));return i`
    <div class="error" id=${n} role="alert">
      <p>${e.message}</p>
      ${r.length>0&&i`<ul>${r.map(([o,a])=>i`<li key=${o}>${o}: ${a}</li>`)}</ul>`}
    </div>`}function Z(e){let[n,r]=m(null),[o,a]=m(!1);return{error:n,busy:o,run:async d=>{a(!0),r(null);try{await d(),await e()}catch(l){r(l)}finally{a(!1)}}}}function Ot(){return Promise.all([j("ideas","status='submitted'",{sort:"created"}),j("reports","dismissed=false",{expand:"idea,comment",sort:"created"}),j("ideas","hidden=true"),j("comments","state='hidden'")]).then(([e,n,r,o])=>({submitted:e,reports:n,hiddenIdeas:r,hiddenComments:o}))}var lt=(e,n)=>`/api/collections/${e}/records/${encodeURIComponent(n)}`;function ge({kind:e,record:n,done:r}){let o=`hide-${e}-${n.id}`,[a,s]=m(""),[d,l]=m(""),[p,g]=m(!1),{error:u,busy:b,run:c}=Z(r);return i`
    <form class="stack workspace-form" onSubmit=${$=>{if($.preventDefault(),!a){g(!0),document.getElementById(o+"-reason")?.focus();return}g(!1);let C=e==="ideas"?{hidden:!0}:{state:"hidden"};c(()=>O(lt(e,n.id),{method:"PATCH",body:{...C,moderation_reason:a,moderation_note:d.trim()}}))}} noValidate>
      <div class="field">
        <label for=${o+"-reason"}>${t("workspace.hideReason")}</label>
        ${p&&i`<p class="error" id=${o+"-missing"}>${t("report.reasonRequired")}</p>`}
        <select id=${o+"-reason"} value=${a} aria-invalid=${p?"true":void 0}
          aria-describedby=${p?o+"-missing":void 0} onChange=${$=>s($.currentTarget.value)}>
          <option value="">${t("report.choose")}</option>
          ${te.map($=>i`<option value=${$}>${t("report.reason."+$)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for=${o+"-note"}>${t("workspace.hideNote")}</label>
        <textarea id=${o+"-note"} rows="2" maxLength=${f.note[1]} value=${d}
          onInput=${$=>l($.currentTarget.value)}></textarea>
      </div>
      <${L} error=${u} id=${o+"-error"} />
      <button type="submit" disabled=${b}>${t("workspace.hide")}</button>
    </form>`}function Ft({idea:e,organization:n,done:r}){let{error:o,busy:a,run:s}=Z(r),d=()=>s(()=>O("/api/collections/status_changes/records",{method:"POST",body:{idea:e.id,to:"published",actor:v.value.id,organization:n}}));return i`
    <${L} error=${o} id=${"publish-"+e.id+"-error"} />
    <button type="button" disabled=${a} onClick=${d}>${t("workspace.publish")}</button>`}function st({kind:e,record:n,done:r}){let{error:o,busy:a,run:s}=Z(r),d=e==="ideas"?{hidden:!1}:{state:"visible"};return i`
    <${L} error=${o} id=${"restore-"+n.id+"-error"} />
    <button type="button" class="secondary" disabled=${a}
      onClick=${()=>s(()=>O(lt(e,n.id),{method:"PATCH",body:d}))}>${t("workspace.restore")}</button>`}function be({idea:e}){return i`
    <h4><a href=${"/ideas/"+e.id}>${e.title}</a></h4>
    <p class="meta">${t("idea.by",{name:e.author_name||t("idea.anonymous")})} · ${T(e.created)}</p>
    <p>${e.body}</p>`}function dt({record:e}){if(!e.moderation_reason&&!e.moderation_note)return null;let n=e.moderation_reason?t("report.reason."+e.moderation_reason):"";return i`<p>${t("workspace.hiddenBecause")} ${[n,e.moderation_note].filter(Boolean).join(": ")}</p>`}function qt({report:e,done:n}){let r=e.expand?.idea,o=e.expand?.comment,a=t("report.reason."+e.reason)+(e.note?": "+e.note:"");return i`
    <li class="workspace-item">
      <p><strong>${t("workspace.reportedFor")}</strong> ${a} · ${T(e.created)}</p>
      ${r&&i`<${be} idea=${r} />`}
      ${o&&i`<h4>${t("workspace.comment",{name:o.author_name||t("idea.anonymous")})}</h4><p>${o.body}</p>`}
      ${r&&!r.hidden&&i`<${ge} kind="ideas" record=${r} done=${n} />`}
      ${o&&o.state!=="hidden"&&i`<${ge} kind="comments" record=${o} done=${n} />`}
    </li>`}function me({id:e,title:n,items:r,empty:o,children:a}){return i`
    <section aria-labelledby=${e}>
      <h3 id=${e}>${n} (${r.length})</h3>
      ${r.length===0?i`<p class="muted">${o}</p>`:i`<ul class="plain workspace-list">${a}</ul>`}
    </section>`}function ct({organization:e}){let{data:n,error:r,reload:o}=J(Ot);return i`
    <section aria-labelledby="moderation-title">
      <h2 id="moderation-title">${t("workspace.moderationTitle")}</h2>
      <${L} error=${r} id="moderation-error" />
      ${n?i`
        <${me} id="submitted-title" title=${t("workspace.submitted")} items=${n.submitted} empty=${t("workspace.noneSubmitted")}>
          ${n.submitted.map(a=>i`
            <li key=${a.id} class="workspace-item">
              <${be} idea=${a} />
              <${Ft} idea=${a} organization=${e} done=${o} />
              <${ge} kind="ideas" record=${a} done=${o} />
            </li>`)}
        <//>
        <${me} id="reports-title" title=${t("workspace.reports")} items=${n.reports} empty=${t("workspace.noneReports")}>
          ${n.reports.map(a=>i`<${qt} key=${a.id} report=${a} done=${o} />`)}
        <//>
        <${me} id="hidden-ideas-title" title=${t("workspace.hiddenIdeas")} items=${n.hiddenIdeas} empty=${t("workspace.noneHidden")}>
          ${n.hiddenIdeas.map(a=>i`
            <li key=${a.id} class="workspace-item">
              <${be} idea=${a} />
              <${dt} record=${a} />
              <${st} kind="ideas" record=${a} done=${o} />
            </li>`)}
        <//>
        <${me} id="hidden-comments-title" title=${t("workspace.hiddenComments")} items=${n.hiddenComments} empty=${t("workspace.noneHidden")}>
          ${n.hiddenComments.map(a=>i`
            <li key=${a.id} class="workspace-item">
              <h4>${t("workspace.comment",{name:a.author_name||t("idea.anonymous")})}</h4>
              <p>${a.body}</p>
              <${dt} record=${a} />
              <${st} kind="comments" record=${a} done=${o} />
            </li>`)}
        <//>`:!r&&i`<p>${t("common.loading")}</p>`}
    </section>`}var Vt={published:["in_review"],in_review:["accepted","declined"],accepted:["in_progress"],in_progress:["implemented"]},Ut="status!='submitted' && status!='implemented' && status!='declined' && status!='merged'";function jt({idea:e,organization:n,done:r}){let o="move-"+e.id,a=Vt[e.status]||[],[s,d]=m(a[0]||""),[l,p]=m(""),[g,u]=m(!1),{error:b,busy:c,run:F}=Z(r);if(!a.length)return null;let $=B=>{if(B.preventDefault(),!l.trim()){u(!0),document.getElementById(o+"-response")?.focus();return}u(!1),F(()=>O("/api/collections/status_changes/records",{method:"POST",body:{idea:e.id,to:s,response:l.trim(),actor:v.value.id,organization:n}}))},C=[o+"-hint",g&&o+"-missing"].filter(Boolean).join(" ");return i`
    <form class="stack workspace-form" onSubmit=${$} noValidate>
      <div class="field">
        <label for=${o+"-to"}>${t("workspace.nextStatus")}</label>
        <select id=${o+"-to"} value=${s} onChange=${B=>d(B.currentTarget.value)}>
          ${a.map(B=>i`<option value=${B}>${t("status."+B)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for=${o+"-response"}>${t("workspace.response")}</label>
        <p class="hint" id=${o+"-hint"}>${t("workspace.responseHint")}</p>
        ${g&&i`<p class="error" id=${o+"-missing"}>${t("workspace.responseRequired")}</p>`}
        <textarea id=${o+"-response"} rows="3" maxLength="5000" required value=${l}
          aria-describedby=${C} aria-invalid=${g?"true":void 0}
          onInput=${B=>p(B.currentTarget.value)}></textarea>
      </div>
      <${L} error=${b} id=${o+"-error"} />
      <button type="submit" disabled=${c}>${t("workspace.move")}</button>
    </form>`}function Pt({regionId:e}){let{data:n,error:r}=J(()=>O(`/api/regions/${encodeURIComponent(e)}/responsiveness`)),o=D.value.get(e)?.name||"";if(r)return i`<${L} error=${r} id=${"responsiveness-"+e+"-error"} />`;if(!n)return i`<p>${t("common.loading")}</p>`;let a=s=>s==null?t("workspace.noValue"):t("workspace.days",{count:Math.round(s)});return i`
    <dl class="workspace-figures">
      ${o&&i`<dt>${t("workspace.region")}</dt><dd>${o}</dd>`}
      <dt>${t("workspace.median")}</dt><dd>${a(n.median_days_to_response)}</dd>
      <dt>${t("workspace.unanswered")}</dt><dd>${n.unanswered??0}</dd>
      <dt>${t("workspace.oldest")}</dt><dd>${n.unanswered?a(n.oldest_unanswered_days):t("workspace.noValue")}</dd>
    </dl>`}function mt({organization:e}){let{data:n,error:r,reload:o}=J(()=>j("ideas",Ut,{sort:"created"})),a=e.regions||[];return i`
    <section aria-labelledby="responsiveness-title">
      <h2 id="responsiveness-title">${t("workspace.responsivenessTitle")}</h2>
      ${a.map(s=>i`<${Pt} key=${s} regionId=${s} />`)}
    </section>
    <section aria-labelledby="open-title">
      <h2 id="open-title">${t("workspace.openTitle")}${n?` (${n.length})`:""}</h2>
      <${L} error=${r} id="open-error" />
      ${n?n.length===0?i`<p class="muted">${t("workspace.noneOpen")}</p>`:i`
        <ul class="plain workspace-list">
          ${n.map(s=>i`
            <li key=${s.id} class="workspace-item">
              <h3><a href=${"/ideas/"+s.id}>${s.title}</a></h3>
              <p class="meta"><${M} status=${s.status} /> ${t("workspace.since",{date:T(s.created)})}</p>
              <${jt} idea=${s} organization=${e.id} done=${o} />
            </li>`)}
        </ul>`:!r&&i`<p>${t("common.loading")}</p>`}
    </section>`}function Kt(){let[e,n]=m(navigator.onLine);return I(()=>{let r=()=>n(navigator.onLine);return addEventListener("online",r),addEventListener("offline",r),()=>{removeEventListener("online",r),removeEventListener("offline",r)}},[]),e}function Ht(){k(t("workspace.title"));let e=Kt(),[n,r]=m(!1);I(()=>{e&&v.value&&je().catch(()=>{}).finally(()=>r(!0))},[e,v.value?.id]),w(!0);let o=Ue.value,a=o.find(l=>l.role==="moderator"),s=o.find(l=>l.role==="staff"),d;return v.value?e?!a&&!s?d=i`<p>${n?t("workspace.noRole"):t("common.loading")}</p>`:d=i`
      <p>${t("workspace.intro")}</p>
      ${s&&i`<${mt} organization=${s.expand?.organization||{id:s.organization}} />`}
      ${a&&i`<${ct} organization=${a.organization} />`}`:d=i`<p class="notice notice-offline">${t("workspace.offline")}</p>`:d=i`<p>${t("workspace.signIn")} <a href=${de()}>${t("nav.signIn")}</a></p>`,i`
    <h1 tabindex="-1">${t("workspace.title")}</h1>
    ${d}`}_e(Pe);export{Nt as Accessibility,Mt as Help,_t as Idea,Bt as IdeaNew,bt as Ideas,Et as Mine,ht as Service,pt as Services,Ct as SignIn,At as SignUp,Ht as Workspace};
