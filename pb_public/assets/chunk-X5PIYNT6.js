import{$ as gt,A as We,B as b,Ba as pe,C as ot,Ca as Me,E as st,F as at,I as P,J as dt,K as D,M as F,N as H,O as lt,P as R,S as mt,T as Be,U as ut,V as Re,W as pt,X as $t,Y as ft,Z as De,_ as ht,b as p,ba as I,c as x,d as Y,da as ze,e as Ue,ea as oe,f as ye,ga as _e,h as i,i as ie,ia as bt,j as ke,ja as wt,k as et,ka as se,l as Ie,m as v,ma as S,n as Se,na as V,o as tt,oa as L,p as nt,pa as k,q as M,qa as X,r as re,ra as ae,s as it,sa as Ce,ta as Z,u as xe,va as N,w as rt,wa as de,xa as z,y as t,ya as _,z as B,za as W}from"./chunk-YMVJT33Y.js";import{c as ct}from"./chunk-Q54RGSI4.js";import{a as q,b as je,d as C,f as Ee,g as Te}from"./chunk-FLA5EOPA.js";var vt={"services.title":"Digitale Dienste in {name}","services.intro":"Diese Dienste können Sie online nutzen. Bewerten Sie einen Dienst und sagen Sie uns, wo es Barrieren gibt.","services.topics":"Themenfelder","services.none":"Für diese Gemeinde sind noch keine Dienste eingetragen.","services.noRatings":"Noch keine Bewertungen.","services.rating":{one:"Durchschnitt {mean} von 5 Sternen (1 Bewertung)",other:"Durchschnitt {mean} von 5 Sternen ({count} Bewertungen)"},"services.barriers":"Gemeldete Barrieren:","service.back":"Zurück zu allen Diensten","service.link":"Zum Online-Dienst (externe Seite)","service.summaryTitle":"Bewertungen in {name}","service.mine":"Ihre Bewertung","service.myRating":"{rating} von 5 Sternen, am {date}","rate.title":"Diesen Dienst bewerten","rate.ratingLegend":"Wie gut hat der Dienst für Sie funktioniert?","rate.value1":"1 Stern: sehr schlecht","rate.value2":"2 Sterne: schlecht","rate.value3":"3 Sterne: mittel","rate.value4":"4 Sterne: gut","rate.value5":"5 Sterne: sehr gut","rate.ratingRequired":"Bitte wählen Sie eine Bewertung.","rate.barriersLegend":"Gab es Barrieren?","rate.text":"Was ist Ihnen aufgefallen? (freiwillig)","rate.submit":"Bewertung senden","barrier.screenreader":"Nicht mit Vorlese-Programm nutzbar","barrier.complicated":"Zu kompliziert","barrier.in_person":"Trotzdem persönlich erscheinen","barrier.mobile":"Geht nicht gut auf dem Handy","barrier.language":"Sprache nicht verständlich","ideas.title":"Ideen im {name}","ideas.submitLink":"Eigene Idee einreichen","ideas.searchLabel":"Ideen durchsuchen","ideas.search":"Suchen","ideas.clearSearch":"Suche beenden","ideas.searchShort":"Bitte geben Sie mindestens 3 Zeichen ein.","ideas.searchFailed":"Die Suche hat nicht geklappt. Bitte versuchen Sie es noch einmal.","ideas.resultsTitle":"Suchergebnisse","ideas.results":{one:"1 Idee zu „{q}“ gefunden.",other:"{count} Ideen zu „{q}“ gefunden."},"ideas.resultsOffline":{one:"1 Idee zu „{q}“ gefunden (ohne Verbindung in den gespeicherten Ideen gesucht).",other:"{count} Ideen zu „{q}“ gefunden (ohne Verbindung in den gespeicherten Ideen gesucht)."},"ideas.sortLabel":"Sortieren nach","ideas.sortNew":"Neueste zuerst","ideas.sortTop":"Meiste Unterstützung","ideas.sortStatus":"Stand der Bearbeitung","ideas.scopeLabel":"Welche Ideen","ideas.scopeDistrict":"Ganzer {name}","ideas.scopePlace":"Nur {name} und der ganze Kreis","ideas.listTitle":"Alle Ideen","idea.back":"Zurück zu allen Ideen","idea.by":"von {name}","idea.anonymous":"ohne Namen","idea.chooseRegion":"Wählen Sie Ihre Gemeinde, um alle Ideen Ihrer Region zu sehen und mitzumachen.","idea.pendingNote":"Diese Idee ist auf Ihrem Gerät gespeichert und wird gesendet, sobald eine Verbindung besteht.","idea.awaitingModeration":"Diese Idee wird veröffentlicht, sobald die Moderation sie freigegeben hat.","idea.merged":"Diese Idee wurde zusammengeführt mit:","idea.mergedUnknown":"der anderen Idee","idea.service":"Dienst:","idea.topic":"Themenfeld:","idea.votesTitle":"Unterstützung","idea.vote":"Idee unterstützen","idea.retract":"Unterstützung zurücknehmen","idea.youVoted":"Sie unterstützen diese Idee.","idea.voteAfterSync":"Sobald die Idee gesendet ist, kann sie unterstützt werden.","idea.endorsements":"Unterstützt von Verbänden","idea.unknownOrganization":"Ein Verband","idea.history":"Verlauf und Antworten der Verwaltung","idea.commentsTitle":{one:"1 Kommentar",other:"{count} Kommentare"},"idea.noComments":"Noch keine Kommentare.","idea.commentLabel":"Ihr Kommentar","idea.commentSubmit":"Kommentar senden","idea.commentsClosed":"Zu dieser Idee kann man nicht kommentieren.","report.idea":"Idee melden","report.comment":"Kommentar melden","report.reason":"Grund der Meldung","report.choose":"Bitte wählen","report.reason.spam":"Werbung oder Spam","report.reason.offensive":"Beleidigend","report.reason.personal_data":"Enthält persönliche Daten","report.reason.off_topic":"Gehört nicht hierher","report.reason.other":"Anderer Grund","report.reasonRequired":"Bitte wählen Sie einen Grund.","report.note":"Anmerkung (freiwillig)","report.submit":"Meldung senden","report.done":"Sie haben diesen Beitrag gemeldet. Danke!","newIdea.title":"Idee einreichen","newIdea.titleLabel":"Titel","newIdea.bodyLabel":"Beschreibung","newIdea.whereLabel":"Für welchen Ort?","newIdea.wholeDistrict":"Den ganzen {name}","newIdea.serviceLabel":"Betrifft die Idee einen Dienst? (freiwillig)","newIdea.topicLabel":"Themenfeld (freiwillig)","newIdea.none":"Keine Angabe","newIdea.submit":"Idee einreichen","newIdea.similarTitle":"Ähnliche Ideen","newIdea.similarNone":"Während Sie schreiben, zeigen wir hier ähnliche Ideen, die es schon gibt.","newIdea.similarFound":{one:"Es gibt 1 ähnliche Idee. Vielleicht möchten Sie diese unterstützen?",other:"Es gibt {count} ähnliche Ideen. Vielleicht möchten Sie eine davon unterstützen?"},"newIdea.similarFoundOffline":{one:"In den gespeicherten Ideen gibt es 1 ähnliche Idee.",other:"In den gespeicherten Ideen gibt es {count} ähnliche Ideen."},"newIdea.supportInstead":"Stattdessen unterstützen","hint.newIdea":"Beschreiben Sie, was besser werden soll und warum. Die Verwaltung antwortet öffentlich.","hint.title":"Ein kurzer Satz, {min} bis {max} Zeichen.","hint.body":"Was ist das Problem, was schlagen Sie vor? {min} bis {max} Zeichen.","hint.titleShort":"Der Titel ist zu kurz: bitte mindestens {min} Zeichen.","hint.bodyShort":"Die Beschreibung ist zu kurz: bitte mindestens {min} Zeichen.","hint.where":"Ihre Gemeinde oder der ganze Landkreis.","hint.service":"Zum Beispiel „Wohngeld beantragen“.","hint.topic":"Hilft anderen, Ihre Idee zu finden.","hint.comment":"Bleiben Sie freundlich und sachlich. Höchstens {max} Zeichen.","hint.commentRequired":"Bitte schreiben Sie einen Kommentar.","hint.barriers":"Sie können mehrere ankreuzen.","hint.feedbackText":"Bitte keine persönlichen Daten. Höchstens {max} Zeichen.","hint.reportNote":"Höchstens {max} Zeichen.","hint.signedOut":"Sie sind nicht angemeldet. Ihr Beitrag wird gespeichert und gesendet, sobald Sie sich anmelden.","hint.displayName":"Dieser Name steht bei Ihren Beiträgen. Ein Fantasiename ist in Ordnung. {min} bis {max} Zeichen.","hint.email":"Nur für die Anmeldung. Andere sehen Ihre E-Mail-Adresse nie.","hint.password":"Mindestens {min} Zeichen.","mine.title":"Meine Beiträge","mine.signedOut":"Melden Sie sich an, um Ihre gesendeten Beiträge zu sehen.","mine.rejected":"Nicht angenommen","mine.rejectedHelp":"Der Server hat diese Beiträge nicht angenommen. Sie können sie korrigieren und erneut senden oder verwerfen.","mine.noneRejected":"Keine.","mine.pending":"Warten auf Verbindung","mine.nonePending":"Alle Beiträge sind gesendet.","mine.ideas":"Meine Ideen","mine.comments":"Meine Kommentare","mine.votes":"Ideen, die ich unterstütze","mine.feedback":"Meine Bewertungen","mine.reports":"Meine Meldungen","mine.reportsCount":{one:"Sie haben 1 Beitrag gemeldet.",other:"Sie haben {count} Beiträge gemeldet."},"mine.none":"Noch keine.","mine.commentOn":"Zu","mine.hidden":"ausgeblendet","mine.unknownIdea":"einer Idee","mine.fix":"Korrigieren","mine.discard":"Verwerfen","mine.sendAgain":"Erneut senden","mine.what.idea":"Idee „{title}“","mine.what.comment":"Kommentar zu „{title}“","mine.what.vote":"Unterstützung für „{title}“","mine.what.retract":"Unterstützung für „{title}“ zurücknehmen","mine.what.feedback":"Bewertung von „{name}“: {rating} von 5 Sternen","mine.what.edit":"Änderung an der Idee „{title}“","editIdea.open":"Idee bearbeiten","editIdea.title":"Idee bearbeiten","editIdea.hint":"Sie können Ihre Idee ändern, bis die Moderation sie freigibt.","editIdea.save":"Änderung speichern","editIdea.cancel":"Abbrechen","mine.what.report":"Meldung an die Moderation","account.email":"E-Mail-Adresse","account.password":"Passwort","account.passwordConfirm":"Passwort wiederholen","account.displayName":"Angezeigter Name","account.offline":"Keine Verbindung. Zum Anmelden brauchen Sie eine Verbindung.","signIn.title":"Anmelden","signIn.intro":"Melden Sie sich an, um Ideen einzureichen, abzustimmen, zu kommentieren und Dienste zu bewerten.","signIn.submit":"Anmelden","signIn.wrong":"E-Mail-Adresse oder Passwort stimmen nicht.","signIn.noAccount":"Noch kein Konto?","signUp.title":"Konto anlegen","signUp.intro":"Sie brauchen nur eine E-Mail-Adresse und einen Namen. Der Name darf ein Fantasiename sein.","signUp.submit":"Konto anlegen","signUp.haveAccount":"Sie haben schon ein Konto?","topic.arbeit_ruhestand":"Arbeit & Ruhestand","topic.bauen_wohnen":"Bauen & Wohnen","topic.bildung":"Bildung","topic.ein_auswanderung":"Ein- & Auswanderung","topic.engagement_hobby":"Engagement & Hobby","topic.familie_kind":"Familie & Kind","topic.forschung_foerderung":"Forschung & Förderung","topic.gesundheit":"Gesundheit","topic.mobilitaet_reisen":"Mobilität & Reisen","topic.recht_ordnung":"Recht & Ordnung","topic.steuern_zoll":"Steuern & Zoll","topic.umwelt":"Umwelt","topic.unternehmen":"Unternehmen","topic.querschnitt":"Querschnittsleistungen","topic.soziales":"Soziales","error.unknown":"Der Beitrag konnte nicht gespeichert werden.","error.vote_idea_hidden":"Diese Idee ist ausgeblendet; für sie kann nicht abgestimmt werden.","error.vote_idea_not_published":"Diese Idee ist noch nicht veröffentlicht.","error.vote_idea_merged":"Diese Idee wurde mit einer anderen zusammengeführt; stimmen Sie bitte dort ab.","error.vote_idea_declined":"Diese Idee wurde abgelehnt; für sie kann nicht mehr abgestimmt werden.","error.feedback_service_not_offered":"Dieser Dienst wird in dieser Region nicht online angeboten.","error.idea_changed":"Die Idee wurde inzwischen auf dem Server geändert.","error.sync_forbidden":"Dazu sind Sie nicht berechtigt.","error.sync_not_found":"Der Eintrag wurde nicht gefunden.","error.validation_pk_invalid":"Diese Kennung ist ungültig oder schon vergeben.","error.validation_not_unique":"Diesen Eintrag gibt es schon.","error.validation_required":"Bitte ausfüllen.","error.validation_missing_rel_records":"Der verknüpfte Eintrag existiert nicht (mehr).","error.validation_invalid_email":"Bitte geben Sie eine gültige E-Mail-Adresse ein.","error.validation_values_mismatch":"Die Passwörter stimmen nicht überein.","error.report_target_required":"Bitte genau einen Inhalt melden: eine Idee oder einen Kommentar.","workspace.title":"Arbeitsbereich","workspace.intro":"Hier sehen Sie, was in Ihrer Region auf Moderation oder eine Antwort wartet.","workspace.signIn":"Bitte melden Sie sich an, um den Arbeitsbereich zu nutzen.","workspace.noRole":"Der Arbeitsbereich ist für Moderatorinnen und Moderatoren von Verbänden und für Mitarbeitende der Verwaltung.","workspace.offline":"Der Arbeitsbereich braucht eine Verbindung. Bitte versuchen Sie es wieder, sobald Sie online sind.","workspace.moderationTitle":"Moderation","workspace.submitted":"Ideen, die auf Freigabe warten","workspace.noneSubmitted":"Keine Idee wartet auf Freigabe.","workspace.reports":"Offene Meldungen","workspace.noneReports":"Keine offenen Meldungen.","workspace.hiddenIdeas":"Ausgeblendete Ideen","workspace.hiddenComments":"Ausgeblendete Kommentare","workspace.noneHidden":"Nichts ausgeblendet.","workspace.publish":"Veröffentlichen","workspace.hide":"Ausblenden","workspace.restore":"Wieder anzeigen","workspace.hideReason":"Grund für das Ausblenden","workspace.hideNote":"Erklärung für die Person (freiwillig)","workspace.hiddenBecause":"Ausgeblendet:","workspace.reportedFor":"Gemeldet:","workspace.comment":"Kommentar von {name}","workspace.responsivenessTitle":"So schnell antwortet Ihre Verwaltung","workspace.region":"Region","workspace.median":"Mittlere Zeit bis zur ersten Antwort","workspace.unanswered":"Ideen ohne Antwort","workspace.oldest":"Älteste Idee ohne Antwort","workspace.days":{one:"1 Tag",other:"{count} Tage"},"workspace.noValue":"–","workspace.more":"Weitere anzeigen","workspace.openTitle":"Offene Ideen, älteste zuerst","workspace.noneOpen":"Keine offenen Ideen.","workspace.since":"eingereicht am {date}","workspace.nextStatus":"Neuer Stand","workspace.response":"Öffentliche Antwort","workspace.responseHint":"Die Antwort erscheint bei der Idee für alle sichtbar.","workspace.responseRequired":"Bitte schreiben Sie eine Antwort.","workspace.move":"Stand ändern","workspace.mergeOpen":"Als Doppelung zusammenführen","workspace.mergeTarget":"Mit welcher ähnlichen Idee zusammenführen?","workspace.mergeTargetRequired":"Bitte wählen Sie die Idee, in die diese Idee aufgeht.","workspace.mergeSimilarity":"{percent} % ähnlich","workspace.mergeNone":"Keine ähnliche veröffentlichte Idee gefunden.","workspace.mergeResponseDefault":"Diese Idee gibt es schon. Wir haben sie mit der ähnlichen Idee zusammengeführt; die Stimmen zählen dort.","workspace.merge":"Zusammenführen","workspace.appeals":"Offene Widersprüche","workspace.noneAppeals":"Keine offenen Widersprüche.","workspace.appealFiled":"Widerspruch vom","workspace.appealDecision":"Ihre Entscheidung","workspace.appealDecisionRequired":"Bitte wählen Sie eine Entscheidung.","workspace.appeal.upheld":"Widerspruch annehmen: wieder anzeigen","workspace.appeal.rejected":"Widerspruch ablehnen: bleibt ausgeblendet","workspace.appealNote":"Begründung","workspace.appealNoteHint":"Die Begründung steht im Moderationsprotokoll.","workspace.appealNoteRequired":"Bitte schreiben Sie eine Begründung.","workspace.appealDecide":"Entscheiden","workspace.appealRefused":"Der Server hat die Entscheidung abgelehnt: Wer den Inhalt ausgeblendet hat, kann über den Widerspruch nicht entscheiden, oder jemand hat schon entschieden.","workspace.appealColleague":"Sie haben diesen Inhalt ausgeblendet. Über den Widerspruch muss eine Kollegin oder ein Kollege entscheiden.","workspace.openIdeas":"Offene Ideen in Ihren Regionen","workspace.endorsed":"{name} unterstützt diese Idee.","workspace.endorse":"Im Namen von {name} unterstützen","workspace.withdraw":"Unterstützung zurückziehen","inbox.title":"Benachrichtigungen","inbox.signIn":"Bitte melden Sie sich an, um Ihre Benachrichtigungen zu sehen.","inbox.offline":"Die Benachrichtigungen brauchen eine Verbindung. Bitte versuchen Sie es wieder, sobald Sie online sind.","inbox.listTitle":"Ihre Benachrichtigungen","inbox.none":"Sie haben keine Benachrichtigungen.","inbox.new":"Neu","inbox.theIdea":"diese Idee","inbox.reason":"Grund:","inbox.open":"Zur Idee „{title}“","inbox.openTarget":"Zur Idee „{title}“, für die Ihre Unterstützung jetzt zählt","inbox.markRead":"Als gelesen markieren","inbox.kind.published":"Ihre Idee „{title}“ wurde veröffentlicht.","inbox.kind.status_changed":"Ihre Idee „{title}“ hat einen neuen Stand: {status}.","inbox.kind.hidden":"Ihre Idee „{title}“ wurde ausgeblendet. Sie können Widerspruch einlegen.","inbox.kind.restored":"Ihre Idee „{title}“ wird wieder angezeigt.","inbox.kind.merged":"Ihre Idee „{title}“ wurde mit der Idee „{target}“ zusammengeführt.","inbox.kind.vote_moved":"Die Idee „{title}“ wurde zusammengeführt. Ihre Stimme zählt jetzt für „{target}“; Sie können sie dort zurückziehen.","inbox.kind.appeal_decided":"Über Ihren Widerspruch zur Idee „{title}“ wurde entschieden.","inbox.settingsTitle":"Einstellungen","inbox.email":"Benachrichtigungen auch per E-Mail","inbox.emailHint":"Die Benachrichtigungen hier bleiben in jedem Fall erhalten.","inbox.saved":"Ihre Einstellung ist gespeichert.","solutions.title":"Lösungen aus der Region","solutions.intro":"Diese Ideen wurden in einer Gemeinde umgesetzt und zum Nachmachen freigegeben. Verwaltungen anderer Gemeinden können sie übernehmen.","solutions.offline":"Die Lösungen aus der Region brauchen eine Verbindung. Bitte versuchen Sie es wieder, sobald Sie online sind.","solutions.none":"Noch keine Lösungen freigegeben.","solutions.from":"Umgesetzt in {region}, zuletzt geändert am {date}","solutions.region":"Für welche Gemeinde oder welchen Kreis übernehmen?","solutions.adopt":"Übernehmen","solutions.adopted":"Übernommen. Die Idee steht jetzt in Ihrer Region.","solutions.openAdopted":"Zur übernommenen Idee","appeal.title":"Widerspruch einlegen","appeal.label":"Warum soll Ihre Idee wieder angezeigt werden?","appeal.hint":"Zwischen {min} und {max} Zeichen. Sie können nur einmal widersprechen; eine andere Person aus der Moderation entscheidet.","appeal.short":"Bitte schreiben Sie mindestens {min} Zeichen.","appeal.submit":"Widerspruch senden","appeal.done":"Ihr Widerspruch ist eingegangen. Sie erhalten eine Benachrichtigung, sobald entschieden ist.","assisted.title":"Für jemanden eintragen","assisted.intro":"Hier tragen Sie eine Idee oder eine Bewertung für eine Person ein, die nicht online ist, zum Beispiel aus einer Sprechstunde oder von einem Papierformular. Das geht auch ohne Verbindung: Der Beitrag wird gesendet, sobald Sie wieder online sind.","assisted.signIn":"Bitte melden Sie sich an, um für jemanden einzutragen.","assisted.noOrganization":"Für jemanden eintragen können Mitglieder eines bestätigten Verbands oder einer Verwaltung. Wenn Sie Mitglied sind, öffnen Sie diese Seite einmal mit Verbindung.","assisted.kind":"Was tragen Sie ein?","assisted.kindIdea":"Eine Idee","assisted.kindFeedback":"Eine Bewertung eines Dienstes","assisted.channel":"Wie haben Sie den Beitrag bekommen?","assisted.channelAssisted":"Im Gespräch (zum Beispiel in einer Sprechstunde)","assisted.channelPaper":"Auf einem Papierformular","assisted.organization":"Für welche Organisation tragen Sie ein?","assisted.region":"Für welchen Ort?","assisted.service":"Welcher Dienst?","assisted.serviceRequired":"Bitte wählen Sie einen Dienst.","assisted.consent":"Die Person ist einverstanden, dass ich diesen Beitrag für sie eintrage.","assisted.consentHint":"Wir speichern nur, dass die Person einverstanden ist. Wer sie ist, speichern wir nicht. Bitte schreiben Sie keine Namen in den Text.","assisted.consentRequired":"Bitte bestätigen Sie, dass die Person einverstanden ist.","assisted.submit":"Eintragen","assisted.entries":"Ihre Einträge für andere","assisted.fromWorkspace":"Eine Idee oder Bewertung für jemanden eintragen, der nicht online ist","confirm.rating":"Danke! Ihre Bewertung ist gespeichert.","confirm.idea":"Danke für Ihre Idee!","confirm.comment":"Danke für Ihren Kommentar!","confirm.report":"Danke für Ihre Meldung. Die Moderation sieht sie sich an.","confirm.appeal":"Ihr Einspruch ist eingegangen.","confirm.entryIdea":"Die Idee ist eingetragen.","confirm.entryFeedback":"Die Bewertung ist eingetragen.","confirm.rating.signIn":"Sie wird gesendet, sobald Sie sich anmelden oder ein Konto anlegen.","confirm.rating.offline":"Sie wird gesendet, sobald wieder eine Verbindung besteht.","confirm.entryIdea.offline":"Die Idee ist gespeichert und wird gesendet, sobald eine Verbindung besteht.","confirm.entryFeedback.offline":"Die Bewertung ist gespeichert und wird gesendet, sobald eine Verbindung besteht.","confirm.signedIn":"Sie sind angemeldet.","confirm.state.sent":{one:"Ihr Beitrag ist gesendet.",other:"Ihre {count} Beiträge sind gesendet."},"confirm.state.sending":{one:"Ihr Beitrag wird gesendet …",other:"Ihre {count} Beiträge werden gesendet …"},"confirm.state.offline":{one:"Der Beitrag ist auf diesem Gerät gespeichert und wird gesendet, sobald wieder eine Verbindung besteht.",other:"Sie sind auf diesem Gerät gespeichert und werden gesendet, sobald wieder eine Verbindung besteht."},"confirm.state.signIn":{one:"Der Beitrag ist auf diesem Gerät gespeichert und wird gesendet, sobald Sie sich anmelden oder ein Konto anlegen.",other:"Sie sind auf diesem Gerät gespeichert und werden gesendet, sobald Sie sich anmelden oder ein Konto anlegen."},"confirm.state.rejected":"Der Server hat den Beitrag nicht angenommen.","password.forgot":"Passwort vergessen?","password.forgotTitle":"Passwort vergessen","password.forgotIntro":"Geben Sie die E-Mail-Adresse Ihres Kontos ein. Wir schicken Ihnen einen Link, mit dem Sie ein neues Passwort festlegen.","password.request":"Link schicken","password.sent":"Wenn es ein Konto mit der Adresse {email} gibt, ist ein Link unterwegs. Er gilt 30 Minuten. Sehen Sie bitte auch im Spam-Ordner nach.","password.noEmail":"Diese Mitwirken-Seite kann keine E-Mails verschicken: Der Betreiber hat keinen E-Mail-Versand eingerichtet. Deshalb können wir Ihnen keinen Link für ein neues Passwort schicken.","password.askOperator":"Bitte wenden Sie sich an den Betreiber:","password.askOperatorUnknown":"Bitte wenden Sie sich an den Betreiber dieser Seite, zum Beispiel an Ihre Gemeindeverwaltung.","password.resetTitle":"Neues Passwort festlegen","password.new":"Neues Passwort","password.save":"Passwort speichern","password.changed":"Ihr Passwort ist geändert. Sie können sich jetzt damit anmelden.","password.linkInvalid":"Der Link ist ungültig oder abgelaufen. Bitte fordern Sie einen neuen an.","password.requestAgain":"Neuen Link anfordern","account.emailMissing":"Bitte geben Sie Ihre E-Mail-Adresse ein.","account.emailInvalid":"Bitte geben Sie eine E-Mail-Adresse in der Form name@beispiel.de ein.","account.passwordMissing":"Bitte geben Sie Ihr Passwort ein.","account.passwordShort":"Das Passwort ist zu kurz: bitte mindestens {min} Zeichen.","account.passwordMismatch":"Die beiden Passwörter stimmen nicht überein.","account.nameShort":"Bitte geben Sie einen Namen mit mindestens {min} Zeichen ein.","signUp.privacyTitle":"Was wir speichern","signUp.privacy":"Ihre E-Mail-Adresse (nur zum Anmelden und, wenn Sie möchten, für Benachrichtigungen; niemand sonst sieht sie), den angezeigten Namen (ein Fantasiename ist in Ordnung), Ihre Gemeinde und Ihre Beiträge. Sie können alles herunterladen und Ihr Konto löschen.","signUp.privacyMore":"Mehr zum Datenschutz in der Hilfe","mine.discardQuestion":"{what} wirklich verwerfen? Der Beitrag wurde noch nicht gesendet und ist dann verloren.","mine.discardYes":"Ja, verwerfen","mine.discardNo":"Behalten","mine.discarded":"Verworfen: {what}.","mine.noneWaiting":"Nichts wartet mehr auf das Senden."};var U=ye({region:"",rows:new Map});function sn(e){let n=e?.count||0,r={};for(let s=1;s<=5;s++)r[s]=e?.[`rating_${s}`]||0;let o={};for(let s of Object.keys(e||{}))s.startsWith("barrier_")&&(o[s.slice(8)]=e[s]);return{count:n,mean:n?Math.round(e.rating_sum/n*100)/100:null,distribution:r,barriers:o}}function Ke(e,n){U.value={region:e,rows:new Map(n.map(r=>[r.service,sn(r)]))}}async function Ae(e){let n=await Ee("stats:"+e);n?Ke(e,n):U.value.region!==e&&Ke(e,[]);try{let r=encodeURIComponent(`region='${e}'`),o=await C(`/api/collections/feedback_stats/records?filter=${r}&perPage=500&skipTotal=1`);await Te("stats:"+e,o.items),Ke(e,o.items)}catch{}}async function yt(e,n){try{let r=await C(`/api/services/${encodeURIComponent(e)}/feedback?region=${encodeURIComponent(n)}`),o=new Map(U.value.region===n?U.value.rows:[]);o.set(e,r),U.value={region:n,rows:o}}catch{}}function $e(e,n){return e.filter(r=>(r.regions||[]).some(o=>o===n.id||o===n.parent))}function an(){let e=M.value;if(S(t("services.title",{name:e?.name||""})),x(()=>{e&&Ae(e.id)},[e?.id]),I(D.value),!e)return i`<h1 tabindex="-1">${t("nav.services")}</h1><p>${t("region.needed")}</p><${W} after="/services" />`;let n=$e(P.services.value,e),r=U.value.region===e.id?U.value.rows:new Map,o=ie.map(s=>[s,n.filter(d=>d.topic===s).sort((d,l)=>d.name.localeCompare(l.name,"de"))]).filter(([,s])=>s.length);return i`
    <h1 tabindex="-1">${t("services.title",{name:e.name})}</h1>
    <p>${t("services.intro")}</p>
    ${D.value&&n.length===0&&i`<p>${t("services.none")}</p>`}
    ${o.length>0&&i`
      <nav aria-label=${t("services.topics")} class="toc">
        <ul>${o.map(([s])=>i`<li><a href=${"#topic-"+s}>${t("topic."+s)}</a></li>`)}</ul>
      </nav>`}
    ${o.map(([s,d])=>i`
      <section aria-labelledby=${"topic-"+s}>
        <h2 id=${"topic-"+s}>${t("topic."+s)}</h2>
        <ul class="services">
          ${d.map(l=>i`
            <li key=${l.id} class="service-card">
              <h3><a href=${"/services/"+l.id}>${l.name}</a></h3>
              <${Ce} summary=${r.get(l.id)} />
            </li>`)}
        </ul>
      </section>`)}`}var kt=({rating:e})=>e?{}:{rating:t("rate.ratingRequired")};function He({rating:e,setRating:n,barriers:r,toggle:o,text:s,setText:d,error:l}){return i`
    <fieldset aria-describedby=${l?"rating-error":void 0}>
      <legend>${t("rate.ratingLegend")}</legend>
      ${l&&i`<p class="error" id="rating-error">${l}</p>`}
      <div class="choices">
        ${[1,2,3,4,5].map(a=>i`
          <label class="choice">
            <input type="radio" name="rating" id=${"rating-"+a} value=${a} checked=${e===a}
              onChange=${()=>n(a)} />
            ${t("rate.value"+a)}
          </label>`)}
      </div>
    </fieldset>
    <fieldset>
      <legend>${t("rate.barriersLegend")}</legend>
      <p class="hint">${t("hint.barriers")}</p>
      ${et.map(a=>i`
        <label class="choice">
          <input type="checkbox" name="barriers" value=${a} checked=${r.includes(a)} onChange=${()=>o(a)} />
          ${t("barrier."+a)}
        </label>`)}
    </fieldset>
    <div class="field">
      <label for="feedback-text">${t("rate.text")}</label>
      <p class="hint" id="feedback-text-hint">${t("hint.feedbackText",{max:v.feedbackText[1]})}</p>
      <textarea id="feedback-text" rows="4" maxLength=${v.feedbackText[1]} aria-describedby="feedback-text-hint"
        value=${s} onInput=${a=>d(a.currentTarget.value)}></textarea>
    </div>`}var dn=["rating","rating-1"];function ln({service:e,place:n}){let[r,o]=p(0),[s,d]=p([]),[l,a]=p(""),c=z(kt,{rating:r});return i`
    <form class="stack" onSubmit=${async $=>{if($.preventDefault(),c.show(kt({rating:r})))return;let h=await De({service:e.id,region:n.id,rating:r,text:l.trim(),barriers:s});o(0),d([]),a(""),N("rating",[h.id])}} noValidate>
      <${_} form=${c} fields=${[dn]} id="rating-errors" />
      <${He} rating=${r} setRating=${o} barriers=${s} toggle=${$=>d(s.includes($)?s.filter(h=>h!==$):[...s,$])}
        text=${l} setText=${a} error=${c.errors.rating} />
      ${!b.value&&i`<p class="hint">${t("hint.signedOut")}</p>`}
      <button type="submit">${t("rate.submit")}</button>
    </form>`}function cn({id:e}){let n=M.value,r=H.value.get(e);if(S(r?.name||t("nav.services")),I(D.value),x(()=>{n&&Ae(n.id).then(()=>yt(e,n.id))},[e,n?.id]),!n)return i`<h1 tabindex="-1">${t("nav.services")}</h1><p>${t("region.needed")}</p><${W} after=${"/services/"+e} />`;if(!r)return D.value?i`<${Me} />`:i`<p>${t("common.loading")}</p>`;let o=U.value.region===n.id?U.value.rows.get(e):null,s=R.value.feedback.filter(d=>d.service===e&&d.region===n.id);return i`
    <p><a href="/services">${t("service.back")}</a></p>
    <${de} />
    <h1 tabindex="-1">${r.name}</h1>
    ${r.summary&&i`<p>${r.summary}</p>`}
    ${r.link&&i`<p><a href=${r.link} rel="noopener">${t("service.link")}</a></p>`}
    <h2>${t("service.summaryTitle",{name:n.name})}</h2>
    <${Ce} summary=${o} />
    ${s.length>0&&i`
      <h2>${t("service.mine")}</h2>
      <ul class="plain">
        ${s.map(d=>i`
          <li key=${d.id}>
            ${t("service.myRating",{rating:d.rating,date:B(d.created)})} <${V} item=${d} />
            ${d.sync==="rejected"&&i`<${ae} error=${d.mutation.error} />`}
          </li>`)}
      </ul>`}
    <h2>${t("rate.title")}</h2>
    <${ln} service=${r} place=${n} />`}var mn=new Set("der die das und oder ein eine einer eines einem einen ist sind mit für fur von zu im in am an auf aus bei nicht auch es sich wir ich sie er man mehr sehr wie was wenn dass den dem des als nur noch so bitte the and for with of to a an is are be on in at".split(" "));function fe(e){return(e||"").toLowerCase().replace(/ä/g,"ae").replace(/ö/g,"oe").replace(/ü/g,"ue").replace(/ß/g,"ss").normalize("NFD").replace(/[\u0300-\u036f]/g,"").split(/[^a-z0-9]+/).filter(n=>n.length>=3&&!mn.has(n))}var he=e=>e.replace(/(ungen|ung|en|er|es|e|n|s)$/,"")||e;function It(e,n){let r=fe(n).map(he);if(!r.length)return[];let o=[];for(let s of e){let d=fe(s.title).map(he),l=d.concat(fe(s.body).map(he));r.every(a=>l.some(c=>c.startsWith(a)))&&o.push({idea:s,score:r.filter(a=>d.some(c=>c.startsWith(a))).length})}return o.sort((s,d)=>d.score-s.score).map(s=>s.idea)}function St(e,n,r=5){let o=new Set(fe(n).map(he));if(o.size<2)return[];let s=[];for(let d of e){let l=new Set(fe(d.title+" "+d.body).map(he)),a=0;for(let m of o)l.has(m)&&a++;let c=a/Math.min(o.size,l.size||1);a>=2&&c>=.2&&s.push({idea:d,score:c})}return s.sort((d,l)=>l.score-d.score).slice(0,r).map(d=>d.idea)}async function xt(e,n,r){if(!navigator.onLine)return{items:It(r,e),offline:!0};try{return{items:(await C(`/api/ideas/search?q=${encodeURIComponent(e)}&region=${encodeURIComponent(n)}`,{timeout:8e3})).items,offline:!1}}catch(o){if(!(o instanceof je))throw o;return{items:It(r,e),offline:!0}}}async function Et(e,n,r){if(!navigator.onLine)return{items:St(r,e),offline:!0};try{return{items:(await C(`/api/ideas/similar?text=${encodeURIComponent(e.slice(0,500))}&region=${encodeURIComponent(n)}&limit=5`,{timeout:5e3})).items,offline:!1}}catch(o){if(!(o instanceof je))throw o;return{items:St(r,e),offline:!0}}}var Tt={new:(e,n)=>e.created<n.created?1:-1,top:(e,n)=>(n.votes_count||0)-(e.votes_count||0)||(e.created<n.created?1:-1),status:(e,n)=>ke.indexOf(e.status)-ke.indexOf(n.status)||(n.votes_count||0)-(e.votes_count||0)};function un(e,n){let[r,o]=p(null);return x(()=>{if(o(null),!e)return;let s=!0;return xt(e,re.value,n).then(d=>s&&o(d)).catch(d=>s&&o({items:[],error:d})),()=>{s=!1}},[e,re.value]),r}function pn(){let e=M.value,{query:n}=ze.value,r=Tt[n.get("sort")]?n.get("sort"):"new",o=n.get("scope")==="place"?"place":"district",s=(n.get("q")||"").trim(),[d,l]=p(s),a=F.value.get(re.value)?.name||"";S(t("ideas.title",{name:a||e?.name||""})),I(D.value);let m=[...R.value.ideas.values()].filter(w=>w.sync!=="rejected"&&!w.hidden).filter(w=>{let A=F.value.get(w.region);return w.region===re.value||A?.parent===re.value||w.sync!=="synced"}),u=un(s.length>=3?s:"",m);if(!e)return i`<h1 tabindex="-1">${t("nav.ideas")}</h1><p>${t("region.needed")}</p><${W} after="/ideas" />`;let $=m.filter(w=>o==="district"||w.region===e.id||w.region===e.parent).sort(Tt[r]),h=w=>{let A=new URLSearchParams(n);for(let[K,ne]of Object.entries(w))ne?A.set(K,ne):A.delete(K);oe("/ideas"+(A.toString()?"?"+A:""),{replace:!0})},g=w=>{w.preventDefault(),h({q:d.trim()})},y=null;if(s)if(s.length<3)y=i`<p class="error">${t("ideas.searchShort")}</p>`;else if(!u)y=i`<p>${t("common.loading")}</p>`;else if(u.error)y=i`<p class="error">${t("ideas.searchFailed")}</p>`;else{let w=u.items.map(A=>R.value.ideas.get(A.id)||{...A,sync:"synced"});y=i`
        <p>${t(u.offline?"ideas.resultsOffline":"ideas.results",{count:w.length,q:s})}</p>
        <${pe} ideas=${w} level="3" />`}let f=r==="status"?ke.map(w=>[w,$.filter(A=>A.status===w)]).filter(([,w])=>w.length):null,ve=$.filter(w=>!w.status);return i`
    <h1 tabindex="-1">${t("ideas.title",{name:a||e.name})}</h1>
    <p><a href="/ideas/new">${t("ideas.submitLink")}</a></p>
    <form role="search" class="search" onSubmit=${g}>
      <label for="idea-search">${t("ideas.searchLabel")}</label>
      <div class="inline">
        <input id="idea-search" type="search" name="q" value=${d} onInput=${w=>l(w.currentTarget.value)} />
        <button type="submit">${t("ideas.search")}</button>
        ${s&&i`<button type="button" class="secondary" onClick=${()=>{l(""),h({q:""})}}>${t("ideas.clearSearch")}</button>`}
      </div>
    </form>
    ${s&&i`<section aria-labelledby="results-title"><h2 id="results-title">${t("ideas.resultsTitle")}</h2>${y}</section>`}
    ${!s&&i`
      <div class="filters">
        <div class="field">
          <label for="idea-sort">${t("ideas.sortLabel")}</label>
          <select id="idea-sort" value=${r} onChange=${w=>h({sort:w.currentTarget.value==="new"?"":w.currentTarget.value})}>
            <option value="new">${t("ideas.sortNew")}</option>
            <option value="top">${t("ideas.sortTop")}</option>
            <option value="status">${t("ideas.sortStatus")}</option>
          </select>
        </div>
        <div class="field">
          <label for="idea-scope">${t("ideas.scopeLabel")}</label>
          <select id="idea-scope" value=${o} onChange=${w=>h({scope:w.currentTarget.value==="place"?"place":""})}>
            <option value="district">${t("ideas.scopeDistrict",{name:a})}</option>
            <option value="place">${t("ideas.scopePlace",{name:e.name})}</option>
          </select>
        </div>
      </div>
      <h2 class="visually-hidden">${t("ideas.listTitle")}</h2>
      ${D.value&&$.length===0&&i`<p>${t("ideas.none")}</p>`}
      ${f?i`
          ${ve.length>0&&i`<h3>${t("sync.pending")}</h3><${pe} ideas=${ve} level="4" />`}
          ${f.map(([w,A])=>i`<h3>${t("status."+w)}</h3><${pe} ideas=${A} level="4" />`)}`:i`<${pe} ideas=${$} level="3" />`}`}`}var Bt=({reason:e})=>e?{}:{reason:t("report.reasonRequired")};function Ge({target:e,id:n,label:r}){let[o,s]=p({reason:"",note:""}),d=z(Bt,o),l=c=>m=>{let{value:u}=m.currentTarget;s($=>({...$,[c]:u}))};return i`
    <details class="report">
      <summary>${r}</summary>
      <form class="stack" onSubmit=${async c=>{if(c.preventDefault(),d.show(Bt(o)))return;let m=await ft(e,o.reason,o.note.trim());N("report",[m.id])}} noValidate>
        <${_} form=${d} fields=${[["reason",n+"-reason"]]} id=${n+"-errors"} />
        <${k} id=${n+"-reason"} label=${t("report.reason")} error=${d.errors.reason} control=${c=>i`
          <select ...${c} value=${o.reason} onChange=${l("reason")}>
            <option value="">${t("report.choose")}</option>
            ${Ie.map(m=>i`<option value=${m}>${t("report.reason."+m)}</option>`)}
          </select>`} />
        <${k} id=${n+"-note"} label=${t("report.note")} hint=${t("hint.reportNote",{max:v.note[1]})} control=${c=>i`
          <textarea ...${c} rows="2" maxLength=${v.note[1]} value=${o.note} onInput=${l("note")}></textarea>`} />
        <button type="submit">${t("report.submit")}</button>
      </form>
    </details>`}function E(e,n={}){return C(e,{...n,token:We.value?.token})}var Ze=100;async function j(e,n,{expand:r,sort:o="-created",limit:s=Ze}={}){let d=new URLSearchParams({filter:n,sort:o,perPage:String(s+1),skipTotal:"1"});return r&&d.set("expand",r),(await E(`/api/collections/${e}/records?${d}`)).items}function G(e,n=[],r=()=>!0){let[o,s]=p({data:null,error:null}),d=Y(Ze),l=Ue(()=>e(d.current).then(c=>s({data:c,error:null}),c=>s(m=>({data:m.data,error:c}))),[]);x(()=>{l();let c=()=>document.visibilityState==="visible"&&l();document.addEventListener("visibilitychange",c);let m=0,u=n.length?ct(n,We.value?.token,$=>{$?.record&&!r($.record)||(clearTimeout(m),m=setTimeout(l,300))}):()=>{};return()=>{document.removeEventListener("visibilitychange",c),clearTimeout(m),u()}},[]);let a=Ue(()=>(d.current+=Ze,l()),[]);return{...o,reload:l,limit:d.current,showMore:a}}function Ne(e,n){return e.length>n?`${n}+`:String(e.length)}function Oe({items:e,limit:n,render:r,showMore:o}){return i`
    <ul class="plain workspace-list">${e.slice(0,n).map(r)}</ul>
    ${e.length>n&&i`<p><button type="button" class="secondary" onClick=${o}>${t("workspace.more")}</button></p>`}`}function T({error:e,id:n}){if(!e)return null;if(!(e instanceof q))return i`<p class="error" id=${n} role="alert">${t("workspace.offline")}</p>`;let r=Object.entries(X(e));return i`
    <div class="error" id=${n} role="alert">
      <p>${e.message}</p>
      ${r.length>0&&i`<ul>${r.map(([o,s])=>i`<li key=${o}>${o}: ${s}</li>`)}</ul>`}
    </div>`}function O(e){let[n,r]=p(null),[o,s]=p(!1);return{error:n,busy:o,run:async l=>{s(!0),r(null);try{await l(),await e()}catch(a){r(a)}finally{s(!1)}}}}function J({idea:e}){return i`
    <h4><a href=${"/ideas/"+e.id}>${e.title}</a></h4>
    <p class="meta">${t("idea.by",{name:e.author_name||t("idea.anonymous")})} · ${B(e.created)}</p>
    <p>${e.body}</p>`}function ge({record:e}){if(!e.moderation_reason&&!e.moderation_note)return null;let n=e.moderation_reason?t("report.reason."+e.moderation_reason):"";return i`<p>${t("workspace.hiddenBecause")} ${[n,e.moderation_note].filter(Boolean).join(": ")}</p>`}function le({id:e,label:n,hint:r,missing:o,value:s,setValue:d,rows:l=2,max:a=2e3}){let c=[r&&e+"-hint",o&&e+"-missing"].filter(Boolean).join(" ")||void 0;return i`
    <div class="field">
      <label for=${e}>${n}</label>
      ${r&&i`<p class="hint" id=${e+"-hint"}>${r}</p>`}
      ${o&&i`<p class="error" id=${e+"-missing"}>${o}</p>`}
      <textarea id=${e} rows=${l} maxLength=${a} required value=${s}
        aria-describedby=${c} aria-invalid=${o?"true":void 0}
        onInput=${m=>d(m.currentTarget.value)}></textarea>
    </div>`}function ee({name:e,legend:n,missing:r,value:o,setValue:s,choices:d}){return i`
    <fieldset aria-describedby=${r?e+"-missing":void 0}>
      <legend>${n}</legend>
      ${r&&i`<p class="error" id=${e+"-missing"}>${r}</p>`}
      <div class="choices">
        ${d.map(([l,a])=>i`
          <label class="choice" key=${l}>
            <input type="radio" name=${e} id=${e+"-"+l} value=${l} checked=${o===l}
              onChange=${()=>s(l)} />
            ${a}
          </label>`)}
      </div>
    </fieldset>`}var Fe=(e,n)=>e.name.localeCompare(n.name,"de"),Le=e=>n=>{let r=be(e);return!("region"in n)||!r.length||r.some(o=>o.id===n.region)};function be(e){return(e?.regions||[]).map(r=>F.value.get(r)).filter(Boolean).sort(Fe).flatMap(r=>[r,...P.regions.value.filter(o=>o.parent===r.id).sort(Fe)])}var Qe=10,Rt=2e3,Dt=({text:e})=>e.trim().length<Qe?{text:t("appeal.short",{min:Qe})}:{};function zt({idea:e}){let[n,r]=p({text:""}),o=z(Dt,n),[s,d]=p(null),[l,a]=p(!1),[c,m]=p(!1);if(c)return i`<p class="notice" role="status">${t("appeal.done")}</p>`;let u=async $=>{if($.preventDefault(),o.show(Dt(n)))return;let h=n.text.trim();a(!0),d(null);try{await E("/api/collections/appeals/records",{method:"POST",body:{appellant:b.value.id,idea:e.id,text:h}}),m(!0),N("appeal")}catch(g){d(g)}finally{a(!1)}};return i`
    <section aria-labelledby="appeal-title">
      <h2 id="appeal-title">${t("appeal.title")}</h2>
      <form class="stack" onSubmit=${u} noValidate>
        <${_} form=${o} fields=${[["text","appeal-text"]]} id="appeal-errors" />
        <${k} id="appeal-text" label=${t("appeal.label")} hint=${t("appeal.hint",{min:Qe,max:Rt})} error=${o.errors.text}
          control=${$=>i`
            <textarea ...${$} rows="4" maxLength=${Rt} value=${n.text}
              onInput=${h=>r({text:h.currentTarget.value})}></textarea>`} />
        <${T} error=${s} id="appeal-error" />
        <button type="submit" disabled=${l}>${t("appeal.submit")}</button>
      </form>
    </section>`}function te({title:e,body:n}){let r={};return e.trim().length<v.title[0]&&(r.title=t("hint.titleShort",{min:v.title[0]})),n.trim().length<v.body[0]&&(r.body=t("hint.bodyShort",{min:v.body[0]})),r}var _t=e=>[["title",e+"-title"],["body",e+"-body"]];function ce({prefix:e,form:n,set:r,errors:o,rows:s=8,afterTitle:d=null}){return i`
    <${k} id=${e+"-title"} label=${t("newIdea.titleLabel")} hint=${t("hint.title",{min:v.title[0],max:v.title[1]})}
      error=${o.title} control=${l=>i`
        <input ...${l} type="text" required maxLength=${v.title[1]} value=${n.title} onInput=${r("title")} />`} />
    ${d}
    <${k} id=${e+"-body"} label=${t("newIdea.bodyLabel")} hint=${t("hint.body",{min:v.body[0],max:v.body[1]})}
      error=${o.body} control=${l=>i`
        <textarea ...${l} rows=${s} required maxLength=${v.body[1]} value=${n.body} onInput=${r("body")}></textarea>`} />`}function Ct({idea:e}){let[n,r]=p(!1),[o,s]=p({title:e.title,body:e.body}),[d,l]=p({});if(!n)return i`
      <p><button type="button" class="secondary" onClick=${()=>{s({title:e.title,body:e.body}),r(!0)}}>${t("editIdea.open")}</button></p>`;let a=m=>u=>{let{value:$}=u.currentTarget;s(h=>({...h,[m]:$}))};return i`
    <form class="stack" onSubmit=${async m=>{m.preventDefault();let u=te(o);if(l(u),Object.keys(u).length){document.getElementById(u.title?"edit-title":"edit-body")?.focus();return}await ut(e,{title:o.title.trim(),body:o.body.trim()}),r(!1),document.querySelector("h1")?.focus()}} noValidate aria-labelledby="edit-idea-title">
      <h2 id="edit-idea-title">${t("editIdea.title")}</h2>
      <p class="hint">${t("editIdea.hint")}</p>
      <${ce} prefix="edit" form=${o} set=${a} errors=${d} />
      <div class="inline">
        <button type="submit">${t("editIdea.save")}</button>
        <button type="button" class="secondary" onClick=${()=>r(!1)}>${t("editIdea.cancel")}</button>
      </div>
    </form>`}function $n({idea:e}){let n=R.value.voted.get(e.id),r=Se(e),o=!!n?.voted;return i`
    <section class="votes" aria-labelledby="votes-title">
      <h2 id="votes-title" class="visually-hidden">${t("idea.votesTitle")}</h2>
      <p class="vote-count">${t("ideas.votes",{count:e.votes_count||0})}</p>
      ${e.sync!=="synced"&&!e.status?i`<p class="hint">${t("idea.voteAfterSync")}</p>`:r&&!o?i`<p class="hint">${t("error."+r)}</p>`:i`
            <button type="button" class=${o?"secondary":""}
              onClick=${()=>o?pt(e.id):Re(e.id)}>
              ${o?t("idea.retract"):t("idea.vote")}
            </button>
            ${o&&i` <span>${t("idea.youVoted")}</span>`}
            ${n?.sync==="pending"&&i` <${V} item=${n} />`}`}
      ${!b.value&&i`<p class="hint">${t("hint.signedOut")}</p>`}
    </section>`}function fn({history:e,organizationName:n}){return e.length?i`
    <section aria-labelledby="history-title">
      <h2 id="history-title">${t("idea.history")}</h2>
      <ol class="history">
        ${e.map(r=>{let o=n(r);return i`
            <li key=${r.id}>
              <p><strong>${t("status."+r.to)}</strong> · ${B(r.created)}${o&&i` · ${o}`}</p>
              ${r.response&&i`<blockquote><p>${r.response}</p></blockquote>`}
            </li>`})}
      </ol>
    </section>`:null}function hn({endorsements:e,organizationName:n}){return e.length?i`
    <section aria-labelledby="endorsements-title">
      <h2 id="endorsements-title">${t("idea.endorsements")}</h2>
      <ul class="plain">
        ${e.map(r=>i`
          <li key=${r.id}>
            <strong>${n(r)||t("idea.unknownOrganization")}</strong>
            ${r.note&&i`: ${r.note}`}
          </li>`)}
      </ul>
    </section>`:null}var Mt=({body:e})=>e.trim()?{}:{body:t("hint.commentRequired")};function gn({idea:e}){let[n,r]=p({body:""}),o=z(Mt,n);return i`
    <form class="stack" onSubmit=${async d=>{if(d.preventDefault(),o.show(Mt(n)))return;let l=await $t(e.id,n.body.trim());r({body:""}),N("comment",[l.id])}} noValidate>
      <${_} form=${o} fields=${[["body","comment-body"]]} id="comment-errors" />
      <${k} id="comment-body" label=${t("idea.commentLabel")} hint=${t("hint.comment",{max:v.comment[1]})}
        error=${o.errors.body} control=${d=>i`
          <textarea ...${d} rows="3" maxLength=${v.comment[1]} value=${n.body}
            onInput=${l=>r({body:l.currentTarget.value})}></textarea>`} />
      <button type="submit">${t("idea.commentSubmit")}</button>
    </form>`}function bn({idea:e,comments:n}){let r=R.value.reported;return i`
    <section aria-labelledby="comments-title">
      <h2 id="comments-title">${t("idea.commentsTitle",{count:n.length})}</h2>
      ${n.length===0&&i`<p>${t("idea.noComments")}</p>`}
      <ul class="comments">
        ${n.map(o=>i`
          <li key=${o.id}>
            <article class="comment">
              <p class="meta"><strong>${o.author_name||t("idea.anonymous")}</strong> <span>${B(o.created)}</span> <${V} item=${o} /></p>
              <p class="body">${o.body}</p>
              ${o.sync==="synced"&&o.author!==b.value?.id&&(r.has(o.id)?i`<p class="hint">${t("report.done")}</p>`:i`<${Ge} target=${{comment:o.id}} id=${"report-"+o.id} label=${t("report.comment")} />`)}
            </article>
          </li>`)}
      </ul>
      ${nt(e)?i`<${gn} idea=${e} />`:i`<p class="hint">${t("idea.commentsClosed")}</p>`}
    </section>`}function wn(e,n){let[r,o]=p(null);return x(()=>{if(!n||!navigator.onLine)return;C(`/api/collections/ideas/records/${encodeURIComponent(e)}?expand=comments_via_idea,status_changes_via_idea.organization,endorsements_via_idea.organization`).then(o).catch(()=>o({missing:!0}))},[e,n]),r}var At=(e,n)=>e.created<n.created?-1:1;function vn(e){let n=R.value.ideas.get(e),r=wn(e,D.value&&!n),o=lt.value;if(n)return{idea:n,comments:(R.value.comments.get(e)||[]).filter(l=>l.sync!=="rejected"),history:R.value.history.get(e)||[],endorsements:R.value.endorsements.get(e)||[],organizationName:l=>o.get(l.organization)?.name};if(!r||r.missing)return r;let{expand:s={},...d}=r;return{idea:{...d,sync:"synced"},comments:(s.comments_via_idea||[]).filter(l=>l.state==="visible").sort(At).map(l=>({...l,sync:"synced"})),history:(s.status_changes_via_idea||[]).sort(At),endorsements:s.endorsements_via_idea||[],organizationName:l=>l.expand?.organization?.name||o.get(l.organization)?.name}}function yn({id:e}){let n=vn(e),r=n?.idea;S(r?.title||t("nav.ideas"));let o=!r&&(!D.value||n===null&&navigator.onLine);if(I(!o),!r)return o?i`<p>${t("common.loading")}</p>`:i`<${Me} />`;let s=F.value.get(r.region)?.name,d=H.value.get(r.service),l=r.merged_into&&R.value.ideas.get(r.merged_into),a=r.author&&r.author===b.value?.id;return i`
    <p><a href="/ideas">${t("idea.back")}</a></p>
    <${de} />
    <article class="idea">
      <h1 tabindex="-1">${r.title}</h1>
      <p class="meta">
        <${L} status=${r.status} /> <${V} item=${r} />
        <span>${t("idea.by",{name:r.author_name||t("idea.anonymous")})}</span>
        ${s&&i`<span>${s}</span>`}
        <span>${B(r.created)}</span>
      </p>
      ${!M.value&&i`<p class="notice">${t("idea.chooseRegion")} <a href="/region">${t("region.title")}</a></p>`}
      ${r.sync==="pending"&&i`<p class="notice notice-pending">${t("idea.pendingNote")}</p>`}
      ${r.sync==="rejected"&&i`
        <div class="notice notice-error"><${ae} error=${r.mutation.error} /> <a href="/mine">${t("notice.review")}</a></div>`}
      ${r.status==="submitted"&&i`<p class="notice">${t("idea.awaitingModeration")}</p>`}
      ${r.status==="merged"&&i`
        <p class="notice">${t("idea.merged")} ${l?i`<a href=${"/ideas/"+l.id}>${l.title}</a>`:i`<a href=${"/ideas/"+r.merged_into}>${t("idea.mergedUnknown")}</a>`}</p>`}
      <div class="body">${r.body}</div>
      ${tt(r,b.value?.id)&&i`<${Ct} key=${r.id} idea=${r} />`}
      ${(d||r.topic)&&i`
        <p class="meta">
          ${d&&i`<span>${t("idea.service")} <a href=${"/services/"+d.id}>${d.name}</a></span>`}
          ${r.topic&&i`<span>${t("idea.topic")} ${t("topic."+r.topic)}</span>`}
        </p>`}
      ${r.sync!=="rejected"&&i`<${$n} idea=${r} />`}
      <${hn} endorsements=${n.endorsements} organizationName=${n.organizationName} />
      <${fn} history=${n.history} organizationName=${n.organizationName} />
      ${r.sync==="synced"&&i`<${bn} idea=${r} comments=${n.comments} />`}
      ${r.sync==="synced"&&a&&r.hidden&&navigator.onLine&&i`<${zt} idea=${r} />`}
      ${r.sync==="synced"&&!a&&(R.value.reported.has(r.id)?i`<p class="hint">${t("report.done")}</p>`:i`<${Ge} target=${{idea:r.id}} id="report-idea" label=${t("report.idea")} />`)}
    </article>`}function kn(e,n){let[r,o]=p({items:[],offline:!1});return x(()=>{if(!n||e.trim().length<12){o({items:[],offline:!1});return}let s=!0,d=setTimeout(()=>{let l=[...R.value.ideas.values()].filter(a=>a.sync==="synced"&&a.status&&a.status!=="submitted");Et(e,n.id,l).then(a=>s&&o(a)).catch(()=>{})},600);return()=>{s=!1,clearTimeout(d)}},[e,n?.id]),r}function In({similar:e}){let n=e.items.map(r=>R.value.ideas.get(r.id)||{...r,sync:"synced"});return i`
    <section class="similar" aria-labelledby="similar-title">
      <h2 id="similar-title">${t("newIdea.similarTitle")}</h2>
      <div role="status">
        ${n.length===0?i`<p class="hint">${t("newIdea.similarNone")}</p>`:i`<p>${t(e.offline?"newIdea.similarFoundOffline":"newIdea.similarFound",{count:n.length})}</p>`}
      </div>
      <ul class="ideas">
        ${n.map(r=>{let o=R.value.voted.get(r.id);return i`
            <li key=${r.id}>
              <article class="idea-card">
                <h3 class="idea-title"><a href=${"/ideas/"+r.id}>${r.title}</a></h3>
                <p class="meta"><${L} status=${r.status} /> <span>${t("ideas.votes",{count:r.votes_count||0})}</span></p>
                ${o?.voted?i`<p>${t("idea.youVoted")}</p>`:!Se(r)&&i`
                    <button type="button" class="secondary" onClick=${()=>Re(r.id)}>
                      ${t("newIdea.supportInstead")}<span class="visually-hidden">: ${r.title}</span>
                    </button>`}
              </article>
            </li>`})}
      </ul>
    </section>`}function Sn(){let e=M.value;S(t("newIdea.title")),I(D.value);let[n,r]=p({title:"",body:"",where:"place",service:"",topic:""}),o=z(te,n),s=kn(n.title+" "+n.body,e);if(!e)return i`<h1 tabindex="-1">${t("newIdea.title")}</h1><p>${t("region.needed")}</p><${W} after="/ideas/new" />`;let d=m=>u=>{let{value:$}=u.currentTarget;r(h=>({...h,[m]:$}))},l=F.value.get(e.parent)?.name,a=$e(P.services.value,e).sort((m,u)=>m.name.localeCompare(u.name,"de")),c=async m=>{if(m.preventDefault(),o.show(te(n)))return;let u=await Be({title:n.title.trim(),body:n.body.trim(),region:n.where==="district"&&e.parent?e.parent:e.id,service:n.service,topic:n.topic});oe("/ideas/"+u.args.id),N("idea",[u.id])};return i`
    <h1 tabindex="-1">${t("newIdea.title")}</h1>
    <p>${t("hint.newIdea")}</p>
    <form class="stack" onSubmit=${c} noValidate>
      <${_} form=${o} fields=${_t("idea")} />
      <${ce} prefix="idea" form=${n} set=${d} errors=${o.errors}
        afterTitle=${i`<${In} similar=${s} />`} />
      ${e.parent&&i`
        <${k} id="idea-where" label=${t("newIdea.whereLabel")} hint=${t("hint.where")} control=${m=>i`
          <select ...${m} value=${n.where} onChange=${d("where")}>
            <option value="place">${e.name}</option>
            <option value="district">${t("newIdea.wholeDistrict",{name:l||""})}</option>
          </select>`} />`}
      <${k} id="idea-service" label=${t("newIdea.serviceLabel")} hint=${t("hint.service")} control=${m=>i`
        <select ...${m} value=${n.service} onChange=${d("service")}>
          <option value="">${t("newIdea.none")}</option>
          ${a.map(u=>i`<option value=${u.id}>${u.name}</option>`)}
        </select>`} />
      <${k} id="idea-topic" label=${t("newIdea.topicLabel")} hint=${t("hint.topic")} control=${m=>i`
        <select ...${m} value=${n.topic} onChange=${d("topic")}>
          <option value="">${t("newIdea.none")}</option>
          ${ie.map(u=>i`<option value=${u}>${t("topic."+u)}</option>`)}
        </select>`} />
      ${!b.value&&i`<p class="hint">${t("hint.signedOut")}</p>`}
      <button type="submit">${t("newIdea.submit")}</button>
    </form>`}var Nt={"idea.create":[["title","newIdea.titleLabel","input"],["body","newIdea.bodyLabel","textarea"]],"idea.update":[["title","newIdea.titleLabel","input"],["body","newIdea.bodyLabel","textarea"]],"comment.create":[["body","idea.commentLabel","textarea"]],"feedback.create":[["text","rate.text","textarea"]],"report.create":[["note","report.note","textarea"]]};function qe(e){let n=r=>R.value.ideas.get(r)?.title||t("mine.unknownIdea");switch(e.type){case"idea.create":return t("mine.what.idea",{title:e.args.title});case"idea.update":return t("mine.what.edit",{title:e.args.title||n(e.args.id)});case"comment.create":return t("mine.what.comment",{title:n(e.args.idea)});case"vote.cast":return t("mine.what.vote",{title:n(e.args.idea)});case"vote.retract":return t("mine.what.retract",{title:n(e.args.idea)});case"feedback.create":return t("mine.what.feedback",{name:H.value.get(e.args.service)?.name||"",rating:e.args.rating});case"report.create":return t("mine.what.report");default:return e.type}}function xn({mutation:e,onDone:n}){let r=Nt[e.type]||[],[o,s]=p(Object.fromEntries(r.map(([l])=>[l,e.args[l]||""])));return i`
    <form class="stack fix" onSubmit=${async l=>{l.preventDefault(),await gt(e.id,o),n()}}>
      ${r.map(([l,a,c])=>{let m=`fix-${e.id}-${l}`,u={id:m,value:o[l],onInput:$=>s({...o,[l]:$.currentTarget.value})};return i`
          <div class="field">
            <label for=${m}>${t(a)}</label>
            ${c==="input"?i`<input type="text" maxLength=${v.title[1]} ...${u} />`:i`<textarea rows="4" ...${u}></textarea>`}
          </div>`})}
      <button type="submit">${t("mine.sendAgain")}</button>
    </form>`}function En({mutation:e,onDiscarded:n}){let[r,o]=p(!1),s=Y(null),d=Y(null),l=Y(!1);if(x(()=>{r?s.current?.focus():l.current&&d.current?.focus(),l.current=r},[r]),!r)return i`
      <button type="button" class="secondary" ref=${d} onClick=${()=>o(!0)}>
        ${t("mine.discard")}<span class="visually-hidden">: ${qe(e)}</span>
      </button>`;let a="discard-"+e.id;return i`
    <div class="discard-confirm" role="group" aria-labelledby=${a}>
      <p id=${a} tabindex="-1" ref=${s}>${t("mine.discardQuestion",{what:qe(e)})}</p>
      <div class="inline">
        <button type="button" class="danger" onClick=${async()=>{await ht(e.id),n(qe(e))}}>${t("mine.discardYes")}</button>
        <button type="button" class="secondary" onClick=${()=>o(!1)}>${t("mine.discardNo")}</button>
      </div>
    </div>`}function Ft({mutation:e,onDiscarded:n}){let[r,o]=p(!1),s=e.state==="rejected",d=s&&Nt[e.type];return i`
    <li class=${s?"queued rejected":"queued"}>
      <p><span>${qe(e)}</span> <${V} item=${{sync:e.state}} /></p>
      ${s&&i`<${ae} error=${e.error} />`}
      <div class="inline">
        ${d&&!r&&i`<button type="button" onClick=${()=>o(!0)}>${t("mine.fix")}</button>`}
        <${En} mutation=${e} onDiscarded=${n} />
      </div>
      ${r&&i`<${xn} mutation=${e} onDone=${()=>o(!1)} />`}
    </li>`}function Tn(){S(t("mine.title")),I(D.value);let e=b.value,[n,r]=p(""),o=Y(null);x(()=>{n&&o.current?.focus()},[n]);let{mutations:s,ideas:d,comments:l,feedback:a,voted:c}=R.value,m=s.filter(f=>f.state==="rejected"),u=s.filter(f=>f.state==="pending"),$=[...d.values()].filter(f=>f.sync==="synced"&&e&&f.author===e.id),h=[...l.values()].flat().filter(f=>f.sync==="synced"&&e&&f.author===e.id),g=a.filter(f=>f.sync==="synced"),y=[...c.entries()].filter(([,f])=>f.voted&&f.sync==="synced").map(([f])=>d.get(f)).filter(Boolean);return i`
    <h1 tabindex="-1">${t("mine.title")}</h1>
    <p role="status" tabindex="-1" ref=${o}>${n&&t("mine.discarded",{what:n})}</p>
    ${!e&&i`<p>${t("mine.signedOut")} <a href=${Z()}>${t("nav.signIn")}</a></p>`}
    <section aria-labelledby="rejected-title">
      <h2 id="rejected-title">${t("mine.rejected")}</h2>
      ${m.length===0?i`<p>${t("mine.noneRejected")}</p>`:i`
        <p>${t("mine.rejectedHelp")}</p>
        <ul class="plain">${m.map(f=>i`<${Ft} key=${f.id} mutation=${f} onDiscarded=${r} />`)}</ul>`}
    </section>
    <section aria-labelledby="pending-title">
      <h2 id="pending-title">${t("mine.pending")}</h2>
      ${u.length===0?i`<p>${t(n?"mine.noneWaiting":"mine.nonePending")}</p>`:i`
        <ul class="plain">${u.map(f=>i`<${Ft} key=${f.id} mutation=${f} onDiscarded=${r} />`)}</ul>`}
    </section>
    ${e&&i`
      <section aria-labelledby="my-ideas-title">
        <h2 id="my-ideas-title">${t("mine.ideas")}</h2>
        ${$.length===0?i`<p>${t("mine.none")}</p>`:i`
          <ul class="plain">${$.map(f=>i`
            <li key=${f.id}><a href=${"/ideas/"+f.id}>${f.title}</a> <${L} status=${f.status} /></li>`)}</ul>`}
      </section>
      <section aria-labelledby="my-comments-title">
        <h2 id="my-comments-title">${t("mine.comments")}</h2>
        ${h.length===0?i`<p>${t("mine.none")}</p>`:i`
          <ul class="plain">${h.map(f=>i`
            <li key=${f.id}>${t("mine.commentOn")} <a href=${"/ideas/"+f.idea}>${d.get(f.idea)?.title||t("mine.unknownIdea")}</a>: ${f.body}
              ${f.state==="hidden"&&i` <span class="badge">${t("mine.hidden")}</span>`}</li>`)}</ul>`}
      </section>
      <section aria-labelledby="my-votes-title">
        <h2 id="my-votes-title">${t("mine.votes")}</h2>
        ${y.length===0?i`<p>${t("mine.none")}</p>`:i`
          <ul class="plain">${y.map(f=>i`<li key=${f.id}><a href=${"/ideas/"+f.id}>${f.title}</a></li>`)}</ul>`}
      </section>
      <section aria-labelledby="my-feedback-title">
        <h2 id="my-feedback-title">${t("mine.feedback")}</h2>
        ${g.length===0?i`<p>${t("mine.none")}</p>`:i`
          <ul class="plain">${g.map(f=>i`
            <li key=${f.id}><a href=${"/services/"+f.service}>${H.value.get(f.service)?.name||""}</a>:
              ${t("service.myRating",{rating:f.rating,date:B(f.created)})}</li>`)}</ul>`}
      </section>
      ${P.reports.value.length>0&&i`
        <section aria-labelledby="my-reports-title">
          <h2 id="my-reports-title">${t("mine.reports")}</h2>
          <p>${t("mine.reportsCount",{count:P.reports.value.length})}</p>
        </section>`}`}`}function qt(){let e=ze.value.query.get("next")||"/";if(!e.startsWith("/")||e.startsWith("//"))return"/";try{let n=new URL(e,location.origin);return n.origin===location.origin?n.pathname+n.search:"/"}catch{return"/"}}function Pt(e){let n=qt();return n==="/"?e:e+"?next="+encodeURIComponent(n)}async function Vt(e,n){if(!M.value&&e.home_region){let o=F.value.get(e.home_region)||await C(`/api/collections/regions/records/${encodeURIComponent(e.home_region)}`).catch(()=>null);o&&it(o)}mt();let r=qt();oe(r),N("signedIn",n,r)}function Ut(){return dt.value.filter(e=>e.state==="pending").map(e=>e.id)}function jt(e,n){if(!(e instanceof q))return{fields:{},message:t("account.offline")};let r={};for(let[o,s]of Object.entries(X(e)))r[n[o]||o]=s;return{fields:r,message:Object.keys(r).length?"":e.message}}var Bn=/^[^\s@]+@[^\s@]+\.[^\s@]+$/;function we(e){return e.trim()?Bn.test(e.trim())?"":t("account.emailInvalid"):t("account.emailMissing")}function Pe({password:e,passwordConfirm:n}){let r={};return e.length<v.password[0]&&(r.password=t("account.passwordShort",{min:v.password[0]})),n!==e&&(r.passwordConfirm=t("account.passwordMismatch")),r}function Ot({email:e,password:n}){let r={},o=we(e);return o&&(r.email=o),n||(r.password=t("account.passwordMissing")),r}function Rn(){S(t("signIn.title")),I(!0);let[e,n]=p({email:"",password:""}),[r,o]=p(!1),s=z(Ot,e),d=a=>c=>{let{value:m}=c.currentTarget;n(u=>({...u,[a]:m}))},l=async a=>{if(a.preventDefault(),!s.show(Ot(e))){o(!0);try{let c=Ut();await Vt(await st(e.email.trim(),e.password),c)}catch(c){let m=jt(c,{identity:"email"});c instanceof q&&c.status===400&&(m.message=t("signIn.wrong")),s.show(c instanceof q&&c.status===400?{}:m.fields,m.message),o(!1)}}};return i`
    <h1 tabindex="-1">${t("signIn.title")}</h1>
    ${b.value&&!ot.value&&i`<p>${t("nav.signedInAs",{name:b.value.display_name})}</p>`}
    <p>${t("signIn.intro")}</p>
    <form class="stack" onSubmit=${l} noValidate>
      <${_} form=${s} fields=${[["email","signin-email"],["password","signin-password"]]} messageField="signin-email" />
      <${k} id="signin-email" label=${t("account.email")} error=${s.errors.email} control=${a=>i`
        <input ...${a} type="email" autocomplete="username" required value=${e.email} onInput=${d("email")} />`} />
      <${k} id="signin-password" label=${t("account.password")} error=${s.errors.password} control=${a=>i`
        <input ...${a} type="password" autocomplete="current-password" required value=${e.password} onInput=${d("password")} />`} />
      <button type="submit" disabled=${r}>${t("signIn.submit")}</button>
    </form>
    <p><a href="/forgot-password">${t("password.forgot")}</a></p>
    <p>${t("signIn.noAccount")} <a href=${Pt("/signup")}>${t("signUp.title")}</a></p>`}function Lt(e){let n={};e.displayName.trim().length<v.displayName[0]&&(n.displayName=t("account.nameShort",{min:v.displayName[0]}));let r=we(e.email);return r&&(n.email=r),{...n,...Pe(e)}}var Dn=[["displayName","signup-name"],["email","signup-email"],["password","signup-password"],["passwordConfirm","signup-password-confirm"]];function zn(){S(t("signUp.title")),I(!0);let[e,n]=p({displayName:"",email:"",password:"",passwordConfirm:""}),[r,o]=p(!1),s=z(Lt,e),d=a=>c=>{let{value:m}=c.currentTarget;n(u=>({...u,[a]:m}))},l=async a=>{if(a.preventDefault(),!s.show(Lt(e))){o(!0);try{let c=Ut(),m=await at({...e,email:e.email.trim(),displayName:e.displayName.trim(),homeRegion:M.value?.id,locale:xe.value});await Vt(m,c)}catch(c){let m=jt(c,{display_name:"displayName"});s.show(m.fields,m.message),o(!1)}}};return i`
    <h1 tabindex="-1">${t("signUp.title")}</h1>
    <p>${t("signUp.intro")}</p>
    <form class="stack" onSubmit=${l} noValidate>
      <${_} form=${s} fields=${Dn} messageField="signup-name" />
      <${k} id="signup-name" label=${t("account.displayName")}
        hint=${t("hint.displayName",{min:v.displayName[0],max:v.displayName[1]})}
        error=${s.errors.displayName} control=${a=>i`
          <input ...${a} type="text" autocomplete="nickname" required maxLength=${v.displayName[1]}
            value=${e.displayName} onInput=${d("displayName")} />`} />
      <${k} id="signup-email" label=${t("account.email")} hint=${t("hint.email")} error=${s.errors.email} control=${a=>i`
        <input ...${a} type="email" autocomplete="email" required value=${e.email} onInput=${d("email")} />`} />
      <${k} id="signup-password" label=${t("account.password")} hint=${t("hint.password",{min:v.password[0]})}
        error=${s.errors.password} control=${a=>i`
          <input ...${a} type="password" autocomplete="new-password" required value=${e.password} onInput=${d("password")} />`} />
      <${k} id="signup-password-confirm" label=${t("account.passwordConfirm")} error=${s.errors.passwordConfirm}
        control=${a=>i`
          <input ...${a} type="password" autocomplete="new-password" required value=${e.passwordConfirm} onInput=${d("passwordConfirm")} />`} />
      <section class="privacy-note" aria-labelledby="privacy-note-title">
        <h2 id="privacy-note-title">${t("signUp.privacyTitle")}</h2>
        <p>${t("signUp.privacy")} <a href="/help">${t("signUp.privacyMore")}</a></p>
      </section>
      <button type="submit" disabled=${r}>${t("signUp.submit")}</button>
    </form>
    <p>${t("signUp.haveAccount")} <a href=${Pt("/signin")}>${t("signIn.title")}</a></p>`}var Q=ye(null),Ye;function Ve(){return Ye||(Ye=(async()=>{Q.value=await Ee("platform").catch(()=>null)||Q.value;try{let e=await C("/api/platform");Q.value=e,await Te("platform",e).catch(()=>{})}catch{}})()),Ye}function _n(){let e=Q.value?.contactEmail;return i`
    <div class="notice notice-warning">
      <p>${t("password.noEmail")}</p>
      <p>${e?i`${t("password.askOperator")} <a href=${"mailto:"+e}>${e}</a>`:t("password.askOperatorUnknown")}</p>
    </div>`}var Wt=({email:e})=>we(e)?{email:we(e)}:{};function Cn(){S(t("password.forgotTitle")),I(!0),x(()=>{Ve()},[]);let[e,n]=p({email:""}),[r,o]=p(!1),[s,d]=p(!1),l=z(Wt,e),a=async m=>{if(m.preventDefault(),!l.show(Wt(e))){d(!0);try{await C("/api/collections/users/request-password-reset",{method:"POST",body:{email:e.email.trim()}}),o(!0)}catch(u){l.show(X(u),u instanceof q?"":t("account.offline"))}finally{d(!1)}}},c;return Q.value?.emailConfigured===!1?c=i`<${_n} />`:r?c=i`<div class="confirmation" role="status"><p>${t("password.sent",{email:e.email.trim()})}</p></div>`:c=i`
    <p>${t("password.forgotIntro")}</p>
    <form class="stack" onSubmit=${a} noValidate>
      <${_} form=${l} fields=${[["email","forgot-email"]]} messageField="forgot-email" />
      <${k} id="forgot-email" label=${t("account.email")} error=${l.errors.email} control=${m=>i`
        <input ...${m} type="email" autocomplete="email" required value=${e.email}
          onInput=${u=>n({email:u.currentTarget.value})} />`} />
      <button type="submit" disabled=${s}>${t("password.request")}</button>
    </form>`,i`
    <h1 tabindex="-1">${t("password.forgotTitle")}</h1>
    ${c}
    <p><a href="/signin">${t("signIn.title")}</a></p>`}function Mn(){S(t("password.resetTitle")),I(!0);let e=new URLSearchParams(location.hash.slice(1)).get("token")||"",[n,r]=p({password:"",passwordConfirm:""}),[o,s]=p(!1),[d,l]=p(!1),a=z(Pe,n),c=u=>$=>{let{value:h}=$.currentTarget;r(g=>({...g,[u]:h}))},m=async u=>{if(u.preventDefault(),!a.show(Pe(n))){l(!0);try{await C("/api/collections/users/confirm-password-reset",{method:"POST",body:{token:e,...n}}),s(!0)}catch($){let h=X($),g=$ instanceof q?h.token||!e?t("password.linkInvalid"):"":t("account.offline");delete h.token,a.show(h,g)}finally{l(!1)}}};return o?i`
      <h1 tabindex="-1">${t("password.resetTitle")}</h1>
      <div class="confirmation" role="status"><p>${t("password.changed")} <a href="/signin">${t("signIn.title")}</a></p></div>`:i`
    <h1 tabindex="-1">${t("password.resetTitle")}</h1>
    <form class="stack" onSubmit=${m} noValidate>
      <${_} form=${a} fields=${[["password","reset-password"],["passwordConfirm","reset-password-confirm"]]} />
      <${k} id="reset-password" label=${t("password.new")} hint=${t("hint.password",{min:8})} error=${a.errors.password}
        control=${u=>i`<input ...${u} type="password" autocomplete="new-password" required value=${n.password} onInput=${c("password")} />`} />
      <${k} id="reset-password-confirm" label=${t("account.passwordConfirm")} error=${a.errors.passwordConfirm}
        control=${u=>i`
          <input ...${u} type="password" autocomplete="new-password" required value=${n.passwordConfirm} onInput=${c("passwordConfirm")} />`} />
      <button type="submit" disabled=${d}>${t("password.save")}</button>
    </form>
    <p><a href="/forgot-password">${t("password.requestAgain")}</a></p>`}var Kt={de:()=>import("./chunk-H7G3KI23.js"),en:()=>import("./chunk-36GNTGUG.js"),"de-simple":()=>import("./chunk-3AYMT2UF.js")},me={};function Ht(){let e=xe.value,[,n]=p(0),r=me.de&&me[e];return x(()=>{r||Promise.all([Kt.de(),Kt[e]()]).then(([o,s])=>{me.de=o.default,me[e]=s.default,n(d=>d+1)})},[e]),r?(o,s={})=>{let d=me[e][o]??me.de[o];return typeof d=="string"?d.replace(/\{(\w+)\}/g,(l,a)=>s[a]??l):d}:null}function Gt({sections:e}){return e.map(([n,r])=>i`
    <section>
      <h2>${n}</h2>
      ${r.map(o=>i`<p>${o}</p>`)}
    </section>`)}function An(){S(t("help.title"));let e=Ht();return I(e),i`
    <h1 tabindex="-1">${t("help.title")}</h1>
    ${e?i`<${Gt} sections=${e("help.sections")} />`:i`<p>${t("common.loading")}</p>`}
    <p><a href="/accessibility">${t("nav.accessibility")}</a></p>`}function Fn(){S(t("nav.accessibility"));let e=Ht();if(I(e),x(()=>{Ve()},[]),!e)return i`<h1 tabindex="-1">${t("nav.accessibility")}</h1><p>${t("common.loading")}</p>`;let n=encodeURIComponent(e("a11y.mailSubject")),r=Q.value?.contactEmail;return i`
    <h1 tabindex="-1">${e("a11y.title")}</h1>
    <${Gt} sections=${e("a11y.sections")} />
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
    </section>`}function Zt(e){return j("appeals","status='open'",{expand:"idea,comment",sort:"created",limit:e})}function Nn({error:e,id:n}){return e instanceof q&&e.status===404?i`<p class="error" id=${n} role="alert">${t("workspace.appealRefused")}</p>`:i`<${T} error=${e} id=${n} />`}function On({appeal:e,done:n}){let r="appeal-"+e.id,[o,s]=p(""),[d,l]=p(""),[a,c]=p({}),{error:m,busy:u,run:$}=O(n);return i`
    <form class="stack workspace-form" onSubmit=${g=>{g.preventDefault();let y={decision:!o,note:!d.trim()};return c(y),y.decision?document.getElementById(r+"-decision-upheld")?.focus():y.note?document.getElementById(r+"-note")?.focus():$(()=>E(`/api/collections/appeals/records/${encodeURIComponent(e.id)}`,{method:"PATCH",body:{status:o,decided_by:b.value.id,decision_note:d.trim()}}))}} noValidate>
      <${ee} name=${r+"-decision"} legend=${t("workspace.appealDecision")} value=${o} setValue=${s}
        missing=${a.decision&&t("workspace.appealDecisionRequired")}
        choices=${["upheld","rejected"].map(g=>[g,t("workspace.appeal."+g)])} />
      <${le} id=${r+"-note"} label=${t("workspace.appealNote")} hint=${t("workspace.appealNoteHint")}
        missing=${a.note&&t("workspace.appealNoteRequired")} value=${d} setValue=${l} />
      ${m&&i`<${Nn} error=${m} id=${r+"-error"} />`}
      <button type="submit" disabled=${u}>${t("workspace.appealDecide")}</button>
    </form>`}function Qt({appeal:e,done:n}){let r=e.expand?.idea,o=e.expand?.comment,s=r||o,d=e.hidden_by&&e.hidden_by===b.value?.id;return i`
    <li class="workspace-item">
      <p><strong>${t("workspace.appealFiled")}</strong> ${B(e.created)}</p>
      ${r&&i`<${J} idea=${r} />`}
      ${o&&i`<h4>${t("workspace.comment",{name:o.author_name||t("idea.anonymous")})}</h4><p>${o.body}</p>`}
      ${s&&i`<${ge} record=${s} />`}
      <blockquote><p>${e.text}</p></blockquote>
      ${d?i`<p class="notice">${t("workspace.appealColleague")}</p>`:i`<${On} appeal=${e} done=${n} />`}
    </li>`}function Yt({idea:e,organization:n,endorsement:r,done:o}){let s="endorse-"+e.id,{error:d,busy:l,run:a}=O(o),c=()=>a(()=>E("/api/collections/endorsements/records",{method:"POST",body:{idea:e.id,organization:n.id,by:b.value.id}})),m=()=>a(()=>E(`/api/collections/endorsements/records/${encodeURIComponent(r.id)}`,{method:"DELETE"})),u=n.name||"";return i`
    <div class="inline">
      ${r?i`
          <p>${t("workspace.endorsed",{name:u})}</p>
          <button type="button" class="secondary" disabled=${l} onClick=${m}>
            ${t("workspace.withdraw")}<span class="visually-hidden">: ${e.title}</span>
          </button>`:i`
          <button type="button" class="secondary" disabled=${l} onClick=${c}>
            ${t("workspace.endorse",{name:u})}<span class="visually-hidden">: ${e.title}</span>
          </button>`}
      <${T} error=${d} id=${s+"-error"} />
    </div>`}function Ln(e){let n=new URLSearchParams({text:`${e.title} ${e.body}`,region:e.region,limit:"5"});return E(`/api/ideas/similar?${n}`).then(r=>(r?.items||[]).filter(o=>o.id!==e.id))}function qn({idea:e,organization:n,done:r}){let o="merge-"+e.id,[s,d]=p(null),[l,a]=p(null),[c,m]=p(""),[u,$]=p(t("workspace.mergeResponseDefault")),[h,g]=p({}),{error:y,busy:f,run:ve}=O(r);x(()=>{Ln(e).then(d,a)},[e.id]);let w=K=>{K.preventDefault();let ne={target:!c,response:!u.trim()};return g(ne),ne.target?document.getElementById(`${o}-target-${s[0].id}`)?.focus():ne.response?document.getElementById(o+"-response")?.focus():ve(()=>E("/api/collections/status_changes/records",{method:"POST",body:{idea:e.id,to:"merged",merged_into:c,response:u.trim(),actor:b.value.id,organization:n}}))};if(l)return i`<${T} error=${l} id=${o+"-load-error"} />`;if(!s)return i`<p>${t("common.loading")}</p>`;if(!s.length)return i`<p class="muted">${t("workspace.mergeNone")}</p>`;let A=s.map(K=>[K.id,i`
    <span>${K.title} <${L} status=${K.status} />
      ${" "}<span class="meta">${t("workspace.mergeSimilarity",{percent:Math.round((K.score||0)*100)})}</span></span>`]);return i`
    <form class="stack workspace-form" onSubmit=${w} noValidate>
      <${ee} name=${o+"-target"} legend=${t("workspace.mergeTarget")} value=${c} setValue=${m}
        missing=${h.target&&t("workspace.mergeTargetRequired")} choices=${A} />
      <${le} id=${o+"-response"} label=${t("workspace.response")} hint=${t("workspace.responseHint")}
        missing=${h.response&&t("workspace.responseRequired")} value=${u} setValue=${$} max=${5e3} />
      <${T} error=${y} id=${o+"-error"} />
      <button type="submit" disabled=${f}>${t("workspace.merge")}</button>
    </form>`}function Xe({idea:e,organization:n,done:r}){let[o,s]=p(!1);return i`
    <div>
      <button type="button" class="secondary" aria-expanded=${o?"true":"false"} onClick=${()=>s(!o)}>
        ${t("workspace.mergeOpen")}<span class="visually-hidden">: ${e.title}</span>
      </button>
      ${o&&i`<${qn} idea=${e} organization=${n} done=${r} />`}
    </div>`}var Xt="status!='submitted' && status!='implemented' && status!='declined' && status!='merged' && hidden=false";function Pn(e){let n=(e.regions||[]).map(r=>`region='${r}' || region.parent='${r}'`);return n.length?`${Xt} && (${n.join(" || ")})`:`${Xt} && region=''`}var Vn=["ideas/*","comments/*","reports/*","appeals/*","endorsements/*"];async function Un(e,n){let[r,o,s,d,l,a]=await Promise.all([j("ideas","status='submitted'",{sort:"created",limit:n}),Zt(n),j("reports","dismissed=false",{expand:"idea,comment",sort:"created",limit:n}),j("ideas","hidden=true",{limit:n}),j("comments","state='hidden'",{limit:n}),j("ideas",Pn(e),{limit:n})]),c=a.slice(0,n).map(u=>`idea='${u.id}'`),m=c.length?await j("endorsements",`organization='${e.id}' && (${c.join(" || ")})`,{limit:n}):[];return{submitted:r,appeals:o,reports:s,hiddenIdeas:d,hiddenComments:l,open:a,endorsements:new Map(m.map(u=>[u.idea,u]))}}var en=(e,n)=>`/api/collections/${e}/records/${encodeURIComponent(n)}`;function Je({kind:e,record:n,done:r}){let o=`hide-${e}-${n.id}`,[s,d]=p(""),[l,a]=p(""),[c,m]=p(!1),{error:u,busy:$,run:h}=O(r);return i`
    <form class="stack workspace-form" onSubmit=${y=>{if(y.preventDefault(),!s){m(!0),document.getElementById(o+"-reason")?.focus();return}m(!1);let f=e==="ideas"?{hidden:!0}:{state:"hidden"};h(()=>E(en(e,n.id),{method:"PATCH",body:{...f,moderation_reason:s,moderation_note:l.trim()}}))}} noValidate>
      <div class="field">
        <label for=${o+"-reason"}>${t("workspace.hideReason")}</label>
        ${c&&i`<p class="error" id=${o+"-missing"}>${t("report.reasonRequired")}</p>`}
        <select id=${o+"-reason"} value=${s} aria-invalid=${c?"true":void 0}
          aria-describedby=${c?o+"-missing":void 0} onChange=${y=>d(y.currentTarget.value)}>
          <option value="">${t("report.choose")}</option>
          ${Ie.map(y=>i`<option value=${y}>${t("report.reason."+y)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for=${o+"-note"}>${t("workspace.hideNote")}</label>
        <textarea id=${o+"-note"} rows="2" maxLength=${v.note[1]} value=${l}
          onInput=${y=>a(y.currentTarget.value)}></textarea>
      </div>
      <${T} error=${u} id=${o+"-error"} />
      <button type="submit" disabled=${$}>${t("workspace.hide")}</button>
    </form>`}function jn({idea:e,organization:n,done:r}){let{error:o,busy:s,run:d}=O(r),l=()=>d(()=>E("/api/collections/status_changes/records",{method:"POST",body:{idea:e.id,to:"published",actor:b.value.id,organization:n}}));return i`
    <${T} error=${o} id=${"publish-"+e.id+"-error"} />
    <button type="button" disabled=${s} onClick=${l}>${t("workspace.publish")}</button>`}function Jt({kind:e,record:n,done:r}){let{error:o,busy:s,run:d}=O(r),l=e==="ideas"?{hidden:!1}:{state:"visible"};return i`
    <${T} error=${o} id=${"restore-"+n.id+"-error"} />
    <button type="button" class="secondary" disabled=${s}
      onClick=${()=>d(()=>E(en(e,n.id),{method:"PATCH",body:l}))}>${t("workspace.restore")}</button>`}function Wn({report:e,done:n}){let r=e.expand?.idea,o=e.expand?.comment,s=t("report.reason."+e.reason)+(e.note?": "+e.note:"");return i`
    <li class="workspace-item">
      <p><strong>${t("workspace.reportedFor")}</strong> ${s} · ${B(e.created)}</p>
      ${r&&i`<${J} idea=${r} />`}
      ${o&&i`<h4>${t("workspace.comment",{name:o.author_name||t("idea.anonymous")})}</h4><p>${o.body}</p>`}
      ${r&&!r.hidden&&i`<${Je} kind="ideas" record=${r} done=${n} />`}
      ${o&&o.state!=="hidden"&&i`<${Je} kind="comments" record=${o} done=${n} />`}
    </li>`}function ue({id:e,title:n,items:r,empty:o,limit:s,render:d,showMore:l}){return i`
    <section aria-labelledby=${e}>
      <h3 id=${e}>${n} (${Ne(r,s)})</h3>
      ${r.length===0?i`<p class="muted">${o}</p>`:i`<${Oe} items=${r} limit=${s} render=${d} showMore=${l} />`}
    </section>`}function tn({organization:e}){let{data:n,error:r,reload:o,limit:s,showMore:d}=G(a=>Un(e,a),Vn,Le(e)),l={limit:s,showMore:d};return i`
    <section aria-labelledby="moderation-title">
      <h2 id="moderation-title">${t("workspace.moderationTitle")}</h2>
      <${T} error=${r} id="moderation-error" />
      ${n?i`
        <${ue} id="submitted-title" title=${t("workspace.submitted")} items=${n.submitted} empty=${t("workspace.noneSubmitted")} ...${l}
          render=${a=>i`
            <li key=${a.id} class="workspace-item">
              <${J} idea=${a} />
              <${jn} idea=${a} organization=${e.id} done=${o} />
              <${Je} kind="ideas" record=${a} done=${o} />
              <${Xe} idea=${a} organization=${e.id} done=${o} />
            </li>`} />
        <${ue} id="appeals-title" title=${t("workspace.appeals")} items=${n.appeals} empty=${t("workspace.noneAppeals")} ...${l}
          render=${a=>i`<${Qt} key=${a.id} appeal=${a} done=${o} />`} />
        <${ue} id="reports-title" title=${t("workspace.reports")} items=${n.reports} empty=${t("workspace.noneReports")} ...${l}
          render=${a=>i`<${Wn} key=${a.id} report=${a} done=${o} />`} />
        <${ue} id="hidden-ideas-title" title=${t("workspace.hiddenIdeas")} items=${n.hiddenIdeas} empty=${t("workspace.noneHidden")} ...${l}
          render=${a=>i`
            <li key=${a.id} class="workspace-item">
              <${J} idea=${a} />
              <${ge} record=${a} />
              <${Jt} kind="ideas" record=${a} done=${o} />
            </li>`} />
        <${ue} id="hidden-comments-title" title=${t("workspace.hiddenComments")} items=${n.hiddenComments} empty=${t("workspace.noneHidden")} ...${l}
          render=${a=>i`
            <li key=${a.id} class="workspace-item">
              <h4>${t("workspace.comment",{name:a.author_name||t("idea.anonymous")})}</h4>
              <p>${a.body}</p>
              <${ge} record=${a} />
              <${Jt} kind="comments" record=${a} done=${o} />
            </li>`} />
        <${ue} id="open-ideas-title" title=${t("workspace.openIdeas")} items=${n.open} empty=${t("workspace.noneOpen")} ...${l}
          render=${a=>i`
            <li key=${a.id} class="workspace-item">
              <${J} idea=${a} />
              <${Yt} idea=${a} organization=${e} endorsement=${n.endorsements.get(a.id)} done=${o} />
              <${Xe} idea=${a} organization=${e.id} done=${o} />
            </li>`} />`:!r&&i`<p>${t("common.loading")}</p>`}
    </section>`}var Kn={published:["in_review"],in_review:["accepted","declined"],accepted:["in_progress"],in_progress:["implemented"]},Hn="status!='submitted' && status!='implemented' && status!='declined' && status!='merged'";function Gn({idea:e,organization:n,done:r}){let o="move-"+e.id,s=Kn[e.status]||[],[d,l]=p(s[0]||""),[a,c]=p(""),[m,u]=p(!1),{error:$,busy:h,run:g}=O(r);return s.length?i`
    <form class="stack workspace-form" onSubmit=${f=>{if(f.preventDefault(),!a.trim()){u(!0),document.getElementById(o+"-response")?.focus();return}u(!1),g(()=>E("/api/collections/status_changes/records",{method:"POST",body:{idea:e.id,to:d,response:a.trim(),actor:b.value.id,organization:n}}))}} noValidate>
      <div class="field">
        <label for=${o+"-to"}>${t("workspace.nextStatus")}</label>
        <select id=${o+"-to"} value=${d} onChange=${f=>l(f.currentTarget.value)}>
          ${s.map(f=>i`<option value=${f}>${t("status."+f)}</option>`)}
        </select>
      </div>
      <${le} id=${o+"-response"} label=${t("workspace.response")} hint=${t("workspace.responseHint")}
        missing=${m&&t("workspace.responseRequired")} value=${a} setValue=${c} rows=${3} max=${5e3} />
      <${T} error=${$} id=${o+"-error"} />
      <button type="submit" disabled=${h}>${t("workspace.move")}</button>
    </form>`:null}function Zn({regionId:e}){let{data:n,error:r}=G(()=>E(`/api/regions/${encodeURIComponent(e)}/responsiveness`)),o=F.value.get(e)?.name||"";if(r)return i`<${T} error=${r} id=${"responsiveness-"+e+"-error"} />`;if(!n)return i`<p>${t("common.loading")}</p>`;let s=d=>d==null?t("workspace.noValue"):t("workspace.days",{count:Math.round(d)});return i`
    <dl class="workspace-figures">
      ${o&&i`<dt>${t("workspace.region")}</dt><dd>${o}</dd>`}
      <dt>${t("workspace.median")}</dt><dd>${s(n.median_days_to_response)}</dd>
      <dt>${t("workspace.unanswered")}</dt><dd>${n.unanswered??0}</dd>
      <dt>${t("workspace.oldest")}</dt><dd>${n.unanswered?s(n.oldest_unanswered_days):t("workspace.noValue")}</dd>
    </dl>`}function nn({organization:e}){let{data:n,error:r,reload:o,limit:s,showMore:d}=G(a=>j("ideas",Hn,{sort:"created",limit:a}),["ideas/*"],Le(e)),l=e.regions||[];return i`
    <section aria-labelledby="responsiveness-title">
      <h2 id="responsiveness-title">${t("workspace.responsivenessTitle")}</h2>
      ${l.map(a=>i`<${Zn} key=${a} regionId=${a} />`)}
    </section>
    <section aria-labelledby="open-title">
      <h2 id="open-title">${t("workspace.openTitle")}${n?` (${Ne(n,s)})`:""}</h2>
      <${T} error=${r} id="open-error" />
      ${n?n.length===0?i`<p class="muted">${t("workspace.noneOpen")}</p>`:i`
        <${Oe} items=${n} limit=${s} showMore=${d} render=${a=>i`
          <li key=${a.id} class="workspace-item">
            <h3><a href=${"/ideas/"+a.id}>${a.title}</a></h3>
            <p class="meta"><${L} status=${a.status} /> ${t("workspace.since",{date:B(a.created)})}</p>
            <${Gn} idea=${a} organization=${e.id} done=${o} />
          </li>`} />`:!r&&i`<p>${t("common.loading")}</p>`}
    </section>`}function Qn(){S(t("workspace.title"));let e=se(),[n,r]=p(!1);x(()=>{e&&b.value&&wt().catch(()=>{}).finally(()=>r(!0))},[e,b.value?.id]),I(!0);let o=_e.value,s=o.find(a=>a.role==="moderator"),d=o.find(a=>a.role==="staff"),l;return b.value?e?!s&&!d?l=i`<p>${n?t("workspace.noRole"):t("common.loading")}</p>`:l=i`
      <p>${t("workspace.intro")}</p>
      <p><a href="/assisted">${t("assisted.fromWorkspace")}</a></p>
      ${d&&i`<${nn} organization=${d.expand?.organization||{id:d.organization}} />`}
      ${s&&i`<${tn} organization=${s.expand?.organization||{id:s.organization}} />`}`:l=i`<p class="notice notice-offline">${t("workspace.offline")}</p>`:l=i`<p>${t("workspace.signIn")} <a href=${Z()}>${t("nav.signIn")}</a></p>`,i`
    <h1 tabindex="-1">${t("workspace.title")}</h1>
    ${l}`}async function Yn(){return(await E("/api/collections/notifications/records?sort=-created&skipTotal=1&perPage=100&expand=idea,target_idea")).items}function Xn({entry:e,done:n}){let{error:r,busy:o,run:s}=O(n),d="notification-"+e.id,l=e.expand?.idea,a=e.expand?.target_idea,c=l?.title||t("inbox.theIdea"),m=a?.title||t("inbox.theIdea"),u=t("inbox.kind."+e.kind,{title:c,target:m,status:e.status?t("status."+e.status):""});return i`
    <li class=${"workspace-item inbox-item"+(e.read?"":" unread")}>
      <p id=${d+"-text"}>${!e.read&&i`<strong>${t("inbox.new")}: </strong>`}${u}</p>
      ${e.reason&&i`<p>${t("inbox.reason")} ${e.reason}</p>`}
      <p class="meta">${B(e.created)}</p>
      <ul class="plain inbox-links">
        ${e.idea&&i`<li><a href=${"/ideas/"+e.idea}>${t("inbox.open",{title:c})}</a></li>`}
        ${e.target_idea&&i`<li><a href=${"/ideas/"+e.target_idea}>${t("inbox.openTarget",{title:m})}</a></li>`}
      </ul>
      ${!e.read&&i`
        <button type="button" class="secondary" disabled=${o} aria-describedby=${d+"-text"}
          onClick=${()=>s(()=>E(`/api/collections/notifications/records/${e.id}`,{method:"PATCH",body:{read:!0}}))}>
          ${t("inbox.markRead")}
        </button>`}
      <${T} error=${r} id=${d+"-error"} />
    </li>`}function Jn(){let e=b.value,[n,r]=p(null),[o,s]=p(!1),[d,l]=p(null),[a,c]=p(!1);x(()=>{E(`/api/collections/users/records/${e.id}`).then(u=>r(!!u.email_opt_out),l)},[e.id]);let m=async u=>{let $=u.currentTarget.checked,h=n;r(!$),c(!0),s(!1),l(null);try{let g=await E(`/api/collections/users/records/${e.id}`,{method:"PATCH",body:{email_opt_out:!$}});r(!!g.email_opt_out),s(!0)}catch(g){r(h),l(g)}finally{c(!1)}};return i`
    <section aria-labelledby="inbox-settings-title">
      <h2 id="inbox-settings-title">${t("inbox.settingsTitle")}</h2>
      ${n===null&&!d?i`<p>${t("common.loading")}</p>`:i`
        <div class="field">
          <label class="choice">
            <input type="checkbox" id="inbox-email" checked=${n===!1} disabled=${a||n===null}
              aria-describedby="inbox-email-hint" onChange=${m} />
            ${t("inbox.email")}
          </label>
          <p class="hint" id="inbox-email-hint">${t("inbox.emailHint")}</p>
        </div>`}
      <p role="status" class="muted">${o?t("inbox.saved"):""}</p>
      <${T} error=${d} id="inbox-email-error" />
    </section>`}function ei(){let{data:e,error:n,reload:r}=G(Yn);return i`
    <section aria-labelledby="inbox-list-title">
      <h2 id="inbox-list-title">${t("inbox.listTitle")}</h2>
      <${T} error=${n} id="inbox-error" />
      ${e?e.length===0?i`<p class="muted">${t("inbox.none")}</p>`:i`
        <ul class="plain workspace-list">
          ${e.map(o=>i`<${Xn} key=${o.id} entry=${o} done=${r} />`)}
        </ul>`:!n&&i`<p>${t("common.loading")}</p>`}
    </section>`}function ti(){S(t("inbox.title"));let e=se();I(!0);let n;return b.value?e?n=i`<${ei} key=${b.value.id} /><${Jn} key=${"email-"+b.value.id} />`:n=i`<p class="notice notice-offline">${t("inbox.offline")}</p>`:n=i`<p>${t("inbox.signIn")} <a href=${Z()}>${t("nav.signIn")}</a></p>`,i`
    <h1 tabindex="-1">${t("inbox.title")}</h1>
    ${n}`}async function ni(){let e=new URLSearchParams({filter:"shared_solution=true",sort:"-updated",skipTotal:"1",perPage:"100"});return(await E(`/api/collections/ideas/records?${e}`)).items}function ii({solution:e,organization:n}){let r="adopt-"+e.id,[o,s]=p(null),[d,l]=p(!1),[a,c]=p(null),m=be(n).filter(g=>g.id!==e.region),[u,$]=p(m[0]?.id||n.regions[0]),h=async()=>{l(!0),s(null);try{let g=await E("/api/collections/adoptions/records",{method:"POST",body:{origin:e.id,region:u,organization:n.id,by:b.value.id}});c(g),setTimeout(()=>document.getElementById(r+"-done")?.focus(),0)}catch(g){s(g)}finally{l(!1)}};return a?i`
      <p id=${r+"-done"} tabindex="-1" role="status">
        ${t("solutions.adopted")} <a href=${"/ideas/"+a.idea}>${t("solutions.openAdopted")}</a>
      </p>`:i`
    ${m.length>1&&i`
      <div class="field">
        <label for=${r+"-region"}>${t("solutions.region")}</label>
        <select id=${r+"-region"} value=${u} onChange=${g=>$(g.currentTarget.value)}>
          ${m.map(g=>i`<option value=${g.id}>${g.name}</option>`)}
        </select>
      </div>`}
    <button type="button" disabled=${d} aria-describedby=${"solution-"+e.id+"-title"} onClick=${h}>
      ${t("solutions.adopt")}
    </button>
    <${T} error=${o} id=${r+"-error"} />`}function ri(){S(t("solutions.title"));let e=se();I(!0);let{data:n,error:r}=G(ni),s=_e.value.find(l=>l.role==="staff"&&l.expand?.organization?.regions?.length)?.expand.organization,d;return e?r?d=i`<${T} error=${r} id="solutions-error" />`:n?n.length===0?d=i`<p class="muted">${t("solutions.none")}</p>`:d=i`
      <ul class="plain workspace-list">
        ${n.map(l=>i`
          <li key=${l.id} class="workspace-item">
            <h2 id=${"solution-"+l.id+"-title"}><a href=${"/ideas/"+l.id}>${l.title}</a></h2>
            <p class="meta">${t("solutions.from",{region:F.value.get(l.region)?.name||"–",date:B(l.updated)})}</p>
            ${s&&!s.regions.includes(l.region)&&i`
              <${ii} solution=${l} organization=${s} />`}
          </li>`)}
      </ul>`:d=i`<p>${t("common.loading")}</p>`:d=i`<p class="notice notice-offline">${t("solutions.offline")}</p>`,i`
    <h1 tabindex="-1">${t("solutions.title")}</h1>
    <p>${t("solutions.intro")}</p>
    ${d}`}function rn(e){let n={};return e.kind==="idea"?Object.assign(n,te(e)):(e.service||(n.service=t("assisted.serviceRequired")),e.rating||(n.rating=t("rate.ratingRequired"))),e.consent||(n.consent=t("assisted.consentRequired")),n}var oi=[["title","entry-title"],["body","entry-body"],["service","entry-service"],["rating","rating-1"],["consent","entry-consent"]];function si({form:e,set:n,errors:r}){return i`
    <${ce} prefix="entry" form=${e} set=${n} errors=${r} rows=${6} />
    <${k} id="entry-topic" label=${t("newIdea.topicLabel")} control=${o=>i`
      <select ...${o} value=${e.topic} onChange=${n("topic")}>
        <option value="">${t("newIdea.none")}</option>
        ${ie.map(s=>i`<option value=${s}>${t("topic."+s)}</option>`)}
      </select>`} />`}function ai({form:e,set:n,setForm:r,errors:o,place:s}){let d=s?$e(P.services.value,s).sort(Fe):[],l=a=>r(c=>({...c,barriers:c.barriers.includes(a)?c.barriers.filter(m=>m!==a):[...c.barriers,a]}));return i`
    <${k} id="entry-service" label=${t("assisted.service")} error=${o.service} control=${a=>i`
      <select ...${a} required value=${e.service} onChange=${n("service")}>
        <option value="">${t("report.choose")}</option>
        ${d.map(c=>i`<option value=${c.id}>${c.name}</option>`)}
      </select>`} />
    <${He} rating=${e.rating} setRating=${a=>r(c=>({...c,rating:a}))}
      barriers=${e.barriers} toggle=${l} text=${e.text} setText=${a=>r(c=>({...c,text:a}))}
      error=${o.rating} />`}var on={title:"",body:"",topic:"",service:"",rating:0,barriers:[],text:"",consent:!1};function di({organizations:e}){let[n,r]=p({kind:"idea",channel:"assisted",organization:e[0].id,region:"",...on}),o=z(rn,n),s=e.find($=>$.id===n.organization)||e[0],d=be(s),l=d.find($=>$.id===M.value?.id)||d[0],a=d.find($=>$.id===n.region)||l,c=$=>h=>{let{value:g}=h.currentTarget;r(y=>({...y,[$]:g}))},m=$=>h=>r(g=>({...g,[$]:h}));return a?i`
    <form class="stack" onSubmit=${async $=>{if($.preventDefault(),o.show(rn(n)))return;let h={channel:n.channel,organization:s.id,consent:n.consent},g=n.kind==="idea"?await Be({title:n.title.trim(),body:n.body.trim(),region:a.id,topic:n.topic},h):await De({service:n.service,region:a.id,rating:n.rating,text:n.text.trim(),barriers:n.barriers},h);r(y=>({...y,...on})),N(n.kind==="idea"?"entryIdea":"entryFeedback",[g.id])}} noValidate>
      <${_} form=${o} fields=${oi} id="entry-errors" />
      <${ee} name="kind" legend=${t("assisted.kind")} value=${n.kind} setValue=${m("kind")}
        choices=${[["idea",t("assisted.kindIdea")],["feedback",t("assisted.kindFeedback")]]} />
      <${ee} name="channel" legend=${t("assisted.channel")} value=${n.channel} setValue=${m("channel")}
        choices=${[["assisted",t("assisted.channelAssisted")],["paper",t("assisted.channelPaper")]]} />
      <${k} id="entry-organization" label=${t("assisted.organization")} control=${$=>i`
        <select ...${$} value=${s.id} onChange=${h=>{let{value:g}=h.currentTarget;r(y=>({...y,organization:g,region:"",service:""}))}}>
          ${e.map(h=>i`<option value=${h.id}>${h.name}</option>`)}
        </select>`} />
      <${k} id="entry-region" label=${t("assisted.region")} control=${$=>i`
        <select ...${$} value=${a?.id||""} onChange=${h=>{let{value:g}=h.currentTarget;r(y=>({...y,region:g,service:""}))}}>
          ${d.map(h=>i`<option value=${h.id}>${h.name}</option>`)}
        </select>`} />
      ${n.kind==="idea"?i`<${si} form=${n} set=${c} errors=${o.errors} />`:i`<${ai} form=${n} set=${c} setForm=${r} errors=${o.errors} place=${a} />`}
      <div class="field">
        ${o.errors.consent&&i`<p class="error" id="entry-consent-error">${o.errors.consent}</p>`}
        <label class="choice">
          <input type="checkbox" id="entry-consent" required checked=${n.consent}
            aria-describedby=${["entry-consent-hint",o.errors.consent&&"entry-consent-error"].filter(Boolean).join(" ")}
            aria-invalid=${o.errors.consent?"true":void 0}
            onChange=${$=>{let{checked:h}=$.currentTarget;r(g=>({...g,consent:h}))}} />
          ${t("assisted.consent")}
        </label>
        <p class="hint" id="entry-consent-hint">${t("assisted.consentHint")}</p>
      </div>
      <button type="submit">${t("assisted.submit")}</button>
    </form>`:i`<p>${t("common.loading")}</p>`}function li(){let{ideas:e,feedback:n}=R.value.entries,r=H.value;return!e.length&&!n.length?null:i`
    <section aria-labelledby="entries-title">
      <h2 id="entries-title">${t("assisted.entries")}</h2>
      <ul class="plain">
        ${e.map(o=>i`
          <li key=${o.id}>
            <a href=${"/ideas/"+o.id}>${t("mine.what.idea",{title:o.title})}</a>
            ${" "}<${L} status=${o.status} /> <${V} item=${o} /> <span class="muted">${B(o.created)}</span>
          </li>`)}
        ${n.map(o=>i`
          <li key=${o.id}>
            ${t("mine.what.feedback",{name:r.get(o.service)?.name||"",rating:o.rating})}
            ${" "}<${V} item=${o} /> <span class="muted">${B(o.created)}</span>
          </li>`)}
      </ul>
      ${[...e,...n].some(o=>o.sync==="rejected")&&i`<p><a href="/mine">${t("notice.review")}</a></p>`}
    </section>`}function ci(){S(t("assisted.title")),I(D.value);let e=bt.value,n;return b.value?e.length?M.value?D.value?n=i`<${di} organizations=${e} /><${li} />`:n=i`<p>${t("common.loading")}</p>`:n=i`<p>${t("region.needed")}</p><${W} after="/assisted" />`:n=i`<p>${t("assisted.noOrganization")}</p>`:n=i`<p>${t("assisted.signIn")} <a href=${Z()}>${t("nav.signIn")}</a></p>`,i`
    <${de} />
    <h1 tabindex="-1">${t("assisted.title")}</h1>
    <p>${t("assisted.intro")}</p>
    ${n}`}rt(vt);export{Fn as Accessibility,ci as Assisted,Cn as ForgotPassword,An as Help,yn as Idea,Sn as IdeaNew,pn as Ideas,ti as Inbox,Tn as Mine,Mn as ResetPassword,cn as Service,an as Services,Rn as SignIn,zn as SignUp,ri as Solutions,Qn as Workspace};
