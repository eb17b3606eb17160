import{$ as y,A as v,B as Ae,D as Le,E as Ce,H as U,J as z,L as D,M as P,N as Me,O as k,R as Ne,S as Oe,T as ae,U as Fe,V as Ve,W as qe,X as Ue,Y as Pe,Z as je,b as u,ba as se,c as I,ca as j,e as xe,ea as le,f as Se,ga as Ke,h as n,i as te,ia as w,j as ne,ja as O,k as _e,ka as F,l as ie,la as E,m as b,ma as de,n as re,na as Z,o as ze,oa as ce,p as R,pa as W,q as H,qa as V,r as Te,sa as J,t as oe,ta as ue,v as Be,x as t,y as _,z as Ee}from"./chunk-F4ZW6JM6.js";import{a as X,b as $e,d as A,f as Re,g as De}from"./chunk-ABNSK7YK.js";var He={"services.title":"Digitale Dienste in {name}","services.intro":"Diese Dienste können Sie online nutzen. Bewerten Sie einen Dienst und sagen Sie uns, wo es Barrieren gibt.","services.topics":"Themenfelder","services.none":"Für diese Gemeinde sind noch keine Dienste eingetragen.","services.noRatings":"Noch keine Bewertungen.","services.rating":{one:"Durchschnitt {mean} von 5 Sternen (1 Bewertung)",other:"Durchschnitt {mean} von 5 Sternen ({count} Bewertungen)"},"services.barriers":"Gemeldete Barrieren:","service.back":"Zurück zu allen Diensten","service.link":"Zum Online-Dienst (externe Seite)","service.summaryTitle":"Bewertungen in {name}","service.mine":"Ihre Bewertung","service.myRating":"{rating} von 5 Sternen, am {date}","rate.title":"Diesen Dienst bewerten","rate.ratingLegend":"Wie gut hat der Dienst für Sie funktioniert?","rate.value1":"1 Stern: sehr schlecht","rate.value2":"2 Sterne: schlecht","rate.value3":"3 Sterne: mittel","rate.value4":"4 Sterne: gut","rate.value5":"5 Sterne: sehr gut","rate.ratingRequired":"Bitte wählen Sie eine Bewertung.","rate.barriersLegend":"Gab es Barrieren?","rate.text":"Was ist Ihnen aufgefallen? (freiwillig)","rate.submit":"Bewertung senden","rate.thanks":"Danke! Ihre Bewertung ist gespeichert.","barrier.screenreader":"Nicht mit Vorlese-Programm nutzbar","barrier.complicated":"Zu kompliziert","barrier.in_person":"Trotzdem persönlich erscheinen","barrier.mobile":"Geht nicht gut auf dem Handy","barrier.language":"Sprache nicht verständlich","ideas.title":"Ideen im {name}","ideas.submitLink":"Eigene Idee einreichen","ideas.searchLabel":"Ideen durchsuchen","ideas.search":"Suchen","ideas.clearSearch":"Suche beenden","ideas.searchShort":"Bitte geben Sie mindestens 3 Zeichen ein.","ideas.searchFailed":"Die Suche hat nicht geklappt. Bitte versuchen Sie es noch einmal.","ideas.resultsTitle":"Suchergebnisse","ideas.results":{one:"1 Idee zu „{q}“ gefunden.",other:"{count} Ideen zu „{q}“ gefunden."},"ideas.resultsOffline":{one:"1 Idee zu „{q}“ gefunden (ohne Verbindung in den gespeicherten Ideen gesucht).",other:"{count} Ideen zu „{q}“ gefunden (ohne Verbindung in den gespeicherten Ideen gesucht)."},"ideas.sortLabel":"Sortieren nach","ideas.sortNew":"Neueste zuerst","ideas.sortTop":"Meiste Unterstützung","ideas.sortStatus":"Stand der Bearbeitung","ideas.scopeLabel":"Welche Ideen","ideas.scopeDistrict":"Ganzer {name}","ideas.scopePlace":"Nur {name} und der ganze Kreis","ideas.listTitle":"Alle Ideen","idea.back":"Zurück zu allen Ideen","idea.by":"von {name}","idea.anonymous":"ohne Namen","idea.chooseRegion":"Wählen Sie Ihre Gemeinde, um alle Ideen Ihrer Region zu sehen und mitzumachen.","idea.pendingNote":"Diese Idee ist auf Ihrem Gerät gespeichert und wird gesendet, sobald eine Verbindung besteht.","idea.awaitingModeration":"Diese Idee wird veröffentlicht, sobald die Moderation sie freigegeben hat.","idea.merged":"Diese Idee wurde zusammengeführt mit:","idea.mergedUnknown":"der anderen Idee","idea.service":"Dienst:","idea.topic":"Themenfeld:","idea.votesTitle":"Unterstützung","idea.vote":"Idee unterstützen","idea.retract":"Unterstützung zurücknehmen","idea.youVoted":"Sie unterstützen diese Idee.","idea.voteAfterSync":"Sobald die Idee gesendet ist, kann sie unterstützt werden.","idea.endorsements":"Unterstützt von Verbänden","idea.unknownOrganization":"Ein Verband","idea.history":"Verlauf und Antworten der Verwaltung","idea.commentsTitle":{one:"1 Kommentar",other:"{count} Kommentare"},"idea.noComments":"Noch keine Kommentare.","idea.commentLabel":"Ihr Kommentar","idea.commentSubmit":"Kommentar senden","idea.commentsClosed":"Zu dieser Idee kann man nicht kommentieren.","report.idea":"Idee melden","report.comment":"Kommentar melden","report.reason":"Grund der Meldung","report.choose":"Bitte wählen","report.reason.spam":"Werbung oder Spam","report.reason.offensive":"Beleidigend","report.reason.personal_data":"Enthält persönliche Daten","report.reason.off_topic":"Gehört nicht hierher","report.reason.other":"Anderer Grund","report.reasonRequired":"Bitte wählen Sie einen Grund.","report.note":"Anmerkung (freiwillig)","report.submit":"Meldung senden","report.done":"Sie haben diesen Beitrag gemeldet. Danke!","newIdea.title":"Idee einreichen","newIdea.titleLabel":"Titel","newIdea.bodyLabel":"Beschreibung","newIdea.whereLabel":"Für welchen Ort?","newIdea.wholeDistrict":"Den ganzen {name}","newIdea.serviceLabel":"Betrifft die Idee einen Dienst? (freiwillig)","newIdea.topicLabel":"Themenfeld (freiwillig)","newIdea.none":"Keine Angabe","newIdea.submit":"Idee einreichen","newIdea.similarTitle":"Ähnliche Ideen","newIdea.similarNone":"Während Sie schreiben, zeigen wir hier ähnliche Ideen, die es schon gibt.","newIdea.similarFound":{one:"Es gibt 1 ähnliche Idee. Vielleicht möchten Sie diese unterstützen?",other:"Es gibt {count} ähnliche Ideen. Vielleicht möchten Sie eine davon unterstützen?"},"newIdea.similarFoundOffline":{one:"In den gespeicherten Ideen gibt es 1 ähnliche Idee.",other:"In den gespeicherten Ideen gibt es {count} ähnliche Ideen."},"newIdea.supportInstead":"Stattdessen unterstützen","hint.newIdea":"Beschreiben Sie, was besser werden soll und warum. Die Verwaltung antwortet öffentlich.","hint.title":"Ein kurzer Satz, {min} bis {max} Zeichen.","hint.body":"Was ist das Problem, was schlagen Sie vor? {min} bis {max} Zeichen.","hint.titleShort":"Der Titel ist zu kurz: bitte mindestens {min} Zeichen.","hint.bodyShort":"Die Beschreibung ist zu kurz: bitte mindestens {min} Zeichen.","hint.where":"Ihre Gemeinde oder der ganze Landkreis.","hint.service":"Zum Beispiel „Wohngeld beantragen“.","hint.topic":"Hilft anderen, Ihre Idee zu finden.","hint.comment":"Bleiben Sie freundlich und sachlich. Höchstens {max} Zeichen.","hint.commentRequired":"Bitte schreiben Sie einen Kommentar.","hint.barriers":"Sie können mehrere ankreuzen.","hint.feedbackText":"Bitte keine persönlichen Daten. Höchstens {max} Zeichen.","hint.reportNote":"Höchstens {max} Zeichen.","hint.signedOut":"Sie sind nicht angemeldet. Ihr Beitrag wird gespeichert und gesendet, sobald Sie sich anmelden.","hint.displayName":"Dieser Name steht bei Ihren Beiträgen. Ein Fantasiename ist in Ordnung. {min} bis {max} Zeichen.","hint.email":"Nur für die Anmeldung. Andere sehen Ihre E-Mail-Adresse nie.","hint.password":"Mindestens {min} Zeichen.","mine.title":"Meine Beiträge","mine.signedOut":"Melden Sie sich an, um Ihre gesendeten Beiträge zu sehen.","mine.rejected":"Nicht angenommen","mine.rejectedHelp":"Der Server hat diese Beiträge nicht angenommen. Sie können sie korrigieren und erneut senden oder verwerfen.","mine.noneRejected":"Keine.","mine.pending":"Warten auf Verbindung","mine.nonePending":"Alle Beiträge sind gesendet.","mine.ideas":"Meine Ideen","mine.comments":"Meine Kommentare","mine.votes":"Ideen, die ich unterstütze","mine.feedback":"Meine Bewertungen","mine.reports":"Meine Meldungen","mine.reportsCount":{one:"Sie haben 1 Beitrag gemeldet.",other:"Sie haben {count} Beiträge gemeldet."},"mine.none":"Noch keine.","mine.commentOn":"Zu","mine.hidden":"ausgeblendet","mine.unknownIdea":"einer Idee","mine.fix":"Korrigieren","mine.discard":"Verwerfen","mine.sendAgain":"Erneut senden","mine.what.idea":"Idee „{title}“","mine.what.comment":"Kommentar zu „{title}“","mine.what.vote":"Unterstützung für „{title}“","mine.what.retract":"Unterstützung für „{title}“ zurücknehmen","mine.what.feedback":"Bewertung von „{name}“: {rating} von 5 Sternen","mine.what.report":"Meldung an die Moderation","account.email":"E-Mail-Adresse","account.password":"Passwort","account.passwordConfirm":"Passwort wiederholen","account.displayName":"Angezeigter Name","account.fixFields":"Bitte prüfen Sie die markierten Angaben.","account.offline":"Keine Verbindung. Zum Anmelden brauchen Sie eine Verbindung.","signIn.title":"Anmelden","signIn.intro":"Melden Sie sich an, um Ideen einzureichen, abzustimmen, zu kommentieren und Dienste zu bewerten.","signIn.submit":"Anmelden","signIn.wrong":"E-Mail-Adresse oder Passwort stimmen nicht.","signIn.noAccount":"Noch kein Konto?","signUp.title":"Konto anlegen","signUp.intro":"Sie brauchen nur eine E-Mail-Adresse und einen Namen. Der Name darf ein Fantasiename sein.","signUp.submit":"Konto anlegen","signUp.haveAccount":"Sie haben schon ein Konto?","topic.arbeit_ruhestand":"Arbeit & Ruhestand","topic.bauen_wohnen":"Bauen & Wohnen","topic.bildung":"Bildung","topic.ein_auswanderung":"Ein- & Auswanderung","topic.engagement_hobby":"Engagement & Hobby","topic.familie_kind":"Familie & Kind","topic.forschung_foerderung":"Forschung & Förderung","topic.gesundheit":"Gesundheit","topic.mobilitaet_reisen":"Mobilität & Reisen","topic.recht_ordnung":"Recht & Ordnung","topic.steuern_zoll":"Steuern & Zoll","topic.umwelt":"Umwelt","topic.unternehmen":"Unternehmen","topic.querschnitt":"Querschnittsleistungen","topic.soziales":"Soziales","error.unknown":"Der Beitrag konnte nicht gespeichert werden.","error.vote_idea_hidden":"Diese Idee ist ausgeblendet; für sie kann nicht abgestimmt werden.","error.vote_idea_not_published":"Diese Idee ist noch nicht veröffentlicht.","error.vote_idea_merged":"Diese Idee wurde mit einer anderen zusammengeführt; stimmen Sie bitte dort ab.","error.vote_idea_declined":"Diese Idee wurde abgelehnt; für sie kann nicht mehr abgestimmt werden.","error.feedback_service_not_offered":"Dieser Dienst wird in dieser Region nicht online angeboten.","error.idea_changed":"Die Idee wurde inzwischen auf dem Server geändert.","error.sync_forbidden":"Dazu sind Sie nicht berechtigt.","error.sync_not_found":"Der Eintrag wurde nicht gefunden.","error.validation_pk_invalid":"Diese Kennung ist ungültig oder schon vergeben.","error.validation_not_unique":"Diesen Eintrag gibt es schon.","error.validation_required":"Bitte ausfüllen.","error.validation_missing_rel_records":"Der verknüpfte Eintrag existiert nicht (mehr).","error.validation_invalid_email":"Bitte geben Sie eine gültige E-Mail-Adresse ein.","error.validation_values_mismatch":"Die Passwörter stimmen nicht überein.","error.report_target_required":"Bitte genau einen Inhalt melden: eine Idee oder einen Kommentar.","workspace.title":"Arbeitsbereich","workspace.intro":"Hier sehen Sie, was in Ihrer Region auf Moderation oder eine Antwort wartet.","workspace.signIn":"Bitte melden Sie sich an, um den Arbeitsbereich zu nutzen.","workspace.noRole":"Der Arbeitsbereich ist für Moderatorinnen und Moderatoren von Verbänden und für Mitarbeitende der Verwaltung.","workspace.offline":"Der Arbeitsbereich braucht eine Verbindung. Bitte versuchen Sie es wieder, sobald Sie online sind.","workspace.moderationTitle":"Moderation","workspace.submitted":"Ideen, die auf Freigabe warten","workspace.noneSubmitted":"Keine Idee wartet auf Freigabe.","workspace.reports":"Offene Meldungen","workspace.noneReports":"Keine offenen Meldungen.","workspace.hiddenIdeas":"Ausgeblendete Ideen","workspace.hiddenComments":"Ausgeblendete Kommentare","workspace.noneHidden":"Nichts ausgeblendet.","workspace.publish":"Veröffentlichen","workspace.hide":"Ausblenden","workspace.restore":"Wieder anzeigen","workspace.hideReason":"Grund für das Ausblenden","workspace.hideNote":"Erklärung für die Person (freiwillig)","workspace.hiddenBecause":"Ausgeblendet:","workspace.reportedFor":"Gemeldet:","workspace.comment":"Kommentar von {name}","workspace.responsivenessTitle":"So schnell antwortet Ihre Verwaltung","workspace.region":"Region","workspace.median":"Mittlere Zeit bis zur ersten Antwort","workspace.unanswered":"Ideen ohne Antwort","workspace.oldest":"Älteste Idee ohne Antwort","workspace.days":{one:"1 Tag",other:"{count} Tage"},"workspace.noValue":"–","workspace.openTitle":"Offene Ideen, älteste zuerst","workspace.noneOpen":"Keine offenen Ideen.","workspace.since":"eingereicht am {date}","workspace.nextStatus":"Neuer Stand","workspace.response":"Öffentliche Antwort","workspace.responseHint":"Die Antwort erscheint bei der Idee für alle sichtbar.","workspace.responseRequired":"Bitte schreiben Sie eine Antwort.","workspace.move":"Stand ändern","inbox.title":"Benachrichtigungen","inbox.signIn":"Bitte melden Sie sich an, um Ihre Benachrichtigungen zu sehen.","inbox.offline":"Die Benachrichtigungen brauchen eine Verbindung. Bitte versuchen Sie es wieder, sobald Sie online sind.","inbox.listTitle":"Ihre Benachrichtigungen","inbox.none":"Sie haben keine Benachrichtigungen.","inbox.new":"Neu","inbox.theIdea":"diese Idee","inbox.reason":"Grund:","inbox.open":"Zur Idee „{title}“","inbox.openTarget":"Zur Idee „{title}“, für die Ihre Unterstützung jetzt zählt","inbox.markRead":"Als gelesen markieren","inbox.kind.published":"Ihre Idee „{title}“ wurde veröffentlicht.","inbox.kind.status_changed":"Ihre Idee „{title}“ hat einen neuen Stand: {status}.","inbox.kind.hidden":"Ihre Idee „{title}“ wurde ausgeblendet. Sie können Widerspruch einlegen.","inbox.kind.restored":"Ihre Idee „{title}“ wird wieder angezeigt.","inbox.kind.merged":"Ihre Idee „{title}“ wurde mit der Idee „{target}“ zusammengeführt.","inbox.kind.vote_moved":"Die Idee „{title}“ wurde zusammengeführt. Ihre Stimme zählt jetzt für „{target}“; Sie können sie dort zurückziehen.","inbox.kind.appeal_decided":"Über Ihren Widerspruch zur Idee „{title}“ wurde entschieden.","inbox.settingsTitle":"Einstellungen","inbox.email":"Benachrichtigungen auch per E-Mail","inbox.emailHint":"Die Benachrichtigungen hier bleiben in jedem Fall erhalten.","inbox.saved":"Ihre Einstellung ist gespeichert.","solutions.title":"Lösungen aus der Region","solutions.intro":"Diese Ideen wurden in einer Gemeinde umgesetzt und zum Nachmachen freigegeben. Verwaltungen anderer Gemeinden können sie übernehmen.","solutions.offline":"Die Lösungen aus der Region brauchen eine Verbindung. Bitte versuchen Sie es wieder, sobald Sie online sind.","solutions.none":"Noch keine Lösungen freigegeben.","solutions.from":"Umgesetzt in {region}, zuletzt geändert am {date}","solutions.adopt":"Übernehmen","solutions.adopted":"Übernommen. Die Idee steht jetzt in Ihrer Region.","solutions.openAdopted":"Zur übernommenen Idee","appeal.title":"Widerspruch einlegen","appeal.label":"Warum soll Ihre Idee wieder angezeigt werden?","appeal.hint":"Zwischen {min} und {max} Zeichen. Sie können nur einmal widersprechen; eine andere Person aus der Moderation entscheidet.","appeal.short":"Bitte schreiben Sie mindestens {min} Zeichen.","appeal.submit":"Widerspruch senden","appeal.done":"Ihr Widerspruch ist eingegangen. Sie erhalten eine Benachrichtigung, sobald entschieden ist."};var C=Se({region:"",rows:new Map});function ft(e){let i=e?.count||0,r={};for(let a=1;a<=5;a++)r[a]=e?.[`rating_${a}`]||0;let o={};for(let a of Object.keys(e||{}))a.startsWith("barrier_")&&(o[a.slice(8)]=e[a]);return{count:i,mean:i?Math.round(e.rating_sum/i*100)/100:null,distribution:r,barriers:o}}function he(e,i){C.value={region:e,rows:new Map(i.map(r=>[r.service,ft(r)]))}}async function me(e){let i=await Re("stats:"+e);i?he(e,i):C.value.region!==e&&he(e,[]);try{let r=encodeURIComponent(`region='${e}'`),o=await A(`/api/collections/feedback_stats/records?filter=${r}&perPage=500&skipTotal=1`);await De("stats:"+e,o.items),he(e,o.items)}catch{}}async function Ze(e,i){try{let r=await A(`/api/services/${encodeURIComponent(e)}/feedback?region=${encodeURIComponent(i)}`),o=new Map(C.value.region===i?C.value.rows:[]);o.set(e,r),C.value={region:i,rows:o}}catch{}}function fe(e,i){return e.filter(r=>(r.regions||[]).some(o=>o===i.id||o===i.parent))}function gt(){let e=R.value;if(w(t("services.title",{name:e?.name||""})),I(()=>{e&&me(e.id)},[e?.id]),y(z.value),!e)return n`<h1 tabindex="-1">${t("nav.services")}</h1><p>${t("region.needed")}</p><${V} after="/services" />`;let i=fe(U.services.value,e),r=C.value.region===e.id?C.value.rows:new Map,o=te.map(a=>[a,i.filter(l=>l.topic===a).sort((l,s)=>l.name.localeCompare(s.name,"de"))]).filter(([,a])=>a.length);return n`
    <h1 tabindex="-1">${t("services.title",{name:e.name})}</h1>
    <p>${t("services.intro")}</p>
    ${z.value&&i.length===0&&n`<p>${t("services.none")}</p>`}
    ${o.length>0&&n`
      <nav aria-label=${t("services.topics")} class="toc">
        <ul>${o.map(([a])=>n`<li><a href=${"#topic-"+a}>${t("topic."+a)}</a></li>`)}</ul>
      </nav>`}
    ${o.map(([a,l])=>n`
      <section aria-labelledby=${"topic-"+a}>
        <h2 id=${"topic-"+a}>${t("topic."+a)}</h2>
        <ul class="services">
          ${l.map(s=>n`
            <li key=${s.id} class="service-card">
              <h3><a href=${"/services/"+s.id}>${s.name}</a></h3>
              <${ce} summary=${r.get(s.id)} />
            </li>`)}
        </ul>
      </section>`)}`}function bt({service:e,place:i}){let[r,o]=u(0),[a,l]=u([]),[s,d]=u(""),[p,$]=u(""),[m,h]=u(!1),c=f=>l(a.includes(f)?a.filter(M=>M!==f):[...a,f]);return n`
    <form class="stack" onSubmit=${async f=>{if(f.preventDefault(),!r){$(t("rate.ratingRequired")),document.getElementById("rating-1")?.focus();return}$(""),await Ue({service:e.id,region:i.id,rating:r,text:s.trim(),barriers:a}),h(!0),o(0),l([]),d("")}} noValidate>
      <fieldset aria-describedby=${p?"rating-error":void 0}>
        <legend>${t("rate.ratingLegend")}</legend>
        ${p&&n`<p class="error" id="rating-error">${p}</p>`}
        <div class="choices">
          ${[1,2,3,4,5].map(f=>n`
            <label class="choice">
              <input type="radio" name="rating" id=${"rating-"+f} value=${f} checked=${r===f}
                onChange=${()=>o(f)} />
              ${t("rate.value"+f)}
            </label>`)}
        </div>
      </fieldset>
      <fieldset>
        <legend>${t("rate.barriersLegend")}</legend>
        <p class="hint">${t("hint.barriers")}</p>
        ${_e.map(f=>n`
          <label class="choice">
            <input type="checkbox" name="barriers" value=${f} checked=${a.includes(f)} onChange=${()=>c(f)} />
            ${t("barrier."+f)}
          </label>`)}
      </fieldset>
      <div class="field">
        <label for="feedback-text">${t("rate.text")}</label>
        <p class="hint" id="feedback-text-hint">${t("hint.feedbackText",{max:b.feedbackText[1]})}</p>
        <textarea id="feedback-text" rows="4" maxLength=${b.feedbackText[1]} aria-describedby="feedback-text-hint"
          value=${s} onInput=${f=>d(f.currentTarget.value)}></textarea>
      </div>
      ${!v.value&&n`<p class="hint">${t("hint.signedOut")}</p>`}
      <button type="submit">${t("rate.submit")}</button>
      <p role="status">${m?t("rate.thanks"):""}</p>
    </form>`}function vt({id:e}){let i=R.value,r=P.value.get(e);if(w(r?.name||t("nav.services")),y(z.value),I(()=>{i&&me(i.id).then(()=>Ze(e,i.id))},[e,i?.id]),!i)return n`<h1 tabindex="-1">${t("nav.services")}</h1><p>${t("region.needed")}</p><${V} after=${"/services/"+e} />`;if(!r)return z.value?n`<${ue} />`:n`<p>${t("common.loading")}</p>`;let o=C.value.region===i.id?C.value.rows.get(e):null,a=k.value.feedback.filter(l=>l.service===e&&l.region===i.id);return n`
    <p><a href="/services">${t("service.back")}</a></p>
    <h1 tabindex="-1">${r.name}</h1>
    ${r.summary&&n`<p>${r.summary}</p>`}
    ${r.link&&n`<p><a href=${r.link} rel="noopener">${t("service.link")}</a></p>`}
    <h2>${t("service.summaryTitle",{name:i.name})}</h2>
    <${ce} summary=${o} />
    ${a.length>0&&n`
      <h2>${t("service.mine")}</h2>
      <ul class="plain">
        ${a.map(l=>n`
          <li key=${l.id}>
            ${t("service.myRating",{rating:l.rating,date:_(l.created)})} <${O} item=${l} />
            ${l.sync==="rejected"&&n`<${Z} error=${l.mutation.error} />`}
          </li>`)}
      </ul>`}
    <h2>${t("rate.title")}</h2>
    <${bt} service=${r} place=${i} />`}var yt=new Set("der die das und oder ein eine einer eines einem einen ist sind mit für fur von zu im in am an auf aus bei nicht auch es sich wir ich sie er man mehr sehr wie was wenn dass den dem des als nur noch so bitte the and for with of to a an is are be on in at".split(" "));function Y(e){return(e||"").toLowerCase().replace(/ä/g,"ae").replace(/ö/g,"oe").replace(/ü/g,"ue").replace(/ß/g,"ss").normalize("NFD").replace(/[\u0300-\u036f]/g,"").split(/[^a-z0-9]+/).filter(i=>i.length>=3&&!yt.has(i))}var ee=e=>e.replace(/(ungen|ung|en|er|es|e|n|s)$/,"")||e;function We(e,i){let r=Y(i).map(ee);if(!r.length)return[];let o=[];for(let a of e){let l=Y(a.title).map(ee),s=l.concat(Y(a.body).map(ee));r.every(d=>s.some(p=>p.startsWith(d)))&&o.push({idea:a,score:r.filter(d=>l.some(p=>p.startsWith(d))).length})}return o.sort((a,l)=>l.score-a.score).map(a=>a.idea)}function Ge(e,i,r=5){let o=new Set(Y(i).map(ee));if(o.size<2)return[];let a=[];for(let l of e){let s=new Set(Y(l.title+" "+l.body).map(ee)),d=0;for(let $ of o)s.has($)&&d++;let p=d/Math.min(o.size,s.size||1);d>=2&&p>=.2&&a.push({idea:l,score:p})}return a.sort((l,s)=>s.score-l.score).slice(0,r).map(l=>l.idea)}async function Qe(e,i,r){if(!navigator.onLine)return{items:We(r,e),offline:!0};try{return{items:(await A(`/api/ideas/search?q=${encodeURIComponent(e)}&region=${encodeURIComponent(i)}`,{timeout:8e3})).items,offline:!1}}catch(o){if(!(o instanceof $e))throw o;return{items:We(r,e),offline:!0}}}async function Xe(e,i,r){if(!navigator.onLine)return{items:Ge(r,e),offline:!0};try{return{items:(await A(`/api/ideas/similar?text=${encodeURIComponent(e.slice(0,500))}&region=${encodeURIComponent(i)}&limit=5`,{timeout:5e3})).items,offline:!1}}catch(o){if(!(o instanceof $e))throw o;return{items:Ge(r,e),offline:!0}}}var Je={new:(e,i)=>e.created<i.created?1:-1,top:(e,i)=>(i.votes_count||0)-(e.votes_count||0)||(e.created<i.created?1:-1),status:(e,i)=>ne.indexOf(e.status)-ne.indexOf(i.status)||(i.votes_count||0)-(e.votes_count||0)};function wt(e,i){let[r,o]=u(null);return I(()=>{if(o(null),!e)return;let a=!0;return Qe(e,H.value,i).then(l=>a&&o(l)).catch(l=>a&&o({items:[],error:l})),()=>{a=!1}},[e,H.value]),r}function kt(){let e=R.value,{query:i}=se.value,r=Je[i.get("sort")]?i.get("sort"):"new",o=i.get("scope")==="place"?"place":"district",a=(i.get("q")||"").trim(),[l,s]=u(a),d=D.value.get(H.value)?.name||"";w(t("ideas.title",{name:d||e?.name||""})),y(z.value);let $=[...k.value.ideas.values()].filter(g=>g.sync!=="rejected"&&!g.hidden).filter(g=>{let B=D.value.get(g.region);return g.region===H.value||B?.parent===H.value||g.sync!=="synced"}),m=wt(a.length>=3?a:"",$);if(!e)return n`<h1 tabindex="-1">${t("nav.ideas")}</h1><p>${t("region.needed")}</p><${V} after="/ideas" />`;let h=$.filter(g=>o==="district"||g.region===e.id||g.region===e.parent).sort(Je[r]),c=g=>{let B=new URLSearchParams(i);for(let[ke,Ie]of Object.entries(g))Ie?B.set(ke,Ie):B.delete(ke);j("/ideas"+(B.toString()?"?"+B:""),{replace:!0})},T=g=>{g.preventDefault(),c({q:l.trim()})},f=null;if(a)if(a.length<3)f=n`<p class="error">${t("ideas.searchShort")}</p>`;else if(!m)f=n`<p>${t("common.loading")}</p>`;else if(m.error)f=n`<p class="error">${t("ideas.searchFailed")}</p>`;else{let g=m.items.map(B=>k.value.ideas.get(B.id)||{...B,sync:"synced"});f=n`
        <p>${t(m.offline?"ideas.resultsOffline":"ideas.results",{count:g.length,q:a})}</p>
        <${J} ideas=${g} level="3" />`}let M=r==="status"?ne.map(g=>[g,h.filter(B=>B.status===g)]).filter(([,g])=>g.length):null,L=h.filter(g=>!g.status);return n`
    <h1 tabindex="-1">${t("ideas.title",{name:d||e.name})}</h1>
    <p><a href="/ideas/new">${t("ideas.submitLink")}</a></p>
    <form role="search" class="search" onSubmit=${T}>
      <label for="idea-search">${t("ideas.searchLabel")}</label>
      <div class="inline">
        <input id="idea-search" type="search" name="q" value=${l} onInput=${g=>s(g.currentTarget.value)} />
        <button type="submit">${t("ideas.search")}</button>
        ${a&&n`<button type="button" class="secondary" onClick=${()=>{s(""),c({q:""})}}>${t("ideas.clearSearch")}</button>`}
      </div>
    </form>
    ${a&&n`<section aria-labelledby="results-title"><h2 id="results-title">${t("ideas.resultsTitle")}</h2>${f}</section>`}
    ${!a&&n`
      <div class="filters">
        <div class="field">
          <label for="idea-sort">${t("ideas.sortLabel")}</label>
          <select id="idea-sort" value=${r} onChange=${g=>c({sort:g.currentTarget.value==="new"?"":g.currentTarget.value})}>
            <option value="new">${t("ideas.sortNew")}</option>
            <option value="top">${t("ideas.sortTop")}</option>
            <option value="status">${t("ideas.sortStatus")}</option>
          </select>
        </div>
        <div class="field">
          <label for="idea-scope">${t("ideas.scopeLabel")}</label>
          <select id="idea-scope" value=${o} onChange=${g=>c({scope:g.currentTarget.value==="place"?"place":""})}>
            <option value="district">${t("ideas.scopeDistrict",{name:d})}</option>
            <option value="place">${t("ideas.scopePlace",{name:e.name})}</option>
          </select>
        </div>
      </div>
      <h2 class="visually-hidden">${t("ideas.listTitle")}</h2>
      ${z.value&&h.length===0&&n`<p>${t("ideas.none")}</p>`}
      ${M?n`
          ${L.length>0&&n`<h3>${t("sync.pending")}</h3><${J} ideas=${L} level="4" />`}
          ${M.map(([g,B])=>n`<h3>${t("status."+g)}</h3><${J} ideas=${B} level="4" />`)}`:n`<${J} ideas=${h} level="3" />`}`}`}function ge({target:e,id:i,label:r}){let[o,a]=u(""),[l,s]=u(""),[d,p]=u("");return n`
    <details class="report">
      <summary>${r}</summary>
      <form class="stack" onSubmit=${async m=>{if(m.preventDefault(),!o){p(t("report.reasonRequired")),document.getElementById(i+"-reason")?.focus();return}await qe(e,o,l.trim())}} noValidate>
        <div class="field">
          <label for=${i+"-reason"}>${t("report.reason")}</label>
          ${d&&n`<p class="error" id=${i+"-error"}>${d}</p>`}
          <select id=${i+"-reason"} value=${o} aria-describedby=${d?i+"-error":void 0}
            aria-invalid=${d?"true":void 0} onChange=${m=>a(m.currentTarget.value)}>
            <option value="">${t("report.choose")}</option>
            ${ie.map(m=>n`<option value=${m}>${t("report.reason."+m)}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for=${i+"-note"}>${t("report.note")}</label>
          <p class="hint" id=${i+"-note-hint"}>${t("hint.reportNote",{max:b.note[1]})}</p>
          <textarea id=${i+"-note"} rows="2" maxLength=${b.note[1]} aria-describedby=${i+"-note-hint"}
            value=${l} onInput=${m=>s(m.currentTarget.value)}></textarea>
        </div>
        <button type="submit">${t("report.submit")}</button>
      </form>
    </details>`}function G(){let[e,i]=u(navigator.onLine);return I(()=>{let r=()=>i(navigator.onLine);return addEventListener("online",r),addEventListener("offline",r),()=>{removeEventListener("online",r),removeEventListener("offline",r)}},[]),e}function x(e,i={}){return A(e,{...i,token:Ee.value?.token})}async function K(e,i,{expand:r,sort:o="-created"}={}){let a=new URLSearchParams({filter:i,sort:o,perPage:"100",skipTotal:"1"});return r&&a.set("expand",r),(await x(`/api/collections/${e}/records?${a}`)).items}function N(e){let[i,r]=u({data:null,error:null}),o=xe(()=>e().then(a=>r({data:a,error:null}),a=>r(l=>({data:l.data,error:a}))),[]);return I(()=>{o();let a=()=>document.visibilityState==="visible"&&o();return document.addEventListener("visibilitychange",a),()=>document.removeEventListener("visibilitychange",a)},[]),{...i,reload:o}}function S({error:e,id:i}){if(!e)return null;if(!(e instanceof X))return n`<p class="error" id=${i} role="alert">${t("workspace.offline")}</p>`;let r=Object.entries(de(e));return n`
    <div class="error" id=${i} role="alert">
      <p>${e.message}</p>
      ${r.length>0&&n`<ul>${r.map(([o,a])=>n`<li key=${o}>${o}: ${a}</li>`)}</ul>`}
    </div>`}function q(e){let[i,r]=u(null),[o,a]=u(!1);return{error:i,busy:o,run:async s=>{a(!0),r(null);try{await s(),await e()}catch(d){r(d)}finally{a(!1)}}}}var be=10,Ye=2e3;function et({idea:e}){let[i,r]=u(""),[o,a]=u(!1),[l,s]=u(null),[d,p]=u(!1),[$,m]=u(!1);if($)return n`<p class="notice" role="status">${t("appeal.done")}</p>`;let h=async T=>{T.preventDefault();let f=i.trim();if(f.length<be){a(!0),document.getElementById("appeal-text")?.focus();return}a(!1),p(!0),s(null);try{await x("/api/collections/appeals/records",{method:"POST",body:{appellant:v.value.id,idea:e.id,text:f}}),m(!0)}catch(M){s(M)}finally{p(!1)}},c=["appeal-hint",o&&"appeal-short"].filter(Boolean).join(" ");return n`
    <section aria-labelledby="appeal-title">
      <h2 id="appeal-title">${t("appeal.title")}</h2>
      <form class="stack" onSubmit=${h} noValidate>
        <div class="field">
          <label for="appeal-text">${t("appeal.label")}</label>
          <p class="hint" id="appeal-hint">${t("appeal.hint",{min:be,max:Ye})}</p>
          ${o&&n`<p class="error" id="appeal-short">${t("appeal.short",{min:be})}</p>`}
          <textarea id="appeal-text" rows="4" maxLength=${Ye} value=${i}
            aria-describedby=${c} aria-invalid=${o?"true":void 0}
            onInput=${T=>r(T.currentTarget.value)}></textarea>
        </div>
        <${S} error=${l} id="appeal-error" />
        <button type="submit" disabled=${d}>${t("appeal.submit")}</button>
      </form>
    </section>`}function It({idea:e}){let i=k.value.voted.get(e.id),r=re(e),o=!!i?.voted;return n`
    <section class="votes" aria-labelledby="votes-title">
      <h2 id="votes-title" class="visually-hidden">${t("idea.votesTitle")}</h2>
      <p class="vote-count">${t("ideas.votes",{count:e.votes_count||0})}</p>
      ${e.sync!=="synced"&&!e.status?n`<p class="hint">${t("idea.voteAfterSync")}</p>`:r&&!o?n`<p class="hint">${t("error."+r)}</p>`:n`
            <button type="button" class=${o?"secondary":""}
              onClick=${()=>o?Fe(e.id):ae(e.id)}>
              ${o?t("idea.retract"):t("idea.vote")}
            </button>
            ${o&&n` <span>${t("idea.youVoted")}</span>`}
            ${i?.sync==="pending"&&n` <${O} item=${i} />`}`}
      ${!v.value&&n`<p class="hint">${t("hint.signedOut")}</p>`}
    </section>`}function xt({history:e,organizationName:i}){return e.length?n`
    <section aria-labelledby="history-title">
      <h2 id="history-title">${t("idea.history")}</h2>
      <ol class="history">
        ${e.map(r=>{let o=i(r);return n`
            <li key=${r.id}>
              <p><strong>${t("status."+r.to)}</strong> · ${_(r.created)}${o&&n` · ${o}`}</p>
              ${r.response&&n`<blockquote><p>${r.response}</p></blockquote>`}
            </li>`})}
      </ol>
    </section>`:null}function St({endorsements:e,organizationName:i}){return e.length?n`
    <section aria-labelledby="endorsements-title">
      <h2 id="endorsements-title">${t("idea.endorsements")}</h2>
      <ul class="plain">
        ${e.map(r=>n`
          <li key=${r.id}>
            <strong>${i(r)||t("idea.unknownOrganization")}</strong>
            ${r.note&&n`: ${r.note}`}
          </li>`)}
      </ul>
    </section>`:null}function _t({idea:e}){let[i,r]=u(""),[o,a]=u("");return n`
    <form class="stack" onSubmit=${async s=>{s.preventDefault();let d=i.trim();if(!d){a(t("hint.commentRequired")),document.getElementById("comment-body")?.focus();return}a(""),await Ve(e.id,d),r("")}} noValidate>
      <div class="field">
        <label for="comment-body">${t("idea.commentLabel")}</label>
        <p class="hint" id="comment-hint">${t("hint.comment",{max:b.comment[1]})}</p>
        ${o&&n`<p class="error" id="comment-error">${o}</p>`}
        <textarea id="comment-body" rows="3" maxLength=${b.comment[1]} value=${i}
          aria-describedby=${o?"comment-hint comment-error":"comment-hint"} aria-invalid=${o?"true":void 0}
          onInput=${s=>r(s.currentTarget.value)}></textarea>
      </div>
      <button type="submit">${t("idea.commentSubmit")}</button>
    </form>`}function zt({idea:e,comments:i}){let r=k.value.reported;return n`
    <section aria-labelledby="comments-title">
      <h2 id="comments-title">${t("idea.commentsTitle",{count:i.length})}</h2>
      ${i.length===0&&n`<p>${t("idea.noComments")}</p>`}
      <ul class="comments">
        ${i.map(o=>n`
          <li key=${o.id}>
            <article class="comment">
              <p class="meta"><strong>${o.author_name||t("idea.anonymous")}</strong> <span>${_(o.created)}</span> <${O} item=${o} /></p>
              <p class="body">${o.body}</p>
              ${o.sync==="synced"&&o.author!==v.value?.id&&(r.has(o.id)?n`<p class="hint">${t("report.done")}</p>`:n`<${ge} target=${{comment:o.id}} id=${"report-"+o.id} label=${t("report.comment")} />`)}
            </article>
          </li>`)}
      </ul>
      ${ze(e)?n`<${_t} idea=${e} />`:n`<p class="hint">${t("idea.commentsClosed")}</p>`}
    </section>`}function Tt(e,i){let[r,o]=u(null);return I(()=>{if(!i||!navigator.onLine)return;A(`/api/collections/ideas/records/${encodeURIComponent(e)}?expand=comments_via_idea,status_changes_via_idea.organization,endorsements_via_idea.organization`).then(o).catch(()=>o({missing:!0}))},[e,i]),r}var tt=(e,i)=>e.created<i.created?-1:1;function Bt(e){let i=k.value.ideas.get(e),r=Tt(e,z.value&&!i),o=Me.value;if(i)return{idea:i,comments:(k.value.comments.get(e)||[]).filter(s=>s.sync!=="rejected"),history:k.value.history.get(e)||[],endorsements:k.value.endorsements.get(e)||[],organizationName:s=>o.get(s.organization)?.name};if(!r||r.missing)return r;let{expand:a={},...l}=r;return{idea:{...l,sync:"synced"},comments:(a.comments_via_idea||[]).filter(s=>s.state==="visible").sort(tt).map(s=>({...s,sync:"synced"})),history:(a.status_changes_via_idea||[]).sort(tt),endorsements:a.endorsements_via_idea||[],organizationName:s=>s.expand?.organization?.name||o.get(s.organization)?.name}}function Rt({id:e}){let i=Bt(e),r=i?.idea;w(r?.title||t("nav.ideas"));let o=!r&&(!z.value||i===null&&navigator.onLine);if(y(!o),!r)return o?n`<p>${t("common.loading")}</p>`:n`<${ue} />`;let a=D.value.get(r.region)?.name,l=P.value.get(r.service),s=r.merged_into&&k.value.ideas.get(r.merged_into),d=r.author&&r.author===v.value?.id;return n`
    <p><a href="/ideas">${t("idea.back")}</a></p>
    <article class="idea">
      <h1 tabindex="-1">${r.title}</h1>
      <p class="meta">
        <${F} status=${r.status} /> <${O} item=${r} />
        <span>${t("idea.by",{name:r.author_name||t("idea.anonymous")})}</span>
        ${a&&n`<span>${a}</span>`}
        <span>${_(r.created)}</span>
      </p>
      ${!R.value&&n`<p class="notice">${t("idea.chooseRegion")} <a href="/region">${t("region.title")}</a></p>`}
      ${r.sync==="pending"&&n`<p class="notice notice-pending">${t("idea.pendingNote")}</p>`}
      ${r.sync==="rejected"&&n`
        <div class="notice notice-error"><${Z} error=${r.mutation.error} /> <a href="/mine">${t("notice.review")}</a></div>`}
      ${r.status==="submitted"&&n`<p class="notice">${t("idea.awaitingModeration")}</p>`}
      ${r.status==="merged"&&n`
        <p class="notice">${t("idea.merged")} ${s?n`<a href=${"/ideas/"+s.id}>${s.title}</a>`:n`<a href=${"/ideas/"+r.merged_into}>${t("idea.mergedUnknown")}</a>`}</p>`}
      <div class="body">${r.body}</div>
      ${(l||r.topic)&&n`
        <p class="meta">
          ${l&&n`<span>${t("idea.service")} <a href=${"/services/"+l.id}>${l.name}</a></span>`}
          ${r.topic&&n`<span>${t("idea.topic")} ${t("topic."+r.topic)}</span>`}
        </p>`}
      ${r.sync!=="rejected"&&n`<${It} idea=${r} />`}
      <${St} endorsements=${i.endorsements} organizationName=${i.organizationName} />
      <${xt} history=${i.history} organizationName=${i.organizationName} />
      ${r.sync==="synced"&&n`<${zt} idea=${r} comments=${i.comments} />`}
      ${r.sync==="synced"&&d&&r.hidden&&navigator.onLine&&n`<${et} idea=${r} />`}
      ${r.sync==="synced"&&!d&&(k.value.reported.has(r.id)?n`<p class="hint">${t("report.done")}</p>`:n`<${ge} target=${{idea:r.id}} id="report-idea" label=${t("report.idea")} />`)}
    </article>`}function Dt(e,i){let[r,o]=u({items:[],offline:!1});return I(()=>{if(!i||e.trim().length<12){o({items:[],offline:!1});return}let a=!0,l=setTimeout(()=>{let s=[...k.value.ideas.values()].filter(d=>d.sync==="synced"&&d.status&&d.status!=="submitted");Xe(e,i.id,s).then(d=>a&&o(d)).catch(()=>{})},600);return()=>{a=!1,clearTimeout(l)}},[e,i?.id]),r}function Et({similar:e}){let i=e.items.map(r=>k.value.ideas.get(r.id)||{...r,sync:"synced"});return n`
    <section class="similar" aria-labelledby="similar-title">
      <h2 id="similar-title">${t("newIdea.similarTitle")}</h2>
      <div role="status">
        ${i.length===0?n`<p class="hint">${t("newIdea.similarNone")}</p>`:n`<p>${t(e.offline?"newIdea.similarFoundOffline":"newIdea.similarFound",{count:i.length})}</p>`}
      </div>
      <ul class="ideas">
        ${i.map(r=>{let o=k.value.voted.get(r.id);return n`
            <li key=${r.id}>
              <article class="idea-card">
                <h3 class="idea-title"><a href=${"/ideas/"+r.id}>${r.title}</a></h3>
                <p class="meta"><${F} status=${r.status} /> <span>${t("ideas.votes",{count:r.votes_count||0})}</span></p>
                ${o?.voted?n`<p>${t("idea.youVoted")}</p>`:!re(r)&&n`
                    <button type="button" class="secondary" onClick=${()=>ae(r.id)}>
                      ${t("newIdea.supportInstead")}<span class="visually-hidden">: ${r.title}</span>
                    </button>`}
              </article>
            </li>`})}
      </ul>
    </section>`}function At({title:e,body:i}){let r={};return e.trim().length<b.title[0]&&(r.title=t("hint.titleShort",{min:b.title[0]})),i.trim().length<b.body[0]&&(r.body=t("hint.bodyShort",{min:b.body[0]})),r}function Lt(){let e=R.value;w(t("newIdea.title")),y(z.value);let[i,r]=u({title:"",body:"",where:"place",service:"",topic:""}),[o,a]=u({}),l=Dt(i.title+" "+i.body,e);if(!e)return n`<h1 tabindex="-1">${t("newIdea.title")}</h1><p>${t("region.needed")}</p><${V} after="/ideas/new" />`;let s=m=>h=>{let{value:c}=h.currentTarget;r(T=>({...T,[m]:c}))},d=D.value.get(e.parent)?.name,p=fe(U.services.value,e).sort((m,h)=>m.name.localeCompare(h.name,"de")),$=async m=>{m.preventDefault();let h=At(i);if(a(h),Object.keys(h).length){document.getElementById(h.title?"idea-title":"idea-body")?.focus();return}let c=await Oe({title:i.title.trim(),body:i.body.trim(),region:i.where==="district"&&e.parent?e.parent:e.id,service:i.service,topic:i.topic});j("/ideas/"+c)};return n`
    <h1 tabindex="-1">${t("newIdea.title")}</h1>
    <p>${t("hint.newIdea")}</p>
    <form class="stack" onSubmit=${$} noValidate>
      <${E} id="idea-title" label=${t("newIdea.titleLabel")} hint=${t("hint.title",{min:b.title[0],max:b.title[1]})}
        error=${o.title} control=${m=>n`
          <input ...${m} type="text" required maxLength=${b.title[1]} value=${i.title} onInput=${s("title")} />`} />
      <${E} id="idea-body" label=${t("newIdea.bodyLabel")} hint=${t("hint.body",{min:b.body[0],max:b.body[1]})}
        error=${o.body} control=${m=>n`
          <textarea ...${m} rows="8" required maxLength=${b.body[1]} value=${i.body} onInput=${s("body")}></textarea>`} />
      <${Et} similar=${l} />
      ${e.parent&&n`
        <${E} id="idea-where" label=${t("newIdea.whereLabel")} hint=${t("hint.where")} control=${m=>n`
          <select ...${m} value=${i.where} onChange=${s("where")}>
            <option value="place">${e.name}</option>
            <option value="district">${t("newIdea.wholeDistrict",{name:d||""})}</option>
          </select>`} />`}
      <${E} id="idea-service" label=${t("newIdea.serviceLabel")} hint=${t("hint.service")} control=${m=>n`
        <select ...${m} value=${i.service} onChange=${s("service")}>
          <option value="">${t("newIdea.none")}</option>
          ${p.map(h=>n`<option value=${h.id}>${h.name}</option>`)}
        </select>`} />
      <${E} id="idea-topic" label=${t("newIdea.topicLabel")} hint=${t("hint.topic")} control=${m=>n`
        <select ...${m} value=${i.topic} onChange=${s("topic")}>
          <option value="">${t("newIdea.none")}</option>
          ${te.map(h=>n`<option value=${h}>${t("topic."+h)}</option>`)}
        </select>`} />
      ${!v.value&&n`<p class="hint">${t("hint.signedOut")}</p>`}
      <button type="submit">${t("newIdea.submit")}</button>
    </form>`}var rt={"idea.create":[["title","newIdea.titleLabel","input"],["body","newIdea.bodyLabel","textarea"]],"comment.create":[["body","idea.commentLabel","textarea"]],"feedback.create":[["text","rate.text","textarea"]],"report.create":[["note","report.note","textarea"]]};function nt(e){let i=r=>k.value.ideas.get(r)?.title||t("mine.unknownIdea");switch(e.type){case"idea.create":return t("mine.what.idea",{title:e.args.title});case"comment.create":return t("mine.what.comment",{title:i(e.args.idea)});case"vote.cast":return t("mine.what.vote",{title:i(e.args.idea)});case"vote.retract":return t("mine.what.retract",{title:i(e.args.idea)});case"feedback.create":return t("mine.what.feedback",{name:P.value.get(e.args.service)?.name||"",rating:e.args.rating});case"report.create":return t("mine.what.report");default:return e.type}}function Ct({mutation:e,onDone:i}){let r=rt[e.type]||[],[o,a]=u(Object.fromEntries(r.map(([s])=>[s,e.args[s]||""])));return n`
    <form class="stack fix" onSubmit=${async s=>{s.preventDefault(),await je(e.id,o),i()}}>
      ${r.map(([s,d,p])=>{let $=`fix-${e.id}-${s}`,m={id:$,value:o[s],onInput:h=>a({...o,[s]:h.currentTarget.value})};return n`
          <div class="field">
            <label for=${$}>${t(d)}</label>
            ${p==="input"?n`<input type="text" maxLength=${b.title[1]} ...${m} />`:n`<textarea rows="4" ...${m}></textarea>`}
          </div>`})}
      <button type="submit">${t("mine.sendAgain")}</button>
    </form>`}function it({mutation:e}){let[i,r]=u(!1),o=e.state==="rejected",a=o&&rt[e.type];return n`
    <li class=${o?"queued rejected":"queued"}>
      <p><span>${nt(e)}</span> <${O} item=${{sync:e.state}} /></p>
      ${o&&n`<${Z} error=${e.error} />`}
      <div class="inline">
        ${a&&!i&&n`<button type="button" onClick=${()=>r(!0)}>${t("mine.fix")}</button>`}
        <button type="button" class="secondary" onClick=${()=>Pe(e.id)}>
          ${t("mine.discard")}<span class="visually-hidden">: ${nt(e)}</span>
        </button>
      </div>
      ${i&&n`<${Ct} mutation=${e} onDone=${()=>r(!1)} />`}
    </li>`}function Mt(){w(t("mine.title")),y(z.value);let e=v.value,{mutations:i,ideas:r,comments:o,feedback:a,voted:l}=k.value,s=i.filter(c=>c.state==="rejected"),d=i.filter(c=>c.state==="pending"),p=[...r.values()].filter(c=>c.sync==="synced"&&e&&c.author===e.id),$=[...o.values()].flat().filter(c=>c.sync==="synced"&&e&&c.author===e.id),m=a.filter(c=>c.sync==="synced"),h=[...l.entries()].filter(([,c])=>c.voted&&c.sync==="synced").map(([c])=>r.get(c)).filter(Boolean);return n`
    <h1 tabindex="-1">${t("mine.title")}</h1>
    ${!e&&n`<p>${t("mine.signedOut")} <a href=${W()}>${t("nav.signIn")}</a></p>`}
    <section aria-labelledby="rejected-title">
      <h2 id="rejected-title">${t("mine.rejected")}</h2>
      ${s.length===0?n`<p>${t("mine.noneRejected")}</p>`:n`
        <p>${t("mine.rejectedHelp")}</p>
        <ul class="plain">${s.map(c=>n`<${it} key=${c.id} mutation=${c} />`)}</ul>`}
    </section>
    <section aria-labelledby="pending-title">
      <h2 id="pending-title">${t("mine.pending")}</h2>
      ${d.length===0?n`<p>${t("mine.nonePending")}</p>`:n`
        <ul class="plain">${d.map(c=>n`<${it} key=${c.id} mutation=${c} />`)}</ul>`}
    </section>
    ${e&&n`
      <section aria-labelledby="my-ideas-title">
        <h2 id="my-ideas-title">${t("mine.ideas")}</h2>
        ${p.length===0?n`<p>${t("mine.none")}</p>`:n`
          <ul class="plain">${p.map(c=>n`
            <li key=${c.id}><a href=${"/ideas/"+c.id}>${c.title}</a> <${F} status=${c.status} /></li>`)}</ul>`}
      </section>
      <section aria-labelledby="my-comments-title">
        <h2 id="my-comments-title">${t("mine.comments")}</h2>
        ${$.length===0?n`<p>${t("mine.none")}</p>`:n`
          <ul class="plain">${$.map(c=>n`
            <li key=${c.id}>${t("mine.commentOn")} <a href=${"/ideas/"+c.idea}>${r.get(c.idea)?.title||t("mine.unknownIdea")}</a>: ${c.body}
              ${c.state==="hidden"&&n` <span class="badge">${t("mine.hidden")}</span>`}</li>`)}</ul>`}
      </section>
      <section aria-labelledby="my-votes-title">
        <h2 id="my-votes-title">${t("mine.votes")}</h2>
        ${h.length===0?n`<p>${t("mine.none")}</p>`:n`
          <ul class="plain">${h.map(c=>n`<li key=${c.id}><a href=${"/ideas/"+c.id}>${c.title}</a></li>`)}</ul>`}
      </section>
      <section aria-labelledby="my-feedback-title">
        <h2 id="my-feedback-title">${t("mine.feedback")}</h2>
        ${m.length===0?n`<p>${t("mine.none")}</p>`:n`
          <ul class="plain">${m.map(c=>n`
            <li key=${c.id}><a href=${"/services/"+c.service}>${P.value.get(c.service)?.name||""}</a>:
              ${t("service.myRating",{rating:c.rating,date:_(c.created)})}</li>`)}</ul>`}
      </section>
      ${U.reports.value.length>0&&n`
        <section aria-labelledby="my-reports-title">
          <h2 id="my-reports-title">${t("mine.reports")}</h2>
          <p>${t("mine.reportsCount",{count:U.reports.value.length})}</p>
        </section>`}`}`}async function ot(e){if(!R.value&&e.home_region){let i=D.value.get(e.home_region)||await A(`/api/collections/regions/records/${encodeURIComponent(e.home_region)}`).catch(()=>null);i&&Te(i)}Ne()}function Nt(){let e=se.value.query.get("next")||"/";return e.startsWith("/")&&!e.startsWith("//")?e:"/"}function at(e){if(e instanceof X){let i=de(e);return{fields:i,message:Object.keys(i).length?t("account.fixFields"):e.message}}return{fields:{},message:t("account.offline")}}function st({message:e}){return n`<div role="alert">${e&&n`<p class="error">${e}</p>`}</div>`}function Ot(){w(t("signIn.title")),y(!0);let[e,i]=u(""),[r,o]=u(""),[a,l]=u({fields:{},message:"",busy:!1}),s=async d=>{d.preventDefault(),l({fields:{},message:"",busy:!0});try{await ot(await Le(e.trim(),r)),j(Nt())}catch(p){let $=at(p);p instanceof X&&p.status===400&&!Object.keys($.fields).length&&($.message=t("signIn.wrong")),l({...$,busy:!1})}};return n`
    <h1 tabindex="-1">${t("signIn.title")}</h1>
    ${v.value&&!Ae.value&&n`<p>${t("nav.signedInAs",{name:v.value.display_name})}</p>`}
    <p>${t("signIn.intro")}</p>
    <form class="stack" onSubmit=${s}>
      <${st} message=${a.message} />
      <${E} id="signin-email" label=${t("account.email")} error=${a.fields.identity} control=${d=>n`
        <input ...${d} type="email" autocomplete="username" required value=${e} onInput=${p=>i(p.currentTarget.value)} />`} />
      <${E} id="signin-password" label=${t("account.password")} error=${a.fields.password} control=${d=>n`
        <input ...${d} type="password" autocomplete="current-password" required value=${r}
          onInput=${p=>o(p.currentTarget.value)} />`} />
      <button type="submit" disabled=${a.busy}>${t("signIn.submit")}</button>
    </form>
    <p>${t("signIn.noAccount")} <a href="/signup">${t("signUp.title")}</a></p>`}function Ft(){w(t("signUp.title")),y(!0);let[e,i]=u({displayName:"",email:"",password:"",passwordConfirm:""}),[r,o]=u({fields:{},message:"",busy:!1}),a=s=>d=>{let{value:p}=d.currentTarget;i($=>({...$,[s]:p}))},l=async s=>{s.preventDefault(),o({fields:{},message:"",busy:!0});try{let d=await Ce({...e,email:e.email.trim(),displayName:e.displayName.trim(),homeRegion:R.value?.id,locale:oe.value});await ot(d),j("/")}catch(d){o({...at(d),busy:!1})}};return n`
    <h1 tabindex="-1">${t("signUp.title")}</h1>
    <p>${t("signUp.intro")}</p>
    <form class="stack" onSubmit=${l}>
      <${st} message=${r.message} />
      <${E} id="signup-name" label=${t("account.displayName")}
        hint=${t("hint.displayName",{min:b.displayName[0],max:b.displayName[1]})}
        error=${r.fields.display_name} control=${s=>n`
          <input ...${s} type="text" autocomplete="nickname" required minLength=${b.displayName[0]} maxLength=${b.displayName[1]}
            value=${e.displayName} onInput=${a("displayName")} />`} />
      <${E} id="signup-email" label=${t("account.email")} hint=${t("hint.email")} error=${r.fields.email} control=${s=>n`
        <input ...${s} type="email" autocomplete="email" required value=${e.email} onInput=${a("email")} />`} />
      <${E} id="signup-password" label=${t("account.password")} hint=${t("hint.password",{min:b.password[0]})}
        error=${r.fields.password} control=${s=>n`
          <input ...${s} type="password" autocomplete="new-password" required minLength=${b.password[0]}
            value=${e.password} onInput=${a("password")} />`} />
      <${E} id="signup-password-confirm" label=${t("account.passwordConfirm")} error=${r.fields.passwordConfirm}
        control=${s=>n`
          <input ...${s} type="password" autocomplete="new-password" required value=${e.passwordConfirm} onInput=${a("passwordConfirm")} />`} />
      <button type="submit" disabled=${r.busy}>${t("signUp.submit")}</button>
    </form>
    <p>${t("signUp.haveAccount")} <a href="/signin">${t("signIn.title")}</a></p>`}var ve="barrierefreiheit@mitwirken.example";var lt={de:()=>import("./chunk-KBKXXA7O.js"),en:()=>import("./chunk-Y5DFT3V5.js"),"de-simple":()=>import("./chunk-3AYMT2UF.js")},Q={};function dt(){let e=oe.value,[,i]=u(0),r=Q.de&&Q[e];return I(()=>{r||Promise.all([lt.de(),lt[e]()]).then(([o,a])=>{Q.de=o.default,Q[e]=a.default,i(l=>l+1)})},[e]),r?(o,a={})=>{let l=Q[e][o]??Q.de[o];return typeof l=="string"?l.replace(/\{(\w+)\}/g,(s,d)=>a[d]??s):l}:null}function ct({sections:e}){return e.map(([i,r])=>n`
    <section>
      <h2>${i}</h2>
      ${r.map(o=>n`<p>${o}</p>`)}
    </section>`)}function Vt(){w(t("help.title"));let e=dt();return y(e),n`
    <h1 tabindex="-1">${t("help.title")}</h1>
    ${e?n`<${ct} sections=${e("help.sections")} />`:n`<p>${t("common.loading")}</p>`}
    <p><a href="/accessibility">${t("nav.accessibility")}</a></p>`}function qt(){w(t("nav.accessibility"));let e=dt();if(y(e),!e)return n`<h1 tabindex="-1">${t("nav.accessibility")}</h1><p>${t("common.loading")}</p>`;let i=encodeURIComponent(e("a11y.mailSubject"));return n`
    <h1 tabindex="-1">${e("a11y.title")}</h1>
    <${ct} sections=${e("a11y.sections")} />
    <section aria-labelledby="a11y-feedback">
      <h2 id="a11y-feedback">${e("a11y.feedbackTitle")}</h2>
      <p>${e("a11y.feedbackText")}</p>
      <ul>
        <li><a href=${`mailto:${ve}?subject=${i}`}>${e("a11y.feedbackMail",{email:ve})}</a></li>
        <li><a href="/ideas/new">${e("a11y.feedbackIdea")}</a></li>
      </ul>
    </section>
    <section aria-labelledby="a11y-enforcement">
      <h2 id="a11y-enforcement">${e("a11y.enforcementTitle")}</h2>
      <p>${e("a11y.enforcementText")}</p>
    </section>`}function Ut(){return Promise.all([K("ideas","status='submitted'",{sort:"created"}),K("reports","dismissed=false",{expand:"idea,comment",sort:"created"}),K("ideas","hidden=true"),K("comments","state='hidden'")]).then(([e,i,r,o])=>({submitted:e,reports:i,hiddenIdeas:r,hiddenComments:o}))}var pt=(e,i)=>`/api/collections/${e}/records/${encodeURIComponent(i)}`;function ye({kind:e,record:i,done:r}){let o=`hide-${e}-${i.id}`,[a,l]=u(""),[s,d]=u(""),[p,$]=u(!1),{error:m,busy:h,run:c}=q(r);return n`
    <form class="stack workspace-form" onSubmit=${f=>{if(f.preventDefault(),!a){$(!0),document.getElementById(o+"-reason")?.focus();return}$(!1);let M=e==="ideas"?{hidden:!0}:{state:"hidden"};c(()=>x(pt(e,i.id),{method:"PATCH",body:{...M,moderation_reason:a,moderation_note:s.trim()}}))}} noValidate>
      <div class="field">
        <label for=${o+"-reason"}>${t("workspace.hideReason")}</label>
        ${p&&n`<p class="error" id=${o+"-missing"}>${t("report.reasonRequired")}</p>`}
        <select id=${o+"-reason"} value=${a} aria-invalid=${p?"true":void 0}
          aria-describedby=${p?o+"-missing":void 0} onChange=${f=>l(f.currentTarget.value)}>
          <option value="">${t("report.choose")}</option>
          ${ie.map(f=>n`<option value=${f}>${t("report.reason."+f)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for=${o+"-note"}>${t("workspace.hideNote")}</label>
        <textarea id=${o+"-note"} rows="2" maxLength=${b.note[1]} value=${s}
          onInput=${f=>d(f.currentTarget.value)}></textarea>
      </div>
      <${S} error=${m} id=${o+"-error"} />
      <button type="submit" disabled=${h}>${t("workspace.hide")}</button>
    </form>`}function Pt({idea:e,organization:i,done:r}){let{error:o,busy:a,run:l}=q(r),s=()=>l(()=>x("/api/collections/status_changes/records",{method:"POST",body:{idea:e.id,to:"published",actor:v.value.id,organization:i}}));return n`
    <${S} error=${o} id=${"publish-"+e.id+"-error"} />
    <button type="button" disabled=${a} onClick=${s}>${t("workspace.publish")}</button>`}function ut({kind:e,record:i,done:r}){let{error:o,busy:a,run:l}=q(r),s=e==="ideas"?{hidden:!1}:{state:"visible"};return n`
    <${S} error=${o} id=${"restore-"+i.id+"-error"} />
    <button type="button" class="secondary" disabled=${a}
      onClick=${()=>l(()=>x(pt(e,i.id),{method:"PATCH",body:s}))}>${t("workspace.restore")}</button>`}function we({idea:e}){return n`
    <h4><a href=${"/ideas/"+e.id}>${e.title}</a></h4>
    <p class="meta">${t("idea.by",{name:e.author_name||t("idea.anonymous")})} · ${_(e.created)}</p>
    <p>${e.body}</p>`}function mt({record:e}){if(!e.moderation_reason&&!e.moderation_note)return null;let i=e.moderation_reason?t("report.reason."+e.moderation_reason):"";return n`<p>${t("workspace.hiddenBecause")} ${[i,e.moderation_note].filter(Boolean).join(": ")}</p>`}function jt({report:e,done:i}){let r=e.expand?.idea,o=e.expand?.comment,a=t("report.reason."+e.reason)+(e.note?": "+e.note:"");return n`
    <li class="workspace-item">
      <p><strong>${t("workspace.reportedFor")}</strong> ${a} · ${_(e.created)}</p>
      ${r&&n`<${we} idea=${r} />`}
      ${o&&n`<h4>${t("workspace.comment",{name:o.author_name||t("idea.anonymous")})}</h4><p>${o.body}</p>`}
      ${r&&!r.hidden&&n`<${ye} kind="ideas" record=${r} done=${i} />`}
      ${o&&o.state!=="hidden"&&n`<${ye} kind="comments" record=${o} done=${i} />`}
    </li>`}function pe({id:e,title:i,items:r,empty:o,children:a}){return n`
    <section aria-labelledby=${e}>
      <h3 id=${e}>${i} (${r.length})</h3>
      ${r.length===0?n`<p class="muted">${o}</p>`:n`<ul class="plain workspace-list">${a}</ul>`}
    </section>`}function $t({organization:e}){let{data:i,error:r,reload:o}=N(Ut);return n`
    <section aria-labelledby="moderation-title">
      <h2 id="moderation-title">${t("workspace.moderationTitle")}</h2>
      <${S} error=${r} id="moderation-error" />
      ${i?n`
        <${pe} id="submitted-title" title=${t("workspace.submitted")} items=${i.submitted} empty=${t("workspace.noneSubmitted")}>
          ${i.submitted.map(a=>n`
            <li key=${a.id} class="workspace-item">
              <${we} idea=${a} />
              <${Pt} idea=${a} organization=${e} done=${o} />
              <${ye} kind="ideas" record=${a} done=${o} />
            </li>`)}
        <//>
        <${pe} id="reports-title" title=${t("workspace.reports")} items=${i.reports} empty=${t("workspace.noneReports")}>
          ${i.reports.map(a=>n`<${jt} key=${a.id} report=${a} done=${o} />`)}
        <//>
        <${pe} id="hidden-ideas-title" title=${t("workspace.hiddenIdeas")} items=${i.hiddenIdeas} empty=${t("workspace.noneHidden")}>
          ${i.hiddenIdeas.map(a=>n`
            <li key=${a.id} class="workspace-item">
              <${we} idea=${a} />
              <${mt} record=${a} />
              <${ut} kind="ideas" record=${a} done=${o} />
            </li>`)}
        <//>
        <${pe} id="hidden-comments-title" title=${t("workspace.hiddenComments")} items=${i.hiddenComments} empty=${t("workspace.noneHidden")}>
          ${i.hiddenComments.map(a=>n`
            <li key=${a.id} class="workspace-item">
              <h4>${t("workspace.comment",{name:a.author_name||t("idea.anonymous")})}</h4>
              <p>${a.body}</p>
              <${mt} record=${a} />
              <${ut} kind="comments" record=${a} done=${o} />
            </li>`)}
        <//>`:!r&&n`<p>${t("common.loading")}</p>`}
    </section>`}var Kt={published:["in_review"],in_review:["accepted","declined"],accepted:["in_progress"],in_progress:["implemented"]},Ht="status!='submitted' && status!='implemented' && status!='declined' && status!='merged'";function Zt({idea:e,organization:i,done:r}){let o="move-"+e.id,a=Kt[e.status]||[],[l,s]=u(a[0]||""),[d,p]=u(""),[$,m]=u(!1),{error:h,busy:c,run:T}=q(r);if(!a.length)return null;let f=L=>{if(L.preventDefault(),!d.trim()){m(!0),document.getElementById(o+"-response")?.focus();return}m(!1),T(()=>x("/api/collections/status_changes/records",{method:"POST",body:{idea:e.id,to:l,response:d.trim(),actor:v.value.id,organization:i}}))},M=[o+"-hint",$&&o+"-missing"].filter(Boolean).join(" ");return n`
    <form class="stack workspace-form" onSubmit=${f} noValidate>
      <div class="field">
        <label for=${o+"-to"}>${t("workspace.nextStatus")}</label>
        <select id=${o+"-to"} value=${l} onChange=${L=>s(L.currentTarget.value)}>
          ${a.map(L=>n`<option value=${L}>${t("status."+L)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for=${o+"-response"}>${t("workspace.response")}</label>
        <p class="hint" id=${o+"-hint"}>${t("workspace.responseHint")}</p>
        ${$&&n`<p class="error" id=${o+"-missing"}>${t("workspace.responseRequired")}</p>`}
        <textarea id=${o+"-response"} rows="3" maxLength="5000" required value=${d}
          aria-describedby=${M} aria-invalid=${$?"true":void 0}
          onInput=${L=>p(L.currentTarget.value)}></textarea>
      </div>
      <${S} error=${h} id=${o+"-error"} />
      <button type="submit" disabled=${c}>${t("workspace.move")}</button>
    </form>`}function Wt({regionId:e}){let{data:i,error:r}=N(()=>x(`/api/regions/${encodeURIComponent(e)}/responsiveness`)),o=D.value.get(e)?.name||"";if(r)return n`<${S} error=${r} id=${"responsiveness-"+e+"-error"} />`;if(!i)return n`<p>${t("common.loading")}</p>`;let a=l=>l==null?t("workspace.noValue"):t("workspace.days",{count:Math.round(l)});return n`
    <dl class="workspace-figures">
      ${o&&n`<dt>${t("workspace.region")}</dt><dd>${o}</dd>`}
      <dt>${t("workspace.median")}</dt><dd>${a(i.median_days_to_response)}</dd>
      <dt>${t("workspace.unanswered")}</dt><dd>${i.unanswered??0}</dd>
      <dt>${t("workspace.oldest")}</dt><dd>${i.unanswered?a(i.oldest_unanswered_days):t("workspace.noValue")}</dd>
    </dl>`}function ht({organization:e}){let{data:i,error:r,reload:o}=N(()=>K("ideas",Ht,{sort:"created"})),a=e.regions||[];return n`
    <section aria-labelledby="responsiveness-title">
      <h2 id="responsiveness-title">${t("workspace.responsivenessTitle")}</h2>
      ${a.map(l=>n`<${Wt} key=${l} regionId=${l} />`)}
    </section>
    <section aria-labelledby="open-title">
      <h2 id="open-title">${t("workspace.openTitle")}${i?` (${i.length})`:""}</h2>
      <${S} error=${r} id="open-error" />
      ${i?i.length===0?n`<p class="muted">${t("workspace.noneOpen")}</p>`:n`
        <ul class="plain workspace-list">
          ${i.map(l=>n`
            <li key=${l.id} class="workspace-item">
              <h3><a href=${"/ideas/"+l.id}>${l.title}</a></h3>
              <p class="meta"><${F} status=${l.status} /> ${t("workspace.since",{date:_(l.created)})}</p>
              <${Zt} idea=${l} organization=${e.id} done=${o} />
            </li>`)}
        </ul>`:!r&&n`<p>${t("common.loading")}</p>`}
    </section>`}function Gt(){w(t("workspace.title"));let e=G(),[i,r]=u(!1);I(()=>{e&&v.value&&Ke().catch(()=>{}).finally(()=>r(!0))},[e,v.value?.id]),y(!0);let o=le.value,a=o.find(d=>d.role==="moderator"),l=o.find(d=>d.role==="staff"),s;return v.value?e?!a&&!l?s=n`<p>${i?t("workspace.noRole"):t("common.loading")}</p>`:s=n`
      <p>${t("workspace.intro")}</p>
      ${l&&n`<${ht} organization=${l.expand?.organization||{id:l.organization}} />`}
      ${a&&n`<${$t} organization=${a.organization} />`}`:s=n`<p class="notice notice-offline">${t("workspace.offline")}</p>`:s=n`<p>${t("workspace.signIn")} <a href=${W()}>${t("nav.signIn")}</a></p>`,n`
    <h1 tabindex="-1">${t("workspace.title")}</h1>
    ${s}`}async function Qt(){return(await x("/api/collections/notifications/records?sort=-created&skipTotal=1&perPage=100&expand=idea,target_idea")).items}function Xt({entry:e,done:i}){let{error:r,busy:o,run:a}=q(i),l="notification-"+e.id,s=e.expand?.idea,d=e.expand?.target_idea,p=s?.title||t("inbox.theIdea"),$=d?.title||t("inbox.theIdea"),m=t("inbox.kind."+e.kind,{title:p,target:$,status:e.status?t("status."+e.status):""});return n`
    <li class=${"workspace-item inbox-item"+(e.read?"":" unread")}>
      <p id=${l+"-text"}>${!e.read&&n`<strong>${t("inbox.new")}: </strong>`}${m}</p>
      ${e.reason&&n`<p>${t("inbox.reason")} ${e.reason}</p>`}
      <p class="meta">${_(e.created)}</p>
      <ul class="plain inbox-links">
        ${e.idea&&n`<li><a href=${"/ideas/"+e.idea}>${t("inbox.open",{title:p})}</a></li>`}
        ${e.target_idea&&n`<li><a href=${"/ideas/"+e.target_idea}>${t("inbox.openTarget",{title:$})}</a></li>`}
      </ul>
      ${!e.read&&n`
        <button type="button" class="secondary" disabled=${o} aria-describedby=${l+"-text"}
          onClick=${()=>a(()=>x(`/api/collections/notifications/records/${e.id}`,{method:"PATCH",body:{read:!0}}))}>
          ${t("inbox.markRead")}
        </button>`}
      <${S} error=${r} id=${l+"-error"} />
    </li>`}function Jt(){let e=v.value,[i,r]=u(null),[o,a]=u(!1),[l,s]=u(null),[d,p]=u(!1);I(()=>{x(`/api/collections/users/records/${e.id}`).then(m=>r(!!m.email_opt_out),s)},[e.id]);let $=async m=>{let h=m.currentTarget.checked,c=i;r(!h),p(!0),a(!1),s(null);try{let T=await x(`/api/collections/users/records/${e.id}`,{method:"PATCH",body:{email_opt_out:!h}});r(!!T.email_opt_out),a(!0)}catch(T){r(c),s(T)}finally{p(!1)}};return n`
    <section aria-labelledby="inbox-settings-title">
      <h2 id="inbox-settings-title">${t("inbox.settingsTitle")}</h2>
      ${i===null&&!l?n`<p>${t("common.loading")}</p>`:n`
        <div class="field">
          <label class="choice">
            <input type="checkbox" id="inbox-email" checked=${i===!1} disabled=${d||i===null}
              aria-describedby="inbox-email-hint" onChange=${$} />
            ${t("inbox.email")}
          </label>
          <p class="hint" id="inbox-email-hint">${t("inbox.emailHint")}</p>
        </div>`}
      <p role="status" class="muted">${o?t("inbox.saved"):""}</p>
      <${S} error=${l} id="inbox-email-error" />
    </section>`}function Yt(){let{data:e,error:i,reload:r}=N(Qt);return n`
    <section aria-labelledby="inbox-list-title">
      <h2 id="inbox-list-title">${t("inbox.listTitle")}</h2>
      <${S} error=${i} id="inbox-error" />
      ${e?e.length===0?n`<p class="muted">${t("inbox.none")}</p>`:n`
        <ul class="plain workspace-list">
          ${e.map(o=>n`<${Xt} key=${o.id} entry=${o} done=${r} />`)}
        </ul>`:!i&&n`<p>${t("common.loading")}</p>`}
    </section>`}function en(){w(t("inbox.title"));let e=G();y(!0);let i;return v.value?e?i=n`<${Yt} key=${v.value.id} /><${Jt} key=${"email-"+v.value.id} />`:i=n`<p class="notice notice-offline">${t("inbox.offline")}</p>`:i=n`<p>${t("inbox.signIn")} <a href=${W()}>${t("nav.signIn")}</a></p>`,n`
    <h1 tabindex="-1">${t("inbox.title")}</h1>
    ${i}`}async function tn(){let e=new URLSearchParams({filter:"shared_solution=true",sort:"-updated",skipTotal:"1",perPage:"100"});return(await x(`/api/collections/ideas/records?${e}`)).items}function nn({solution:e,organization:i}){let r="adopt-"+e.id,[o,a]=u(null),[l,s]=u(!1),[d,p]=u(null),$=i.regions[0],m=async()=>{s(!0),a(null);try{let h=await x("/api/collections/adoptions/records",{method:"POST",body:{origin:e.id,region:$,organization:i.id,by:v.value.id}});p(h),setTimeout(()=>document.getElementById(r+"-done")?.focus(),0)}catch(h){a(h)}finally{s(!1)}};return d?n`
      <p id=${r+"-done"} tabindex="-1" role="status">
        ${t("solutions.adopted")} <a href=${"/ideas/"+d.idea}>${t("solutions.openAdopted")}</a>
      </p>`:n`
    <button type="button" disabled=${l} aria-describedby=${"solution-"+e.id+"-title"} onClick=${m}>
      ${t("solutions.adopt")}
    </button>
    <${S} error=${o} id=${r+"-error"} />`}function rn(){w(t("solutions.title"));let e=G();y(!0);let{data:i,error:r}=N(tn),a=le.value.find(s=>s.role==="staff"&&s.expand?.organization?.regions?.length)?.expand.organization,l;return e?r?l=n`<${S} error=${r} id="solutions-error" />`:i?i.length===0?l=n`<p class="muted">${t("solutions.none")}</p>`:l=n`
      <ul class="plain workspace-list">
        ${i.map(s=>n`
          <li key=${s.id} class="workspace-item">
            <h2 id=${"solution-"+s.id+"-title"}><a href=${"/ideas/"+s.id}>${s.title}</a></h2>
            <p class="meta">${t("solutions.from",{region:D.value.get(s.region)?.name||"–",date:_(s.updated)})}</p>
            ${a&&!a.regions.includes(s.region)&&n`
              <${nn} solution=${s} organization=${a} />`}
          </li>`)}
      </ul>`:l=n`<p>${t("common.loading")}</p>`:l=n`<p class="notice notice-offline">${t("solutions.offline")}</p>`,n`
    <h1 tabindex="-1">${t("solutions.title")}</h1>
    <p>${t("solutions.intro")}</p>
    ${l}`}Be(He);export{qt as Accessibility,Vt as Help,Rt as Idea,Lt as IdeaNew,kt as Ideas,en as Inbox,Mt as Mine,vt as Service,gt as Services,Ot as SignIn,Ft as SignUp,rn as Solutions,Gt as Workspace};
