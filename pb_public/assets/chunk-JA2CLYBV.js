import{A as O,B as N,C as Ae,D as z,G as Me,H as Ce,I as gt,J as Oe,K as bt,L as vt,M as wt,N as Ne,O as kt,P as yt,R as I,T as Fe,U as ee,W as le,Y as It,Z as Pe,_ as K,a as i,aa as x,b as se,ba as j,c as Te,ca as P,d as it,da as D,e as He,ea as ce,f as ze,fa as ue,g as y,ga as Le,h as De,ha as we,i as rt,ia as qe,j as st,ja as H,k as C,ka as Q,l as oe,la as L,m as ot,ma as Z,o as ae,oa as ke,pa as Ve,q as at,s as t,t as dt,u as B,v as lt,w as V,y as E}from"./chunk-HFYTFD4T.js";import{c as ft}from"./chunk-5ZDEQIYP.js";import{G as de,H as g,I as ct,K as ut,L as mt,N as pt,O as $t,P as ht,c as p,d as T,e as Be,f as Ue,h as re,k as q,m as Ke,o as A,q as _e,r as Ee}from"./chunk-CVGESKNK.js";var xt={"services.title":"Digitale Dienste in {name}","services.intro":"Diese Dienste können Sie online nutzen. Bewerten Sie einen Dienst und sagen Sie uns, wo es Barrieren gibt.","services.topics":"Themenfelder","services.none":"Für diese Gemeinde sind noch keine Dienste eingetragen.","services.tooFewRatings":"Noch zu wenige Bewertungen. Ergebnisse zeigen wir erst, wenn genug Menschen bewertet haben. So bleibt jede einzelne Bewertung geschützt.","services.rating":{one:"Durchschnitt {mean} von 5 Sternen (1 Bewertung)",other:"Durchschnitt {mean} von 5 Sternen ({count} Bewertungen)"},"services.barriers":"Gemeldete Barrieren:","service.back":"Zurück zu allen Diensten","service.link":"Zum Online-Dienst (externe Seite)","service.summaryTitle":"Bewertungen in {name}","service.mine":"Ihre Bewertung","service.myRating":"{rating} von 5 Sternen, am {date}","rate.title":"Diesen Dienst bewerten","rate.ratingLegend":"Wie gut hat der Dienst für Sie funktioniert?","rate.value1":"1 Stern: sehr schlecht","rate.value2":"2 Sterne: schlecht","rate.value3":"3 Sterne: mittel","rate.value4":"4 Sterne: gut","rate.value5":"5 Sterne: sehr gut","rate.ratingRequired":"Bitte wählen Sie eine Bewertung.","rate.barriersLegend":"Gab es Barrieren?","rate.text":"Was ist Ihnen aufgefallen? (freiwillig)","rate.submit":"Bewertung senden","rate.thanks":"Danke! Ihre Bewertung ist gespeichert.","barrier.screenreader":"Nicht mit Vorlese-Programm nutzbar","barrier.complicated":"Zu kompliziert","barrier.in_person":"Trotzdem persönlich erscheinen","barrier.mobile":"Geht nicht gut auf dem Handy","barrier.language":"Sprache nicht verständlich","ideas.title":"Ideen im {name}","ideas.submitLink":"Eigene Idee einreichen","ideas.searchLabel":"Ideen durchsuchen","ideas.search":"Suchen","ideas.clearSearch":"Suche beenden","ideas.searchShort":"Bitte geben Sie mindestens 3 Zeichen ein.","ideas.searchFailed":"Die Suche hat nicht geklappt. Bitte versuchen Sie es noch einmal.","ideas.resultsTitle":"Suchergebnisse","ideas.results":{one:"1 Idee zu „{q}“ gefunden.",other:"{count} Ideen zu „{q}“ gefunden."},"ideas.resultsOffline":{one:"1 Idee zu „{q}“ gefunden (ohne Verbindung in den gespeicherten Ideen gesucht).",other:"{count} Ideen zu „{q}“ gefunden (ohne Verbindung in den gespeicherten Ideen gesucht)."},"ideas.sortLabel":"Sortieren nach","ideas.sortNew":"Neueste zuerst","ideas.sortTop":"Meiste Unterstützung","ideas.sortStatus":"Stand der Bearbeitung","ideas.scopeLabel":"Welche Ideen","ideas.scopeDistrict":"Ganzer {name}","ideas.scopePlace":"Nur {name} und der ganze Kreis","ideas.listTitle":"Alle Ideen","idea.back":"Zurück zu allen Ideen","idea.by":"von {name}","idea.anonymous":"gelöschtes Konto","idea.chooseRegion":"Wählen Sie Ihre Gemeinde, um alle Ideen Ihrer Region zu sehen und mitzumachen.","idea.pendingNote":"Diese Idee ist auf Ihrem Gerät gespeichert und wird gesendet, sobald eine Verbindung besteht.","idea.awaitingModeration":"Diese Idee wird veröffentlicht, sobald die Moderation sie freigegeben hat.","idea.merged":"Diese Idee wurde zusammengeführt mit:","idea.mergedUnknown":"der anderen Idee","idea.service":"Dienst:","idea.topic":"Themenfeld:","idea.votesTitle":"Unterstützung","idea.vote":"Idee unterstützen","idea.retract":"Unterstützung zurücknehmen","idea.youVoted":"Sie unterstützen diese Idee.","idea.voteAfterSync":"Sobald die Idee gesendet ist, kann sie unterstützt werden.","idea.endorsements":"Unterstützt von Verbänden","idea.unknownOrganization":"Ein Verband","idea.history":"Verlauf und Antworten der Verwaltung","idea.commentsTitle":{one:"1 Kommentar",other:"{count} Kommentare"},"idea.noComments":"Noch keine Kommentare.","idea.commentLabel":"Ihr Kommentar","idea.commentSubmit":"Kommentar senden","idea.commentsClosed":"Zu dieser Idee kann man nicht kommentieren.","report.idea":"Idee melden","report.comment":"Kommentar melden","report.reason":"Grund der Meldung","report.choose":"Bitte wählen","report.reason.spam":"Werbung oder Spam","report.reason.offensive":"Beleidigend","report.reason.personal_data":"Enthält persönliche Daten","report.reason.off_topic":"Gehört nicht hierher","report.reason.other":"Anderer Grund","report.reasonRequired":"Bitte wählen Sie einen Grund.","report.note":"Anmerkung (freiwillig)","report.submit":"Meldung senden","report.done":"Sie haben diesen Beitrag gemeldet. Danke!","newIdea.title":"Idee einreichen","newIdea.titleLabel":"Titel","newIdea.bodyLabel":"Beschreibung","newIdea.whereLabel":"Für welchen Ort?","newIdea.wholeDistrict":"Den ganzen {name}","newIdea.serviceLabel":"Betrifft die Idee einen Dienst? (freiwillig)","newIdea.topicLabel":"Themenfeld (freiwillig)","newIdea.none":"Keine Angabe","newIdea.submit":"Idee einreichen","newIdea.similarTitle":"Ähnliche Ideen","newIdea.similarNone":"Während Sie schreiben, zeigen wir hier ähnliche Ideen, die es schon gibt.","newIdea.similarFound":{one:"Es gibt 1 ähnliche Idee. Vielleicht möchten Sie diese unterstützen?",other:"Es gibt {count} ähnliche Ideen. Vielleicht möchten Sie eine davon unterstützen?"},"newIdea.similarFoundOffline":{one:"In den gespeicherten Ideen gibt es 1 ähnliche Idee.",other:"In den gespeicherten Ideen gibt es {count} ähnliche Ideen."},"newIdea.supportInstead":"Stattdessen unterstützen","hint.newIdea":"Beschreiben Sie, was besser werden soll und warum. Die Verwaltung antwortet öffentlich.","hint.title":"Ein kurzer Satz, {min} bis {max} Zeichen.","hint.body":"Was ist das Problem, was schlagen Sie vor? {min} bis {max} Zeichen.","hint.titleShort":"Der Titel ist zu kurz: bitte mindestens {min} Zeichen.","hint.bodyShort":"Die Beschreibung ist zu kurz: bitte mindestens {min} Zeichen.","hint.where":"Ihre Gemeinde oder der ganze Landkreis.","hint.service":"Zum Beispiel „Wohngeld beantragen“.","hint.topic":"Hilft anderen, Ihre Idee zu finden.","hint.comment":"Bleiben Sie freundlich und sachlich. Höchstens {max} Zeichen.","hint.commentRequired":"Bitte schreiben Sie einen Kommentar.","hint.barriers":"Sie können mehrere ankreuzen.","hint.feedbackText":"Bitte keine persönlichen Daten. Höchstens {max} Zeichen.","hint.reportNote":"Höchstens {max} Zeichen.","hint.signedOut":"Sie sind nicht angemeldet. Ihr Beitrag wird gespeichert und gesendet, sobald Sie sich anmelden.","hint.displayName":"Dieser Name steht bei Ihren Beiträgen. Ein Fantasiename ist in Ordnung. {min} bis {max} Zeichen.","hint.email":"Nur für die Anmeldung. Andere sehen Ihre E-Mail-Adresse nie.","hint.password":"Mindestens {min} Zeichen.","mine.title":"Meine Beiträge","mine.signedOut":"Melden Sie sich an, um Ihre gesendeten Beiträge zu sehen.","mine.rejected":"Nicht angenommen","mine.rejectedHelp":"Der Server hat diese Beiträge nicht angenommen. Sie können sie korrigieren und erneut senden oder verwerfen.","mine.noneRejected":"Keine.","mine.pending":"Warten auf Verbindung","mine.nonePending":"Alle Beiträge sind gesendet.","mine.ideas":"Meine Ideen","mine.comments":"Meine Kommentare","mine.votes":"Ideen, die ich unterstütze","mine.feedback":"Meine Bewertungen","mine.reports":"Meine Meldungen","mine.reportsCount":{one:"Sie haben 1 Beitrag gemeldet.",other:"Sie haben {count} Beiträge gemeldet."},"mine.none":"Noch keine.","mine.commentOn":"Zu","mine.hidden":"ausgeblendet","mine.unknownIdea":"einer Idee","mine.fix":"Korrigieren","mine.discard":"Verwerfen","mine.sendAgain":"Erneut senden","mine.what.idea":"Idee „{title}“","mine.what.comment":"Kommentar zu „{title}“","mine.what.vote":"Unterstützung für „{title}“","mine.what.retract":"Unterstützung für „{title}“ zurücknehmen","mine.what.feedback":"Bewertung von „{name}“: {rating} von 5 Sternen","mine.what.edit":"Änderung an der Idee „{title}“","editIdea.open":"Idee bearbeiten","editIdea.title":"Idee bearbeiten","editIdea.hint":"Sie können Ihre Idee ändern, bis die Moderation sie freigibt.","editIdea.save":"Änderung speichern","editIdea.cancel":"Abbrechen","mine.what.report":"Meldung an die Moderation","accountPage.title":"Ihr Konto","accountPage.signedInAs":"Sie sind angemeldet als {name} ({email}).","accountPage.signInFirst":"Melden Sie sich an, um Ihr Konto zu verwalten.","accountPage.offline":"Keine Verbindung. Zum Herunterladen Ihrer Daten und zum Löschen des Kontos brauchen Sie eine Internetverbindung.","export.title":"Ihre Daten","export.intro":"Laden Sie alle Daten herunter, die Mitwirken über Sie speichert: Konto, Ideen, Kommentare, Stimmen, Bewertungen, Meldungen, Benachrichtigungen und was Ihre Geräte gesendet haben. Die Datei (JSON) lässt sich mit jedem Texteditor öffnen; jede Liste darin ist erklärt.","export.prepare":"Daten zusammenstellen","export.preparing":"Wird zusammengestellt …","export.ready":"Ihre Daten sind bereit:","export.download":"Datei herunterladen ({size} KB)","delete.title":"Konto löschen","delete.private":"Ihre Stimmen, Bewertungen, Meldungen und Benachrichtigungen werden gelöscht.","delete.public":"Ihre Ideen und Kommentare bleiben ohne Ihren Namen stehen (als „gelöschtes Konto“), außer Sie wählen unten, dass sie mit gelöscht werden.","delete.devices":"Auf Ihren anderen Geräten werden Ihre Daten bei der nächsten Verbindung entfernt.","delete.final":"Das lässt sich nicht rückgängig machen. Laden Sie vorher Ihre Daten herunter, wenn Sie sie behalten möchten.","delete.contributions":"Auch meine Ideen und Kommentare löschen","delete.contributionsHint":"Mit einer Idee verschwinden auch die Kommentare und Stimmen anderer dazu.","delete.password":"Ihr Passwort zur Bestätigung","delete.submit":"Konto endgültig löschen","delete.done":"Ihr Konto wurde gelöscht. Auf diesem Gerät ist nichts mehr von Ihnen gespeichert.","account.email":"E-Mail-Adresse","account.password":"Passwort","account.passwordConfirm":"Passwort wiederholen","account.displayName":"Angezeigter Name","account.fixFields":"Bitte prüfen Sie die markierten Angaben.","account.offline":"Keine Verbindung. Zum Anmelden brauchen Sie eine Verbindung.","signIn.title":"Anmelden","signIn.intro":"Melden Sie sich an, um Ideen einzureichen, abzustimmen, zu kommentieren und Dienste zu bewerten.","signIn.submit":"Anmelden","signIn.wrong":"E-Mail-Adresse oder Passwort stimmen nicht.","signIn.noAccount":"Noch kein Konto?","signUp.title":"Konto anlegen","signUp.intro":"Sie brauchen nur eine E-Mail-Adresse und einen Namen. Der Name darf ein Fantasiename sein.","signUp.submit":"Konto anlegen","signUp.haveAccount":"Sie haben schon ein Konto?","topic.arbeit_ruhestand":"Arbeit & Ruhestand","topic.bauen_wohnen":"Bauen & Wohnen","topic.bildung":"Bildung","topic.ein_auswanderung":"Ein- & Auswanderung","topic.engagement_hobby":"Engagement & Hobby","topic.familie_kind":"Familie & Kind","topic.forschung_foerderung":"Forschung & Förderung","topic.gesundheit":"Gesundheit","topic.mobilitaet_reisen":"Mobilität & Reisen","topic.recht_ordnung":"Recht & Ordnung","topic.steuern_zoll":"Steuern & Zoll","topic.umwelt":"Umwelt","topic.unternehmen":"Unternehmen","topic.querschnitt":"Querschnittsleistungen","topic.soziales":"Soziales","error.unknown":"Der Beitrag konnte nicht gespeichert werden.","error.vote_idea_hidden":"Diese Idee ist ausgeblendet; für sie kann nicht abgestimmt werden.","error.vote_idea_not_published":"Diese Idee ist noch nicht veröffentlicht.","error.vote_idea_merged":"Diese Idee wurde mit einer anderen zusammengeführt; stimmen Sie bitte dort ab.","error.vote_idea_declined":"Diese Idee wurde abgelehnt; für sie kann nicht mehr abgestimmt werden.","error.feedback_service_not_offered":"Dieser Dienst wird in dieser Region nicht online angeboten.","error.idea_changed":"Die Idee wurde inzwischen auf dem Server geändert.","error.sync_forbidden":"Dazu sind Sie nicht berechtigt.","error.sync_not_found":"Der Eintrag wurde nicht gefunden.","error.validation_pk_invalid":"Diese Kennung ist ungültig oder schon vergeben.","error.validation_not_unique":"Diesen Eintrag gibt es schon.","error.validation_required":"Bitte ausfüllen.","error.validation_missing_rel_records":"Der verknüpfte Eintrag existiert nicht (mehr).","error.validation_invalid_email":"Bitte geben Sie eine gültige E-Mail-Adresse ein.","error.validation_values_mismatch":"Die Passwörter stimmen nicht überein.","error.report_target_required":"Bitte genau einen Inhalt melden: eine Idee oder einen Kommentar.","workspace.title":"Arbeitsbereich","workspace.intro":"Hier sehen Sie, was in Ihrer Region auf Moderation oder eine Antwort wartet.","workspace.signIn":"Bitte melden Sie sich an, um den Arbeitsbereich zu nutzen.","workspace.noRole":"Der Arbeitsbereich ist für Moderatorinnen und Moderatoren von Verbänden und für Mitarbeitende der Verwaltung.","workspace.offline":"Der Arbeitsbereich braucht eine Verbindung. Bitte versuchen Sie es wieder, sobald Sie online sind.","workspace.moderationTitle":"Moderation","workspace.submitted":"Ideen, die auf Freigabe warten","workspace.noneSubmitted":"Keine Idee wartet auf Freigabe.","workspace.reports":"Offene Meldungen","workspace.noneReports":"Keine offenen Meldungen.","workspace.hiddenIdeas":"Ausgeblendete Ideen","workspace.hiddenComments":"Ausgeblendete Kommentare","workspace.noneHidden":"Nichts ausgeblendet.","workspace.publish":"Veröffentlichen","workspace.hide":"Ausblenden","workspace.restore":"Wieder anzeigen","workspace.hideReason":"Grund für das Ausblenden","workspace.hideNote":"Erklärung für die Person (freiwillig)","workspace.hiddenBecause":"Ausgeblendet:","workspace.reportedFor":"Gemeldet:","workspace.comment":"Kommentar von {name}","workspace.responsivenessTitle":"So schnell antwortet Ihre Verwaltung","workspace.region":"Region","workspace.median":"Mittlere Zeit bis zur ersten Antwort","workspace.unanswered":"Ideen ohne Antwort","workspace.oldest":"Älteste Idee ohne Antwort","workspace.days":{one:"1 Tag",other:"{count} Tage"},"workspace.noValue":"–","workspace.more":"Weitere anzeigen","workspace.openTitle":"Offene Ideen, älteste zuerst","workspace.noneOpen":"Keine offenen Ideen.","workspace.since":"eingereicht am {date}","workspace.nextStatus":"Neuer Stand","workspace.response":"Öffentliche Antwort","workspace.responseHint":"Die Antwort erscheint bei der Idee für alle sichtbar.","workspace.responseRequired":"Bitte schreiben Sie eine Antwort.","workspace.move":"Stand ändern","workspace.mergeOpen":"Als Doppelung zusammenführen","workspace.mergeTarget":"Mit welcher ähnlichen Idee zusammenführen?","workspace.mergeTargetRequired":"Bitte wählen Sie die Idee, in die diese Idee aufgeht.","workspace.mergeSimilarity":"{percent} % ähnlich","workspace.mergeNone":"Keine ähnliche veröffentlichte Idee gefunden.","workspace.mergeResponseDefault":"Diese Idee gibt es schon. Wir haben sie mit der ähnlichen Idee zusammengeführt; die Stimmen zählen dort.","workspace.merge":"Zusammenführen","workspace.appeals":"Offene Widersprüche","workspace.noneAppeals":"Keine offenen Widersprüche.","workspace.appealFiled":"Widerspruch vom","workspace.appealDecision":"Ihre Entscheidung","workspace.appealDecisionRequired":"Bitte wählen Sie eine Entscheidung.","workspace.appeal.upheld":"Widerspruch annehmen: wieder anzeigen","workspace.appeal.rejected":"Widerspruch ablehnen: bleibt ausgeblendet","workspace.appealNote":"Begründung","workspace.appealNoteHint":"Die Begründung steht im Moderationsprotokoll.","workspace.appealNoteRequired":"Bitte schreiben Sie eine Begründung.","workspace.appealDecide":"Entscheiden","workspace.appealRefused":"Der Server hat die Entscheidung abgelehnt: Wer den Inhalt ausgeblendet hat, kann über den Widerspruch nicht entscheiden, oder jemand hat schon entschieden.","workspace.appealColleague":"Sie haben diesen Inhalt ausgeblendet. Über den Widerspruch muss eine Kollegin oder ein Kollege entscheiden.","workspace.openIdeas":"Offene Ideen in Ihren Regionen","workspace.endorsed":"{name} unterstützt diese Idee.","workspace.endorse":"Im Namen von {name} unterstützen","workspace.withdraw":"Unterstützung zurückziehen","inbox.title":"Benachrichtigungen","inbox.signIn":"Bitte melden Sie sich an, um Ihre Benachrichtigungen zu sehen.","inbox.offline":"Die Benachrichtigungen brauchen eine Verbindung. Bitte versuchen Sie es wieder, sobald Sie online sind.","inbox.listTitle":"Ihre Benachrichtigungen","inbox.none":"Sie haben keine Benachrichtigungen.","inbox.new":"Neu","inbox.theIdea":"diese Idee","inbox.reason":"Grund:","inbox.open":"Zur Idee „{title}“","inbox.openTarget":"Zur Idee „{title}“, für die Ihre Unterstützung jetzt zählt","inbox.markRead":"Als gelesen markieren","inbox.kind.published":"Ihre Idee „{title}“ wurde veröffentlicht.","inbox.kind.status_changed":"Ihre Idee „{title}“ hat einen neuen Stand: {status}.","inbox.kind.hidden":"Ihre Idee „{title}“ wurde ausgeblendet. Sie können Widerspruch einlegen.","inbox.kind.restored":"Ihre Idee „{title}“ wird wieder angezeigt.","inbox.kind.merged":"Ihre Idee „{title}“ wurde mit der Idee „{target}“ zusammengeführt.","inbox.kind.vote_moved":"Die Idee „{title}“ wurde zusammengeführt. Ihre Stimme zählt jetzt für „{target}“; Sie können sie dort zurückziehen.","inbox.kind.appeal_decided":"Über Ihren Widerspruch zur Idee „{title}“ wurde entschieden.","inbox.settingsTitle":"Einstellungen","inbox.email":"Benachrichtigungen auch per E-Mail","inbox.emailHint":"Die Benachrichtigungen hier bleiben in jedem Fall erhalten.","inbox.saved":"Ihre Einstellung ist gespeichert.","solutions.title":"Lösungen aus der Region","solutions.intro":"Diese Ideen wurden in einer Gemeinde umgesetzt und zum Nachmachen freigegeben. Verwaltungen anderer Gemeinden können sie übernehmen.","solutions.offline":"Die Lösungen aus der Region brauchen eine Verbindung. Bitte versuchen Sie es wieder, sobald Sie online sind.","solutions.none":"Noch keine Lösungen freigegeben.","solutions.from":"Umgesetzt in {region}, zuletzt geändert am {date}","solutions.region":"Für welche Gemeinde oder welchen Kreis übernehmen?","solutions.adopt":"Übernehmen","solutions.adopted":"Übernommen. Die Idee steht jetzt in Ihrer Region.","solutions.openAdopted":"Zur übernommenen Idee","appeal.title":"Widerspruch einlegen","appeal.label":"Warum soll Ihre Idee wieder angezeigt werden?","appeal.hint":"Zwischen {min} und {max} Zeichen. Sie können nur einmal widersprechen; eine andere Person aus der Moderation entscheidet.","appeal.short":"Bitte schreiben Sie mindestens {min} Zeichen.","appeal.submit":"Widerspruch senden","appeal.done":"Ihr Widerspruch ist eingegangen. Sie erhalten eine Benachrichtigung, sobald entschieden ist.","assisted.title":"Für jemanden eintragen","assisted.intro":"Hier tragen Sie eine Idee oder eine Bewertung für eine Person ein, die nicht online ist, zum Beispiel aus einer Sprechstunde oder von einem Papierformular. Das geht auch ohne Verbindung: Der Beitrag wird gesendet, sobald Sie wieder online sind.","assisted.signIn":"Bitte melden Sie sich an, um für jemanden einzutragen.","assisted.noOrganization":"Für jemanden eintragen können Mitglieder eines bestätigten Verbands oder einer Verwaltung. Wenn Sie Mitglied sind, öffnen Sie diese Seite einmal mit Verbindung.","assisted.kind":"Was tragen Sie ein?","assisted.kindIdea":"Eine Idee","assisted.kindFeedback":"Eine Bewertung eines Dienstes","assisted.channel":"Wie haben Sie den Beitrag bekommen?","assisted.channelAssisted":"Im Gespräch (zum Beispiel in einer Sprechstunde)","assisted.channelPaper":"Auf einem Papierformular","assisted.organization":"Für welche Organisation tragen Sie ein?","assisted.region":"Für welchen Ort?","assisted.service":"Welcher Dienst?","assisted.serviceRequired":"Bitte wählen Sie einen Dienst.","assisted.consent":"Die Person ist einverstanden, dass ich diesen Beitrag für sie eintrage.","assisted.consentHint":"Wir speichern nur, dass die Person einverstanden ist. Wer sie ist, speichern wir nicht. Bitte schreiben Sie keine Namen in den Text.","assisted.consentRequired":"Bitte bestätigen Sie, dass die Person einverstanden ist.","assisted.submit":"Eintragen","assisted.savedIdea":"Die Idee ist gespeichert und wird gesendet, sobald eine Verbindung besteht.","assisted.savedFeedback":"Die Bewertung ist gespeichert und wird gesendet, sobald eine Verbindung besteht.","assisted.entries":"Ihre Einträge für andere","assisted.seeQueue":"Stand der Beiträge ansehen","assisted.fromWorkspace":"Eine Idee oder Bewertung für jemanden eintragen, der nicht online ist","services.answered":{one:"Die Verwaltung hat 1 von {total} Rückmeldungen beantwortet.",other:"Die Verwaltung hat {count} von {total} Rückmeldungen beantwortet."},"services.fixedThisMonth":{one:"Diesen Monat wurde 1 Problem behoben.",other:"Diesen Monat wurden {count} Probleme behoben."},"rate.barrierOther":"Welche andere Barriere? (freiwillig)","rate.readers":"Ihre Rückmeldung lesen die Mitarbeitenden von {staff} und Moderierende von {moderators}. Die Verwaltung kann Ihnen antworten; die Antwort steht dann unter „Meine Beiträge“. Öffentlich sind nur Zahlen.","rate.readersStaffOf":"der Gemeinde {name}","rate.readersNone":"den Verbänden der Region","barrier.magnification":"Nicht mit Vergrößerung oder Zoom nutzbar","barrier.other":"Andere Barriere","idea.declined":"Diese Idee wurde abgelehnt. Die Begründung der Verwaltung:","hidden.title":"Ausgeblendet","hidden.reason":"Grund:","hidden.note":"Hinweis der Moderation:","hidden.appeal":"Widerspruch einlegen","hidden.byReports":"Mehrere Personen haben den Beitrag gemeldet. Die Moderation prüft ihn.","mine.answer":"Antwort der Verwaltung vom {date}:","inbox.openFeedback":"Zu Ihren Bewertungen","inbox.kind.feedback_answered":"Die Verwaltung hat auf Ihre Bewertung eines Dienstes geantwortet.","desk.title":"Rückmeldungen zu Diensten","desk.back":"Zurück zum Arbeitsbereich","desk.fromWorkspace":"Rückmeldungen zu Diensten lesen und beantworten","desk.intro":"Hier stehen die Bewertungen der Dienste in Ihren Regionen, die neuesten zuerst. Ihre Antwort bekommt die Person als Benachrichtigung; öffentlich ist sie nicht.","desk.filterTitle":"Auswahl","desk.all":"Alle","desk.service":"Dienst","desk.region":"Gemeinde","desk.state":"Stand","desk.state.new":"Neu","desk.state.seen":"Gelesen","desk.state.forwarded":"An den Anbieter weitergegeben","desk.state.fixed":"Behoben","desk.answer":"Antwort an die Person (freiwillig)","desk.answerHint":"Nur die Person, die bewertet hat, liest die Antwort.","desk.save":"Speichern","desk.rating":"{rating} von 5 Sternen","desk.noText":"Ohne Text.","desk.answeredOn":"Beantwortet am {date}","desk.channel.app":"über die App","desk.channel.assisted":"im Gespräch eingetragen","desk.channel.paper":"von einem Papierformular","desk.listTitle":"Rückmeldungen, neueste zuerst","desk.none":"Keine Rückmeldungen für diese Auswahl.","desk.confirm.answered":"Gespeichert – die Person wurde benachrichtigt.","desk.confirm.saved":"Gespeichert.","workspace.moreActions":"Weitere Aktionen","workspace.dismissOpen":"Meldung zurückweisen","workspace.hideOpen":"Ausblenden","workspace.dismissReason":"Warum weisen Sie die Meldung zurück?","workspace.dismissHint":"Der Beitrag bleibt sichtbar. Die Begründung steht im Moderationsprotokoll.","workspace.dismissReasonRequired":"Bitte schreiben Sie eine Begründung.","workspace.dismiss":"Zurückweisen","workspace.ownContent":"Diese Meldung betrifft Ihren eigenen Beitrag. Darüber entscheidet eine Kollegin oder ein Kollege.","workspace.confirm.hidden":"Ausgeblendet – die Person wurde benachrichtigt.","workspace.confirm.dismissed":"Meldung zurückgewiesen – der Beitrag bleibt sichtbar.","workspace.confirm.published":"Veröffentlicht – die Person wurde benachrichtigt.","workspace.confirm.merged":"Zusammengeführt – die Person wurde benachrichtigt.","workspace.confirm.restored":"Wieder angezeigt – die Person wurde benachrichtigt.","error.status404":"Das geht hier nicht: Der Eintrag liegt nicht in Ihrer Region, oder jemand hat ihn inzwischen bearbeitet. Bitte laden Sie die Seite neu.","error.status403":"Dazu sind Sie nicht berechtigt.","error.transition_not_allowed":"Dieser Schritt passt nicht mehr zum Stand der Idee. Bitte laden Sie die Seite neu und wählen Sie den nächsten Schritt.","error.response_required":"Bitte schreiben Sie eine öffentliche Antwort.","error.merge_target_required":"Bitte wählen Sie die Idee, in die diese Idee aufgeht.","error.merge_target_invalid":"In diese Idee kann nicht zusammengeführt werden: Sie muss veröffentlicht und noch offen sein.","error.dismiss_reason_required":"Bitte schreiben Sie, warum die Meldung zurückgewiesen wird.","error.validation_invalid_value":"Dieser Wert ist nicht möglich."};var W=re({region:"",rows:new Map});function en(e){let n={};for(let s=1;s<=5;s++)n[s]=e[`rating_${s}`]||0;let r={};for(let s of Object.keys(e))s.startsWith("barrier_")&&(r[s.slice(8)]=e[s]);return{count:e.count,mean:e.mean,distribution:n,barriers:r}}function Ze(e,n){W.value={region:e,rows:new Map(n.map(r=>[r.service,en(r)]))}}async function je(e){let n=await _e("ratings:"+e);n?Ze(e,n):W.value.region!==e&&Ze(e,[]);try{let r=encodeURIComponent(`region='${e}'`),s=await A(`/api/collections/feedback_summaries/records?filter=${r}&perPage=500&skipTotal=1`);await Ee("ratings:"+e,s.items),Ze(e,s.items)}catch{}}async function St(e,n){try{let r=await A(`/api/services/${encodeURIComponent(e)}/feedback?region=${encodeURIComponent(n)}`),s=new Map(W.value.region===n?W.value.rows:[]);s.set(e,r),W.value={region:n,rows:s}}catch{}}function ye(e,n){return e.filter(r=>(r.regions||[]).some(s=>s===n.id||s===n.parent))}function tn(){let e=C.value;if(x(t("services.title",{name:e?.name||""})),T(()=>{e&&je(e.id)},[e?.id]),I(E.value),!e)return i`<h1 tabindex="-1">${t("nav.services")}</h1><p>${t("region.needed")}</p><${Z} after="/services" />`;let n=ye(V.services.value,e),r=W.value.region===e.id?W.value.rows:new Map,s=se.map(o=>[o,n.filter(a=>a.topic===o).sort((a,d)=>H(a).localeCompare(H(d),ae.value==="en"?"en":"de"))]).filter(([,o])=>o.length);return i`
    <h1 tabindex="-1">${t("services.title",{name:e.name})}</h1>
    <p>${t("services.intro")}</p>
    ${E.value&&n.length===0&&i`<p>${t("services.none")}</p>`}
    ${s.length>0&&i`
      <nav aria-label=${t("services.topics")} class="toc">
        <ul>${s.map(([o])=>i`<li><a href=${"#topic-"+o}>${t("topic."+o)}</a></li>`)}</ul>
      </nav>`}
    ${s.map(([o,a])=>i`
      <section aria-labelledby=${"topic-"+o}>
        <h2 id=${"topic-"+o}>${t("topic."+o)}</h2>
        <ul class="services">
          ${a.map(d=>i`
            <li key=${d.id} class="service-card">
              <h3><a href=${"/services/"+d.id}><${Q} service=${d} /></a></h3>
              <${Le} summary=${r.get(d.id)} />
            </li>`)}
        </ul>
      </section>`)}`}function Ge({rating:e,setRating:n,barriers:r,toggle:s,other:o="",setOther:a,text:d,setText:l,error:u}){return i`
    <fieldset aria-describedby=${u?"rating-error":void 0}>
      <legend>${t("rate.ratingLegend")}</legend>
      ${u&&i`<p class="error" id="rating-error">${u}</p>`}
      <div class="choices">
        ${[1,2,3,4,5].map(m=>i`
          <label class="choice">
            <input type="radio" name="rating" id=${"rating-"+m} value=${m} checked=${e===m}
              onChange=${()=>n(m)} />
            ${t("rate.value"+m)}
          </label>`)}
      </div>
    </fieldset>
    <fieldset>
      <legend>${t("rate.barriersLegend")}</legend>
      <p class="hint">${t("hint.barriers")}</p>
      ${it.map(m=>i`
        <label class="choice">
          <input type="checkbox" name="barriers" value=${m} checked=${r.includes(m)} onChange=${()=>s(m)} />
          ${t("barrier."+m)}
        </label>`)}
      ${r.includes("other")&&a&&i`
        <div class="field">
          <label for="barrier-other">${t("rate.barrierOther")}</label>
          <input type="text" id="barrier-other" maxLength=${y.barrierOther[1]} value=${o}
            onInput=${m=>a(m.currentTarget.value)} />
        </div>`}
    </fieldset>
    <div class="field">
      <label for="feedback-text">${t("rate.text")}</label>
      <p class="hint" id="feedback-text-hint">${t("hint.feedbackText",{max:y.feedbackText[1]})}</p>
      <textarea id="feedback-text" rows="4" maxLength=${y.feedbackText[1]} aria-describedby="feedback-text-hint"
        value=${d} onInput=${m=>l(m.currentTarget.value)}></textarea>
    </div>`}function nn({place:e}){let n=[...Ae.value.values()].filter(o=>o.verified&&(o.regions||[]).some(a=>a===e.id||a===e.parent)),r=n.filter(o=>o.kind==="kommune").map(o=>o.name),s=n.filter(o=>o.kind!=="kommune").map(o=>o.name);return i`<p class="hint" id="feedback-readers">${t("rate.readers",{staff:r.length?r.join(", "):t("rate.readersStaffOf",{name:e.name}),moderators:s.length?s.join(", "):t("rate.readersNone")})}</p>`}function rn({service:e,place:n}){let[r,s]=p(0),[o,a]=p([]),[d,l]=p(""),[u,m]=p(""),[c,h]=p(""),[$,w]=p(!1);return i`
    <form class="stack" onSubmit=${async v=>{if(v.preventDefault(),!r){h(t("rate.ratingRequired")),document.getElementById("rating-1")?.focus();return}h(""),await Ne({service:e.id,region:n.id,rating:r,text:u.trim(),barriers:o,barrierOther:d}),w(!0),s(0),a([]),l(""),m("")}} noValidate>
      <${nn} place=${n} />
      <${Ge} rating=${r} setRating=${s} barriers=${o} toggle=${v=>a(o.includes(v)?o.filter(f=>f!==v):[...o,v])}
        other=${d} setOther=${l} text=${u} setText=${m} error=${c} />
      ${!g.value&&i`<p class="hint">${t("hint.signedOut")}</p>`}
      <button type="submit">${t("rate.submit")}</button>
      <p role="status">${$?t("rate.thanks"):""}</p>
    </form>`}function sn({id:e}){let n=C.value,r=N.value.get(e);if(x(H(r)||t("nav.services")),I(E.value),T(()=>{n&&je(n.id).then(()=>St(e,n.id))},[e,n?.id]),!n)return i`<h1 tabindex="-1">${t("nav.services")}</h1><p>${t("region.needed")}</p><${Z} after=${"/services/"+e} />`;if(!r)return E.value?i`<${Ve} />`:i`<p>${t("common.loading")}</p>`;let s=W.value.region===n.id?W.value.rows.get(e):null,o=z.value.feedback.filter(a=>a.service===e&&a.region===n.id);return i`
    <p><a href="/services">${t("service.back")}</a></p>
    <h1 tabindex="-1"><${Q} service=${r} /></h1>
    ${r.summary&&i`<p>${r.summary}</p>`}
    ${r.link&&i`<p><a href=${r.link} rel="noopener">${t("service.link")}</a></p>`}
    <h2>${t("service.summaryTitle",{name:n.name})}</h2>
    <${Le} summary=${s} />
    ${o.length>0&&i`
      <h2>${t("service.mine")}</h2>
      <ul class="plain">
        ${o.map(a=>i`
          <li key=${a.id}>
            ${t("service.myRating",{rating:a.rating,date:B(a.created)})} <${j} item=${a} />
            ${a.sync==="rejected"&&i`<${ue} error=${a.mutation.error} />`}
            <${qe} feedback=${a} />
          </li>`)}
      </ul>`}
    <h2>${t("rate.title")}</h2>
    <${rn} service=${r} place=${n} />`}var on=new Set("der die das und oder ein eine einer eines einem einen ist sind mit für fur von zu im in am an auf aus bei nicht auch es sich wir ich sie er man mehr sehr wie was wenn dass den dem des als nur noch so bitte the and for with of to a an is are be on in at".split(" "));function Ie(e){return(e||"").toLowerCase().replace(/ä/g,"ae").replace(/ö/g,"oe").replace(/ü/g,"ue").replace(/ß/g,"ss").normalize("NFD").replace(/[\u0300-\u036f]/g,"").split(/[^a-z0-9]+/).filter(n=>n.length>=3&&!on.has(n))}var xe=e=>e.replace(/(ungen|ung|en|er|es|e|n|s)$/,"")||e;function Rt(e,n){let r=Ie(n).map(xe);if(!r.length)return[];let s=[];for(let o of e){let a=Ie(o.title).map(xe),d=a.concat(Ie(o.body).map(xe));r.every(l=>d.some(u=>u.startsWith(l)))&&s.push({idea:o,score:r.filter(l=>a.some(u=>u.startsWith(l))).length})}return s.sort((o,a)=>a.score-o.score).map(o=>o.idea)}function Bt(e,n,r=5){let s=new Set(Ie(n).map(xe));if(s.size<2)return[];let o=[];for(let a of e){let d=new Set(Ie(a.title+" "+a.body).map(xe)),l=0;for(let m of s)d.has(m)&&l++;let u=l/Math.min(s.size,d.size||1);l>=2&&u>=.2&&o.push({idea:a,score:u})}return o.sort((a,d)=>d.score-a.score).slice(0,r).map(a=>a.idea)}async function Tt(e,n,r){if(!navigator.onLine)return{items:Rt(r,e),offline:!0};try{return{items:(await A(`/api/ideas/search?q=${encodeURIComponent(e)}&region=${encodeURIComponent(n)}`,{timeout:8e3})).items,offline:!1}}catch(s){if(!(s instanceof Ke))throw s;return{items:Rt(r,e),offline:!0}}}async function zt(e,n,r){if(!navigator.onLine)return{items:Bt(r,e),offline:!0};try{return{items:(await A(`/api/ideas/similar?text=${encodeURIComponent(e.slice(0,500))}&region=${encodeURIComponent(n)}&limit=5`,{timeout:5e3})).items,offline:!1}}catch(s){if(!(s instanceof Ke))throw s;return{items:Bt(r,e),offline:!0}}}var Dt={new:(e,n)=>e.created<n.created?1:-1,top:(e,n)=>(n.votes_count||0)-(e.votes_count||0)||(e.created<n.created?1:-1),status:(e,n)=>Te.indexOf(e.status)-Te.indexOf(n.status)||(n.votes_count||0)-(e.votes_count||0)};function an(e,n){let[r,s]=p(null);return T(()=>{if(s(null),!e)return;let o=!0;return Tt(e,oe.value,n).then(a=>o&&s(a)).catch(a=>o&&s({items:[],error:a})),()=>{o=!1}},[e,oe.value]),r}function dn(){let e=C.value,{query:n}=Fe.value,r=Dt[n.get("sort")]?n.get("sort"):"new",s=n.get("scope")==="place"?"place":"district",o=(n.get("q")||"").trim(),[a,d]=p(o),l=O.value.get(oe.value)?.name||"";x(t("ideas.title",{name:l||e?.name||""})),I(E.value);let m=[...z.value.ideas.values()].filter(f=>f.sync!=="rejected"&&!f.hidden).filter(f=>{let _=O.value.get(f.region);return f.region===oe.value||_?.parent===oe.value||f.sync!=="synced"}),c=an(o.length>=3?o:"",m);if(!e)return i`<h1 tabindex="-1">${t("nav.ideas")}</h1><p>${t("region.needed")}</p><${Z} after="/ideas" />`;let h=m.filter(f=>s==="district"||f.region===e.id||f.region===e.parent).sort(Dt[r]),$=f=>{let _=new URLSearchParams(n);for(let[G,ie]of Object.entries(f))ie?_.set(G,ie):_.delete(G);ee("/ideas"+(_.toString()?"?"+_:""),{replace:!0})},w=f=>{f.preventDefault(),$({q:a.trim()})},b=null;if(o)if(o.length<3)b=i`<p class="error">${t("ideas.searchShort")}</p>`;else if(!c)b=i`<p>${t("common.loading")}</p>`;else if(c.error)b=i`<p class="error">${t("ideas.searchFailed")}</p>`;else{let f=c.items.map(_=>z.value.ideas.get(_.id)||{..._,sync:"synced"});b=i`
        <p>${t(c.offline?"ideas.resultsOffline":"ideas.results",{count:f.length,q:o})}</p>
        <${ke} ideas=${f} level="3" />`}let k=r==="status"?Te.map(f=>[f,h.filter(_=>_.status===f)]).filter(([,f])=>f.length):null,v=h.filter(f=>!f.status);return i`
    <h1 tabindex="-1">${t("ideas.title",{name:l||e.name})}</h1>
    <p><a href="/ideas/new">${t("ideas.submitLink")}</a></p>
    <form role="search" class="search" onSubmit=${w}>
      <label for="idea-search">${t("ideas.searchLabel")}</label>
      <div class="inline">
        <input id="idea-search" type="search" name="q" value=${a} onInput=${f=>d(f.currentTarget.value)} />
        <button type="submit">${t("ideas.search")}</button>
        ${o&&i`<button type="button" class="secondary" onClick=${()=>{d(""),$({q:""})}}>${t("ideas.clearSearch")}</button>`}
      </div>
    </form>
    ${o&&i`<section aria-labelledby="results-title"><h2 id="results-title">${t("ideas.resultsTitle")}</h2>${b}</section>`}
    ${!o&&i`
      <div class="filters">
        <div class="field">
          <label for="idea-sort">${t("ideas.sortLabel")}</label>
          <select id="idea-sort" value=${r} onChange=${f=>$({sort:f.currentTarget.value==="new"?"":f.currentTarget.value})}>
            <option value="new">${t("ideas.sortNew")}</option>
            <option value="top">${t("ideas.sortTop")}</option>
            <option value="status">${t("ideas.sortStatus")}</option>
          </select>
        </div>
        <div class="field">
          <label for="idea-scope">${t("ideas.scopeLabel")}</label>
          <select id="idea-scope" value=${s} onChange=${f=>$({scope:f.currentTarget.value==="place"?"place":""})}>
            <option value="district">${t("ideas.scopeDistrict",{name:l})}</option>
            <option value="place">${t("ideas.scopePlace",{name:e.name})}</option>
          </select>
        </div>
      </div>
      <h2 class="visually-hidden">${t("ideas.listTitle")}</h2>
      ${E.value&&h.length===0&&i`<p>${t("ideas.none")}</p>`}
      ${k?i`
          ${v.length>0&&i`<h3>${t("sync.pending")}</h3><${ke} ideas=${v} level="4" />`}
          ${k.map(([f,_])=>i`<h3>${t("status."+f)}</h3><${ke} ideas=${_} level="4" />`)}`:i`<${ke} ideas=${h} level="3" />`}`}`}function Qe({target:e,id:n,label:r}){let[s,o]=p(""),[a,d]=p(""),[l,u]=p("");return i`
    <details class="report">
      <summary>${r}</summary>
      <form class="stack" onSubmit=${async c=>{if(c.preventDefault(),!s){u(t("report.reasonRequired")),document.getElementById(n+"-reason")?.focus();return}await wt(e,s,a.trim())}} noValidate>
        <div class="field">
          <label for=${n+"-reason"}>${t("report.reason")}</label>
          ${l&&i`<p class="error" id=${n+"-error"}>${l}</p>`}
          <select id=${n+"-reason"} value=${s} aria-describedby=${l?n+"-error":void 0}
            aria-invalid=${l?"true":void 0} onChange=${c=>o(c.currentTarget.value)}>
            <option value="">${t("report.choose")}</option>
            ${ze.map(c=>i`<option value=${c}>${t("report.reason."+c)}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for=${n+"-note"}>${t("report.note")}</label>
          <p class="hint" id=${n+"-note-hint"}>${t("hint.reportNote",{max:y.note[1]})}</p>
          <textarea id=${n+"-note"} rows="2" maxLength=${y.note[1]} aria-describedby=${n+"-note-hint"}
            value=${a} onInput=${c=>d(c.currentTarget.value)}></textarea>
        </div>
        <button type="submit">${t("report.submit")}</button>
      </form>
    </details>`}function R(e,n={}){return A(e,{...n,token:de.value?.token})}var Je=100;async function F(e,n,{expand:r,sort:s="-created",limit:o=Je}={}){let a=new URLSearchParams({filter:n,sort:s,perPage:String(o+1),skipTotal:"1"});return r&&a.set("expand",r),(await R(`/api/collections/${e}/records?${a}`)).items}function U(e,n=[],r=()=>!0){let[s,o]=p({data:null,error:null}),a=Be(Je),d=Ue(()=>e(a.current).then(u=>o({data:u,error:null}),u=>o(m=>({data:m.data,error:u}))),[]);T(()=>{d();let u=()=>document.visibilityState==="visible"&&d();document.addEventListener("visibilitychange",u);let m=0,c=n.length?ft(n,de.value?.token,h=>{h?.record&&!r(h.record)||(clearTimeout(m),m=setTimeout(d,300))}):()=>{};return()=>{document.removeEventListener("visibilitychange",u),clearTimeout(m),c()}},[]);let l=Ue(()=>(a.current+=Je,d()),[]);return{...s,reload:d,limit:a.current,showMore:l}}function pe(e,n){return e.length>n?`${n}+`:String(e.length)}function $e({items:e,limit:n,render:r,showMore:s}){return i`
    <ul class="plain workspace-list">${e.slice(0,n).map(r)}</ul>
    ${e.length>n&&i`<p><button type="button" class="secondary" onClick=${s}>${t("workspace.more")}</button></p>`}`}function S({error:e,id:n}){if(!e)return null;if(!(e instanceof q))return i`<p class="error" id=${n} role="alert">${t("workspace.offline")}</p>`;let r=Object.entries(ce(e)),s=dt("error.status"+e.status)?t("error.status"+e.status):e.message;return i`
    <div class="error" id=${n} role="alert">
      <p>${s}</p>
      ${r.length>0&&i`<ul>${r.map(([o,a])=>i`<li key=${o}>${a}</li>`)}</ul>`}
    </div>`}function M(e){let[n,r]=p(null),[s,o]=p(!1);return{error:n,busy:s,run:async d=>{o(!0),r(null);try{await d(),await e()}catch(l){r(l)}finally{o(!1)}}}}function te({idea:e}){return i`
    <h4><a href=${"/ideas/"+e.id}>${e.title}</a></h4>
    <p class="meta">${t("idea.by",{name:e.author_name||t("idea.anonymous")})} · ${B(e.created)}</p>
    <p>${e.body}</p>`}function Se({record:e}){if(!e.moderation_reason&&!e.moderation_note)return null;let n=e.moderation_reason?t("report.reason."+e.moderation_reason):"";return i`<p>${t("workspace.hiddenBecause")} ${[n,e.moderation_note].filter(Boolean).join(": ")}</p>`}function J({id:e,label:n,hint:r,missing:s,value:o,setValue:a,rows:d=2,max:l=2e3}){let u=[r&&e+"-hint",s&&e+"-missing"].filter(Boolean).join(" ")||void 0;return i`
    <div class="field">
      <label for=${e}>${n}</label>
      ${r&&i`<p class="hint" id=${e+"-hint"}>${r}</p>`}
      ${s&&i`<p class="error" id=${e+"-missing"}>${s}</p>`}
      <textarea id=${e} rows=${d} maxLength=${l} required value=${o}
        aria-describedby=${u} aria-invalid=${s?"true":void 0}
        onInput=${m=>a(m.currentTarget.value)}></textarea>
    </div>`}function ne({name:e,legend:n,missing:r,value:s,setValue:o,choices:a}){return i`
    <fieldset aria-describedby=${r?e+"-missing":void 0}>
      <legend>${n}</legend>
      ${r&&i`<p class="error" id=${e+"-missing"}>${r}</p>`}
      <div class="choices">
        ${a.map(([d,l])=>i`
          <label class="choice" key=${d}>
            <input type="radio" name=${e} id=${e+"-"+d} value=${d} checked=${s===d}
              onChange=${()=>o(d)} />
            ${l}
          </label>`)}
      </div>
    </fieldset>`}var me=(e,n)=>e.name.localeCompare(n.name,"de"),We=e=>n=>{let r=X(e);return!("region"in n)||!r.length||r.some(s=>s.id===n.region)};function he(e){let n=e.flatMap(a=>a?.regions||[]),r=X({regions:n}).map(a=>`region='${a.id}'`),s=n.filter(a=>!O.value.has(a)).map(a=>`region='${a}' || region.parent='${a}'`),o=[...new Set([...r,...s])];return o.length?"("+o.join(" || ")+")":"region=''"}function X(e){return(e?.regions||[]).map(r=>O.value.get(r)).filter(Boolean).sort(me).flatMap(r=>[r,...V.regions.value.filter(s=>s.parent===r.id).sort(me)])}var Xe=10,_t=2e3;function Et({idea:e}){let[n,r]=p(""),[s,o]=p(!1),[a,d]=p(null),[l,u]=p(!1),[m,c]=p(!1);if(m)return i`<p class="notice" role="status">${t("appeal.done")}</p>`;let h=async w=>{w.preventDefault();let b=n.trim();if(b.length<Xe){o(!0),document.getElementById("appeal-text")?.focus();return}o(!1),u(!0),d(null);try{await R("/api/collections/appeals/records",{method:"POST",body:{appellant:g.value.id,idea:e.id,text:b}}),c(!0)}catch(k){d(k)}finally{u(!1)}},$=["appeal-hint",s&&"appeal-short"].filter(Boolean).join(" ");return i`
    <section aria-labelledby="appeal-title">
      <h2 id="appeal-title">${t("appeal.title")}</h2>
      <form class="stack" onSubmit=${h} noValidate>
        <div class="field">
          <label for="appeal-text">${t("appeal.label")}</label>
          <p class="hint" id="appeal-hint">${t("appeal.hint",{min:Xe,max:_t})}</p>
          ${s&&i`<p class="error" id="appeal-short">${t("appeal.short",{min:Xe})}</p>`}
          <textarea id="appeal-text" rows="4" maxLength=${_t} value=${n}
            aria-describedby=${$} aria-invalid=${s?"true":void 0}
            onInput=${w=>r(w.currentTarget.value)}></textarea>
        </div>
        <${S} error=${a} id="appeal-error" />
        <button type="submit" disabled=${l}>${t("appeal.submit")}</button>
      </form>
    </section>`}function fe({title:e,body:n}){let r={};return e.trim().length<y.title[0]&&(r.title=t("hint.titleShort",{min:y.title[0]})),n.trim().length<y.body[0]&&(r.body=t("hint.bodyShort",{min:y.body[0]})),r}function ge({prefix:e,form:n,set:r,errors:s,rows:o=8}){return i`
    <${D} id=${e+"-title"} label=${t("newIdea.titleLabel")} hint=${t("hint.title",{min:y.title[0],max:y.title[1]})}
      error=${s.title} control=${a=>i`
        <input ...${a} type="text" required maxLength=${y.title[1]} value=${n.title} onInput=${r("title")} />`} />
    <${D} id=${e+"-body"} label=${t("newIdea.bodyLabel")} hint=${t("hint.body",{min:y.body[0],max:y.body[1]})}
      error=${s.body} control=${a=>i`
        <textarea ...${a} rows=${o} required maxLength=${y.body[1]} value=${n.body} onInput=${r("body")}></textarea>`} />`}function At({idea:e}){let[n,r]=p(!1),[s,o]=p({title:e.title,body:e.body}),[a,d]=p({});if(!n)return i`
      <p><button type="button" class="secondary" onClick=${()=>{o({title:e.title,body:e.body}),r(!0)}}>${t("editIdea.open")}</button></p>`;let l=m=>c=>{let{value:h}=c.currentTarget;o($=>({...$,[m]:h}))};return i`
    <form class="stack" onSubmit=${async m=>{m.preventDefault();let c=fe(s);if(d(c),Object.keys(c).length){document.getElementById(c.title?"edit-title":"edit-body")?.focus();return}await gt(e,{title:s.title.trim(),body:s.body.trim()}),r(!1),document.querySelector("h1")?.focus()}} noValidate aria-labelledby="edit-idea-title">
      <h2 id="edit-idea-title">${t("editIdea.title")}</h2>
      <p class="hint">${t("editIdea.hint")}</p>
      <${ge} prefix="edit" form=${s} set=${l} errors=${a} />
      <div class="inline">
        <button type="submit">${t("editIdea.save")}</button>
        <button type="button" class="secondary" onClick=${()=>r(!1)}>${t("editIdea.cancel")}</button>
      </div>
    </form>`}function ln({idea:e}){let n=z.value.voted.get(e.id),r=De(e),s=!!n?.voted;return i`
    <section class="votes" aria-labelledby="votes-title">
      <h2 id="votes-title" class="visually-hidden">${t("idea.votesTitle")}</h2>
      <p class="vote-count">${t("ideas.votes",{count:e.votes_count||0})}</p>
      ${e.sync!=="synced"&&!e.status?i`<p class="hint">${t("idea.voteAfterSync")}</p>`:r&&!s?i`<p class="hint">${t("error."+r)}</p>`:i`
            <button type="button" class=${s?"secondary":""}
              onClick=${()=>s?bt(e.id):Oe(e.id)}>
              ${s?t("idea.retract"):t("idea.vote")}
            </button>
            ${s&&i` <span>${t("idea.youVoted")}</span>`}
            ${n?.sync==="pending"&&i` <${j} item=${n} />`}`}
      ${!g.value&&i`<p class="hint">${t("hint.signedOut")}</p>`}
    </section>`}function cn({history:e,organizationName:n}){return e.length?i`
    <section aria-labelledby="history-title">
      <h2 id="history-title">${t("idea.history")}</h2>
      <ol class="history">
        ${e.map(r=>{let s=n(r);return i`
            <li key=${r.id}>
              <p><strong>${t("status."+r.to)}</strong> · ${B(r.created)}${s&&i` · ${s}`}</p>
              ${r.response&&i`<blockquote><p>${r.response}</p></blockquote>`}
            </li>`})}
      </ol>
    </section>`:null}function un({history:e}){let n=[...e].reverse().find(r=>r.to==="declined");return i`
    <div class="notice">
      <p><strong>${t("idea.declined")}</strong></p>
      ${n?.response&&i`<blockquote><p>${n.response}</p></blockquote>`}
    </div>`}function mn({endorsements:e,organizationName:n}){return e.length?i`
    <section aria-labelledby="endorsements-title">
      <h2 id="endorsements-title">${t("idea.endorsements")}</h2>
      <ul class="plain">
        ${e.map(r=>i`
          <li key=${r.id}>
            <strong>${n(r)||t("idea.unknownOrganization")}</strong>
            ${r.note&&i`: ${r.note}`}
          </li>`)}
      </ul>
    </section>`:null}function pn({idea:e}){let[n,r]=p(""),[s,o]=p("");return i`
    <form class="stack" onSubmit=${async d=>{d.preventDefault();let l=n.trim();if(!l){o(t("hint.commentRequired")),document.getElementById("comment-body")?.focus();return}o(""),await vt(e.id,l),r("")}} noValidate>
      <div class="field">
        <label for="comment-body">${t("idea.commentLabel")}</label>
        <p class="hint" id="comment-hint">${t("hint.comment",{max:y.comment[1]})}</p>
        ${s&&i`<p class="error" id="comment-error">${s}</p>`}
        <textarea id="comment-body" rows="3" maxLength=${y.comment[1]} value=${n}
          aria-describedby=${s?"comment-hint comment-error":"comment-hint"} aria-invalid=${s?"true":void 0}
          onInput=${d=>r(d.currentTarget.value)}></textarea>
      </div>
      <button type="submit">${t("idea.commentSubmit")}</button>
    </form>`}function $n({idea:e,comments:n}){let r=z.value.reported;return i`
    <section aria-labelledby="comments-title">
      <h2 id="comments-title">${t("idea.commentsTitle",{count:n.length})}</h2>
      ${n.length===0&&i`<p>${t("idea.noComments")}</p>`}
      <ul class="comments">
        ${n.map(s=>i`
          <li key=${s.id}>
            <article class="comment">
              <p class="meta"><strong>${s.author_name||t("idea.anonymous")}</strong> <span>${B(s.created)}</span> <${j} item=${s} /></p>
              <p class="body">${s.body}</p>
              ${s.sync==="synced"&&s.author!==g.value?.id&&(r.has(s.id)?i`<p class="hint">${t("report.done")}</p>`:i`<${Qe} target=${{comment:s.id}} id=${"report-"+s.id} label=${t("report.comment")} />`)}
            </article>
          </li>`)}
      </ul>
      ${st(e)?i`<${pn} idea=${e} />`:i`<p class="hint">${t("idea.commentsClosed")}</p>`}
    </section>`}function hn(e,n){let[r,s]=p(null);return T(()=>{if(!n||!navigator.onLine)return;A(`/api/collections/ideas/records/${encodeURIComponent(e)}?expand=comments_via_idea,status_changes_via_idea.organization,endorsements_via_idea.organization`).then(s).catch(()=>s({missing:!0}))},[e,n]),r}var Mt=(e,n)=>e.created<n.created?-1:1;function fn(e){let n=z.value.ideas.get(e),r=hn(e,E.value&&!n),s=Ae.value;if(n)return{idea:n,comments:(z.value.comments.get(e)||[]).filter(d=>d.sync!=="rejected"),history:z.value.history.get(e)||[],endorsements:z.value.endorsements.get(e)||[],organizationName:d=>s.get(d.organization)?.name};if(!r||r.missing)return r;let{expand:o={},...a}=r;return{idea:{...a,sync:"synced"},comments:(o.comments_via_idea||[]).filter(d=>d.state==="visible").sort(Mt).map(d=>({...d,sync:"synced"})),history:(o.status_changes_via_idea||[]).sort(Mt),endorsements:o.endorsements_via_idea||[],organizationName:d=>d.expand?.organization?.name||s.get(d.organization)?.name}}function gn({id:e}){let n=fn(e),r=n?.idea;x(r?.title||t("nav.ideas"));let s=!r&&(!E.value||n===null&&navigator.onLine);if(I(!s),!r)return s?i`<p>${t("common.loading")}</p>`:i`<${Ve} />`;let o=O.value.get(r.region)?.name,a=N.value.get(r.service),d=r.merged_into&&z.value.ideas.get(r.merged_into),l=r.author&&r.author===g.value?.id;return i`
    <p><a href="/ideas">${t("idea.back")}</a></p>
    <article class="idea">
      <h1 tabindex="-1">${r.title}</h1>
      <p class="meta">
        <${P} status=${r.status} /> <${j} item=${r} />
        <span>${t("idea.by",{name:r.author_name||t("idea.anonymous")})}</span>
        ${o&&i`<span>${o}</span>`}
        <span>${B(r.created)}</span>
      </p>
      ${!C.value&&i`<p class="notice">${t("idea.chooseRegion")} <a href="/region">${t("region.title")}</a></p>`}
      ${r.sync==="pending"&&i`<p class="notice notice-pending">${t("idea.pendingNote")}</p>`}
      ${r.sync==="rejected"&&i`
        <div class="notice notice-error"><${ue} error=${r.mutation.error} /> <a href="/mine">${t("notice.review")}</a></div>`}
      ${r.hidden&&i`<${we} record=${r} />`}
      ${r.status==="submitted"&&!r.hidden&&i`<p class="notice">${t("idea.awaitingModeration")}</p>`}
      ${r.status==="declined"&&i`<${un} history=${n.history} />`}
      ${r.status==="merged"&&i`
        <p class="notice">${t("idea.merged")} ${d?i`<a href=${"/ideas/"+d.id}>${d.title}</a>`:i`<a href=${"/ideas/"+r.merged_into}>${t("idea.mergedUnknown")}</a>`}</p>`}
      ${r.sync==="synced"&&l&&r.hidden&&navigator.onLine&&i`<${Et} idea=${r} />`}
      <div class="body">${r.body}</div>
      ${rt(r,g.value?.id)&&i`<${At} key=${r.id} idea=${r} />`}
      ${(a||r.topic)&&i`
        <p class="meta">
          ${a&&i`<span>${t("idea.service")} <a href=${"/services/"+a.id}><${Q} service=${a} /></a></span>`}
          ${r.topic&&i`<span>${t("idea.topic")} ${t("topic."+r.topic)}</span>`}
        </p>`}
      ${r.sync!=="rejected"&&i`<${ln} idea=${r} />`}
      <${mn} endorsements=${n.endorsements} organizationName=${n.organizationName} />
      <${cn} history=${n.history} organizationName=${n.organizationName} />
      ${r.sync==="synced"&&i`<${$n} idea=${r} comments=${n.comments} />`}

      ${r.sync==="synced"&&!l&&(z.value.reported.has(r.id)?i`<p class="hint">${t("report.done")}</p>`:i`<${Qe} target=${{idea:r.id}} id="report-idea" label=${t("report.idea")} />`)}
    </article>`}function bn(e,n){let[r,s]=p({items:[],offline:!1});return T(()=>{if(!n||e.trim().length<12){s({items:[],offline:!1});return}let o=!0,a=setTimeout(()=>{let d=[...z.value.ideas.values()].filter(l=>l.sync==="synced"&&l.status&&l.status!=="submitted");zt(e,n.id,d).then(l=>o&&s(l)).catch(()=>{})},600);return()=>{o=!1,clearTimeout(a)}},[e,n?.id]),r}function vn({similar:e}){let n=e.items.map(r=>z.value.ideas.get(r.id)||{...r,sync:"synced"});return i`
    <section class="similar" aria-labelledby="similar-title">
      <h2 id="similar-title">${t("newIdea.similarTitle")}</h2>
      <div role="status">
        ${n.length===0?i`<p class="hint">${t("newIdea.similarNone")}</p>`:i`<p>${t(e.offline?"newIdea.similarFoundOffline":"newIdea.similarFound",{count:n.length})}</p>`}
      </div>
      <ul class="ideas">
        ${n.map(r=>{let s=z.value.voted.get(r.id);return i`
            <li key=${r.id}>
              <article class="idea-card">
                <h3 class="idea-title"><a href=${"/ideas/"+r.id}>${r.title}</a></h3>
                <p class="meta"><${P} status=${r.status} /> <span>${t("ideas.votes",{count:r.votes_count||0})}</span></p>
                ${s?.voted?i`<p>${t("idea.youVoted")}</p>`:!De(r)&&i`
                    <button type="button" class="secondary" onClick=${()=>Oe(r.id)}>
                      ${t("newIdea.supportInstead")}<span class="visually-hidden">: ${r.title}</span>
                    </button>`}
              </article>
            </li>`})}
      </ul>
    </section>`}function wn(){let e=C.value;x(t("newIdea.title")),I(E.value);let[n,r]=p({title:"",body:"",where:"place",service:"",topic:""}),[s,o]=p({}),a=bn(n.title+" "+n.body,e);if(!e)return i`<h1 tabindex="-1">${t("newIdea.title")}</h1><p>${t("region.needed")}</p><${Z} after="/ideas/new" />`;let d=c=>h=>{let{value:$}=h.currentTarget;r(w=>({...w,[c]:$}))},l=O.value.get(e.parent)?.name,u=ye(V.services.value,e).sort((c,h)=>c.name.localeCompare(h.name,"de")),m=async c=>{c.preventDefault();let h=fe(n);if(o(h),Object.keys(h).length){document.getElementById(h.title?"idea-title":"idea-body")?.focus();return}let $=await Ce({title:n.title.trim(),body:n.body.trim(),region:n.where==="district"&&e.parent?e.parent:e.id,service:n.service,topic:n.topic});ee("/ideas/"+$)};return i`
    <h1 tabindex="-1">${t("newIdea.title")}</h1>
    <p>${t("hint.newIdea")}</p>
    <form class="stack" onSubmit=${m} noValidate>
      <${ge} prefix="idea" form=${n} set=${d} errors=${s} />
      <${vn} similar=${a} />
      ${e.parent&&i`
        <${D} id="idea-where" label=${t("newIdea.whereLabel")} hint=${t("hint.where")} control=${c=>i`
          <select ...${c} value=${n.where} onChange=${d("where")}>
            <option value="place">${e.name}</option>
            <option value="district">${t("newIdea.wholeDistrict",{name:l||""})}</option>
          </select>`} />`}
      <${D} id="idea-service" label=${t("newIdea.serviceLabel")} hint=${t("hint.service")} control=${c=>i`
        <select ...${c} value=${n.service} onChange=${d("service")}>
          <option value="">${t("newIdea.none")}</option>
          ${u.map(h=>i`<option value=${h.id}>${h.name}</option>`)}
        </select>`} />
      <${D} id="idea-topic" label=${t("newIdea.topicLabel")} hint=${t("hint.topic")} control=${c=>i`
        <select ...${c} value=${n.topic} onChange=${d("topic")}>
          <option value="">${t("newIdea.none")}</option>
          ${se.map(h=>i`<option value=${h}>${t("topic."+h)}</option>`)}
        </select>`} />
      ${!g.value&&i`<p class="hint">${t("hint.signedOut")}</p>`}
      <button type="submit">${t("newIdea.submit")}</button>
    </form>`}var Nt={"idea.create":[["title","newIdea.titleLabel","input"],["body","newIdea.bodyLabel","textarea"]],"idea.update":[["title","newIdea.titleLabel","input"],["body","newIdea.bodyLabel","textarea"]],"comment.create":[["body","idea.commentLabel","textarea"]],"feedback.create":[["text","rate.text","textarea"]],"report.create":[["note","report.note","textarea"]]};function Ct(e){let n=r=>z.value.ideas.get(r)?.title||t("mine.unknownIdea");switch(e.type){case"idea.create":return t("mine.what.idea",{title:e.args.title});case"idea.update":return t("mine.what.edit",{title:e.args.title||n(e.args.id)});case"comment.create":return t("mine.what.comment",{title:n(e.args.idea)});case"vote.cast":return t("mine.what.vote",{title:n(e.args.idea)});case"vote.retract":return t("mine.what.retract",{title:n(e.args.idea)});case"feedback.create":return t("mine.what.feedback",{name:H(N.value.get(e.args.service)),rating:e.args.rating});case"report.create":return t("mine.what.report");default:return e.type}}function kn({mutation:e,onDone:n}){let r=Nt[e.type]||[],[s,o]=p(Object.fromEntries(r.map(([d])=>[d,e.args[d]||""])));return i`
    <form class="stack fix" onSubmit=${async d=>{d.preventDefault(),await yt(e.id,s),n()}}>
      ${r.map(([d,l,u])=>{let m=`fix-${e.id}-${d}`,c={id:m,value:s[d],onInput:h=>o({...s,[d]:h.currentTarget.value})};return i`
          <div class="field">
            <label for=${m}>${t(l)}</label>
            ${u==="input"?i`<input type="text" maxLength=${y.title[1]} ...${c} />`:i`<textarea rows="4" ...${c}></textarea>`}
          </div>`})}
      <button type="submit">${t("mine.sendAgain")}</button>
    </form>`}function Ot({mutation:e}){let[n,r]=p(!1),s=e.state==="rejected",o=s&&Nt[e.type];return i`
    <li class=${s?"queued rejected":"queued"}>
      <p><span>${Ct(e)}</span> <${j} item=${{sync:e.state}} /></p>
      ${s&&i`<${ue} error=${e.error} />`}
      <div class="inline">
        ${o&&!n&&i`<button type="button" onClick=${()=>r(!0)}>${t("mine.fix")}</button>`}
        <button type="button" class="secondary" onClick=${()=>kt(e.id)}>
          ${t("mine.discard")}<span class="visually-hidden">: ${Ct(e)}</span>
        </button>
      </div>
      ${n&&i`<${kn} mutation=${e} onDone=${()=>r(!1)} />`}
    </li>`}function yn(){x(t("mine.title")),I(E.value);let e=g.value,{mutations:n,ideas:r,comments:s,feedback:o,voted:a}=z.value,d=n.filter($=>$.state==="rejected"),l=n.filter($=>$.state==="pending"),u=[...r.values()].filter($=>$.sync==="synced"&&e&&$.author===e.id),m=[...s.values()].flat().filter($=>$.sync==="synced"&&e&&$.author===e.id),c=o.filter($=>$.sync==="synced"),h=[...a.entries()].filter(([,$])=>$.voted&&$.sync==="synced").map(([$])=>r.get($)).filter(Boolean);return i`
    <h1 tabindex="-1">${t("mine.title")}</h1>
    ${!e&&i`<p>${t("mine.signedOut")} <a href=${L()}>${t("nav.signIn")}</a></p>`}
    <section aria-labelledby="rejected-title">
      <h2 id="rejected-title">${t("mine.rejected")}</h2>
      ${d.length===0?i`<p>${t("mine.noneRejected")}</p>`:i`
        <p>${t("mine.rejectedHelp")}</p>
        <ul class="plain">${d.map($=>i`<${Ot} key=${$.id} mutation=${$} />`)}</ul>`}
    </section>
    <section aria-labelledby="pending-title">
      <h2 id="pending-title">${t("mine.pending")}</h2>
      ${l.length===0?i`<p>${t("mine.nonePending")}</p>`:i`
        <ul class="plain">${l.map($=>i`<${Ot} key=${$.id} mutation=${$} />`)}</ul>`}
    </section>
    ${e&&i`
      <section aria-labelledby="my-ideas-title">
        <h2 id="my-ideas-title">${t("mine.ideas")}</h2>
        ${u.length===0?i`<p>${t("mine.none")}</p>`:i`
          <ul class="plain">${u.map($=>i`
            <li key=${$.id}><a href=${"/ideas/"+$.id}>${$.title}</a> ${!$.hidden&&i`<${P} status=${$.status} />`}
              ${$.hidden&&i`<${we} record=${$} appeal=${"/ideas/"+$.id+"#appeal-title"} />`}</li>`)}</ul>`}
      </section>
      <section aria-labelledby="my-comments-title">
        <h2 id="my-comments-title">${t("mine.comments")}</h2>
        ${m.length===0?i`<p>${t("mine.none")}</p>`:i`
          <ul class="plain">${m.map($=>i`
            <li key=${$.id}>${t("mine.commentOn")} <a href=${"/ideas/"+$.idea}>${r.get($.idea)?.title||t("mine.unknownIdea")}</a>: ${$.body}
              ${$.state==="hidden"&&i`<${we} record=${$} />`}</li>`)}</ul>`}
      </section>
      <section aria-labelledby="my-votes-title">
        <h2 id="my-votes-title">${t("mine.votes")}</h2>
        ${h.length===0?i`<p>${t("mine.none")}</p>`:i`
          <ul class="plain">${h.map($=>i`<li key=${$.id}><a href=${"/ideas/"+$.id}>${$.title}</a></li>`)}</ul>`}
      </section>
      <section aria-labelledby="my-feedback-title">
        <h2 id="my-feedback-title">${t("mine.feedback")}</h2>
        ${c.length===0?i`<p>${t("mine.none")}</p>`:i`
          <ul class="plain">${c.map($=>i`
            <li key=${$.id} class="my-feedback"><a href=${"/services/"+$.service}>${N.value.get($.service)&&i`<${Q} service=${N.value.get($.service)} />`}</a>:
              ${t("service.myRating",{rating:$.rating,date:B($.created)})}
              <${qe} feedback=${$} /></li>`)}</ul>`}
      </section>
      ${V.reports.value.length>0&&i`
        <section aria-labelledby="my-reports-title">
          <h2 id="my-reports-title">${t("mine.reports")}</h2>
          <p>${t("mine.reportsCount",{count:V.reports.value.length})}</p>
        </section>`}`}`}async function Ft(e){if(!C.value&&e.home_region){let n=O.value.get(e.home_region)||await A(`/api/collections/regions/records/${encodeURIComponent(e.home_region)}`).catch(()=>null);n&&ot(n)}Me()}function In(){let e=Fe.value.query.get("next")||"/";return e.startsWith("/")&&!e.startsWith("//")?e:"/"}function Pt(e){if(e instanceof q){let n=ce(e);return{fields:n,message:Object.keys(n).length?t("account.fixFields"):e.message}}return{fields:{},message:t("account.offline")}}function Lt({message:e}){return i`<div role="alert">${e&&i`<p class="error">${e}</p>`}</div>`}function xn(){x(t("signIn.title")),I(!0);let[e,n]=p(""),[r,s]=p(""),[o,a]=p({fields:{},message:"",busy:!1}),d=async l=>{l.preventDefault(),a({fields:{},message:"",busy:!0});try{await Ft(await ut(e.trim(),r)),ee(In())}catch(u){let m=Pt(u);u instanceof q&&u.status===400&&!Object.keys(m.fields).length&&(m.message=t("signIn.wrong")),a({...m,busy:!1})}};return i`
    <h1 tabindex="-1">${t("signIn.title")}</h1>
    ${g.value&&!ct.value&&i`<p>${t("nav.signedInAs",{name:g.value.display_name})}</p>`}
    <p>${t("signIn.intro")}</p>
    <form class="stack" onSubmit=${d}>
      <${Lt} message=${o.message} />
      <${D} id="signin-email" label=${t("account.email")} error=${o.fields.identity} control=${l=>i`
        <input ...${l} type="email" autocomplete="username" required value=${e} onInput=${u=>n(u.currentTarget.value)} />`} />
      <${D} id="signin-password" label=${t("account.password")} error=${o.fields.password} control=${l=>i`
        <input ...${l} type="password" autocomplete="current-password" required value=${r}
          onInput=${u=>s(u.currentTarget.value)} />`} />
      <button type="submit" disabled=${o.busy}>${t("signIn.submit")}</button>
    </form>
    <p>${t("signIn.noAccount")} <a href="/signup">${t("signUp.title")}</a></p>`}function Sn(){x(t("signUp.title")),I(!0);let[e,n]=p({displayName:"",email:"",password:"",passwordConfirm:""}),[r,s]=p({fields:{},message:"",busy:!1}),o=d=>l=>{let{value:u}=l.currentTarget;n(m=>({...m,[d]:u}))},a=async d=>{d.preventDefault(),s({fields:{},message:"",busy:!0});try{let l=await mt({...e,email:e.email.trim(),displayName:e.displayName.trim(),homeRegion:C.value?.id,locale:ae.value});await Ft(l),ee("/")}catch(l){s({...Pt(l),busy:!1})}};return i`
    <h1 tabindex="-1">${t("signUp.title")}</h1>
    <p>${t("signUp.intro")}</p>
    <form class="stack" onSubmit=${a}>
      <${Lt} message=${r.message} />
      <${D} id="signup-name" label=${t("account.displayName")}
        hint=${t("hint.displayName",{min:y.displayName[0],max:y.displayName[1]})}
        error=${r.fields.display_name} control=${d=>i`
          <input ...${d} type="text" autocomplete="nickname" required minLength=${y.displayName[0]} maxLength=${y.displayName[1]}
            value=${e.displayName} onInput=${o("displayName")} />`} />
      <${D} id="signup-email" label=${t("account.email")} hint=${t("hint.email")} error=${r.fields.email} control=${d=>i`
        <input ...${d} type="email" autocomplete="email" required value=${e.email} onInput=${o("email")} />`} />
      <${D} id="signup-password" label=${t("account.password")} hint=${t("hint.password",{min:y.password[0]})}
        error=${r.fields.password} control=${d=>i`
          <input ...${d} type="password" autocomplete="new-password" required minLength=${y.password[0]}
            value=${e.password} onInput=${o("password")} />`} />
      <${D} id="signup-password-confirm" label=${t("account.passwordConfirm")} error=${r.fields.passwordConfirm}
        control=${d=>i`
          <input ...${d} type="password" autocomplete="new-password" required value=${e.passwordConfirm} onInput=${o("passwordConfirm")} />`} />
      <button type="submit" disabled=${r.busy}>${t("signUp.submit")}</button>
    </form>
    <p>${t("signUp.haveAccount")} <a href="/signin">${t("signIn.title")}</a></p>`}var qt=re(!1);function Rn(){x(t("accountPage.title")),I(!0);let e=K(),n=g.value;return n?i`
    <h1 tabindex="-1">${t("accountPage.title")}</h1>
    <p>${t("accountPage.signedInAs",{name:n.display_name,email:n.email||""})}</p>
    ${!e&&i`<p class="notice notice-warning" id="account-offline">${t("accountPage.offline")}</p>`}
    <${Bn} online=${e} />
    <${Tn} online=${e} />`:i`
      <h1 tabindex="-1">${t("accountPage.title")}</h1>
      ${qt.value?i`<p role="status" class="notice">${t("delete.done")}</p>`:i`<p><a href=${L()}>${t("accountPage.signInFirst")}</a></p>`}`}function Bn({online:e}){let[n,r]=p({busy:!1,file:null,error:""});T(()=>()=>n.file&&URL.revokeObjectURL(n.file.url),[n.file]);let s=async()=>{r({busy:!0,file:null,error:""});try{let o=await A("/api/me/export",{token:de.value.token,timeout:12e4}),a=new Blob([JSON.stringify(o,null,2)],{type:"application/json"});r({busy:!1,file:{url:URL.createObjectURL(a),size:a.size},error:""})}catch(o){r({busy:!1,file:null,error:o instanceof q?o.message:t("accountPage.offline")})}};return i`
    <section aria-labelledby="export-title" class="stack">
      <h2 id="export-title">${t("export.title")}</h2>
      <p>${t("export.intro")}</p>
      <button type="button" class="secondary" onClick=${s} disabled=${!e||n.busy}
        aria-describedby=${e?void 0:"account-offline"}>
        ${n.busy?t("export.preparing"):t("export.prepare")}
      </button>
      <div role="status">
        ${n.file&&i`
          <p>${t("export.ready")}${" "}
            <a href=${n.file.url} download="mitwirken-daten.json" class="download">
              ${t("export.download",{size:lt(Math.max(1,Math.round(n.file.size/1024)))})}
            </a>
          </p>`}
        ${n.error&&i`<p class="error">${n.error}</p>`}
      </div>
    </section>`}function Tn({online:e}){let[n,r]=p(""),[s,o]=p(!1),[a,d]=p({busy:!1,fields:{},message:""}),l=async u=>{u.preventDefault(),d({busy:!0,fields:{},message:""});try{await A("/api/me/delete",{method:"POST",token:de.value.token,body:{password:n,delete_contributions:s}}),qt.value=!0,await ht(),Me()}catch(m){let c=m instanceof q?ce(m):{},h=m instanceof q?Object.keys(c).length?"":m.message:t("accountPage.offline");d({busy:!1,fields:c,message:h})}};return i`
    <section aria-labelledby="delete-title" class="stack">
      <h2 id="delete-title">${t("delete.title")}</h2>
      <ul>
        <li>${t("delete.private")}</li>
        <li>${t("delete.public")}</li>
        <li>${t("delete.devices")}</li>
        <li>${t("delete.final")}</li>
      </ul>
      <form class="stack" onSubmit=${l}>
        <div role="alert">${a.message&&i`<p class="error">${a.message}</p>`}</div>
        <div class="field">
          <label class="choice">
            <input type="checkbox" id="delete-contributions" checked=${s} aria-describedby="delete-contributions-hint"
              onChange=${u=>o(u.currentTarget.checked)} />
            ${t("delete.contributions")}
          </label>
          <p class="hint" id="delete-contributions-hint">${t("delete.contributionsHint")}</p>
        </div>
        <${D} id="delete-password" label=${t("delete.password")} error=${a.fields.password} control=${u=>i`
          <input ...${u} type="password" autocomplete="current-password" required value=${n}
            onInput=${m=>r(m.currentTarget.value)} />`} />
        <button type="submit" class="danger" disabled=${!e||a.busy}
          aria-describedby=${e?void 0:"account-offline"}>${t("delete.submit")}</button>
      </form>
    </section>`}var Re=re(null),Ye;function Vt(){return Ye||(Ye=(async()=>{Re.value=await _e("platform").catch(()=>null)||Re.value;try{let e=await A("/api/platform");Re.value=e,await Ee("platform",e).catch(()=>{})}catch{}})()),Ye}var jt={de:()=>import("./chunk-IVNRD7VF.js"),en:()=>import("./chunk-2PSZFIGX.js"),"de-simple":()=>import("./chunk-2OKPLU3M.js")},be={};function Wt(){let e=ae.value,[,n]=p(0),r=be.de&&be[e];return T(()=>{r||Promise.all([jt.de(),jt[e]()]).then(([s,o])=>{be.de=s.default,be[e]=o.default,n(a=>a+1)})},[e]),r?(s,o={})=>{let a=be[e][s]??be.de[s];return typeof a=="string"?a.replace(/\{(\w+)\}/g,(d,l)=>o[l]??d):a}:null}function Ut({sections:e}){return e.map(([n,r])=>i`
    <section>
      <h2>${n}</h2>
      ${r.map(s=>i`<p>${s}</p>`)}
    </section>`)}function zn(){x(t("help.title"));let e=Wt();return I(e),i`
    <h1 tabindex="-1">${t("help.title")}</h1>
    ${e?i`<${Ut} sections=${e("help.sections")} />`:i`<p>${t("common.loading")}</p>`}
    <p><a href="/accessibility">${t("nav.accessibility")}</a></p>`}function Dn(){x(t("nav.accessibility"));let e=Wt();if(I(e),T(()=>{Vt()},[]),!e)return i`<h1 tabindex="-1">${t("nav.accessibility")}</h1><p>${t("common.loading")}</p>`;let n=encodeURIComponent(e("a11y.mailSubject")),r=Re.value?.contactEmail;return i`
    <h1 tabindex="-1">${e("a11y.title")}</h1>
    <${Ut} sections=${e("a11y.sections")} />
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
    </section>`}function Kt(e){return F("appeals","status='open'",{expand:"idea,comment",sort:"created",limit:e})}function _n({error:e,id:n}){return e instanceof q&&e.status===404?i`<p class="error" id=${n} role="alert">${t("workspace.appealRefused")}</p>`:i`<${S} error=${e} id=${n} />`}function En({appeal:e,done:n}){let r="appeal-"+e.id,[s,o]=p(""),[a,d]=p(""),[l,u]=p({}),{error:m,busy:c,run:h}=M(n);return i`
    <form class="stack workspace-form" onSubmit=${w=>{w.preventDefault();let b={decision:!s,note:!a.trim()};return u(b),b.decision?document.getElementById(r+"-decision-upheld")?.focus():b.note?document.getElementById(r+"-note")?.focus():h(()=>R(`/api/collections/appeals/records/${encodeURIComponent(e.id)}`,{method:"PATCH",body:{status:s,decided_by:g.value.id,decision_note:a.trim()}}))}} noValidate>
      <${ne} name=${r+"-decision"} legend=${t("workspace.appealDecision")} value=${s} setValue=${o}
        missing=${l.decision&&t("workspace.appealDecisionRequired")}
        choices=${["upheld","rejected"].map(w=>[w,t("workspace.appeal."+w)])} />
      <${J} id=${r+"-note"} label=${t("workspace.appealNote")} hint=${t("workspace.appealNoteHint")}
        missing=${l.note&&t("workspace.appealNoteRequired")} value=${a} setValue=${d} />
      ${m&&i`<${_n} error=${m} id=${r+"-error"} />`}
      <button type="submit" disabled=${c}>${t("workspace.appealDecide")}</button>
    </form>`}function Ht({appeal:e,done:n}){let r=e.expand?.idea,s=e.expand?.comment,o=r||s,a=e.hidden_by&&e.hidden_by===g.value?.id;return i`
    <li class="workspace-item">
      <p><strong>${t("workspace.appealFiled")}</strong> ${B(e.created)}</p>
      ${r&&i`<${te} idea=${r} />`}
      ${s&&i`<h4>${t("workspace.comment",{name:s.author_name||t("idea.anonymous")})}</h4><p>${s.body}</p>`}
      ${o&&i`<${Se} record=${o} />`}
      <blockquote><p>${e.text}</p></blockquote>
      ${a?i`<p class="notice">${t("workspace.appealColleague")}</p>`:i`<${En} appeal=${e} done=${n} />`}
    </li>`}function Zt({idea:e,organization:n,endorsement:r,done:s}){let o="endorse-"+e.id,{error:a,busy:d,run:l}=M(s),u=()=>l(()=>R("/api/collections/endorsements/records",{method:"POST",body:{idea:e.id,organization:n.id,by:g.value.id}})),m=()=>l(()=>R(`/api/collections/endorsements/records/${encodeURIComponent(r.id)}`,{method:"DELETE"})),c=n.name||"";return i`
    <div class="inline">
      ${r?i`
          <p>${t("workspace.endorsed",{name:c})}</p>
          <button type="button" class="secondary" disabled=${d} onClick=${m}>
            ${t("workspace.withdraw")}<span class="visually-hidden">: ${e.title}</span>
          </button>`:i`
          <button type="button" class="secondary" disabled=${d} onClick=${u}>
            ${t("workspace.endorse",{name:c})}<span class="visually-hidden">: ${e.title}</span>
          </button>`}
      <${S} error=${a} id=${o+"-error"} />
    </div>`}function An(e){let n=new URLSearchParams({text:`${e.title} ${e.body}`,region:e.region,limit:"5"});return R(`/api/ideas/similar?${n}`).then(r=>(r?.items||[]).filter(s=>s.id!==e.id))}function Mn({idea:e,organization:n,done:r}){let s="merge-"+e.id,[o,a]=p(null),[d,l]=p(null),[u,m]=p(""),[c,h]=p(t("workspace.mergeResponseDefault")),[$,w]=p({}),{error:b,busy:k,run:v}=M(r);T(()=>{An(e).then(a,l)},[e.id]);let f=G=>{G.preventDefault();let ie={target:!u,response:!c.trim()};return w(ie),ie.target?document.getElementById(`${s}-target-${o[0].id}`)?.focus():ie.response?document.getElementById(s+"-response")?.focus():v(()=>R("/api/collections/status_changes/records",{method:"POST",body:{idea:e.id,to:"merged",merged_into:u,response:c.trim(),actor:g.value.id,organization:n}}))};if(d)return i`<${S} error=${d} id=${s+"-load-error"} />`;if(!o)return i`<p>${t("common.loading")}</p>`;if(!o.length)return i`<p class="muted">${t("workspace.mergeNone")}</p>`;let _=o.map(G=>[G.id,i`
    <span>${G.title} <${P} status=${G.status} />
      ${" "}<span class="meta">${t("workspace.mergeSimilarity",{percent:Math.round((G.score||0)*100)})}</span></span>`]);return i`
    <form class="stack workspace-form" onSubmit=${f} noValidate>
      <${ne} name=${s+"-target"} legend=${t("workspace.mergeTarget")} value=${u} setValue=${m}
        missing=${$.target&&t("workspace.mergeTargetRequired")} choices=${_} />
      <${J} id=${s+"-response"} label=${t("workspace.response")} hint=${t("workspace.responseHint")}
        missing=${$.response&&t("workspace.responseRequired")} value=${c} setValue=${h} max=${5e3} />
      <${S} error=${b} id=${s+"-error"} />
      <button type="submit" disabled=${k}>${t("workspace.merge")}</button>
    </form>`}function et({idea:e,organization:n,done:r}){let[s,o]=p(!1);return i`
    <div>
      <button type="button" class="secondary" aria-expanded=${s?"true":"false"} onClick=${()=>o(!s)}>
        ${t("workspace.mergeOpen")}<span class="visually-hidden">: ${e.title}</span>
      </button>
      ${s&&i`<${Mn} idea=${e} organization=${n} done=${r} />`}
    </div>`}var Cn="status!='submitted' && status!='implemented' && status!='declined' && status!='merged' && hidden=false",On=["ideas/*","comments/*","reports/*","appeals/*","endorsements/*"];async function Nn(e,n){let[r,s,o,a,d,l]=await Promise.all([F("ideas","status='submitted' && hidden=false",{sort:"created",limit:n}),Kt(n),F("reports","dismissed=false && ((idea!='' && idea.hidden=false) || (comment!='' && comment.state='visible'))",{expand:"idea,comment",sort:"created",limit:n}),F("ideas","hidden=true",{limit:n}),F("comments","state='hidden'",{limit:n}),F("ideas",`${Cn} && ${he([e])}`,{limit:n})]),u=l.slice(0,n).map(c=>`idea='${c.id}'`),m=u.length?await F("endorsements",`organization='${e.id}' && (${u.join(" || ")})`,{limit:n}):[];return{submitted:r,appeals:s,reports:o,hiddenIdeas:a,hiddenComments:d,open:l,endorsements:new Map(m.map(c=>[c.idea,c]))}}var tt=(e,n)=>`/api/collections/${e}/records/${encodeURIComponent(n)}`;function Qt({kind:e,record:n,done:r}){let s=`hide-${e}-${n.id}`,[o,a]=p(""),[d,l]=p(""),[u,m]=p(!1),{error:c,busy:h,run:$}=M(r);return i`
    <form class="stack workspace-form" onSubmit=${b=>{if(b.preventDefault(),!o){m(!0),document.getElementById(s+"-reason")?.focus();return}m(!1);let k=e==="ideas"?{hidden:!0}:{state:"hidden"};$(()=>R(tt(e,n.id),{method:"PATCH",body:{...k,moderation_reason:o,moderation_note:d.trim()}}))}} noValidate>
      <div class="field">
        <label for=${s+"-reason"}>${t("workspace.hideReason")}</label>
        ${u&&i`<p class="error" id=${s+"-missing"}>${t("report.reasonRequired")}</p>`}
        <select id=${s+"-reason"} value=${o} aria-invalid=${u?"true":void 0}
          aria-describedby=${u?s+"-missing":void 0} onChange=${b=>a(b.currentTarget.value)}>
          <option value="">${t("report.choose")}</option>
          ${ze.map(b=>i`<option value=${b}>${t("report.reason."+b)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for=${s+"-note"}>${t("workspace.hideNote")}</label>
        <textarea id=${s+"-note"} rows="2" maxLength=${y.note[1]} value=${d}
          onInput=${b=>l(b.currentTarget.value)}></textarea>
      </div>
      <${S} error=${c} id=${s+"-error"} />
      <button type="submit" disabled=${h}>${t("workspace.hide")}</button>
    </form>`}function Fn({idea:e,organization:n,done:r}){let{error:s,busy:o,run:a}=M(r),d=()=>a(()=>R("/api/collections/status_changes/records",{method:"POST",body:{idea:e.id,to:"published",actor:g.value.id,organization:n}}));return i`
    <${S} error=${s} id=${"publish-"+e.id+"-error"} />
    <button type="button" disabled=${o} onClick=${d}>${t("workspace.publish")}</button>`}function Gt({kind:e,record:n,done:r}){let{error:s,busy:o,run:a}=M(r),d=e==="ideas"?{hidden:!1}:{state:"visible"};return i`
    <${S} error=${s} id=${"restore-"+n.id+"-error"} />
    <button type="button" class="secondary" disabled=${o}
      onClick=${()=>a(()=>R(tt(e,n.id),{method:"PATCH",body:d}))}>${t("workspace.restore")}</button>`}function Pn({report:e,done:n}){let r="dismiss-"+e.id,[s,o]=p(""),[a,d]=p(!1),{error:l,busy:u,run:m}=M(n);return i`
    <form class="stack workspace-form" onSubmit=${h=>{if(h.preventDefault(),!s.trim()){d(!0),document.getElementById(r+"-reason")?.focus();return}d(!1),m(()=>R(tt("reports",e.id),{method:"PATCH",body:{dismissed:!0,dismiss_reason:s.trim()}}))}} noValidate>
      <${J} id=${r+"-reason"} label=${t("workspace.dismissReason")} hint=${t("workspace.dismissHint")}
        missing=${a&&t("workspace.dismissReasonRequired")} value=${s} setValue=${o} max=${1e3} />
      <${S} error=${l} id=${r+"-error"} />
      <button type="submit" disabled=${u}>${t("workspace.dismiss")}</button>
    </form>`}function Y({label:e=t("workspace.moreActions"),children:n}){return i`<details class="more-actions"><summary>${e}</summary><div class="stack">${n}</div></details>`}function Ln({report:e,confirm:n}){let r=e.expand?.idea,s=e.expand?.comment,o=t("report.reason."+e.reason)+(e.note?": "+e.note:""),a=r||s,d=a?.author&&a.author===g.value?.id;return i`
    <li class="workspace-item">
      <p><strong>${t("workspace.reportedFor")}</strong> ${o} · ${B(e.created)}</p>
      ${r&&i`<${te} idea=${r} />`}
      ${s&&i`<h4>${t("workspace.comment",{name:s.author_name||t("idea.anonymous")})}</h4><p>${s.body}</p>`}
      ${d?i`<p class="hint">${t("workspace.ownContent")}</p>`:i`
        <${Y} label=${t("workspace.dismissOpen")}>
          <${Pn} report=${e} done=${n("workspace.confirm.dismissed")} />
        </${Y}>
        <${Y} label=${t("workspace.hideOpen")}>
          <${Qt} kind=${r?"ideas":"comments"} record=${a} done=${n("workspace.confirm.hidden")} />
        </${Y}>`}
    </li>`}function ve({id:e,title:n,items:r,empty:s,limit:o,render:a,showMore:d}){return i`
    <section aria-labelledby=${e}>
      <h3 id=${e}>${n} (${pe(r,o)})</h3>
      ${r.length===0?i`<p class="muted">${s}</p>`:i`<${$e} items=${r} limit=${o} render=${a} showMore=${d} />`}
    </section>`}function Jt({organization:e}){let{data:n,error:r,reload:s,limit:o,showMore:a}=U(c=>Nn(e,c),On,We(e)),[d,l]=p(""),u=c=>async()=>{await s(),l(t(c))},m={limit:o,showMore:a};return i`
    <section aria-labelledby="moderation-title">
      <h2 id="moderation-title">${t("workspace.moderationTitle")}</h2>
      <p role="status" class=${d?"notice notice-done":"visually-hidden"}>${d}</p>
      <${S} error=${r} id="moderation-error" />
      ${n?i`
        <${ve} id="submitted-title" title=${t("workspace.submitted")} items=${n.submitted} empty=${t("workspace.noneSubmitted")} ...${m}
          render=${c=>i`
            <li key=${c.id} class="workspace-item">
              <${te} idea=${c} />
              <${Fn} idea=${c} organization=${e.id} done=${u("workspace.confirm.published")} />
              <${Y}>
                <${Qt} kind="ideas" record=${c} done=${u("workspace.confirm.hidden")} />
                <${et} idea=${c} organization=${e.id} done=${u("workspace.confirm.merged")} />
              </${Y}>
            </li>`} />
        <${ve} id="appeals-title" title=${t("workspace.appeals")} items=${n.appeals} empty=${t("workspace.noneAppeals")} ...${m}
          render=${c=>i`<${Ht} key=${c.id} appeal=${c} done=${s} />`} />
        <${ve} id="reports-title" title=${t("workspace.reports")} items=${n.reports} empty=${t("workspace.noneReports")} ...${m}
          render=${c=>i`<${Ln} key=${c.id} report=${c} confirm=${u} />`} />
        <${ve} id="hidden-ideas-title" title=${t("workspace.hiddenIdeas")} items=${n.hiddenIdeas} empty=${t("workspace.noneHidden")} ...${m}
          render=${c=>i`
            <li key=${c.id} class="workspace-item">
              <${te} idea=${c} />
              <${Se} record=${c} />
              <${Gt} kind="ideas" record=${c} done=${u("workspace.confirm.restored")} />
            </li>`} />
        <${ve} id="hidden-comments-title" title=${t("workspace.hiddenComments")} items=${n.hiddenComments} empty=${t("workspace.noneHidden")} ...${m}
          render=${c=>i`
            <li key=${c.id} class="workspace-item">
              <h4>${t("workspace.comment",{name:c.author_name||t("idea.anonymous")})}</h4>
              <p>${c.body}</p>
              <${Se} record=${c} />
              <${Gt} kind="comments" record=${c} done=${u("workspace.confirm.restored")} />
            </li>`} />
        <${ve} id="open-ideas-title" title=${t("workspace.openIdeas")} items=${n.open} empty=${t("workspace.noneOpen")} ...${m}
          render=${c=>i`
            <li key=${c.id} class="workspace-item">
              <${te} idea=${c} />
              <${Zt} idea=${c} organization=${e} endorsement=${n.endorsements.get(c.id)} done=${s} />
              <${Y}>
                <${et} idea=${c} organization=${e.id} done=${u("workspace.confirm.merged")} />
              </${Y}>
            </li>`} />`:!r&&i`<p>${t("common.loading")}</p>`}
    </section>`}var qn={published:["in_review"],in_review:["accepted","declined"],accepted:["in_progress"],in_progress:["implemented"]},Vn="status!='submitted' && status!='implemented' && status!='declined' && status!='merged' && hidden=false";function jn({idea:e,organization:n,done:r}){let s="move-"+e.id,o=qn[e.status]||[],[a,d]=p(o[0]||""),[l,u]=p(""),[m,c]=p(!1),{error:h,busy:$,run:w}=M(r);return o.length?i`
    <form class="stack workspace-form" onSubmit=${k=>{if(k.preventDefault(),!l.trim()){c(!0),document.getElementById(s+"-response")?.focus();return}c(!1),w(()=>R("/api/collections/status_changes/records",{method:"POST",body:{idea:e.id,to:a,response:l.trim(),actor:g.value.id,organization:n}}))}} noValidate>
      <div class="field">
        <label for=${s+"-to"}>${t("workspace.nextStatus")}</label>
        <select id=${s+"-to"} value=${a} onChange=${k=>d(k.currentTarget.value)}>
          ${o.map(k=>i`<option value=${k}>${t("status."+k)}</option>`)}
        </select>
      </div>
      <${J} id=${s+"-response"} label=${t("workspace.response")} hint=${t("workspace.responseHint")}
        missing=${m&&t("workspace.responseRequired")} value=${l} setValue=${u} rows=${3} max=${5e3} />
      <${S} error=${h} id=${s+"-error"} />
      <button type="submit" disabled=${$}>${t("workspace.move")}</button>
    </form>`:null}function Wn({regionId:e}){let{data:n,error:r}=U(()=>R(`/api/regions/${encodeURIComponent(e)}/responsiveness`)),s=O.value.get(e)?.name||"";if(r)return i`<${S} error=${r} id=${"responsiveness-"+e+"-error"} />`;if(!n)return i`<p>${t("common.loading")}</p>`;let o=a=>a==null?t("workspace.noValue"):t("workspace.days",{count:Math.round(a)});return i`
    <dl class="workspace-figures">
      ${s&&i`<dt>${t("workspace.region")}</dt><dd>${s}</dd>`}
      <dt>${t("workspace.median")}</dt><dd>${o(n.median_days_to_response)}</dd>
      <dt>${t("workspace.unanswered")}</dt><dd>${n.unanswered??0}</dd>
      <dt>${t("workspace.oldest")}</dt><dd>${n.unanswered?o(n.oldest_unanswered_days):t("workspace.noValue")}</dd>
    </dl>`}function Xt({organization:e}){let{data:n,error:r,reload:s,limit:o,showMore:a}=U(l=>F("ideas",`${Vn} && ${he([e])}`,{sort:"created",limit:l}),["ideas/*"],We(e)),d=e.regions||[];return i`
    <section aria-labelledby="responsiveness-title">
      <h2 id="responsiveness-title">${t("workspace.responsivenessTitle")}</h2>
      ${d.map(l=>i`<${Wn} key=${l} regionId=${l} />`)}
    </section>
    <section aria-labelledby="open-title">
      <h2 id="open-title">${t("workspace.openTitle")}${n?` (${pe(n,o)})`:""}</h2>
      <${S} error=${r} id="open-error" />
      ${n?n.length===0?i`<p class="muted">${t("workspace.noneOpen")}</p>`:i`
        <${$e} items=${n} limit=${o} showMore=${a} render=${l=>i`
          <li key=${l.id} class="workspace-item">
            <h3><a href=${"/ideas/"+l.id}>${l.title}</a></h3>
            <p class="meta"><${P} status=${l.status} /> ${t("workspace.since",{date:B(l.created)})}</p>
            <${jn} key=${l.id+":"+l.status} idea=${l} organization=${e.id} done=${s} />
          </li>`} />`:!r&&i`<p>${t("common.loading")}</p>`}
    </section>`}function Un(){x(t("workspace.title"));let e=K(),[n,r]=p(!1);T(()=>{e&&g.value&&Pe().catch(()=>{}).finally(()=>r(!0))},[e,g.value?.id]),I(!0);let s=le.value,o=s.find(l=>l.role==="moderator"),a=s.find(l=>l.role==="staff"),d;return g.value?e?!o&&!a?d=i`<p>${n?t("workspace.noRole"):t("common.loading")}</p>`:d=i`
      <p>${t("workspace.intro")}</p>
      <ul class="plain workspace-links">
        <li><a href="/workspace/feedback">${t("desk.fromWorkspace")}</a></li>
        <li><a href="/assisted">${t("assisted.fromWorkspace")}</a></li>
      </ul>
      ${a&&i`<${Xt} organization=${a.expand?.organization||{id:a.organization}} />`}
      ${o&&i`<${Jt} organization=${o.expand?.organization||{id:o.organization}} />`}`:d=i`<p class="notice notice-offline">${t("workspace.offline")}</p>`:d=i`<p>${t("workspace.signIn")} <a href=${L()}>${t("nav.signIn")}</a></p>`,i`
    <h1 tabindex="-1">${t("workspace.title")}</h1>
    ${d}`}function Kn(e,{service:n,region:r,state:s}){let o=[he(e)];return n&&o.push(`service='${n}'`),r&&o.push(`region='${r}'`),s&&o.push(`state='${s}'`),o.join(" && ")}function nt({id:e,label:n,value:r,setValue:s,choices:o}){return i`
    <div class="field">
      <label for=${e}>${n}</label>
      <select id=${e} value=${r} onChange=${a=>s(a.currentTarget.value)}>
        <option value="">${t("desk.all")}</option>
        ${o.map(([a,d])=>i`<option value=${a}>${d}</option>`)}
      </select>
    </div>`}function Hn({entry:e,done:n}){let r="desk-"+e.id,[s,o]=p(e.state||"new"),[a,d]=p(e.answer||""),{error:l,busy:u,run:m}=M(()=>n(a.trim()!==(e.answer||"")));return i`
    <form class="stack workspace-form" onSubmit=${h=>{h.preventDefault(),m(()=>R(`/api/collections/feedback/records/${encodeURIComponent(e.id)}`,{method:"PATCH",body:{state:s,answer:a.trim()}}))}} noValidate>
      <div class="field">
        <label for=${r+"-state"}>${t("desk.state")}</label>
        <select id=${r+"-state"} value=${s} onChange=${h=>o(h.currentTarget.value)}>
          ${He.map(h=>i`<option value=${h}>${t("desk.state."+h)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for=${r+"-answer"}>${t("desk.answer")}</label>
        <p class="hint" id=${r+"-answer-hint"}>${t("desk.answerHint")}</p>
        <textarea id=${r+"-answer"} rows="3" maxLength=${y.answer[1]} value=${a} aria-describedby=${r+"-answer-hint"}
          onInput=${h=>d(h.currentTarget.value)}></textarea>
      </div>
      <${S} error=${l} id=${r+"-error"} />
      <button type="submit" disabled=${u}>${t("desk.save")}</button>
    </form>`}function Zn({entry:e,regionName:n,done:r}){let s=e.expand?.service?.name||N.value.get(e.service)?.name||"",o=(e.barriers||[]).map(a=>a==="other"&&e.barrier_other?`${t("barrier.other")}: ${e.barrier_other}`:t("barrier."+a));return i`
    <li class="workspace-item feedback-entry">
      <h3>${s}</h3>
      <p class="meta">
        <span class=${"badge feedback-state state-"+(e.state||"new")}>${t("desk.state."+(e.state||"new"))}</span>
        ${" "}${n(e.region)} · ${B(e.created)} · ${t("desk.channel."+(e.channel||"app"))}
      </p>
      <p><strong>${t("desk.rating",{rating:e.rating})}</strong></p>
      ${o.length>0&&i`<p>${t("services.barriers")} ${o.join(", ")}</p>`}
      ${e.text?i`<blockquote><p>${e.text}</p></blockquote>`:i`<p class="muted">${t("desk.noText")}</p>`}
      ${e.answered_at&&i`<p class="meta">${t("desk.answeredOn",{date:B(e.answered_at)})}</p>`}
      <${Hn} key=${e.id+":"+e.updated} entry=${e} done=${r} />
    </li>`}function Gn({organizations:e}){let n=e.flatMap(X),[r,s]=p({service:"",region:"",state:""}),o=Be(r),[a,d]=p(""),{data:l,error:u,reload:m,limit:c,showMore:h}=U(v=>F("feedback",Kn(e,o.current),{sort:"-created",expand:"service",limit:v}),["feedback/*"]),$=v=>f=>{o.current={...o.current,[v]:f},s(o.current),d(""),m()},w=v=>n.find(f=>f.id===v)?.name||"",b=[...N.value.values()].sort(me).map(v=>[v.id,v.name]),k=v=>m().then(()=>d(t(v?"desk.confirm.answered":"desk.confirm.saved")));return i`
    <form class="stack desk-filters" onSubmit=${v=>v.preventDefault()} aria-labelledby="desk-filter-title">
      <h2 id="desk-filter-title">${t("desk.filterTitle")}</h2>
      <${nt} id="desk-service" label=${t("desk.service")} value=${r.service} setValue=${$("service")} choices=${b} />
      <${nt} id="desk-region" label=${t("desk.region")} value=${r.region} setValue=${$("region")}
        choices=${n.map(v=>[v.id,v.name])} />
      <${nt} id="desk-state" label=${t("desk.state")} value=${r.state} setValue=${$("state")}
        choices=${He.map(v=>[v,t("desk.state."+v)])} />
    </form>
    <p role="status" class=${a?"notice notice-done":"visually-hidden"}>${a}</p>
    <section aria-labelledby="desk-list-title">
      <h2 id="desk-list-title">${t("desk.listTitle")}${l?` (${pe(l,c)})`:""}</h2>
      <${S} error=${u} id="desk-error" />
      ${l?l.length===0?i`<p class="muted">${t("desk.none")}</p>`:i`
        <${$e} items=${l} limit=${c} showMore=${h} render=${v=>i`
          <${Zn} key=${v.id} entry=${v} regionName=${w} done=${k} />`} />`:!u&&i`<p>${t("common.loading")}</p>`}
    </section>`}function Qn(){x(t("desk.title"));let e=K(),[n,r]=p(!1);T(()=>{e&&g.value&&Pe().catch(()=>{}).finally(()=>r(!0))},[e,g.value?.id]),I(!0);let s=le.value.filter(a=>a.role==="staff"||a.role==="moderator").map(a=>a.expand?.organization).filter(a=>a?.verified),o;return g.value?e?s.length?o=i`<p>${t("desk.intro")}</p><${Gn} organizations=${s} />`:o=i`<p>${n?t("workspace.noRole"):t("common.loading")}</p>`:o=i`<p class="notice notice-offline">${t("workspace.offline")}</p>`:o=i`<p>${t("workspace.signIn")} <a href=${L()}>${t("nav.signIn")}</a></p>`,i`
    <p><a href="/workspace">${t("desk.back")}</a></p>
    <h1 tabindex="-1">${t("desk.title")}</h1>
    ${o}`}async function Jn(){return(await R("/api/collections/notifications/records?sort=-created&skipTotal=1&perPage=100&expand=idea,target_idea")).items}function Xn({entry:e,done:n}){let{error:r,busy:s,run:o}=M(n),a="notification-"+e.id,d=e.expand?.idea,l=e.expand?.target_idea,u=d?.title||t("inbox.theIdea"),m=l?.title||t("inbox.theIdea"),c=t("inbox.kind."+e.kind,{title:u,target:m,status:e.status?t("status."+e.status):""});return i`
    <li class=${"workspace-item inbox-item"+(e.read?"":" unread")}>
      <p id=${a+"-text"}>${!e.read&&i`<strong>${t("inbox.new")}: </strong>`}${c}</p>
      ${e.reason&&i`<p>${t("inbox.reason")} ${e.reason==="reports"?t("hidden.byReports"):t("report.reason."+e.reason)}</p>`}
      ${e.note&&i`<blockquote><p>${e.note}</p></blockquote>`}
      <p class="meta">${B(e.created)}</p>
      <ul class="plain inbox-links">
        ${e.idea&&i`<li><a href=${"/ideas/"+e.idea}>${t("inbox.open",{title:u})}</a></li>`}
        ${e.target_idea&&i`<li><a href=${"/ideas/"+e.target_idea}>${t("inbox.openTarget",{title:m})}</a></li>`}
        ${e.feedback&&i`<li><a href="/mine#my-feedback-title">${t("inbox.openFeedback")}</a></li>`}
      </ul>
      ${!e.read&&i`
        <button type="button" class="secondary" disabled=${s} aria-describedby=${a+"-text"}
          onClick=${()=>o(()=>R(`/api/collections/notifications/records/${e.id}`,{method:"PATCH",body:{read:!0}}))}>
          ${t("inbox.markRead")}
        </button>`}
      <${S} error=${r} id=${a+"-error"} />
    </li>`}function Yn(){let e=g.value,[n,r]=p(null),[s,o]=p(!1),[a,d]=p(null),[l,u]=p(!1);T(()=>{pt().then(c=>r(!!c?.email_opt_out),d)},[e.id]);let m=async c=>{let h=c.currentTarget.checked,$=n;r(!h),u(!0),o(!1),d(null);try{let w=await $t({email_opt_out:!h});r(!!w.email_opt_out),o(!0)}catch(w){r($),d(w)}finally{u(!1)}};return i`
    <section aria-labelledby="inbox-settings-title">
      <h2 id="inbox-settings-title">${t("inbox.settingsTitle")}</h2>
      ${n===null&&!a?i`<p>${t("common.loading")}</p>`:i`
        <div class="field">
          <label class="choice">
            <input type="checkbox" id="inbox-email" checked=${n===!1} disabled=${l||n===null}
              aria-describedby="inbox-email-hint" onChange=${m} />
            ${t("inbox.email")}
          </label>
          <p class="hint" id="inbox-email-hint">${t("inbox.emailHint")}</p>
        </div>`}
      <p role="status" class="muted">${s?t("inbox.saved"):""}</p>
      <${S} error=${a} id="inbox-email-error" />
    </section>`}function ei(){let{data:e,error:n,reload:r}=U(Jn);return i`
    <section aria-labelledby="inbox-list-title">
      <h2 id="inbox-list-title">${t("inbox.listTitle")}</h2>
      <${S} error=${n} id="inbox-error" />
      ${e?e.length===0?i`<p class="muted">${t("inbox.none")}</p>`:i`
        <ul class="plain workspace-list">
          ${e.map(s=>i`<${Xn} key=${s.id} entry=${s} done=${r} />`)}
        </ul>`:!n&&i`<p>${t("common.loading")}</p>`}
    </section>`}function ti(){x(t("inbox.title"));let e=K();I(!0);let n;return g.value?e?n=i`<${ei} key=${g.value.id} /><${Yn} key=${"email-"+g.value.id} />`:n=i`<p class="notice notice-offline">${t("inbox.offline")}</p>`:n=i`<p>${t("inbox.signIn")} <a href=${L()}>${t("nav.signIn")}</a></p>`,i`
    <h1 tabindex="-1">${t("inbox.title")}</h1>
    ${n}`}async function ni(){let e=new URLSearchParams({filter:"shared_solution=true",sort:"-updated",skipTotal:"1",perPage:"100"});return(await R(`/api/collections/ideas/records?${e}`)).items}function ii({solution:e,organization:n}){let r="adopt-"+e.id,[s,o]=p(null),[a,d]=p(!1),[l,u]=p(null),m=X(n).filter(w=>w.id!==e.region),[c,h]=p(m[0]?.id||n.regions[0]),$=async()=>{d(!0),o(null);try{let w=await R("/api/collections/adoptions/records",{method:"POST",body:{origin:e.id,region:c,organization:n.id,by:g.value.id}});u(w),setTimeout(()=>document.getElementById(r+"-done")?.focus(),0)}catch(w){o(w)}finally{d(!1)}};return l?i`
      <p id=${r+"-done"} tabindex="-1" role="status">
        ${t("solutions.adopted")} <a href=${"/ideas/"+l.idea}>${t("solutions.openAdopted")}</a>
      </p>`:i`
    ${m.length>1&&i`
      <div class="field">
        <label for=${r+"-region"}>${t("solutions.region")}</label>
        <select id=${r+"-region"} value=${c} onChange=${w=>h(w.currentTarget.value)}>
          ${m.map(w=>i`<option value=${w.id}>${w.name}</option>`)}
        </select>
      </div>`}
    <button type="button" disabled=${a} aria-describedby=${"solution-"+e.id+"-title"} onClick=${$}>
      ${t("solutions.adopt")}
    </button>
    <${S} error=${s} id=${r+"-error"} />`}function ri(){x(t("solutions.title"));let e=K();I(!0);let{data:n,error:r}=U(ni),o=le.value.find(d=>d.role==="staff"&&d.expand?.organization?.regions?.length)?.expand.organization,a;return e?r?a=i`<${S} error=${r} id="solutions-error" />`:n?n.length===0?a=i`<p class="muted">${t("solutions.none")}</p>`:a=i`
      <ul class="plain workspace-list">
        ${n.map(d=>i`
          <li key=${d.id} class="workspace-item">
            <h2 id=${"solution-"+d.id+"-title"}><a href=${"/ideas/"+d.id}>${d.title}</a></h2>
            <p class="meta">${t("solutions.from",{region:O.value.get(d.region)?.name||"–",date:B(d.updated)})}</p>
            ${o&&!o.regions.includes(d.region)&&i`
              <${ii} solution=${d} organization=${o} />`}
          </li>`)}
      </ul>`:a=i`<p>${t("common.loading")}</p>`:a=i`<p class="notice notice-offline">${t("solutions.offline")}</p>`,i`
    <h1 tabindex="-1">${t("solutions.title")}</h1>
    <p>${t("solutions.intro")}</p>
    ${a}`}function si(e){let n={};return e.kind==="idea"?Object.assign(n,fe(e)):(e.service||(n.service=t("assisted.serviceRequired")),e.rating||(n.rating=t("rate.ratingRequired"))),e.consent||(n.consent=t("assisted.consentRequired")),n}var oi=[["title","entry-title"],["body","entry-body"],["service","entry-service"],["rating","rating-1"],["consent","entry-consent"]];function ai({form:e,set:n,errors:r}){return i`
    <${ge} prefix="entry" form=${e} set=${n} errors=${r} rows=${6} />
    <${D} id="entry-topic" label=${t("newIdea.topicLabel")} control=${s=>i`
      <select ...${s} value=${e.topic} onChange=${n("topic")}>
        <option value="">${t("newIdea.none")}</option>
        ${se.map(o=>i`<option value=${o}>${t("topic."+o)}</option>`)}
      </select>`} />`}function di({form:e,set:n,setForm:r,errors:s,place:o}){let a=o?ye(V.services.value,o).sort(me):[],d=l=>r(u=>({...u,barriers:u.barriers.includes(l)?u.barriers.filter(m=>m!==l):[...u.barriers,l]}));return i`
    <${D} id="entry-service" label=${t("assisted.service")} error=${s.service} control=${l=>i`
      <select ...${l} required value=${e.service} onChange=${n("service")}>
        <option value="">${t("report.choose")}</option>
        ${a.map(u=>i`<option value=${u.id}>${H(u)}</option>`)}
      </select>`} />
    <${Ge} rating=${e.rating} setRating=${l=>r(u=>({...u,rating:l}))}
      barriers=${e.barriers} toggle=${d} text=${e.text} setText=${l=>r(u=>({...u,text:l}))}
      other=${e.barrierOther} setOther=${l=>r(u=>({...u,barrierOther:l}))}
      error=${s.rating} />`}var Yt={title:"",body:"",topic:"",service:"",rating:0,barriers:[],barrierOther:"",text:"",consent:!1};function li({organizations:e}){let[n,r]=p({kind:"idea",channel:"assisted",organization:e[0].id,region:"",...Yt}),[s,o]=p({}),[a,d]=p(""),l=e.find(b=>b.id===n.organization)||e[0],u=X(l),m=u.find(b=>b.id===C.value?.id)||u[0],c=u.find(b=>b.id===n.region)||m,h=b=>k=>{let{value:v}=k.currentTarget;r(f=>({...f,[b]:v}))},$=b=>k=>r(v=>({...v,[b]:k}));return c?i`
    <form class="stack" onSubmit=${async b=>{b.preventDefault();let k=si(n);o(k),d("");let v=oi.find(([_])=>k[_]);if(v){document.getElementById(v[1])?.focus();return}let f={channel:n.channel,organization:l.id,consent:n.consent};n.kind==="idea"?await Ce({title:n.title.trim(),body:n.body.trim(),region:c.id,topic:n.topic},f):await Ne({service:n.service,region:c.id,rating:n.rating,text:n.text.trim(),barriers:n.barriers,barrierOther:n.barrierOther},f),r(_=>({..._,...Yt})),d(t(n.kind==="idea"?"assisted.savedIdea":"assisted.savedFeedback"))}} noValidate>
      <${ne} name="kind" legend=${t("assisted.kind")} value=${n.kind} setValue=${$("kind")}
        choices=${[["idea",t("assisted.kindIdea")],["feedback",t("assisted.kindFeedback")]]} />
      <${ne} name="channel" legend=${t("assisted.channel")} value=${n.channel} setValue=${$("channel")}
        choices=${[["assisted",t("assisted.channelAssisted")],["paper",t("assisted.channelPaper")]]} />
      <${D} id="entry-organization" label=${t("assisted.organization")} control=${b=>i`
        <select ...${b} value=${l.id} onChange=${k=>{let{value:v}=k.currentTarget;r(f=>({...f,organization:v,region:"",service:""}))}}>
          ${e.map(k=>i`<option value=${k.id}>${k.name}</option>`)}
        </select>`} />
      <${D} id="entry-region" label=${t("assisted.region")} control=${b=>i`
        <select ...${b} value=${c?.id||""} onChange=${k=>{let{value:v}=k.currentTarget;r(f=>({...f,region:v,service:""}))}}>
          ${u.map(k=>i`<option value=${k.id}>${k.name}</option>`)}
        </select>`} />
      ${n.kind==="idea"?i`<${ai} form=${n} set=${h} errors=${s} />`:i`<${di} form=${n} set=${h} setForm=${r} errors=${s} place=${c} />`}
      <div class="field">
        ${s.consent&&i`<p class="error" id="entry-consent-error">${s.consent}</p>`}
        <label class="choice">
          <input type="checkbox" id="entry-consent" required checked=${n.consent}
            aria-describedby=${["entry-consent-hint",s.consent&&"entry-consent-error"].filter(Boolean).join(" ")}
            aria-invalid=${s.consent?"true":void 0}
            onChange=${b=>{let{checked:k}=b.currentTarget;r(v=>({...v,consent:k}))}} />
          ${t("assisted.consent")}
        </label>
        <p class="hint" id="entry-consent-hint">${t("assisted.consentHint")}</p>
      </div>
      <button type="submit">${t("assisted.submit")}</button>
      <p role="status">${a&&i`${a} <a href="/mine">${t("assisted.seeQueue")}</a>`}</p>
    </form>`:i`<p>${t("common.loading")}</p>`}function ci(){let{ideas:e,feedback:n}=z.value.entries,r=N.value;return!e.length&&!n.length?null:i`
    <section aria-labelledby="entries-title">
      <h2 id="entries-title">${t("assisted.entries")}</h2>
      <ul class="plain">
        ${e.map(s=>i`
          <li key=${s.id}>
            <a href=${"/ideas/"+s.id}>${t("mine.what.idea",{title:s.title})}</a>
            ${" "}<${P} status=${s.status} /> <${j} item=${s} /> <span class="muted">${B(s.created)}</span>
          </li>`)}
        ${n.map(s=>i`
          <li key=${s.id}>
            ${t("mine.what.feedback",{name:H(r.get(s.service)),rating:s.rating})}
            ${" "}<${j} item=${s} /> <span class="muted">${B(s.created)}</span>
          </li>`)}
      </ul>
      ${[...e,...n].some(s=>s.sync==="rejected")&&i`<p><a href="/mine">${t("notice.review")}</a></p>`}
    </section>`}function ui(){x(t("assisted.title")),I(E.value);let e=It.value,n;return g.value?e.length?C.value?E.value?n=i`<${li} organizations=${e} /><${ci} />`:n=i`<p>${t("common.loading")}</p>`:n=i`<p>${t("region.needed")}</p><${Z} after="/assisted" />`:n=i`<p>${t("assisted.noOrganization")}</p>`:n=i`<p>${t("assisted.signIn")} <a href=${L()}>${t("nav.signIn")}</a></p>`,i`
    <h1 tabindex="-1">${t("assisted.title")}</h1>
    <p>${t("assisted.intro")}</p>
    ${n}`}at(xt);export{Dn as Accessibility,Rn as AccountPage,ui as Assisted,Qn as FeedbackDesk,zn as Help,gn as Idea,wn as IdeaNew,dn as Ideas,ti as Inbox,yn as Mine,sn as Service,tn as Services,xn as SignIn,Sn as SignUp,ri as Solutions,Un as Workspace};
