import{$ as rt,A as Ce,B as b,C as Ke,E as Ze,F as Ge,I as N,K as E,M as A,N as U,O as Qe,P as R,S as Ye,T as ye,U as Je,V as ke,W as et,X as tt,Y as nt,Z as Ie,_ as it,b as c,ba as k,c as B,da as xe,e as Ve,ea as Z,f as $e,ga as Se,h as i,i as Y,ia as st,j as he,ja as ot,k as Pe,l as fe,la as I,m as y,ma as F,n as ge,na as L,o as je,oa as _,p as Ue,pa as Te,q as C,qa as ee,r as J,ra as Re,s as We,sa as H,ta as P,u as be,va as ae,w as He,wa as Be,y as t,z as T}from"./chunk-M2TLKKNC.js";import{c as Xe}from"./chunk-5ZDEQIYP.js";import{a as K,b as De,d as O,f as ve,g as we}from"./chunk-YDZLABHL.js";var at={"services.title":"Digitale Dienste in {name}","services.intro":"Diese Dienste können Sie online nutzen. Bewerten Sie einen Dienst und sagen Sie uns, wo es Barrieren gibt.","services.topics":"Themenfelder","services.none":"Für diese Gemeinde sind noch keine Dienste eingetragen.","services.noRatings":"Noch keine Bewertungen.","services.rating":{one:"Durchschnitt {mean} von 5 Sternen (1 Bewertung)",other:"Durchschnitt {mean} von 5 Sternen ({count} Bewertungen)"},"services.barriers":"Gemeldete Barrieren:","service.back":"Zurück zu allen Diensten","service.link":"Zum Online-Dienst (externe Seite)","service.summaryTitle":"Bewertungen in {name}","service.mine":"Ihre Bewertung","service.myRating":"{rating} von 5 Sternen, am {date}","rate.title":"Diesen Dienst bewerten","rate.ratingLegend":"Wie gut hat der Dienst für Sie funktioniert?","rate.value1":"1 Stern: sehr schlecht","rate.value2":"2 Sterne: schlecht","rate.value3":"3 Sterne: mittel","rate.value4":"4 Sterne: gut","rate.value5":"5 Sterne: sehr gut","rate.ratingRequired":"Bitte wählen Sie eine Bewertung.","rate.barriersLegend":"Gab es Barrieren?","rate.text":"Was ist Ihnen aufgefallen? (freiwillig)","rate.submit":"Bewertung senden","rate.thanks":"Danke! Ihre Bewertung ist gespeichert.","barrier.screenreader":"Nicht mit Vorlese-Programm nutzbar","barrier.complicated":"Zu kompliziert","barrier.in_person":"Trotzdem persönlich erscheinen","barrier.mobile":"Geht nicht gut auf dem Handy","barrier.language":"Sprache nicht verständlich","ideas.title":"Ideen im {name}","ideas.submitLink":"Eigene Idee einreichen","ideas.searchLabel":"Ideen durchsuchen","ideas.search":"Suchen","ideas.clearSearch":"Suche beenden","ideas.searchShort":"Bitte geben Sie mindestens 3 Zeichen ein.","ideas.searchFailed":"Die Suche hat nicht geklappt. Bitte versuchen Sie es noch einmal.","ideas.resultsTitle":"Suchergebnisse","ideas.results":{one:"1 Idee zu „{q}“ gefunden.",other:"{count} Ideen zu „{q}“ gefunden."},"ideas.resultsOffline":{one:"1 Idee zu „{q}“ gefunden (ohne Verbindung in den gespeicherten Ideen gesucht).",other:"{count} Ideen zu „{q}“ gefunden (ohne Verbindung in den gespeicherten Ideen gesucht)."},"ideas.sortLabel":"Sortieren nach","ideas.sortNew":"Neueste zuerst","ideas.sortTop":"Meiste Unterstützung","ideas.sortStatus":"Stand der Bearbeitung","ideas.scopeLabel":"Welche Ideen","ideas.scopeDistrict":"Ganzer {name}","ideas.scopePlace":"Nur {name} und der ganze Kreis","ideas.listTitle":"Alle Ideen","idea.back":"Zurück zu allen Ideen","idea.by":"von {name}","idea.anonymous":"ohne Namen","idea.chooseRegion":"Wählen Sie Ihre Gemeinde, um alle Ideen Ihrer Region zu sehen und mitzumachen.","idea.pendingNote":"Diese Idee ist auf Ihrem Gerät gespeichert und wird gesendet, sobald eine Verbindung besteht.","idea.awaitingModeration":"Diese Idee wird veröffentlicht, sobald die Moderation sie freigegeben hat.","idea.merged":"Diese Idee wurde zusammengeführt mit:","idea.mergedUnknown":"der anderen Idee","idea.service":"Dienst:","idea.topic":"Themenfeld:","idea.votesTitle":"Unterstützung","idea.vote":"Idee unterstützen","idea.retract":"Unterstützung zurücknehmen","idea.youVoted":"Sie unterstützen diese Idee.","idea.voteAfterSync":"Sobald die Idee gesendet ist, kann sie unterstützt werden.","idea.endorsements":"Unterstützt von Verbänden","idea.unknownOrganization":"Ein Verband","idea.history":"Verlauf und Antworten der Verwaltung","idea.commentsTitle":{one:"1 Kommentar",other:"{count} Kommentare"},"idea.noComments":"Noch keine Kommentare.","idea.commentLabel":"Ihr Kommentar","idea.commentSubmit":"Kommentar senden","idea.commentsClosed":"Zu dieser Idee kann man nicht kommentieren.","report.idea":"Idee melden","report.comment":"Kommentar melden","report.reason":"Grund der Meldung","report.choose":"Bitte wählen","report.reason.spam":"Werbung oder Spam","report.reason.offensive":"Beleidigend","report.reason.personal_data":"Enthält persönliche Daten","report.reason.off_topic":"Gehört nicht hierher","report.reason.other":"Anderer Grund","report.reasonRequired":"Bitte wählen Sie einen Grund.","report.note":"Anmerkung (freiwillig)","report.submit":"Meldung senden","report.done":"Sie haben diesen Beitrag gemeldet. Danke!","newIdea.title":"Idee einreichen","newIdea.titleLabel":"Titel","newIdea.bodyLabel":"Beschreibung","newIdea.whereLabel":"Für welchen Ort?","newIdea.wholeDistrict":"Den ganzen {name}","newIdea.serviceLabel":"Betrifft die Idee einen Dienst? (freiwillig)","newIdea.topicLabel":"Themenfeld (freiwillig)","newIdea.none":"Keine Angabe","newIdea.submit":"Idee einreichen","newIdea.similarTitle":"Ähnliche Ideen","newIdea.similarNone":"Während Sie schreiben, zeigen wir hier ähnliche Ideen, die es schon gibt.","newIdea.similarFound":{one:"Es gibt 1 ähnliche Idee. Vielleicht möchten Sie diese unterstützen?",other:"Es gibt {count} ähnliche Ideen. Vielleicht möchten Sie eine davon unterstützen?"},"newIdea.similarFoundOffline":{one:"In den gespeicherten Ideen gibt es 1 ähnliche Idee.",other:"In den gespeicherten Ideen gibt es {count} ähnliche Ideen."},"newIdea.supportInstead":"Stattdessen unterstützen","hint.newIdea":"Beschreiben Sie, was besser werden soll und warum. Die Verwaltung antwortet öffentlich.","hint.title":"Ein kurzer Satz, {min} bis {max} Zeichen.","hint.body":"Was ist das Problem, was schlagen Sie vor? {min} bis {max} Zeichen.","hint.titleShort":"Der Titel ist zu kurz: bitte mindestens {min} Zeichen.","hint.bodyShort":"Die Beschreibung ist zu kurz: bitte mindestens {min} Zeichen.","hint.where":"Ihre Gemeinde oder der ganze Landkreis.","hint.service":"Zum Beispiel „Wohngeld beantragen“.","hint.topic":"Hilft anderen, Ihre Idee zu finden.","hint.comment":"Bleiben Sie freundlich und sachlich. Höchstens {max} Zeichen.","hint.commentRequired":"Bitte schreiben Sie einen Kommentar.","hint.barriers":"Sie können mehrere ankreuzen.","hint.feedbackText":"Bitte keine persönlichen Daten. Höchstens {max} Zeichen.","hint.reportNote":"Höchstens {max} Zeichen.","hint.signedOut":"Sie sind nicht angemeldet. Ihr Beitrag wird gespeichert und gesendet, sobald Sie sich anmelden.","hint.displayName":"Dieser Name steht bei Ihren Beiträgen. Ein Fantasiename ist in Ordnung. {min} bis {max} Zeichen.","hint.email":"Nur für die Anmeldung. Andere sehen Ihre E-Mail-Adresse nie.","hint.password":"Mindestens {min} Zeichen.","mine.title":"Meine Beiträge","mine.signedOut":"Melden Sie sich an, um Ihre gesendeten Beiträge zu sehen.","mine.rejected":"Nicht angenommen","mine.rejectedHelp":"Der Server hat diese Beiträge nicht angenommen. Sie können sie korrigieren und erneut senden oder verwerfen.","mine.noneRejected":"Keine.","mine.pending":"Warten auf Verbindung","mine.nonePending":"Alle Beiträge sind gesendet.","mine.ideas":"Meine Ideen","mine.comments":"Meine Kommentare","mine.votes":"Ideen, die ich unterstütze","mine.feedback":"Meine Bewertungen","mine.reports":"Meine Meldungen","mine.reportsCount":{one:"Sie haben 1 Beitrag gemeldet.",other:"Sie haben {count} Beiträge gemeldet."},"mine.none":"Noch keine.","mine.commentOn":"Zu","mine.hidden":"ausgeblendet","mine.unknownIdea":"einer Idee","mine.fix":"Korrigieren","mine.discard":"Verwerfen","mine.sendAgain":"Erneut senden","mine.what.idea":"Idee „{title}“","mine.what.comment":"Kommentar zu „{title}“","mine.what.vote":"Unterstützung für „{title}“","mine.what.retract":"Unterstützung für „{title}“ zurücknehmen","mine.what.feedback":"Bewertung von „{name}“: {rating} von 5 Sternen","mine.what.edit":"Änderung an der Idee „{title}“","editIdea.open":"Idee bearbeiten","editIdea.title":"Idee bearbeiten","editIdea.hint":"Sie können Ihre Idee ändern, bis die Moderation sie freigibt.","editIdea.save":"Änderung speichern","editIdea.cancel":"Abbrechen","mine.what.report":"Meldung an die Moderation","account.email":"E-Mail-Adresse","account.password":"Passwort","account.passwordConfirm":"Passwort wiederholen","account.displayName":"Angezeigter Name","account.fixFields":"Bitte prüfen Sie die markierten Angaben.","account.offline":"Keine Verbindung. Zum Anmelden brauchen Sie eine Verbindung.","signIn.title":"Anmelden","signIn.intro":"Melden Sie sich an, um Ideen einzureichen, abzustimmen, zu kommentieren und Dienste zu bewerten.","signIn.submit":"Anmelden","signIn.wrong":"E-Mail-Adresse oder Passwort stimmen nicht.","signIn.noAccount":"Noch kein Konto?","signUp.title":"Konto anlegen","signUp.intro":"Sie brauchen nur eine E-Mail-Adresse und einen Namen. Der Name darf ein Fantasiename sein.","signUp.submit":"Konto anlegen","signUp.haveAccount":"Sie haben schon ein Konto?","topic.arbeit_ruhestand":"Arbeit & Ruhestand","topic.bauen_wohnen":"Bauen & Wohnen","topic.bildung":"Bildung","topic.ein_auswanderung":"Ein- & Auswanderung","topic.engagement_hobby":"Engagement & Hobby","topic.familie_kind":"Familie & Kind","topic.forschung_foerderung":"Forschung & Förderung","topic.gesundheit":"Gesundheit","topic.mobilitaet_reisen":"Mobilität & Reisen","topic.recht_ordnung":"Recht & Ordnung","topic.steuern_zoll":"Steuern & Zoll","topic.umwelt":"Umwelt","topic.unternehmen":"Unternehmen","topic.querschnitt":"Querschnittsleistungen","topic.soziales":"Soziales","error.unknown":"Der Beitrag konnte nicht gespeichert werden.","error.vote_idea_hidden":"Diese Idee ist ausgeblendet; für sie kann nicht abgestimmt werden.","error.vote_idea_not_published":"Diese Idee ist noch nicht veröffentlicht.","error.vote_idea_merged":"Diese Idee wurde mit einer anderen zusammengeführt; stimmen Sie bitte dort ab.","error.vote_idea_declined":"Diese Idee wurde abgelehnt; für sie kann nicht mehr abgestimmt werden.","error.feedback_service_not_offered":"Dieser Dienst wird in dieser Region nicht online angeboten.","error.idea_changed":"Die Idee wurde inzwischen auf dem Server geändert.","error.sync_forbidden":"Dazu sind Sie nicht berechtigt.","error.sync_not_found":"Der Eintrag wurde nicht gefunden.","error.validation_pk_invalid":"Diese Kennung ist ungültig oder schon vergeben.","error.validation_not_unique":"Diesen Eintrag gibt es schon.","error.validation_required":"Bitte ausfüllen.","error.validation_missing_rel_records":"Der verknüpfte Eintrag existiert nicht (mehr).","error.validation_invalid_email":"Bitte geben Sie eine gültige E-Mail-Adresse ein.","error.validation_values_mismatch":"Die Passwörter stimmen nicht überein.","error.report_target_required":"Bitte genau einen Inhalt melden: eine Idee oder einen Kommentar.","workspace.title":"Arbeitsbereich","workspace.intro":"Hier sehen Sie, was in Ihrer Region auf Moderation oder eine Antwort wartet.","workspace.signIn":"Bitte melden Sie sich an, um den Arbeitsbereich zu nutzen.","workspace.noRole":"Der Arbeitsbereich ist für Moderatorinnen und Moderatoren von Verbänden und für Mitarbeitende der Verwaltung.","workspace.offline":"Der Arbeitsbereich braucht eine Verbindung. Bitte versuchen Sie es wieder, sobald Sie online sind.","workspace.moderationTitle":"Moderation","workspace.submitted":"Ideen, die auf Freigabe warten","workspace.noneSubmitted":"Keine Idee wartet auf Freigabe.","workspace.reports":"Offene Meldungen","workspace.noneReports":"Keine offenen Meldungen.","workspace.hiddenIdeas":"Ausgeblendete Ideen","workspace.hiddenComments":"Ausgeblendete Kommentare","workspace.noneHidden":"Nichts ausgeblendet.","workspace.publish":"Veröffentlichen","workspace.hide":"Ausblenden","workspace.restore":"Wieder anzeigen","workspace.hideReason":"Grund für das Ausblenden","workspace.hideNote":"Erklärung für die Person (freiwillig)","workspace.hiddenBecause":"Ausgeblendet:","workspace.reportedFor":"Gemeldet:","workspace.comment":"Kommentar von {name}","workspace.responsivenessTitle":"So schnell antwortet Ihre Verwaltung","workspace.region":"Region","workspace.median":"Mittlere Zeit bis zur ersten Antwort","workspace.unanswered":"Ideen ohne Antwort","workspace.oldest":"Älteste Idee ohne Antwort","workspace.days":{one:"1 Tag",other:"{count} Tage"},"workspace.noValue":"–","workspace.openTitle":"Offene Ideen, älteste zuerst","workspace.noneOpen":"Keine offenen Ideen.","workspace.since":"eingereicht am {date}","workspace.nextStatus":"Neuer Stand","workspace.response":"Öffentliche Antwort","workspace.responseHint":"Die Antwort erscheint bei der Idee für alle sichtbar.","workspace.responseRequired":"Bitte schreiben Sie eine Antwort.","workspace.move":"Stand ändern","workspace.mergeOpen":"Als Doppelung zusammenführen","workspace.mergeTarget":"Mit welcher ähnlichen Idee zusammenführen?","workspace.mergeTargetRequired":"Bitte wählen Sie die Idee, in die diese Idee aufgeht.","workspace.mergeSimilarity":"{percent} % ähnlich","workspace.mergeNone":"Keine ähnliche veröffentlichte Idee gefunden.","workspace.mergeResponseDefault":"Diese Idee gibt es schon. Wir haben sie mit der ähnlichen Idee zusammengeführt; die Stimmen zählen dort.","workspace.merge":"Zusammenführen","workspace.appeals":"Offene Widersprüche","workspace.noneAppeals":"Keine offenen Widersprüche.","workspace.appealFiled":"Widerspruch vom","workspace.appealDecision":"Ihre Entscheidung","workspace.appealDecisionRequired":"Bitte wählen Sie eine Entscheidung.","workspace.appeal.upheld":"Widerspruch annehmen: wieder anzeigen","workspace.appeal.rejected":"Widerspruch ablehnen: bleibt ausgeblendet","workspace.appealNote":"Begründung","workspace.appealNoteHint":"Die Begründung steht im Moderationsprotokoll.","workspace.appealNoteRequired":"Bitte schreiben Sie eine Begründung.","workspace.appealDecide":"Entscheiden","workspace.appealRefused":"Der Server hat die Entscheidung abgelehnt: Wer den Inhalt ausgeblendet hat, kann über den Widerspruch nicht entscheiden, oder jemand hat schon entschieden.","workspace.appealColleague":"Sie haben diesen Inhalt ausgeblendet. Über den Widerspruch muss eine Kollegin oder ein Kollege entscheiden.","workspace.openIdeas":"Offene Ideen in Ihren Regionen","workspace.endorsed":"{name} unterstützt diese Idee.","workspace.endorse":"Im Namen von {name} unterstützen","workspace.withdraw":"Unterstützung zurückziehen","inbox.title":"Benachrichtigungen","inbox.signIn":"Bitte melden Sie sich an, um Ihre Benachrichtigungen zu sehen.","inbox.offline":"Die Benachrichtigungen brauchen eine Verbindung. Bitte versuchen Sie es wieder, sobald Sie online sind.","inbox.listTitle":"Ihre Benachrichtigungen","inbox.none":"Sie haben keine Benachrichtigungen.","inbox.new":"Neu","inbox.theIdea":"diese Idee","inbox.reason":"Grund:","inbox.open":"Zur Idee „{title}“","inbox.openTarget":"Zur Idee „{title}“, für die Ihre Unterstützung jetzt zählt","inbox.markRead":"Als gelesen markieren","inbox.kind.published":"Ihre Idee „{title}“ wurde veröffentlicht.","inbox.kind.status_changed":"Ihre Idee „{title}“ hat einen neuen Stand: {status}.","inbox.kind.hidden":"Ihre Idee „{title}“ wurde ausgeblendet. Sie können Widerspruch einlegen.","inbox.kind.restored":"Ihre Idee „{title}“ wird wieder angezeigt.","inbox.kind.merged":"Ihre Idee „{title}“ wurde mit der Idee „{target}“ zusammengeführt.","inbox.kind.vote_moved":"Die Idee „{title}“ wurde zusammengeführt. Ihre Stimme zählt jetzt für „{target}“; Sie können sie dort zurückziehen.","inbox.kind.appeal_decided":"Über Ihren Widerspruch zur Idee „{title}“ wurde entschieden.","inbox.settingsTitle":"Einstellungen","inbox.email":"Benachrichtigungen auch per E-Mail","inbox.emailHint":"Die Benachrichtigungen hier bleiben in jedem Fall erhalten.","inbox.saved":"Ihre Einstellung ist gespeichert.","solutions.title":"Lösungen aus der Region","solutions.intro":"Diese Ideen wurden in einer Gemeinde umgesetzt und zum Nachmachen freigegeben. Verwaltungen anderer Gemeinden können sie übernehmen.","solutions.offline":"Die Lösungen aus der Region brauchen eine Verbindung. Bitte versuchen Sie es wieder, sobald Sie online sind.","solutions.none":"Noch keine Lösungen freigegeben.","solutions.from":"Umgesetzt in {region}, zuletzt geändert am {date}","solutions.region":"Für welche Gemeinde oder welchen Kreis übernehmen?","solutions.adopt":"Übernehmen","solutions.adopted":"Übernommen. Die Idee steht jetzt in Ihrer Region.","solutions.openAdopted":"Zur übernommenen Idee","appeal.title":"Widerspruch einlegen","appeal.label":"Warum soll Ihre Idee wieder angezeigt werden?","appeal.hint":"Zwischen {min} und {max} Zeichen. Sie können nur einmal widersprechen; eine andere Person aus der Moderation entscheidet.","appeal.short":"Bitte schreiben Sie mindestens {min} Zeichen.","appeal.submit":"Widerspruch senden","appeal.done":"Ihr Widerspruch ist eingegangen. Sie erhalten eine Benachrichtigung, sobald entschieden ist.","assisted.title":"Für jemanden eintragen","assisted.intro":"Hier tragen Sie eine Idee oder eine Bewertung für eine Person ein, die nicht online ist, zum Beispiel aus einer Sprechstunde oder von einem Papierformular. Das geht auch ohne Verbindung: Der Beitrag wird gesendet, sobald Sie wieder online sind.","assisted.signIn":"Bitte melden Sie sich an, um für jemanden einzutragen.","assisted.noOrganization":"Für jemanden eintragen können Mitglieder eines bestätigten Verbands oder einer Verwaltung. Wenn Sie Mitglied sind, öffnen Sie diese Seite einmal mit Verbindung.","assisted.kind":"Was tragen Sie ein?","assisted.kindIdea":"Eine Idee","assisted.kindFeedback":"Eine Bewertung eines Dienstes","assisted.channel":"Wie haben Sie den Beitrag bekommen?","assisted.channelAssisted":"Im Gespräch (zum Beispiel in einer Sprechstunde)","assisted.channelPaper":"Auf einem Papierformular","assisted.organization":"Für welche Organisation tragen Sie ein?","assisted.region":"Für welchen Ort?","assisted.service":"Welcher Dienst?","assisted.serviceRequired":"Bitte wählen Sie einen Dienst.","assisted.consent":"Die Person ist einverstanden, dass ich diesen Beitrag für sie eintrage.","assisted.consentHint":"Wir speichern nur, dass die Person einverstanden ist. Wer sie ist, speichern wir nicht. Bitte schreiben Sie keine Namen in den Text.","assisted.consentRequired":"Bitte bestätigen Sie, dass die Person einverstanden ist.","assisted.submit":"Eintragen","assisted.savedIdea":"Die Idee ist gespeichert und wird gesendet, sobald eine Verbindung besteht.","assisted.savedFeedback":"Die Bewertung ist gespeichert und wird gesendet, sobald eine Verbindung besteht.","assisted.entries":"Ihre Einträge für andere","assisted.seeQueue":"Stand der Beiträge ansehen","assisted.fromWorkspace":"Eine Idee oder Bewertung für jemanden eintragen, der nicht online ist"};var q=$e({region:"",rows:new Map});function Lt(e){let n=e?.count||0,r={};for(let o=1;o<=5;o++)r[o]=e?.[`rating_${o}`]||0;let s={};for(let o of Object.keys(e||{}))o.startsWith("barrier_")&&(s[o.slice(8)]=e[o]);return{count:n,mean:n?Math.round(e.rating_sum/n*100)/100:null,distribution:r,barriers:s}}function Ae(e,n){q.value={region:e,rows:new Map(n.map(r=>[r.service,Lt(r)]))}}async function ze(e){let n=await ve("stats:"+e);n?Ae(e,n):q.value.region!==e&&Ae(e,[]);try{let r=encodeURIComponent(`region='${e}'`),s=await O(`/api/collections/feedback_stats/records?filter=${r}&perPage=500&skipTotal=1`);await we("stats:"+e,s.items),Ae(e,s.items)}catch{}}async function dt(e,n){try{let r=await O(`/api/services/${encodeURIComponent(e)}/feedback?region=${encodeURIComponent(n)}`),s=new Map(q.value.region===n?q.value.rows:[]);s.set(e,r),q.value={region:n,rows:s}}catch{}}function de(e,n){return e.filter(r=>(r.regions||[]).some(s=>s===n.id||s===n.parent))}function Nt(){let e=C.value;if(I(t("services.title",{name:e?.name||""})),B(()=>{e&&ze(e.id)},[e?.id]),k(E.value),!e)return i`<h1 tabindex="-1">${t("nav.services")}</h1><p>${t("region.needed")}</p><${P} after="/services" />`;let n=de(N.services.value,e),r=q.value.region===e.id?q.value.rows:new Map,s=Y.map(o=>[o,n.filter(d=>d.topic===o).sort((d,a)=>d.name.localeCompare(a.name,"de"))]).filter(([,o])=>o.length);return i`
    <h1 tabindex="-1">${t("services.title",{name:e.name})}</h1>
    <p>${t("services.intro")}</p>
    ${E.value&&n.length===0&&i`<p>${t("services.none")}</p>`}
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
              <${Re} summary=${r.get(a.id)} />
            </li>`)}
        </ul>
      </section>`)}`}function Oe({rating:e,setRating:n,barriers:r,toggle:s,text:o,setText:d,error:a}){return i`
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
      ${Pe.map(l=>i`
        <label class="choice">
          <input type="checkbox" name="barriers" value=${l} checked=${r.includes(l)} onChange=${()=>s(l)} />
          ${t("barrier."+l)}
        </label>`)}
    </fieldset>
    <div class="field">
      <label for="feedback-text">${t("rate.text")}</label>
      <p class="hint" id="feedback-text-hint">${t("hint.feedbackText",{max:y.feedbackText[1]})}</p>
      <textarea id="feedback-text" rows="4" maxLength=${y.feedbackText[1]} aria-describedby="feedback-text-hint"
        value=${o} onInput=${l=>d(l.currentTarget.value)}></textarea>
    </div>`}function Ft({service:e,place:n}){let[r,s]=c(0),[o,d]=c([]),[a,l]=c(""),[u,$]=c(""),[p,f]=c(!1);return i`
    <form class="stack" onSubmit=${async h=>{if(h.preventDefault(),!r){$(t("rate.ratingRequired")),document.getElementById("rating-1")?.focus();return}$(""),await Ie({service:e.id,region:n.id,rating:r,text:a.trim(),barriers:o}),f(!0),s(0),d([]),l("")}} noValidate>
      <${Oe} rating=${r} setRating=${s} barriers=${o} toggle=${h=>d(o.includes(h)?o.filter(v=>v!==h):[...o,h])}
        text=${a} setText=${l} error=${u} />
      ${!b.value&&i`<p class="hint">${t("hint.signedOut")}</p>`}
      <button type="submit">${t("rate.submit")}</button>
      <p role="status">${p?t("rate.thanks"):""}</p>
    </form>`}function qt({id:e}){let n=C.value,r=U.value.get(e);if(I(r?.name||t("nav.services")),k(E.value),B(()=>{n&&ze(n.id).then(()=>dt(e,n.id))},[e,n?.id]),!n)return i`<h1 tabindex="-1">${t("nav.services")}</h1><p>${t("region.needed")}</p><${P} after=${"/services/"+e} />`;if(!r)return E.value?i`<${Be} />`:i`<p>${t("common.loading")}</p>`;let s=q.value.region===n.id?q.value.rows.get(e):null,o=R.value.feedback.filter(d=>d.service===e&&d.region===n.id);return i`
    <p><a href="/services">${t("service.back")}</a></p>
    <h1 tabindex="-1">${r.name}</h1>
    ${r.summary&&i`<p>${r.summary}</p>`}
    ${r.link&&i`<p><a href=${r.link} rel="noopener">${t("service.link")}</a></p>`}
    <h2>${t("service.summaryTitle",{name:n.name})}</h2>
    <${Re} summary=${s} />
    ${o.length>0&&i`
      <h2>${t("service.mine")}</h2>
      <ul class="plain">
        ${o.map(d=>i`
          <li key=${d.id}>
            ${t("service.myRating",{rating:d.rating,date:T(d.created)})} <${F} item=${d} />
            ${d.sync==="rejected"&&i`<${ee} error=${d.mutation.error} />`}
          </li>`)}
      </ul>`}
    <h2>${t("rate.title")}</h2>
    <${Ft} service=${r} place=${n} />`}var Vt=new Set("der die das und oder ein eine einer eines einem einen ist sind mit für fur von zu im in am an auf aus bei nicht auch es sich wir ich sie er man mehr sehr wie was wenn dass den dem des als nur noch so bitte the and for with of to a an is are be on in at".split(" "));function le(e){return(e||"").toLowerCase().replace(/ä/g,"ae").replace(/ö/g,"oe").replace(/ü/g,"ue").replace(/ß/g,"ss").normalize("NFD").replace(/[\u0300-\u036f]/g,"").split(/[^a-z0-9]+/).filter(n=>n.length>=3&&!Vt.has(n))}var ce=e=>e.replace(/(ungen|ung|en|er|es|e|n|s)$/,"")||e;function lt(e,n){let r=le(n).map(ce);if(!r.length)return[];let s=[];for(let o of e){let d=le(o.title).map(ce),a=d.concat(le(o.body).map(ce));r.every(l=>a.some(u=>u.startsWith(l)))&&s.push({idea:o,score:r.filter(l=>d.some(u=>u.startsWith(l))).length})}return s.sort((o,d)=>d.score-o.score).map(o=>o.idea)}function ct(e,n,r=5){let s=new Set(le(n).map(ce));if(s.size<2)return[];let o=[];for(let d of e){let a=new Set(le(d.title+" "+d.body).map(ce)),l=0;for(let $ of s)a.has($)&&l++;let u=l/Math.min(s.size,a.size||1);l>=2&&u>=.2&&o.push({idea:d,score:u})}return o.sort((d,a)=>a.score-d.score).slice(0,r).map(d=>d.idea)}async function ut(e,n,r){if(!navigator.onLine)return{items:lt(r,e),offline:!0};try{return{items:(await O(`/api/ideas/search?q=${encodeURIComponent(e)}&region=${encodeURIComponent(n)}`,{timeout:8e3})).items,offline:!1}}catch(s){if(!(s instanceof De))throw s;return{items:lt(r,e),offline:!0}}}async function mt(e,n,r){if(!navigator.onLine)return{items:ct(r,e),offline:!0};try{return{items:(await O(`/api/ideas/similar?text=${encodeURIComponent(e.slice(0,500))}&region=${encodeURIComponent(n)}&limit=5`,{timeout:5e3})).items,offline:!1}}catch(s){if(!(s instanceof De))throw s;return{items:ct(r,e),offline:!0}}}var pt={new:(e,n)=>e.created<n.created?1:-1,top:(e,n)=>(n.votes_count||0)-(e.votes_count||0)||(e.created<n.created?1:-1),status:(e,n)=>he.indexOf(e.status)-he.indexOf(n.status)||(n.votes_count||0)-(e.votes_count||0)};function Pt(e,n){let[r,s]=c(null);return B(()=>{if(s(null),!e)return;let o=!0;return ut(e,J.value,n).then(d=>o&&s(d)).catch(d=>o&&s({items:[],error:d})),()=>{o=!1}},[e,J.value]),r}function jt(){let e=C.value,{query:n}=xe.value,r=pt[n.get("sort")]?n.get("sort"):"new",s=n.get("scope")==="place"?"place":"district",o=(n.get("q")||"").trim(),[d,a]=c(o),l=A.value.get(J.value)?.name||"";I(t("ideas.title",{name:l||e?.name||""})),k(E.value);let $=[...R.value.ideas.values()].filter(g=>g.sync!=="rejected"&&!g.hidden).filter(g=>{let z=A.value.get(g.region);return g.region===J.value||z?.parent===J.value||g.sync!=="synced"}),p=Pt(o.length>=3?o:"",$);if(!e)return i`<h1 tabindex="-1">${t("nav.ideas")}</h1><p>${t("region.needed")}</p><${P} after="/ideas" />`;let f=$.filter(g=>s==="district"||g.region===e.id||g.region===e.parent).sort(pt[r]),m=g=>{let z=new URLSearchParams(n);for(let[j,X]of Object.entries(g))X?z.set(j,X):z.delete(j);Z("/ideas"+(z.toString()?"?"+z:""),{replace:!0})},w=g=>{g.preventDefault(),m({q:d.trim()})},h=null;if(o)if(o.length<3)h=i`<p class="error">${t("ideas.searchShort")}</p>`;else if(!p)h=i`<p>${t("common.loading")}</p>`;else if(p.error)h=i`<p class="error">${t("ideas.searchFailed")}</p>`;else{let g=p.items.map(z=>R.value.ideas.get(z.id)||{...z,sync:"synced"});h=i`
        <p>${t(p.offline?"ideas.resultsOffline":"ideas.results",{count:g.length,q:o})}</p>
        <${ae} ideas=${g} level="3" />`}let v=r==="status"?he.map(g=>[g,f.filter(z=>z.status===g)]).filter(([,g])=>g.length):null,D=f.filter(g=>!g.status);return i`
    <h1 tabindex="-1">${t("ideas.title",{name:l||e.name})}</h1>
    <p><a href="/ideas/new">${t("ideas.submitLink")}</a></p>
    <form role="search" class="search" onSubmit=${w}>
      <label for="idea-search">${t("ideas.searchLabel")}</label>
      <div class="inline">
        <input id="idea-search" type="search" name="q" value=${d} onInput=${g=>a(g.currentTarget.value)} />
        <button type="submit">${t("ideas.search")}</button>
        ${o&&i`<button type="button" class="secondary" onClick=${()=>{a(""),m({q:""})}}>${t("ideas.clearSearch")}</button>`}
      </div>
    </form>
    ${o&&i`<section aria-labelledby="results-title"><h2 id="results-title">${t("ideas.resultsTitle")}</h2>${h}</section>`}
    ${!o&&i`
      <div class="filters">
        <div class="field">
          <label for="idea-sort">${t("ideas.sortLabel")}</label>
          <select id="idea-sort" value=${r} onChange=${g=>m({sort:g.currentTarget.value==="new"?"":g.currentTarget.value})}>
            <option value="new">${t("ideas.sortNew")}</option>
            <option value="top">${t("ideas.sortTop")}</option>
            <option value="status">${t("ideas.sortStatus")}</option>
          </select>
        </div>
        <div class="field">
          <label for="idea-scope">${t("ideas.scopeLabel")}</label>
          <select id="idea-scope" value=${s} onChange=${g=>m({scope:g.currentTarget.value==="place"?"place":""})}>
            <option value="district">${t("ideas.scopeDistrict",{name:l})}</option>
            <option value="place">${t("ideas.scopePlace",{name:e.name})}</option>
          </select>
        </div>
      </div>
      <h2 class="visually-hidden">${t("ideas.listTitle")}</h2>
      ${E.value&&f.length===0&&i`<p>${t("ideas.none")}</p>`}
      ${v?i`
          ${D.length>0&&i`<h3>${t("sync.pending")}</h3><${ae} ideas=${D} level="4" />`}
          ${v.map(([g,z])=>i`<h3>${t("status."+g)}</h3><${ae} ideas=${z} level="4" />`)}`:i`<${ae} ideas=${f} level="3" />`}`}`}function Me({target:e,id:n,label:r}){let[s,o]=c(""),[d,a]=c(""),[l,u]=c("");return i`
    <details class="report">
      <summary>${r}</summary>
      <form class="stack" onSubmit=${async p=>{if(p.preventDefault(),!s){u(t("report.reasonRequired")),document.getElementById(n+"-reason")?.focus();return}await nt(e,s,d.trim())}} noValidate>
        <div class="field">
          <label for=${n+"-reason"}>${t("report.reason")}</label>
          ${l&&i`<p class="error" id=${n+"-error"}>${l}</p>`}
          <select id=${n+"-reason"} value=${s} aria-describedby=${l?n+"-error":void 0}
            aria-invalid=${l?"true":void 0} onChange=${p=>o(p.currentTarget.value)}>
            <option value="">${t("report.choose")}</option>
            ${fe.map(p=>i`<option value=${p}>${t("report.reason."+p)}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for=${n+"-note"}>${t("report.note")}</label>
          <p class="hint" id=${n+"-note-hint"}>${t("hint.reportNote",{max:y.note[1]})}</p>
          <textarea id=${n+"-note"} rows="2" maxLength=${y.note[1]} aria-describedby=${n+"-note-hint"}
            value=${d} onInput=${p=>a(p.currentTarget.value)}></textarea>
        </div>
        <button type="submit">${t("report.submit")}</button>
      </form>
    </details>`}function te(){let[e,n]=c(navigator.onLine);return B(()=>{let r=()=>n(navigator.onLine);return addEventListener("online",r),addEventListener("offline",r),()=>{removeEventListener("online",r),removeEventListener("offline",r)}},[]),e}function x(e,n={}){return O(e,{...n,token:Ce.value?.token})}async function V(e,n,{expand:r,sort:s="-created"}={}){let o=new URLSearchParams({filter:n,sort:s,perPage:"100",skipTotal:"1"});return r&&o.set("expand",r),(await x(`/api/collections/${e}/records?${o}`)).items}function W(e,n=[],r=()=>!0){let[s,o]=c({data:null,error:null}),d=Ve(()=>e().then(a=>o({data:a,error:null}),a=>o(l=>({data:l.data,error:a}))),[]);return B(()=>{d();let a=()=>document.visibilityState==="visible"&&d();document.addEventListener("visibilitychange",a);let l=0,u=n.length?Xe(n,Ce.value?.token,$=>{$?.record&&!r($.record)||(clearTimeout(l),l=setTimeout(d,300))}):()=>{};return()=>{document.removeEventListener("visibilitychange",a),clearTimeout(l),u()}},[]),{...s,reload:d}}function S({error:e,id:n}){if(!e)return null;if(!(e instanceof K))return i`<p class="error" id=${n} role="alert">${t("workspace.offline")}</p>`;let r=Object.entries(Te(e));return i`
    <div class="error" id=${n} role="alert">
      <p>${e.message}</p>
      ${r.length>0&&i`<ul>${r.map(([s,o])=>i`<li key=${s}>${s}: ${o}</li>`)}</ul>`}
    </div>`}function M(e){let[n,r]=c(null),[s,o]=c(!1);return{error:n,busy:s,run:async a=>{o(!0),r(null);try{await a(),await e()}catch(l){r(l)}finally{o(!1)}}}}function G({idea:e}){return i`
    <h4><a href=${"/ideas/"+e.id}>${e.title}</a></h4>
    <p class="meta">${t("idea.by",{name:e.author_name||t("idea.anonymous")})} · ${T(e.created)}</p>
    <p>${e.body}</p>`}function ue({record:e}){if(!e.moderation_reason&&!e.moderation_note)return null;let n=e.moderation_reason?t("report.reason."+e.moderation_reason):"";return i`<p>${t("workspace.hiddenBecause")} ${[n,e.moderation_note].filter(Boolean).join(": ")}</p>`}function ne({id:e,label:n,hint:r,missing:s,value:o,setValue:d,rows:a=2,max:l=2e3}){let u=[r&&e+"-hint",s&&e+"-missing"].filter(Boolean).join(" ")||void 0;return i`
    <div class="field">
      <label for=${e}>${n}</label>
      ${r&&i`<p class="hint" id=${e+"-hint"}>${r}</p>`}
      ${s&&i`<p class="error" id=${e+"-missing"}>${s}</p>`}
      <textarea id=${e} rows=${a} maxLength=${l} required value=${o}
        aria-describedby=${u} aria-invalid=${s?"true":void 0}
        onInput=${$=>d($.currentTarget.value)}></textarea>
    </div>`}function Q({name:e,legend:n,missing:r,value:s,setValue:o,choices:d}){return i`
    <fieldset aria-describedby=${r?e+"-missing":void 0}>
      <legend>${n}</legend>
      ${r&&i`<p class="error" id=${e+"-missing"}>${r}</p>`}
      <div class="choices">
        ${d.map(([a,l])=>i`
          <label class="choice" key=${a}>
            <input type="radio" name=${e} id=${e+"-"+a} value=${a} checked=${s===a}
              onChange=${()=>o(a)} />
            ${l}
          </label>`)}
      </div>
    </fieldset>`}var Ee=(e,n)=>e.name.localeCompare(n.name,"de"),_e=e=>n=>{let r=me(e);return!("region"in n)||!r.length||r.some(s=>s.id===n.region)};function me(e){return(e?.regions||[]).map(r=>A.value.get(r)).filter(Boolean).sort(Ee).flatMap(r=>[r,...N.regions.value.filter(s=>s.parent===r.id).sort(Ee)])}var Le=10,$t=2e3;function ht({idea:e}){let[n,r]=c(""),[s,o]=c(!1),[d,a]=c(null),[l,u]=c(!1),[$,p]=c(!1);if($)return i`<p class="notice" role="status">${t("appeal.done")}</p>`;let f=async w=>{w.preventDefault();let h=n.trim();if(h.length<Le){o(!0),document.getElementById("appeal-text")?.focus();return}o(!1),u(!0),a(null);try{await x("/api/collections/appeals/records",{method:"POST",body:{appellant:b.value.id,idea:e.id,text:h}}),p(!0)}catch(v){a(v)}finally{u(!1)}},m=["appeal-hint",s&&"appeal-short"].filter(Boolean).join(" ");return i`
    <section aria-labelledby="appeal-title">
      <h2 id="appeal-title">${t("appeal.title")}</h2>
      <form class="stack" onSubmit=${f} noValidate>
        <div class="field">
          <label for="appeal-text">${t("appeal.label")}</label>
          <p class="hint" id="appeal-hint">${t("appeal.hint",{min:Le,max:$t})}</p>
          ${s&&i`<p class="error" id="appeal-short">${t("appeal.short",{min:Le})}</p>`}
          <textarea id="appeal-text" rows="4" maxLength=${$t} value=${n}
            aria-describedby=${m} aria-invalid=${s?"true":void 0}
            onInput=${w=>r(w.currentTarget.value)}></textarea>
        </div>
        <${S} error=${d} id="appeal-error" />
        <button type="submit" disabled=${l}>${t("appeal.submit")}</button>
      </form>
    </section>`}function ie({title:e,body:n}){let r={};return e.trim().length<y.title[0]&&(r.title=t("hint.titleShort",{min:y.title[0]})),n.trim().length<y.body[0]&&(r.body=t("hint.bodyShort",{min:y.body[0]})),r}function re({prefix:e,form:n,set:r,errors:s,rows:o=8}){return i`
    <${_} id=${e+"-title"} label=${t("newIdea.titleLabel")} hint=${t("hint.title",{min:y.title[0],max:y.title[1]})}
      error=${s.title} control=${d=>i`
        <input ...${d} type="text" required maxLength=${y.title[1]} value=${n.title} onInput=${r("title")} />`} />
    <${_} id=${e+"-body"} label=${t("newIdea.bodyLabel")} hint=${t("hint.body",{min:y.body[0],max:y.body[1]})}
      error=${s.body} control=${d=>i`
        <textarea ...${d} rows=${o} required maxLength=${y.body[1]} value=${n.body} onInput=${r("body")}></textarea>`} />`}function ft({idea:e}){let[n,r]=c(!1),[s,o]=c({title:e.title,body:e.body}),[d,a]=c({});if(!n)return i`
      <p><button type="button" class="secondary" onClick=${()=>{o({title:e.title,body:e.body}),r(!0)}}>${t("editIdea.open")}</button></p>`;let l=$=>p=>{let{value:f}=p.currentTarget;o(m=>({...m,[$]:f}))};return i`
    <form class="stack" onSubmit=${async $=>{$.preventDefault();let p=ie(s);if(a(p),Object.keys(p).length){document.getElementById(p.title?"edit-title":"edit-body")?.focus();return}await Je(e,{title:s.title.trim(),body:s.body.trim()}),r(!1),document.querySelector("h1")?.focus()}} noValidate aria-labelledby="edit-idea-title">
      <h2 id="edit-idea-title">${t("editIdea.title")}</h2>
      <p class="hint">${t("editIdea.hint")}</p>
      <${re} prefix="edit" form=${s} set=${l} errors=${d} />
      <div class="inline">
        <button type="submit">${t("editIdea.save")}</button>
        <button type="button" class="secondary" onClick=${()=>r(!1)}>${t("editIdea.cancel")}</button>
      </div>
    </form>`}function Ut({idea:e}){let n=R.value.voted.get(e.id),r=ge(e),s=!!n?.voted;return i`
    <section class="votes" aria-labelledby="votes-title">
      <h2 id="votes-title" class="visually-hidden">${t("idea.votesTitle")}</h2>
      <p class="vote-count">${t("ideas.votes",{count:e.votes_count||0})}</p>
      ${e.sync!=="synced"&&!e.status?i`<p class="hint">${t("idea.voteAfterSync")}</p>`:r&&!s?i`<p class="hint">${t("error."+r)}</p>`:i`
            <button type="button" class=${s?"secondary":""}
              onClick=${()=>s?et(e.id):ke(e.id)}>
              ${s?t("idea.retract"):t("idea.vote")}
            </button>
            ${s&&i` <span>${t("idea.youVoted")}</span>`}
            ${n?.sync==="pending"&&i` <${F} item=${n} />`}`}
      ${!b.value&&i`<p class="hint">${t("hint.signedOut")}</p>`}
    </section>`}function Wt({history:e,organizationName:n}){return e.length?i`
    <section aria-labelledby="history-title">
      <h2 id="history-title">${t("idea.history")}</h2>
      <ol class="history">
        ${e.map(r=>{let s=n(r);return i`
            <li key=${r.id}>
              <p><strong>${t("status."+r.to)}</strong> · ${T(r.created)}${s&&i` · ${s}`}</p>
              ${r.response&&i`<blockquote><p>${r.response}</p></blockquote>`}
            </li>`})}
      </ol>
    </section>`:null}function Ht({endorsements:e,organizationName:n}){return e.length?i`
    <section aria-labelledby="endorsements-title">
      <h2 id="endorsements-title">${t("idea.endorsements")}</h2>
      <ul class="plain">
        ${e.map(r=>i`
          <li key=${r.id}>
            <strong>${n(r)||t("idea.unknownOrganization")}</strong>
            ${r.note&&i`: ${r.note}`}
          </li>`)}
      </ul>
    </section>`:null}function Kt({idea:e}){let[n,r]=c(""),[s,o]=c("");return i`
    <form class="stack" onSubmit=${async a=>{a.preventDefault();let l=n.trim();if(!l){o(t("hint.commentRequired")),document.getElementById("comment-body")?.focus();return}o(""),await tt(e.id,l),r("")}} noValidate>
      <div class="field">
        <label for="comment-body">${t("idea.commentLabel")}</label>
        <p class="hint" id="comment-hint">${t("hint.comment",{max:y.comment[1]})}</p>
        ${s&&i`<p class="error" id="comment-error">${s}</p>`}
        <textarea id="comment-body" rows="3" maxLength=${y.comment[1]} value=${n}
          aria-describedby=${s?"comment-hint comment-error":"comment-hint"} aria-invalid=${s?"true":void 0}
          onInput=${a=>r(a.currentTarget.value)}></textarea>
      </div>
      <button type="submit">${t("idea.commentSubmit")}</button>
    </form>`}function Zt({idea:e,comments:n}){let r=R.value.reported;return i`
    <section aria-labelledby="comments-title">
      <h2 id="comments-title">${t("idea.commentsTitle",{count:n.length})}</h2>
      ${n.length===0&&i`<p>${t("idea.noComments")}</p>`}
      <ul class="comments">
        ${n.map(s=>i`
          <li key=${s.id}>
            <article class="comment">
              <p class="meta"><strong>${s.author_name||t("idea.anonymous")}</strong> <span>${T(s.created)}</span> <${F} item=${s} /></p>
              <p class="body">${s.body}</p>
              ${s.sync==="synced"&&s.author!==b.value?.id&&(r.has(s.id)?i`<p class="hint">${t("report.done")}</p>`:i`<${Me} target=${{comment:s.id}} id=${"report-"+s.id} label=${t("report.comment")} />`)}
            </article>
          </li>`)}
      </ul>
      ${Ue(e)?i`<${Kt} idea=${e} />`:i`<p class="hint">${t("idea.commentsClosed")}</p>`}
    </section>`}function Gt(e,n){let[r,s]=c(null);return B(()=>{if(!n||!navigator.onLine)return;O(`/api/collections/ideas/records/${encodeURIComponent(e)}?expand=comments_via_idea,status_changes_via_idea.organization,endorsements_via_idea.organization`).then(s).catch(()=>s({missing:!0}))},[e,n]),r}var gt=(e,n)=>e.created<n.created?-1:1;function Qt(e){let n=R.value.ideas.get(e),r=Gt(e,E.value&&!n),s=Qe.value;if(n)return{idea:n,comments:(R.value.comments.get(e)||[]).filter(a=>a.sync!=="rejected"),history:R.value.history.get(e)||[],endorsements:R.value.endorsements.get(e)||[],organizationName:a=>s.get(a.organization)?.name};if(!r||r.missing)return r;let{expand:o={},...d}=r;return{idea:{...d,sync:"synced"},comments:(o.comments_via_idea||[]).filter(a=>a.state==="visible").sort(gt).map(a=>({...a,sync:"synced"})),history:(o.status_changes_via_idea||[]).sort(gt),endorsements:o.endorsements_via_idea||[],organizationName:a=>a.expand?.organization?.name||s.get(a.organization)?.name}}function Xt({id:e}){let n=Qt(e),r=n?.idea;I(r?.title||t("nav.ideas"));let s=!r&&(!E.value||n===null&&navigator.onLine);if(k(!s),!r)return s?i`<p>${t("common.loading")}</p>`:i`<${Be} />`;let o=A.value.get(r.region)?.name,d=U.value.get(r.service),a=r.merged_into&&R.value.ideas.get(r.merged_into),l=r.author&&r.author===b.value?.id;return i`
    <p><a href="/ideas">${t("idea.back")}</a></p>
    <article class="idea">
      <h1 tabindex="-1">${r.title}</h1>
      <p class="meta">
        <${L} status=${r.status} /> <${F} item=${r} />
        <span>${t("idea.by",{name:r.author_name||t("idea.anonymous")})}</span>
        ${o&&i`<span>${o}</span>`}
        <span>${T(r.created)}</span>
      </p>
      ${!C.value&&i`<p class="notice">${t("idea.chooseRegion")} <a href="/region">${t("region.title")}</a></p>`}
      ${r.sync==="pending"&&i`<p class="notice notice-pending">${t("idea.pendingNote")}</p>`}
      ${r.sync==="rejected"&&i`
        <div class="notice notice-error"><${ee} error=${r.mutation.error} /> <a href="/mine">${t("notice.review")}</a></div>`}
      ${r.status==="submitted"&&i`<p class="notice">${t("idea.awaitingModeration")}</p>`}
      ${r.status==="merged"&&i`
        <p class="notice">${t("idea.merged")} ${a?i`<a href=${"/ideas/"+a.id}>${a.title}</a>`:i`<a href=${"/ideas/"+r.merged_into}>${t("idea.mergedUnknown")}</a>`}</p>`}
      <div class="body">${r.body}</div>
      ${je(r,b.value?.id)&&i`<${ft} key=${r.id} idea=${r} />`}
      ${(d||r.topic)&&i`
        <p class="meta">
          ${d&&i`<span>${t("idea.service")} <a href=${"/services/"+d.id}>${d.name}</a></span>`}
          ${r.topic&&i`<span>${t("idea.topic")} ${t("topic."+r.topic)}</span>`}
        </p>`}
      ${r.sync!=="rejected"&&i`<${Ut} idea=${r} />`}
      <${Ht} endorsements=${n.endorsements} organizationName=${n.organizationName} />
      <${Wt} history=${n.history} organizationName=${n.organizationName} />
      ${r.sync==="synced"&&i`<${Zt} idea=${r} comments=${n.comments} />`}
      ${r.sync==="synced"&&l&&r.hidden&&navigator.onLine&&i`<${ht} idea=${r} />`}
      ${r.sync==="synced"&&!l&&(R.value.reported.has(r.id)?i`<p class="hint">${t("report.done")}</p>`:i`<${Me} target=${{idea:r.id}} id="report-idea" label=${t("report.idea")} />`)}
    </article>`}function Yt(e,n){let[r,s]=c({items:[],offline:!1});return B(()=>{if(!n||e.trim().length<12){s({items:[],offline:!1});return}let o=!0,d=setTimeout(()=>{let a=[...R.value.ideas.values()].filter(l=>l.sync==="synced"&&l.status&&l.status!=="submitted");mt(e,n.id,a).then(l=>o&&s(l)).catch(()=>{})},600);return()=>{o=!1,clearTimeout(d)}},[e,n?.id]),r}function Jt({similar:e}){let n=e.items.map(r=>R.value.ideas.get(r.id)||{...r,sync:"synced"});return i`
    <section class="similar" aria-labelledby="similar-title">
      <h2 id="similar-title">${t("newIdea.similarTitle")}</h2>
      <div role="status">
        ${n.length===0?i`<p class="hint">${t("newIdea.similarNone")}</p>`:i`<p>${t(e.offline?"newIdea.similarFoundOffline":"newIdea.similarFound",{count:n.length})}</p>`}
      </div>
      <ul class="ideas">
        ${n.map(r=>{let s=R.value.voted.get(r.id);return i`
            <li key=${r.id}>
              <article class="idea-card">
                <h3 class="idea-title"><a href=${"/ideas/"+r.id}>${r.title}</a></h3>
                <p class="meta"><${L} status=${r.status} /> <span>${t("ideas.votes",{count:r.votes_count||0})}</span></p>
                ${s?.voted?i`<p>${t("idea.youVoted")}</p>`:!ge(r)&&i`
                    <button type="button" class="secondary" onClick=${()=>ke(r.id)}>
                      ${t("newIdea.supportInstead")}<span class="visually-hidden">: ${r.title}</span>
                    </button>`}
              </article>
            </li>`})}
      </ul>
    </section>`}function en(){let e=C.value;I(t("newIdea.title")),k(E.value);let[n,r]=c({title:"",body:"",where:"place",service:"",topic:""}),[s,o]=c({}),d=Yt(n.title+" "+n.body,e);if(!e)return i`<h1 tabindex="-1">${t("newIdea.title")}</h1><p>${t("region.needed")}</p><${P} after="/ideas/new" />`;let a=p=>f=>{let{value:m}=f.currentTarget;r(w=>({...w,[p]:m}))},l=A.value.get(e.parent)?.name,u=de(N.services.value,e).sort((p,f)=>p.name.localeCompare(f.name,"de")),$=async p=>{p.preventDefault();let f=ie(n);if(o(f),Object.keys(f).length){document.getElementById(f.title?"idea-title":"idea-body")?.focus();return}let m=await ye({title:n.title.trim(),body:n.body.trim(),region:n.where==="district"&&e.parent?e.parent:e.id,service:n.service,topic:n.topic});Z("/ideas/"+m)};return i`
    <h1 tabindex="-1">${t("newIdea.title")}</h1>
    <p>${t("hint.newIdea")}</p>
    <form class="stack" onSubmit=${$} noValidate>
      <${re} prefix="idea" form=${n} set=${a} errors=${s} />
      <${Jt} similar=${d} />
      ${e.parent&&i`
        <${_} id="idea-where" label=${t("newIdea.whereLabel")} hint=${t("hint.where")} control=${p=>i`
          <select ...${p} value=${n.where} onChange=${a("where")}>
            <option value="place">${e.name}</option>
            <option value="district">${t("newIdea.wholeDistrict",{name:l||""})}</option>
          </select>`} />`}
      <${_} id="idea-service" label=${t("newIdea.serviceLabel")} hint=${t("hint.service")} control=${p=>i`
        <select ...${p} value=${n.service} onChange=${a("service")}>
          <option value="">${t("newIdea.none")}</option>
          ${u.map(f=>i`<option value=${f.id}>${f.name}</option>`)}
        </select>`} />
      <${_} id="idea-topic" label=${t("newIdea.topicLabel")} hint=${t("hint.topic")} control=${p=>i`
        <select ...${p} value=${n.topic} onChange=${a("topic")}>
          <option value="">${t("newIdea.none")}</option>
          ${Y.map(f=>i`<option value=${f}>${t("topic."+f)}</option>`)}
        </select>`} />
      ${!b.value&&i`<p class="hint">${t("hint.signedOut")}</p>`}
      <button type="submit">${t("newIdea.submit")}</button>
    </form>`}var wt={"idea.create":[["title","newIdea.titleLabel","input"],["body","newIdea.bodyLabel","textarea"]],"idea.update":[["title","newIdea.titleLabel","input"],["body","newIdea.bodyLabel","textarea"]],"comment.create":[["body","idea.commentLabel","textarea"]],"feedback.create":[["text","rate.text","textarea"]],"report.create":[["note","report.note","textarea"]]};function bt(e){let n=r=>R.value.ideas.get(r)?.title||t("mine.unknownIdea");switch(e.type){case"idea.create":return t("mine.what.idea",{title:e.args.title});case"idea.update":return t("mine.what.edit",{title:e.args.title||n(e.args.id)});case"comment.create":return t("mine.what.comment",{title:n(e.args.idea)});case"vote.cast":return t("mine.what.vote",{title:n(e.args.idea)});case"vote.retract":return t("mine.what.retract",{title:n(e.args.idea)});case"feedback.create":return t("mine.what.feedback",{name:U.value.get(e.args.service)?.name||"",rating:e.args.rating});case"report.create":return t("mine.what.report");default:return e.type}}function tn({mutation:e,onDone:n}){let r=wt[e.type]||[],[s,o]=c(Object.fromEntries(r.map(([a])=>[a,e.args[a]||""])));return i`
    <form class="stack fix" onSubmit=${async a=>{a.preventDefault(),await rt(e.id,s),n()}}>
      ${r.map(([a,l,u])=>{let $=`fix-${e.id}-${a}`,p={id:$,value:s[a],onInput:f=>o({...s,[a]:f.currentTarget.value})};return i`
          <div class="field">
            <label for=${$}>${t(l)}</label>
            ${u==="input"?i`<input type="text" maxLength=${y.title[1]} ...${p} />`:i`<textarea rows="4" ...${p}></textarea>`}
          </div>`})}
      <button type="submit">${t("mine.sendAgain")}</button>
    </form>`}function vt({mutation:e}){let[n,r]=c(!1),s=e.state==="rejected",o=s&&wt[e.type];return i`
    <li class=${s?"queued rejected":"queued"}>
      <p><span>${bt(e)}</span> <${F} item=${{sync:e.state}} /></p>
      ${s&&i`<${ee} error=${e.error} />`}
      <div class="inline">
        ${o&&!n&&i`<button type="button" onClick=${()=>r(!0)}>${t("mine.fix")}</button>`}
        <button type="button" class="secondary" onClick=${()=>it(e.id)}>
          ${t("mine.discard")}<span class="visually-hidden">: ${bt(e)}</span>
        </button>
      </div>
      ${n&&i`<${tn} mutation=${e} onDone=${()=>r(!1)} />`}
    </li>`}function nn(){I(t("mine.title")),k(E.value);let e=b.value,{mutations:n,ideas:r,comments:s,feedback:o,voted:d}=R.value,a=n.filter(m=>m.state==="rejected"),l=n.filter(m=>m.state==="pending"),u=[...r.values()].filter(m=>m.sync==="synced"&&e&&m.author===e.id),$=[...s.values()].flat().filter(m=>m.sync==="synced"&&e&&m.author===e.id),p=o.filter(m=>m.sync==="synced"),f=[...d.entries()].filter(([,m])=>m.voted&&m.sync==="synced").map(([m])=>r.get(m)).filter(Boolean);return i`
    <h1 tabindex="-1">${t("mine.title")}</h1>
    ${!e&&i`<p>${t("mine.signedOut")} <a href=${H()}>${t("nav.signIn")}</a></p>`}
    <section aria-labelledby="rejected-title">
      <h2 id="rejected-title">${t("mine.rejected")}</h2>
      ${a.length===0?i`<p>${t("mine.noneRejected")}</p>`:i`
        <p>${t("mine.rejectedHelp")}</p>
        <ul class="plain">${a.map(m=>i`<${vt} key=${m.id} mutation=${m} />`)}</ul>`}
    </section>
    <section aria-labelledby="pending-title">
      <h2 id="pending-title">${t("mine.pending")}</h2>
      ${l.length===0?i`<p>${t("mine.nonePending")}</p>`:i`
        <ul class="plain">${l.map(m=>i`<${vt} key=${m.id} mutation=${m} />`)}</ul>`}
    </section>
    ${e&&i`
      <section aria-labelledby="my-ideas-title">
        <h2 id="my-ideas-title">${t("mine.ideas")}</h2>
        ${u.length===0?i`<p>${t("mine.none")}</p>`:i`
          <ul class="plain">${u.map(m=>i`
            <li key=${m.id}><a href=${"/ideas/"+m.id}>${m.title}</a> <${L} status=${m.status} /></li>`)}</ul>`}
      </section>
      <section aria-labelledby="my-comments-title">
        <h2 id="my-comments-title">${t("mine.comments")}</h2>
        ${$.length===0?i`<p>${t("mine.none")}</p>`:i`
          <ul class="plain">${$.map(m=>i`
            <li key=${m.id}>${t("mine.commentOn")} <a href=${"/ideas/"+m.idea}>${r.get(m.idea)?.title||t("mine.unknownIdea")}</a>: ${m.body}
              ${m.state==="hidden"&&i` <span class="badge">${t("mine.hidden")}</span>`}</li>`)}</ul>`}
      </section>
      <section aria-labelledby="my-votes-title">
        <h2 id="my-votes-title">${t("mine.votes")}</h2>
        ${f.length===0?i`<p>${t("mine.none")}</p>`:i`
          <ul class="plain">${f.map(m=>i`<li key=${m.id}><a href=${"/ideas/"+m.id}>${m.title}</a></li>`)}</ul>`}
      </section>
      <section aria-labelledby="my-feedback-title">
        <h2 id="my-feedback-title">${t("mine.feedback")}</h2>
        ${p.length===0?i`<p>${t("mine.none")}</p>`:i`
          <ul class="plain">${p.map(m=>i`
            <li key=${m.id}><a href=${"/services/"+m.service}>${U.value.get(m.service)?.name||""}</a>:
              ${t("service.myRating",{rating:m.rating,date:T(m.created)})}</li>`)}</ul>`}
      </section>
      ${N.reports.value.length>0&&i`
        <section aria-labelledby="my-reports-title">
          <h2 id="my-reports-title">${t("mine.reports")}</h2>
          <p>${t("mine.reportsCount",{count:N.reports.value.length})}</p>
        </section>`}`}`}async function yt(e){if(!C.value&&e.home_region){let n=A.value.get(e.home_region)||await O(`/api/collections/regions/records/${encodeURIComponent(e.home_region)}`).catch(()=>null);n&&We(n)}Ye()}function rn(){let e=xe.value.query.get("next")||"/";return e.startsWith("/")&&!e.startsWith("//")?e:"/"}function kt(e){if(e instanceof K){let n=Te(e);return{fields:n,message:Object.keys(n).length?t("account.fixFields"):e.message}}return{fields:{},message:t("account.offline")}}function It({message:e}){return i`<div role="alert">${e&&i`<p class="error">${e}</p>`}</div>`}function sn(){I(t("signIn.title")),k(!0);let[e,n]=c(""),[r,s]=c(""),[o,d]=c({fields:{},message:"",busy:!1}),a=async l=>{l.preventDefault(),d({fields:{},message:"",busy:!0});try{await yt(await Ze(e.trim(),r)),Z(rn())}catch(u){let $=kt(u);u instanceof K&&u.status===400&&!Object.keys($.fields).length&&($.message=t("signIn.wrong")),d({...$,busy:!1})}};return i`
    <h1 tabindex="-1">${t("signIn.title")}</h1>
    ${b.value&&!Ke.value&&i`<p>${t("nav.signedInAs",{name:b.value.display_name})}</p>`}
    <p>${t("signIn.intro")}</p>
    <form class="stack" onSubmit=${a}>
      <${It} message=${o.message} />
      <${_} id="signin-email" label=${t("account.email")} error=${o.fields.identity} control=${l=>i`
        <input ...${l} type="email" autocomplete="username" required value=${e} onInput=${u=>n(u.currentTarget.value)} />`} />
      <${_} id="signin-password" label=${t("account.password")} error=${o.fields.password} control=${l=>i`
        <input ...${l} type="password" autocomplete="current-password" required value=${r}
          onInput=${u=>s(u.currentTarget.value)} />`} />
      <button type="submit" disabled=${o.busy}>${t("signIn.submit")}</button>
    </form>
    <p>${t("signIn.noAccount")} <a href="/signup">${t("signUp.title")}</a></p>`}function on(){I(t("signUp.title")),k(!0);let[e,n]=c({displayName:"",email:"",password:"",passwordConfirm:""}),[r,s]=c({fields:{},message:"",busy:!1}),o=a=>l=>{let{value:u}=l.currentTarget;n($=>({...$,[a]:u}))},d=async a=>{a.preventDefault(),s({fields:{},message:"",busy:!0});try{let l=await Ge({...e,email:e.email.trim(),displayName:e.displayName.trim(),homeRegion:C.value?.id,locale:be.value});await yt(l),Z("/")}catch(l){s({...kt(l),busy:!1})}};return i`
    <h1 tabindex="-1">${t("signUp.title")}</h1>
    <p>${t("signUp.intro")}</p>
    <form class="stack" onSubmit=${d}>
      <${It} message=${r.message} />
      <${_} id="signup-name" label=${t("account.displayName")}
        hint=${t("hint.displayName",{min:y.displayName[0],max:y.displayName[1]})}
        error=${r.fields.display_name} control=${a=>i`
          <input ...${a} type="text" autocomplete="nickname" required minLength=${y.displayName[0]} maxLength=${y.displayName[1]}
            value=${e.displayName} onInput=${o("displayName")} />`} />
      <${_} id="signup-email" label=${t("account.email")} hint=${t("hint.email")} error=${r.fields.email} control=${a=>i`
        <input ...${a} type="email" autocomplete="email" required value=${e.email} onInput=${o("email")} />`} />
      <${_} id="signup-password" label=${t("account.password")} hint=${t("hint.password",{min:y.password[0]})}
        error=${r.fields.password} control=${a=>i`
          <input ...${a} type="password" autocomplete="new-password" required minLength=${y.password[0]}
            value=${e.password} onInput=${o("password")} />`} />
      <${_} id="signup-password-confirm" label=${t("account.passwordConfirm")} error=${r.fields.passwordConfirm}
        control=${a=>i`
          <input ...${a} type="password" autocomplete="new-password" required value=${e.passwordConfirm} onInput=${o("passwordConfirm")} />`} />
      <button type="submit" disabled=${r.busy}>${t("signUp.submit")}</button>
    </form>
    <p>${t("signUp.haveAccount")} <a href="/signin">${t("signIn.title")}</a></p>`}var pe=$e(null),Ne;function xt(){return Ne||(Ne=(async()=>{pe.value=await ve("platform").catch(()=>null)||pe.value;try{let e=await O("/api/platform");pe.value=e,await we("platform",e).catch(()=>{})}catch{}})()),Ne}var St={de:()=>import("./chunk-H7G3KI23.js"),en:()=>import("./chunk-36GNTGUG.js"),"de-simple":()=>import("./chunk-3AYMT2UF.js")},se={};function Tt(){let e=be.value,[,n]=c(0),r=se.de&&se[e];return B(()=>{r||Promise.all([St.de(),St[e]()]).then(([s,o])=>{se.de=s.default,se[e]=o.default,n(d=>d+1)})},[e]),r?(s,o={})=>{let d=se[e][s]??se.de[s];return typeof d=="string"?d.replace(/\{(\w+)\}/g,(a,l)=>o[l]??a):d}:null}function Rt({sections:e}){return e.map(([n,r])=>i`
    <section>
      <h2>${n}</h2>
      ${r.map(s=>i`<p>${s}</p>`)}
    </section>`)}function an(){I(t("help.title"));let e=Tt();return k(e),i`
    <h1 tabindex="-1">${t("help.title")}</h1>
    ${e?i`<${Rt} sections=${e("help.sections")} />`:i`<p>${t("common.loading")}</p>`}
    <p><a href="/accessibility">${t("nav.accessibility")}</a></p>`}function dn(){I(t("nav.accessibility"));let e=Tt();if(k(e),B(()=>{xt()},[]),!e)return i`<h1 tabindex="-1">${t("nav.accessibility")}</h1><p>${t("common.loading")}</p>`;let n=encodeURIComponent(e("a11y.mailSubject")),r=pe.value?.contactEmail;return i`
    <h1 tabindex="-1">${e("a11y.title")}</h1>
    <${Rt} sections=${e("a11y.sections")} />
    <section aria-labelledby="a11y-feedback">
      <h2 id="a11y-feedback">${e("a11y.feedbackTitle")}</h2>
      <p>${e("a11y.feedbackText")}</p>
      <ul>
        ${r&&i`<li><a href=${`mailto:${r}?subject=${n}`}>${e("a11y.feedbackMail",{email:r})}</a></li>`}
        <li><a href="/ideas/new">${e("a11y.feedbackIdea")}</a></li>
      </ul>
    </section>
    <section aria-labelledby="a11y-enforcement">
      <h2 id="a11y-enforcement">${e("a11y.enforcementTitle")}</h2>
      <p>${e("a11y.enforcementText")}</p>
    </section>`}function Bt(){return V("appeals","status='open'",{expand:"idea,comment",sort:"created"})}function ln({error:e,id:n}){return e instanceof K&&e.status===404?i`<p class="error" id=${n} role="alert">${t("workspace.appealRefused")}</p>`:i`<${S} error=${e} id=${n} />`}function cn({appeal:e,done:n}){let r="appeal-"+e.id,[s,o]=c(""),[d,a]=c(""),[l,u]=c({}),{error:$,busy:p,run:f}=M(n);return i`
    <form class="stack workspace-form" onSubmit=${w=>{w.preventDefault();let h={decision:!s,note:!d.trim()};return u(h),h.decision?document.getElementById(r+"-decision-upheld")?.focus():h.note?document.getElementById(r+"-note")?.focus():f(()=>x(`/api/collections/appeals/records/${encodeURIComponent(e.id)}`,{method:"PATCH",body:{status:s,decided_by:b.value.id,decision_note:d.trim()}}))}} noValidate>
      <${Q} name=${r+"-decision"} legend=${t("workspace.appealDecision")} value=${s} setValue=${o}
        missing=${l.decision&&t("workspace.appealDecisionRequired")}
        choices=${["upheld","rejected"].map(w=>[w,t("workspace.appeal."+w)])} />
      <${ne} id=${r+"-note"} label=${t("workspace.appealNote")} hint=${t("workspace.appealNoteHint")}
        missing=${l.note&&t("workspace.appealNoteRequired")} value=${d} setValue=${a} />
      ${$&&i`<${ln} error=${$} id=${r+"-error"} />`}
      <button type="submit" disabled=${p}>${t("workspace.appealDecide")}</button>
    </form>`}function zt({appeal:e,done:n}){let r=e.expand?.idea,s=e.expand?.comment,o=r||s,d=e.hidden_by&&e.hidden_by===b.value?.id;return i`
    <li class="workspace-item">
      <p><strong>${t("workspace.appealFiled")}</strong> ${T(e.created)}</p>
      ${r&&i`<${G} idea=${r} />`}
      ${s&&i`<h4>${t("workspace.comment",{name:s.author_name||t("idea.anonymous")})}</h4><p>${s.body}</p>`}
      ${o&&i`<${ue} record=${o} />`}
      <blockquote><p>${e.text}</p></blockquote>
      ${d?i`<p class="notice">${t("workspace.appealColleague")}</p>`:i`<${cn} appeal=${e} done=${n} />`}
    </li>`}function Et({idea:e,organization:n,endorsement:r,done:s}){let o="endorse-"+e.id,{error:d,busy:a,run:l}=M(s),u=()=>l(()=>x("/api/collections/endorsements/records",{method:"POST",body:{idea:e.id,organization:n.id,by:b.value.id}})),$=()=>l(()=>x(`/api/collections/endorsements/records/${encodeURIComponent(r.id)}`,{method:"DELETE"})),p=n.name||"";return i`
    <div class="inline">
      ${r?i`
          <p>${t("workspace.endorsed",{name:p})}</p>
          <button type="button" class="secondary" disabled=${a} onClick=${$}>
            ${t("workspace.withdraw")}<span class="visually-hidden">: ${e.title}</span>
          </button>`:i`
          <button type="button" class="secondary" disabled=${a} onClick=${u}>
            ${t("workspace.endorse",{name:p})}<span class="visually-hidden">: ${e.title}</span>
          </button>`}
      <${S} error=${d} id=${o+"-error"} />
    </div>`}function un(e){let n=new URLSearchParams({text:`${e.title} ${e.body}`,region:e.region,limit:"5"});return x(`/api/ideas/similar?${n}`).then(r=>(r?.items||[]).filter(s=>s.id!==e.id))}function mn({idea:e,organization:n,done:r}){let s="merge-"+e.id,[o,d]=c(null),[a,l]=c(null),[u,$]=c(""),[p,f]=c(t("workspace.mergeResponseDefault")),[m,w]=c({}),{error:h,busy:v,run:D}=M(r);B(()=>{un(e).then(d,l)},[e.id]);let g=j=>{j.preventDefault();let X={target:!u,response:!p.trim()};return w(X),X.target?document.getElementById(`${s}-target-${o[0].id}`)?.focus():X.response?document.getElementById(s+"-response")?.focus():D(()=>x("/api/collections/status_changes/records",{method:"POST",body:{idea:e.id,to:"merged",merged_into:u,response:p.trim(),actor:b.value.id,organization:n}}))};if(a)return i`<${S} error=${a} id=${s+"-load-error"} />`;if(!o)return i`<p>${t("common.loading")}</p>`;if(!o.length)return i`<p class="muted">${t("workspace.mergeNone")}</p>`;let z=o.map(j=>[j.id,i`
    <span>${j.title} <${L} status=${j.status} />
      ${" "}<span class="meta">${t("workspace.mergeSimilarity",{percent:Math.round((j.score||0)*100)})}</span></span>`]);return i`
    <form class="stack workspace-form" onSubmit=${g} noValidate>
      <${Q} name=${s+"-target"} legend=${t("workspace.mergeTarget")} value=${u} setValue=${$}
        missing=${m.target&&t("workspace.mergeTargetRequired")} choices=${z} />
      <${ne} id=${s+"-response"} label=${t("workspace.response")} hint=${t("workspace.responseHint")}
        missing=${m.response&&t("workspace.responseRequired")} value=${p} setValue=${f} max=${5e3} />
      <${S} error=${h} id=${s+"-error"} />
      <button type="submit" disabled=${v}>${t("workspace.merge")}</button>
    </form>`}function Fe({idea:e,organization:n,done:r}){let[s,o]=c(!1);return i`
    <div>
      <button type="button" class="secondary" aria-expanded=${s?"true":"false"} onClick=${()=>o(!s)}>
        ${t("workspace.mergeOpen")}<span class="visually-hidden">: ${e.title}</span>
      </button>
      ${s&&i`<${mn} idea=${e} organization=${n} done=${r} />`}
    </div>`}var _t="status!='submitted' && status!='implemented' && status!='declined' && status!='merged' && hidden=false";function pn(e){let n=(e.regions||[]).map(r=>`region='${r}' || region.parent='${r}'`);return n.length?`${_t} && (${n.join(" || ")})`:`${_t} && region=''`}var $n=["ideas/*","comments/*","reports/*","appeals/*","endorsements/*"];function hn(e){return Promise.all([V("ideas","status='submitted'",{sort:"created"}),Bt(),V("reports","dismissed=false",{expand:"idea,comment",sort:"created"}),V("ideas","hidden=true"),V("comments","state='hidden'"),V("ideas",pn(e)),V("endorsements",`organization='${e.id}'`)]).then(([n,r,s,o,d,a,l])=>({submitted:n,appeals:r,reports:s,hiddenIdeas:o,hiddenComments:d,open:a,endorsements:new Map(l.map(u=>[u.idea,u]))}))}var Ct=(e,n)=>`/api/collections/${e}/records/${encodeURIComponent(n)}`;function qe({kind:e,record:n,done:r}){let s=`hide-${e}-${n.id}`,[o,d]=c(""),[a,l]=c(""),[u,$]=c(!1),{error:p,busy:f,run:m}=M(r);return i`
    <form class="stack workspace-form" onSubmit=${h=>{if(h.preventDefault(),!o){$(!0),document.getElementById(s+"-reason")?.focus();return}$(!1);let v=e==="ideas"?{hidden:!0}:{state:"hidden"};m(()=>x(Ct(e,n.id),{method:"PATCH",body:{...v,moderation_reason:o,moderation_note:a.trim()}}))}} noValidate>
      <div class="field">
        <label for=${s+"-reason"}>${t("workspace.hideReason")}</label>
        ${u&&i`<p class="error" id=${s+"-missing"}>${t("report.reasonRequired")}</p>`}
        <select id=${s+"-reason"} value=${o} aria-invalid=${u?"true":void 0}
          aria-describedby=${u?s+"-missing":void 0} onChange=${h=>d(h.currentTarget.value)}>
          <option value="">${t("report.choose")}</option>
          ${fe.map(h=>i`<option value=${h}>${t("report.reason."+h)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for=${s+"-note"}>${t("workspace.hideNote")}</label>
        <textarea id=${s+"-note"} rows="2" maxLength=${y.note[1]} value=${a}
          onInput=${h=>l(h.currentTarget.value)}></textarea>
      </div>
      <${S} error=${p} id=${s+"-error"} />
      <button type="submit" disabled=${f}>${t("workspace.hide")}</button>
    </form>`}function fn({idea:e,organization:n,done:r}){let{error:s,busy:o,run:d}=M(r),a=()=>d(()=>x("/api/collections/status_changes/records",{method:"POST",body:{idea:e.id,to:"published",actor:b.value.id,organization:n}}));return i`
    <${S} error=${s} id=${"publish-"+e.id+"-error"} />
    <button type="button" disabled=${o} onClick=${a}>${t("workspace.publish")}</button>`}function Dt({kind:e,record:n,done:r}){let{error:s,busy:o,run:d}=M(r),a=e==="ideas"?{hidden:!1}:{state:"visible"};return i`
    <${S} error=${s} id=${"restore-"+n.id+"-error"} />
    <button type="button" class="secondary" disabled=${o}
      onClick=${()=>d(()=>x(Ct(e,n.id),{method:"PATCH",body:a}))}>${t("workspace.restore")}</button>`}function gn({report:e,done:n}){let r=e.expand?.idea,s=e.expand?.comment,o=t("report.reason."+e.reason)+(e.note?": "+e.note:"");return i`
    <li class="workspace-item">
      <p><strong>${t("workspace.reportedFor")}</strong> ${o} · ${T(e.created)}</p>
      ${r&&i`<${G} idea=${r} />`}
      ${s&&i`<h4>${t("workspace.comment",{name:s.author_name||t("idea.anonymous")})}</h4><p>${s.body}</p>`}
      ${r&&!r.hidden&&i`<${qe} kind="ideas" record=${r} done=${n} />`}
      ${s&&s.state!=="hidden"&&i`<${qe} kind="comments" record=${s} done=${n} />`}
    </li>`}function oe({id:e,title:n,items:r,empty:s,children:o}){return i`
    <section aria-labelledby=${e}>
      <h3 id=${e}>${n} (${r.length})</h3>
      ${r.length===0?i`<p class="muted">${s}</p>`:i`<ul class="plain workspace-list">${o}</ul>`}
    </section>`}function At({organization:e}){let{data:n,error:r,reload:s}=W(()=>hn(e),$n,_e(e));return i`
    <section aria-labelledby="moderation-title">
      <h2 id="moderation-title">${t("workspace.moderationTitle")}</h2>
      <${S} error=${r} id="moderation-error" />
      ${n?i`
        <${oe} id="submitted-title" title=${t("workspace.submitted")} items=${n.submitted} empty=${t("workspace.noneSubmitted")}>
          ${n.submitted.map(o=>i`
            <li key=${o.id} class="workspace-item">
              <${G} idea=${o} />
              <${fn} idea=${o} organization=${e.id} done=${s} />
              <${qe} kind="ideas" record=${o} done=${s} />
              <${Fe} idea=${o} organization=${e.id} done=${s} />
            </li>`)}
        <//>
        <${oe} id="appeals-title" title=${t("workspace.appeals")} items=${n.appeals} empty=${t("workspace.noneAppeals")}>
          ${n.appeals.map(o=>i`<${zt} key=${o.id} appeal=${o} done=${s} />`)}
        <//>
        <${oe} id="reports-title" title=${t("workspace.reports")} items=${n.reports} empty=${t("workspace.noneReports")}>
          ${n.reports.map(o=>i`<${gn} key=${o.id} report=${o} done=${s} />`)}
        <//>
        <${oe} id="hidden-ideas-title" title=${t("workspace.hiddenIdeas")} items=${n.hiddenIdeas} empty=${t("workspace.noneHidden")}>
          ${n.hiddenIdeas.map(o=>i`
            <li key=${o.id} class="workspace-item">
              <${G} idea=${o} />
              <${ue} record=${o} />
              <${Dt} kind="ideas" record=${o} done=${s} />
            </li>`)}
        <//>
        <${oe} id="hidden-comments-title" title=${t("workspace.hiddenComments")} items=${n.hiddenComments} empty=${t("workspace.noneHidden")}>
          ${n.hiddenComments.map(o=>i`
            <li key=${o.id} class="workspace-item">
              <h4>${t("workspace.comment",{name:o.author_name||t("idea.anonymous")})}</h4>
              <p>${o.body}</p>
              <${ue} record=${o} />
              <${Dt} kind="comments" record=${o} done=${s} />
            </li>`)}
        <//>
        <${oe} id="open-ideas-title" title=${t("workspace.openIdeas")} items=${n.open} empty=${t("workspace.noneOpen")}>
          ${n.open.map(o=>i`
            <li key=${o.id} class="workspace-item">
              <${G} idea=${o} />
              <${Et} idea=${o} organization=${e} endorsement=${n.endorsements.get(o.id)} done=${s} />
              <${Fe} idea=${o} organization=${e.id} done=${s} />
            </li>`)}
        <//>`:!r&&i`<p>${t("common.loading")}</p>`}
    </section>`}var bn={published:["in_review"],in_review:["accepted","declined"],accepted:["in_progress"],in_progress:["implemented"]},vn="status!='submitted' && status!='implemented' && status!='declined' && status!='merged'";function wn({idea:e,organization:n,done:r}){let s="move-"+e.id,o=bn[e.status]||[],[d,a]=c(o[0]||""),[l,u]=c(""),[$,p]=c(!1),{error:f,busy:m,run:w}=M(r);return o.length?i`
    <form class="stack workspace-form" onSubmit=${v=>{if(v.preventDefault(),!l.trim()){p(!0),document.getElementById(s+"-response")?.focus();return}p(!1),w(()=>x("/api/collections/status_changes/records",{method:"POST",body:{idea:e.id,to:d,response:l.trim(),actor:b.value.id,organization:n}}))}} noValidate>
      <div class="field">
        <label for=${s+"-to"}>${t("workspace.nextStatus")}</label>
        <select id=${s+"-to"} value=${d} onChange=${v=>a(v.currentTarget.value)}>
          ${o.map(v=>i`<option value=${v}>${t("status."+v)}</option>`)}
        </select>
      </div>
      <${ne} id=${s+"-response"} label=${t("workspace.response")} hint=${t("workspace.responseHint")}
        missing=${$&&t("workspace.responseRequired")} value=${l} setValue=${u} rows=${3} max=${5e3} />
      <${S} error=${f} id=${s+"-error"} />
      <button type="submit" disabled=${m}>${t("workspace.move")}</button>
    </form>`:null}function yn({regionId:e}){let{data:n,error:r}=W(()=>x(`/api/regions/${encodeURIComponent(e)}/responsiveness`)),s=A.value.get(e)?.name||"";if(r)return i`<${S} error=${r} id=${"responsiveness-"+e+"-error"} />`;if(!n)return i`<p>${t("common.loading")}</p>`;let o=d=>d==null?t("workspace.noValue"):t("workspace.days",{count:Math.round(d)});return i`
    <dl class="workspace-figures">
      ${s&&i`<dt>${t("workspace.region")}</dt><dd>${s}</dd>`}
      <dt>${t("workspace.median")}</dt><dd>${o(n.median_days_to_response)}</dd>
      <dt>${t("workspace.unanswered")}</dt><dd>${n.unanswered??0}</dd>
      <dt>${t("workspace.oldest")}</dt><dd>${n.unanswered?o(n.oldest_unanswered_days):t("workspace.noValue")}</dd>
    </dl>`}function Ot({organization:e}){let{data:n,error:r,reload:s}=W(()=>V("ideas",vn,{sort:"created"}),["ideas/*"],_e(e)),o=e.regions||[];return i`
    <section aria-labelledby="responsiveness-title">
      <h2 id="responsiveness-title">${t("workspace.responsivenessTitle")}</h2>
      ${o.map(d=>i`<${yn} key=${d} regionId=${d} />`)}
    </section>
    <section aria-labelledby="open-title">
      <h2 id="open-title">${t("workspace.openTitle")}${n?` (${n.length})`:""}</h2>
      <${S} error=${r} id="open-error" />
      ${n?n.length===0?i`<p class="muted">${t("workspace.noneOpen")}</p>`:i`
        <ul class="plain workspace-list">
          ${n.map(d=>i`
            <li key=${d.id} class="workspace-item">
              <h3><a href=${"/ideas/"+d.id}>${d.title}</a></h3>
              <p class="meta"><${L} status=${d.status} /> ${t("workspace.since",{date:T(d.created)})}</p>
              <${wn} idea=${d} organization=${e.id} done=${s} />
            </li>`)}
        </ul>`:!r&&i`<p>${t("common.loading")}</p>`}
    </section>`}function kn(){I(t("workspace.title"));let e=te(),[n,r]=c(!1);B(()=>{e&&b.value&&ot().catch(()=>{}).finally(()=>r(!0))},[e,b.value?.id]),k(!0);let s=Se.value,o=s.find(l=>l.role==="moderator"),d=s.find(l=>l.role==="staff"),a;return b.value?e?!o&&!d?a=i`<p>${n?t("workspace.noRole"):t("common.loading")}</p>`:a=i`
      <p>${t("workspace.intro")}</p>
      <p><a href="/assisted">${t("assisted.fromWorkspace")}</a></p>
      ${d&&i`<${Ot} organization=${d.expand?.organization||{id:d.organization}} />`}
      ${o&&i`<${At} organization=${o.expand?.organization||{id:o.organization}} />`}`:a=i`<p class="notice notice-offline">${t("workspace.offline")}</p>`:a=i`<p>${t("workspace.signIn")} <a href=${H()}>${t("nav.signIn")}</a></p>`,i`
    <h1 tabindex="-1">${t("workspace.title")}</h1>
    ${a}`}async function In(){return(await x("/api/collections/notifications/records?sort=-created&skipTotal=1&perPage=100&expand=idea,target_idea")).items}function xn({entry:e,done:n}){let{error:r,busy:s,run:o}=M(n),d="notification-"+e.id,a=e.expand?.idea,l=e.expand?.target_idea,u=a?.title||t("inbox.theIdea"),$=l?.title||t("inbox.theIdea"),p=t("inbox.kind."+e.kind,{title:u,target:$,status:e.status?t("status."+e.status):""});return i`
    <li class=${"workspace-item inbox-item"+(e.read?"":" unread")}>
      <p id=${d+"-text"}>${!e.read&&i`<strong>${t("inbox.new")}: </strong>`}${p}</p>
      ${e.reason&&i`<p>${t("inbox.reason")} ${e.reason}</p>`}
      <p class="meta">${T(e.created)}</p>
      <ul class="plain inbox-links">
        ${e.idea&&i`<li><a href=${"/ideas/"+e.idea}>${t("inbox.open",{title:u})}</a></li>`}
        ${e.target_idea&&i`<li><a href=${"/ideas/"+e.target_idea}>${t("inbox.openTarget",{title:$})}</a></li>`}
      </ul>
      ${!e.read&&i`
        <button type="button" class="secondary" disabled=${s} aria-describedby=${d+"-text"}
          onClick=${()=>o(()=>x(`/api/collections/notifications/records/${e.id}`,{method:"PATCH",body:{read:!0}}))}>
          ${t("inbox.markRead")}
        </button>`}
      <${S} error=${r} id=${d+"-error"} />
    </li>`}function Sn(){let e=b.value,[n,r]=c(null),[s,o]=c(!1),[d,a]=c(null),[l,u]=c(!1);B(()=>{x(`/api/collections/users/records/${e.id}`).then(p=>r(!!p.email_opt_out),a)},[e.id]);let $=async p=>{let f=p.currentTarget.checked,m=n;r(!f),u(!0),o(!1),a(null);try{let w=await x(`/api/collections/users/records/${e.id}`,{method:"PATCH",body:{email_opt_out:!f}});r(!!w.email_opt_out),o(!0)}catch(w){r(m),a(w)}finally{u(!1)}};return i`
    <section aria-labelledby="inbox-settings-title">
      <h2 id="inbox-settings-title">${t("inbox.settingsTitle")}</h2>
      ${n===null&&!d?i`<p>${t("common.loading")}</p>`:i`
        <div class="field">
          <label class="choice">
            <input type="checkbox" id="inbox-email" checked=${n===!1} disabled=${l||n===null}
              aria-describedby="inbox-email-hint" onChange=${$} />
            ${t("inbox.email")}
          </label>
          <p class="hint" id="inbox-email-hint">${t("inbox.emailHint")}</p>
        </div>`}
      <p role="status" class="muted">${s?t("inbox.saved"):""}</p>
      <${S} error=${d} id="inbox-email-error" />
    </section>`}function Tn(){let{data:e,error:n,reload:r}=W(In);return i`
    <section aria-labelledby="inbox-list-title">
      <h2 id="inbox-list-title">${t("inbox.listTitle")}</h2>
      <${S} error=${n} id="inbox-error" />
      ${e?e.length===0?i`<p class="muted">${t("inbox.none")}</p>`:i`
        <ul class="plain workspace-list">
          ${e.map(s=>i`<${xn} key=${s.id} entry=${s} done=${r} />`)}
        </ul>`:!n&&i`<p>${t("common.loading")}</p>`}
    </section>`}function Rn(){I(t("inbox.title"));let e=te();k(!0);let n;return b.value?e?n=i`<${Tn} key=${b.value.id} /><${Sn} key=${"email-"+b.value.id} />`:n=i`<p class="notice notice-offline">${t("inbox.offline")}</p>`:n=i`<p>${t("inbox.signIn")} <a href=${H()}>${t("nav.signIn")}</a></p>`,i`
    <h1 tabindex="-1">${t("inbox.title")}</h1>
    ${n}`}async function Bn(){let e=new URLSearchParams({filter:"shared_solution=true",sort:"-updated",skipTotal:"1",perPage:"100"});return(await x(`/api/collections/ideas/records?${e}`)).items}function zn({solution:e,organization:n}){let r="adopt-"+e.id,[s,o]=c(null),[d,a]=c(!1),[l,u]=c(null),$=me(n).filter(w=>w.id!==e.region),[p,f]=c($[0]?.id||n.regions[0]),m=async()=>{a(!0),o(null);try{let w=await x("/api/collections/adoptions/records",{method:"POST",body:{origin:e.id,region:p,organization:n.id,by:b.value.id}});u(w),setTimeout(()=>document.getElementById(r+"-done")?.focus(),0)}catch(w){o(w)}finally{a(!1)}};return l?i`
      <p id=${r+"-done"} tabindex="-1" role="status">
        ${t("solutions.adopted")} <a href=${"/ideas/"+l.idea}>${t("solutions.openAdopted")}</a>
      </p>`:i`
    ${$.length>1&&i`
      <div class="field">
        <label for=${r+"-region"}>${t("solutions.region")}</label>
        <select id=${r+"-region"} value=${p} onChange=${w=>f(w.currentTarget.value)}>
          ${$.map(w=>i`<option value=${w.id}>${w.name}</option>`)}
        </select>
      </div>`}
    <button type="button" disabled=${d} aria-describedby=${"solution-"+e.id+"-title"} onClick=${m}>
      ${t("solutions.adopt")}
    </button>
    <${S} error=${s} id=${r+"-error"} />`}function En(){I(t("solutions.title"));let e=te();k(!0);let{data:n,error:r}=W(Bn),o=Se.value.find(a=>a.role==="staff"&&a.expand?.organization?.regions?.length)?.expand.organization,d;return e?r?d=i`<${S} error=${r} id="solutions-error" />`:n?n.length===0?d=i`<p class="muted">${t("solutions.none")}</p>`:d=i`
      <ul class="plain workspace-list">
        ${n.map(a=>i`
          <li key=${a.id} class="workspace-item">
            <h2 id=${"solution-"+a.id+"-title"}><a href=${"/ideas/"+a.id}>${a.title}</a></h2>
            <p class="meta">${t("solutions.from",{region:A.value.get(a.region)?.name||"–",date:T(a.updated)})}</p>
            ${o&&!o.regions.includes(a.region)&&i`
              <${zn} solution=${a} organization=${o} />`}
          </li>`)}
      </ul>`:d=i`<p>${t("common.loading")}</p>`:d=i`<p class="notice notice-offline">${t("solutions.offline")}</p>`,i`
    <h1 tabindex="-1">${t("solutions.title")}</h1>
    <p>${t("solutions.intro")}</p>
    ${d}`}function _n(e){let n={};return e.kind==="idea"?Object.assign(n,ie(e)):(e.service||(n.service=t("assisted.serviceRequired")),e.rating||(n.rating=t("rate.ratingRequired"))),e.consent||(n.consent=t("assisted.consentRequired")),n}var Dn=[["title","entry-title"],["body","entry-body"],["service","entry-service"],["rating","rating-1"],["consent","entry-consent"]];function Cn({form:e,set:n,errors:r}){return i`
    <${re} prefix="entry" form=${e} set=${n} errors=${r} rows=${6} />
    <${_} id="entry-topic" label=${t("newIdea.topicLabel")} control=${s=>i`
      <select ...${s} value=${e.topic} onChange=${n("topic")}>
        <option value="">${t("newIdea.none")}</option>
        ${Y.map(o=>i`<option value=${o}>${t("topic."+o)}</option>`)}
      </select>`} />`}function An({form:e,set:n,setForm:r,errors:s,place:o}){let d=o?de(N.services.value,o).sort(Ee):[],a=l=>r(u=>({...u,barriers:u.barriers.includes(l)?u.barriers.filter($=>$!==l):[...u.barriers,l]}));return i`
    <${_} id="entry-service" label=${t("assisted.service")} error=${s.service} control=${l=>i`
      <select ...${l} required value=${e.service} onChange=${n("service")}>
        <option value="">${t("report.choose")}</option>
        ${d.map(u=>i`<option value=${u.id}>${u.name}</option>`)}
      </select>`} />
    <${Oe} rating=${e.rating} setRating=${l=>r(u=>({...u,rating:l}))}
      barriers=${e.barriers} toggle=${a} text=${e.text} setText=${l=>r(u=>({...u,text:l}))}
      error=${s.rating} />`}var Mt={title:"",body:"",topic:"",service:"",rating:0,barriers:[],text:"",consent:!1};function On({organizations:e}){let[n,r]=c({kind:"idea",channel:"assisted",organization:e[0].id,region:"",...Mt}),[s,o]=c({}),[d,a]=c(""),l=e.find(h=>h.id===n.organization)||e[0],u=me(l),$=u.find(h=>h.id===C.value?.id)||u[0],p=u.find(h=>h.id===n.region)||$,f=h=>v=>{let{value:D}=v.currentTarget;r(g=>({...g,[h]:D}))},m=h=>v=>r(D=>({...D,[h]:v}));return p?i`
    <form class="stack" onSubmit=${async h=>{h.preventDefault();let v=_n(n);o(v),a("");let D=Dn.find(([z])=>v[z]);if(D){document.getElementById(D[1])?.focus();return}let g={channel:n.channel,organization:l.id,consent:n.consent};n.kind==="idea"?await ye({title:n.title.trim(),body:n.body.trim(),region:p.id,topic:n.topic},g):await Ie({service:n.service,region:p.id,rating:n.rating,text:n.text.trim(),barriers:n.barriers},g),r(z=>({...z,...Mt})),a(t(n.kind==="idea"?"assisted.savedIdea":"assisted.savedFeedback"))}} noValidate>
      <${Q} name="kind" legend=${t("assisted.kind")} value=${n.kind} setValue=${m("kind")}
        choices=${[["idea",t("assisted.kindIdea")],["feedback",t("assisted.kindFeedback")]]} />
      <${Q} name="channel" legend=${t("assisted.channel")} value=${n.channel} setValue=${m("channel")}
        choices=${[["assisted",t("assisted.channelAssisted")],["paper",t("assisted.channelPaper")]]} />
      <${_} id="entry-organization" label=${t("assisted.organization")} control=${h=>i`
        <select ...${h} value=${l.id} onChange=${v=>{let{value:D}=v.currentTarget;r(g=>({...g,organization:D,region:"",service:""}))}}>
          ${e.map(v=>i`<option value=${v.id}>${v.name}</option>`)}
        </select>`} />
      <${_} id="entry-region" label=${t("assisted.region")} control=${h=>i`
        <select ...${h} value=${p?.id||""} onChange=${v=>{let{value:D}=v.currentTarget;r(g=>({...g,region:D,service:""}))}}>
          ${u.map(v=>i`<option value=${v.id}>${v.name}</option>`)}
        </select>`} />
      ${n.kind==="idea"?i`<${Cn} form=${n} set=${f} errors=${s} />`:i`<${An} form=${n} set=${f} setForm=${r} errors=${s} place=${p} />`}
      <div class="field">
        ${s.consent&&i`<p class="error" id="entry-consent-error">${s.consent}</p>`}
        <label class="choice">
          <input type="checkbox" id="entry-consent" required checked=${n.consent}
            aria-describedby=${["entry-consent-hint",s.consent&&"entry-consent-error"].filter(Boolean).join(" ")}
            aria-invalid=${s.consent?"true":void 0}
            onChange=${h=>{let{checked:v}=h.currentTarget;r(D=>({...D,consent:v}))}} />
          ${t("assisted.consent")}
        </label>
        <p class="hint" id="entry-consent-hint">${t("assisted.consentHint")}</p>
      </div>
      <button type="submit">${t("assisted.submit")}</button>
      <p role="status">${d&&i`${d} <a href="/mine">${t("assisted.seeQueue")}</a>`}</p>
    </form>`:i`<p>${t("common.loading")}</p>`}function Mn(){let{ideas:e,feedback:n}=R.value.entries,r=U.value;return!e.length&&!n.length?null:i`
    <section aria-labelledby="entries-title">
      <h2 id="entries-title">${t("assisted.entries")}</h2>
      <ul class="plain">
        ${e.map(s=>i`
          <li key=${s.id}>
            <a href=${"/ideas/"+s.id}>${t("mine.what.idea",{title:s.title})}</a>
            ${" "}<${L} status=${s.status} /> <${F} item=${s} /> <span class="muted">${T(s.created)}</span>
          </li>`)}
        ${n.map(s=>i`
          <li key=${s.id}>
            ${t("mine.what.feedback",{name:r.get(s.service)?.name||"",rating:s.rating})}
            ${" "}<${F} item=${s} /> <span class="muted">${T(s.created)}</span>
          </li>`)}
      </ul>
      ${[...e,...n].some(s=>s.sync==="rejected")&&i`<p><a href="/mine">${t("notice.review")}</a></p>`}
    </section>`}function Ln(){I(t("assisted.title")),k(E.value);let e=st.value,n;return b.value?e.length?C.value?E.value?n=i`<${On} organizations=${e} /><${Mn} />`:n=i`<p>${t("common.loading")}</p>`:n=i`<p>${t("region.needed")}</p><${P} after="/assisted" />`:n=i`<p>${t("assisted.noOrganization")}</p>`:n=i`<p>${t("assisted.signIn")} <a href=${H()}>${t("nav.signIn")}</a></p>`,i`
    <h1 tabindex="-1">${t("assisted.title")}</h1>
    <p>${t("assisted.intro")}</p>
    ${n}`}He(at);export{dn as Accessibility,Ln as Assisted,an as Help,Xt as Idea,en as IdeaNew,jt as Ideas,Rn as Inbox,nn as Mine,qt as Service,Nt as Services,sn as SignIn,on as SignUp,En as Solutions,kn as Workspace};
