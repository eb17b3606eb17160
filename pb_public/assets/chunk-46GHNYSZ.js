import{$ as Vt,A as W,B as Te,C as z,D as _t,F as Ot,H as F,I as L,J as je,K as E,S as ct,T as We,U as Ft,V as Pt,W as Lt,X as x,Z as ve,a as i,aa as qt,b as ge,ba as J,c as _e,d as It,da as y,e as at,ea as G,f as Oe,fa as q,g as v,ga as Y,h as Fe,ha as Ut,i as xt,ia as P,j as St,ja as K,k as be,ka as U,l as we,la as T,ma as X,n as A,o as ie,oa as ze,pa as Ge,r as se,t as Dt,v as t,w as Pe,x as D,y as Le,z as dt}from"./chunk-UU27W3PG.js";import{a as Bt}from"./chunk-WO75MR3L.js";import{C as Rt,F as Et,G as Tt,J as te,K as b,L as Ue,N as zt,O as Mt,Q as At,R as Ct,S as Nt,c as $,d as S,e as j,g as st,i as fe,l as O,n as ot,p as M,r as Ve,s as qe}from"./chunk-MQ2JX5S6.js";var jt={...Bt,"services.title":"Digitale Dienste in {name}","services.intro":"Diese Dienste können Sie online nutzen. Bewerten Sie einen Dienst und sagen Sie uns, wo es Barrieren gibt.","services.topics":"Themenfelder","services.none":"Für diese Gemeinde sind noch keine Dienste eingetragen.","services.tooFewRatings":"Noch zu wenige Bewertungen. Ergebnisse zeigen wir erst, wenn genug Menschen bewertet haben. So bleibt jede einzelne Bewertung geschützt.","services.rating":{one:"Durchschnitt {mean} von 5 Sternen (1 Bewertung)",other:"Durchschnitt {mean} von 5 Sternen ({count} Bewertungen)"},"services.barriers":"Gemeldete Barrieren:","service.back":"Zurück zu allen Diensten","service.link":"Zum Online-Dienst (externe Seite)","service.summaryTitle":"Bewertungen in {name}","service.mine":"Ihre Bewertung","service.myRating":"{rating} von 5 Sternen, am {date}","rate.title":"Diesen Dienst bewerten","rate.ratingLegend":"Wie gut hat der Dienst für Sie funktioniert?","rate.value1":"1 Stern: sehr schlecht","rate.value2":"2 Sterne: schlecht","rate.value3":"3 Sterne: mittel","rate.value4":"4 Sterne: gut","rate.value5":"5 Sterne: sehr gut","rate.ratingRequired":"Bitte wählen Sie eine Bewertung.","rate.barriersLegend":"Gab es Barrieren?","rate.text":"Was ist Ihnen aufgefallen? (freiwillig)","rate.submit":"Bewertung senden","barrier.screenreader":"Nicht mit Vorlese-Programm nutzbar","barrier.complicated":"Zu kompliziert","barrier.in_person":"Trotzdem persönlich erscheinen","barrier.mobile":"Geht nicht gut auf dem Handy","barrier.language":"Sprache nicht verständlich","ideas.title":"Ideen im {name}","ideas.submitLink":"Eigene Idee einreichen","ideas.searchLabel":"Ideen durchsuchen","ideas.search":"Suchen","ideas.clearSearch":"Suche beenden","ideas.searchShort":"Bitte geben Sie mindestens 3 Zeichen ein.","ideas.searchFailed":"Die Suche hat nicht geklappt. Bitte versuchen Sie es noch einmal.","ideas.resultsTitle":"Suchergebnisse","ideas.results":{one:"1 Idee zu „{q}“ gefunden.",other:"{count} Ideen zu „{q}“ gefunden."},"ideas.resultsOffline":{one:"1 Idee zu „{q}“ gefunden (ohne Verbindung in den gespeicherten Ideen gesucht).",other:"{count} Ideen zu „{q}“ gefunden (ohne Verbindung in den gespeicherten Ideen gesucht)."},"ideas.sortLabel":"Sortieren nach","ideas.sortNew":"Neueste zuerst","ideas.sortTop":"Meiste Unterstützung","ideas.sortStatus":"Stand der Bearbeitung","ideas.scopeLabel":"Welche Ideen","ideas.scopeDistrict":"Ganzer {name}","ideas.scopePlace":"Nur {name} und der ganze Kreis","ideas.listTitle":"Alle Ideen","idea.back":"Zurück zu allen Ideen","idea.by":"von {name}","idea.anonymous":"gelöschtes Konto","idea.chooseRegion":"Wählen Sie Ihre Gemeinde, um alle Ideen Ihrer Region zu sehen und mitzumachen.","idea.pendingNote":"Diese Idee ist auf Ihrem Gerät gespeichert und wird gesendet, sobald eine Verbindung besteht.","idea.awaitingModeration":"Diese Idee wird veröffentlicht, sobald die Moderation sie freigegeben hat.","idea.merged":"Diese Idee wurde zusammengeführt mit:","idea.mergedUnknown":"der anderen Idee","idea.service":"Dienst:","idea.topic":"Themenfeld:","idea.votesTitle":"Unterstützung","idea.vote":"Idee unterstützen","idea.retract":"Unterstützung zurücknehmen","idea.youVoted":"Sie unterstützen diese Idee.","idea.voteAfterSync":"Sobald die Idee gesendet ist, kann sie unterstützt werden.","idea.endorsements":"Unterstützt von Verbänden","idea.unknownOrganization":"Ein Verband","idea.history":"Verlauf und Antworten der Verwaltung","idea.commentsTitle":{one:"1 Kommentar",other:"{count} Kommentare"},"idea.noComments":"Noch keine Kommentare.","idea.commentLabel":"Ihr Kommentar","idea.commentSubmit":"Kommentar senden","idea.commentEdit":"Kommentar bearbeiten","idea.commentsClosed":"Zu dieser Idee kann man nicht kommentieren.","report.idea":"Idee melden","report.comment":"Kommentar melden","report.reason":"Grund der Meldung","report.choose":"Bitte wählen","report.reason.spam":"Werbung oder Spam","report.reason.offensive":"Beleidigend","report.reason.personal_data":"Enthält persönliche Daten","report.reason.off_topic":"Gehört nicht hierher","report.reason.other":"Anderer Grund","report.reasonRequired":"Bitte wählen Sie einen Grund.","report.note":"Anmerkung (freiwillig)","report.submit":"Meldung senden","report.done":"Sie haben diesen Beitrag gemeldet. Danke!","newIdea.title":"Idee einreichen","newIdea.titleLabel":"Titel","newIdea.bodyLabel":"Beschreibung","newIdea.whereLabel":"Für welchen Ort?","newIdea.wholeDistrict":"Den ganzen {name}","newIdea.serviceLabel":"Betrifft die Idee einen Dienst? (freiwillig)","newIdea.topicLabel":"Themenfeld (freiwillig)","newIdea.none":"Keine Angabe","newIdea.submit":"Idee einreichen","newIdea.similarTitle":"Ähnliche Ideen","newIdea.similarNone":"Während Sie schreiben, zeigen wir hier ähnliche Ideen, die es schon gibt.","newIdea.similarFound":{one:"Es gibt 1 ähnliche Idee. Vielleicht möchten Sie diese unterstützen?",other:"Es gibt {count} ähnliche Ideen. Vielleicht möchten Sie eine davon unterstützen?"},"newIdea.similarFoundOffline":{one:"In den gespeicherten Ideen gibt es 1 ähnliche Idee.",other:"In den gespeicherten Ideen gibt es {count} ähnliche Ideen."},"newIdea.supportInstead":"Stattdessen unterstützen","hint.newIdea":"Beschreiben Sie, was besser werden soll und warum. Die Verwaltung antwortet öffentlich.","hint.title":"Ein kurzer Satz, {min} bis {max} Zeichen.","hint.body":"Was ist das Problem, was schlagen Sie vor? {min} bis {max} Zeichen.","hint.titleShort":"Der Titel ist zu kurz: bitte mindestens {min} Zeichen.","hint.bodyShort":"Die Beschreibung ist zu kurz: bitte mindestens {min} Zeichen.","hint.where":"Ihre Gemeinde oder der ganze Landkreis.","hint.service":"Zum Beispiel „Wohngeld beantragen“.","hint.topic":"Hilft anderen, Ihre Idee zu finden.","hint.comment":"Bleiben Sie freundlich und sachlich. Höchstens {max} Zeichen.","hint.commentRequired":"Bitte schreiben Sie einen Kommentar.","hint.barriers":"Sie können mehrere ankreuzen.","hint.feedbackText":"Bitte keine persönlichen Daten. Höchstens {max} Zeichen.","hint.reportNote":"Höchstens {max} Zeichen.","hint.signedOut":"Sie sind nicht angemeldet. Ihr Beitrag wird gespeichert und gesendet, sobald Sie sich anmelden.","hint.displayName":"Dieser Name steht bei Ihren Beiträgen. Ein Fantasiename ist in Ordnung. {min} bis {max} Zeichen.","hint.email":"Nur für die Anmeldung. Andere sehen Ihre E-Mail-Adresse nie.","hint.password":"Mindestens {min} Zeichen.","mine.title":"Meine Beiträge","mine.signedOut":"Melden Sie sich an, um Ihre gesendeten Beiträge zu sehen.","mine.rejected":"Nicht angenommen","mine.rejectedHelp":"Der Server hat diese Beiträge nicht angenommen. Sie können sie korrigieren und erneut senden oder verwerfen.","mine.noneRejected":"Keine.","mine.pending":"Warten auf Verbindung","mine.nonePending":"Alle Beiträge sind gesendet.","mine.ideas":"Meine Ideen","mine.comments":"Meine Kommentare","mine.votes":"Ideen, die ich unterstütze","mine.feedback":"Meine Bewertungen","mine.reports":"Meine Meldungen","mine.reportsCount":{one:"Sie haben 1 Beitrag gemeldet.",other:"Sie haben {count} Beiträge gemeldet."},"mine.none":"Noch keine.","mine.loading":"Ihre Beiträge werden geladen …","mine.loadingOffline":"Ihre Beiträge werden geladen, sobald eine Verbindung besteht.","mine.commentOn":"Zu","mine.hidden":"ausgeblendet","mine.unknownIdea":"einer Idee","mine.fix":"Korrigieren","mine.discard":"Verwerfen","mine.sendAgain":"Erneut senden","mine.what.idea":"Idee „{title}“","mine.what.comment":"Kommentar zu „{title}“","mine.what.vote":"Unterstützung für „{title}“","mine.what.retract":"Unterstützung für „{title}“ zurücknehmen","mine.what.feedback":"Bewertung von „{name}“: {rating} von 5 Sternen","mine.what.edit":"Änderung an der Idee „{title}“","editIdea.open":"Idee bearbeiten","editIdea.title":"Idee bearbeiten","editIdea.hint":"Sie können Ihre Idee ändern, bis die Moderation sie freigibt.","editIdea.save":"Änderung speichern","editIdea.cancel":"Abbrechen","mine.what.report":"Meldung an die Moderation","accountPage.title":"Ihr Konto","accountPage.signedInAs":"Sie sind angemeldet als {name} ({email}).","accountPage.signInFirst":"Melden Sie sich an, um Ihr Konto zu verwalten.","accountPage.offline":"Keine Verbindung. Zum Herunterladen Ihrer Daten und zum Löschen des Kontos brauchen Sie eine Internetverbindung.","export.title":"Ihre Daten","export.intro":"Laden Sie alle Daten herunter, die Mitwirken über Sie speichert: Konto, Ideen, Kommentare, Stimmen, Bewertungen, Meldungen, Benachrichtigungen und was Ihre Geräte gesendet haben. Die Datei (JSON) lässt sich mit jedem Texteditor öffnen; jede Liste darin ist erklärt.","export.prepare":"Daten zusammenstellen","export.preparing":"Wird zusammengestellt …","export.ready":"Ihre Daten sind bereit:","export.download":"Datei herunterladen ({size} KB)","delete.title":"Konto löschen","delete.private":"Ihre Stimmen, Bewertungen, Meldungen und Benachrichtigungen werden gelöscht.","delete.public":"Ihre Ideen und Kommentare bleiben ohne Ihren Namen stehen (als „gelöschtes Konto“), außer Sie wählen unten, dass sie mit gelöscht werden.","delete.devices":"Auf Ihren anderen Geräten werden Ihre Daten bei der nächsten Verbindung entfernt.","delete.final":"Das lässt sich nicht rückgängig machen. Laden Sie vorher Ihre Daten herunter, wenn Sie sie behalten möchten.","delete.contributions":"Auch meine Ideen und Kommentare löschen","delete.contributionsHint":"Mit einer Idee verschwinden auch die Kommentare und Stimmen anderer dazu.","delete.password":"Ihr Passwort zur Bestätigung","delete.submit":"Konto endgültig löschen","delete.done":"Ihr Konto wurde gelöscht. Auf diesem Gerät ist nichts mehr von Ihnen gespeichert.","account.email":"E-Mail-Adresse","account.password":"Passwort","account.passwordConfirm":"Passwort wiederholen","account.displayName":"Angezeigter Name","account.offline":"Keine Verbindung. Zum Anmelden brauchen Sie eine Verbindung.","signIn.title":"Anmelden","signIn.intro":"Melden Sie sich an, um Ideen einzureichen, abzustimmen, zu kommentieren und Dienste zu bewerten.","signIn.submit":"Anmelden","signIn.wrong":"E-Mail-Adresse oder Passwort stimmen nicht.","signIn.noAccount":"Noch kein Konto?","signUp.title":"Konto anlegen","signUp.intro":"Sie brauchen nur eine E-Mail-Adresse und einen Namen. Der Name darf ein Fantasiename sein.","signUp.submit":"Konto anlegen","signUp.haveAccount":"Sie haben schon ein Konto?","topic.arbeit_ruhestand":"Arbeit & Ruhestand","topic.bauen_wohnen":"Bauen & Wohnen","topic.bildung":"Bildung","topic.ein_auswanderung":"Ein- & Auswanderung","topic.engagement_hobby":"Engagement & Hobby","topic.familie_kind":"Familie & Kind","topic.forschung_foerderung":"Forschung & Förderung","topic.gesundheit":"Gesundheit","topic.mobilitaet_reisen":"Mobilität & Reisen","topic.recht_ordnung":"Recht & Ordnung","topic.steuern_zoll":"Steuern & Zoll","topic.umwelt":"Umwelt","topic.unternehmen":"Unternehmen","topic.querschnitt":"Querschnittsleistungen","topic.soziales":"Soziales","error.unknown":"Der Beitrag konnte nicht gespeichert werden.","error.validation_missing_rel_records":"Der verknüpfte Eintrag existiert nicht (mehr).","error.validation_invalid_email":"Bitte geben Sie eine gültige E-Mail-Adresse ein.","error.validation_values_mismatch":"Die Passwörter stimmen nicht überein.","workspace.title":"Arbeitsbereich","workspace.intro":"Hier sehen Sie, was in Ihrer Region auf Moderation oder eine Antwort wartet.","workspace.signIn":"Bitte melden Sie sich an, um den Arbeitsbereich zu nutzen.","workspace.noRole":"Der Arbeitsbereich ist für Moderatorinnen und Moderatoren von Verbänden und für Mitarbeitende der Verwaltung.","workspace.offline":"Der Arbeitsbereich braucht eine Verbindung. Bitte versuchen Sie es wieder, sobald Sie online sind.","workspace.moderationTitle":"Moderation","workspace.submitted":"Ideen, die auf Freigabe warten","workspace.noneSubmitted":"Keine Idee wartet auf Freigabe.","workspace.reports":"Offene Meldungen","workspace.noneReports":"Keine offenen Meldungen.","workspace.hiddenIdeas":"Ausgeblendete Ideen","workspace.hiddenComments":"Ausgeblendete Kommentare","workspace.noneHidden":"Nichts ausgeblendet.","workspace.publish":"Veröffentlichen","workspace.hide":"Ausblenden","workspace.restore":"Wieder anzeigen","workspace.hideReason":"Grund für das Ausblenden","workspace.hideNote":"Erklärung für die Person (freiwillig)","workspace.hiddenBecause":"Ausgeblendet:","workspace.reportedFor":"Gemeldet:","workspace.comment":"Kommentar von {name}","workspace.responsivenessTitle":"So schnell antwortet Ihre Verwaltung","workspace.region":"Region","workspace.median":"Mittlere Zeit bis zur ersten Antwort","workspace.unanswered":"Ideen ohne Antwort","workspace.oldest":"Älteste Idee ohne Antwort","workspace.days":{one:"1 Tag",other:"{count} Tage"},"workspace.noValue":"–","workspace.more":"Weitere anzeigen","workspace.openTitle":"Offene Ideen, älteste zuerst","workspace.noneOpen":"Keine offenen Ideen.","workspace.since":"eingereicht am {date}","workspace.nextStatus":"Neuer Stand","workspace.response":"Öffentliche Antwort","workspace.responseHint":"Die Antwort erscheint bei der Idee für alle sichtbar.","workspace.responseRequired":"Bitte schreiben Sie eine Antwort.","workspace.move":"Stand ändern","workspace.mergeOpen":"Als Doppelung zusammenführen","workspace.mergeTarget":"Mit welcher ähnlichen Idee zusammenführen?","workspace.mergeTargetRequired":"Bitte wählen Sie die Idee, in die diese Idee aufgeht.","workspace.mergeSimilarity":"{percent} % ähnlich","workspace.mergeNone":"Keine ähnliche veröffentlichte Idee gefunden.","workspace.mergeResponseDefault":"Diese Idee gibt es schon. Wir haben sie mit der ähnlichen Idee zusammengeführt; die Stimmen zählen dort.","workspace.merge":"Zusammenführen","workspace.appeals":"Offene Widersprüche","workspace.noneAppeals":"Keine offenen Widersprüche.","workspace.appealFiled":"Widerspruch vom","workspace.appealDecision":"Ihre Entscheidung","workspace.appealDecisionRequired":"Bitte wählen Sie eine Entscheidung.","workspace.appeal.upheld":"Widerspruch annehmen: wieder anzeigen","workspace.appeal.rejected":"Widerspruch ablehnen: bleibt ausgeblendet","workspace.appealNote":"Begründung","workspace.appealNoteHint":"Die Begründung steht im Moderationsprotokoll.","workspace.appealNoteRequired":"Bitte schreiben Sie eine Begründung.","workspace.appealDecide":"Entscheiden","workspace.appealRefused":"Der Server hat die Entscheidung abgelehnt: Wer den Inhalt ausgeblendet hat, kann über den Widerspruch nicht entscheiden, oder jemand hat schon entschieden.","workspace.appealColleague":"Sie haben diesen Inhalt ausgeblendet. Über den Widerspruch muss eine Kollegin oder ein Kollege entscheiden.","workspace.openIdeas":"Offene Ideen in Ihren Regionen","workspace.endorsed":"{name} unterstützt diese Idee.","workspace.endorse":"Im Namen von {name} unterstützen","workspace.withdraw":"Unterstützung zurückziehen","inbox.title":"Benachrichtigungen","inbox.signIn":"Bitte melden Sie sich an, um Ihre Benachrichtigungen zu sehen.","inbox.offline":"Die Benachrichtigungen brauchen eine Verbindung. Bitte versuchen Sie es wieder, sobald Sie online sind.","inbox.listTitle":"Ihre Benachrichtigungen","inbox.none":"Sie haben keine Benachrichtigungen.","inbox.new":"Neu","inbox.theIdea":"diese Idee","inbox.reason":"Grund:","inbox.open":"Zur Idee „{title}“","inbox.openTarget":"Zur Idee „{title}“, für die Ihre Unterstützung jetzt zählt","inbox.markRead":"Als gelesen markieren","inbox.kind.published":"Ihre Idee „{title}“ wurde veröffentlicht.","inbox.kind.status_changed":"Ihre Idee „{title}“ hat einen neuen Stand: {status}.","inbox.kind.hidden":"Ihre Idee „{title}“ wurde ausgeblendet. Sie können Widerspruch einlegen.","inbox.kind.restored":"Ihre Idee „{title}“ wird wieder angezeigt.","inbox.kind.merged":"Ihre Idee „{title}“ wurde mit der Idee „{target}“ zusammengeführt.","inbox.kind.vote_moved":"Die Idee „{title}“ wurde zusammengeführt. Ihre Stimme zählt jetzt für „{target}“; Sie können sie dort zurückziehen.","inbox.kind.appeal_decided":"Über Ihren Widerspruch zur Idee „{title}“ wurde entschieden.","inbox.settingsTitle":"Einstellungen","inbox.email":"Benachrichtigungen auch per E-Mail","inbox.emailHint":"Die Benachrichtigungen hier bleiben in jedem Fall erhalten.","inbox.saved":"Ihre Einstellung ist gespeichert.","solutions.title":"Lösungen aus der Region","solutions.intro":"Diese Ideen wurden in einer Gemeinde umgesetzt und zum Nachmachen freigegeben. Verwaltungen anderer Gemeinden können sie übernehmen.","solutions.offline":"Die Lösungen aus der Region brauchen eine Verbindung. Bitte versuchen Sie es wieder, sobald Sie online sind.","solutions.none":"Noch keine Lösungen freigegeben.","solutions.from":"Umgesetzt in {region}, zuletzt geändert am {date}","solutions.region":"Für welche Gemeinde oder welchen Kreis übernehmen?","solutions.adopt":"Übernehmen","solutions.adopted":"Übernommen. Die Idee steht jetzt in Ihrer Region.","solutions.openAdopted":"Zur übernommenen Idee","appeal.title":"Widerspruch einlegen","appeal.label":"Warum soll Ihre Idee wieder angezeigt werden?","appeal.hint":"Zwischen {min} und {max} Zeichen. Sie können nur einmal widersprechen; eine andere Person aus der Moderation entscheidet.","appeal.short":"Bitte schreiben Sie mindestens {min} Zeichen.","appeal.submit":"Widerspruch senden","appeal.done":"Ihr Widerspruch ist eingegangen. Sie erhalten eine Benachrichtigung, sobald entschieden ist.","assisted.title":"Für jemanden eintragen","assisted.intro":"Hier tragen Sie eine Idee oder eine Bewertung für eine Person ein, die nicht online ist, zum Beispiel aus einer Sprechstunde oder von einem Papierformular. Das geht auch ohne Verbindung: Der Beitrag wird gesendet, sobald Sie wieder online sind.","assisted.signIn":"Bitte melden Sie sich an, um für jemanden einzutragen.","assisted.noOrganization":"Für jemanden eintragen können Mitglieder eines bestätigten Verbands oder einer Verwaltung. Wenn Sie Mitglied sind, öffnen Sie diese Seite einmal mit Verbindung.","assisted.kind":"Was tragen Sie ein?","assisted.kindIdea":"Eine Idee","assisted.kindFeedback":"Eine Bewertung eines Dienstes","assisted.channel":"Wie haben Sie den Beitrag bekommen?","assisted.channelAssisted":"Im Gespräch (zum Beispiel in einer Sprechstunde)","assisted.channelPaper":"Auf einem Papierformular","assisted.organization":"Für welche Organisation tragen Sie ein?","assisted.region":"Für welchen Ort?","assisted.service":"Welcher Dienst?","assisted.serviceRequired":"Bitte wählen Sie einen Dienst.","assisted.consent":"Die Person ist einverstanden, dass ich diesen Beitrag für sie eintrage.","assisted.consentHint":"Wir speichern nur, dass die Person einverstanden ist. Wer sie ist, speichern wir nicht. Bitte schreiben Sie keine Namen in den Text.","assisted.consentRequired":"Bitte bestätigen Sie, dass die Person einverstanden ist.","assisted.submit":"Eintragen","assisted.entries":"Ihre Einträge für andere","assisted.fromWorkspace":"Eine Idee oder Bewertung für jemanden eintragen, der nicht online ist","services.answered":{one:"Die Verwaltung hat 1 von {total} Rückmeldungen beantwortet.",other:"Die Verwaltung hat {count} von {total} Rückmeldungen beantwortet."},"services.fixedThisMonth":{one:"Diesen Monat wurde 1 Problem behoben.",other:"Diesen Monat wurden {count} Probleme behoben."},"rate.barrierOther":"Welche andere Barriere? (freiwillig)","rate.readers":"Ihre Rückmeldung lesen die Mitarbeitenden von {staff} und Moderierende von {moderators}. Die Verwaltung kann Ihnen antworten; die Antwort steht dann unter „Meine Beiträge“. Öffentlich sind nur Zahlen.","rate.readersStaffOf":"der Gemeinde {name}","rate.readersNone":"den Verbänden der Region","barrier.magnification":"Nicht mit Vergrößerung oder Zoom nutzbar","barrier.other":"Andere Barriere","idea.declined":"Diese Idee wurde abgelehnt. Die Begründung der Verwaltung:","hidden.title":"Ausgeblendet","hidden.reason":"Grund:","hidden.note":"Hinweis der Moderation:","hidden.appeal":"Widerspruch einlegen","hidden.byReports":"Mehrere Personen haben den Beitrag gemeldet. Die Moderation prüft ihn.","mine.answer":"Antwort der Verwaltung vom {date}:","inbox.openFeedback":"Zu Ihren Bewertungen","inbox.kind.feedback_answered":"Die Verwaltung hat auf Ihre Bewertung eines Dienstes geantwortet.","desk.title":"Rückmeldungen zu Diensten","desk.back":"Zurück zum Arbeitsbereich","desk.fromWorkspace":"Rückmeldungen zu Diensten lesen und beantworten","desk.intro":"Hier stehen die Bewertungen der Dienste in Ihren Regionen, die neuesten zuerst. Ihre Antwort bekommt die Person als Benachrichtigung; öffentlich ist sie nicht.","desk.filterTitle":"Auswahl","desk.all":"Alle","desk.service":"Dienst","desk.region":"Gemeinde","desk.state":"Stand","desk.state.new":"Neu","desk.state.seen":"Gelesen","desk.state.forwarded":"An den Anbieter weitergegeben","desk.state.fixed":"Behoben","desk.answer":"Antwort an die Person (freiwillig)","desk.answerHint":"Nur die Person, die bewertet hat, liest die Antwort.","desk.save":"Speichern","desk.rating":"{rating} von 5 Sternen","desk.noText":"Ohne Text.","desk.answeredOn":"Beantwortet am {date}","desk.channel.app":"über die App","desk.channel.assisted":"im Gespräch eingetragen","desk.channel.paper":"von einem Papierformular","desk.listTitle":"Rückmeldungen, neueste zuerst","desk.none":"Keine Rückmeldungen für diese Auswahl.","desk.confirm.answered":"Gespeichert – die Person wurde benachrichtigt.","desk.confirm.saved":"Gespeichert.","workspace.moreActions":"Weitere Aktionen","workspace.dismissOpen":"Meldung zurückweisen","workspace.hideOpen":"Ausblenden","workspace.dismissReason":"Warum weisen Sie die Meldung zurück?","workspace.dismissHint":"Der Beitrag bleibt sichtbar. Die Begründung steht im Moderationsprotokoll.","workspace.dismissReasonRequired":"Bitte schreiben Sie eine Begründung.","workspace.dismiss":"Zurückweisen","workspace.ownContent":"Diese Meldung betrifft Ihren eigenen Beitrag. Darüber entscheidet eine Kollegin oder ein Kollege.","workspace.confirm.hidden":"Ausgeblendet – die Person wurde benachrichtigt.","workspace.confirm.dismissed":"Meldung zurückgewiesen – der Beitrag bleibt sichtbar.","workspace.confirm.published":"Veröffentlicht – die Person wurde benachrichtigt.","workspace.confirm.merged":"Zusammengeführt – die Person wurde benachrichtigt.","workspace.confirm.restored":"Wieder angezeigt – die Person wurde benachrichtigt.","error.status404":"Das geht hier nicht: Der Eintrag liegt nicht in Ihrer Region, oder jemand hat ihn inzwischen bearbeitet. Bitte laden Sie die Seite neu.","error.status403":"Dazu sind Sie nicht berechtigt.","error.transition_not_allowed":"Dieser Schritt passt nicht mehr zum Stand der Idee. Bitte laden Sie die Seite neu und wählen Sie den nächsten Schritt.","error.response_required":"Bitte schreiben Sie eine öffentliche Antwort.","error.merge_target_required":"Bitte wählen Sie die Idee, in die diese Idee aufgeht.","error.merge_target_invalid":"In diese Idee kann nicht zusammengeführt werden: Sie muss veröffentlicht und noch offen sein.","error.validation_invalid_value":"Dieser Wert ist nicht möglich.","confirm.rating":"Danke! Ihre Bewertung ist gespeichert.","confirm.idea":"Danke für Ihre Idee!","confirm.comment":"Danke für Ihren Kommentar!","confirm.report":"Danke für Ihre Meldung. Die Moderation sieht sie sich an.","confirm.appeal":"Ihr Einspruch ist eingegangen.","confirm.entryIdea":"Die Idee ist eingetragen.","confirm.entryFeedback":"Die Bewertung ist eingetragen.","confirm.rating.signIn":"Sie wird gesendet, sobald Sie sich anmelden oder ein Konto anlegen.","confirm.rating.offline":"Sie wird gesendet, sobald wieder eine Verbindung besteht.","confirm.entryIdea.offline":"Die Idee ist gespeichert und wird gesendet, sobald eine Verbindung besteht.","confirm.entryFeedback.offline":"Die Bewertung ist gespeichert und wird gesendet, sobald eine Verbindung besteht.","confirm.signedIn":"Sie sind angemeldet.","confirm.state.sent":{one:"Ihr Beitrag ist gesendet.",other:"Ihre {count} Beiträge sind gesendet."},"confirm.state.sending":{one:"Ihr Beitrag wird gesendet …",other:"Ihre {count} Beiträge werden gesendet …"},"confirm.state.offline":{one:"Der Beitrag ist auf diesem Gerät gespeichert und wird gesendet, sobald wieder eine Verbindung besteht.",other:"Sie sind auf diesem Gerät gespeichert und werden gesendet, sobald wieder eine Verbindung besteht."},"confirm.state.signIn":{one:"Der Beitrag ist auf diesem Gerät gespeichert und wird gesendet, sobald Sie sich anmelden oder ein Konto anlegen.",other:"Sie sind auf diesem Gerät gespeichert und werden gesendet, sobald Sie sich anmelden oder ein Konto anlegen."},"confirm.state.rejected":"Der Server hat den Beitrag nicht angenommen.","password.forgot":"Passwort vergessen?","password.forgotTitle":"Passwort vergessen","password.forgotIntro":"Geben Sie die E-Mail-Adresse Ihres Kontos ein. Wir schicken Ihnen einen Link, mit dem Sie ein neues Passwort festlegen.","password.request":"Link schicken","password.sent":"Wenn es ein Konto mit der Adresse {email} gibt, ist ein Link unterwegs. Er gilt 30 Minuten. Sehen Sie bitte auch im Spam-Ordner nach.","password.noEmail":"Diese Mitwirken-Seite kann keine E-Mails verschicken: Der Betreiber hat keinen E-Mail-Versand eingerichtet. Deshalb können wir Ihnen keinen Link für ein neues Passwort schicken.","password.askOperator":"Bitte wenden Sie sich an den Betreiber:","password.askOperatorUnknown":"Bitte wenden Sie sich an den Betreiber dieser Seite, zum Beispiel an Ihre Gemeindeverwaltung.","password.resetTitle":"Neues Passwort festlegen","password.new":"Neues Passwort","password.save":"Passwort speichern","password.changed":"Ihr Passwort ist geändert. Sie können sich jetzt damit anmelden.","password.linkInvalid":"Der Link ist ungültig oder abgelaufen. Bitte fordern Sie einen neuen an.","password.requestAgain":"Neuen Link anfordern","account.emailMissing":"Bitte geben Sie Ihre E-Mail-Adresse ein.","account.emailInvalid":"Bitte geben Sie eine E-Mail-Adresse in der Form name@beispiel.de ein.","account.passwordMissing":"Bitte geben Sie Ihr Passwort ein.","account.passwordShort":"Das Passwort ist zu kurz: bitte mindestens {min} Zeichen.","account.passwordMismatch":"Die beiden Passwörter stimmen nicht überein.","account.nameShort":"Bitte geben Sie einen Namen mit mindestens {min} Zeichen ein.","signUp.privacyTitle":"Was wir speichern","signUp.privacy":"Ihre E-Mail-Adresse (nur zum Anmelden und, wenn Sie möchten, für Benachrichtigungen; niemand sonst sieht sie), den angezeigten Namen (ein Fantasiename ist in Ordnung), Ihre Gemeinde und Ihre Beiträge. Sie können alles herunterladen und Ihr Konto löschen.","signUp.privacyMore":"Mehr zum Datenschutz in der Hilfe","mine.discardQuestion":"{what} wirklich verwerfen? Der Beitrag wurde noch nicht gesendet und ist dann verloren.","mine.discardYes":"Ja, verwerfen","mine.discardNo":"Behalten","mine.discarded":"Verworfen: {what}.","mine.noneWaiting":"Nichts wartet mehr auf das Senden.","insight.title":"Gemeinden vergleichen","insight.intro":"Wie bewerten die Menschen einen Online-Dienst in den Gemeinden eines Landkreises? Wo hakt es, und wer hat es schon gelöst?","insight.district":"Landkreis","insight.service":"Online-Dienst","insight.show":"Vergleich zeigen","insight.resultTitle":"{service} im {region}","insight.privacy":"Zahlen erscheinen erst, wenn mindestens {k} Menschen bewertet haben; sonst steht dort „zu wenige Bewertungen“.","insight.noneRated":"In keiner Gemeinde haben genug Menschen diesen Dienst bewertet.","insight.tooFew":"zu wenige Bewertungen","insight.chart.ratings":"Verteilung der Bewertungen","insight.chart.trend":"Mittlere Bewertung je Monat","insight.chart.barriers":"Anteil der gemeldeten Barrieren","insight.tableOf":"Daten: {chart}","insight.csv":"Daten als CSV herunterladen: {chart}","insight.municipality":"Gemeinde","insight.month":"Monat","insight.barrier":"Barriere","insight.stars":{one:"1 Stern",other:"{count} Sterne"},"insight.mean":"Mittelwert (95-%-Intervall)","insight.meanWithInterval":"{mean} ({low} bis {high})","insight.summary.ratings":"Am besten bewertet: {best} mit {bestMean} Sternen im Mittel; am schlechtesten: {worst} mit {worstMean}.","insight.summary.onlyOne":"Nur {name} hat genug Bewertungen für Zahlen: {mean} Sterne im Mittel.","insight.summary.trendWhy":"Ein Monat erscheint, sobald er vorbei ist und mindestens so viele Menschen in ihm bewertet haben wie oben genannt.","insight.summary.tooFew":"Zu wenige Bewertungen für Zahlen: {names}.","insight.summary.trend":{one:"Ein Monatswert von {months} Monaten hat genug Bewertungen.",other:"{count} Monatswerte in {months} Monaten haben genug Bewertungen."},"insight.summary.barrier":"{name}: am häufigsten „{barrier}“ ({share} %).","insight.summary.noBarriers":"Keine Barrieren gemeldet.","insight.municipalities":"Die Gemeinden im Einzelnen","insight.rating":"{mean} von 5 Sternen (95-%-Intervall {low} bis {high}), {count} Bewertungen","insight.ideas":"Ideen zu diesem Dienst:","insight.noIdeas":"Noch keine Ideen zu diesem Dienst.","insight.median":"Antwortet im Mittel (Median) nach {days} Tagen.","insight.noResponses":"Noch keine Antworten auf Ideen.","insight.learnFrom":"Lösungen von Gemeinden, die besser bewertet sind:","insight.adopt":"übernehmen","insight.transparencyOf":"Transparenzseite von {name}","insight.themes.title":"Themen über Gemeinden hinweg","insight.themes.intro":"Worüber die Menschen im Landkreis immer wieder schreiben, in Ideen und Rückmeldungen des letzten Jahres, über die Gemeinden hinweg zusammengefasst. Jede Nacht neu berechnet, auf dem Server, ohne fremde Dienste.","insight.themes.privacy":"Ein Thema erscheint erst, wenn mindestens {k} Personen dazu geschrieben haben; kleinere Zahlen werden nicht genannt. Beispiele sind nur öffentliche Ideen, Texte von Rückmeldungen werden nie gezeigt.","insight.themes.onlyStaff":"Die Themen sehen nur Moderation und Verwaltung dieses Landkreises und seiner Gemeinden.","insight.themes.none":"Noch kein Thema, zu dem genug Personen geschrieben haben.","insight.themes.heading":{one:"1 Gemeinde: {label}",other:"{count} Gemeinden: {label}"},"insight.themes.people":"Personen","insight.themes.ideas":"Ideen","insight.themes.feedback":"Rückmeldungen","insight.themes.fewerThan":"weniger als {k} Personen","insight.themes.trend":"Verlauf","insight.themes.trend.rising":"zunehmend (letzte 3 Monate gegenüber den 3 davor)","insight.themes.trend.steady":"gleichbleibend","insight.themes.trend.falling":"abnehmend (letzte 3 Monate gegenüber den 3 davor)","insight.themes.where":"Gemeinden (Einträge):","insight.themes.examples":"Beispiele:","transparency.title":"Transparenz: {name}","transparency.intro":"Was die Gemeinde mit den Ideen und Bewertungen ihrer Bürgerinnen und Bürger gemacht hat.","transparency.introDistrict":"Was der Landkreis und seine Gemeinden mit den Ideen und Bewertungen ihrer Bürgerinnen und Bürger gemacht haben.","transparency.ideasTitle":"Ideen und Antworten","transparency.ideas":"Veröffentlichte Ideen","transparency.answered":"Davon beantwortet","transparency.implemented":"Davon umgesetzt","transparency.median":"Antwortzeit (Median)","transparency.days":"{days} Tage","transparency.best":"Am besten bewertete Dienste","transparency.worst":"Am schlechtesten bewertete Dienste","transparency.noWorst":"Zu wenige bewertete Dienste für diese Liste.","transparency.serviceRating":"{name} in {region}: {mean} von 5 Sternen ({count} Bewertungen)","transparency.noRatings":"Noch kein Dienst hat genug Bewertungen (mindestens {k} Menschen).","transparency.shared":"Mit anderen geteilte Lösungen","transparency.adoptions":{one:"von einer Gemeinde übernommen",other:"von {count} Gemeinden übernommen"},"transparency.noneShared":"Noch keine Lösung geteilt.","transparency.adopted":"Von anderen übernommene Lösungen","transparency.noneAdopted":"Noch keine Lösung übernommen."};var H=fe({region:"",rows:new Map});function Nn(e){let n={};for(let s=1;s<=5;s++)n[s]=e[`rating_${s}`]||0;let r={};for(let s of Object.keys(e))s.startsWith("barrier_")&&(r[s.slice(8)]=e[s]);return{count:e.count,mean:e.mean,distribution:n,barriers:r}}function lt(e,n){H.value={region:e,rows:new Map(n.map(r=>[r.service,Nn(r)]))}}async function Ke(e){let n=await Ve("ratings:"+e);n?lt(e,n):H.value.region!==e&&lt(e,[]);try{let r=encodeURIComponent(`region='${e}'`),s=await M(`/api/collections/feedback_summaries/records?filter=${r}&perPage=500&skipTotal=1`);await qe("ratings:"+e,s.items),lt(e,s.items)}catch{}}async function Wt(e,n){try{let r=await M(`/api/services/${encodeURIComponent(e)}/feedback?region=${encodeURIComponent(n)}`),s=new Map(H.value.region===n?H.value.rows:[]);s.set(e,r),H.value={region:n,rows:s}}catch{}}function Z(e){return e?se.value==="en"&&e.name_en?`${e.name_en} (${e.name})`:e.name:""}function He(e,n){return Z(e).localeCompare(Z(n),se.value==="en"?"en":"de")}function oe({service:e}){return se.value!=="en"||!e.name_en?e.name:i`${e.name_en} <span lang="de" class="official-name">(${e.name})</span>`}function Ze({summary:e}){if(!e?.count)return i`<p class="muted">${t("services.tooFewRatings")}</p>`;let n=Object.entries(e.barriers||{}).filter(([,r])=>r>0);return i`
    <p>${t("services.rating",{mean:Le(e.mean,1),count:e.count})}</p>
    ${n.length>0&&i`
      <p>${t("services.barriers")}${" "}
        ${n.map(([r,s],o)=>i`${o>0&&", "}${t("barrier."+r)}: ${s}`)}
      </p>`}
    ${e.answered!=null&&i`
      <p>${t("services.answered",{count:e.answered,total:e.count})}
        ${" "}${t("services.fixedThisMonth",{count:e.fixed_this_month})}</p>`}`}function Me({record:e,appeal:n}){let r=e.moderation_reason?t("report.reason."+e.moderation_reason):"";return!r&&e.hidden_reason==="reports"&&(r=t("hidden.byReports")),i`
    <div class="notice notice-hidden">
      <p><strong>${t("hidden.title")}</strong>${r&&i` – ${t("hidden.reason")} ${r}`}</p>
      ${e.moderation_note&&i`<p>${t("hidden.note")} ${e.moderation_note}</p>`}
      ${n&&i`<p><a href=${n}>${t("hidden.appeal")}</a></p>`}
    </div>`}function Qe({feedback:e}){let n=e.state&&e.state!=="new"&&i`<span class="badge">${t("desk.state."+e.state)}</span>`;return e.answer?i`
    ${n&&i` ${n}`}
    <div class="answer">
      <p><strong>${t("mine.answer",{date:D(e.answered_at)})}</strong></p>
      <blockquote><p>${e.answer}</p></blockquote>
    </div>`:n?i` ${n}`:null}function Ae(e,n){return e.filter(r=>(r.regions||[]).some(s=>s===n.id||s===n.parent))}function _n(){let e=A.value;if(y(t("services.title",{name:e?.name||""})),S(()=>{e&&Ke(e.id)},[e?.id]),x(z.value),!e)return i`<h1 tabindex="-1">${t("nav.services")}</h1><p>${t("region.needed")}</p><${X} after="/services" />`;let n=Ae(W.services.value,e),r=H.value.region===e.id?H.value.rows:new Map,s=ge.map(o=>[o,n.filter(a=>a.topic===o).sort(He)]).filter(([,o])=>o.length);return i`
    <h1 tabindex="-1">${t("services.title",{name:e.name})}</h1>
    <p>${t("services.intro")}</p>
    ${z.value&&n.length===0&&i`<p>${t("services.none")}</p>`}
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
              <h3><a href=${"/services/"+d.id}><${oe} service=${d} /></a></h3>
              <${Ze} summary=${r.get(d.id)} />
            </li>`)}
        </ul>
      </section>`)}`}async function ae(e,n){let r=await Rt(e,n,b.value?.id);return ct(),Lt(),r}var Gt=e=>e?{channel:e.channel,organization:e.organization,consent:!!e.consent}:{};function Je({title:e,body:n,region:r,service:s,topic:o},a){let d=crypto.randomUUID();return ae("idea.create",{id:d,title:e,body:n,region:r,service:s||"",topic:o||"",...Gt(a)})}function Kt(e,{title:n,body:r}){return ae("idea.update",{id:e.id,base_updated:e.sync==="synced"&&e.updated||"",title:n,body:r})}function Ye(e){return ae("vote.cast",{id:crypto.randomUUID(),idea:e})}function Ht(e){return ae("vote.retract",{idea:e})}function Zt(e,n){return ae("comment.create",{id:crypto.randomUUID(),idea:e,body:n})}function Qt(e,n){return ae("comment.update",{id:e.id,body:n})}function Jt(e,n,r){return ae("report.create",{id:crypto.randomUUID(),...e,reason:n,note:r||""})}function Xe({service:e,region:n,rating:r,text:s,barriers:o,barrierOther:a},d){let c=o.includes("other")?(a||"").trim():"";return ae("feedback.create",{id:crypto.randomUUID(),service:e,region:n,rating:r,text:s||"",barriers:o,barrier_other:c,...Gt(d)})}function Yt(e){return Et(e)}async function Xt(e,n){await Tt(e,n),ct()}function k({id:e,label:n,hint:r,error:s,control:o}){let a=[r&&e+"-hint",s&&e+"-error"].filter(Boolean).join(" ")||void 0;return i`
    <div class="field">
      <label for=${e}>${n}</label>
      ${r&&i`<p class="hint" id=${e+"-hint"}>${r}</p>`}
      ${s&&i`<p class="error" id=${e+"-error"}>${s}</p>`}
      ${o({id:e,"aria-describedby":a,"aria-invalid":s?"true":void 0})}
    </div>`}function ne(e){let n={};for(let[r,s]of Object.entries(e?.data||{}))n[r]=dt(s);return n}function ke({error:e}){return e?i`<p class="error">${t("sync.reason")} ${dt(e)}</p>`:null}function On({ids:e,items:n},r){let s=Te.value.filter(o=>e.includes(o.id));return s.some(o=>o.state==="rejected")?"rejected":!s.length&&Te.value!==n?"sent":!b.value||Ue.value?"signIn":r?"sending":"offline"}function ye(){let e=J(),n=j(null),r=Ut.value,s=r&&r.path===be.value.path;if(S(()=>{s&&n.current?.focus()},[s&&r.serial]),!s)return null;let{what:o,ids:a}=r,d=On(r,e),c=encodeURIComponent(r.path),m=`confirm.${o}.${d}`;return i`
    <div class=${"confirmation confirmation-"+d} ref=${n} tabindex="-1" role=${d==="rejected"?"alert":"status"}>
      <p class="confirmation-title">${t("confirm."+o)}</p>
      ${a.length>0&&i`<p>${Pe(m)?t(m):t("confirm.state."+d,{count:a.length})}</p>`}
      ${d==="signIn"&&i`
        <p><a href=${"/signin?next="+c}>${t("nav.signIn")}</a> · <a href=${"/signup?next="+c}>${t("signUp.title")}</a></p>`}
      ${d==="rejected"&&i`<p><a href="/mine">${t("notice.review")}</a></p>`}
    </div>`}var en=({rating:e})=>e?{}:{rating:t("rate.ratingRequired")};function mt({rating:e,setRating:n,barriers:r,toggle:s,other:o="",setOther:a,text:d,setText:c,error:m}){return i`
    <fieldset aria-describedby=${m?"rating-error":void 0}>
      <legend>${t("rate.ratingLegend")}</legend>
      ${m&&i`<p class="error" id="rating-error">${m}</p>`}
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
      ${It.map(l=>i`
        <label class="choice">
          <input type="checkbox" name="barriers" value=${l} checked=${r.includes(l)} onChange=${()=>s(l)} />
          ${t("barrier."+l)}
        </label>`)}
      ${r.includes("other")&&a&&i`
        <div class="field">
          <label for="barrier-other">${t("rate.barrierOther")}</label>
          <input type="text" id="barrier-other" maxLength=${v.barrierOther[1]} value=${o}
            onInput=${l=>a(l.currentTarget.value)} />
        </div>`}
    </fieldset>
    <div class="field">
      <label for="feedback-text">${t("rate.text")}</label>
      <p class="hint" id="feedback-text-hint">${t("hint.feedbackText",{max:v.feedbackText[1]})}</p>
      <textarea id="feedback-text" rows="4" maxLength=${v.feedbackText[1]} aria-describedby="feedback-text-hint"
        value=${d} onInput=${l=>c(l.currentTarget.value)}></textarea>
    </div>`}function Fn({place:e}){let n=[...je.value.values()].filter(o=>o.verified&&(o.regions||[]).some(a=>a===e.id||a===e.parent)),r=n.filter(o=>o.kind==="kommune").map(o=>o.name),s=n.filter(o=>o.kind!=="kommune").map(o=>o.name);return i`<p class="hint" id="feedback-readers">${t("rate.readers",{staff:r.length?r.join(", "):t("rate.readersStaffOf",{name:e.name}),moderators:s.length?s.join(", "):t("rate.readersNone")})}</p>`}var Pn=["rating","rating-1"];function Ln({service:e,place:n}){let[r,s]=$(0),[o,a]=$([]),[d,c]=$(""),[m,l]=$(""),u=K(en,{rating:r});return i`
    <form class="stack" onSubmit=${async f=>{if(f.preventDefault(),u.show(en({rating:r})))return;let w=await Xe({service:e.id,region:n.id,rating:r,text:m.trim(),barriers:o,barrierOther:d});s(0),a([]),c(""),l(""),P("rating",[w.id])}} noValidate>
      <${Fn} place=${n} />
      <${T} form=${u} fields=${[Pn]} id="rating-errors" />
      <${mt} rating=${r} setRating=${s} barriers=${o} toggle=${f=>a(o.includes(f)?o.filter(w=>w!==f):[...o,f])}
        other=${d} setOther=${c} text=${m} setText=${l} error=${u.errors.rating} />
      ${!b.value&&i`<p class="hint">${t("hint.signedOut")}</p>`}
      <button type="submit">${t("rate.submit")}</button>
    </form>`}function Vn({id:e}){let n=A.value,r=L.value.get(e);if(y(Z(r)||t("nav.services")),x(z.value),S(()=>{n&&Ke(n.id).then(()=>Wt(e,n.id))},[e,n?.id]),!n)return i`<h1 tabindex="-1">${t("nav.services")}</h1><p>${t("region.needed")}</p><${X} after=${"/services/"+e} />`;if(!r)return z.value?i`<${Ge} />`:i`<p>${t("common.loading")}</p>`;let s=H.value.region===n.id?H.value.rows.get(e):null,o=E.value.feedback.filter(a=>a.service===e&&a.region===n.id);return i`
    <p><a href="/services">${t("service.back")}</a></p>
    <${ye} />
    <h1 tabindex="-1"><${oe} service=${r} /></h1>
    ${r.summary&&i`<p>${r.summary}</p>`}
    ${r.link&&i`<p><a href=${r.link} rel="noopener">${t("service.link")}</a></p>`}
    <h2>${t("service.summaryTitle",{name:n.name})}</h2>
    <${Ze} summary=${s} />
    ${o.length>0&&i`
      <h2>${t("service.mine")}</h2>
      <ul class="plain">
        ${o.map(a=>i`
          <li key=${a.id}>
            ${t("service.myRating",{rating:a.rating,date:D(a.created)})} <${G} item=${a} />
            ${a.sync==="rejected"&&i`<${ke} error=${a.mutation.error} />`}
            <${Qe} feedback=${a} />
          </li>`)}
      </ul>`}
    <h2>${t("rate.title")}</h2>
    <${Ln} service=${r} place=${n} />`}var qn=new Set("der die das und oder ein eine einer eines einem einen ist sind mit für fur von zu im in am an auf aus bei nicht auch es sich wir ich sie er man mehr sehr wie was wenn dass den dem des als nur noch so bitte the and for with of to a an is are be on in at".split(" "));function ut(e){return(e||"").toLowerCase().replace(/ä/g,"ae").replace(/ö/g,"oe").replace(/ü/g,"ue").replace(/ß/g,"ss").normalize("NFD").replace(/[\u0300-\u036f]/g,"").split(/[^a-z0-9]+/).filter(n=>n.length>=3&&!qn.has(n))}var pt=e=>e.replace(/(ungen|ung|en|er|es|e|n|s)$/,"")||e;function tn(e,n){let r=ut(n).map(pt);if(!r.length)return[];let s=[];for(let o of e){let a=ut(o.title).map(pt),d=a.concat(ut(o.body).map(pt));r.every(c=>d.some(m=>m.startsWith(c)))&&s.push({idea:o,score:r.filter(c=>a.some(m=>m.startsWith(c))).length})}return s.sort((o,a)=>a.score-o.score).map(o=>o.idea)}var $t=()=>import("./chunk-FBK5JN4A.js");async function nn(e,n){return(await $t()).similarLocally(e,n)}async function rn(e,n,r){if(!navigator.onLine)return{items:tn(r,e),offline:!0};try{return{items:(await M(`/api/ideas/search?q=${encodeURIComponent(e)}&region=${encodeURIComponent(n)}`,{timeout:8e3})).items,offline:!1}}catch(s){if(!(s instanceof ot))throw s;return{items:tn(r,e),offline:!0}}}async function sn(e,n,r){if(!navigator.onLine)return{items:await nn(r,e),offline:!0};try{return{items:(await M(`/api/ideas/similar?text=${encodeURIComponent(e.slice(0,500))}&region=${encodeURIComponent(n)}&limit=5`,{timeout:5e3})).items,offline:!1}}catch(s){if(!(s instanceof ot))throw s;return{items:await nn(r,e),offline:!0}}}var on={new:(e,n)=>e.created<n.created?1:-1,top:(e,n)=>(n.votes_count||0)-(e.votes_count||0)||(e.created<n.created?1:-1),status:(e,n)=>_e.indexOf(e.status)-_e.indexOf(n.status)||(n.votes_count||0)-(e.votes_count||0)};function Un(e,n){let[r,s]=$(null);return S(()=>{if(s(null),!e)return;let o=!0;return rn(e,ie.value,n).then(a=>o&&s(a)).catch(a=>o&&s({items:[],error:a})),()=>{o=!1}},[e,ie.value]),r}function jn(){let e=A.value,{query:n}=be.value,r=on[n.get("sort")]?n.get("sort"):"new",s=n.get("scope")==="place"?"place":"district",o=(n.get("q")||"").trim(),[a,d]=$(o),c=F.value.get(ie.value)?.name||"";y(t("ideas.title",{name:c||e?.name||""})),x(z.value);let l=[...E.value.ideas.values()].filter(p=>p.sync!=="rejected"&&!p.hidden).filter(p=>{let _=F.value.get(p.region);return p.region===ie.value||_?.parent===ie.value||p.sync!=="synced"}),u=Un(o.length>=3?o:"",l);if(!e)return i`<h1 tabindex="-1">${t("nav.ideas")}</h1><p>${t("region.needed")}</p><${X} after="/ideas" />`;let h=l.filter(p=>s==="district"||p.region===e.id||p.region===e.parent).sort(on[r]),g=p=>{let _=new URLSearchParams(n);for(let[ee,he]of Object.entries(p))he?_.set(ee,he):_.delete(ee);we("/ideas"+(_.toString()?"?"+_:""),{replace:!0})},f=p=>{p.preventDefault(),g({q:a.trim()})},w=null;if(o)if(o.length<3)w=i`<p class="error">${t("ideas.searchShort")}</p>`;else if(!u)w=i`<p>${t("common.loading")}</p>`;else if(u.error)w=i`<p class="error">${t("ideas.searchFailed")}</p>`;else{let p=u.items.map(_=>E.value.ideas.get(_.id)||{..._,sync:"synced"});w=i`
        <p>${t(u.offline?"ideas.resultsOffline":"ideas.results",{count:p.length,q:o})}</p>
        <${ze} ideas=${p} level="3" />`}let N=r==="status"?_e.map(p=>[p,h.filter(_=>_.status===p)]).filter(([,p])=>p.length):null,I=h.filter(p=>!p.status);return i`
    <h1 tabindex="-1">${t("ideas.title",{name:c||e.name})}</h1>
    <p><a href="/ideas/new">${t("ideas.submitLink")}</a></p>
    <form role="search" class="search" onSubmit=${f}>
      <label for="idea-search">${t("ideas.searchLabel")}</label>
      <div class="inline">
        <input id="idea-search" type="search" name="q" value=${a} onInput=${p=>d(p.currentTarget.value)} />
        <button type="submit">${t("ideas.search")}</button>
        ${o&&i`<button type="button" class="secondary" onClick=${()=>{d(""),g({q:""})}}>${t("ideas.clearSearch")}</button>`}
      </div>
    </form>
    ${o&&i`<section aria-labelledby="results-title"><h2 id="results-title">${t("ideas.resultsTitle")}</h2>${w}</section>`}
    ${!o&&i`
      <div class="filters">
        <div class="field">
          <label for="idea-sort">${t("ideas.sortLabel")}</label>
          <select id="idea-sort" value=${r} onChange=${p=>g({sort:p.currentTarget.value==="new"?"":p.currentTarget.value})}>
            <option value="new">${t("ideas.sortNew")}</option>
            <option value="top">${t("ideas.sortTop")}</option>
            <option value="status">${t("ideas.sortStatus")}</option>
          </select>
        </div>
        <div class="field">
          <label for="idea-scope">${t("ideas.scopeLabel")}</label>
          <select id="idea-scope" value=${s} onChange=${p=>g({scope:p.currentTarget.value==="place"?"place":""})}>
            <option value="district">${t("ideas.scopeDistrict",{name:c})}</option>
            <option value="place">${t("ideas.scopePlace",{name:e.name})}</option>
          </select>
        </div>
      </div>
      <h2 class="visually-hidden">${t("ideas.listTitle")}</h2>
      ${h.length===0&&(Ot.value?i`<p>${t("ideas.none")}</p>`:i`<p role="status">${t("home.loadingIdeas")}</p>`)}
      ${N?i`
          ${I.length>0&&i`<h3>${t("sync.pending")}</h3><${ze} ideas=${I} level="4" />`}
          ${N.map(([p,_])=>i`<h3>${t("status."+p)}</h3><${ze} ideas=${_} level="4" />`)}`:i`<${ze} ideas=${h} level="3" />`}`}`}var Wn=({reason:e})=>e?{}:{reason:t("report.reasonRequired")};function ht({target:e,id:n,label:r}){let{form:s,set:o,errors:a,refused:d}=U(Wn,{reason:"",note:""});return i`
    <details class="report">
      <summary>${r}</summary>
      <form class="stack" onSubmit=${async m=>{if(d(m))return;let l=await Jt(e,s.reason,s.note.trim());P("report",[l.id])}} noValidate>
        <${T} form=${a} fields=${[["reason",n+"-reason"]]} id=${n+"-errors"} />
        <${k} id=${n+"-reason"} label=${t("report.reason")} error=${a.errors.reason} control=${m=>i`
          <select ...${m} value=${s.reason} onChange=${o("reason")}>
            <option value="">${t("report.choose")}</option>
            ${Oe.map(l=>i`<option value=${l}>${t("report.reason."+l)}</option>`)}
          </select>`} />
        <${k} id=${n+"-note"} label=${t("report.note")} hint=${t("hint.reportNote",{max:v.note[1]})} control=${m=>i`
          <textarea ...${m} rows="2" maxLength=${v.note[1]} value=${s.note} onInput=${o("note")}></textarea>`} />
        <button type="submit">${t("report.submit")}</button>
      </form>
    </details>`}function R(e,n={}){return M(e,{...n,token:te.value?.token})}var ft=100;async function V(e,n,{expand:r,sort:s="-created",limit:o=ft}={}){let a=new URLSearchParams({filter:n,sort:s,perPage:String(o+1),skipTotal:"1"});return r&&a.set("expand",r),(await R(`/api/collections/${e}/records?${a}`)).items}function Q(e,n=[],r=()=>!0){let[s,o]=$({data:null,error:null}),a=j(ft),d=st(()=>e(a.current).then(m=>o({data:m,error:null}),m=>o(l=>({data:l.data,error:m}))),[]);S(()=>{d();let m=()=>document.visibilityState==="visible"&&d();document.addEventListener("visibilitychange",m);let l=0,u=n.length?Ft(n,te.value?.token,h=>{h?.record&&!r(h.record)||(clearTimeout(l),l=setTimeout(d,300))}):()=>{};return()=>{document.removeEventListener("visibilitychange",m),clearTimeout(l),u()}},[]);let c=st(()=>(a.current+=ft,d()),[]);return{...s,reload:d,limit:a.current,showMore:c}}function xe(e,n){return e.length>n?`${n}+`:String(e.length)}function Se({items:e,limit:n,render:r,showMore:s}){return i`
    <ul class="plain workspace-list">${e.slice(0,n).map(r)}</ul>
    ${e.length>n&&i`<p><button type="button" class="secondary" onClick=${s}>${t("workspace.more")}</button></p>`}`}function B({error:e,id:n}){if(!e)return null;if(!(e instanceof O))return i`<p class="error" id=${n} role="alert">${t("workspace.offline")}</p>`;let r=Object.entries(ne(e)),s=Pe("error.status"+e.status)?t("error.status"+e.status):e.message;return i`
    <div class="error" id=${n} role="alert">
      <p>${s}</p>
      ${r.length>0&&i`<ul>${r.map(([o,a])=>i`<li key=${o}>${a}</li>`)}</ul>`}
    </div>`}function C(e){let[n,r]=$(null),[s,o]=$(!1);return{error:n,busy:s,run:async d=>{o(!0),r(null);try{await d(),await e()}catch(c){r(c)}finally{o(!1)}}}}function ue({idea:e}){return i`
    <h4><a href=${"/ideas/"+e.id}>${e.title}</a></h4>
    <p class="meta">${t("idea.by",{name:e.author_name||t("idea.anonymous")})} · ${D(e.created)}</p>
    <p>${e.body}</p>`}function Ce({record:e}){if(!e.moderation_reason&&!e.moderation_note)return null;let n=e.moderation_reason?t("report.reason."+e.moderation_reason):"";return i`<p>${t("workspace.hiddenBecause")} ${[n,e.moderation_note].filter(Boolean).join(": ")}</p>`}function de({id:e,label:n,hint:r,missing:s,value:o,setValue:a,rows:d=2,max:c=2e3}){let m=[r&&e+"-hint",s&&e+"-missing"].filter(Boolean).join(" ")||void 0;return i`
    <div class="field">
      <label for=${e}>${n}</label>
      ${r&&i`<p class="hint" id=${e+"-hint"}>${r}</p>`}
      ${s&&i`<p class="error" id=${e+"-missing"}>${s}</p>`}
      <textarea id=${e} rows=${d} maxLength=${c} required value=${o}
        aria-describedby=${m} aria-invalid=${s?"true":void 0}
        onInput=${l=>a(l.currentTarget.value)}></textarea>
    </div>`}function pe({name:e,legend:n,missing:r,value:s,setValue:o,choices:a}){return i`
    <fieldset aria-describedby=${r?e+"-missing":void 0}>
      <legend>${n}</legend>
      ${r&&i`<p class="error" id=${e+"-missing"}>${r}</p>`}
      <div class="choices">
        ${a.map(([d,c])=>i`
          <label class="choice" key=${d}>
            <input type="radio" name=${e} id=${e+"-"+d} value=${d} checked=${s===d}
              onChange=${()=>o(d)} />
            ${c}
          </label>`)}
      </div>
    </fieldset>`}var Ie=(e,n)=>e.name.localeCompare(n.name,"de"),et=e=>n=>{let r=ce(e);return!("region"in n)||!r.length||r.some(s=>s.id===n.region)};function Be(e){let n=e.flatMap(a=>a?.regions||[]),r=ce({regions:n}).map(a=>`region='${a.id}'`),s=n.filter(a=>!F.value.has(a)).map(a=>`region='${a}' || region.parent='${a}'`),o=[...new Set([...r,...s])];return o.length?"("+o.join(" || ")+")":"region=''"}function ce(e){return(e?.regions||[]).map(r=>F.value.get(r)).filter(Boolean).sort(Ie).flatMap(r=>[r,...W.regions.value.filter(s=>s.parent===r.id).sort(Ie)])}function tt(e){let n=J(),[r,s]=$(!1);S(()=>{n&&b.value&&qt().catch(()=>{}).finally(()=>s(!0))},[n,b.value?.id]),x(!0);let o=ve.value,a=null;return b.value?n?e(o)||(a=i`<p>${r?t("workspace.noRole"):t("common.loading")}</p>`):a=i`<p class="notice notice-offline">${t("workspace.offline")}</p>`:a=i`<p>${t("workspace.signIn")} <a href=${Y()}>${t("nav.signIn")}</a></p>`,{mine:o,gate:a}}var gt=10,an=2e3,dn=({text:e})=>e.trim().length<gt?{text:t("appeal.short",{min:gt})}:{};function cn({idea:e}){let[n,r]=$({text:""}),s=K(dn,n),[o,a]=$(null),[d,c]=$(!1),[m,l]=$(!1);if(m)return i`<p class="notice" role="status">${t("appeal.done")}</p>`;let u=async h=>{if(h.preventDefault(),s.show(dn(n)))return;let g=n.text.trim();c(!0),a(null);try{await R("/api/collections/appeals/records",{method:"POST",body:{appellant:b.value.id,idea:e.id,text:g}}),l(!0),P("appeal")}catch(f){a(f)}finally{c(!1)}};return i`
    <section aria-labelledby="appeal-title">
      <h2 id="appeal-title">${t("appeal.title")}</h2>
      <form class="stack" onSubmit=${u} noValidate>
        <${T} form=${s} fields=${[["text","appeal-text"]]} id="appeal-errors" />
        <${k} id="appeal-text" label=${t("appeal.label")} hint=${t("appeal.hint",{min:gt,max:an})} error=${s.errors.text}
          control=${h=>i`
            <textarea ...${h} rows="4" maxLength=${an} value=${n.text}
              onInput=${g=>r({text:g.currentTarget.value})}></textarea>`} />
        <${B} error=${o} id="appeal-error" />
        <button type="submit" disabled=${d}>${t("appeal.submit")}</button>
      </form>
    </section>`}function re({title:e,body:n}){let r={};return e.trim().length<v.title[0]&&(r.title=t("hint.titleShort",{min:v.title[0]})),n.trim().length<v.body[0]&&(r.body=t("hint.bodyShort",{min:v.body[0]})),r}var nt=e=>[["title",e+"-title"],["body",e+"-body"]];function De({prefix:e,form:n,set:r,errors:s,rows:o=8,afterTitle:a=null}){return i`
    <${k} id=${e+"-title"} label=${t("newIdea.titleLabel")} hint=${t("hint.title",{min:v.title[0],max:v.title[1]})}
      error=${s.title} control=${d=>i`
        <input ...${d} type="text" required maxLength=${v.title[1]} value=${n.title} onInput=${r("title")} />`} />
    ${a}
    <${k} id=${e+"-body"} label=${t("newIdea.bodyLabel")} hint=${t("hint.body",{min:v.body[0],max:v.body[1]})}
      error=${s.body} control=${d=>i`
        <textarea ...${d} rows=${o} required maxLength=${v.body[1]} value=${n.body} onInput=${r("body")}></textarea>`} />`}function ln({idea:e}){let[n,r]=$(!1),{form:s,setForm:o,set:a,errors:d,refused:c}=U(re,{title:e.title,body:e.body});return n?i`
    <form class="stack" onSubmit=${async l=>{c(l)||(await Kt(e,{title:s.title.trim(),body:s.body.trim()}),r(!1),document.querySelector("h1")?.focus())}} noValidate aria-labelledby="edit-idea-title">
      <h2 id="edit-idea-title">${t("editIdea.title")}</h2>
      <p class="hint">${t("editIdea.hint")}</p>
      <${T} form=${d} fields=${nt("edit")} id="edit-errors" />
      <${De} prefix="edit" form=${s} set=${a} errors=${d.errors} />
      <div class="inline">
        <button type="submit">${t("editIdea.save")}</button>
        <button type="button" class="secondary" onClick=${()=>r(!1)}>${t("editIdea.cancel")}</button>
      </div>
    </form>`:i`
      <p><button type="button" class="secondary" onClick=${()=>{o({title:e.title,body:e.body}),d.clear(),r(!0)}}>${t("editIdea.open")}</button></p>`}function Gn({idea:e}){let n=E.value.voted.get(e.id),r=Fe(e),s=!!n?.voted;return i`
    <section class="votes" aria-labelledby="votes-title">
      <h2 id="votes-title" class="visually-hidden">${t("idea.votesTitle")}</h2>
      <p class="vote-count">${t("ideas.votes",{count:e.votes_count||0})}</p>
      ${e.sync!=="synced"&&!e.status?i`<p class="hint">${t("idea.voteAfterSync")}</p>`:r&&!s?i`<p class="hint">${t("error."+r)}</p>`:i`
            <button type="button" class=${s?"secondary":""}
              onClick=${()=>s?Ht(e.id):Ye(e.id)}>
              ${s?t("idea.retract"):t("idea.vote")}
            </button>
            ${s&&i` <span>${t("idea.youVoted")}</span>`}
            ${n?.sync==="pending"&&i` <${G} item=${n} />`}`}
      ${!b.value&&i`<p class="hint">${t("hint.signedOut")}</p>`}
    </section>`}function Kn({history:e,organizationName:n}){return e.length?i`
    <section aria-labelledby="history-title">
      <h2 id="history-title">${t("idea.history")}</h2>
      <ol class="history">
        ${e.map(r=>{let s=n(r);return i`
            <li key=${r.id}>
              <p><strong>${t("status."+r.to)}</strong> · ${D(r.created)}${s&&i` · ${s}`}</p>
              ${r.response&&i`<blockquote><p>${r.response}</p></blockquote>`}
            </li>`})}
      </ol>
    </section>`:null}function Hn({history:e}){let n=[...e].reverse().find(r=>r.to==="declined");return i`
    <div class="notice">
      <p><strong>${t("idea.declined")}</strong></p>
      ${n?.response&&i`<blockquote><p>${n.response}</p></blockquote>`}
    </div>`}function Zn({endorsements:e,organizationName:n}){return e.length?i`
    <section aria-labelledby="endorsements-title">
      <h2 id="endorsements-title">${t("idea.endorsements")}</h2>
      <ul class="plain">
        ${e.map(r=>i`
          <li key=${r.id}>
            <strong>${n(r)||t("idea.unknownOrganization")}</strong>
            ${r.note&&i`: ${r.note}`}
          </li>`)}
      </ul>
    </section>`:null}var $e=({body:e})=>e.trim()?{}:{body:t("hint.commentRequired")};function Qn({idea:e}){let[n,r]=$({body:""}),s=K($e,n);return i`
    <form class="stack" onSubmit=${async a=>{if(a.preventDefault(),s.show($e(n)))return;let d=await Zt(e.id,n.body.trim());r({body:""}),P("comment",[d.id])}} noValidate>
      <${T} form=${s} fields=${[["body","comment-body"]]} id="comment-errors" />
      <${k} id="comment-body" label=${t("idea.commentLabel")} hint=${t("hint.comment",{max:v.comment[1]})}
        error=${s.errors.body} control=${a=>i`
          <textarea ...${a} rows="3" maxLength=${v.comment[1]} value=${n.body}
            onInput=${d=>r({body:d.currentTarget.value})}></textarea>`} />
      <button type="submit">${t("idea.commentSubmit")}</button>
    </form>`}function Jn({comment:e,onDone:n}){let[r,s]=$({body:e.body}),o=K($e,r),a="comment-edit-"+e.id;return i`
    <form class="stack" onSubmit=${async c=>{c.preventDefault(),!o.show($e(r))&&(await Qt(e,r.body.trim()),n())}} noValidate>
      <${T} form=${o} fields=${[["body",a]]} id=${a+"-errors"} />
      <${k} id=${a} label=${t("idea.commentEdit")} error=${o.errors.body} control=${c=>i`
        <textarea ...${c} rows="3" maxLength=${v.comment[1]} value=${r.body}
          onInput=${m=>s({body:m.currentTarget.value})}></textarea>`} />
      <div class="inline">
        <button type="submit">${t("editIdea.save")}</button>
        <button type="button" class="secondary" onClick=${n}>${t("editIdea.cancel")}</button>
      </div>
    </form>`}function Yn({idea:e,comments:n}){let r=E.value.reported,[s,o]=$(null),a=d=>d.author===b.value?.id&&d.state==="visible"&&d.sync!=="rejected";return i`
    <section aria-labelledby="comments-title">
      <h2 id="comments-title">${t("idea.commentsTitle",{count:n.length})}</h2>
      ${n.length===0&&i`<p>${t("idea.noComments")}</p>`}
      <ul class="comments">
        ${n.map(d=>i`
          <li key=${d.id}>
            <article class="comment">
              <p class="meta"><strong>${d.author_name||t("idea.anonymous")}</strong> <span>${D(d.created)}</span> <${G} item=${d} /></p>
              ${s===d.id?i`<${Jn} comment=${d} onDone=${()=>o(null)} />`:i`<p class="body">${d.body}</p>`}
              ${a(d)&&s!==d.id&&i`
                <button type="button" class="secondary" onClick=${()=>o(d.id)}>${t("idea.commentEdit")}</button>`}
              ${d.sync==="synced"&&d.author!==b.value?.id&&(r.has(d.id)?i`<p class="hint">${t("report.done")}</p>`:i`<${ht} target=${{comment:d.id}} id=${"report-"+d.id} label=${t("report.comment")} />`)}
            </article>
          </li>`)}
      </ul>
      ${St(e)?i`<${Qn} idea=${e} />`:i`<p class="hint">${t("idea.commentsClosed")}</p>`}
    </section>`}function Xn(e,n){let[r,s]=$(null),o=te.value?.expired?void 0:te.value?.token;return S(()=>{if(!n||!navigator.onLine)return;M(`/api/collections/ideas/records/${encodeURIComponent(e)}?expand=comments_via_idea,status_changes_via_idea.organization,endorsements_via_idea.organization`,{token:o}).then(s).catch(()=>s({missing:!0}))},[e,n,o]),r}var mn=(e,n)=>e.created<n.created?-1:1;function er(e){let n=E.value.ideas.get(e),r=Xn(e,z.value&&!n),s=je.value;if(n)return{idea:n,comments:(E.value.comments.get(e)||[]).filter(d=>d.sync!=="rejected"),history:E.value.history.get(e)||[],endorsements:E.value.endorsements.get(e)||[],organizationName:d=>s.get(d.organization)?.name};if(!r||r.missing)return r;let{expand:o={},...a}=r;return{idea:{...a,sync:"synced"},comments:(o.comments_via_idea||[]).filter(d=>d.state==="visible").sort(mn).map(d=>({...d,sync:"synced"})),history:(o.status_changes_via_idea||[]).sort(mn),endorsements:o.endorsements_via_idea||[],organizationName:d=>d.expand?.organization?.name||s.get(d.organization)?.name}}function tr({id:e}){let n=er(e),r=n?.idea;y(r?.title||t("nav.ideas"));let s=!r&&(!z.value||n===null&&navigator.onLine);if(x(!s),!r)return s?i`<p>${t("common.loading")}</p>`:i`<${Ge} />`;let o=F.value.get(r.region)?.name,a=L.value.get(r.service),d=r.merged_into&&E.value.ideas.get(r.merged_into),c=r.author&&r.author===b.value?.id;return i`
    <p><a href="/ideas">${t("idea.back")}</a></p>
    <${ye} />
    <article class="idea">
      <h1 tabindex="-1">${r.title}</h1>
      <p class="meta">
        <${q} status=${r.status} /> <${G} item=${r} />
        <span>${t("idea.by",{name:r.author_name||t("idea.anonymous")})}</span>
        ${o&&i`<span>${o}</span>`}
        <span>${D(r.created)}</span>
      </p>
      ${!A.value&&i`<p class="notice">${t("idea.chooseRegion")} <a href="/region">${t("region.title")}</a></p>`}
      ${r.sync==="pending"&&i`<p class="notice notice-pending">${t("idea.pendingNote")}</p>`}
      ${r.sync==="rejected"&&i`
        <div class="notice notice-error"><${ke} error=${r.mutation.error} /> <a href="/mine">${t("notice.review")}</a></div>`}
      ${r.hidden&&i`<${Me} record=${r} />`}
      ${r.status==="submitted"&&!r.hidden&&i`<p class="notice">${t("idea.awaitingModeration")}</p>`}
      ${r.status==="declined"&&i`<${Hn} history=${n.history} />`}
      ${r.status==="merged"&&i`
        <p class="notice">${t("idea.merged")} ${d?i`<a href=${"/ideas/"+d.id}>${d.title}</a>`:i`<a href=${"/ideas/"+r.merged_into}>${t("idea.mergedUnknown")}</a>`}</p>`}
      ${r.sync==="synced"&&c&&r.hidden&&navigator.onLine&&i`<${cn} idea=${r} />`}
      <div class="body">${r.body}</div>
      ${xt(r,b.value?.id)&&i`<${ln} key=${r.id} idea=${r} />`}
      ${(a||r.topic)&&i`
        <p class="meta">
          ${a&&i`<span>${t("idea.service")} <a href=${"/services/"+a.id}><${oe} service=${a} /></a></span>`}
          ${r.topic&&i`<span>${t("idea.topic")} ${t("topic."+r.topic)}</span>`}
        </p>`}
      ${r.sync!=="rejected"&&i`<${Gn} idea=${r} />`}
      <${Zn} endorsements=${n.endorsements} organizationName=${n.organizationName} />
      <${Kn} history=${n.history} organizationName=${n.organizationName} />
      ${r.sync==="synced"&&i`<${Yn} idea=${r} comments=${n.comments} />`}

      ${r.sync==="synced"&&!c&&(E.value.reported.has(r.id)?i`<p class="hint">${t("report.done")}</p>`:i`<${ht} target=${{idea:r.id}} id="report-idea" label=${t("report.idea")} />`)}
    </article>`}function nr(e,n){let[r,s]=$({items:[],offline:!1});return S(()=>{$t().catch(()=>{})},[]),S(()=>{if(!n||e.trim().length<12){s({items:[],offline:!1});return}let o=!0,a=setTimeout(()=>{let d=[...E.value.ideas.values()].filter(c=>c.sync==="synced"&&c.status&&c.status!=="submitted");sn(e,n.id,d).then(c=>o&&s(c)).catch(()=>{})},600);return()=>{o=!1,clearTimeout(a)}},[e,n?.id]),r}function rr({similar:e}){let n=e.items.map(r=>E.value.ideas.get(r.id)||{...r,sync:"synced"});return i`
    <section class="similar" aria-labelledby="similar-title">
      <h2 id="similar-title">${t("newIdea.similarTitle")}</h2>
      <div role="status">
        ${n.length===0?i`<p class="hint">${t("newIdea.similarNone")}</p>`:i`<p>${t(e.offline?"newIdea.similarFoundOffline":"newIdea.similarFound",{count:n.length})}</p>`}
      </div>
      <ul class="ideas">
        ${n.map(r=>{let s=E.value.voted.get(r.id);return i`
            <li key=${r.id}>
              <article class="idea-card">
                <h3 class="idea-title"><a href=${"/ideas/"+r.id}>${r.title}</a></h3>
                <p class="meta"><${q} status=${r.status} /> <span>${t("ideas.votes",{count:r.votes_count||0})}</span></p>
                ${s?.voted?i`<p>${t("idea.youVoted")}</p>`:!Fe(r)&&i`
                    <button type="button" class="secondary" onClick=${()=>Ye(r.id)}>
                      ${t("newIdea.supportInstead")}<span class="visually-hidden">: ${r.title}</span>
                    </button>`}
              </article>
            </li>`})}
      </ul>
    </section>`}function ir(){let e=A.value;y(t("newIdea.title")),x(z.value);let{form:n,set:r,errors:s,refused:o}=U(re,{title:"",body:"",where:"place",service:"",topic:""}),a=nr(n.title+" "+n.body,e);if(!e)return i`<h1 tabindex="-1">${t("newIdea.title")}</h1><p>${t("region.needed")}</p><${X} after="/ideas/new" />`;let d=F.value.get(e.parent)?.name,c=Ae(W.services.value,e).sort(He),m=async l=>{if(o(l))return;let u=await Je({title:n.title.trim(),body:n.body.trim(),region:n.where==="district"&&e.parent?e.parent:e.id,service:n.service,topic:n.topic});we("/ideas/"+u.args.id),P("idea",[u.id])};return i`
    <h1 tabindex="-1">${t("newIdea.title")}</h1>
    <p>${t("hint.newIdea")}</p>
    <form class="stack" onSubmit=${m} noValidate>
      <${T} form=${s} fields=${nt("idea")} />
      <${De} prefix="idea" form=${n} set=${r} errors=${s.errors}
        afterTitle=${i`<${rr} similar=${a} />`} />
      ${e.parent&&i`
        <${k} id="idea-where" label=${t("newIdea.whereLabel")} hint=${t("hint.where")} control=${l=>i`
          <select ...${l} value=${n.where} onChange=${r("where")}>
            <option value="place">${e.name}</option>
            <option value="district">${t("newIdea.wholeDistrict",{name:d||""})}</option>
          </select>`} />`}
      <${k} id="idea-service" label=${t("newIdea.serviceLabel")} hint=${t("hint.service")} control=${l=>i`
        <select ...${l} value=${n.service} onChange=${r("service")}>
          <option value="">${t("newIdea.none")}</option>
          ${c.map(u=>i`<option value=${u.id}>${Z(u)}</option>`)}
        </select>`} />
      <${k} id="idea-topic" label=${t("newIdea.topicLabel")} hint=${t("hint.topic")} control=${l=>i`
        <select ...${l} value=${n.topic} onChange=${r("topic")}>
          <option value="">${t("newIdea.none")}</option>
          ${ge.map(u=>i`<option value=${u}>${t("topic."+u)}</option>`)}
        </select>`} />
      ${!b.value&&i`<p class="hint">${t("hint.signedOut")}</p>`}
      <button type="submit">${t("newIdea.submit")}</button>
    </form>`}var un=[["title","newIdea.titleLabel","input"],["body","newIdea.bodyLabel","textarea"]],pn=()=>({}),hn={"idea.create":{fields:un,check:re},"idea.update":{fields:un,check:re},"comment.create":{fields:[["body","idea.commentLabel","textarea"]],check:$e},"comment.update":{fields:[["body","idea.commentLabel","textarea"]],check:$e},"feedback.create":{fields:[["text","rate.text","textarea"]],check:pn},"report.create":{fields:[["note","report.note","textarea"]],check:pn}};function rt(e){let n=r=>E.value.ideas.get(r)?.title||t("mine.unknownIdea");switch(e.type){case"idea.create":return t("mine.what.idea",{title:e.args.title});case"idea.update":return t("mine.what.edit",{title:e.args.title||n(e.args.id)});case"comment.create":return t("mine.what.comment",{title:n(e.args.idea)});case"comment.update":return t("mine.what.comment",{title:n([...E.value.comments.values()].flat().find(r=>r.id===e.args.id)?.idea)});case"vote.cast":return t("mine.what.vote",{title:n(e.args.idea)});case"vote.retract":return t("mine.what.retract",{title:n(e.args.idea)});case"feedback.create":return t("mine.what.feedback",{name:Z(L.value.get(e.args.service)),rating:e.args.rating});case"report.create":return t("mine.what.report");default:return e.type}}function sr({mutation:e,onDone:n}){let{fields:r,check:s}=hn[e.type],[o,a]=$(Object.fromEntries(r.map(([l])=>[l,e.args[l]||""]))),d=K(s,o),c=l=>`fix-${e.id}-${l}`;return i`
    <form class="stack fix" onSubmit=${async l=>{l.preventDefault(),!d.show(s(o))&&(await Xt(e.id,o),n())}} noValidate>
      <${T} form=${d} fields=${r.map(([l])=>[l,c(l)])} id=${c("errors")} />
      ${r.map(([l,u,h])=>i`
        <${k} id=${c(l)} label=${t(u)} error=${d.errors[l]} control=${g=>{let f={...g,value:o[l],onInput:w=>a({...o,[l]:w.currentTarget.value})};return h==="input"?i`<input type="text" maxLength=${v.title[1]} ...${f} />`:i`<textarea rows="4" ...${f}></textarea>`}} />`)}
      <button type="submit">${t("mine.sendAgain")}</button>
    </form>`}function or({mutation:e,onDiscarded:n}){let[r,s]=$(!1),o=j(null),a=j(null),d=j(!1);if(S(()=>{r?o.current?.focus():d.current&&a.current?.focus(),d.current=r},[r]),!r)return i`
      <button type="button" class="secondary" ref=${a} onClick=${()=>s(!0)}>
        ${t("mine.discard")}<span class="visually-hidden">: ${rt(e)}</span>
      </button>`;let c="discard-"+e.id;return i`
    <div class="discard-confirm" role="group" aria-labelledby=${c}>
      <p id=${c} tabindex="-1" ref=${o}>${t("mine.discardQuestion",{what:rt(e)})}</p>
      <div class="inline">
        <button type="button" class="danger" onClick=${async()=>{await Yt(e.id),n(rt(e))}}>${t("mine.discardYes")}</button>
        <button type="button" class="secondary" onClick=${()=>s(!1)}>${t("mine.discardNo")}</button>
      </div>
    </div>`}function $n({mutation:e,onDiscarded:n}){let[r,s]=$(!1),o=e.state==="rejected",a=o&&hn[e.type];return i`
    <li class=${o?"queued rejected":"queued"}>
      <p><span>${rt(e)}</span> <${G} item=${{sync:e.state}} /></p>
      ${o&&i`<${ke} error=${e.error} />`}
      <div class="inline">
        ${a&&!r&&i`<button type="button" onClick=${()=>s(!0)}>${t("mine.fix")}</button>`}
        <${or} mutation=${e} onDiscarded=${n} />
      </div>
      ${r&&i`<${sr} mutation=${e} onDone=${()=>s(!1)} />`}
    </li>`}function ar(){y(t("mine.title")),x(z.value);let e=b.value,[n,r]=$(""),s=j(null);S(()=>{n&&s.current?.focus()},[n]);let{mutations:o,ideas:a,comments:d,feedback:c,voted:m}=E.value,l=o.filter(p=>p.state==="rejected"),u=o.filter(p=>p.state==="pending"),h=[...a.values()].filter(p=>p.sync==="synced"&&e&&p.author===e.id),g=[...d.values()].flat().filter(p=>p.sync==="synced"&&e&&p.author===e.id),f=c.filter(p=>p.sync==="synced"),w=[...m.entries()].filter(([,p])=>p.voted&&p.sync==="synced").map(([p])=>a.get(p)).filter(Boolean),I=!A.value||z.value&&e&&_t.value===`${ie.value}|${e.id}`?i`<p>${t("mine.none")}</p>`:i`<p role="status">${t(navigator.onLine?"mine.loading":"mine.loadingOffline")}</p>`;return i`
    <h1 tabindex="-1">${t("mine.title")}</h1>
    <p role="status" tabindex="-1" ref=${s}>${n&&t("mine.discarded",{what:n})}</p>
    ${!e&&i`<p>${t("mine.signedOut")} <a href=${Y()}>${t("nav.signIn")}</a></p>`}
    <section aria-labelledby="rejected-title">
      <h2 id="rejected-title">${t("mine.rejected")}</h2>
      ${l.length===0?i`<p>${t("mine.noneRejected")}</p>`:i`
        <p>${t("mine.rejectedHelp")}</p>
        <ul class="plain">${l.map(p=>i`<${$n} key=${p.id} mutation=${p} onDiscarded=${r} />`)}</ul>`}
    </section>
    <section aria-labelledby="pending-title">
      <h2 id="pending-title">${t("mine.pending")}</h2>
      ${u.length===0?i`<p>${t(n?"mine.noneWaiting":"mine.nonePending")}</p>`:i`
        <ul class="plain">${u.map(p=>i`<${$n} key=${p.id} mutation=${p} onDiscarded=${r} />`)}</ul>`}
    </section>
    ${e&&i`
      <section aria-labelledby="my-ideas-title">
        <h2 id="my-ideas-title">${t("mine.ideas")}</h2>
        ${h.length===0?I:i`
          <ul class="plain">${h.map(p=>i`
            <li key=${p.id}><a href=${"/ideas/"+p.id}>${p.title}</a> ${!p.hidden&&i`<${q} status=${p.status} />`}
              ${p.hidden&&i`<${Me} record=${p} appeal=${"/ideas/"+p.id+"#appeal-title"} />`}</li>`)}</ul>`}
      </section>
      <section aria-labelledby="my-comments-title">
        <h2 id="my-comments-title">${t("mine.comments")}</h2>
        ${g.length===0?I:i`
          <ul class="plain">${g.map(p=>i`
            <li key=${p.id}>${t("mine.commentOn")} <a href=${"/ideas/"+p.idea}>${a.get(p.idea)?.title||t("mine.unknownIdea")}</a>: ${p.body}
              ${p.state==="hidden"&&i`<${Me} record=${p} />`}</li>`)}</ul>`}
      </section>
      <section aria-labelledby="my-votes-title">
        <h2 id="my-votes-title">${t("mine.votes")}</h2>
        ${w.length===0?I:i`
          <ul class="plain">${w.map(p=>i`<li key=${p.id}><a href=${"/ideas/"+p.id}>${p.title}</a></li>`)}</ul>`}
      </section>
      <section aria-labelledby="my-feedback-title">
        <h2 id="my-feedback-title">${t("mine.feedback")}</h2>
        ${f.length===0?I:i`
          <ul class="plain">${f.map(p=>i`
            <li key=${p.id} class="my-feedback"><a href=${"/services/"+p.service}>${L.value.get(p.service)&&i`<${oe} service=${L.value.get(p.service)} />`}</a>:
              ${t("service.myRating",{rating:p.rating,date:D(p.created)})}
              <${Qe} feedback=${p} /></li>`)}</ul>`}
      </section>
      ${W.reports.value.length>0&&i`
        <section aria-labelledby="my-reports-title">
          <h2 id="my-reports-title">${t("mine.reports")}</h2>
          <p>${t("mine.reportsCount",{count:W.reports.value.length})}</p>
        </section>`}`}`}function fn(){let e=be.value.query.get("next")||"/";if(!e.startsWith("/")||e.startsWith("//"))return"/";try{let n=new URL(e,location.origin);return n.origin===location.origin?n.pathname+n.search:"/"}catch{return"/"}}function gn(e){let n=fn();return n==="/"?e:e+"?next="+encodeURIComponent(n)}async function bn(e,n){await Pt(e),We();let r=fn();we(r),P("signedIn",n,r)}function wn(){return Te.value.filter(e=>e.state==="pending").map(e=>e.id)}function vn(e,n){if(!(e instanceof O))return{fields:{},message:t("account.offline")};let r={};for(let[s,o]of Object.entries(ne(e)))r[n[s]||s]=o;return{fields:r,message:Object.keys(r).length?"":e.message}}var dr=/^[^\s@]+@[^\s@]+\.[^\s@]+$/;function Ne(e){return e.trim()?dr.test(e.trim())?"":t("account.emailInvalid"):t("account.emailMissing")}function bt({password:e,passwordConfirm:n}){let r={};return e.length<v.password[0]&&(r.password=t("account.passwordShort",{min:v.password[0]})),n!==e&&(r.passwordConfirm=t("account.passwordMismatch")),r}function cr({email:e,password:n}){let r={},s=Ne(e);return s&&(r.email=s),n||(r.password=t("account.passwordMissing")),r}function lr(){y(t("signIn.title")),x(!0);let{form:e,set:n,errors:r,refused:s}=U(cr,{email:"",password:""}),[o,a]=$(!1),d=async c=>{if(!s(c)){a(!0);try{let m=wn();await bn(await zt(e.email.trim(),e.password),m)}catch(m){let l=vn(m,{identity:"email"});m instanceof O&&m.status===400&&(l.message=t("signIn.wrong")),r.show(m instanceof O&&m.status===400?{}:l.fields,l.message),a(!1)}}};return i`
    <h1 tabindex="-1">${t("signIn.title")}</h1>
    ${b.value&&!Ue.value&&i`<p>${t("nav.signedInAs",{name:b.value.display_name})}</p>`}
    <p>${t("signIn.intro")}</p>
    <form class="stack" onSubmit=${d} noValidate>
      <${T} form=${r} fields=${[["email","signin-email"],["password","signin-password"]]} messageField="signin-email" />
      <${k} id="signin-email" label=${t("account.email")} error=${r.errors.email} control=${c=>i`
        <input ...${c} type="email" autocomplete="username" required value=${e.email} onInput=${n("email")} />`} />
      <${k} id="signin-password" label=${t("account.password")} error=${r.errors.password} control=${c=>i`
        <input ...${c} type="password" autocomplete="current-password" required value=${e.password} onInput=${n("password")} />`} />
      <button type="submit" disabled=${o}>${t("signIn.submit")}</button>
    </form>
    <p class="forgot-password"><a href="/forgot-password">${t("password.forgot")}</a></p>
    <p>${t("signIn.noAccount")} <a href=${gn("/signup")}>${t("signUp.title")}</a></p>`}function mr(e){let n={};e.displayName.trim().length<v.displayName[0]&&(n.displayName=t("account.nameShort",{min:v.displayName[0]}));let r=Ne(e.email);return r&&(n.email=r),{...n,...bt(e)}}var ur=[["displayName","signup-name"],["email","signup-email"],["password","signup-password"],["passwordConfirm","signup-password-confirm"]];function pr(){y(t("signUp.title")),x(!0);let{form:e,set:n,errors:r,refused:s}=U(mr,{displayName:"",email:"",password:"",passwordConfirm:""}),[o,a]=$(!1),d=async c=>{if(!s(c)){a(!0);try{let m=wn(),l=await Mt({...e,email:e.email.trim(),displayName:e.displayName.trim(),homeRegion:A.value?.id,locale:se.value});await bn(l,m)}catch(m){let l=vn(m,{display_name:"displayName"});r.show(l.fields,l.message),a(!1)}}};return i`
    <h1 tabindex="-1">${t("signUp.title")}</h1>
    <p>${t("signUp.intro")}</p>
    <form class="stack" onSubmit=${d} noValidate>
      <${T} form=${r} fields=${ur} messageField="signup-name" />
      <${k} id="signup-name" label=${t("account.displayName")}
        hint=${t("hint.displayName",{min:v.displayName[0],max:v.displayName[1]})}
        error=${r.errors.displayName} control=${c=>i`
          <input ...${c} type="text" autocomplete="nickname" required maxLength=${v.displayName[1]}
            value=${e.displayName} onInput=${n("displayName")} />`} />
      <${k} id="signup-email" label=${t("account.email")} hint=${t("hint.email")} error=${r.errors.email} control=${c=>i`
        <input ...${c} type="email" autocomplete="email" required value=${e.email} onInput=${n("email")} />`} />
      <${k} id="signup-password" label=${t("account.password")} hint=${t("hint.password",{min:v.password[0]})}
        error=${r.errors.password} control=${c=>i`
          <input ...${c} type="password" autocomplete="new-password" required value=${e.password} onInput=${n("password")} />`} />
      <${k} id="signup-password-confirm" label=${t("account.passwordConfirm")} error=${r.errors.passwordConfirm}
        control=${c=>i`
          <input ...${c} type="password" autocomplete="new-password" required value=${e.passwordConfirm} onInput=${n("passwordConfirm")} />`} />
      <section class="privacy-note" aria-labelledby="privacy-note-title">
        <h2 id="privacy-note-title">${t("signUp.privacyTitle")}</h2>
        <p>${t("signUp.privacy")} <a href="/help">${t("signUp.privacyMore")}</a></p>
      </section>
      <button type="submit" disabled=${o}>${t("signUp.submit")}</button>
    </form>
    <p>${t("signUp.haveAccount")} <a href=${gn("/signin")}>${t("signIn.title")}</a></p>`}var kn=fe(!1);function $r(){y(t("accountPage.title")),x(!0);let e=J(),n=b.value;return n?i`
    <h1 tabindex="-1">${t("accountPage.title")}</h1>
    <p>${t("accountPage.signedInAs",{name:n.display_name,email:n.email||""})}</p>
    ${!e&&i`<p class="notice notice-warning" id="account-offline">${t("accountPage.offline")}</p>`}
    <${hr} online=${e} />
    <${fr} online=${e} />`:i`
      <h1 tabindex="-1">${t("accountPage.title")}</h1>
      ${kn.value?i`<p role="status" class="notice">${t("delete.done")}</p>`:i`<p><a href=${Y()}>${t("accountPage.signInFirst")}</a></p>`}`}function hr({online:e}){let[n,r]=$({busy:!1,file:null,error:""});S(()=>()=>n.file&&URL.revokeObjectURL(n.file.url),[n.file]);let s=async()=>{r({busy:!0,file:null,error:""});try{let o=await M("/api/me/export",{token:te.value.token,timeout:12e4}),a=new Blob([JSON.stringify(o,null,2)],{type:"application/json"});r({busy:!1,file:{url:URL.createObjectURL(a),size:a.size},error:""})}catch(o){r({busy:!1,file:null,error:o instanceof O?o.message:t("accountPage.offline")})}};return i`
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
              ${t("export.download",{size:Le(Math.max(1,Math.round(n.file.size/1024)))})}
            </a>
          </p>`}
        ${n.error&&i`<p class="error">${n.error}</p>`}
      </div>
    </section>`}function fr({online:e}){let[n,r]=$(""),[s,o]=$(!1),[a,d]=$({busy:!1,fields:{},message:""}),c=async m=>{m.preventDefault(),d({busy:!0,fields:{},message:""});try{await M("/api/me/delete",{method:"POST",token:te.value.token,body:{password:n,delete_contributions:s}}),kn.value=!0,await Nt(),We()}catch(l){let u=l instanceof O?ne(l):{},h=l instanceof O?Object.keys(u).length?"":l.message:t("accountPage.offline");d({busy:!1,fields:u,message:h})}};return i`
    <section aria-labelledby="delete-title" class="stack">
      <h2 id="delete-title">${t("delete.title")}</h2>
      <ul>
        <li>${t("delete.private")}</li>
        <li>${t("delete.public")}</li>
        <li>${t("delete.devices")}</li>
        <li>${t("delete.final")}</li>
      </ul>
      <form class="stack" onSubmit=${c}>
        <div role="alert">${a.message&&i`<p class="error">${a.message}</p>`}</div>
        <div class="field">
          <label class="choice">
            <input type="checkbox" id="delete-contributions" checked=${s} aria-describedby="delete-contributions-hint"
              onChange=${m=>o(m.currentTarget.checked)} />
            ${t("delete.contributions")}
          </label>
          <p class="hint" id="delete-contributions-hint">${t("delete.contributionsHint")}</p>
        </div>
        <${k} id="delete-password" label=${t("delete.password")} error=${a.fields.password} control=${m=>i`
          <input ...${m} type="password" autocomplete="current-password" required value=${n}
            onInput=${l=>r(l.currentTarget.value)} />`} />
        <button type="submit" class="danger" disabled=${!e||a.busy}
          aria-describedby=${e?void 0:"account-offline"}>${t("delete.submit")}</button>
      </form>
    </section>`}var le=fe(null),wt;function it(){return wt||(wt=(async()=>{le.value=await Ve("platform").catch(()=>null)||le.value;try{let e=await M("/api/platform");le.value=e,await qe("platform",e).catch(()=>{})}catch{}})()),wt}function gr(){let e=le.value?.contactEmail;return i`
    <div class="notice notice-warning">
      <p>${t("password.noEmail")}</p>
      <p>${e?i`${t("password.askOperator")} <a href=${"mailto:"+e}>${e}</a>`:t("password.askOperatorUnknown")}</p>
    </div>`}var br=({email:e})=>Ne(e)?{email:Ne(e)}:{};function wr(){y(t("password.forgotTitle")),x(!0),S(()=>{it()},[]);let{form:e,setForm:n,errors:r,refused:s}=U(br,{email:""}),[o,a]=$(!1),[d,c]=$(!1),m=async u=>{if(!s(u)){c(!0);try{await M("/api/collections/users/request-password-reset",{method:"POST",body:{email:e.email.trim()}}),a(!0)}catch(h){r.show(ne(h),h instanceof O?"":t("account.offline"))}finally{c(!1)}}},l;return le.value?.emailConfigured===!1?l=i`<${gr} />`:o?l=i`<div class="confirmation" role="status"><p>${t("password.sent",{email:e.email.trim()})}</p></div>`:l=i`
    <p>${t("password.forgotIntro")}</p>
    <form class="stack" onSubmit=${m} noValidate>
      <${T} form=${r} fields=${[["email","forgot-email"]]} messageField="forgot-email" />
      <${k} id="forgot-email" label=${t("account.email")} error=${r.errors.email} control=${u=>i`
        <input ...${u} type="email" autocomplete="email" required value=${e.email}
          onInput=${h=>n({email:h.currentTarget.value})} />`} />
      <button type="submit" disabled=${d}>${t("password.request")}</button>
    </form>`,i`
    <h1 tabindex="-1">${t("password.forgotTitle")}</h1>
    ${l}
    <p><a href="/signin">${t("signIn.title")}</a></p>`}function vr(){y(t("password.resetTitle")),x(!0);let e=new URLSearchParams(location.hash.slice(1)).get("token")||"",{form:n,set:r,errors:s,refused:o}=U(bt,{password:"",passwordConfirm:""}),[a,d]=$(!1),[c,m]=$(!1),l=async u=>{if(!o(u)){m(!0);try{await M("/api/collections/users/confirm-password-reset",{method:"POST",body:{token:e,...n}}),d(!0)}catch(h){let g=ne(h),f=h instanceof O?g.token||!e?t("password.linkInvalid"):"":t("account.offline");delete g.token,s.show(g,f)}finally{m(!1)}}};return a?i`
      <h1 tabindex="-1">${t("password.resetTitle")}</h1>
      <div class="confirmation" role="status"><p>${t("password.changed")} <a href="/signin">${t("signIn.title")}</a></p></div>`:i`
    <h1 tabindex="-1">${t("password.resetTitle")}</h1>
    <form class="stack" onSubmit=${l} noValidate>
      <${T} form=${s} fields=${[["password","reset-password"],["passwordConfirm","reset-password-confirm"]]} />
      <${k} id="reset-password" label=${t("password.new")} hint=${t("hint.password",{min:8})} error=${s.errors.password}
        control=${u=>i`<input ...${u} type="password" autocomplete="new-password" required value=${n.password} onInput=${r("password")} />`} />
      <${k} id="reset-password-confirm" label=${t("account.passwordConfirm")} error=${s.errors.passwordConfirm}
        control=${u=>i`
          <input ...${u} type="password" autocomplete="new-password" required value=${n.passwordConfirm} onInput=${r("passwordConfirm")} />`} />
      <button type="submit" disabled=${c}>${t("password.save")}</button>
    </form>
    <p><a href="/forgot-password">${t("password.requestAgain")}</a></p>`}var yn={de:()=>import("./chunk-IVNRD7VF.js"),en:()=>import("./chunk-2PSZFIGX.js"),"de-simple":()=>import("./chunk-2OKPLU3M.js")},Re={};function In(){let e=se.value,[,n]=$(0),r=Re.de&&Re[e];return S(()=>{r||Promise.all([yn.de(),yn[e]()]).then(([s,o])=>{Re.de=s.default,Re[e]=o.default,n(a=>a+1)})},[e]),r?(s,o={})=>{let a=Re[e][s]??Re.de[s];return typeof a=="string"?a.replace(/\{(\w+)\}/g,(d,c)=>o[c]??d):a}:null}function xn({sections:e}){return e.map(([n,r])=>i`
    <section>
      <h2>${n}</h2>
      ${r.map(s=>i`<p>${s}</p>`)}
    </section>`)}function kr(){y(t("help.title"));let e=In();return x(e),i`
    <h1 tabindex="-1">${t("help.title")}</h1>
    ${e?i`<${xn} sections=${e("help.sections")} />`:i`<p>${t("common.loading")}</p>`}
    <p><a href="/accessibility">${t("nav.accessibility")}</a></p>`}function yr(){y(t("nav.accessibility"));let e=In();if(x(e),S(()=>{it()},[]),!e)return i`<h1 tabindex="-1">${t("nav.accessibility")}</h1><p>${t("common.loading")}</p>`;let n=encodeURIComponent(e("a11y.mailSubject")),r=le.value?.contactEmail;return i`
    <h1 tabindex="-1">${e("a11y.title")}</h1>
    <${xn} sections=${e("a11y.sections")} />
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
    </section>`}function Sn(e){return V("appeals","status='open'",{expand:"idea,comment",sort:"created",limit:e})}function Ir({error:e,id:n}){return e instanceof O&&e.status===404?i`<p class="error" id=${n} role="alert">${t("workspace.appealRefused")}</p>`:i`<${B} error=${e} id=${n} />`}function xr({appeal:e,done:n}){let r="appeal-"+e.id,[s,o]=$(""),[a,d]=$(""),[c,m]=$({}),{error:l,busy:u,run:h}=C(n);return i`
    <form class="stack workspace-form" onSubmit=${f=>{f.preventDefault();let w={decision:!s,note:!a.trim()};return m(w),w.decision?document.getElementById(r+"-decision-upheld")?.focus():w.note?document.getElementById(r+"-note")?.focus():h(()=>R(`/api/collections/appeals/records/${encodeURIComponent(e.id)}`,{method:"PATCH",body:{status:s,decided_by:b.value.id,decision_note:a.trim()}}))}} noValidate>
      <${pe} name=${r+"-decision"} legend=${t("workspace.appealDecision")} value=${s} setValue=${o}
        missing=${c.decision&&t("workspace.appealDecisionRequired")}
        choices=${["upheld","rejected"].map(f=>[f,t("workspace.appeal."+f)])} />
      <${de} id=${r+"-note"} label=${t("workspace.appealNote")} hint=${t("workspace.appealNoteHint")}
        missing=${c.note&&t("workspace.appealNoteRequired")} value=${a} setValue=${d} />
      ${l&&i`<${Ir} error=${l} id=${r+"-error"} />`}
      <button type="submit" disabled=${u}>${t("workspace.appealDecide")}</button>
    </form>`}function Bn({appeal:e,done:n}){let r=e.expand?.idea,s=e.expand?.comment,o=r||s,a=e.hidden_by&&e.hidden_by===b.value?.id;return i`
    <li class="workspace-item">
      <p><strong>${t("workspace.appealFiled")}</strong> ${D(e.created)}</p>
      ${r&&i`<${ue} idea=${r} />`}
      ${s&&i`<h4>${t("workspace.comment",{name:s.author_name||t("idea.anonymous")})}</h4><p>${s.body}</p>`}
      ${o&&i`<${Ce} record=${o} />`}
      <blockquote><p>${e.text}</p></blockquote>
      ${a?i`<p class="notice">${t("workspace.appealColleague")}</p>`:i`<${xr} appeal=${e} done=${n} />`}
    </li>`}function Dn({idea:e,organization:n,endorsement:r,done:s}){let o="endorse-"+e.id,{error:a,busy:d,run:c}=C(s),m=()=>c(()=>R("/api/collections/endorsements/records",{method:"POST",body:{idea:e.id,organization:n.id,by:b.value.id}})),l=()=>c(()=>R(`/api/collections/endorsements/records/${encodeURIComponent(r.id)}`,{method:"DELETE"})),u=n.name||"";return i`
    <div class="inline">
      ${r?i`
          <p>${t("workspace.endorsed",{name:u})}</p>
          <button type="button" class="secondary" disabled=${d} onClick=${l}>
            ${t("workspace.withdraw")}<span class="visually-hidden">: ${e.title}</span>
          </button>`:i`
          <button type="button" class="secondary" disabled=${d} onClick=${m}>
            ${t("workspace.endorse",{name:u})}<span class="visually-hidden">: ${e.title}</span>
          </button>`}
      <${B} error=${a} id=${o+"-error"} />
    </div>`}function Sr(e){let n=new URLSearchParams({text:`${e.title} ${e.body}`,region:e.region,limit:"5"});return R(`/api/ideas/similar?${n}`).then(r=>(r?.items||[]).filter(s=>s.id!==e.id))}function Br({idea:e,organization:n,done:r}){let s="merge-"+e.id,[o,a]=$(null),[d,c]=$(null),[m,l]=$(""),[u,h]=$(t("workspace.mergeResponseDefault")),[g,f]=$({}),{error:w,busy:N,run:I}=C(r);S(()=>{Sr(e).then(a,c)},[e.id]);let p=ee=>{ee.preventDefault();let he={target:!m,response:!u.trim()};return f(he),he.target?document.getElementById(`${s}-target-${o[0].id}`)?.focus():he.response?document.getElementById(s+"-response")?.focus():I(()=>R("/api/collections/status_changes/records",{method:"POST",body:{idea:e.id,to:"merged",merged_into:m,response:u.trim(),actor:b.value.id,organization:n}}))};if(d)return i`<${B} error=${d} id=${s+"-load-error"} />`;if(!o)return i`<p>${t("common.loading")}</p>`;if(!o.length)return i`<p class="muted">${t("workspace.mergeNone")}</p>`;let _=o.map(ee=>[ee.id,i`
    <span>${ee.title} <${q} status=${ee.status} />
      ${" "}<span class="meta">${t("workspace.mergeSimilarity",{percent:Math.round((ee.score||0)*100)})}</span></span>`]);return i`
    <form class="stack workspace-form" onSubmit=${p} noValidate>
      <${pe} name=${s+"-target"} legend=${t("workspace.mergeTarget")} value=${m} setValue=${l}
        missing=${g.target&&t("workspace.mergeTargetRequired")} choices=${_} />
      <${de} id=${s+"-response"} label=${t("workspace.response")} hint=${t("workspace.responseHint")}
        missing=${g.response&&t("workspace.responseRequired")} value=${u} setValue=${h} max=${5e3} />
      <${B} error=${w} id=${s+"-error"} />
      <button type="submit" disabled=${N}>${t("workspace.merge")}</button>
    </form>`}function vt({idea:e,organization:n,done:r}){let[s,o]=$(!1);return i`
    <div>
      <button type="button" class="secondary" aria-expanded=${s?"true":"false"} onClick=${()=>o(!s)}>
        ${t("workspace.mergeOpen")}<span class="visually-hidden">: ${e.title}</span>
      </button>
      ${s&&i`<${Br} idea=${e} organization=${n} done=${r} />`}
    </div>`}var Dr="status!='submitted' && status!='implemented' && status!='declined' && status!='merged' && hidden=false",Rr=["ideas/*","comments/*","reports/*","appeals/*","endorsements/*"];async function Er(e,n){let[r,s,o,a,d,c]=await Promise.all([V("ideas","status='submitted' && hidden=false",{sort:"created",limit:n}),Sn(n),V("reports","dismissed=false && ((idea!='' && idea.hidden=false) || (comment!='' && comment.state='visible'))",{expand:"idea,comment",sort:"created",limit:n}),V("ideas","hidden=true",{limit:n}),V("comments","state='hidden'",{limit:n}),V("ideas",`${Dr} && ${Be([e])}`,{limit:n})]),m=c.slice(0,n).map(u=>`idea='${u.id}'`),l=m.length?await V("endorsements",`organization='${e.id}' && (${m.join(" || ")})`,{limit:n}):[];return{submitted:r,appeals:s,reports:o,hiddenIdeas:a,hiddenComments:d,open:c,endorsements:new Map(l.map(u=>[u.idea,u]))}}var kt=(e,n)=>`/api/collections/${e}/records/${encodeURIComponent(n)}`;function En({kind:e,record:n,done:r}){let s=`hide-${e}-${n.id}`,[o,a]=$(""),[d,c]=$(""),[m,l]=$(!1),{error:u,busy:h,run:g}=C(r);return i`
    <form class="stack workspace-form" onSubmit=${w=>{if(w.preventDefault(),!o){l(!0),document.getElementById(s+"-reason")?.focus();return}l(!1);let N=e==="ideas"?{hidden:!0}:{state:"hidden"};g(()=>R(kt(e,n.id),{method:"PATCH",body:{...N,moderation_reason:o,moderation_note:d.trim()}}))}} noValidate>
      <div class="field">
        <label for=${s+"-reason"}>${t("workspace.hideReason")}</label>
        ${m&&i`<p class="error" id=${s+"-missing"}>${t("report.reasonRequired")}</p>`}
        <select id=${s+"-reason"} value=${o} aria-invalid=${m?"true":void 0}
          aria-describedby=${m?s+"-missing":void 0} onChange=${w=>a(w.currentTarget.value)}>
          <option value="">${t("report.choose")}</option>
          ${Oe.map(w=>i`<option value=${w}>${t("report.reason."+w)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for=${s+"-note"}>${t("workspace.hideNote")}</label>
        <textarea id=${s+"-note"} rows="2" maxLength=${v.note[1]} value=${d}
          onInput=${w=>c(w.currentTarget.value)}></textarea>
      </div>
      <${B} error=${u} id=${s+"-error"} />
      <button type="submit" disabled=${h}>${t("workspace.hide")}</button>
    </form>`}function Tr({idea:e,organization:n,done:r}){let{error:s,busy:o,run:a}=C(r),d=()=>a(()=>R("/api/collections/status_changes/records",{method:"POST",body:{idea:e.id,to:"published",actor:b.value.id,organization:n}}));return i`
    <${B} error=${s} id=${"publish-"+e.id+"-error"} />
    <button type="button" disabled=${o} onClick=${d}>${t("workspace.publish")}</button>`}function Rn({kind:e,record:n,done:r}){let{error:s,busy:o,run:a}=C(r),d=e==="ideas"?{hidden:!1}:{state:"visible"};return i`
    <${B} error=${s} id=${"restore-"+n.id+"-error"} />
    <button type="button" class="secondary" disabled=${o}
      onClick=${()=>a(()=>R(kt(e,n.id),{method:"PATCH",body:d}))}>${t("workspace.restore")}</button>`}function zr({report:e,done:n}){let r="dismiss-"+e.id,[s,o]=$(""),[a,d]=$(!1),{error:c,busy:m,run:l}=C(n);return i`
    <form class="stack workspace-form" onSubmit=${h=>{if(h.preventDefault(),!s.trim()){d(!0),document.getElementById(r+"-reason")?.focus();return}d(!1),l(()=>R(kt("reports",e.id),{method:"PATCH",body:{dismissed:!0,dismiss_reason:s.trim()}}))}} noValidate>
      <${de} id=${r+"-reason"} label=${t("workspace.dismissReason")} hint=${t("workspace.dismissHint")}
        missing=${a&&t("workspace.dismissReasonRequired")} value=${s} setValue=${o} max=${1e3} />
      <${B} error=${c} id=${r+"-error"} />
      <button type="submit" disabled=${m}>${t("workspace.dismiss")}</button>
    </form>`}function me({label:e=t("workspace.moreActions"),children:n}){return i`<details class="more-actions"><summary>${e}</summary><div class="stack">${n}</div></details>`}function Mr({report:e,confirm:n}){let r=e.expand?.idea,s=e.expand?.comment,o=t("report.reason."+e.reason)+(e.note?": "+e.note:""),a=r||s,d=a?.author&&a.author===b.value?.id;return i`
    <li class="workspace-item">
      <p><strong>${t("workspace.reportedFor")}</strong> ${o} · ${D(e.created)}</p>
      ${r&&i`<${ue} idea=${r} />`}
      ${s&&i`<h4>${t("workspace.comment",{name:s.author_name||t("idea.anonymous")})}</h4><p>${s.body}</p>`}
      ${d?i`<p class="hint">${t("workspace.ownContent")}</p>`:i`
        <${me} label=${t("workspace.dismissOpen")}>
          <${zr} report=${e} done=${n("workspace.confirm.dismissed")} />
        </${me}>
        <${me} label=${t("workspace.hideOpen")}>
          <${En} kind=${r?"ideas":"comments"} record=${a} done=${n("workspace.confirm.hidden")} />
        </${me}>`}
    </li>`}function Ee({id:e,title:n,items:r,empty:s,limit:o,render:a,showMore:d}){return i`
    <section aria-labelledby=${e}>
      <h3 id=${e}>${n} (${xe(r,o)})</h3>
      ${r.length===0?i`<p class="muted">${s}</p>`:i`<${Se} items=${r} limit=${o} render=${a} showMore=${d} />`}
    </section>`}function Tn({organization:e}){let{data:n,error:r,reload:s,limit:o,showMore:a}=Q(u=>Er(e,u),Rr,et(e)),[d,c]=$(""),m=u=>async()=>{await s(),c(t(u))},l={limit:o,showMore:a};return i`
    <section aria-labelledby="moderation-title">
      <h2 id="moderation-title">${t("workspace.moderationTitle")}</h2>
      <p role="status" class=${d?"notice notice-done":"visually-hidden"}>${d}</p>
      <${B} error=${r} id="moderation-error" />
      ${n?i`
        <${Ee} id="submitted-title" title=${t("workspace.submitted")} items=${n.submitted} empty=${t("workspace.noneSubmitted")} ...${l}
          render=${u=>i`
            <li key=${u.id} class="workspace-item">
              <${ue} idea=${u} />
              <${Tr} idea=${u} organization=${e.id} done=${m("workspace.confirm.published")} />
              <${me}>
                <${En} kind="ideas" record=${u} done=${m("workspace.confirm.hidden")} />
                <${vt} idea=${u} organization=${e.id} done=${m("workspace.confirm.merged")} />
              </${me}>
            </li>`} />
        <${Ee} id="appeals-title" title=${t("workspace.appeals")} items=${n.appeals} empty=${t("workspace.noneAppeals")} ...${l}
          render=${u=>i`<${Bn} key=${u.id} appeal=${u} done=${s} />`} />
        <${Ee} id="reports-title" title=${t("workspace.reports")} items=${n.reports} empty=${t("workspace.noneReports")} ...${l}
          render=${u=>i`<${Mr} key=${u.id} report=${u} confirm=${m} />`} />
        <${Ee} id="hidden-ideas-title" title=${t("workspace.hiddenIdeas")} items=${n.hiddenIdeas} empty=${t("workspace.noneHidden")} ...${l}
          render=${u=>i`
            <li key=${u.id} class="workspace-item">
              <${ue} idea=${u} />
              <${Ce} record=${u} />
              <${Rn} kind="ideas" record=${u} done=${m("workspace.confirm.restored")} />
            </li>`} />
        <${Ee} id="hidden-comments-title" title=${t("workspace.hiddenComments")} items=${n.hiddenComments} empty=${t("workspace.noneHidden")} ...${l}
          render=${u=>i`
            <li key=${u.id} class="workspace-item">
              <h4>${t("workspace.comment",{name:u.author_name||t("idea.anonymous")})}</h4>
              <p>${u.body}</p>
              <${Ce} record=${u} />
              <${Rn} kind="comments" record=${u} done=${m("workspace.confirm.restored")} />
            </li>`} />
        <${Ee} id="open-ideas-title" title=${t("workspace.openIdeas")} items=${n.open} empty=${t("workspace.noneOpen")} ...${l}
          render=${u=>i`
            <li key=${u.id} class="workspace-item">
              <${ue} idea=${u} />
              <${Dn} idea=${u} organization=${e} endorsement=${n.endorsements.get(u.id)} done=${s} />
              <${me}>
                <${vt} idea=${u} organization=${e.id} done=${m("workspace.confirm.merged")} />
              </${me}>
            </li>`} />`:!r&&i`<p>${t("common.loading")}</p>`}
    </section>`}var Ar={published:["in_review"],in_review:["accepted","declined"],accepted:["in_progress"],in_progress:["implemented"]},Cr="status!='submitted' && status!='implemented' && status!='declined' && status!='merged' && hidden=false";function Nr({idea:e,organization:n,done:r}){let s="move-"+e.id,o=Ar[e.status]||[],[a,d]=$(o[0]||""),[c,m]=$(""),[l,u]=$(!1),{error:h,busy:g,run:f}=C(r);return o.length?i`
    <form class="stack workspace-form" onSubmit=${N=>{if(N.preventDefault(),!c.trim()){u(!0),document.getElementById(s+"-response")?.focus();return}u(!1),f(()=>R("/api/collections/status_changes/records",{method:"POST",body:{idea:e.id,to:a,response:c.trim(),actor:b.value.id,organization:n}}))}} noValidate>
      <div class="field">
        <label for=${s+"-to"}>${t("workspace.nextStatus")}</label>
        <select id=${s+"-to"} value=${a} onChange=${N=>d(N.currentTarget.value)}>
          ${o.map(N=>i`<option value=${N}>${t("status."+N)}</option>`)}
        </select>
      </div>
      <${de} id=${s+"-response"} label=${t("workspace.response")} hint=${t("workspace.responseHint")}
        missing=${l&&t("workspace.responseRequired")} value=${c} setValue=${m} rows=${3} max=${5e3} />
      <${B} error=${h} id=${s+"-error"} />
      <button type="submit" disabled=${g}>${t("workspace.move")}</button>
    </form>`:null}function _r({regionId:e}){let{data:n,error:r}=Q(()=>R(`/api/regions/${encodeURIComponent(e)}/responsiveness`)),s=F.value.get(e)?.name||"";if(r)return i`<${B} error=${r} id=${"responsiveness-"+e+"-error"} />`;if(!n)return i`<p>${t("common.loading")}</p>`;let o=a=>a==null?t("workspace.noValue"):t("workspace.days",{count:Math.round(a)});return i`
    <dl class="workspace-figures">
      ${s&&i`<dt>${t("workspace.region")}</dt><dd>${s}</dd>`}
      <dt>${t("workspace.median")}</dt><dd>${o(n.median_days_to_response)}</dd>
      <dt>${t("workspace.unanswered")}</dt><dd>${n.unanswered??0}</dd>
      <dt>${t("workspace.oldest")}</dt><dd>${n.unanswered?o(n.oldest_unanswered_days):t("workspace.noValue")}</dd>
    </dl>`}function zn({organization:e}){let{data:n,error:r,reload:s,limit:o,showMore:a}=Q(c=>V("ideas",`${Cr} && ${Be([e])}`,{sort:"created",limit:c}),["ideas/*"],et(e)),d=e.regions||[];return i`
    <section aria-labelledby="responsiveness-title">
      <h2 id="responsiveness-title">${t("workspace.responsivenessTitle")}</h2>
      ${d.map(c=>i`<${_r} key=${c} regionId=${c} />`)}
    </section>
    <section aria-labelledby="open-title">
      <h2 id="open-title">${t("workspace.openTitle")}${n?` (${xe(n,o)})`:""}</h2>
      <${B} error=${r} id="open-error" />
      ${n?n.length===0?i`<p class="muted">${t("workspace.noneOpen")}</p>`:i`
        <${Se} items=${n} limit=${o} showMore=${a} render=${c=>i`
          <li key=${c.id} class="workspace-item">
            <h3><a href=${"/ideas/"+c.id}>${c.title}</a></h3>
            <p class="meta"><${q} status=${c.status} /> ${t("workspace.since",{date:D(c.created)})}</p>
            <${Nr} key=${c.id+":"+c.status} idea=${c} organization=${e.id} done=${s} />
          </li>`} />`:!r&&i`<p>${t("common.loading")}</p>`}
    </section>`}function Or(){y(t("workspace.title"));let{mine:e,gate:n}=tt(a=>a.some(d=>d.role==="moderator"||d.role==="staff")),r=e.find(a=>a.role==="moderator"),s=e.find(a=>a.role==="staff"),o=n||i`
      <p>${t("workspace.intro")}</p>
      <ul class="plain workspace-links">
        <li><a href="/workspace/feedback">${t("desk.fromWorkspace")}</a></li>
        <li><a href="/assisted">${t("assisted.fromWorkspace")}</a></li>
      </ul>
      ${s&&i`<${zn} organization=${s.expand?.organization||{id:s.organization}} />`}
      ${r&&i`<${Tn} organization=${r.expand?.organization||{id:r.organization}} />`}`;return i`
    <h1 tabindex="-1">${t("workspace.title")}</h1>
    ${o}`}function Fr(e,{service:n,region:r,state:s}){let o=[Be(e)];return n&&o.push(`service='${n}'`),r&&o.push(`region='${r}'`),s&&o.push(`state='${s}'`),o.join(" && ")}function yt({id:e,label:n,value:r,setValue:s,choices:o}){return i`
    <div class="field">
      <label for=${e}>${n}</label>
      <select id=${e} value=${r} onChange=${a=>s(a.currentTarget.value)}>
        <option value="">${t("desk.all")}</option>
        ${o.map(([a,d])=>i`<option value=${a}>${d}</option>`)}
      </select>
    </div>`}function Pr({entry:e,done:n}){let r="desk-"+e.id,[s,o]=$(e.state||"new"),[a,d]=$(e.answer||""),{error:c,busy:m,run:l}=C(()=>n(a.trim()!==(e.answer||"")));return i`
    <form class="stack workspace-form" onSubmit=${h=>{h.preventDefault(),l(()=>R(`/api/collections/feedback/records/${encodeURIComponent(e.id)}`,{method:"PATCH",body:{state:s,answer:a.trim()}}))}} noValidate>
      <div class="field">
        <label for=${r+"-state"}>${t("desk.state")}</label>
        <select id=${r+"-state"} value=${s} onChange=${h=>o(h.currentTarget.value)}>
          ${at.map(h=>i`<option value=${h}>${t("desk.state."+h)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for=${r+"-answer"}>${t("desk.answer")}</label>
        <p class="hint" id=${r+"-answer-hint"}>${t("desk.answerHint")}</p>
        <textarea id=${r+"-answer"} rows="3" maxLength=${v.answer[1]} value=${a} aria-describedby=${r+"-answer-hint"}
          onInput=${h=>d(h.currentTarget.value)}></textarea>
      </div>
      <${B} error=${c} id=${r+"-error"} />
      <button type="submit" disabled=${m}>${t("desk.save")}</button>
    </form>`}function Lr({entry:e,regionName:n,done:r}){let s=e.expand?.service?.name||L.value.get(e.service)?.name||"",o=(e.barriers||[]).map(a=>a==="other"&&e.barrier_other?`${t("barrier.other")}: ${e.barrier_other}`:t("barrier."+a));return i`
    <li class="workspace-item feedback-entry">
      <h3>${s}</h3>
      <p class="meta">
        <span class=${"badge feedback-state state-"+(e.state||"new")}>${t("desk.state."+(e.state||"new"))}</span>
        ${" "}${n(e.region)} · ${D(e.created)} · ${t("desk.channel."+(e.channel||"app"))}
      </p>
      <p><strong>${t("desk.rating",{rating:e.rating})}</strong></p>
      ${o.length>0&&i`<p>${t("services.barriers")} ${o.join(", ")}</p>`}
      ${e.text?i`<blockquote><p>${e.text}</p></blockquote>`:i`<p class="muted">${t("desk.noText")}</p>`}
      ${e.answered_at&&i`<p class="meta">${t("desk.answeredOn",{date:D(e.answered_at)})}</p>`}
      <${Pr} key=${e.id+":"+e.updated} entry=${e} done=${r} />
    </li>`}function Vr({organizations:e}){let n=e.flatMap(ce),[r,s]=$({service:"",region:"",state:""}),o=j(r),[a,d]=$(""),{data:c,error:m,reload:l,limit:u,showMore:h}=Q(I=>V("feedback",Fr(e,o.current),{sort:"-created",expand:"service",limit:I}),["feedback/*"]),g=I=>p=>{o.current={...o.current,[I]:p},s(o.current),d(""),l()},f=I=>n.find(p=>p.id===I)?.name||"",w=[...L.value.values()].sort(Ie).map(I=>[I.id,I.name]),N=I=>l().then(()=>d(t(I?"desk.confirm.answered":"desk.confirm.saved")));return i`
    <form class="stack desk-filters" onSubmit=${I=>I.preventDefault()} aria-labelledby="desk-filter-title">
      <h2 id="desk-filter-title">${t("desk.filterTitle")}</h2>
      <${yt} id="desk-service" label=${t("desk.service")} value=${r.service} setValue=${g("service")} choices=${w} />
      <${yt} id="desk-region" label=${t("desk.region")} value=${r.region} setValue=${g("region")}
        choices=${n.map(I=>[I.id,I.name])} />
      <${yt} id="desk-state" label=${t("desk.state")} value=${r.state} setValue=${g("state")}
        choices=${at.map(I=>[I,t("desk.state."+I)])} />
    </form>
    <p role="status" class=${a?"notice notice-done":"visually-hidden"}>${a}</p>
    <section aria-labelledby="desk-list-title">
      <h2 id="desk-list-title">${t("desk.listTitle")}${c?` (${xe(c,u)})`:""}</h2>
      <${B} error=${m} id="desk-error" />
      ${c?c.length===0?i`<p class="muted">${t("desk.none")}</p>`:i`
        <${Se} items=${c} limit=${u} showMore=${h} render=${I=>i`
          <${Lr} key=${I.id} entry=${I} regionName=${f} done=${N} />`} />`:!m&&i`<p>${t("common.loading")}</p>`}
    </section>`}function Mn(e){return e.filter(n=>n.role==="staff"||n.role==="moderator").map(n=>n.expand?.organization).filter(n=>n?.verified)}function qr(){y(t("desk.title"));let{gate:e}=tt(r=>Mn(r).length>0),n=e||i`<p>${t("desk.intro")}</p><${Vr} organizations=${Mn(ve.value)} />`;return i`
    <p><a href="/workspace">${t("desk.back")}</a></p>
    <h1 tabindex="-1">${t("desk.title")}</h1>
    ${n}`}async function Ur(){return(await R("/api/collections/notifications/records?sort=-created&skipTotal=1&perPage=100&expand=idea,target_idea")).items}function jr({entry:e,done:n}){let{error:r,busy:s,run:o}=C(n),a="notification-"+e.id,d=e.expand?.idea,c=e.expand?.target_idea,m=d?.title||t("inbox.theIdea"),l=c?.title||t("inbox.theIdea"),u=t("inbox.kind."+e.kind,{title:m,target:l,status:e.status?t("status."+e.status):""});return i`
    <li class=${"workspace-item inbox-item"+(e.read?"":" unread")}>
      <p id=${a+"-text"}>${!e.read&&i`<strong>${t("inbox.new")}: </strong>`}${u}</p>
      ${e.reason&&i`<p>${t("inbox.reason")} ${e.reason==="reports"?t("hidden.byReports"):t("report.reason."+e.reason)}</p>`}
      ${e.note&&i`<blockquote><p>${e.note}</p></blockquote>`}
      <p class="meta">${D(e.created)}</p>
      <ul class="plain inbox-links">
        ${e.idea&&i`<li><a href=${"/ideas/"+e.idea}>${t("inbox.open",{title:m})}</a></li>`}
        ${e.target_idea&&i`<li><a href=${"/ideas/"+e.target_idea}>${t("inbox.openTarget",{title:l})}</a></li>`}
        ${e.feedback&&i`<li><a href="/mine#my-feedback-title">${t("inbox.openFeedback")}</a></li>`}
      </ul>
      ${!e.read&&i`
        <button type="button" class="secondary" disabled=${s} aria-describedby=${a+"-text"}
          onClick=${()=>o(()=>R(`/api/collections/notifications/records/${e.id}`,{method:"PATCH",body:{read:!0}}))}>
          ${t("inbox.markRead")}
        </button>`}
      <${B} error=${r} id=${a+"-error"} />
    </li>`}function Wr(){let e=b.value,[n,r]=$(null),[s,o]=$(!1),[a,d]=$(null),[c,m]=$(!1);S(()=>{At().then(u=>r(!!u?.email_opt_out),d)},[e.id]);let l=async u=>{let h=u.currentTarget.checked,g=n;r(!h),m(!0),o(!1),d(null);try{let f=await Ct({email_opt_out:!h});r(!!f.email_opt_out),o(!0)}catch(f){r(g),d(f)}finally{m(!1)}};return i`
    <section aria-labelledby="inbox-settings-title">
      <h2 id="inbox-settings-title">${t("inbox.settingsTitle")}</h2>
      ${n===null&&!a?i`<p>${t("common.loading")}</p>`:i`
        <div class="field">
          <label class="choice">
            <input type="checkbox" id="inbox-email" checked=${n===!1} disabled=${c||n===null}
              aria-describedby="inbox-email-hint" onChange=${l} />
            ${t("inbox.email")}
          </label>
          <p class="hint" id="inbox-email-hint">${t("inbox.emailHint")}</p>
        </div>`}
      <p role="status" class="muted">${s?t("inbox.saved"):""}</p>
      <${B} error=${a} id="inbox-email-error" />
    </section>`}function Gr(){let{data:e,error:n,reload:r}=Q(Ur);return i`
    <section aria-labelledby="inbox-list-title">
      <h2 id="inbox-list-title">${t("inbox.listTitle")}</h2>
      <${B} error=${n} id="inbox-error" />
      ${e?e.length===0?i`<p class="muted">${t("inbox.none")}</p>`:i`
        <ul class="plain workspace-list">
          ${e.map(s=>i`<${jr} key=${s.id} entry=${s} done=${r} />`)}
        </ul>`:!n&&i`<p>${t("common.loading")}</p>`}
    </section>`}function Kr(){y(t("inbox.title"));let e=J();x(!0);let n;return b.value?e?n=i`<${Gr} key=${b.value.id} /><${Wr} key=${"email-"+b.value.id} />`:n=i`<p class="notice notice-offline">${t("inbox.offline")}</p>`:n=i`<p>${t("inbox.signIn")} <a href=${Y()}>${t("nav.signIn")}</a></p>`,i`
    <h1 tabindex="-1">${t("inbox.title")}</h1>
    ${n}`}async function Hr(){let e=new URLSearchParams({filter:"shared_solution=true",sort:"-updated",skipTotal:"1",perPage:"100"});return(await R(`/api/collections/ideas/records?${e}`)).items}function Zr({solution:e,organization:n}){let r="adopt-"+e.id,[s,o]=$(null),[a,d]=$(!1),[c,m]=$(null),l=ce(n).filter(f=>f.id!==e.region),[u,h]=$(l[0]?.id||n.regions[0]),g=async()=>{d(!0),o(null);try{let f=await R("/api/collections/adoptions/records",{method:"POST",body:{origin:e.id,region:u,organization:n.id,by:b.value.id}});m(f),setTimeout(()=>document.getElementById(r+"-done")?.focus(),0)}catch(f){o(f)}finally{d(!1)}};return c?i`
      <p id=${r+"-done"} tabindex="-1" role="status">
        ${t("solutions.adopted")} <a href=${"/ideas/"+c.idea}>${t("solutions.openAdopted")}</a>
      </p>`:i`
    ${l.length>1&&i`
      <div class="field">
        <label for=${r+"-region"}>${t("solutions.region")}</label>
        <select id=${r+"-region"} value=${u} onChange=${f=>h(f.currentTarget.value)}>
          ${l.map(f=>i`<option value=${f.id}>${f.name}</option>`)}
        </select>
      </div>`}
    <button type="button" disabled=${a} aria-describedby=${"solution-"+e.id+"-title"} onClick=${g}>
      ${t("solutions.adopt")}
    </button>
    <${B} error=${s} id=${r+"-error"} />`}function Qr(){y(t("solutions.title"));let e=J();x(!0);let{data:n,error:r}=Q(Hr),o=ve.value.find(d=>d.role==="staff"&&d.expand?.organization?.regions?.length)?.expand.organization,a;return e?r?a=i`<${B} error=${r} id="solutions-error" />`:n?n.length===0?a=i`<p class="muted">${t("solutions.none")}</p>`:a=i`
      <ul class="plain workspace-list">
        ${n.map(d=>i`
          <li key=${d.id} class="workspace-item">
            <h2 id=${"solution-"+d.id+"-title"}><a href=${"/ideas/"+d.id}>${d.title}</a></h2>
            <p class="meta">${t("solutions.from",{region:F.value.get(d.region)?.name||"–",date:D(d.updated)})}</p>
            ${o&&!o.regions.includes(d.region)&&i`
              <${Zr} solution=${d} organization=${o} />`}
          </li>`)}
      </ul>`:a=i`<p>${t("common.loading")}</p>`:a=i`<p class="notice notice-offline">${t("solutions.offline")}</p>`,i`
    <h1 tabindex="-1">${t("solutions.title")}</h1>
    <p>${t("solutions.intro")}</p>
    ${a}`}function An(e){let n={};return e.kind==="idea"?Object.assign(n,re(e)):(e.service||(n.service=t("assisted.serviceRequired")),e.rating||(n.rating=t("rate.ratingRequired"))),e.consent||(n.consent=t("assisted.consentRequired")),n}var Jr=[["title","entry-title"],["body","entry-body"],["service","entry-service"],["rating","rating-1"],["consent","entry-consent"]];function Yr({form:e,set:n,errors:r}){return i`
    <${De} prefix="entry" form=${e} set=${n} errors=${r} rows=${6} />
    <${k} id="entry-topic" label=${t("newIdea.topicLabel")} control=${s=>i`
      <select ...${s} value=${e.topic} onChange=${n("topic")}>
        <option value="">${t("newIdea.none")}</option>
        ${ge.map(o=>i`<option value=${o}>${t("topic."+o)}</option>`)}
      </select>`} />`}function Xr({form:e,set:n,setForm:r,errors:s,place:o}){let a=o?Ae(W.services.value,o).sort(Ie):[],d=c=>r(m=>({...m,barriers:m.barriers.includes(c)?m.barriers.filter(l=>l!==c):[...m.barriers,c]}));return i`
    <${k} id="entry-service" label=${t("assisted.service")} error=${s.service} control=${c=>i`
      <select ...${c} required value=${e.service} onChange=${n("service")}>
        <option value="">${t("report.choose")}</option>
        ${a.map(m=>i`<option value=${m.id}>${Z(m)}</option>`)}
      </select>`} />
    <${mt} rating=${e.rating} setRating=${c=>r(m=>({...m,rating:c}))}
      barriers=${e.barriers} toggle=${d} text=${e.text} setText=${c=>r(m=>({...m,text:c}))}
      other=${e.barrierOther} setOther=${c=>r(m=>({...m,barrierOther:c}))}
      error=${s.rating} />`}var Cn={title:"",body:"",topic:"",service:"",rating:0,barriers:[],barrierOther:"",text:"",consent:!1};function ei({organizations:e}){let[n,r]=$({kind:"idea",channel:"assisted",organization:e[0].id,region:"",...Cn}),s=K(An,n),o=e.find(h=>h.id===n.organization)||e[0],a=ce(o),d=a.find(h=>h.id===A.value?.id)||a[0],c=a.find(h=>h.id===n.region)||d,m=h=>g=>{let{value:f}=g.currentTarget;r(w=>({...w,[h]:f}))},l=h=>g=>r(f=>({...f,[h]:g}));return c?i`
    <form class="stack" onSubmit=${async h=>{if(h.preventDefault(),s.show(An(n)))return;let g={channel:n.channel,organization:o.id,consent:n.consent},f=n.kind==="idea"?await Je({title:n.title.trim(),body:n.body.trim(),region:c.id,topic:n.topic},g):await Xe({service:n.service,region:c.id,rating:n.rating,text:n.text.trim(),barriers:n.barriers,barrierOther:n.barrierOther},g);r(w=>({...w,...Cn})),P(n.kind==="idea"?"entryIdea":"entryFeedback",[f.id])}} noValidate>
      <${T} form=${s} fields=${Jr} id="entry-errors" />
      <${pe} name="kind" legend=${t("assisted.kind")} value=${n.kind} setValue=${l("kind")}
        choices=${[["idea",t("assisted.kindIdea")],["feedback",t("assisted.kindFeedback")]]} />
      <${pe} name="channel" legend=${t("assisted.channel")} value=${n.channel} setValue=${l("channel")}
        choices=${[["assisted",t("assisted.channelAssisted")],["paper",t("assisted.channelPaper")]]} />
      <${k} id="entry-organization" label=${t("assisted.organization")} control=${h=>i`
        <select ...${h} value=${o.id} onChange=${g=>{let{value:f}=g.currentTarget;r(w=>({...w,organization:f,region:"",service:""}))}}>
          ${e.map(g=>i`<option value=${g.id}>${g.name}</option>`)}
        </select>`} />
      <${k} id="entry-region" label=${t("assisted.region")} control=${h=>i`
        <select ...${h} value=${c?.id||""} onChange=${g=>{let{value:f}=g.currentTarget;r(w=>({...w,region:f,service:""}))}}>
          ${a.map(g=>i`<option value=${g.id}>${g.name}</option>`)}
        </select>`} />
      ${n.kind==="idea"?i`<${Yr} form=${n} set=${m} errors=${s.errors} />`:i`<${Xr} form=${n} set=${m} setForm=${r} errors=${s.errors} place=${c} />`}
      <div class="field">
        ${s.errors.consent&&i`<p class="error" id="entry-consent-error">${s.errors.consent}</p>`}
        <label class="choice">
          <input type="checkbox" id="entry-consent" required checked=${n.consent}
            aria-describedby=${["entry-consent-hint",s.errors.consent&&"entry-consent-error"].filter(Boolean).join(" ")}
            aria-invalid=${s.errors.consent?"true":void 0}
            onChange=${h=>{let{checked:g}=h.currentTarget;r(f=>({...f,consent:g}))}} />
          ${t("assisted.consent")}
        </label>
        <p class="hint" id="entry-consent-hint">${t("assisted.consentHint")}</p>
      </div>
      <button type="submit">${t("assisted.submit")}</button>
    </form>`:i`<p>${t("common.loading")}</p>`}function ti(){let{ideas:e,feedback:n}=E.value.entries,r=L.value;return!e.length&&!n.length?null:i`
    <section aria-labelledby="entries-title">
      <h2 id="entries-title">${t("assisted.entries")}</h2>
      <ul class="plain">
        ${e.map(s=>i`
          <li key=${s.id}>
            <a href=${"/ideas/"+s.id}>${t("mine.what.idea",{title:s.title})}</a>
            ${" "}<${q} status=${s.status} /> <${G} item=${s} /> <span class="muted">${D(s.created)}</span>
          </li>`)}
        ${n.map(s=>i`
          <li key=${s.id}>
            ${t("mine.what.feedback",{name:Z(r.get(s.service)),rating:s.rating})}
            ${" "}<${G} item=${s} /> <span class="muted">${D(s.created)}</span>
          </li>`)}
      </ul>
      ${[...e,...n].some(s=>s.sync==="rejected")&&i`<p><a href="/mine">${t("notice.review")}</a></p>`}
    </section>`}function ni(){y(t("assisted.title")),x(z.value);let e=Vt.value,n;return b.value?e.length?A.value?z.value?n=i`<${ei} organizations=${e} /><${ti} />`:n=i`<p>${t("common.loading")}</p>`:n=i`<p>${t("region.needed")}</p><${X} after="/assisted" />`:n=i`<p>${t("assisted.noOrganization")}</p>`:n=i`<p>${t("assisted.signIn")} <a href=${Y()}>${t("nav.signIn")}</a></p>`,i`
    <${ye} />
    <h1 tabindex="-1">${t("assisted.title")}</h1>
    <p>${t("assisted.intro")}</p>
    ${n}`}Dt(jt);export{Z as a,He as b,_n as c,Vn as d,jn as e,R as f,B as g,tr as h,ir as i,ar as j,lr as k,pr as l,$r as m,wr as n,vr as o,kr as p,yr as q,Or as r,qr as s,Kr as t,Qr as u,ni as v};
