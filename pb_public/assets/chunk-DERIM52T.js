import{$ as w,A as v,B as Ne,D as Oe,E as Fe,H as N,J as T,L,M as U,N as Ve,O as x,R as qe,S as ae,T as de,U as Pe,V as je,W as Ue,X as le,Y as We,Z as He,b as c,ba as ce,c as z,ca as W,e as Be,ea as ue,f as _e,ga as Ke,h as i,ha as Ze,i as K,j as ie,ja as k,k as Re,ka as F,l as re,la as V,m as f,ma as S,n as se,na as me,o as De,oa as G,p as C,pa as pe,q as Z,qa as q,r as Ee,ra as P,t as oe,ta as J,ua as $e,v as Ce,x as t,y as D,z as Me}from"./chunk-XLUUB2DX.js";import{a as Y,b as ge,d as A,f as Le,g as Ae}from"./chunk-ABNSK7YK.js";var Ge={"services.title":"Digitale Dienste in {name}","services.intro":"Diese Dienste können Sie online nutzen. Bewerten Sie einen Dienst und sagen Sie uns, wo es Barrieren gibt.","services.topics":"Themenfelder","services.none":"Für diese Gemeinde sind noch keine Dienste eingetragen.","services.noRatings":"Noch keine Bewertungen.","services.rating":{one:"Durchschnitt {mean} von 5 Sternen (1 Bewertung)",other:"Durchschnitt {mean} von 5 Sternen ({count} Bewertungen)"},"services.barriers":"Gemeldete Barrieren:","service.back":"Zurück zu allen Diensten","service.link":"Zum Online-Dienst (externe Seite)","service.summaryTitle":"Bewertungen in {name}","service.mine":"Ihre Bewertung","service.myRating":"{rating} von 5 Sternen, am {date}","rate.title":"Diesen Dienst bewerten","rate.ratingLegend":"Wie gut hat der Dienst für Sie funktioniert?","rate.value1":"1 Stern: sehr schlecht","rate.value2":"2 Sterne: schlecht","rate.value3":"3 Sterne: mittel","rate.value4":"4 Sterne: gut","rate.value5":"5 Sterne: sehr gut","rate.ratingRequired":"Bitte wählen Sie eine Bewertung.","rate.barriersLegend":"Gab es Barrieren?","rate.text":"Was ist Ihnen aufgefallen? (freiwillig)","rate.submit":"Bewertung senden","rate.thanks":"Danke! Ihre Bewertung ist gespeichert.","barrier.screenreader":"Nicht mit Vorlese-Programm nutzbar","barrier.complicated":"Zu kompliziert","barrier.in_person":"Trotzdem persönlich erscheinen","barrier.mobile":"Geht nicht gut auf dem Handy","barrier.language":"Sprache nicht verständlich","ideas.title":"Ideen im {name}","ideas.submitLink":"Eigene Idee einreichen","ideas.searchLabel":"Ideen durchsuchen","ideas.search":"Suchen","ideas.clearSearch":"Suche beenden","ideas.searchShort":"Bitte geben Sie mindestens 3 Zeichen ein.","ideas.searchFailed":"Die Suche hat nicht geklappt. Bitte versuchen Sie es noch einmal.","ideas.resultsTitle":"Suchergebnisse","ideas.results":{one:"1 Idee zu „{q}“ gefunden.",other:"{count} Ideen zu „{q}“ gefunden."},"ideas.resultsOffline":{one:"1 Idee zu „{q}“ gefunden (ohne Verbindung in den gespeicherten Ideen gesucht).",other:"{count} Ideen zu „{q}“ gefunden (ohne Verbindung in den gespeicherten Ideen gesucht)."},"ideas.sortLabel":"Sortieren nach","ideas.sortNew":"Neueste zuerst","ideas.sortTop":"Meiste Unterstützung","ideas.sortStatus":"Stand der Bearbeitung","ideas.scopeLabel":"Welche Ideen","ideas.scopeDistrict":"Ganzer {name}","ideas.scopePlace":"Nur {name} und der ganze Kreis","ideas.listTitle":"Alle Ideen","idea.back":"Zurück zu allen Ideen","idea.by":"von {name}","idea.anonymous":"ohne Namen","idea.chooseRegion":"Wählen Sie Ihre Gemeinde, um alle Ideen Ihrer Region zu sehen und mitzumachen.","idea.pendingNote":"Diese Idee ist auf Ihrem Gerät gespeichert und wird gesendet, sobald eine Verbindung besteht.","idea.awaitingModeration":"Diese Idee wird veröffentlicht, sobald die Moderation sie freigegeben hat.","idea.merged":"Diese Idee wurde zusammengeführt mit:","idea.mergedUnknown":"der anderen Idee","idea.service":"Dienst:","idea.topic":"Themenfeld:","idea.votesTitle":"Unterstützung","idea.vote":"Idee unterstützen","idea.retract":"Unterstützung zurücknehmen","idea.youVoted":"Sie unterstützen diese Idee.","idea.voteAfterSync":"Sobald die Idee gesendet ist, kann sie unterstützt werden.","idea.endorsements":"Unterstützt von Verbänden","idea.unknownOrganization":"Ein Verband","idea.history":"Verlauf und Antworten der Verwaltung","idea.commentsTitle":{one:"1 Kommentar",other:"{count} Kommentare"},"idea.noComments":"Noch keine Kommentare.","idea.commentLabel":"Ihr Kommentar","idea.commentSubmit":"Kommentar senden","idea.commentsClosed":"Zu dieser Idee kann man nicht kommentieren.","report.idea":"Idee melden","report.comment":"Kommentar melden","report.reason":"Grund der Meldung","report.choose":"Bitte wählen","report.reason.spam":"Werbung oder Spam","report.reason.offensive":"Beleidigend","report.reason.personal_data":"Enthält persönliche Daten","report.reason.off_topic":"Gehört nicht hierher","report.reason.other":"Anderer Grund","report.reasonRequired":"Bitte wählen Sie einen Grund.","report.note":"Anmerkung (freiwillig)","report.submit":"Meldung senden","report.done":"Sie haben diesen Beitrag gemeldet. Danke!","newIdea.title":"Idee einreichen","newIdea.titleLabel":"Titel","newIdea.bodyLabel":"Beschreibung","newIdea.whereLabel":"Für welchen Ort?","newIdea.wholeDistrict":"Den ganzen {name}","newIdea.serviceLabel":"Betrifft die Idee einen Dienst? (freiwillig)","newIdea.topicLabel":"Themenfeld (freiwillig)","newIdea.none":"Keine Angabe","newIdea.submit":"Idee einreichen","newIdea.similarTitle":"Ähnliche Ideen","newIdea.similarNone":"Während Sie schreiben, zeigen wir hier ähnliche Ideen, die es schon gibt.","newIdea.similarFound":{one:"Es gibt 1 ähnliche Idee. Vielleicht möchten Sie diese unterstützen?",other:"Es gibt {count} ähnliche Ideen. Vielleicht möchten Sie eine davon unterstützen?"},"newIdea.similarFoundOffline":{one:"In den gespeicherten Ideen gibt es 1 ähnliche Idee.",other:"In den gespeicherten Ideen gibt es {count} ähnliche Ideen."},"newIdea.supportInstead":"Stattdessen unterstützen","hint.newIdea":"Beschreiben Sie, was besser werden soll und warum. Die Verwaltung antwortet öffentlich.","hint.title":"Ein kurzer Satz, {min} bis {max} Zeichen.","hint.body":"Was ist das Problem, was schlagen Sie vor? {min} bis {max} Zeichen.","hint.titleShort":"Der Titel ist zu kurz: bitte mindestens {min} Zeichen.","hint.bodyShort":"Die Beschreibung ist zu kurz: bitte mindestens {min} Zeichen.","hint.where":"Ihre Gemeinde oder der ganze Landkreis.","hint.service":"Zum Beispiel „Wohngeld beantragen“.","hint.topic":"Hilft anderen, Ihre Idee zu finden.","hint.comment":"Bleiben Sie freundlich und sachlich. Höchstens {max} Zeichen.","hint.commentRequired":"Bitte schreiben Sie einen Kommentar.","hint.barriers":"Sie können mehrere ankreuzen.","hint.feedbackText":"Bitte keine persönlichen Daten. Höchstens {max} Zeichen.","hint.reportNote":"Höchstens {max} Zeichen.","hint.signedOut":"Sie sind nicht angemeldet. Ihr Beitrag wird gespeichert und gesendet, sobald Sie sich anmelden.","hint.displayName":"Dieser Name steht bei Ihren Beiträgen. Ein Fantasiename ist in Ordnung. {min} bis {max} Zeichen.","hint.email":"Nur für die Anmeldung. Andere sehen Ihre E-Mail-Adresse nie.","hint.password":"Mindestens {min} Zeichen.","mine.title":"Meine Beiträge","mine.signedOut":"Melden Sie sich an, um Ihre gesendeten Beiträge zu sehen.","mine.rejected":"Nicht angenommen","mine.rejectedHelp":"Der Server hat diese Beiträge nicht angenommen. Sie können sie korrigieren und erneut senden oder verwerfen.","mine.noneRejected":"Keine.","mine.pending":"Warten auf Verbindung","mine.nonePending":"Alle Beiträge sind gesendet.","mine.ideas":"Meine Ideen","mine.comments":"Meine Kommentare","mine.votes":"Ideen, die ich unterstütze","mine.feedback":"Meine Bewertungen","mine.reports":"Meine Meldungen","mine.reportsCount":{one:"Sie haben 1 Beitrag gemeldet.",other:"Sie haben {count} Beiträge gemeldet."},"mine.none":"Noch keine.","mine.commentOn":"Zu","mine.hidden":"ausgeblendet","mine.unknownIdea":"einer Idee","mine.fix":"Korrigieren","mine.discard":"Verwerfen","mine.sendAgain":"Erneut senden","mine.what.idea":"Idee „{title}“","mine.what.comment":"Kommentar zu „{title}“","mine.what.vote":"Unterstützung für „{title}“","mine.what.retract":"Unterstützung für „{title}“ zurücknehmen","mine.what.feedback":"Bewertung von „{name}“: {rating} von 5 Sternen","mine.what.report":"Meldung an die Moderation","account.email":"E-Mail-Adresse","account.password":"Passwort","account.passwordConfirm":"Passwort wiederholen","account.displayName":"Angezeigter Name","account.fixFields":"Bitte prüfen Sie die markierten Angaben.","account.offline":"Keine Verbindung. Zum Anmelden brauchen Sie eine Verbindung.","signIn.title":"Anmelden","signIn.intro":"Melden Sie sich an, um Ideen einzureichen, abzustimmen, zu kommentieren und Dienste zu bewerten.","signIn.submit":"Anmelden","signIn.wrong":"E-Mail-Adresse oder Passwort stimmen nicht.","signIn.noAccount":"Noch kein Konto?","signUp.title":"Konto anlegen","signUp.intro":"Sie brauchen nur eine E-Mail-Adresse und einen Namen. Der Name darf ein Fantasiename sein.","signUp.submit":"Konto anlegen","signUp.haveAccount":"Sie haben schon ein Konto?","topic.arbeit_ruhestand":"Arbeit & Ruhestand","topic.bauen_wohnen":"Bauen & Wohnen","topic.bildung":"Bildung","topic.ein_auswanderung":"Ein- & Auswanderung","topic.engagement_hobby":"Engagement & Hobby","topic.familie_kind":"Familie & Kind","topic.forschung_foerderung":"Forschung & Förderung","topic.gesundheit":"Gesundheit","topic.mobilitaet_reisen":"Mobilität & Reisen","topic.recht_ordnung":"Recht & Ordnung","topic.steuern_zoll":"Steuern & Zoll","topic.umwelt":"Umwelt","topic.unternehmen":"Unternehmen","topic.querschnitt":"Querschnittsleistungen","topic.soziales":"Soziales","error.unknown":"Der Beitrag konnte nicht gespeichert werden.","error.vote_idea_hidden":"Diese Idee ist ausgeblendet; für sie kann nicht abgestimmt werden.","error.vote_idea_not_published":"Diese Idee ist noch nicht veröffentlicht.","error.vote_idea_merged":"Diese Idee wurde mit einer anderen zusammengeführt; stimmen Sie bitte dort ab.","error.vote_idea_declined":"Diese Idee wurde abgelehnt; für sie kann nicht mehr abgestimmt werden.","error.feedback_service_not_offered":"Dieser Dienst wird in dieser Region nicht online angeboten.","error.idea_changed":"Die Idee wurde inzwischen auf dem Server geändert.","error.sync_forbidden":"Dazu sind Sie nicht berechtigt.","error.sync_not_found":"Der Eintrag wurde nicht gefunden.","error.validation_pk_invalid":"Diese Kennung ist ungültig oder schon vergeben.","error.validation_not_unique":"Diesen Eintrag gibt es schon.","error.validation_required":"Bitte ausfüllen.","error.validation_missing_rel_records":"Der verknüpfte Eintrag existiert nicht (mehr).","error.validation_invalid_email":"Bitte geben Sie eine gültige E-Mail-Adresse ein.","error.validation_values_mismatch":"Die Passwörter stimmen nicht überein.","error.report_target_required":"Bitte genau einen Inhalt melden: eine Idee oder einen Kommentar.","workspace.title":"Arbeitsbereich","workspace.intro":"Hier sehen Sie, was in Ihrer Region auf Moderation oder eine Antwort wartet.","workspace.signIn":"Bitte melden Sie sich an, um den Arbeitsbereich zu nutzen.","workspace.noRole":"Der Arbeitsbereich ist für Moderatorinnen und Moderatoren von Verbänden und für Mitarbeitende der Verwaltung.","workspace.offline":"Der Arbeitsbereich braucht eine Verbindung. Bitte versuchen Sie es wieder, sobald Sie online sind.","workspace.moderationTitle":"Moderation","workspace.submitted":"Ideen, die auf Freigabe warten","workspace.noneSubmitted":"Keine Idee wartet auf Freigabe.","workspace.reports":"Offene Meldungen","workspace.noneReports":"Keine offenen Meldungen.","workspace.hiddenIdeas":"Ausgeblendete Ideen","workspace.hiddenComments":"Ausgeblendete Kommentare","workspace.noneHidden":"Nichts ausgeblendet.","workspace.publish":"Veröffentlichen","workspace.hide":"Ausblenden","workspace.restore":"Wieder anzeigen","workspace.hideReason":"Grund für das Ausblenden","workspace.hideNote":"Erklärung für die Person (freiwillig)","workspace.hiddenBecause":"Ausgeblendet:","workspace.reportedFor":"Gemeldet:","workspace.comment":"Kommentar von {name}","workspace.responsivenessTitle":"So schnell antwortet Ihre Verwaltung","workspace.region":"Region","workspace.median":"Mittlere Zeit bis zur ersten Antwort","workspace.unanswered":"Ideen ohne Antwort","workspace.oldest":"Älteste Idee ohne Antwort","workspace.days":{one:"1 Tag",other:"{count} Tage"},"workspace.noValue":"–","workspace.openTitle":"Offene Ideen, älteste zuerst","workspace.noneOpen":"Keine offenen Ideen.","workspace.since":"eingereicht am {date}","workspace.nextStatus":"Neuer Stand","workspace.response":"Öffentliche Antwort","workspace.responseHint":"Die Antwort erscheint bei der Idee für alle sichtbar.","workspace.responseRequired":"Bitte schreiben Sie eine Antwort.","workspace.move":"Stand ändern","inbox.title":"Benachrichtigungen","inbox.signIn":"Bitte melden Sie sich an, um Ihre Benachrichtigungen zu sehen.","inbox.offline":"Die Benachrichtigungen brauchen eine Verbindung. Bitte versuchen Sie es wieder, sobald Sie online sind.","inbox.listTitle":"Ihre Benachrichtigungen","inbox.none":"Sie haben keine Benachrichtigungen.","inbox.new":"Neu","inbox.theIdea":"diese Idee","inbox.reason":"Grund:","inbox.open":"Zur Idee „{title}“","inbox.openTarget":"Zur Idee „{title}“, für die Ihre Unterstützung jetzt zählt","inbox.markRead":"Als gelesen markieren","inbox.kind.published":"Ihre Idee „{title}“ wurde veröffentlicht.","inbox.kind.status_changed":"Ihre Idee „{title}“ hat einen neuen Stand: {status}.","inbox.kind.hidden":"Ihre Idee „{title}“ wurde ausgeblendet. Sie können Widerspruch einlegen.","inbox.kind.restored":"Ihre Idee „{title}“ wird wieder angezeigt.","inbox.kind.merged":"Ihre Idee „{title}“ wurde mit der Idee „{target}“ zusammengeführt.","inbox.kind.vote_moved":"Die Idee „{title}“ wurde zusammengeführt. Ihre Stimme zählt jetzt für „{target}“; Sie können sie dort zurückziehen.","inbox.kind.appeal_decided":"Über Ihren Widerspruch zur Idee „{title}“ wurde entschieden.","inbox.settingsTitle":"Einstellungen","inbox.email":"Benachrichtigungen auch per E-Mail","inbox.emailHint":"Die Benachrichtigungen hier bleiben in jedem Fall erhalten.","inbox.saved":"Ihre Einstellung ist gespeichert.","solutions.title":"Lösungen aus der Region","solutions.intro":"Diese Ideen wurden in einer Gemeinde umgesetzt und zum Nachmachen freigegeben. Verwaltungen anderer Gemeinden können sie übernehmen.","solutions.offline":"Die Lösungen aus der Region brauchen eine Verbindung. Bitte versuchen Sie es wieder, sobald Sie online sind.","solutions.none":"Noch keine Lösungen freigegeben.","solutions.from":"Umgesetzt in {region}, zuletzt geändert am {date}","solutions.adopt":"Übernehmen","solutions.adopted":"Übernommen. Die Idee steht jetzt in Ihrer Region.","solutions.openAdopted":"Zur übernommenen Idee","appeal.title":"Widerspruch einlegen","appeal.label":"Warum soll Ihre Idee wieder angezeigt werden?","appeal.hint":"Zwischen {min} und {max} Zeichen. Sie können nur einmal widersprechen; eine andere Person aus der Moderation entscheidet.","appeal.short":"Bitte schreiben Sie mindestens {min} Zeichen.","appeal.submit":"Widerspruch senden","appeal.done":"Ihr Widerspruch ist eingegangen. Sie erhalten eine Benachrichtigung, sobald entschieden ist.","assisted.title":"Für jemanden eintragen","assisted.intro":"Hier tragen Sie eine Idee oder eine Bewertung für eine Person ein, die nicht online ist, zum Beispiel aus einer Sprechstunde oder von einem Papierformular. Das geht auch ohne Verbindung: Der Beitrag wird gesendet, sobald Sie wieder online sind.","assisted.signIn":"Bitte melden Sie sich an, um für jemanden einzutragen.","assisted.noOrganization":"Für jemanden eintragen können Mitglieder eines bestätigten Verbands oder einer Verwaltung. Wenn Sie Mitglied sind, öffnen Sie diese Seite einmal mit Verbindung.","assisted.kind":"Was tragen Sie ein?","assisted.kindIdea":"Eine Idee","assisted.kindFeedback":"Eine Bewertung eines Dienstes","assisted.channel":"Wie haben Sie den Beitrag bekommen?","assisted.channelAssisted":"Im Gespräch (zum Beispiel in einer Sprechstunde)","assisted.channelPaper":"Auf einem Papierformular","assisted.organization":"Für welche Organisation tragen Sie ein?","assisted.region":"Für welchen Ort?","assisted.service":"Welcher Dienst?","assisted.serviceRequired":"Bitte wählen Sie einen Dienst.","assisted.consent":"Die Person ist einverstanden, dass ich diesen Beitrag für sie eintrage.","assisted.consentHint":"Wir speichern nur, dass die Person einverstanden ist. Wer sie ist, speichern wir nicht. Bitte schreiben Sie keine Namen in den Text.","assisted.consentRequired":"Bitte bestätigen Sie, dass die Person einverstanden ist.","assisted.submit":"Eintragen","assisted.savedIdea":"Die Idee ist gespeichert und wird gesendet, sobald eine Verbindung besteht.","assisted.savedFeedback":"Die Bewertung ist gespeichert und wird gesendet, sobald eine Verbindung besteht.","assisted.seeQueue":"Stand der Beiträge ansehen","assisted.fromWorkspace":"Eine Idee oder Bewertung für jemanden eintragen, der nicht online ist"};var M=_e({region:"",rows:new Map});function wt(e){let n=e?.count||0,r={};for(let o=1;o<=5;o++)r[o]=e?.[`rating_${o}`]||0;let s={};for(let o of Object.keys(e||{}))o.startsWith("barrier_")&&(s[o.slice(8)]=e[o]);return{count:n,mean:n?Math.round(e.rating_sum/n*100)/100:null,distribution:r,barriers:s}}function be(e,n){M.value={region:e,rows:new Map(n.map(r=>[r.service,wt(r)]))}}async function he(e){let n=await Le("stats:"+e);n?be(e,n):M.value.region!==e&&be(e,[]);try{let r=encodeURIComponent(`region='${e}'`),s=await A(`/api/collections/feedback_stats/records?filter=${r}&perPage=500&skipTotal=1`);await Ae("stats:"+e,s.items),be(e,s.items)}catch{}}async function Qe(e,n){try{let r=await A(`/api/services/${encodeURIComponent(e)}/feedback?region=${encodeURIComponent(n)}`),s=new Map(M.value.region===n?M.value.rows:[]);s.set(e,r),M.value={region:n,rows:s}}catch{}}function ee(e,n){return e.filter(r=>(r.regions||[]).some(s=>s===n.id||s===n.parent))}function kt(){let e=C.value;if(k(t("services.title",{name:e?.name||""})),z(()=>{e&&he(e.id)},[e?.id]),w(T.value),!e)return i`<h1 tabindex="-1">${t("nav.services")}</h1><p>${t("region.needed")}</p><${P} after="/services" />`;let n=ee(N.services.value,e),r=M.value.region===e.id?M.value.rows:new Map,s=K.map(o=>[o,n.filter(d=>d.topic===o).sort((d,a)=>d.name.localeCompare(a.name,"de"))]).filter(([,o])=>o.length);return i`
    <h1 tabindex="-1">${t("services.title",{name:e.name})}</h1>
    <p>${t("services.intro")}</p>
    ${T.value&&n.length===0&&i`<p>${t("services.none")}</p>`}
    ${s.length>0&&i`
      <nav aria-label=${t("services.topics")} class="toc">
        <ul>${s.map(([o])=>i`<li><a href=${"#topic-"+o}>${t("topic."+o)}</a></li>`)}</ul>
      </nav>`}
    ${s.map(([o,d])=>i`
      <section aria-labelledby=${"topic-"+o}>
        <h2 id=${"topic-"+o}>${t("topic."+o)}</h2>
        <ul class="services">
          ${d.map(a=>i`
            <li key=${a.id} class="service-card">
              <h3><a href=${"/services/"+a.id}>${a.name}</a></h3>
              <${pe} summary=${r.get(a.id)} />
            </li>`)}
        </ul>
      </section>`)}`}function ve({rating:e,setRating:n,barriers:r,toggle:s,text:o,setText:d,error:a}){return i`
    <fieldset aria-describedby=${a?"rating-error":void 0}>
      <legend>${t("rate.ratingLegend")}</legend>
      ${a&&i`<p class="error" id="rating-error">${a}</p>`}
      <div class="choices">
        ${[1,2,3,4,5].map(l=>i`
          <label class="choice">
            <input type="radio" name="rating" id=${"rating-"+l} value=${l} checked=${e===l}
              onChange=${()=>n(l)} />
            ${t("rate.value"+l)}
          </label>`)}
      </div>
    </fieldset>
    <fieldset>
      <legend>${t("rate.barriersLegend")}</legend>
      <p class="hint">${t("hint.barriers")}</p>
      ${Re.map(l=>i`
        <label class="choice">
          <input type="checkbox" name="barriers" value=${l} checked=${r.includes(l)} onChange=${()=>s(l)} />
          ${t("barrier."+l)}
        </label>`)}
    </fieldset>
    <div class="field">
      <label for="feedback-text">${t("rate.text")}</label>
      <p class="hint" id="feedback-text-hint">${t("hint.feedbackText",{max:f.feedbackText[1]})}</p>
      <textarea id="feedback-text" rows="4" maxLength=${f.feedbackText[1]} aria-describedby="feedback-text-hint"
        value=${o} onInput=${l=>d(l.currentTarget.value)}></textarea>
    </div>`}function It({service:e,place:n}){let[r,s]=c(0),[o,d]=c([]),[a,l]=c(""),[m,h]=c(""),[p,g]=c(!1);return i`
    <form class="stack" onSubmit=${async $=>{if($.preventDefault(),!r){h(t("rate.ratingRequired")),document.getElementById("rating-1")?.focus();return}h(""),await le({service:e.id,region:n.id,rating:r,text:a.trim(),barriers:o}),g(!0),s(0),d([]),l("")}} noValidate>
      <${ve} rating=${r} setRating=${s} barriers=${o} toggle=${$=>d(o.includes($)?o.filter(y=>y!==$):[...o,$])}
        text=${a} setText=${l} error=${m} />
      ${!v.value&&i`<p class="hint">${t("hint.signedOut")}</p>`}
      <button type="submit">${t("rate.submit")}</button>
      <p role="status">${p?t("rate.thanks"):""}</p>
    </form>`}function xt({id:e}){let n=C.value,r=U.value.get(e);if(k(r?.name||t("nav.services")),w(T.value),z(()=>{n&&he(n.id).then(()=>Qe(e,n.id))},[e,n?.id]),!n)return i`<h1 tabindex="-1">${t("nav.services")}</h1><p>${t("region.needed")}</p><${P} after=${"/services/"+e} />`;if(!r)return T.value?i`<${$e} />`:i`<p>${t("common.loading")}</p>`;let s=M.value.region===n.id?M.value.rows.get(e):null,o=x.value.feedback.filter(d=>d.service===e&&d.region===n.id);return i`
    <p><a href="/services">${t("service.back")}</a></p>
    <h1 tabindex="-1">${r.name}</h1>
    ${r.summary&&i`<p>${r.summary}</p>`}
    ${r.link&&i`<p><a href=${r.link} rel="noopener">${t("service.link")}</a></p>`}
    <h2>${t("service.summaryTitle",{name:n.name})}</h2>
    <${pe} summary=${s} />
    ${o.length>0&&i`
      <h2>${t("service.mine")}</h2>
      <ul class="plain">
        ${o.map(d=>i`
          <li key=${d.id}>
            ${t("service.myRating",{rating:d.rating,date:D(d.created)})} <${F} item=${d} />
            ${d.sync==="rejected"&&i`<${G} error=${d.mutation.error} />`}
          </li>`)}
      </ul>`}
    <h2>${t("rate.title")}</h2>
    <${It} service=${r} place=${n} />`}var St=new Set("der die das und oder ein eine einer eines einem einen ist sind mit für fur von zu im in am an auf aus bei nicht auch es sich wir ich sie er man mehr sehr wie was wenn dass den dem des als nur noch so bitte the and for with of to a an is are be on in at".split(" "));function te(e){return(e||"").toLowerCase().replace(/ä/g,"ae").replace(/ö/g,"oe").replace(/ü/g,"ue").replace(/ß/g,"ss").normalize("NFD").replace(/[\u0300-\u036f]/g,"").split(/[^a-z0-9]+/).filter(n=>n.length>=3&&!St.has(n))}var ne=e=>e.replace(/(ungen|ung|en|er|es|e|n|s)$/,"")||e;function Xe(e,n){let r=te(n).map(ne);if(!r.length)return[];let s=[];for(let o of e){let d=te(o.title).map(ne),a=d.concat(te(o.body).map(ne));r.every(l=>a.some(m=>m.startsWith(l)))&&s.push({idea:o,score:r.filter(l=>d.some(m=>m.startsWith(l))).length})}return s.sort((o,d)=>d.score-o.score).map(o=>o.idea)}function Ye(e,n,r=5){let s=new Set(te(n).map(ne));if(s.size<2)return[];let o=[];for(let d of e){let a=new Set(te(d.title+" "+d.body).map(ne)),l=0;for(let h of s)a.has(h)&&l++;let m=l/Math.min(s.size,a.size||1);l>=2&&m>=.2&&o.push({idea:d,score:m})}return o.sort((d,a)=>a.score-d.score).slice(0,r).map(d=>d.idea)}async function Je(e,n,r){if(!navigator.onLine)return{items:Xe(r,e),offline:!0};try{return{items:(await A(`/api/ideas/search?q=${encodeURIComponent(e)}&region=${encodeURIComponent(n)}`,{timeout:8e3})).items,offline:!1}}catch(s){if(!(s instanceof ge))throw s;return{items:Xe(r,e),offline:!0}}}async function et(e,n,r){if(!navigator.onLine)return{items:Ye(r,e),offline:!0};try{return{items:(await A(`/api/ideas/similar?text=${encodeURIComponent(e.slice(0,500))}&region=${encodeURIComponent(n)}&limit=5`,{timeout:5e3})).items,offline:!1}}catch(s){if(!(s instanceof ge))throw s;return{items:Ye(r,e),offline:!0}}}var tt={new:(e,n)=>e.created<n.created?1:-1,top:(e,n)=>(n.votes_count||0)-(e.votes_count||0)||(e.created<n.created?1:-1),status:(e,n)=>ie.indexOf(e.status)-ie.indexOf(n.status)||(n.votes_count||0)-(e.votes_count||0)};function zt(e,n){let[r,s]=c(null);return z(()=>{if(s(null),!e)return;let o=!0;return Je(e,Z.value,n).then(d=>o&&s(d)).catch(d=>o&&s({items:[],error:d})),()=>{o=!1}},[e,Z.value]),r}function Tt(){let e=C.value,{query:n}=ce.value,r=tt[n.get("sort")]?n.get("sort"):"new",s=n.get("scope")==="place"?"place":"district",o=(n.get("q")||"").trim(),[d,a]=c(o),l=L.value.get(Z.value)?.name||"";k(t("ideas.title",{name:l||e?.name||""})),w(T.value);let h=[...x.value.ideas.values()].filter(b=>b.sync!=="rejected"&&!b.hidden).filter(b=>{let R=L.value.get(b.region);return b.region===Z.value||R?.parent===Z.value||b.sync!=="synced"}),p=zt(o.length>=3?o:"",h);if(!e)return i`<h1 tabindex="-1">${t("nav.ideas")}</h1><p>${t("region.needed")}</p><${P} after="/ideas" />`;let g=h.filter(b=>s==="district"||b.region===e.id||b.region===e.parent).sort(tt[r]),u=b=>{let R=new URLSearchParams(n);for(let[ze,Te]of Object.entries(b))Te?R.set(ze,Te):R.delete(ze);W("/ideas"+(R.toString()?"?"+R:""),{replace:!0})},E=b=>{b.preventDefault(),u({q:d.trim()})},$=null;if(o)if(o.length<3)$=i`<p class="error">${t("ideas.searchShort")}</p>`;else if(!p)$=i`<p>${t("common.loading")}</p>`;else if(p.error)$=i`<p class="error">${t("ideas.searchFailed")}</p>`;else{let b=p.items.map(R=>x.value.ideas.get(R.id)||{...R,sync:"synced"});$=i`
        <p>${t(p.offline?"ideas.resultsOffline":"ideas.results",{count:b.length,q:o})}</p>
        <${J} ideas=${b} level="3" />`}let y=r==="status"?ie.map(b=>[b,g.filter(R=>R.status===b)]).filter(([,b])=>b.length):null,I=g.filter(b=>!b.status);return i`
    <h1 tabindex="-1">${t("ideas.title",{name:l||e.name})}</h1>
    <p><a href="/ideas/new">${t("ideas.submitLink")}</a></p>
    <form role="search" class="search" onSubmit=${E}>
      <label for="idea-search">${t("ideas.searchLabel")}</label>
      <div class="inline">
        <input id="idea-search" type="search" name="q" value=${d} onInput=${b=>a(b.currentTarget.value)} />
        <button type="submit">${t("ideas.search")}</button>
        ${o&&i`<button type="button" class="secondary" onClick=${()=>{a(""),u({q:""})}}>${t("ideas.clearSearch")}</button>`}
      </div>
    </form>
    ${o&&i`<section aria-labelledby="results-title"><h2 id="results-title">${t("ideas.resultsTitle")}</h2>${$}</section>`}
    ${!o&&i`
      <div class="filters">
        <div class="field">
          <label for="idea-sort">${t("ideas.sortLabel")}</label>
          <select id="idea-sort" value=${r} onChange=${b=>u({sort:b.currentTarget.value==="new"?"":b.currentTarget.value})}>
            <option value="new">${t("ideas.sortNew")}</option>
            <option value="top">${t("ideas.sortTop")}</option>
            <option value="status">${t("ideas.sortStatus")}</option>
          </select>
        </div>
        <div class="field">
          <label for="idea-scope">${t("ideas.scopeLabel")}</label>
          <select id="idea-scope" value=${s} onChange=${b=>u({scope:b.currentTarget.value==="place"?"place":""})}>
            <option value="district">${t("ideas.scopeDistrict",{name:l})}</option>
            <option value="place">${t("ideas.scopePlace",{name:e.name})}</option>
          </select>
        </div>
      </div>
      <h2 class="visually-hidden">${t("ideas.listTitle")}</h2>
      ${T.value&&g.length===0&&i`<p>${t("ideas.none")}</p>`}
      ${y?i`
          ${I.length>0&&i`<h3>${t("sync.pending")}</h3><${J} ideas=${I} level="4" />`}
          ${y.map(([b,R])=>i`<h3>${t("status."+b)}</h3><${J} ideas=${R} level="4" />`)}`:i`<${J} ideas=${g} level="3" />`}`}`}function ye({target:e,id:n,label:r}){let[s,o]=c(""),[d,a]=c(""),[l,m]=c("");return i`
    <details class="report">
      <summary>${r}</summary>
      <form class="stack" onSubmit=${async p=>{if(p.preventDefault(),!s){m(t("report.reasonRequired")),document.getElementById(n+"-reason")?.focus();return}await Ue(e,s,d.trim())}} noValidate>
        <div class="field">
          <label for=${n+"-reason"}>${t("report.reason")}</label>
          ${l&&i`<p class="error" id=${n+"-error"}>${l}</p>`}
          <select id=${n+"-reason"} value=${s} aria-describedby=${l?n+"-error":void 0}
            aria-invalid=${l?"true":void 0} onChange=${p=>o(p.currentTarget.value)}>
            <option value="">${t("report.choose")}</option>
            ${re.map(p=>i`<option value=${p}>${t("report.reason."+p)}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for=${n+"-note"}>${t("report.note")}</label>
          <p class="hint" id=${n+"-note-hint"}>${t("hint.reportNote",{max:f.note[1]})}</p>
          <textarea id=${n+"-note"} rows="2" maxLength=${f.note[1]} aria-describedby=${n+"-note-hint"}
            value=${d} onInput=${p=>a(p.currentTarget.value)}></textarea>
        </div>
        <button type="submit">${t("report.submit")}</button>
      </form>
    </details>`}function Q(){let[e,n]=c(navigator.onLine);return z(()=>{let r=()=>n(navigator.onLine);return addEventListener("online",r),addEventListener("offline",r),()=>{removeEventListener("online",r),removeEventListener("offline",r)}},[]),e}function B(e,n={}){return A(e,{...n,token:Me.value?.token})}async function H(e,n,{expand:r,sort:s="-created"}={}){let o=new URLSearchParams({filter:n,sort:s,perPage:"100",skipTotal:"1"});return r&&o.set("expand",r),(await B(`/api/collections/${e}/records?${o}`)).items}function O(e){let[n,r]=c({data:null,error:null}),s=Be(()=>e().then(o=>r({data:o,error:null}),o=>r(d=>({data:d.data,error:o}))),[]);return z(()=>{s();let o=()=>document.visibilityState==="visible"&&s();return document.addEventListener("visibilitychange",o),()=>document.removeEventListener("visibilitychange",o)},[]),{...n,reload:s}}function _({error:e,id:n}){if(!e)return null;if(!(e instanceof Y))return i`<p class="error" id=${n} role="alert">${t("workspace.offline")}</p>`;let r=Object.entries(me(e));return i`
    <div class="error" id=${n} role="alert">
      <p>${e.message}</p>
      ${r.length>0&&i`<ul>${r.map(([s,o])=>i`<li key=${s}>${s}: ${o}</li>`)}</ul>`}
    </div>`}function j(e){let[n,r]=c(null),[s,o]=c(!1);return{error:n,busy:s,run:async a=>{o(!0),r(null);try{await a(),await e()}catch(l){r(l)}finally{o(!1)}}}}var we=10,nt=2e3;function it({idea:e}){let[n,r]=c(""),[s,o]=c(!1),[d,a]=c(null),[l,m]=c(!1),[h,p]=c(!1);if(h)return i`<p class="notice" role="status">${t("appeal.done")}</p>`;let g=async E=>{E.preventDefault();let $=n.trim();if($.length<we){o(!0),document.getElementById("appeal-text")?.focus();return}o(!1),m(!0),a(null);try{await B("/api/collections/appeals/records",{method:"POST",body:{appellant:v.value.id,idea:e.id,text:$}}),p(!0)}catch(y){a(y)}finally{m(!1)}},u=["appeal-hint",s&&"appeal-short"].filter(Boolean).join(" ");return i`
    <section aria-labelledby="appeal-title">
      <h2 id="appeal-title">${t("appeal.title")}</h2>
      <form class="stack" onSubmit=${g} noValidate>
        <div class="field">
          <label for="appeal-text">${t("appeal.label")}</label>
          <p class="hint" id="appeal-hint">${t("appeal.hint",{min:we,max:nt})}</p>
          ${s&&i`<p class="error" id="appeal-short">${t("appeal.short",{min:we})}</p>`}
          <textarea id="appeal-text" rows="4" maxLength=${nt} value=${n}
            aria-describedby=${u} aria-invalid=${s?"true":void 0}
            onInput=${E=>r(E.currentTarget.value)}></textarea>
        </div>
        <${_} error=${d} id="appeal-error" />
        <button type="submit" disabled=${l}>${t("appeal.submit")}</button>
      </form>
    </section>`}function Bt({idea:e}){let n=x.value.voted.get(e.id),r=se(e),s=!!n?.voted;return i`
    <section class="votes" aria-labelledby="votes-title">
      <h2 id="votes-title" class="visually-hidden">${t("idea.votesTitle")}</h2>
      <p class="vote-count">${t("ideas.votes",{count:e.votes_count||0})}</p>
      ${e.sync!=="synced"&&!e.status?i`<p class="hint">${t("idea.voteAfterSync")}</p>`:r&&!s?i`<p class="hint">${t("error."+r)}</p>`:i`
            <button type="button" class=${s?"secondary":""}
              onClick=${()=>s?Pe(e.id):de(e.id)}>
              ${s?t("idea.retract"):t("idea.vote")}
            </button>
            ${s&&i` <span>${t("idea.youVoted")}</span>`}
            ${n?.sync==="pending"&&i` <${F} item=${n} />`}`}
      ${!v.value&&i`<p class="hint">${t("hint.signedOut")}</p>`}
    </section>`}function _t({history:e,organizationName:n}){return e.length?i`
    <section aria-labelledby="history-title">
      <h2 id="history-title">${t("idea.history")}</h2>
      <ol class="history">
        ${e.map(r=>{let s=n(r);return i`
            <li key=${r.id}>
              <p><strong>${t("status."+r.to)}</strong> · ${D(r.created)}${s&&i` · ${s}`}</p>
              ${r.response&&i`<blockquote><p>${r.response}</p></blockquote>`}
            </li>`})}
      </ol>
    </section>`:null}function Rt({endorsements:e,organizationName:n}){return e.length?i`
    <section aria-labelledby="endorsements-title">
      <h2 id="endorsements-title">${t("idea.endorsements")}</h2>
      <ul class="plain">
        ${e.map(r=>i`
          <li key=${r.id}>
            <strong>${n(r)||t("idea.unknownOrganization")}</strong>
            ${r.note&&i`: ${r.note}`}
          </li>`)}
      </ul>
    </section>`:null}function Dt({idea:e}){let[n,r]=c(""),[s,o]=c("");return i`
    <form class="stack" onSubmit=${async a=>{a.preventDefault();let l=n.trim();if(!l){o(t("hint.commentRequired")),document.getElementById("comment-body")?.focus();return}o(""),await je(e.id,l),r("")}} noValidate>
      <div class="field">
        <label for="comment-body">${t("idea.commentLabel")}</label>
        <p class="hint" id="comment-hint">${t("hint.comment",{max:f.comment[1]})}</p>
        ${s&&i`<p class="error" id="comment-error">${s}</p>`}
        <textarea id="comment-body" rows="3" maxLength=${f.comment[1]} value=${n}
          aria-describedby=${s?"comment-hint comment-error":"comment-hint"} aria-invalid=${s?"true":void 0}
          onInput=${a=>r(a.currentTarget.value)}></textarea>
      </div>
      <button type="submit">${t("idea.commentSubmit")}</button>
    </form>`}function Et({idea:e,comments:n}){let r=x.value.reported;return i`
    <section aria-labelledby="comments-title">
      <h2 id="comments-title">${t("idea.commentsTitle",{count:n.length})}</h2>
      ${n.length===0&&i`<p>${t("idea.noComments")}</p>`}
      <ul class="comments">
        ${n.map(s=>i`
          <li key=${s.id}>
            <article class="comment">
              <p class="meta"><strong>${s.author_name||t("idea.anonymous")}</strong> <span>${D(s.created)}</span> <${F} item=${s} /></p>
              <p class="body">${s.body}</p>
              ${s.sync==="synced"&&s.author!==v.value?.id&&(r.has(s.id)?i`<p class="hint">${t("report.done")}</p>`:i`<${ye} target=${{comment:s.id}} id=${"report-"+s.id} label=${t("report.comment")} />`)}
            </article>
          </li>`)}
      </ul>
      ${De(e)?i`<${Dt} idea=${e} />`:i`<p class="hint">${t("idea.commentsClosed")}</p>`}
    </section>`}function Ct(e,n){let[r,s]=c(null);return z(()=>{if(!n||!navigator.onLine)return;A(`/api/collections/ideas/records/${encodeURIComponent(e)}?expand=comments_via_idea,status_changes_via_idea.organization,endorsements_via_idea.organization`).then(s).catch(()=>s({missing:!0}))},[e,n]),r}var rt=(e,n)=>e.created<n.created?-1:1;function Lt(e){let n=x.value.ideas.get(e),r=Ct(e,T.value&&!n),s=Ve.value;if(n)return{idea:n,comments:(x.value.comments.get(e)||[]).filter(a=>a.sync!=="rejected"),history:x.value.history.get(e)||[],endorsements:x.value.endorsements.get(e)||[],organizationName:a=>s.get(a.organization)?.name};if(!r||r.missing)return r;let{expand:o={},...d}=r;return{idea:{...d,sync:"synced"},comments:(o.comments_via_idea||[]).filter(a=>a.state==="visible").sort(rt).map(a=>({...a,sync:"synced"})),history:(o.status_changes_via_idea||[]).sort(rt),endorsements:o.endorsements_via_idea||[],organizationName:a=>a.expand?.organization?.name||s.get(a.organization)?.name}}function At({id:e}){let n=Lt(e),r=n?.idea;k(r?.title||t("nav.ideas"));let s=!r&&(!T.value||n===null&&navigator.onLine);if(w(!s),!r)return s?i`<p>${t("common.loading")}</p>`:i`<${$e} />`;let o=L.value.get(r.region)?.name,d=U.value.get(r.service),a=r.merged_into&&x.value.ideas.get(r.merged_into),l=r.author&&r.author===v.value?.id;return i`
    <p><a href="/ideas">${t("idea.back")}</a></p>
    <article class="idea">
      <h1 tabindex="-1">${r.title}</h1>
      <p class="meta">
        <${V} status=${r.status} /> <${F} item=${r} />
        <span>${t("idea.by",{name:r.author_name||t("idea.anonymous")})}</span>
        ${o&&i`<span>${o}</span>`}
        <span>${D(r.created)}</span>
      </p>
      ${!C.value&&i`<p class="notice">${t("idea.chooseRegion")} <a href="/region">${t("region.title")}</a></p>`}
      ${r.sync==="pending"&&i`<p class="notice notice-pending">${t("idea.pendingNote")}</p>`}
      ${r.sync==="rejected"&&i`
        <div class="notice notice-error"><${G} error=${r.mutation.error} /> <a href="/mine">${t("notice.review")}</a></div>`}
      ${r.status==="submitted"&&i`<p class="notice">${t("idea.awaitingModeration")}</p>`}
      ${r.status==="merged"&&i`
        <p class="notice">${t("idea.merged")} ${a?i`<a href=${"/ideas/"+a.id}>${a.title}</a>`:i`<a href=${"/ideas/"+r.merged_into}>${t("idea.mergedUnknown")}</a>`}</p>`}
      <div class="body">${r.body}</div>
      ${(d||r.topic)&&i`
        <p class="meta">
          ${d&&i`<span>${t("idea.service")} <a href=${"/services/"+d.id}>${d.name}</a></span>`}
          ${r.topic&&i`<span>${t("idea.topic")} ${t("topic."+r.topic)}</span>`}
        </p>`}
      ${r.sync!=="rejected"&&i`<${Bt} idea=${r} />`}
      <${Rt} endorsements=${n.endorsements} organizationName=${n.organizationName} />
      <${_t} history=${n.history} organizationName=${n.organizationName} />
      ${r.sync==="synced"&&i`<${Et} idea=${r} comments=${n.comments} />`}
      ${r.sync==="synced"&&l&&r.hidden&&navigator.onLine&&i`<${it} idea=${r} />`}
      ${r.sync==="synced"&&!l&&(x.value.reported.has(r.id)?i`<p class="hint">${t("report.done")}</p>`:i`<${ye} target=${{idea:r.id}} id="report-idea" label=${t("report.idea")} />`)}
    </article>`}function Mt(e,n){let[r,s]=c({items:[],offline:!1});return z(()=>{if(!n||e.trim().length<12){s({items:[],offline:!1});return}let o=!0,d=setTimeout(()=>{let a=[...x.value.ideas.values()].filter(l=>l.sync==="synced"&&l.status&&l.status!=="submitted");et(e,n.id,a).then(l=>o&&s(l)).catch(()=>{})},600);return()=>{o=!1,clearTimeout(d)}},[e,n?.id]),r}function Nt({similar:e}){let n=e.items.map(r=>x.value.ideas.get(r.id)||{...r,sync:"synced"});return i`
    <section class="similar" aria-labelledby="similar-title">
      <h2 id="similar-title">${t("newIdea.similarTitle")}</h2>
      <div role="status">
        ${n.length===0?i`<p class="hint">${t("newIdea.similarNone")}</p>`:i`<p>${t(e.offline?"newIdea.similarFoundOffline":"newIdea.similarFound",{count:n.length})}</p>`}
      </div>
      <ul class="ideas">
        ${n.map(r=>{let s=x.value.voted.get(r.id);return i`
            <li key=${r.id}>
              <article class="idea-card">
                <h3 class="idea-title"><a href=${"/ideas/"+r.id}>${r.title}</a></h3>
                <p class="meta"><${V} status=${r.status} /> <span>${t("ideas.votes",{count:r.votes_count||0})}</span></p>
                ${s?.voted?i`<p>${t("idea.youVoted")}</p>`:!se(r)&&i`
                    <button type="button" class="secondary" onClick=${()=>de(r.id)}>
                      ${t("newIdea.supportInstead")}<span class="visually-hidden">: ${r.title}</span>
                    </button>`}
              </article>
            </li>`})}
      </ul>
    </section>`}function Ot({title:e,body:n}){let r={};return e.trim().length<f.title[0]&&(r.title=t("hint.titleShort",{min:f.title[0]})),n.trim().length<f.body[0]&&(r.body=t("hint.bodyShort",{min:f.body[0]})),r}function Ft(){let e=C.value;k(t("newIdea.title")),w(T.value);let[n,r]=c({title:"",body:"",where:"place",service:"",topic:""}),[s,o]=c({}),d=Mt(n.title+" "+n.body,e);if(!e)return i`<h1 tabindex="-1">${t("newIdea.title")}</h1><p>${t("region.needed")}</p><${P} after="/ideas/new" />`;let a=p=>g=>{let{value:u}=g.currentTarget;r(E=>({...E,[p]:u}))},l=L.value.get(e.parent)?.name,m=ee(N.services.value,e).sort((p,g)=>p.name.localeCompare(g.name,"de")),h=async p=>{p.preventDefault();let g=Ot(n);if(o(g),Object.keys(g).length){document.getElementById(g.title?"idea-title":"idea-body")?.focus();return}let u=await ae({title:n.title.trim(),body:n.body.trim(),region:n.where==="district"&&e.parent?e.parent:e.id,service:n.service,topic:n.topic});W("/ideas/"+u)};return i`
    <h1 tabindex="-1">${t("newIdea.title")}</h1>
    <p>${t("hint.newIdea")}</p>
    <form class="stack" onSubmit=${h} noValidate>
      <${S} id="idea-title" label=${t("newIdea.titleLabel")} hint=${t("hint.title",{min:f.title[0],max:f.title[1]})}
        error=${s.title} control=${p=>i`
          <input ...${p} type="text" required maxLength=${f.title[1]} value=${n.title} onInput=${a("title")} />`} />
      <${S} id="idea-body" label=${t("newIdea.bodyLabel")} hint=${t("hint.body",{min:f.body[0],max:f.body[1]})}
        error=${s.body} control=${p=>i`
          <textarea ...${p} rows="8" required maxLength=${f.body[1]} value=${n.body} onInput=${a("body")}></textarea>`} />
      <${Nt} similar=${d} />
      ${e.parent&&i`
        <${S} id="idea-where" label=${t("newIdea.whereLabel")} hint=${t("hint.where")} control=${p=>i`
          <select ...${p} value=${n.where} onChange=${a("where")}>
            <option value="place">${e.name}</option>
            <option value="district">${t("newIdea.wholeDistrict",{name:l||""})}</option>
          </select>`} />`}
      <${S} id="idea-service" label=${t("newIdea.serviceLabel")} hint=${t("hint.service")} control=${p=>i`
        <select ...${p} value=${n.service} onChange=${a("service")}>
          <option value="">${t("newIdea.none")}</option>
          ${m.map(g=>i`<option value=${g.id}>${g.name}</option>`)}
        </select>`} />
      <${S} id="idea-topic" label=${t("newIdea.topicLabel")} hint=${t("hint.topic")} control=${p=>i`
        <select ...${p} value=${n.topic} onChange=${a("topic")}>
          <option value="">${t("newIdea.none")}</option>
          ${K.map(g=>i`<option value=${g}>${t("topic."+g)}</option>`)}
        </select>`} />
      ${!v.value&&i`<p class="hint">${t("hint.signedOut")}</p>`}
      <button type="submit">${t("newIdea.submit")}</button>
    </form>`}var at={"idea.create":[["title","newIdea.titleLabel","input"],["body","newIdea.bodyLabel","textarea"]],"comment.create":[["body","idea.commentLabel","textarea"]],"feedback.create":[["text","rate.text","textarea"]],"report.create":[["note","report.note","textarea"]]};function st(e){let n=r=>x.value.ideas.get(r)?.title||t("mine.unknownIdea");switch(e.type){case"idea.create":return t("mine.what.idea",{title:e.args.title});case"comment.create":return t("mine.what.comment",{title:n(e.args.idea)});case"vote.cast":return t("mine.what.vote",{title:n(e.args.idea)});case"vote.retract":return t("mine.what.retract",{title:n(e.args.idea)});case"feedback.create":return t("mine.what.feedback",{name:U.value.get(e.args.service)?.name||"",rating:e.args.rating});case"report.create":return t("mine.what.report");default:return e.type}}function Vt({mutation:e,onDone:n}){let r=at[e.type]||[],[s,o]=c(Object.fromEntries(r.map(([a])=>[a,e.args[a]||""])));return i`
    <form class="stack fix" onSubmit=${async a=>{a.preventDefault(),await He(e.id,s),n()}}>
      ${r.map(([a,l,m])=>{let h=`fix-${e.id}-${a}`,p={id:h,value:s[a],onInput:g=>o({...s,[a]:g.currentTarget.value})};return i`
          <div class="field">
            <label for=${h}>${t(l)}</label>
            ${m==="input"?i`<input type="text" maxLength=${f.title[1]} ...${p} />`:i`<textarea rows="4" ...${p}></textarea>`}
          </div>`})}
      <button type="submit">${t("mine.sendAgain")}</button>
    </form>`}function ot({mutation:e}){let[n,r]=c(!1),s=e.state==="rejected",o=s&&at[e.type];return i`
    <li class=${s?"queued rejected":"queued"}>
      <p><span>${st(e)}</span> <${F} item=${{sync:e.state}} /></p>
      ${s&&i`<${G} error=${e.error} />`}
      <div class="inline">
        ${o&&!n&&i`<button type="button" onClick=${()=>r(!0)}>${t("mine.fix")}</button>`}
        <button type="button" class="secondary" onClick=${()=>We(e.id)}>
          ${t("mine.discard")}<span class="visually-hidden">: ${st(e)}</span>
        </button>
      </div>
      ${n&&i`<${Vt} mutation=${e} onDone=${()=>r(!1)} />`}
    </li>`}function qt(){k(t("mine.title")),w(T.value);let e=v.value,{mutations:n,ideas:r,comments:s,feedback:o,voted:d}=x.value,a=n.filter(u=>u.state==="rejected"),l=n.filter(u=>u.state==="pending"),m=[...r.values()].filter(u=>u.sync==="synced"&&e&&u.author===e.id),h=[...s.values()].flat().filter(u=>u.sync==="synced"&&e&&u.author===e.id),p=o.filter(u=>u.sync==="synced"),g=[...d.entries()].filter(([,u])=>u.voted&&u.sync==="synced").map(([u])=>r.get(u)).filter(Boolean);return i`
    <h1 tabindex="-1">${t("mine.title")}</h1>
    ${!e&&i`<p>${t("mine.signedOut")} <a href=${q()}>${t("nav.signIn")}</a></p>`}
    <section aria-labelledby="rejected-title">
      <h2 id="rejected-title">${t("mine.rejected")}</h2>
      ${a.length===0?i`<p>${t("mine.noneRejected")}</p>`:i`
        <p>${t("mine.rejectedHelp")}</p>
        <ul class="plain">${a.map(u=>i`<${ot} key=${u.id} mutation=${u} />`)}</ul>`}
    </section>
    <section aria-labelledby="pending-title">
      <h2 id="pending-title">${t("mine.pending")}</h2>
      ${l.length===0?i`<p>${t("mine.nonePending")}</p>`:i`
        <ul class="plain">${l.map(u=>i`<${ot} key=${u.id} mutation=${u} />`)}</ul>`}
    </section>
    ${e&&i`
      <section aria-labelledby="my-ideas-title">
        <h2 id="my-ideas-title">${t("mine.ideas")}</h2>
        ${m.length===0?i`<p>${t("mine.none")}</p>`:i`
          <ul class="plain">${m.map(u=>i`
            <li key=${u.id}><a href=${"/ideas/"+u.id}>${u.title}</a> <${V} status=${u.status} /></li>`)}</ul>`}
      </section>
      <section aria-labelledby="my-comments-title">
        <h2 id="my-comments-title">${t("mine.comments")}</h2>
        ${h.length===0?i`<p>${t("mine.none")}</p>`:i`
          <ul class="plain">${h.map(u=>i`
            <li key=${u.id}>${t("mine.commentOn")} <a href=${"/ideas/"+u.idea}>${r.get(u.idea)?.title||t("mine.unknownIdea")}</a>: ${u.body}
              ${u.state==="hidden"&&i` <span class="badge">${t("mine.hidden")}</span>`}</li>`)}</ul>`}
      </section>
      <section aria-labelledby="my-votes-title">
        <h2 id="my-votes-title">${t("mine.votes")}</h2>
        ${g.length===0?i`<p>${t("mine.none")}</p>`:i`
          <ul class="plain">${g.map(u=>i`<li key=${u.id}><a href=${"/ideas/"+u.id}>${u.title}</a></li>`)}</ul>`}
      </section>
      <section aria-labelledby="my-feedback-title">
        <h2 id="my-feedback-title">${t("mine.feedback")}</h2>
        ${p.length===0?i`<p>${t("mine.none")}</p>`:i`
          <ul class="plain">${p.map(u=>i`
            <li key=${u.id}><a href=${"/services/"+u.service}>${U.value.get(u.service)?.name||""}</a>:
              ${t("service.myRating",{rating:u.rating,date:D(u.created)})}</li>`)}</ul>`}
      </section>
      ${N.reports.value.length>0&&i`
        <section aria-labelledby="my-reports-title">
          <h2 id="my-reports-title">${t("mine.reports")}</h2>
          <p>${t("mine.reportsCount",{count:N.reports.value.length})}</p>
        </section>`}`}`}async function dt(e){if(!C.value&&e.home_region){let n=L.value.get(e.home_region)||await A(`/api/collections/regions/records/${encodeURIComponent(e.home_region)}`).catch(()=>null);n&&Ee(n)}qe()}function Pt(){let e=ce.value.query.get("next")||"/";return e.startsWith("/")&&!e.startsWith("//")?e:"/"}function lt(e){if(e instanceof Y){let n=me(e);return{fields:n,message:Object.keys(n).length?t("account.fixFields"):e.message}}return{fields:{},message:t("account.offline")}}function ct({message:e}){return i`<div role="alert">${e&&i`<p class="error">${e}</p>`}</div>`}function jt(){k(t("signIn.title")),w(!0);let[e,n]=c(""),[r,s]=c(""),[o,d]=c({fields:{},message:"",busy:!1}),a=async l=>{l.preventDefault(),d({fields:{},message:"",busy:!0});try{await dt(await Oe(e.trim(),r)),W(Pt())}catch(m){let h=lt(m);m instanceof Y&&m.status===400&&!Object.keys(h.fields).length&&(h.message=t("signIn.wrong")),d({...h,busy:!1})}};return i`
    <h1 tabindex="-1">${t("signIn.title")}</h1>
    ${v.value&&!Ne.value&&i`<p>${t("nav.signedInAs",{name:v.value.display_name})}</p>`}
    <p>${t("signIn.intro")}</p>
    <form class="stack" onSubmit=${a}>
      <${ct} message=${o.message} />
      <${S} id="signin-email" label=${t("account.email")} error=${o.fields.identity} control=${l=>i`
        <input ...${l} type="email" autocomplete="username" required value=${e} onInput=${m=>n(m.currentTarget.value)} />`} />
      <${S} id="signin-password" label=${t("account.password")} error=${o.fields.password} control=${l=>i`
        <input ...${l} type="password" autocomplete="current-password" required value=${r}
          onInput=${m=>s(m.currentTarget.value)} />`} />
      <button type="submit" disabled=${o.busy}>${t("signIn.submit")}</button>
    </form>
    <p>${t("signIn.noAccount")} <a href="/signup">${t("signUp.title")}</a></p>`}function Ut(){k(t("signUp.title")),w(!0);let[e,n]=c({displayName:"",email:"",password:"",passwordConfirm:""}),[r,s]=c({fields:{},message:"",busy:!1}),o=a=>l=>{let{value:m}=l.currentTarget;n(h=>({...h,[a]:m}))},d=async a=>{a.preventDefault(),s({fields:{},message:"",busy:!0});try{let l=await Fe({...e,email:e.email.trim(),displayName:e.displayName.trim(),homeRegion:C.value?.id,locale:oe.value});await dt(l),W("/")}catch(l){s({...lt(l),busy:!1})}};return i`
    <h1 tabindex="-1">${t("signUp.title")}</h1>
    <p>${t("signUp.intro")}</p>
    <form class="stack" onSubmit=${d}>
      <${ct} message=${r.message} />
      <${S} id="signup-name" label=${t("account.displayName")}
        hint=${t("hint.displayName",{min:f.displayName[0],max:f.displayName[1]})}
        error=${r.fields.display_name} control=${a=>i`
          <input ...${a} type="text" autocomplete="nickname" required minLength=${f.displayName[0]} maxLength=${f.displayName[1]}
            value=${e.displayName} onInput=${o("displayName")} />`} />
      <${S} id="signup-email" label=${t("account.email")} hint=${t("hint.email")} error=${r.fields.email} control=${a=>i`
        <input ...${a} type="email" autocomplete="email" required value=${e.email} onInput=${o("email")} />`} />
      <${S} id="signup-password" label=${t("account.password")} hint=${t("hint.password",{min:f.password[0]})}
        error=${r.fields.password} control=${a=>i`
          <input ...${a} type="password" autocomplete="new-password" required minLength=${f.password[0]}
            value=${e.password} onInput=${o("password")} />`} />
      <${S} id="signup-password-confirm" label=${t("account.passwordConfirm")} error=${r.fields.passwordConfirm}
        control=${a=>i`
          <input ...${a} type="password" autocomplete="new-password" required value=${e.passwordConfirm} onInput=${o("passwordConfirm")} />`} />
      <button type="submit" disabled=${r.busy}>${t("signUp.submit")}</button>
    </form>
    <p>${t("signUp.haveAccount")} <a href="/signin">${t("signIn.title")}</a></p>`}var ke="barrierefreiheit@mitwirken.example";var ut={de:()=>import("./chunk-KBKXXA7O.js"),en:()=>import("./chunk-Y5DFT3V5.js"),"de-simple":()=>import("./chunk-3AYMT2UF.js")},X={};function mt(){let e=oe.value,[,n]=c(0),r=X.de&&X[e];return z(()=>{r||Promise.all([ut.de(),ut[e]()]).then(([s,o])=>{X.de=s.default,X[e]=o.default,n(d=>d+1)})},[e]),r?(s,o={})=>{let d=X[e][s]??X.de[s];return typeof d=="string"?d.replace(/\{(\w+)\}/g,(a,l)=>o[l]??a):d}:null}function pt({sections:e}){return e.map(([n,r])=>i`
    <section>
      <h2>${n}</h2>
      ${r.map(s=>i`<p>${s}</p>`)}
    </section>`)}function Wt(){k(t("help.title"));let e=mt();return w(e),i`
    <h1 tabindex="-1">${t("help.title")}</h1>
    ${e?i`<${pt} sections=${e("help.sections")} />`:i`<p>${t("common.loading")}</p>`}
    <p><a href="/accessibility">${t("nav.accessibility")}</a></p>`}function Ht(){k(t("nav.accessibility"));let e=mt();if(w(e),!e)return i`<h1 tabindex="-1">${t("nav.accessibility")}</h1><p>${t("common.loading")}</p>`;let n=encodeURIComponent(e("a11y.mailSubject"));return i`
    <h1 tabindex="-1">${e("a11y.title")}</h1>
    <${pt} sections=${e("a11y.sections")} />
    <section aria-labelledby="a11y-feedback">
      <h2 id="a11y-feedback">${e("a11y.feedbackTitle")}</h2>
      <p>${e("a11y.feedbackText")}</p>
      <ul>
        <li><a href=${`mailto:${ke}?subject=${n}`}>${e("a11y.feedbackMail",{email:ke})}</a></li>
        <li><a href="/ideas/new">${e("a11y.feedbackIdea")}</a></li>
      </ul>
    </section>
    <section aria-labelledby="a11y-enforcement">
      <h2 id="a11y-enforcement">${e("a11y.enforcementTitle")}</h2>
      <p>${e("a11y.enforcementText")}</p>
    </section>`}function Kt(){return Promise.all([H("ideas","status='submitted'",{sort:"created"}),H("reports","dismissed=false",{expand:"idea,comment",sort:"created"}),H("ideas","hidden=true"),H("comments","state='hidden'")]).then(([e,n,r,s])=>({submitted:e,reports:n,hiddenIdeas:r,hiddenComments:s}))}var ft=(e,n)=>`/api/collections/${e}/records/${encodeURIComponent(n)}`;function Ie({kind:e,record:n,done:r}){let s=`hide-${e}-${n.id}`,[o,d]=c(""),[a,l]=c(""),[m,h]=c(!1),{error:p,busy:g,run:u}=j(r);return i`
    <form class="stack workspace-form" onSubmit=${$=>{if($.preventDefault(),!o){h(!0),document.getElementById(s+"-reason")?.focus();return}h(!1);let y=e==="ideas"?{hidden:!0}:{state:"hidden"};u(()=>B(ft(e,n.id),{method:"PATCH",body:{...y,moderation_reason:o,moderation_note:a.trim()}}))}} noValidate>
      <div class="field">
        <label for=${s+"-reason"}>${t("workspace.hideReason")}</label>
        ${m&&i`<p class="error" id=${s+"-missing"}>${t("report.reasonRequired")}</p>`}
        <select id=${s+"-reason"} value=${o} aria-invalid=${m?"true":void 0}
          aria-describedby=${m?s+"-missing":void 0} onChange=${$=>d($.currentTarget.value)}>
          <option value="">${t("report.choose")}</option>
          ${re.map($=>i`<option value=${$}>${t("report.reason."+$)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for=${s+"-note"}>${t("workspace.hideNote")}</label>
        <textarea id=${s+"-note"} rows="2" maxLength=${f.note[1]} value=${a}
          onInput=${$=>l($.currentTarget.value)}></textarea>
      </div>
      <${_} error=${p} id=${s+"-error"} />
      <button type="submit" disabled=${g}>${t("workspace.hide")}</button>
    </form>`}function Zt({idea:e,organization:n,done:r}){let{error:s,busy:o,run:d}=j(r),a=()=>d(()=>B("/api/collections/status_changes/records",{method:"POST",body:{idea:e.id,to:"published",actor:v.value.id,organization:n}}));return i`
    <${_} error=${s} id=${"publish-"+e.id+"-error"} />
    <button type="button" disabled=${o} onClick=${a}>${t("workspace.publish")}</button>`}function $t({kind:e,record:n,done:r}){let{error:s,busy:o,run:d}=j(r),a=e==="ideas"?{hidden:!1}:{state:"visible"};return i`
    <${_} error=${s} id=${"restore-"+n.id+"-error"} />
    <button type="button" class="secondary" disabled=${o}
      onClick=${()=>d(()=>B(ft(e,n.id),{method:"PATCH",body:a}))}>${t("workspace.restore")}</button>`}function xe({idea:e}){return i`
    <h4><a href=${"/ideas/"+e.id}>${e.title}</a></h4>
    <p class="meta">${t("idea.by",{name:e.author_name||t("idea.anonymous")})} · ${D(e.created)}</p>
    <p>${e.body}</p>`}function ht({record:e}){if(!e.moderation_reason&&!e.moderation_note)return null;let n=e.moderation_reason?t("report.reason."+e.moderation_reason):"";return i`<p>${t("workspace.hiddenBecause")} ${[n,e.moderation_note].filter(Boolean).join(": ")}</p>`}function Gt({report:e,done:n}){let r=e.expand?.idea,s=e.expand?.comment,o=t("report.reason."+e.reason)+(e.note?": "+e.note:"");return i`
    <li class="workspace-item">
      <p><strong>${t("workspace.reportedFor")}</strong> ${o} · ${D(e.created)}</p>
      ${r&&i`<${xe} idea=${r} />`}
      ${s&&i`<h4>${t("workspace.comment",{name:s.author_name||t("idea.anonymous")})}</h4><p>${s.body}</p>`}
      ${r&&!r.hidden&&i`<${Ie} kind="ideas" record=${r} done=${n} />`}
      ${s&&s.state!=="hidden"&&i`<${Ie} kind="comments" record=${s} done=${n} />`}
    </li>`}function fe({id:e,title:n,items:r,empty:s,children:o}){return i`
    <section aria-labelledby=${e}>
      <h3 id=${e}>${n} (${r.length})</h3>
      ${r.length===0?i`<p class="muted">${s}</p>`:i`<ul class="plain workspace-list">${o}</ul>`}
    </section>`}function gt({organization:e}){let{data:n,error:r,reload:s}=O(Kt);return i`
    <section aria-labelledby="moderation-title">
      <h2 id="moderation-title">${t("workspace.moderationTitle")}</h2>
      <${_} error=${r} id="moderation-error" />
      ${n?i`
        <${fe} id="submitted-title" title=${t("workspace.submitted")} items=${n.submitted} empty=${t("workspace.noneSubmitted")}>
          ${n.submitted.map(o=>i`
            <li key=${o.id} class="workspace-item">
              <${xe} idea=${o} />
              <${Zt} idea=${o} organization=${e} done=${s} />
              <${Ie} kind="ideas" record=${o} done=${s} />
            </li>`)}
        <//>
        <${fe} id="reports-title" title=${t("workspace.reports")} items=${n.reports} empty=${t("workspace.noneReports")}>
          ${n.reports.map(o=>i`<${Gt} key=${o.id} report=${o} done=${s} />`)}
        <//>
        <${fe} id="hidden-ideas-title" title=${t("workspace.hiddenIdeas")} items=${n.hiddenIdeas} empty=${t("workspace.noneHidden")}>
          ${n.hiddenIdeas.map(o=>i`
            <li key=${o.id} class="workspace-item">
              <${xe} idea=${o} />
              <${ht} record=${o} />
              <${$t} kind="ideas" record=${o} done=${s} />
            </li>`)}
        <//>
        <${fe} id="hidden-comments-title" title=${t("workspace.hiddenComments")} items=${n.hiddenComments} empty=${t("workspace.noneHidden")}>
          ${n.hiddenComments.map(o=>i`
            <li key=${o.id} class="workspace-item">
              <h4>${t("workspace.comment",{name:o.author_name||t("idea.anonymous")})}</h4>
              <p>${o.body}</p>
              <${ht} record=${o} />
              <${$t} kind="comments" record=${o} done=${s} />
            </li>`)}
        <//>`:!r&&i`<p>${t("common.loading")}</p>`}
    </section>`}var Qt={published:["in_review"],in_review:["accepted","declined"],accepted:["in_progress"],in_progress:["implemented"]},Xt="status!='submitted' && status!='implemented' && status!='declined' && status!='merged'";function Yt({idea:e,organization:n,done:r}){let s="move-"+e.id,o=Qt[e.status]||[],[d,a]=c(o[0]||""),[l,m]=c(""),[h,p]=c(!1),{error:g,busy:u,run:E}=j(r);if(!o.length)return null;let $=I=>{if(I.preventDefault(),!l.trim()){p(!0),document.getElementById(s+"-response")?.focus();return}p(!1),E(()=>B("/api/collections/status_changes/records",{method:"POST",body:{idea:e.id,to:d,response:l.trim(),actor:v.value.id,organization:n}}))},y=[s+"-hint",h&&s+"-missing"].filter(Boolean).join(" ");return i`
    <form class="stack workspace-form" onSubmit=${$} noValidate>
      <div class="field">
        <label for=${s+"-to"}>${t("workspace.nextStatus")}</label>
        <select id=${s+"-to"} value=${d} onChange=${I=>a(I.currentTarget.value)}>
          ${o.map(I=>i`<option value=${I}>${t("status."+I)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for=${s+"-response"}>${t("workspace.response")}</label>
        <p class="hint" id=${s+"-hint"}>${t("workspace.responseHint")}</p>
        ${h&&i`<p class="error" id=${s+"-missing"}>${t("workspace.responseRequired")}</p>`}
        <textarea id=${s+"-response"} rows="3" maxLength="5000" required value=${l}
          aria-describedby=${y} aria-invalid=${h?"true":void 0}
          onInput=${I=>m(I.currentTarget.value)}></textarea>
      </div>
      <${_} error=${g} id=${s+"-error"} />
      <button type="submit" disabled=${u}>${t("workspace.move")}</button>
    </form>`}function Jt({regionId:e}){let{data:n,error:r}=O(()=>B(`/api/regions/${encodeURIComponent(e)}/responsiveness`)),s=L.value.get(e)?.name||"";if(r)return i`<${_} error=${r} id=${"responsiveness-"+e+"-error"} />`;if(!n)return i`<p>${t("common.loading")}</p>`;let o=d=>d==null?t("workspace.noValue"):t("workspace.days",{count:Math.round(d)});return i`
    <dl class="workspace-figures">
      ${s&&i`<dt>${t("workspace.region")}</dt><dd>${s}</dd>`}
      <dt>${t("workspace.median")}</dt><dd>${o(n.median_days_to_response)}</dd>
      <dt>${t("workspace.unanswered")}</dt><dd>${n.unanswered??0}</dd>
      <dt>${t("workspace.oldest")}</dt><dd>${n.unanswered?o(n.oldest_unanswered_days):t("workspace.noValue")}</dd>
    </dl>`}function bt({organization:e}){let{data:n,error:r,reload:s}=O(()=>H("ideas",Xt,{sort:"created"})),o=e.regions||[];return i`
    <section aria-labelledby="responsiveness-title">
      <h2 id="responsiveness-title">${t("workspace.responsivenessTitle")}</h2>
      ${o.map(d=>i`<${Jt} key=${d} regionId=${d} />`)}
    </section>
    <section aria-labelledby="open-title">
      <h2 id="open-title">${t("workspace.openTitle")}${n?` (${n.length})`:""}</h2>
      <${_} error=${r} id="open-error" />
      ${n?n.length===0?i`<p class="muted">${t("workspace.noneOpen")}</p>`:i`
        <ul class="plain workspace-list">
          ${n.map(d=>i`
            <li key=${d.id} class="workspace-item">
              <h3><a href=${"/ideas/"+d.id}>${d.title}</a></h3>
              <p class="meta"><${V} status=${d.status} /> ${t("workspace.since",{date:D(d.created)})}</p>
              <${Yt} idea=${d} organization=${e.id} done=${s} />
            </li>`)}
        </ul>`:!r&&i`<p>${t("common.loading")}</p>`}
    </section>`}function en(){k(t("workspace.title"));let e=Q(),[n,r]=c(!1);z(()=>{e&&v.value&&Ze().catch(()=>{}).finally(()=>r(!0))},[e,v.value?.id]),w(!0);let s=ue.value,o=s.find(l=>l.role==="moderator"),d=s.find(l=>l.role==="staff"),a;return v.value?e?!o&&!d?a=i`<p>${n?t("workspace.noRole"):t("common.loading")}</p>`:a=i`
      <p>${t("workspace.intro")}</p>
      <p><a href="/assisted">${t("assisted.fromWorkspace")}</a></p>
      ${d&&i`<${bt} organization=${d.expand?.organization||{id:d.organization}} />`}
      ${o&&i`<${gt} organization=${o.organization} />`}`:a=i`<p class="notice notice-offline">${t("workspace.offline")}</p>`:a=i`<p>${t("workspace.signIn")} <a href=${q()}>${t("nav.signIn")}</a></p>`,i`
    <h1 tabindex="-1">${t("workspace.title")}</h1>
    ${a}`}async function tn(){return(await B("/api/collections/notifications/records?sort=-created&skipTotal=1&perPage=100&expand=idea,target_idea")).items}function nn({entry:e,done:n}){let{error:r,busy:s,run:o}=j(n),d="notification-"+e.id,a=e.expand?.idea,l=e.expand?.target_idea,m=a?.title||t("inbox.theIdea"),h=l?.title||t("inbox.theIdea"),p=t("inbox.kind."+e.kind,{title:m,target:h,status:e.status?t("status."+e.status):""});return i`
    <li class=${"workspace-item inbox-item"+(e.read?"":" unread")}>
      <p id=${d+"-text"}>${!e.read&&i`<strong>${t("inbox.new")}: </strong>`}${p}</p>
      ${e.reason&&i`<p>${t("inbox.reason")} ${e.reason}</p>`}
      <p class="meta">${D(e.created)}</p>
      <ul class="plain inbox-links">
        ${e.idea&&i`<li><a href=${"/ideas/"+e.idea}>${t("inbox.open",{title:m})}</a></li>`}
        ${e.target_idea&&i`<li><a href=${"/ideas/"+e.target_idea}>${t("inbox.openTarget",{title:h})}</a></li>`}
      </ul>
      ${!e.read&&i`
        <button type="button" class="secondary" disabled=${s} aria-describedby=${d+"-text"}
          onClick=${()=>o(()=>B(`/api/collections/notifications/records/${e.id}`,{method:"PATCH",body:{read:!0}}))}>
          ${t("inbox.markRead")}
        </button>`}
      <${_} error=${r} id=${d+"-error"} />
    </li>`}function rn(){let e=v.value,[n,r]=c(null),[s,o]=c(!1),[d,a]=c(null),[l,m]=c(!1);z(()=>{B(`/api/collections/users/records/${e.id}`).then(p=>r(!!p.email_opt_out),a)},[e.id]);let h=async p=>{let g=p.currentTarget.checked,u=n;r(!g),m(!0),o(!1),a(null);try{let E=await B(`/api/collections/users/records/${e.id}`,{method:"PATCH",body:{email_opt_out:!g}});r(!!E.email_opt_out),o(!0)}catch(E){r(u),a(E)}finally{m(!1)}};return i`
    <section aria-labelledby="inbox-settings-title">
      <h2 id="inbox-settings-title">${t("inbox.settingsTitle")}</h2>
      ${n===null&&!d?i`<p>${t("common.loading")}</p>`:i`
        <div class="field">
          <label class="choice">
            <input type="checkbox" id="inbox-email" checked=${n===!1} disabled=${l||n===null}
              aria-describedby="inbox-email-hint" onChange=${h} />
            ${t("inbox.email")}
          </label>
          <p class="hint" id="inbox-email-hint">${t("inbox.emailHint")}</p>
        </div>`}
      <p role="status" class="muted">${s?t("inbox.saved"):""}</p>
      <${_} error=${d} id="inbox-email-error" />
    </section>`}function sn(){let{data:e,error:n,reload:r}=O(tn);return i`
    <section aria-labelledby="inbox-list-title">
      <h2 id="inbox-list-title">${t("inbox.listTitle")}</h2>
      <${_} error=${n} id="inbox-error" />
      ${e?e.length===0?i`<p class="muted">${t("inbox.none")}</p>`:i`
        <ul class="plain workspace-list">
          ${e.map(s=>i`<${nn} key=${s.id} entry=${s} done=${r} />`)}
        </ul>`:!n&&i`<p>${t("common.loading")}</p>`}
    </section>`}function on(){k(t("inbox.title"));let e=Q();w(!0);let n;return v.value?e?n=i`<${sn} key=${v.value.id} /><${rn} key=${"email-"+v.value.id} />`:n=i`<p class="notice notice-offline">${t("inbox.offline")}</p>`:n=i`<p>${t("inbox.signIn")} <a href=${q()}>${t("nav.signIn")}</a></p>`,i`
    <h1 tabindex="-1">${t("inbox.title")}</h1>
    ${n}`}async function an(){let e=new URLSearchParams({filter:"shared_solution=true",sort:"-updated",skipTotal:"1",perPage:"100"});return(await B(`/api/collections/ideas/records?${e}`)).items}function dn({solution:e,organization:n}){let r="adopt-"+e.id,[s,o]=c(null),[d,a]=c(!1),[l,m]=c(null),h=n.regions[0],p=async()=>{a(!0),o(null);try{let g=await B("/api/collections/adoptions/records",{method:"POST",body:{origin:e.id,region:h,organization:n.id,by:v.value.id}});m(g),setTimeout(()=>document.getElementById(r+"-done")?.focus(),0)}catch(g){o(g)}finally{a(!1)}};return l?i`
      <p id=${r+"-done"} tabindex="-1" role="status">
        ${t("solutions.adopted")} <a href=${"/ideas/"+l.idea}>${t("solutions.openAdopted")}</a>
      </p>`:i`
    <button type="button" disabled=${d} aria-describedby=${"solution-"+e.id+"-title"} onClick=${p}>
      ${t("solutions.adopt")}
    </button>
    <${_} error=${s} id=${r+"-error"} />`}function ln(){k(t("solutions.title"));let e=Q();w(!0);let{data:n,error:r}=O(an),o=ue.value.find(a=>a.role==="staff"&&a.expand?.organization?.regions?.length)?.expand.organization,d;return e?r?d=i`<${_} error=${r} id="solutions-error" />`:n?n.length===0?d=i`<p class="muted">${t("solutions.none")}</p>`:d=i`
      <ul class="plain workspace-list">
        ${n.map(a=>i`
          <li key=${a.id} class="workspace-item">
            <h2 id=${"solution-"+a.id+"-title"}><a href=${"/ideas/"+a.id}>${a.title}</a></h2>
            <p class="meta">${t("solutions.from",{region:L.value.get(a.region)?.name||"–",date:D(a.updated)})}</p>
            ${o&&!o.regions.includes(a.region)&&i`
              <${dn} solution=${a} organization=${o} />`}
          </li>`)}
      </ul>`:d=i`<p>${t("common.loading")}</p>`:d=i`<p class="notice notice-offline">${t("solutions.offline")}</p>`,i`
    <h1 tabindex="-1">${t("solutions.title")}</h1>
    <p>${t("solutions.intro")}</p>
    ${d}`}var Se=(e,n)=>e.name.localeCompare(n.name,"de");function cn(e){return(e?.regions||[]).map(r=>L.value.get(r)).filter(Boolean).sort(Se).flatMap(r=>[r,...N.regions.value.filter(s=>s.parent===r.id).sort(Se)])}function vt({name:e,legend:n,value:r,choices:s,onChange:o}){return i`
    <fieldset>
      <legend>${n}</legend>
      <div class="choices">
        ${s.map(([d,a])=>i`
          <label class="choice">
            <input type="radio" name=${e} value=${d} checked=${r===d} onChange=${()=>o(d)} />
            ${a}
          </label>`)}
      </div>
    </fieldset>`}function un(e){let n={};return e.kind==="idea"?(e.title.trim().length<f.title[0]&&(n.title=t("hint.titleShort",{min:f.title[0]})),e.body.trim().length<f.body[0]&&(n.body=t("hint.bodyShort",{min:f.body[0]}))):(e.service||(n.service=t("assisted.serviceRequired")),e.rating||(n.rating=t("rate.ratingRequired"))),e.consent||(n.consent=t("assisted.consentRequired")),n}var mn=[["title","entry-title"],["body","entry-body"],["service","entry-service"],["rating","rating-1"],["consent","entry-consent"]];function pn({form:e,set:n,errors:r}){return i`
    <${S} id="entry-title" label=${t("newIdea.titleLabel")} hint=${t("hint.title",{min:f.title[0],max:f.title[1]})}
      error=${r.title} control=${s=>i`
        <input ...${s} type="text" required maxLength=${f.title[1]} value=${e.title} onInput=${n("title")} />`} />
    <${S} id="entry-body" label=${t("newIdea.bodyLabel")} hint=${t("hint.body",{min:f.body[0],max:f.body[1]})}
      error=${r.body} control=${s=>i`
        <textarea ...${s} rows="6" required maxLength=${f.body[1]} value=${e.body} onInput=${n("body")}></textarea>`} />
    <${S} id="entry-topic" label=${t("newIdea.topicLabel")} control=${s=>i`
      <select ...${s} value=${e.topic} onChange=${n("topic")}>
        <option value="">${t("newIdea.none")}</option>
        ${K.map(o=>i`<option value=${o}>${t("topic."+o)}</option>`)}
      </select>`} />`}function $n({form:e,set:n,setForm:r,errors:s,place:o}){let d=o?ee(N.services.value,o).sort(Se):[],a=l=>r(m=>({...m,barriers:m.barriers.includes(l)?m.barriers.filter(h=>h!==l):[...m.barriers,l]}));return i`
    <${S} id="entry-service" label=${t("assisted.service")} error=${s.service} control=${l=>i`
      <select ...${l} required value=${e.service} onChange=${n("service")}>
        <option value="">${t("report.choose")}</option>
        ${d.map(m=>i`<option value=${m.id}>${m.name}</option>`)}
      </select>`} />
    <${ve} rating=${e.rating} setRating=${l=>r(m=>({...m,rating:l}))}
      barriers=${e.barriers} toggle=${a} text=${e.text} setText=${l=>r(m=>({...m,text:l}))}
      error=${s.rating} />`}var yt={title:"",body:"",topic:"",service:"",rating:0,barriers:[],text:"",consent:!1};function hn({organizations:e}){let[n,r]=c({kind:"idea",channel:"assisted",organization:e[0].id,region:"",...yt}),[s,o]=c({}),[d,a]=c(""),l=e.find($=>$.id===n.organization)||e[0],m=cn(l),h=m.find($=>$.id===C.value?.id)||m[0],p=m.find($=>$.id===n.region)||h,g=$=>y=>{let{value:I}=y.currentTarget;r(b=>({...b,[$]:I}))},u=$=>y=>r(I=>({...I,[$]:y}));return i`
    <form class="stack" onSubmit=${async $=>{$.preventDefault();let y=un(n);o(y),a("");let I=mn.find(([R])=>y[R]);if(I){document.getElementById(I[1])?.focus();return}let b={channel:n.channel,organization:l.id,consent:n.consent};n.kind==="idea"?await ae({title:n.title.trim(),body:n.body.trim(),region:p.id,topic:n.topic},b):await le({service:n.service,region:p.id,rating:n.rating,text:n.text.trim(),barriers:n.barriers},b),r(R=>({...R,...yt})),a(t(n.kind==="idea"?"assisted.savedIdea":"assisted.savedFeedback"))}} noValidate>
      <${vt} name="kind" legend=${t("assisted.kind")} value=${n.kind} onChange=${u("kind")}
        choices=${[["idea",t("assisted.kindIdea")],["feedback",t("assisted.kindFeedback")]]} />
      <${vt} name="channel" legend=${t("assisted.channel")} value=${n.channel} onChange=${u("channel")}
        choices=${[["assisted",t("assisted.channelAssisted")],["paper",t("assisted.channelPaper")]]} />
      <${S} id="entry-organization" label=${t("assisted.organization")} control=${$=>i`
        <select ...${$} value=${l.id} onChange=${y=>{let{value:I}=y.currentTarget;r(b=>({...b,organization:I,region:"",service:""}))}}>
          ${e.map(y=>i`<option value=${y.id}>${y.name}</option>`)}
        </select>`} />
      <${S} id="entry-region" label=${t("assisted.region")} control=${$=>i`
        <select ...${$} value=${p?.id||""} onChange=${y=>{let{value:I}=y.currentTarget;r(b=>({...b,region:I,service:""}))}}>
          ${m.map(y=>i`<option value=${y.id}>${y.name}</option>`)}
        </select>`} />
      ${n.kind==="idea"?i`<${pn} form=${n} set=${g} errors=${s} />`:i`<${$n} form=${n} set=${g} setForm=${r} errors=${s} place=${p} />`}
      <div class="field">
        ${s.consent&&i`<p class="error" id="entry-consent-error">${s.consent}</p>`}
        <label class="choice">
          <input type="checkbox" id="entry-consent" required checked=${n.consent}
            aria-describedby=${["entry-consent-hint",s.consent&&"entry-consent-error"].filter(Boolean).join(" ")}
            aria-invalid=${s.consent?"true":void 0}
            onChange=${$=>{let{checked:y}=$.currentTarget;r(I=>({...I,consent:y}))}} />
          ${t("assisted.consent")}
        </label>
        <p class="hint" id="entry-consent-hint">${t("assisted.consentHint")}</p>
      </div>
      <button type="submit">${t("assisted.submit")}</button>
      <p role="status">${d&&i`${d} <a href="/mine">${t("assisted.seeQueue")}</a>`}</p>
    </form>`}function fn(){k(t("assisted.title")),w(T.value);let e=Ke.value,n;return v.value?e.length?T.value?n=i`<${hn} organizations=${e} />`:n=i`<p>${t("common.loading")}</p>`:n=i`<p>${t("assisted.noOrganization")}</p>`:n=i`<p>${t("assisted.signIn")} <a href=${q()}>${t("nav.signIn")}</a></p>`,i`
    <h1 tabindex="-1">${t("assisted.title")}</h1>
    <p>${t("assisted.intro")}</p>
    ${n}`}Ce(Ge);export{Ht as Accessibility,fn as Assisted,Wt as Help,At as Idea,Ft as IdeaNew,Tt as Ideas,on as Inbox,qt as Mine,xt as Service,kt as Services,jt as SignIn,Ut as SignUp,ln as Solutions,en as Workspace};
