import{$ as dt,A as Oe,B as b,C as Xe,E as Ye,F as Je,I as F,K as E,M as A,N as U,O as et,P as T,S as nt,T as ye,U as it,V as ke,W as rt,X as st,Y as ot,Z as Ie,_ as at,b as u,ba as k,c as z,d as We,da as xe,e as Ae,ea as Z,f as $e,ga as Se,h as i,i as Y,ia as lt,j as he,ja as ct,k as He,ka as ee,l as fe,m as y,ma as I,n as ge,na as L,o as Ke,oa as N,p as Ze,pa as _,q as C,qa as Re,r as J,ra as te,s as Ge,sa as Te,ta as H,u as be,ua as P,w as Qe,wa as ae,xa as ze,y as t,z as R}from"./chunk-IEGSCQK5.js";import{c as tt}from"./chunk-Q54RGSI4.js";import{a as K,b as Me,d as M,f as ve,g as we}from"./chunk-IVMEMZP4.js";var ut={"services.title":"Digitale Dienste in {name}","services.intro":"Diese Dienste können Sie online nutzen. Bewerten Sie einen Dienst und sagen Sie uns, wo es Barrieren gibt.","services.topics":"Themenfelder","services.none":"Für diese Gemeinde sind noch keine Dienste eingetragen.","services.tooFewRatings":"Noch zu wenige Bewertungen. Ergebnisse zeigen wir erst, wenn genug Menschen bewertet haben. So bleibt jede einzelne Bewertung geschützt.","services.rating":{one:"Durchschnitt {mean} von 5 Sternen (1 Bewertung)",other:"Durchschnitt {mean} von 5 Sternen ({count} Bewertungen)"},"services.barriers":"Gemeldete Barrieren:","service.back":"Zurück zu allen Diensten","service.link":"Zum Online-Dienst (externe Seite)","service.summaryTitle":"Bewertungen in {name}","service.mine":"Ihre Bewertung","service.myRating":"{rating} von 5 Sternen, am {date}","rate.title":"Diesen Dienst bewerten","rate.ratingLegend":"Wie gut hat der Dienst für Sie funktioniert?","rate.value1":"1 Stern: sehr schlecht","rate.value2":"2 Sterne: schlecht","rate.value3":"3 Sterne: mittel","rate.value4":"4 Sterne: gut","rate.value5":"5 Sterne: sehr gut","rate.ratingRequired":"Bitte wählen Sie eine Bewertung.","rate.barriersLegend":"Gab es Barrieren?","rate.text":"Was ist Ihnen aufgefallen? (freiwillig)","rate.submit":"Bewertung senden","rate.thanks":"Danke! Ihre Bewertung ist gespeichert.","barrier.screenreader":"Nicht mit Vorlese-Programm nutzbar","barrier.complicated":"Zu kompliziert","barrier.in_person":"Trotzdem persönlich erscheinen","barrier.mobile":"Geht nicht gut auf dem Handy","barrier.language":"Sprache nicht verständlich","ideas.title":"Ideen im {name}","ideas.submitLink":"Eigene Idee einreichen","ideas.searchLabel":"Ideen durchsuchen","ideas.search":"Suchen","ideas.clearSearch":"Suche beenden","ideas.searchShort":"Bitte geben Sie mindestens 3 Zeichen ein.","ideas.searchFailed":"Die Suche hat nicht geklappt. Bitte versuchen Sie es noch einmal.","ideas.resultsTitle":"Suchergebnisse","ideas.results":{one:"1 Idee zu „{q}“ gefunden.",other:"{count} Ideen zu „{q}“ gefunden."},"ideas.resultsOffline":{one:"1 Idee zu „{q}“ gefunden (ohne Verbindung in den gespeicherten Ideen gesucht).",other:"{count} Ideen zu „{q}“ gefunden (ohne Verbindung in den gespeicherten Ideen gesucht)."},"ideas.sortLabel":"Sortieren nach","ideas.sortNew":"Neueste zuerst","ideas.sortTop":"Meiste Unterstützung","ideas.sortStatus":"Stand der Bearbeitung","ideas.scopeLabel":"Welche Ideen","ideas.scopeDistrict":"Ganzer {name}","ideas.scopePlace":"Nur {name} und der ganze Kreis","ideas.listTitle":"Alle Ideen","idea.back":"Zurück zu allen Ideen","idea.by":"von {name}","idea.anonymous":"ohne Namen","idea.chooseRegion":"Wählen Sie Ihre Gemeinde, um alle Ideen Ihrer Region zu sehen und mitzumachen.","idea.pendingNote":"Diese Idee ist auf Ihrem Gerät gespeichert und wird gesendet, sobald eine Verbindung besteht.","idea.awaitingModeration":"Diese Idee wird veröffentlicht, sobald die Moderation sie freigegeben hat.","idea.merged":"Diese Idee wurde zusammengeführt mit:","idea.mergedUnknown":"der anderen Idee","idea.service":"Dienst:","idea.topic":"Themenfeld:","idea.votesTitle":"Unterstützung","idea.vote":"Idee unterstützen","idea.retract":"Unterstützung zurücknehmen","idea.youVoted":"Sie unterstützen diese Idee.","idea.voteAfterSync":"Sobald die Idee gesendet ist, kann sie unterstützt werden.","idea.endorsements":"Unterstützt von Verbänden","idea.unknownOrganization":"Ein Verband","idea.history":"Verlauf und Antworten der Verwaltung","idea.commentsTitle":{one:"1 Kommentar",other:"{count} Kommentare"},"idea.noComments":"Noch keine Kommentare.","idea.commentLabel":"Ihr Kommentar","idea.commentSubmit":"Kommentar senden","idea.commentsClosed":"Zu dieser Idee kann man nicht kommentieren.","report.idea":"Idee melden","report.comment":"Kommentar melden","report.reason":"Grund der Meldung","report.choose":"Bitte wählen","report.reason.spam":"Werbung oder Spam","report.reason.offensive":"Beleidigend","report.reason.personal_data":"Enthält persönliche Daten","report.reason.off_topic":"Gehört nicht hierher","report.reason.other":"Anderer Grund","report.reasonRequired":"Bitte wählen Sie einen Grund.","report.note":"Anmerkung (freiwillig)","report.submit":"Meldung senden","report.done":"Sie haben diesen Beitrag gemeldet. Danke!","newIdea.title":"Idee einreichen","newIdea.titleLabel":"Titel","newIdea.bodyLabel":"Beschreibung","newIdea.whereLabel":"Für welchen Ort?","newIdea.wholeDistrict":"Den ganzen {name}","newIdea.serviceLabel":"Betrifft die Idee einen Dienst? (freiwillig)","newIdea.topicLabel":"Themenfeld (freiwillig)","newIdea.none":"Keine Angabe","newIdea.submit":"Idee einreichen","newIdea.similarTitle":"Ähnliche Ideen","newIdea.similarNone":"Während Sie schreiben, zeigen wir hier ähnliche Ideen, die es schon gibt.","newIdea.similarFound":{one:"Es gibt 1 ähnliche Idee. Vielleicht möchten Sie diese unterstützen?",other:"Es gibt {count} ähnliche Ideen. Vielleicht möchten Sie eine davon unterstützen?"},"newIdea.similarFoundOffline":{one:"In den gespeicherten Ideen gibt es 1 ähnliche Idee.",other:"In den gespeicherten Ideen gibt es {count} ähnliche Ideen."},"newIdea.supportInstead":"Stattdessen unterstützen","hint.newIdea":"Beschreiben Sie, was besser werden soll und warum. Die Verwaltung antwortet öffentlich.","hint.title":"Ein kurzer Satz, {min} bis {max} Zeichen.","hint.body":"Was ist das Problem, was schlagen Sie vor? {min} bis {max} Zeichen.","hint.titleShort":"Der Titel ist zu kurz: bitte mindestens {min} Zeichen.","hint.bodyShort":"Die Beschreibung ist zu kurz: bitte mindestens {min} Zeichen.","hint.where":"Ihre Gemeinde oder der ganze Landkreis.","hint.service":"Zum Beispiel „Wohngeld beantragen“.","hint.topic":"Hilft anderen, Ihre Idee zu finden.","hint.comment":"Bleiben Sie freundlich und sachlich. Höchstens {max} Zeichen.","hint.commentRequired":"Bitte schreiben Sie einen Kommentar.","hint.barriers":"Sie können mehrere ankreuzen.","hint.feedbackText":"Bitte keine persönlichen Daten. Höchstens {max} Zeichen.","hint.reportNote":"Höchstens {max} Zeichen.","hint.signedOut":"Sie sind nicht angemeldet. Ihr Beitrag wird gespeichert und gesendet, sobald Sie sich anmelden.","hint.displayName":"Dieser Name steht bei Ihren Beiträgen. Ein Fantasiename ist in Ordnung. {min} bis {max} Zeichen.","hint.email":"Nur für die Anmeldung. Andere sehen Ihre E-Mail-Adresse nie.","hint.password":"Mindestens {min} Zeichen.","mine.title":"Meine Beiträge","mine.signedOut":"Melden Sie sich an, um Ihre gesendeten Beiträge zu sehen.","mine.rejected":"Nicht angenommen","mine.rejectedHelp":"Der Server hat diese Beiträge nicht angenommen. Sie können sie korrigieren und erneut senden oder verwerfen.","mine.noneRejected":"Keine.","mine.pending":"Warten auf Verbindung","mine.nonePending":"Alle Beiträge sind gesendet.","mine.ideas":"Meine Ideen","mine.comments":"Meine Kommentare","mine.votes":"Ideen, die ich unterstütze","mine.feedback":"Meine Bewertungen","mine.reports":"Meine Meldungen","mine.reportsCount":{one:"Sie haben 1 Beitrag gemeldet.",other:"Sie haben {count} Beiträge gemeldet."},"mine.none":"Noch keine.","mine.commentOn":"Zu","mine.hidden":"ausgeblendet","mine.unknownIdea":"einer Idee","mine.fix":"Korrigieren","mine.discard":"Verwerfen","mine.sendAgain":"Erneut senden","mine.what.idea":"Idee „{title}“","mine.what.comment":"Kommentar zu „{title}“","mine.what.vote":"Unterstützung für „{title}“","mine.what.retract":"Unterstützung für „{title}“ zurücknehmen","mine.what.feedback":"Bewertung von „{name}“: {rating} von 5 Sternen","mine.what.edit":"Änderung an der Idee „{title}“","editIdea.open":"Idee bearbeiten","editIdea.title":"Idee bearbeiten","editIdea.hint":"Sie können Ihre Idee ändern, bis die Moderation sie freigibt.","editIdea.save":"Änderung speichern","editIdea.cancel":"Abbrechen","mine.what.report":"Meldung an die Moderation","account.email":"E-Mail-Adresse","account.password":"Passwort","account.passwordConfirm":"Passwort wiederholen","account.displayName":"Angezeigter Name","account.fixFields":"Bitte prüfen Sie die markierten Angaben.","account.offline":"Keine Verbindung. Zum Anmelden brauchen Sie eine Verbindung.","signIn.title":"Anmelden","signIn.intro":"Melden Sie sich an, um Ideen einzureichen, abzustimmen, zu kommentieren und Dienste zu bewerten.","signIn.submit":"Anmelden","signIn.wrong":"E-Mail-Adresse oder Passwort stimmen nicht.","signIn.noAccount":"Noch kein Konto?","signUp.title":"Konto anlegen","signUp.intro":"Sie brauchen nur eine E-Mail-Adresse und einen Namen. Der Name darf ein Fantasiename sein.","signUp.submit":"Konto anlegen","signUp.haveAccount":"Sie haben schon ein Konto?","topic.arbeit_ruhestand":"Arbeit & Ruhestand","topic.bauen_wohnen":"Bauen & Wohnen","topic.bildung":"Bildung","topic.ein_auswanderung":"Ein- & Auswanderung","topic.engagement_hobby":"Engagement & Hobby","topic.familie_kind":"Familie & Kind","topic.forschung_foerderung":"Forschung & Förderung","topic.gesundheit":"Gesundheit","topic.mobilitaet_reisen":"Mobilität & Reisen","topic.recht_ordnung":"Recht & Ordnung","topic.steuern_zoll":"Steuern & Zoll","topic.umwelt":"Umwelt","topic.unternehmen":"Unternehmen","topic.querschnitt":"Querschnittsleistungen","topic.soziales":"Soziales","error.unknown":"Der Beitrag konnte nicht gespeichert werden.","error.vote_idea_hidden":"Diese Idee ist ausgeblendet; für sie kann nicht abgestimmt werden.","error.vote_idea_not_published":"Diese Idee ist noch nicht veröffentlicht.","error.vote_idea_merged":"Diese Idee wurde mit einer anderen zusammengeführt; stimmen Sie bitte dort ab.","error.vote_idea_declined":"Diese Idee wurde abgelehnt; für sie kann nicht mehr abgestimmt werden.","error.feedback_service_not_offered":"Dieser Dienst wird in dieser Region nicht online angeboten.","error.idea_changed":"Die Idee wurde inzwischen auf dem Server geändert.","error.sync_forbidden":"Dazu sind Sie nicht berechtigt.","error.sync_not_found":"Der Eintrag wurde nicht gefunden.","error.validation_pk_invalid":"Diese Kennung ist ungültig oder schon vergeben.","error.validation_not_unique":"Diesen Eintrag gibt es schon.","error.validation_required":"Bitte ausfüllen.","error.validation_missing_rel_records":"Der verknüpfte Eintrag existiert nicht (mehr).","error.validation_invalid_email":"Bitte geben Sie eine gültige E-Mail-Adresse ein.","error.validation_values_mismatch":"Die Passwörter stimmen nicht überein.","error.report_target_required":"Bitte genau einen Inhalt melden: eine Idee oder einen Kommentar.","workspace.title":"Arbeitsbereich","workspace.intro":"Hier sehen Sie, was in Ihrer Region auf Moderation oder eine Antwort wartet.","workspace.signIn":"Bitte melden Sie sich an, um den Arbeitsbereich zu nutzen.","workspace.noRole":"Der Arbeitsbereich ist für Moderatorinnen und Moderatoren von Verbänden und für Mitarbeitende der Verwaltung.","workspace.offline":"Der Arbeitsbereich braucht eine Verbindung. Bitte versuchen Sie es wieder, sobald Sie online sind.","workspace.moderationTitle":"Moderation","workspace.submitted":"Ideen, die auf Freigabe warten","workspace.noneSubmitted":"Keine Idee wartet auf Freigabe.","workspace.reports":"Offene Meldungen","workspace.noneReports":"Keine offenen Meldungen.","workspace.hiddenIdeas":"Ausgeblendete Ideen","workspace.hiddenComments":"Ausgeblendete Kommentare","workspace.noneHidden":"Nichts ausgeblendet.","workspace.publish":"Veröffentlichen","workspace.hide":"Ausblenden","workspace.restore":"Wieder anzeigen","workspace.hideReason":"Grund für das Ausblenden","workspace.hideNote":"Erklärung für die Person (freiwillig)","workspace.hiddenBecause":"Ausgeblendet:","workspace.reportedFor":"Gemeldet:","workspace.comment":"Kommentar von {name}","workspace.responsivenessTitle":"So schnell antwortet Ihre Verwaltung","workspace.region":"Region","workspace.median":"Mittlere Zeit bis zur ersten Antwort","workspace.unanswered":"Ideen ohne Antwort","workspace.oldest":"Älteste Idee ohne Antwort","workspace.days":{one:"1 Tag",other:"{count} Tage"},"workspace.noValue":"–","workspace.more":"Weitere anzeigen","workspace.openTitle":"Offene Ideen, älteste zuerst","workspace.noneOpen":"Keine offenen Ideen.","workspace.since":"eingereicht am {date}","workspace.nextStatus":"Neuer Stand","workspace.response":"Öffentliche Antwort","workspace.responseHint":"Die Antwort erscheint bei der Idee für alle sichtbar.","workspace.responseRequired":"Bitte schreiben Sie eine Antwort.","workspace.move":"Stand ändern","workspace.mergeOpen":"Als Doppelung zusammenführen","workspace.mergeTarget":"Mit welcher ähnlichen Idee zusammenführen?","workspace.mergeTargetRequired":"Bitte wählen Sie die Idee, in die diese Idee aufgeht.","workspace.mergeSimilarity":"{percent} % ähnlich","workspace.mergeNone":"Keine ähnliche veröffentlichte Idee gefunden.","workspace.mergeResponseDefault":"Diese Idee gibt es schon. Wir haben sie mit der ähnlichen Idee zusammengeführt; die Stimmen zählen dort.","workspace.merge":"Zusammenführen","workspace.appeals":"Offene Widersprüche","workspace.noneAppeals":"Keine offenen Widersprüche.","workspace.appealFiled":"Widerspruch vom","workspace.appealDecision":"Ihre Entscheidung","workspace.appealDecisionRequired":"Bitte wählen Sie eine Entscheidung.","workspace.appeal.upheld":"Widerspruch annehmen: wieder anzeigen","workspace.appeal.rejected":"Widerspruch ablehnen: bleibt ausgeblendet","workspace.appealNote":"Begründung","workspace.appealNoteHint":"Die Begründung steht im Moderationsprotokoll.","workspace.appealNoteRequired":"Bitte schreiben Sie eine Begründung.","workspace.appealDecide":"Entscheiden","workspace.appealRefused":"Der Server hat die Entscheidung abgelehnt: Wer den Inhalt ausgeblendet hat, kann über den Widerspruch nicht entscheiden, oder jemand hat schon entschieden.","workspace.appealColleague":"Sie haben diesen Inhalt ausgeblendet. Über den Widerspruch muss eine Kollegin oder ein Kollege entscheiden.","workspace.openIdeas":"Offene Ideen in Ihren Regionen","workspace.endorsed":"{name} unterstützt diese Idee.","workspace.endorse":"Im Namen von {name} unterstützen","workspace.withdraw":"Unterstützung zurückziehen","inbox.title":"Benachrichtigungen","inbox.signIn":"Bitte melden Sie sich an, um Ihre Benachrichtigungen zu sehen.","inbox.offline":"Die Benachrichtigungen brauchen eine Verbindung. Bitte versuchen Sie es wieder, sobald Sie online sind.","inbox.listTitle":"Ihre Benachrichtigungen","inbox.none":"Sie haben keine Benachrichtigungen.","inbox.new":"Neu","inbox.theIdea":"diese Idee","inbox.reason":"Grund:","inbox.open":"Zur Idee „{title}“","inbox.openTarget":"Zur Idee „{title}“, für die Ihre Unterstützung jetzt zählt","inbox.markRead":"Als gelesen markieren","inbox.kind.published":"Ihre Idee „{title}“ wurde veröffentlicht.","inbox.kind.status_changed":"Ihre Idee „{title}“ hat einen neuen Stand: {status}.","inbox.kind.hidden":"Ihre Idee „{title}“ wurde ausgeblendet. Sie können Widerspruch einlegen.","inbox.kind.restored":"Ihre Idee „{title}“ wird wieder angezeigt.","inbox.kind.merged":"Ihre Idee „{title}“ wurde mit der Idee „{target}“ zusammengeführt.","inbox.kind.vote_moved":"Die Idee „{title}“ wurde zusammengeführt. Ihre Stimme zählt jetzt für „{target}“; Sie können sie dort zurückziehen.","inbox.kind.appeal_decided":"Über Ihren Widerspruch zur Idee „{title}“ wurde entschieden.","inbox.settingsTitle":"Einstellungen","inbox.email":"Benachrichtigungen auch per E-Mail","inbox.emailHint":"Die Benachrichtigungen hier bleiben in jedem Fall erhalten.","inbox.saved":"Ihre Einstellung ist gespeichert.","solutions.title":"Lösungen aus der Region","solutions.intro":"Diese Ideen wurden in einer Gemeinde umgesetzt und zum Nachmachen freigegeben. Verwaltungen anderer Gemeinden können sie übernehmen.","solutions.offline":"Die Lösungen aus der Region brauchen eine Verbindung. Bitte versuchen Sie es wieder, sobald Sie online sind.","solutions.none":"Noch keine Lösungen freigegeben.","solutions.from":"Umgesetzt in {region}, zuletzt geändert am {date}","solutions.region":"Für welche Gemeinde oder welchen Kreis übernehmen?","solutions.adopt":"Übernehmen","solutions.adopted":"Übernommen. Die Idee steht jetzt in Ihrer Region.","solutions.openAdopted":"Zur übernommenen Idee","appeal.title":"Widerspruch einlegen","appeal.label":"Warum soll Ihre Idee wieder angezeigt werden?","appeal.hint":"Zwischen {min} und {max} Zeichen. Sie können nur einmal widersprechen; eine andere Person aus der Moderation entscheidet.","appeal.short":"Bitte schreiben Sie mindestens {min} Zeichen.","appeal.submit":"Widerspruch senden","appeal.done":"Ihr Widerspruch ist eingegangen. Sie erhalten eine Benachrichtigung, sobald entschieden ist.","assisted.title":"Für jemanden eintragen","assisted.intro":"Hier tragen Sie eine Idee oder eine Bewertung für eine Person ein, die nicht online ist, zum Beispiel aus einer Sprechstunde oder von einem Papierformular. Das geht auch ohne Verbindung: Der Beitrag wird gesendet, sobald Sie wieder online sind.","assisted.signIn":"Bitte melden Sie sich an, um für jemanden einzutragen.","assisted.noOrganization":"Für jemanden eintragen können Mitglieder eines bestätigten Verbands oder einer Verwaltung. Wenn Sie Mitglied sind, öffnen Sie diese Seite einmal mit Verbindung.","assisted.kind":"Was tragen Sie ein?","assisted.kindIdea":"Eine Idee","assisted.kindFeedback":"Eine Bewertung eines Dienstes","assisted.channel":"Wie haben Sie den Beitrag bekommen?","assisted.channelAssisted":"Im Gespräch (zum Beispiel in einer Sprechstunde)","assisted.channelPaper":"Auf einem Papierformular","assisted.organization":"Für welche Organisation tragen Sie ein?","assisted.region":"Für welchen Ort?","assisted.service":"Welcher Dienst?","assisted.serviceRequired":"Bitte wählen Sie einen Dienst.","assisted.consent":"Die Person ist einverstanden, dass ich diesen Beitrag für sie eintrage.","assisted.consentHint":"Wir speichern nur, dass die Person einverstanden ist. Wer sie ist, speichern wir nicht. Bitte schreiben Sie keine Namen in den Text.","assisted.consentRequired":"Bitte bestätigen Sie, dass die Person einverstanden ist.","assisted.submit":"Eintragen","assisted.savedIdea":"Die Idee ist gespeichert und wird gesendet, sobald eine Verbindung besteht.","assisted.savedFeedback":"Die Bewertung ist gespeichert und wird gesendet, sobald eine Verbindung besteht.","assisted.entries":"Ihre Einträge für andere","assisted.seeQueue":"Stand der Beiträge ansehen","assisted.fromWorkspace":"Eine Idee oder Bewertung für jemanden eintragen, der nicht online ist"};var q=$e({region:"",rows:new Map});function Vt(e){let n={};for(let s=1;s<=5;s++)n[s]=e[`rating_${s}`]||0;let r={};for(let s of Object.keys(e))s.startsWith("barrier_")&&(r[s.slice(8)]=e[s]);return{count:e.count,mean:e.mean,distribution:n,barriers:r}}function Ne(e,n){q.value={region:e,rows:new Map(n.map(r=>[r.service,Vt(r)]))}}async function Be(e){let n=await ve("ratings:"+e);n?Ne(e,n):q.value.region!==e&&Ne(e,[]);try{let r=encodeURIComponent(`region='${e}'`),s=await M(`/api/collections/feedback_summaries/records?filter=${r}&perPage=500&skipTotal=1`);await we("ratings:"+e,s.items),Ne(e,s.items)}catch{}}async function mt(e,n){try{let r=await M(`/api/services/${encodeURIComponent(e)}/feedback?region=${encodeURIComponent(n)}`),s=new Map(q.value.region===n?q.value.rows:[]);s.set(e,r),q.value={region:n,rows:s}}catch{}}function de(e,n){return e.filter(r=>(r.regions||[]).some(s=>s===n.id||s===n.parent))}function Pt(){let e=C.value;if(I(t("services.title",{name:e?.name||""})),z(()=>{e&&Be(e.id)},[e?.id]),k(E.value),!e)return i`<h1 tabindex="-1">${t("nav.services")}</h1><p>${t("region.needed")}</p><${P} after="/services" />`;let n=de(F.services.value,e),r=q.value.region===e.id?q.value.rows:new Map,s=Y.map(o=>[o,n.filter(l=>l.topic===o).sort((l,a)=>l.name.localeCompare(a.name,"de"))]).filter(([,o])=>o.length);return i`
    <h1 tabindex="-1">${t("services.title",{name:e.name})}</h1>
    <p>${t("services.intro")}</p>
    ${E.value&&n.length===0&&i`<p>${t("services.none")}</p>`}
    ${s.length>0&&i`
      <nav aria-label=${t("services.topics")} class="toc">
        <ul>${s.map(([o])=>i`<li><a href=${"#topic-"+o}>${t("topic."+o)}</a></li>`)}</ul>
      </nav>`}
    ${s.map(([o,l])=>i`
      <section aria-labelledby=${"topic-"+o}>
        <h2 id=${"topic-"+o}>${t("topic."+o)}</h2>
        <ul class="services">
          ${l.map(a=>i`
            <li key=${a.id} class="service-card">
              <h3><a href=${"/services/"+a.id}>${a.name}</a></h3>
              <${Te} summary=${r.get(a.id)} />
            </li>`)}
        </ul>
      </section>`)}`}function Fe({rating:e,setRating:n,barriers:r,toggle:s,text:o,setText:l,error:a}){return i`
    <fieldset aria-describedby=${a?"rating-error":void 0}>
      <legend>${t("rate.ratingLegend")}</legend>
      ${a&&i`<p class="error" id="rating-error">${a}</p>`}
      <div class="choices">
        ${[1,2,3,4,5].map(d=>i`
          <label class="choice">
            <input type="radio" name="rating" id=${"rating-"+d} value=${d} checked=${e===d}
              onChange=${()=>n(d)} />
            ${t("rate.value"+d)}
          </label>`)}
      </div>
    </fieldset>
    <fieldset>
      <legend>${t("rate.barriersLegend")}</legend>
      <p class="hint">${t("hint.barriers")}</p>
      ${He.map(d=>i`
        <label class="choice">
          <input type="checkbox" name="barriers" value=${d} checked=${r.includes(d)} onChange=${()=>s(d)} />
          ${t("barrier."+d)}
        </label>`)}
    </fieldset>
    <div class="field">
      <label for="feedback-text">${t("rate.text")}</label>
      <p class="hint" id="feedback-text-hint">${t("hint.feedbackText",{max:y.feedbackText[1]})}</p>
      <textarea id="feedback-text" rows="4" maxLength=${y.feedbackText[1]} aria-describedby="feedback-text-hint"
        value=${o} onInput=${d=>l(d.currentTarget.value)}></textarea>
    </div>`}function jt({service:e,place:n}){let[r,s]=u(0),[o,l]=u([]),[a,d]=u(""),[c,$]=u(""),[m,h]=u(!1);return i`
    <form class="stack" onSubmit=${async f=>{if(f.preventDefault(),!r){$(t("rate.ratingRequired")),document.getElementById("rating-1")?.focus();return}$(""),await Ie({service:e.id,region:n.id,rating:r,text:a.trim(),barriers:o}),h(!0),s(0),l([]),d("")}} noValidate>
      <${Fe} rating=${r} setRating=${s} barriers=${o} toggle=${f=>l(o.includes(f)?o.filter(v=>v!==f):[...o,f])}
        text=${a} setText=${d} error=${c} />
      ${!b.value&&i`<p class="hint">${t("hint.signedOut")}</p>`}
      <button type="submit">${t("rate.submit")}</button>
      <p role="status">${m?t("rate.thanks"):""}</p>
    </form>`}function Ut({id:e}){let n=C.value,r=U.value.get(e);if(I(r?.name||t("nav.services")),k(E.value),z(()=>{n&&Be(n.id).then(()=>mt(e,n.id))},[e,n?.id]),!n)return i`<h1 tabindex="-1">${t("nav.services")}</h1><p>${t("region.needed")}</p><${P} after=${"/services/"+e} />`;if(!r)return E.value?i`<${ze} />`:i`<p>${t("common.loading")}</p>`;let s=q.value.region===n.id?q.value.rows.get(e):null,o=T.value.feedback.filter(l=>l.service===e&&l.region===n.id);return i`
    <p><a href="/services">${t("service.back")}</a></p>
    <h1 tabindex="-1">${r.name}</h1>
    ${r.summary&&i`<p>${r.summary}</p>`}
    ${r.link&&i`<p><a href=${r.link} rel="noopener">${t("service.link")}</a></p>`}
    <h2>${t("service.summaryTitle",{name:n.name})}</h2>
    <${Te} summary=${s} />
    ${o.length>0&&i`
      <h2>${t("service.mine")}</h2>
      <ul class="plain">
        ${o.map(l=>i`
          <li key=${l.id}>
            ${t("service.myRating",{rating:l.rating,date:R(l.created)})} <${L} item=${l} />
            ${l.sync==="rejected"&&i`<${te} error=${l.mutation.error} />`}
          </li>`)}
      </ul>`}
    <h2>${t("rate.title")}</h2>
    <${jt} service=${r} place=${n} />`}var Wt=new Set("der die das und oder ein eine einer eines einem einen ist sind mit für fur von zu im in am an auf aus bei nicht auch es sich wir ich sie er man mehr sehr wie was wenn dass den dem des als nur noch so bitte the and for with of to a an is are be on in at".split(" "));function le(e){return(e||"").toLowerCase().replace(/ä/g,"ae").replace(/ö/g,"oe").replace(/ü/g,"ue").replace(/ß/g,"ss").normalize("NFD").replace(/[\u0300-\u036f]/g,"").split(/[^a-z0-9]+/).filter(n=>n.length>=3&&!Wt.has(n))}var ce=e=>e.replace(/(ungen|ung|en|er|es|e|n|s)$/,"")||e;function pt(e,n){let r=le(n).map(ce);if(!r.length)return[];let s=[];for(let o of e){let l=le(o.title).map(ce),a=l.concat(le(o.body).map(ce));r.every(d=>a.some(c=>c.startsWith(d)))&&s.push({idea:o,score:r.filter(d=>l.some(c=>c.startsWith(d))).length})}return s.sort((o,l)=>l.score-o.score).map(o=>o.idea)}function $t(e,n,r=5){let s=new Set(le(n).map(ce));if(s.size<2)return[];let o=[];for(let l of e){let a=new Set(le(l.title+" "+l.body).map(ce)),d=0;for(let $ of s)a.has($)&&d++;let c=d/Math.min(s.size,a.size||1);d>=2&&c>=.2&&o.push({idea:l,score:c})}return o.sort((l,a)=>a.score-l.score).slice(0,r).map(l=>l.idea)}async function ht(e,n,r){if(!navigator.onLine)return{items:pt(r,e),offline:!0};try{return{items:(await M(`/api/ideas/search?q=${encodeURIComponent(e)}&region=${encodeURIComponent(n)}`,{timeout:8e3})).items,offline:!1}}catch(s){if(!(s instanceof Me))throw s;return{items:pt(r,e),offline:!0}}}async function ft(e,n,r){if(!navigator.onLine)return{items:$t(r,e),offline:!0};try{return{items:(await M(`/api/ideas/similar?text=${encodeURIComponent(e.slice(0,500))}&region=${encodeURIComponent(n)}&limit=5`,{timeout:5e3})).items,offline:!1}}catch(s){if(!(s instanceof Me))throw s;return{items:$t(r,e),offline:!0}}}var gt={new:(e,n)=>e.created<n.created?1:-1,top:(e,n)=>(n.votes_count||0)-(e.votes_count||0)||(e.created<n.created?1:-1),status:(e,n)=>he.indexOf(e.status)-he.indexOf(n.status)||(n.votes_count||0)-(e.votes_count||0)};function Ht(e,n){let[r,s]=u(null);return z(()=>{if(s(null),!e)return;let o=!0;return ht(e,J.value,n).then(l=>o&&s(l)).catch(l=>o&&s({items:[],error:l})),()=>{o=!1}},[e,J.value]),r}function Kt(){let e=C.value,{query:n}=xe.value,r=gt[n.get("sort")]?n.get("sort"):"new",s=n.get("scope")==="place"?"place":"district",o=(n.get("q")||"").trim(),[l,a]=u(o),d=A.value.get(J.value)?.name||"";I(t("ideas.title",{name:d||e?.name||""})),k(E.value);let $=[...T.value.ideas.values()].filter(g=>g.sync!=="rejected"&&!g.hidden).filter(g=>{let B=A.value.get(g.region);return g.region===J.value||B?.parent===J.value||g.sync!=="synced"}),m=Ht(o.length>=3?o:"",$);if(!e)return i`<h1 tabindex="-1">${t("nav.ideas")}</h1><p>${t("region.needed")}</p><${P} after="/ideas" />`;let h=$.filter(g=>s==="district"||g.region===e.id||g.region===e.parent).sort(gt[r]),p=g=>{let B=new URLSearchParams(n);for(let[j,X]of Object.entries(g))X?B.set(j,X):B.delete(j);Z("/ideas"+(B.toString()?"?"+B:""),{replace:!0})},w=g=>{g.preventDefault(),p({q:l.trim()})},f=null;if(o)if(o.length<3)f=i`<p class="error">${t("ideas.searchShort")}</p>`;else if(!m)f=i`<p>${t("common.loading")}</p>`;else if(m.error)f=i`<p class="error">${t("ideas.searchFailed")}</p>`;else{let g=m.items.map(B=>T.value.ideas.get(B.id)||{...B,sync:"synced"});f=i`
        <p>${t(m.offline?"ideas.resultsOffline":"ideas.results",{count:g.length,q:o})}</p>
        <${ae} ideas=${g} level="3" />`}let v=r==="status"?he.map(g=>[g,h.filter(B=>B.status===g)]).filter(([,g])=>g.length):null,D=h.filter(g=>!g.status);return i`
    <h1 tabindex="-1">${t("ideas.title",{name:d||e.name})}</h1>
    <p><a href="/ideas/new">${t("ideas.submitLink")}</a></p>
    <form role="search" class="search" onSubmit=${w}>
      <label for="idea-search">${t("ideas.searchLabel")}</label>
      <div class="inline">
        <input id="idea-search" type="search" name="q" value=${l} onInput=${g=>a(g.currentTarget.value)} />
        <button type="submit">${t("ideas.search")}</button>
        ${o&&i`<button type="button" class="secondary" onClick=${()=>{a(""),p({q:""})}}>${t("ideas.clearSearch")}</button>`}
      </div>
    </form>
    ${o&&i`<section aria-labelledby="results-title"><h2 id="results-title">${t("ideas.resultsTitle")}</h2>${f}</section>`}
    ${!o&&i`
      <div class="filters">
        <div class="field">
          <label for="idea-sort">${t("ideas.sortLabel")}</label>
          <select id="idea-sort" value=${r} onChange=${g=>p({sort:g.currentTarget.value==="new"?"":g.currentTarget.value})}>
            <option value="new">${t("ideas.sortNew")}</option>
            <option value="top">${t("ideas.sortTop")}</option>
            <option value="status">${t("ideas.sortStatus")}</option>
          </select>
        </div>
        <div class="field">
          <label for="idea-scope">${t("ideas.scopeLabel")}</label>
          <select id="idea-scope" value=${s} onChange=${g=>p({scope:g.currentTarget.value==="place"?"place":""})}>
            <option value="district">${t("ideas.scopeDistrict",{name:d})}</option>
            <option value="place">${t("ideas.scopePlace",{name:e.name})}</option>
          </select>
        </div>
      </div>
      <h2 class="visually-hidden">${t("ideas.listTitle")}</h2>
      ${E.value&&h.length===0&&i`<p>${t("ideas.none")}</p>`}
      ${v?i`
          ${D.length>0&&i`<h3>${t("sync.pending")}</h3><${ae} ideas=${D} level="4" />`}
          ${v.map(([g,B])=>i`<h3>${t("status."+g)}</h3><${ae} ideas=${B} level="4" />`)}`:i`<${ae} ideas=${h} level="3" />`}`}`}function Le({target:e,id:n,label:r}){let[s,o]=u(""),[l,a]=u(""),[d,c]=u("");return i`
    <details class="report">
      <summary>${r}</summary>
      <form class="stack" onSubmit=${async m=>{if(m.preventDefault(),!s){c(t("report.reasonRequired")),document.getElementById(n+"-reason")?.focus();return}await ot(e,s,l.trim())}} noValidate>
        <div class="field">
          <label for=${n+"-reason"}>${t("report.reason")}</label>
          ${d&&i`<p class="error" id=${n+"-error"}>${d}</p>`}
          <select id=${n+"-reason"} value=${s} aria-describedby=${d?n+"-error":void 0}
            aria-invalid=${d?"true":void 0} onChange=${m=>o(m.currentTarget.value)}>
            <option value="">${t("report.choose")}</option>
            ${fe.map(m=>i`<option value=${m}>${t("report.reason."+m)}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for=${n+"-note"}>${t("report.note")}</label>
          <p class="hint" id=${n+"-note-hint"}>${t("hint.reportNote",{max:y.note[1]})}</p>
          <textarea id=${n+"-note"} rows="2" maxLength=${y.note[1]} aria-describedby=${n+"-note-hint"}
            value=${l} onInput=${m=>a(m.currentTarget.value)}></textarea>
        </div>
        <button type="submit">${t("report.submit")}</button>
      </form>
    </details>`}function x(e,n={}){return M(e,{...n,token:Oe.value?.token})}var qe=100;async function V(e,n,{expand:r,sort:s="-created",limit:o=qe}={}){let l=new URLSearchParams({filter:n,sort:s,perPage:String(o+1),skipTotal:"1"});return r&&l.set("expand",r),(await x(`/api/collections/${e}/records?${l}`)).items}function W(e,n=[],r=()=>!0){let[s,o]=u({data:null,error:null}),l=We(qe),a=Ae(()=>e(l.current).then(c=>o({data:c,error:null}),c=>o($=>({data:$.data,error:c}))),[]);z(()=>{a();let c=()=>document.visibilityState==="visible"&&a();document.addEventListener("visibilitychange",c);let $=0,m=n.length?tt(n,Oe.value?.token,h=>{h?.record&&!r(h.record)||(clearTimeout($),$=setTimeout(a,300))}):()=>{};return()=>{document.removeEventListener("visibilitychange",c),clearTimeout($),m()}},[]);let d=Ae(()=>(l.current+=qe,a()),[]);return{...s,reload:a,limit:l.current,showMore:d}}function _e(e,n){return e.length>n?`${n}+`:String(e.length)}function De({items:e,limit:n,render:r,showMore:s}){return i`
    <ul class="plain workspace-list">${e.slice(0,n).map(r)}</ul>
    ${e.length>n&&i`<p><button type="button" class="secondary" onClick=${s}>${t("workspace.more")}</button></p>`}`}function S({error:e,id:n}){if(!e)return null;if(!(e instanceof K))return i`<p class="error" id=${n} role="alert">${t("workspace.offline")}</p>`;let r=Object.entries(Re(e));return i`
    <div class="error" id=${n} role="alert">
      <p>${e.message}</p>
      ${r.length>0&&i`<ul>${r.map(([s,o])=>i`<li key=${s}>${s}: ${o}</li>`)}</ul>`}
    </div>`}function O(e){let[n,r]=u(null),[s,o]=u(!1);return{error:n,busy:s,run:async a=>{o(!0),r(null);try{await a(),await e()}catch(d){r(d)}finally{o(!1)}}}}function G({idea:e}){return i`
    <h4><a href=${"/ideas/"+e.id}>${e.title}</a></h4>
    <p class="meta">${t("idea.by",{name:e.author_name||t("idea.anonymous")})} · ${R(e.created)}</p>
    <p>${e.body}</p>`}function ue({record:e}){if(!e.moderation_reason&&!e.moderation_note)return null;let n=e.moderation_reason?t("report.reason."+e.moderation_reason):"";return i`<p>${t("workspace.hiddenBecause")} ${[n,e.moderation_note].filter(Boolean).join(": ")}</p>`}function ne({id:e,label:n,hint:r,missing:s,value:o,setValue:l,rows:a=2,max:d=2e3}){let c=[r&&e+"-hint",s&&e+"-missing"].filter(Boolean).join(" ")||void 0;return i`
    <div class="field">
      <label for=${e}>${n}</label>
      ${r&&i`<p class="hint" id=${e+"-hint"}>${r}</p>`}
      ${s&&i`<p class="error" id=${e+"-missing"}>${s}</p>`}
      <textarea id=${e} rows=${a} maxLength=${d} required value=${o}
        aria-describedby=${c} aria-invalid=${s?"true":void 0}
        onInput=${$=>l($.currentTarget.value)}></textarea>
    </div>`}function Q({name:e,legend:n,missing:r,value:s,setValue:o,choices:l}){return i`
    <fieldset aria-describedby=${r?e+"-missing":void 0}>
      <legend>${n}</legend>
      ${r&&i`<p class="error" id=${e+"-missing"}>${r}</p>`}
      <div class="choices">
        ${l.map(([a,d])=>i`
          <label class="choice" key=${a}>
            <input type="radio" name=${e} id=${e+"-"+a} value=${a} checked=${s===a}
              onChange=${()=>o(a)} />
            ${d}
          </label>`)}
      </div>
    </fieldset>`}var Ee=(e,n)=>e.name.localeCompare(n.name,"de"),Ce=e=>n=>{let r=me(e);return!("region"in n)||!r.length||r.some(s=>s.id===n.region)};function me(e){return(e?.regions||[]).map(r=>A.value.get(r)).filter(Boolean).sort(Ee).flatMap(r=>[r,...F.regions.value.filter(s=>s.parent===r.id).sort(Ee)])}var Ve=10,bt=2e3;function vt({idea:e}){let[n,r]=u(""),[s,o]=u(!1),[l,a]=u(null),[d,c]=u(!1),[$,m]=u(!1);if($)return i`<p class="notice" role="status">${t("appeal.done")}</p>`;let h=async w=>{w.preventDefault();let f=n.trim();if(f.length<Ve){o(!0),document.getElementById("appeal-text")?.focus();return}o(!1),c(!0),a(null);try{await x("/api/collections/appeals/records",{method:"POST",body:{appellant:b.value.id,idea:e.id,text:f}}),m(!0)}catch(v){a(v)}finally{c(!1)}},p=["appeal-hint",s&&"appeal-short"].filter(Boolean).join(" ");return i`
    <section aria-labelledby="appeal-title">
      <h2 id="appeal-title">${t("appeal.title")}</h2>
      <form class="stack" onSubmit=${h} noValidate>
        <div class="field">
          <label for="appeal-text">${t("appeal.label")}</label>
          <p class="hint" id="appeal-hint">${t("appeal.hint",{min:Ve,max:bt})}</p>
          ${s&&i`<p class="error" id="appeal-short">${t("appeal.short",{min:Ve})}</p>`}
          <textarea id="appeal-text" rows="4" maxLength=${bt} value=${n}
            aria-describedby=${p} aria-invalid=${s?"true":void 0}
            onInput=${w=>r(w.currentTarget.value)}></textarea>
        </div>
        <${S} error=${l} id="appeal-error" />
        <button type="submit" disabled=${d}>${t("appeal.submit")}</button>
      </form>
    </section>`}function ie({title:e,body:n}){let r={};return e.trim().length<y.title[0]&&(r.title=t("hint.titleShort",{min:y.title[0]})),n.trim().length<y.body[0]&&(r.body=t("hint.bodyShort",{min:y.body[0]})),r}function re({prefix:e,form:n,set:r,errors:s,rows:o=8}){return i`
    <${_} id=${e+"-title"} label=${t("newIdea.titleLabel")} hint=${t("hint.title",{min:y.title[0],max:y.title[1]})}
      error=${s.title} control=${l=>i`
        <input ...${l} type="text" required maxLength=${y.title[1]} value=${n.title} onInput=${r("title")} />`} />
    <${_} id=${e+"-body"} label=${t("newIdea.bodyLabel")} hint=${t("hint.body",{min:y.body[0],max:y.body[1]})}
      error=${s.body} control=${l=>i`
        <textarea ...${l} rows=${o} required maxLength=${y.body[1]} value=${n.body} onInput=${r("body")}></textarea>`} />`}function wt({idea:e}){let[n,r]=u(!1),[s,o]=u({title:e.title,body:e.body}),[l,a]=u({});if(!n)return i`
      <p><button type="button" class="secondary" onClick=${()=>{o({title:e.title,body:e.body}),r(!0)}}>${t("editIdea.open")}</button></p>`;let d=$=>m=>{let{value:h}=m.currentTarget;o(p=>({...p,[$]:h}))};return i`
    <form class="stack" onSubmit=${async $=>{$.preventDefault();let m=ie(s);if(a(m),Object.keys(m).length){document.getElementById(m.title?"edit-title":"edit-body")?.focus();return}await it(e,{title:s.title.trim(),body:s.body.trim()}),r(!1),document.querySelector("h1")?.focus()}} noValidate aria-labelledby="edit-idea-title">
      <h2 id="edit-idea-title">${t("editIdea.title")}</h2>
      <p class="hint">${t("editIdea.hint")}</p>
      <${re} prefix="edit" form=${s} set=${d} errors=${l} />
      <div class="inline">
        <button type="submit">${t("editIdea.save")}</button>
        <button type="button" class="secondary" onClick=${()=>r(!1)}>${t("editIdea.cancel")}</button>
      </div>
    </form>`}function Zt({idea:e}){let n=T.value.voted.get(e.id),r=ge(e),s=!!n?.voted;return i`
    <section class="votes" aria-labelledby="votes-title">
      <h2 id="votes-title" class="visually-hidden">${t("idea.votesTitle")}</h2>
      <p class="vote-count">${t("ideas.votes",{count:e.votes_count||0})}</p>
      ${e.sync!=="synced"&&!e.status?i`<p class="hint">${t("idea.voteAfterSync")}</p>`:r&&!s?i`<p class="hint">${t("error."+r)}</p>`:i`
            <button type="button" class=${s?"secondary":""}
              onClick=${()=>s?rt(e.id):ke(e.id)}>
              ${s?t("idea.retract"):t("idea.vote")}
            </button>
            ${s&&i` <span>${t("idea.youVoted")}</span>`}
            ${n?.sync==="pending"&&i` <${L} item=${n} />`}`}
      ${!b.value&&i`<p class="hint">${t("hint.signedOut")}</p>`}
    </section>`}function Gt({history:e,organizationName:n}){return e.length?i`
    <section aria-labelledby="history-title">
      <h2 id="history-title">${t("idea.history")}</h2>
      <ol class="history">
        ${e.map(r=>{let s=n(r);return i`
            <li key=${r.id}>
              <p><strong>${t("status."+r.to)}</strong> · ${R(r.created)}${s&&i` · ${s}`}</p>
              ${r.response&&i`<blockquote><p>${r.response}</p></blockquote>`}
            </li>`})}
      </ol>
    </section>`:null}function Qt({endorsements:e,organizationName:n}){return e.length?i`
    <section aria-labelledby="endorsements-title">
      <h2 id="endorsements-title">${t("idea.endorsements")}</h2>
      <ul class="plain">
        ${e.map(r=>i`
          <li key=${r.id}>
            <strong>${n(r)||t("idea.unknownOrganization")}</strong>
            ${r.note&&i`: ${r.note}`}
          </li>`)}
      </ul>
    </section>`:null}function Xt({idea:e}){let[n,r]=u(""),[s,o]=u("");return i`
    <form class="stack" onSubmit=${async a=>{a.preventDefault();let d=n.trim();if(!d){o(t("hint.commentRequired")),document.getElementById("comment-body")?.focus();return}o(""),await st(e.id,d),r("")}} noValidate>
      <div class="field">
        <label for="comment-body">${t("idea.commentLabel")}</label>
        <p class="hint" id="comment-hint">${t("hint.comment",{max:y.comment[1]})}</p>
        ${s&&i`<p class="error" id="comment-error">${s}</p>`}
        <textarea id="comment-body" rows="3" maxLength=${y.comment[1]} value=${n}
          aria-describedby=${s?"comment-hint comment-error":"comment-hint"} aria-invalid=${s?"true":void 0}
          onInput=${a=>r(a.currentTarget.value)}></textarea>
      </div>
      <button type="submit">${t("idea.commentSubmit")}</button>
    </form>`}function Yt({idea:e,comments:n}){let r=T.value.reported;return i`
    <section aria-labelledby="comments-title">
      <h2 id="comments-title">${t("idea.commentsTitle",{count:n.length})}</h2>
      ${n.length===0&&i`<p>${t("idea.noComments")}</p>`}
      <ul class="comments">
        ${n.map(s=>i`
          <li key=${s.id}>
            <article class="comment">
              <p class="meta"><strong>${s.author_name||t("idea.anonymous")}</strong> <span>${R(s.created)}</span> <${L} item=${s} /></p>
              <p class="body">${s.body}</p>
              ${s.sync==="synced"&&s.author!==b.value?.id&&(r.has(s.id)?i`<p class="hint">${t("report.done")}</p>`:i`<${Le} target=${{comment:s.id}} id=${"report-"+s.id} label=${t("report.comment")} />`)}
            </article>
          </li>`)}
      </ul>
      ${Ze(e)?i`<${Xt} idea=${e} />`:i`<p class="hint">${t("idea.commentsClosed")}</p>`}
    </section>`}function Jt(e,n){let[r,s]=u(null);return z(()=>{if(!n||!navigator.onLine)return;M(`/api/collections/ideas/records/${encodeURIComponent(e)}?expand=comments_via_idea,status_changes_via_idea.organization,endorsements_via_idea.organization`).then(s).catch(()=>s({missing:!0}))},[e,n]),r}var yt=(e,n)=>e.created<n.created?-1:1;function en(e){let n=T.value.ideas.get(e),r=Jt(e,E.value&&!n),s=et.value;if(n)return{idea:n,comments:(T.value.comments.get(e)||[]).filter(a=>a.sync!=="rejected"),history:T.value.history.get(e)||[],endorsements:T.value.endorsements.get(e)||[],organizationName:a=>s.get(a.organization)?.name};if(!r||r.missing)return r;let{expand:o={},...l}=r;return{idea:{...l,sync:"synced"},comments:(o.comments_via_idea||[]).filter(a=>a.state==="visible").sort(yt).map(a=>({...a,sync:"synced"})),history:(o.status_changes_via_idea||[]).sort(yt),endorsements:o.endorsements_via_idea||[],organizationName:a=>a.expand?.organization?.name||s.get(a.organization)?.name}}function tn({id:e}){let n=en(e),r=n?.idea;I(r?.title||t("nav.ideas"));let s=!r&&(!E.value||n===null&&navigator.onLine);if(k(!s),!r)return s?i`<p>${t("common.loading")}</p>`:i`<${ze} />`;let o=A.value.get(r.region)?.name,l=U.value.get(r.service),a=r.merged_into&&T.value.ideas.get(r.merged_into),d=r.author&&r.author===b.value?.id;return i`
    <p><a href="/ideas">${t("idea.back")}</a></p>
    <article class="idea">
      <h1 tabindex="-1">${r.title}</h1>
      <p class="meta">
        <${N} status=${r.status} /> <${L} item=${r} />
        <span>${t("idea.by",{name:r.author_name||t("idea.anonymous")})}</span>
        ${o&&i`<span>${o}</span>`}
        <span>${R(r.created)}</span>
      </p>
      ${!C.value&&i`<p class="notice">${t("idea.chooseRegion")} <a href="/region">${t("region.title")}</a></p>`}
      ${r.sync==="pending"&&i`<p class="notice notice-pending">${t("idea.pendingNote")}</p>`}
      ${r.sync==="rejected"&&i`
        <div class="notice notice-error"><${te} error=${r.mutation.error} /> <a href="/mine">${t("notice.review")}</a></div>`}
      ${r.status==="submitted"&&i`<p class="notice">${t("idea.awaitingModeration")}</p>`}
      ${r.status==="merged"&&i`
        <p class="notice">${t("idea.merged")} ${a?i`<a href=${"/ideas/"+a.id}>${a.title}</a>`:i`<a href=${"/ideas/"+r.merged_into}>${t("idea.mergedUnknown")}</a>`}</p>`}
      <div class="body">${r.body}</div>
      ${Ke(r,b.value?.id)&&i`<${wt} key=${r.id} idea=${r} />`}
      ${(l||r.topic)&&i`
        <p class="meta">
          ${l&&i`<span>${t("idea.service")} <a href=${"/services/"+l.id}>${l.name}</a></span>`}
          ${r.topic&&i`<span>${t("idea.topic")} ${t("topic."+r.topic)}</span>`}
        </p>`}
      ${r.sync!=="rejected"&&i`<${Zt} idea=${r} />`}
      <${Qt} endorsements=${n.endorsements} organizationName=${n.organizationName} />
      <${Gt} history=${n.history} organizationName=${n.organizationName} />
      ${r.sync==="synced"&&i`<${Yt} idea=${r} comments=${n.comments} />`}
      ${r.sync==="synced"&&d&&r.hidden&&navigator.onLine&&i`<${vt} idea=${r} />`}
      ${r.sync==="synced"&&!d&&(T.value.reported.has(r.id)?i`<p class="hint">${t("report.done")}</p>`:i`<${Le} target=${{idea:r.id}} id="report-idea" label=${t("report.idea")} />`)}
    </article>`}function nn(e,n){let[r,s]=u({items:[],offline:!1});return z(()=>{if(!n||e.trim().length<12){s({items:[],offline:!1});return}let o=!0,l=setTimeout(()=>{let a=[...T.value.ideas.values()].filter(d=>d.sync==="synced"&&d.status&&d.status!=="submitted");ft(e,n.id,a).then(d=>o&&s(d)).catch(()=>{})},600);return()=>{o=!1,clearTimeout(l)}},[e,n?.id]),r}function rn({similar:e}){let n=e.items.map(r=>T.value.ideas.get(r.id)||{...r,sync:"synced"});return i`
    <section class="similar" aria-labelledby="similar-title">
      <h2 id="similar-title">${t("newIdea.similarTitle")}</h2>
      <div role="status">
        ${n.length===0?i`<p class="hint">${t("newIdea.similarNone")}</p>`:i`<p>${t(e.offline?"newIdea.similarFoundOffline":"newIdea.similarFound",{count:n.length})}</p>`}
      </div>
      <ul class="ideas">
        ${n.map(r=>{let s=T.value.voted.get(r.id);return i`
            <li key=${r.id}>
              <article class="idea-card">
                <h3 class="idea-title"><a href=${"/ideas/"+r.id}>${r.title}</a></h3>
                <p class="meta"><${N} status=${r.status} /> <span>${t("ideas.votes",{count:r.votes_count||0})}</span></p>
                ${s?.voted?i`<p>${t("idea.youVoted")}</p>`:!ge(r)&&i`
                    <button type="button" class="secondary" onClick=${()=>ke(r.id)}>
                      ${t("newIdea.supportInstead")}<span class="visually-hidden">: ${r.title}</span>
                    </button>`}
              </article>
            </li>`})}
      </ul>
    </section>`}function sn(){let e=C.value;I(t("newIdea.title")),k(E.value);let[n,r]=u({title:"",body:"",where:"place",service:"",topic:""}),[s,o]=u({}),l=nn(n.title+" "+n.body,e);if(!e)return i`<h1 tabindex="-1">${t("newIdea.title")}</h1><p>${t("region.needed")}</p><${P} after="/ideas/new" />`;let a=m=>h=>{let{value:p}=h.currentTarget;r(w=>({...w,[m]:p}))},d=A.value.get(e.parent)?.name,c=de(F.services.value,e).sort((m,h)=>m.name.localeCompare(h.name,"de")),$=async m=>{m.preventDefault();let h=ie(n);if(o(h),Object.keys(h).length){document.getElementById(h.title?"idea-title":"idea-body")?.focus();return}let p=await ye({title:n.title.trim(),body:n.body.trim(),region:n.where==="district"&&e.parent?e.parent:e.id,service:n.service,topic:n.topic});Z("/ideas/"+p)};return i`
    <h1 tabindex="-1">${t("newIdea.title")}</h1>
    <p>${t("hint.newIdea")}</p>
    <form class="stack" onSubmit=${$} noValidate>
      <${re} prefix="idea" form=${n} set=${a} errors=${s} />
      <${rn} similar=${l} />
      ${e.parent&&i`
        <${_} id="idea-where" label=${t("newIdea.whereLabel")} hint=${t("hint.where")} control=${m=>i`
          <select ...${m} value=${n.where} onChange=${a("where")}>
            <option value="place">${e.name}</option>
            <option value="district">${t("newIdea.wholeDistrict",{name:d||""})}</option>
          </select>`} />`}
      <${_} id="idea-service" label=${t("newIdea.serviceLabel")} hint=${t("hint.service")} control=${m=>i`
        <select ...${m} value=${n.service} onChange=${a("service")}>
          <option value="">${t("newIdea.none")}</option>
          ${c.map(h=>i`<option value=${h.id}>${h.name}</option>`)}
        </select>`} />
      <${_} id="idea-topic" label=${t("newIdea.topicLabel")} hint=${t("hint.topic")} control=${m=>i`
        <select ...${m} value=${n.topic} onChange=${a("topic")}>
          <option value="">${t("newIdea.none")}</option>
          ${Y.map(h=>i`<option value=${h}>${t("topic."+h)}</option>`)}
        </select>`} />
      ${!b.value&&i`<p class="hint">${t("hint.signedOut")}</p>`}
      <button type="submit">${t("newIdea.submit")}</button>
    </form>`}var xt={"idea.create":[["title","newIdea.titleLabel","input"],["body","newIdea.bodyLabel","textarea"]],"idea.update":[["title","newIdea.titleLabel","input"],["body","newIdea.bodyLabel","textarea"]],"comment.create":[["body","idea.commentLabel","textarea"]],"feedback.create":[["text","rate.text","textarea"]],"report.create":[["note","report.note","textarea"]]};function kt(e){let n=r=>T.value.ideas.get(r)?.title||t("mine.unknownIdea");switch(e.type){case"idea.create":return t("mine.what.idea",{title:e.args.title});case"idea.update":return t("mine.what.edit",{title:e.args.title||n(e.args.id)});case"comment.create":return t("mine.what.comment",{title:n(e.args.idea)});case"vote.cast":return t("mine.what.vote",{title:n(e.args.idea)});case"vote.retract":return t("mine.what.retract",{title:n(e.args.idea)});case"feedback.create":return t("mine.what.feedback",{name:U.value.get(e.args.service)?.name||"",rating:e.args.rating});case"report.create":return t("mine.what.report");default:return e.type}}function on({mutation:e,onDone:n}){let r=xt[e.type]||[],[s,o]=u(Object.fromEntries(r.map(([a])=>[a,e.args[a]||""])));return i`
    <form class="stack fix" onSubmit=${async a=>{a.preventDefault(),await dt(e.id,s),n()}}>
      ${r.map(([a,d,c])=>{let $=`fix-${e.id}-${a}`,m={id:$,value:s[a],onInput:h=>o({...s,[a]:h.currentTarget.value})};return i`
          <div class="field">
            <label for=${$}>${t(d)}</label>
            ${c==="input"?i`<input type="text" maxLength=${y.title[1]} ...${m} />`:i`<textarea rows="4" ...${m}></textarea>`}
          </div>`})}
      <button type="submit">${t("mine.sendAgain")}</button>
    </form>`}function It({mutation:e}){let[n,r]=u(!1),s=e.state==="rejected",o=s&&xt[e.type];return i`
    <li class=${s?"queued rejected":"queued"}>
      <p><span>${kt(e)}</span> <${L} item=${{sync:e.state}} /></p>
      ${s&&i`<${te} error=${e.error} />`}
      <div class="inline">
        ${o&&!n&&i`<button type="button" onClick=${()=>r(!0)}>${t("mine.fix")}</button>`}
        <button type="button" class="secondary" onClick=${()=>at(e.id)}>
          ${t("mine.discard")}<span class="visually-hidden">: ${kt(e)}</span>
        </button>
      </div>
      ${n&&i`<${on} mutation=${e} onDone=${()=>r(!1)} />`}
    </li>`}function an(){I(t("mine.title")),k(E.value);let e=b.value,{mutations:n,ideas:r,comments:s,feedback:o,voted:l}=T.value,a=n.filter(p=>p.state==="rejected"),d=n.filter(p=>p.state==="pending"),c=[...r.values()].filter(p=>p.sync==="synced"&&e&&p.author===e.id),$=[...s.values()].flat().filter(p=>p.sync==="synced"&&e&&p.author===e.id),m=o.filter(p=>p.sync==="synced"),h=[...l.entries()].filter(([,p])=>p.voted&&p.sync==="synced").map(([p])=>r.get(p)).filter(Boolean);return i`
    <h1 tabindex="-1">${t("mine.title")}</h1>
    ${!e&&i`<p>${t("mine.signedOut")} <a href=${H()}>${t("nav.signIn")}</a></p>`}
    <section aria-labelledby="rejected-title">
      <h2 id="rejected-title">${t("mine.rejected")}</h2>
      ${a.length===0?i`<p>${t("mine.noneRejected")}</p>`:i`
        <p>${t("mine.rejectedHelp")}</p>
        <ul class="plain">${a.map(p=>i`<${It} key=${p.id} mutation=${p} />`)}</ul>`}
    </section>
    <section aria-labelledby="pending-title">
      <h2 id="pending-title">${t("mine.pending")}</h2>
      ${d.length===0?i`<p>${t("mine.nonePending")}</p>`:i`
        <ul class="plain">${d.map(p=>i`<${It} key=${p.id} mutation=${p} />`)}</ul>`}
    </section>
    ${e&&i`
      <section aria-labelledby="my-ideas-title">
        <h2 id="my-ideas-title">${t("mine.ideas")}</h2>
        ${c.length===0?i`<p>${t("mine.none")}</p>`:i`
          <ul class="plain">${c.map(p=>i`
            <li key=${p.id}><a href=${"/ideas/"+p.id}>${p.title}</a> <${N} status=${p.status} /></li>`)}</ul>`}
      </section>
      <section aria-labelledby="my-comments-title">
        <h2 id="my-comments-title">${t("mine.comments")}</h2>
        ${$.length===0?i`<p>${t("mine.none")}</p>`:i`
          <ul class="plain">${$.map(p=>i`
            <li key=${p.id}>${t("mine.commentOn")} <a href=${"/ideas/"+p.idea}>${r.get(p.idea)?.title||t("mine.unknownIdea")}</a>: ${p.body}
              ${p.state==="hidden"&&i` <span class="badge">${t("mine.hidden")}</span>`}</li>`)}</ul>`}
      </section>
      <section aria-labelledby="my-votes-title">
        <h2 id="my-votes-title">${t("mine.votes")}</h2>
        ${h.length===0?i`<p>${t("mine.none")}</p>`:i`
          <ul class="plain">${h.map(p=>i`<li key=${p.id}><a href=${"/ideas/"+p.id}>${p.title}</a></li>`)}</ul>`}
      </section>
      <section aria-labelledby="my-feedback-title">
        <h2 id="my-feedback-title">${t("mine.feedback")}</h2>
        ${m.length===0?i`<p>${t("mine.none")}</p>`:i`
          <ul class="plain">${m.map(p=>i`
            <li key=${p.id}><a href=${"/services/"+p.service}>${U.value.get(p.service)?.name||""}</a>:
              ${t("service.myRating",{rating:p.rating,date:R(p.created)})}</li>`)}</ul>`}
      </section>
      ${F.reports.value.length>0&&i`
        <section aria-labelledby="my-reports-title">
          <h2 id="my-reports-title">${t("mine.reports")}</h2>
          <p>${t("mine.reportsCount",{count:F.reports.value.length})}</p>
        </section>`}`}`}async function St(e){if(!C.value&&e.home_region){let n=A.value.get(e.home_region)||await M(`/api/collections/regions/records/${encodeURIComponent(e.home_region)}`).catch(()=>null);n&&Ge(n)}nt()}function dn(){let e=xe.value.query.get("next")||"/";return e.startsWith("/")&&!e.startsWith("//")?e:"/"}function Rt(e){if(e instanceof K){let n=Re(e);return{fields:n,message:Object.keys(n).length?t("account.fixFields"):e.message}}return{fields:{},message:t("account.offline")}}function Tt({message:e}){return i`<div role="alert">${e&&i`<p class="error">${e}</p>`}</div>`}function ln(){I(t("signIn.title")),k(!0);let[e,n]=u(""),[r,s]=u(""),[o,l]=u({fields:{},message:"",busy:!1}),a=async d=>{d.preventDefault(),l({fields:{},message:"",busy:!0});try{await St(await Ye(e.trim(),r)),Z(dn())}catch(c){let $=Rt(c);c instanceof K&&c.status===400&&!Object.keys($.fields).length&&($.message=t("signIn.wrong")),l({...$,busy:!1})}};return i`
    <h1 tabindex="-1">${t("signIn.title")}</h1>
    ${b.value&&!Xe.value&&i`<p>${t("nav.signedInAs",{name:b.value.display_name})}</p>`}
    <p>${t("signIn.intro")}</p>
    <form class="stack" onSubmit=${a}>
      <${Tt} message=${o.message} />
      <${_} id="signin-email" label=${t("account.email")} error=${o.fields.identity} control=${d=>i`
        <input ...${d} type="email" autocomplete="username" required value=${e} onInput=${c=>n(c.currentTarget.value)} />`} />
      <${_} id="signin-password" label=${t("account.password")} error=${o.fields.password} control=${d=>i`
        <input ...${d} type="password" autocomplete="current-password" required value=${r}
          onInput=${c=>s(c.currentTarget.value)} />`} />
      <button type="submit" disabled=${o.busy}>${t("signIn.submit")}</button>
    </form>
    <p>${t("signIn.noAccount")} <a href="/signup">${t("signUp.title")}</a></p>`}function cn(){I(t("signUp.title")),k(!0);let[e,n]=u({displayName:"",email:"",password:"",passwordConfirm:""}),[r,s]=u({fields:{},message:"",busy:!1}),o=a=>d=>{let{value:c}=d.currentTarget;n($=>({...$,[a]:c}))},l=async a=>{a.preventDefault(),s({fields:{},message:"",busy:!0});try{let d=await Je({...e,email:e.email.trim(),displayName:e.displayName.trim(),homeRegion:C.value?.id,locale:be.value});await St(d),Z("/")}catch(d){s({...Rt(d),busy:!1})}};return i`
    <h1 tabindex="-1">${t("signUp.title")}</h1>
    <p>${t("signUp.intro")}</p>
    <form class="stack" onSubmit=${l}>
      <${Tt} message=${r.message} />
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
    <p>${t("signUp.haveAccount")} <a href="/signin">${t("signIn.title")}</a></p>`}var pe=$e(null),Pe;function zt(){return Pe||(Pe=(async()=>{pe.value=await ve("platform").catch(()=>null)||pe.value;try{let e=await M("/api/platform");pe.value=e,await we("platform",e).catch(()=>{})}catch{}})()),Pe}var Bt={de:()=>import("./chunk-IVNRD7VF.js"),en:()=>import("./chunk-2PSZFIGX.js"),"de-simple":()=>import("./chunk-2OKPLU3M.js")},se={};function Et(){let e=be.value,[,n]=u(0),r=se.de&&se[e];return z(()=>{r||Promise.all([Bt.de(),Bt[e]()]).then(([s,o])=>{se.de=s.default,se[e]=o.default,n(l=>l+1)})},[e]),r?(s,o={})=>{let l=se[e][s]??se.de[s];return typeof l=="string"?l.replace(/\{(\w+)\}/g,(a,d)=>o[d]??a):l}:null}function _t({sections:e}){return e.map(([n,r])=>i`
    <section>
      <h2>${n}</h2>
      ${r.map(s=>i`<p>${s}</p>`)}
    </section>`)}function un(){I(t("help.title"));let e=Et();return k(e),i`
    <h1 tabindex="-1">${t("help.title")}</h1>
    ${e?i`<${_t} sections=${e("help.sections")} />`:i`<p>${t("common.loading")}</p>`}
    <p><a href="/accessibility">${t("nav.accessibility")}</a></p>`}function mn(){I(t("nav.accessibility"));let e=Et();if(k(e),z(()=>{zt()},[]),!e)return i`<h1 tabindex="-1">${t("nav.accessibility")}</h1><p>${t("common.loading")}</p>`;let n=encodeURIComponent(e("a11y.mailSubject")),r=pe.value?.contactEmail;return i`
    <h1 tabindex="-1">${e("a11y.title")}</h1>
    <${_t} sections=${e("a11y.sections")} />
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
    </section>`}function Dt(e){return V("appeals","status='open'",{expand:"idea,comment",sort:"created",limit:e})}function pn({error:e,id:n}){return e instanceof K&&e.status===404?i`<p class="error" id=${n} role="alert">${t("workspace.appealRefused")}</p>`:i`<${S} error=${e} id=${n} />`}function $n({appeal:e,done:n}){let r="appeal-"+e.id,[s,o]=u(""),[l,a]=u(""),[d,c]=u({}),{error:$,busy:m,run:h}=O(n);return i`
    <form class="stack workspace-form" onSubmit=${w=>{w.preventDefault();let f={decision:!s,note:!l.trim()};return c(f),f.decision?document.getElementById(r+"-decision-upheld")?.focus():f.note?document.getElementById(r+"-note")?.focus():h(()=>x(`/api/collections/appeals/records/${encodeURIComponent(e.id)}`,{method:"PATCH",body:{status:s,decided_by:b.value.id,decision_note:l.trim()}}))}} noValidate>
      <${Q} name=${r+"-decision"} legend=${t("workspace.appealDecision")} value=${s} setValue=${o}
        missing=${d.decision&&t("workspace.appealDecisionRequired")}
        choices=${["upheld","rejected"].map(w=>[w,t("workspace.appeal."+w)])} />
      <${ne} id=${r+"-note"} label=${t("workspace.appealNote")} hint=${t("workspace.appealNoteHint")}
        missing=${d.note&&t("workspace.appealNoteRequired")} value=${l} setValue=${a} />
      ${$&&i`<${pn} error=${$} id=${r+"-error"} />`}
      <button type="submit" disabled=${m}>${t("workspace.appealDecide")}</button>
    </form>`}function Ct({appeal:e,done:n}){let r=e.expand?.idea,s=e.expand?.comment,o=r||s,l=e.hidden_by&&e.hidden_by===b.value?.id;return i`
    <li class="workspace-item">
      <p><strong>${t("workspace.appealFiled")}</strong> ${R(e.created)}</p>
      ${r&&i`<${G} idea=${r} />`}
      ${s&&i`<h4>${t("workspace.comment",{name:s.author_name||t("idea.anonymous")})}</h4><p>${s.body}</p>`}
      ${o&&i`<${ue} record=${o} />`}
      <blockquote><p>${e.text}</p></blockquote>
      ${l?i`<p class="notice">${t("workspace.appealColleague")}</p>`:i`<${$n} appeal=${e} done=${n} />`}
    </li>`}function At({idea:e,organization:n,endorsement:r,done:s}){let o="endorse-"+e.id,{error:l,busy:a,run:d}=O(s),c=()=>d(()=>x("/api/collections/endorsements/records",{method:"POST",body:{idea:e.id,organization:n.id,by:b.value.id}})),$=()=>d(()=>x(`/api/collections/endorsements/records/${encodeURIComponent(r.id)}`,{method:"DELETE"})),m=n.name||"";return i`
    <div class="inline">
      ${r?i`
          <p>${t("workspace.endorsed",{name:m})}</p>
          <button type="button" class="secondary" disabled=${a} onClick=${$}>
            ${t("workspace.withdraw")}<span class="visually-hidden">: ${e.title}</span>
          </button>`:i`
          <button type="button" class="secondary" disabled=${a} onClick=${c}>
            ${t("workspace.endorse",{name:m})}<span class="visually-hidden">: ${e.title}</span>
          </button>`}
      <${S} error=${l} id=${o+"-error"} />
    </div>`}function hn(e){let n=new URLSearchParams({text:`${e.title} ${e.body}`,region:e.region,limit:"5"});return x(`/api/ideas/similar?${n}`).then(r=>(r?.items||[]).filter(s=>s.id!==e.id))}function fn({idea:e,organization:n,done:r}){let s="merge-"+e.id,[o,l]=u(null),[a,d]=u(null),[c,$]=u(""),[m,h]=u(t("workspace.mergeResponseDefault")),[p,w]=u({}),{error:f,busy:v,run:D}=O(r);z(()=>{hn(e).then(l,d)},[e.id]);let g=j=>{j.preventDefault();let X={target:!c,response:!m.trim()};return w(X),X.target?document.getElementById(`${s}-target-${o[0].id}`)?.focus():X.response?document.getElementById(s+"-response")?.focus():D(()=>x("/api/collections/status_changes/records",{method:"POST",body:{idea:e.id,to:"merged",merged_into:c,response:m.trim(),actor:b.value.id,organization:n}}))};if(a)return i`<${S} error=${a} id=${s+"-load-error"} />`;if(!o)return i`<p>${t("common.loading")}</p>`;if(!o.length)return i`<p class="muted">${t("workspace.mergeNone")}</p>`;let B=o.map(j=>[j.id,i`
    <span>${j.title} <${N} status=${j.status} />
      ${" "}<span class="meta">${t("workspace.mergeSimilarity",{percent:Math.round((j.score||0)*100)})}</span></span>`]);return i`
    <form class="stack workspace-form" onSubmit=${g} noValidate>
      <${Q} name=${s+"-target"} legend=${t("workspace.mergeTarget")} value=${c} setValue=${$}
        missing=${p.target&&t("workspace.mergeTargetRequired")} choices=${B} />
      <${ne} id=${s+"-response"} label=${t("workspace.response")} hint=${t("workspace.responseHint")}
        missing=${p.response&&t("workspace.responseRequired")} value=${m} setValue=${h} max=${5e3} />
      <${S} error=${f} id=${s+"-error"} />
      <button type="submit" disabled=${v}>${t("workspace.merge")}</button>
    </form>`}function je({idea:e,organization:n,done:r}){let[s,o]=u(!1);return i`
    <div>
      <button type="button" class="secondary" aria-expanded=${s?"true":"false"} onClick=${()=>o(!s)}>
        ${t("workspace.mergeOpen")}<span class="visually-hidden">: ${e.title}</span>
      </button>
      ${s&&i`<${fn} idea=${e} organization=${n} done=${r} />`}
    </div>`}var Mt="status!='submitted' && status!='implemented' && status!='declined' && status!='merged' && hidden=false";function gn(e){let n=(e.regions||[]).map(r=>`region='${r}' || region.parent='${r}'`);return n.length?`${Mt} && (${n.join(" || ")})`:`${Mt} && region=''`}var bn=["ideas/*","comments/*","reports/*","appeals/*","endorsements/*"];async function vn(e,n){let[r,s,o,l,a,d]=await Promise.all([V("ideas","status='submitted'",{sort:"created",limit:n}),Dt(n),V("reports","dismissed=false",{expand:"idea,comment",sort:"created",limit:n}),V("ideas","hidden=true",{limit:n}),V("comments","state='hidden'",{limit:n}),V("ideas",gn(e),{limit:n})]),c=d.slice(0,n).map(m=>`idea='${m.id}'`),$=c.length?await V("endorsements",`organization='${e.id}' && (${c.join(" || ")})`,{limit:n}):[];return{submitted:r,appeals:s,reports:o,hiddenIdeas:l,hiddenComments:a,open:d,endorsements:new Map($.map(m=>[m.idea,m]))}}var Nt=(e,n)=>`/api/collections/${e}/records/${encodeURIComponent(n)}`;function Ue({kind:e,record:n,done:r}){let s=`hide-${e}-${n.id}`,[o,l]=u(""),[a,d]=u(""),[c,$]=u(!1),{error:m,busy:h,run:p}=O(r);return i`
    <form class="stack workspace-form" onSubmit=${f=>{if(f.preventDefault(),!o){$(!0),document.getElementById(s+"-reason")?.focus();return}$(!1);let v=e==="ideas"?{hidden:!0}:{state:"hidden"};p(()=>x(Nt(e,n.id),{method:"PATCH",body:{...v,moderation_reason:o,moderation_note:a.trim()}}))}} noValidate>
      <div class="field">
        <label for=${s+"-reason"}>${t("workspace.hideReason")}</label>
        ${c&&i`<p class="error" id=${s+"-missing"}>${t("report.reasonRequired")}</p>`}
        <select id=${s+"-reason"} value=${o} aria-invalid=${c?"true":void 0}
          aria-describedby=${c?s+"-missing":void 0} onChange=${f=>l(f.currentTarget.value)}>
          <option value="">${t("report.choose")}</option>
          ${fe.map(f=>i`<option value=${f}>${t("report.reason."+f)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for=${s+"-note"}>${t("workspace.hideNote")}</label>
        <textarea id=${s+"-note"} rows="2" maxLength=${y.note[1]} value=${a}
          onInput=${f=>d(f.currentTarget.value)}></textarea>
      </div>
      <${S} error=${m} id=${s+"-error"} />
      <button type="submit" disabled=${h}>${t("workspace.hide")}</button>
    </form>`}function wn({idea:e,organization:n,done:r}){let{error:s,busy:o,run:l}=O(r),a=()=>l(()=>x("/api/collections/status_changes/records",{method:"POST",body:{idea:e.id,to:"published",actor:b.value.id,organization:n}}));return i`
    <${S} error=${s} id=${"publish-"+e.id+"-error"} />
    <button type="button" disabled=${o} onClick=${a}>${t("workspace.publish")}</button>`}function Ot({kind:e,record:n,done:r}){let{error:s,busy:o,run:l}=O(r),a=e==="ideas"?{hidden:!1}:{state:"visible"};return i`
    <${S} error=${s} id=${"restore-"+n.id+"-error"} />
    <button type="button" class="secondary" disabled=${o}
      onClick=${()=>l(()=>x(Nt(e,n.id),{method:"PATCH",body:a}))}>${t("workspace.restore")}</button>`}function yn({report:e,done:n}){let r=e.expand?.idea,s=e.expand?.comment,o=t("report.reason."+e.reason)+(e.note?": "+e.note:"");return i`
    <li class="workspace-item">
      <p><strong>${t("workspace.reportedFor")}</strong> ${o} · ${R(e.created)}</p>
      ${r&&i`<${G} idea=${r} />`}
      ${s&&i`<h4>${t("workspace.comment",{name:s.author_name||t("idea.anonymous")})}</h4><p>${s.body}</p>`}
      ${r&&!r.hidden&&i`<${Ue} kind="ideas" record=${r} done=${n} />`}
      ${s&&s.state!=="hidden"&&i`<${Ue} kind="comments" record=${s} done=${n} />`}
    </li>`}function oe({id:e,title:n,items:r,empty:s,limit:o,render:l,showMore:a}){return i`
    <section aria-labelledby=${e}>
      <h3 id=${e}>${n} (${_e(r,o)})</h3>
      ${r.length===0?i`<p class="muted">${s}</p>`:i`<${De} items=${r} limit=${o} render=${l} showMore=${a} />`}
    </section>`}function Ft({organization:e}){let{data:n,error:r,reload:s,limit:o,showMore:l}=W(d=>vn(e,d),bn,Ce(e)),a={limit:o,showMore:l};return i`
    <section aria-labelledby="moderation-title">
      <h2 id="moderation-title">${t("workspace.moderationTitle")}</h2>
      <${S} error=${r} id="moderation-error" />
      ${n?i`
        <${oe} id="submitted-title" title=${t("workspace.submitted")} items=${n.submitted} empty=${t("workspace.noneSubmitted")} ...${a}
          render=${d=>i`
            <li key=${d.id} class="workspace-item">
              <${G} idea=${d} />
              <${wn} idea=${d} organization=${e.id} done=${s} />
              <${Ue} kind="ideas" record=${d} done=${s} />
              <${je} idea=${d} organization=${e.id} done=${s} />
            </li>`} />
        <${oe} id="appeals-title" title=${t("workspace.appeals")} items=${n.appeals} empty=${t("workspace.noneAppeals")} ...${a}
          render=${d=>i`<${Ct} key=${d.id} appeal=${d} done=${s} />`} />
        <${oe} id="reports-title" title=${t("workspace.reports")} items=${n.reports} empty=${t("workspace.noneReports")} ...${a}
          render=${d=>i`<${yn} key=${d.id} report=${d} done=${s} />`} />
        <${oe} id="hidden-ideas-title" title=${t("workspace.hiddenIdeas")} items=${n.hiddenIdeas} empty=${t("workspace.noneHidden")} ...${a}
          render=${d=>i`
            <li key=${d.id} class="workspace-item">
              <${G} idea=${d} />
              <${ue} record=${d} />
              <${Ot} kind="ideas" record=${d} done=${s} />
            </li>`} />
        <${oe} id="hidden-comments-title" title=${t("workspace.hiddenComments")} items=${n.hiddenComments} empty=${t("workspace.noneHidden")} ...${a}
          render=${d=>i`
            <li key=${d.id} class="workspace-item">
              <h4>${t("workspace.comment",{name:d.author_name||t("idea.anonymous")})}</h4>
              <p>${d.body}</p>
              <${ue} record=${d} />
              <${Ot} kind="comments" record=${d} done=${s} />
            </li>`} />
        <${oe} id="open-ideas-title" title=${t("workspace.openIdeas")} items=${n.open} empty=${t("workspace.noneOpen")} ...${a}
          render=${d=>i`
            <li key=${d.id} class="workspace-item">
              <${G} idea=${d} />
              <${At} idea=${d} organization=${e} endorsement=${n.endorsements.get(d.id)} done=${s} />
              <${je} idea=${d} organization=${e.id} done=${s} />
            </li>`} />`:!r&&i`<p>${t("common.loading")}</p>`}
    </section>`}var kn={published:["in_review"],in_review:["accepted","declined"],accepted:["in_progress"],in_progress:["implemented"]},In="status!='submitted' && status!='implemented' && status!='declined' && status!='merged'";function xn({idea:e,organization:n,done:r}){let s="move-"+e.id,o=kn[e.status]||[],[l,a]=u(o[0]||""),[d,c]=u(""),[$,m]=u(!1),{error:h,busy:p,run:w}=O(r);return o.length?i`
    <form class="stack workspace-form" onSubmit=${v=>{if(v.preventDefault(),!d.trim()){m(!0),document.getElementById(s+"-response")?.focus();return}m(!1),w(()=>x("/api/collections/status_changes/records",{method:"POST",body:{idea:e.id,to:l,response:d.trim(),actor:b.value.id,organization:n}}))}} noValidate>
      <div class="field">
        <label for=${s+"-to"}>${t("workspace.nextStatus")}</label>
        <select id=${s+"-to"} value=${l} onChange=${v=>a(v.currentTarget.value)}>
          ${o.map(v=>i`<option value=${v}>${t("status."+v)}</option>`)}
        </select>
      </div>
      <${ne} id=${s+"-response"} label=${t("workspace.response")} hint=${t("workspace.responseHint")}
        missing=${$&&t("workspace.responseRequired")} value=${d} setValue=${c} rows=${3} max=${5e3} />
      <${S} error=${h} id=${s+"-error"} />
      <button type="submit" disabled=${p}>${t("workspace.move")}</button>
    </form>`:null}function Sn({regionId:e}){let{data:n,error:r}=W(()=>x(`/api/regions/${encodeURIComponent(e)}/responsiveness`)),s=A.value.get(e)?.name||"";if(r)return i`<${S} error=${r} id=${"responsiveness-"+e+"-error"} />`;if(!n)return i`<p>${t("common.loading")}</p>`;let o=l=>l==null?t("workspace.noValue"):t("workspace.days",{count:Math.round(l)});return i`
    <dl class="workspace-figures">
      ${s&&i`<dt>${t("workspace.region")}</dt><dd>${s}</dd>`}
      <dt>${t("workspace.median")}</dt><dd>${o(n.median_days_to_response)}</dd>
      <dt>${t("workspace.unanswered")}</dt><dd>${n.unanswered??0}</dd>
      <dt>${t("workspace.oldest")}</dt><dd>${n.unanswered?o(n.oldest_unanswered_days):t("workspace.noValue")}</dd>
    </dl>`}function Lt({organization:e}){let{data:n,error:r,reload:s,limit:o,showMore:l}=W(d=>V("ideas",In,{sort:"created",limit:d}),["ideas/*"],Ce(e)),a=e.regions||[];return i`
    <section aria-labelledby="responsiveness-title">
      <h2 id="responsiveness-title">${t("workspace.responsivenessTitle")}</h2>
      ${a.map(d=>i`<${Sn} key=${d} regionId=${d} />`)}
    </section>
    <section aria-labelledby="open-title">
      <h2 id="open-title">${t("workspace.openTitle")}${n?` (${_e(n,o)})`:""}</h2>
      <${S} error=${r} id="open-error" />
      ${n?n.length===0?i`<p class="muted">${t("workspace.noneOpen")}</p>`:i`
        <${De} items=${n} limit=${o} showMore=${l} render=${d=>i`
          <li key=${d.id} class="workspace-item">
            <h3><a href=${"/ideas/"+d.id}>${d.title}</a></h3>
            <p class="meta"><${N} status=${d.status} /> ${t("workspace.since",{date:R(d.created)})}</p>
            <${xn} idea=${d} organization=${e.id} done=${s} />
          </li>`} />`:!r&&i`<p>${t("common.loading")}</p>`}
    </section>`}function Rn(){I(t("workspace.title"));let e=ee(),[n,r]=u(!1);z(()=>{e&&b.value&&ct().catch(()=>{}).finally(()=>r(!0))},[e,b.value?.id]),k(!0);let s=Se.value,o=s.find(d=>d.role==="moderator"),l=s.find(d=>d.role==="staff"),a;return b.value?e?!o&&!l?a=i`<p>${n?t("workspace.noRole"):t("common.loading")}</p>`:a=i`
      <p>${t("workspace.intro")}</p>
      <p><a href="/assisted">${t("assisted.fromWorkspace")}</a></p>
      ${l&&i`<${Lt} organization=${l.expand?.organization||{id:l.organization}} />`}
      ${o&&i`<${Ft} organization=${o.expand?.organization||{id:o.organization}} />`}`:a=i`<p class="notice notice-offline">${t("workspace.offline")}</p>`:a=i`<p>${t("workspace.signIn")} <a href=${H()}>${t("nav.signIn")}</a></p>`,i`
    <h1 tabindex="-1">${t("workspace.title")}</h1>
    ${a}`}async function Tn(){return(await x("/api/collections/notifications/records?sort=-created&skipTotal=1&perPage=100&expand=idea,target_idea")).items}function zn({entry:e,done:n}){let{error:r,busy:s,run:o}=O(n),l="notification-"+e.id,a=e.expand?.idea,d=e.expand?.target_idea,c=a?.title||t("inbox.theIdea"),$=d?.title||t("inbox.theIdea"),m=t("inbox.kind."+e.kind,{title:c,target:$,status:e.status?t("status."+e.status):""});return i`
    <li class=${"workspace-item inbox-item"+(e.read?"":" unread")}>
      <p id=${l+"-text"}>${!e.read&&i`<strong>${t("inbox.new")}: </strong>`}${m}</p>
      ${e.reason&&i`<p>${t("inbox.reason")} ${e.reason}</p>`}
      <p class="meta">${R(e.created)}</p>
      <ul class="plain inbox-links">
        ${e.idea&&i`<li><a href=${"/ideas/"+e.idea}>${t("inbox.open",{title:c})}</a></li>`}
        ${e.target_idea&&i`<li><a href=${"/ideas/"+e.target_idea}>${t("inbox.openTarget",{title:$})}</a></li>`}
      </ul>
      ${!e.read&&i`
        <button type="button" class="secondary" disabled=${s} aria-describedby=${l+"-text"}
          onClick=${()=>o(()=>x(`/api/collections/notifications/records/${e.id}`,{method:"PATCH",body:{read:!0}}))}>
          ${t("inbox.markRead")}
        </button>`}
      <${S} error=${r} id=${l+"-error"} />
    </li>`}function Bn(){let e=b.value,[n,r]=u(null),[s,o]=u(!1),[l,a]=u(null),[d,c]=u(!1);z(()=>{x(`/api/collections/users/records/${e.id}`).then(m=>r(!!m.email_opt_out),a)},[e.id]);let $=async m=>{let h=m.currentTarget.checked,p=n;r(!h),c(!0),o(!1),a(null);try{let w=await x(`/api/collections/users/records/${e.id}`,{method:"PATCH",body:{email_opt_out:!h}});r(!!w.email_opt_out),o(!0)}catch(w){r(p),a(w)}finally{c(!1)}};return i`
    <section aria-labelledby="inbox-settings-title">
      <h2 id="inbox-settings-title">${t("inbox.settingsTitle")}</h2>
      ${n===null&&!l?i`<p>${t("common.loading")}</p>`:i`
        <div class="field">
          <label class="choice">
            <input type="checkbox" id="inbox-email" checked=${n===!1} disabled=${d||n===null}
              aria-describedby="inbox-email-hint" onChange=${$} />
            ${t("inbox.email")}
          </label>
          <p class="hint" id="inbox-email-hint">${t("inbox.emailHint")}</p>
        </div>`}
      <p role="status" class="muted">${s?t("inbox.saved"):""}</p>
      <${S} error=${l} id="inbox-email-error" />
    </section>`}function En(){let{data:e,error:n,reload:r}=W(Tn);return i`
    <section aria-labelledby="inbox-list-title">
      <h2 id="inbox-list-title">${t("inbox.listTitle")}</h2>
      <${S} error=${n} id="inbox-error" />
      ${e?e.length===0?i`<p class="muted">${t("inbox.none")}</p>`:i`
        <ul class="plain workspace-list">
          ${e.map(s=>i`<${zn} key=${s.id} entry=${s} done=${r} />`)}
        </ul>`:!n&&i`<p>${t("common.loading")}</p>`}
    </section>`}function _n(){I(t("inbox.title"));let e=ee();k(!0);let n;return b.value?e?n=i`<${En} key=${b.value.id} /><${Bn} key=${"email-"+b.value.id} />`:n=i`<p class="notice notice-offline">${t("inbox.offline")}</p>`:n=i`<p>${t("inbox.signIn")} <a href=${H()}>${t("nav.signIn")}</a></p>`,i`
    <h1 tabindex="-1">${t("inbox.title")}</h1>
    ${n}`}async function Dn(){let e=new URLSearchParams({filter:"shared_solution=true",sort:"-updated",skipTotal:"1",perPage:"100"});return(await x(`/api/collections/ideas/records?${e}`)).items}function Cn({solution:e,organization:n}){let r="adopt-"+e.id,[s,o]=u(null),[l,a]=u(!1),[d,c]=u(null),$=me(n).filter(w=>w.id!==e.region),[m,h]=u($[0]?.id||n.regions[0]),p=async()=>{a(!0),o(null);try{let w=await x("/api/collections/adoptions/records",{method:"POST",body:{origin:e.id,region:m,organization:n.id,by:b.value.id}});c(w),setTimeout(()=>document.getElementById(r+"-done")?.focus(),0)}catch(w){o(w)}finally{a(!1)}};return d?i`
      <p id=${r+"-done"} tabindex="-1" role="status">
        ${t("solutions.adopted")} <a href=${"/ideas/"+d.idea}>${t("solutions.openAdopted")}</a>
      </p>`:i`
    ${$.length>1&&i`
      <div class="field">
        <label for=${r+"-region"}>${t("solutions.region")}</label>
        <select id=${r+"-region"} value=${m} onChange=${w=>h(w.currentTarget.value)}>
          ${$.map(w=>i`<option value=${w.id}>${w.name}</option>`)}
        </select>
      </div>`}
    <button type="button" disabled=${l} aria-describedby=${"solution-"+e.id+"-title"} onClick=${p}>
      ${t("solutions.adopt")}
    </button>
    <${S} error=${s} id=${r+"-error"} />`}function An(){I(t("solutions.title"));let e=ee();k(!0);let{data:n,error:r}=W(Dn),o=Se.value.find(a=>a.role==="staff"&&a.expand?.organization?.regions?.length)?.expand.organization,l;return e?r?l=i`<${S} error=${r} id="solutions-error" />`:n?n.length===0?l=i`<p class="muted">${t("solutions.none")}</p>`:l=i`
      <ul class="plain workspace-list">
        ${n.map(a=>i`
          <li key=${a.id} class="workspace-item">
            <h2 id=${"solution-"+a.id+"-title"}><a href=${"/ideas/"+a.id}>${a.title}</a></h2>
            <p class="meta">${t("solutions.from",{region:A.value.get(a.region)?.name||"–",date:R(a.updated)})}</p>
            ${o&&!o.regions.includes(a.region)&&i`
              <${Cn} solution=${a} organization=${o} />`}
          </li>`)}
      </ul>`:l=i`<p>${t("common.loading")}</p>`:l=i`<p class="notice notice-offline">${t("solutions.offline")}</p>`,i`
    <h1 tabindex="-1">${t("solutions.title")}</h1>
    <p>${t("solutions.intro")}</p>
    ${l}`}function Mn(e){let n={};return e.kind==="idea"?Object.assign(n,ie(e)):(e.service||(n.service=t("assisted.serviceRequired")),e.rating||(n.rating=t("rate.ratingRequired"))),e.consent||(n.consent=t("assisted.consentRequired")),n}var On=[["title","entry-title"],["body","entry-body"],["service","entry-service"],["rating","rating-1"],["consent","entry-consent"]];function Nn({form:e,set:n,errors:r}){return i`
    <${re} prefix="entry" form=${e} set=${n} errors=${r} rows=${6} />
    <${_} id="entry-topic" label=${t("newIdea.topicLabel")} control=${s=>i`
      <select ...${s} value=${e.topic} onChange=${n("topic")}>
        <option value="">${t("newIdea.none")}</option>
        ${Y.map(o=>i`<option value=${o}>${t("topic."+o)}</option>`)}
      </select>`} />`}function Fn({form:e,set:n,setForm:r,errors:s,place:o}){let l=o?de(F.services.value,o).sort(Ee):[],a=d=>r(c=>({...c,barriers:c.barriers.includes(d)?c.barriers.filter($=>$!==d):[...c.barriers,d]}));return i`
    <${_} id="entry-service" label=${t("assisted.service")} error=${s.service} control=${d=>i`
      <select ...${d} required value=${e.service} onChange=${n("service")}>
        <option value="">${t("report.choose")}</option>
        ${l.map(c=>i`<option value=${c.id}>${c.name}</option>`)}
      </select>`} />
    <${Fe} rating=${e.rating} setRating=${d=>r(c=>({...c,rating:d}))}
      barriers=${e.barriers} toggle=${a} text=${e.text} setText=${d=>r(c=>({...c,text:d}))}
      error=${s.rating} />`}var qt={title:"",body:"",topic:"",service:"",rating:0,barriers:[],text:"",consent:!1};function Ln({organizations:e}){let[n,r]=u({kind:"idea",channel:"assisted",organization:e[0].id,region:"",...qt}),[s,o]=u({}),[l,a]=u(""),d=e.find(f=>f.id===n.organization)||e[0],c=me(d),$=c.find(f=>f.id===C.value?.id)||c[0],m=c.find(f=>f.id===n.region)||$,h=f=>v=>{let{value:D}=v.currentTarget;r(g=>({...g,[f]:D}))},p=f=>v=>r(D=>({...D,[f]:v}));return m?i`
    <form class="stack" onSubmit=${async f=>{f.preventDefault();let v=Mn(n);o(v),a("");let D=On.find(([B])=>v[B]);if(D){document.getElementById(D[1])?.focus();return}let g={channel:n.channel,organization:d.id,consent:n.consent};n.kind==="idea"?await ye({title:n.title.trim(),body:n.body.trim(),region:m.id,topic:n.topic},g):await Ie({service:n.service,region:m.id,rating:n.rating,text:n.text.trim(),barriers:n.barriers},g),r(B=>({...B,...qt})),a(t(n.kind==="idea"?"assisted.savedIdea":"assisted.savedFeedback"))}} noValidate>
      <${Q} name="kind" legend=${t("assisted.kind")} value=${n.kind} setValue=${p("kind")}
        choices=${[["idea",t("assisted.kindIdea")],["feedback",t("assisted.kindFeedback")]]} />
      <${Q} name="channel" legend=${t("assisted.channel")} value=${n.channel} setValue=${p("channel")}
        choices=${[["assisted",t("assisted.channelAssisted")],["paper",t("assisted.channelPaper")]]} />
      <${_} id="entry-organization" label=${t("assisted.organization")} control=${f=>i`
        <select ...${f} value=${d.id} onChange=${v=>{let{value:D}=v.currentTarget;r(g=>({...g,organization:D,region:"",service:""}))}}>
          ${e.map(v=>i`<option value=${v.id}>${v.name}</option>`)}
        </select>`} />
      <${_} id="entry-region" label=${t("assisted.region")} control=${f=>i`
        <select ...${f} value=${m?.id||""} onChange=${v=>{let{value:D}=v.currentTarget;r(g=>({...g,region:D,service:""}))}}>
          ${c.map(v=>i`<option value=${v.id}>${v.name}</option>`)}
        </select>`} />
      ${n.kind==="idea"?i`<${Nn} form=${n} set=${h} errors=${s} />`:i`<${Fn} form=${n} set=${h} setForm=${r} errors=${s} place=${m} />`}
      <div class="field">
        ${s.consent&&i`<p class="error" id="entry-consent-error">${s.consent}</p>`}
        <label class="choice">
          <input type="checkbox" id="entry-consent" required checked=${n.consent}
            aria-describedby=${["entry-consent-hint",s.consent&&"entry-consent-error"].filter(Boolean).join(" ")}
            aria-invalid=${s.consent?"true":void 0}
            onChange=${f=>{let{checked:v}=f.currentTarget;r(D=>({...D,consent:v}))}} />
          ${t("assisted.consent")}
        </label>
        <p class="hint" id="entry-consent-hint">${t("assisted.consentHint")}</p>
      </div>
      <button type="submit">${t("assisted.submit")}</button>
      <p role="status">${l&&i`${l} <a href="/mine">${t("assisted.seeQueue")}</a>`}</p>
    </form>`:i`<p>${t("common.loading")}</p>`}function qn(){let{ideas:e,feedback:n}=T.value.entries,r=U.value;return!e.length&&!n.length?null:i`
    <section aria-labelledby="entries-title">
      <h2 id="entries-title">${t("assisted.entries")}</h2>
      <ul class="plain">
        ${e.map(s=>i`
          <li key=${s.id}>
            <a href=${"/ideas/"+s.id}>${t("mine.what.idea",{title:s.title})}</a>
            ${" "}<${N} status=${s.status} /> <${L} item=${s} /> <span class="muted">${R(s.created)}</span>
          </li>`)}
        ${n.map(s=>i`
          <li key=${s.id}>
            ${t("mine.what.feedback",{name:r.get(s.service)?.name||"",rating:s.rating})}
            ${" "}<${L} item=${s} /> <span class="muted">${R(s.created)}</span>
          </li>`)}
      </ul>
      ${[...e,...n].some(s=>s.sync==="rejected")&&i`<p><a href="/mine">${t("notice.review")}</a></p>`}
    </section>`}function Vn(){I(t("assisted.title")),k(E.value);let e=lt.value,n;return b.value?e.length?C.value?E.value?n=i`<${Ln} organizations=${e} /><${qn} />`:n=i`<p>${t("common.loading")}</p>`:n=i`<p>${t("region.needed")}</p><${P} after="/assisted" />`:n=i`<p>${t("assisted.noOrganization")}</p>`:n=i`<p>${t("assisted.signIn")} <a href=${H()}>${t("nav.signIn")}</a></p>`,i`
    <h1 tabindex="-1">${t("assisted.title")}</h1>
    <p>${t("assisted.intro")}</p>
    ${n}`}Qe(ut);export{mn as Accessibility,Vn as Assisted,un as Help,tn as Idea,sn as IdeaNew,Kt as Ideas,_n as Inbox,an as Mine,Ut as Service,Pt as Services,ln as SignIn,cn as SignUp,An as Solutions,Rn as Workspace};
