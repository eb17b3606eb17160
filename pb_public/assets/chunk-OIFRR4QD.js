import{A as Et,Ba as Be,C as N,Ca as Ge,D as q,E as Pe,F as z,L as qe,M as zt,N as Le,O as Tt,P as Ve,Q as _t,R as At,S as Mt,T as Ue,U as Ct,V as Nt,X as S,Z as We,_ as fe,a as i,aa as he,b as me,c as Ae,ca as Ft,d as ft,da as Ot,e as it,ea as ne,f as Me,g as k,ga as I,h as Ce,ha as j,i as ht,ia as V,j as gt,ja as y,k as C,ka as X,l as pe,la as ge,m as bt,ma as je,na as De,o as Ne,oa as Ke,pa as ee,q as wt,qa as He,ra as re,s as t,sa as G,t as vt,u as E,ua as P,v as kt,va as be,w as W,wa as Z,x as Rt,xa as U,y as A,ya as T,za as Q}from"./chunk-SYXLKHN3.js";import{I as $e,J as b,K as yt,M as It,N as St,P as xt,Q as Dt,R as Bt,c as p,d as D,e as Y,g as nt,i as ue,l as O,n as rt,p as _,r as Fe,s as Oe}from"./chunk-O6OA45EQ.js";var Pt={"services.title":"Digitale Dienste in {name}","services.intro":"Diese Dienste können Sie online nutzen. Bewerten Sie einen Dienst und sagen Sie uns, wo es Barrieren gibt.","services.topics":"Themenfelder","services.none":"Für diese Gemeinde sind noch keine Dienste eingetragen.","services.tooFewRatings":"Noch zu wenige Bewertungen. Ergebnisse zeigen wir erst, wenn genug Menschen bewertet haben. So bleibt jede einzelne Bewertung geschützt.","services.rating":{one:"Durchschnitt {mean} von 5 Sternen (1 Bewertung)",other:"Durchschnitt {mean} von 5 Sternen ({count} Bewertungen)"},"services.barriers":"Gemeldete Barrieren:","service.back":"Zurück zu allen Diensten","service.link":"Zum Online-Dienst (externe Seite)","service.summaryTitle":"Bewertungen in {name}","service.mine":"Ihre Bewertung","service.myRating":"{rating} von 5 Sternen, am {date}","rate.title":"Diesen Dienst bewerten","rate.ratingLegend":"Wie gut hat der Dienst für Sie funktioniert?","rate.value1":"1 Stern: sehr schlecht","rate.value2":"2 Sterne: schlecht","rate.value3":"3 Sterne: mittel","rate.value4":"4 Sterne: gut","rate.value5":"5 Sterne: sehr gut","rate.ratingRequired":"Bitte wählen Sie eine Bewertung.","rate.barriersLegend":"Gab es Barrieren?","rate.text":"Was ist Ihnen aufgefallen? (freiwillig)","rate.submit":"Bewertung senden","barrier.screenreader":"Nicht mit Vorlese-Programm nutzbar","barrier.complicated":"Zu kompliziert","barrier.in_person":"Trotzdem persönlich erscheinen","barrier.mobile":"Geht nicht gut auf dem Handy","barrier.language":"Sprache nicht verständlich","ideas.title":"Ideen im {name}","ideas.submitLink":"Eigene Idee einreichen","ideas.searchLabel":"Ideen durchsuchen","ideas.search":"Suchen","ideas.clearSearch":"Suche beenden","ideas.searchShort":"Bitte geben Sie mindestens 3 Zeichen ein.","ideas.searchFailed":"Die Suche hat nicht geklappt. Bitte versuchen Sie es noch einmal.","ideas.resultsTitle":"Suchergebnisse","ideas.results":{one:"1 Idee zu „{q}“ gefunden.",other:"{count} Ideen zu „{q}“ gefunden."},"ideas.resultsOffline":{one:"1 Idee zu „{q}“ gefunden (ohne Verbindung in den gespeicherten Ideen gesucht).",other:"{count} Ideen zu „{q}“ gefunden (ohne Verbindung in den gespeicherten Ideen gesucht)."},"ideas.sortLabel":"Sortieren nach","ideas.sortNew":"Neueste zuerst","ideas.sortTop":"Meiste Unterstützung","ideas.sortStatus":"Stand der Bearbeitung","ideas.scopeLabel":"Welche Ideen","ideas.scopeDistrict":"Ganzer {name}","ideas.scopePlace":"Nur {name} und der ganze Kreis","ideas.listTitle":"Alle Ideen","idea.back":"Zurück zu allen Ideen","idea.by":"von {name}","idea.anonymous":"gelöschtes Konto","idea.chooseRegion":"Wählen Sie Ihre Gemeinde, um alle Ideen Ihrer Region zu sehen und mitzumachen.","idea.pendingNote":"Diese Idee ist auf Ihrem Gerät gespeichert und wird gesendet, sobald eine Verbindung besteht.","idea.awaitingModeration":"Diese Idee wird veröffentlicht, sobald die Moderation sie freigegeben hat.","idea.merged":"Diese Idee wurde zusammengeführt mit:","idea.mergedUnknown":"der anderen Idee","idea.service":"Dienst:","idea.topic":"Themenfeld:","idea.votesTitle":"Unterstützung","idea.vote":"Idee unterstützen","idea.retract":"Unterstützung zurücknehmen","idea.youVoted":"Sie unterstützen diese Idee.","idea.voteAfterSync":"Sobald die Idee gesendet ist, kann sie unterstützt werden.","idea.endorsements":"Unterstützt von Verbänden","idea.unknownOrganization":"Ein Verband","idea.history":"Verlauf und Antworten der Verwaltung","idea.commentsTitle":{one:"1 Kommentar",other:"{count} Kommentare"},"idea.noComments":"Noch keine Kommentare.","idea.commentLabel":"Ihr Kommentar","idea.commentSubmit":"Kommentar senden","idea.commentsClosed":"Zu dieser Idee kann man nicht kommentieren.","report.idea":"Idee melden","report.comment":"Kommentar melden","report.reason":"Grund der Meldung","report.choose":"Bitte wählen","report.reason.spam":"Werbung oder Spam","report.reason.offensive":"Beleidigend","report.reason.personal_data":"Enthält persönliche Daten","report.reason.off_topic":"Gehört nicht hierher","report.reason.other":"Anderer Grund","report.reasonRequired":"Bitte wählen Sie einen Grund.","report.note":"Anmerkung (freiwillig)","report.submit":"Meldung senden","report.done":"Sie haben diesen Beitrag gemeldet. Danke!","newIdea.title":"Idee einreichen","newIdea.titleLabel":"Titel","newIdea.bodyLabel":"Beschreibung","newIdea.whereLabel":"Für welchen Ort?","newIdea.wholeDistrict":"Den ganzen {name}","newIdea.serviceLabel":"Betrifft die Idee einen Dienst? (freiwillig)","newIdea.topicLabel":"Themenfeld (freiwillig)","newIdea.none":"Keine Angabe","newIdea.submit":"Idee einreichen","newIdea.similarTitle":"Ähnliche Ideen","newIdea.similarNone":"Während Sie schreiben, zeigen wir hier ähnliche Ideen, die es schon gibt.","newIdea.similarFound":{one:"Es gibt 1 ähnliche Idee. Vielleicht möchten Sie diese unterstützen?",other:"Es gibt {count} ähnliche Ideen. Vielleicht möchten Sie eine davon unterstützen?"},"newIdea.similarFoundOffline":{one:"In den gespeicherten Ideen gibt es 1 ähnliche Idee.",other:"In den gespeicherten Ideen gibt es {count} ähnliche Ideen."},"newIdea.supportInstead":"Stattdessen unterstützen","hint.newIdea":"Beschreiben Sie, was besser werden soll und warum. Die Verwaltung antwortet öffentlich.","hint.title":"Ein kurzer Satz, {min} bis {max} Zeichen.","hint.body":"Was ist das Problem, was schlagen Sie vor? {min} bis {max} Zeichen.","hint.titleShort":"Der Titel ist zu kurz: bitte mindestens {min} Zeichen.","hint.bodyShort":"Die Beschreibung ist zu kurz: bitte mindestens {min} Zeichen.","hint.where":"Ihre Gemeinde oder der ganze Landkreis.","hint.service":"Zum Beispiel „Wohngeld beantragen“.","hint.topic":"Hilft anderen, Ihre Idee zu finden.","hint.comment":"Bleiben Sie freundlich und sachlich. Höchstens {max} Zeichen.","hint.commentRequired":"Bitte schreiben Sie einen Kommentar.","hint.barriers":"Sie können mehrere ankreuzen.","hint.feedbackText":"Bitte keine persönlichen Daten. Höchstens {max} Zeichen.","hint.reportNote":"Höchstens {max} Zeichen.","hint.signedOut":"Sie sind nicht angemeldet. Ihr Beitrag wird gespeichert und gesendet, sobald Sie sich anmelden.","hint.displayName":"Dieser Name steht bei Ihren Beiträgen. Ein Fantasiename ist in Ordnung. {min} bis {max} Zeichen.","hint.email":"Nur für die Anmeldung. Andere sehen Ihre E-Mail-Adresse nie.","hint.password":"Mindestens {min} Zeichen.","mine.title":"Meine Beiträge","mine.signedOut":"Melden Sie sich an, um Ihre gesendeten Beiträge zu sehen.","mine.rejected":"Nicht angenommen","mine.rejectedHelp":"Der Server hat diese Beiträge nicht angenommen. Sie können sie korrigieren und erneut senden oder verwerfen.","mine.noneRejected":"Keine.","mine.pending":"Warten auf Verbindung","mine.nonePending":"Alle Beiträge sind gesendet.","mine.ideas":"Meine Ideen","mine.comments":"Meine Kommentare","mine.votes":"Ideen, die ich unterstütze","mine.feedback":"Meine Bewertungen","mine.reports":"Meine Meldungen","mine.reportsCount":{one:"Sie haben 1 Beitrag gemeldet.",other:"Sie haben {count} Beiträge gemeldet."},"mine.none":"Noch keine.","mine.commentOn":"Zu","mine.hidden":"ausgeblendet","mine.unknownIdea":"einer Idee","mine.fix":"Korrigieren","mine.discard":"Verwerfen","mine.sendAgain":"Erneut senden","mine.what.idea":"Idee „{title}“","mine.what.comment":"Kommentar zu „{title}“","mine.what.vote":"Unterstützung für „{title}“","mine.what.retract":"Unterstützung für „{title}“ zurücknehmen","mine.what.feedback":"Bewertung von „{name}“: {rating} von 5 Sternen","mine.what.edit":"Änderung an der Idee „{title}“","editIdea.open":"Idee bearbeiten","editIdea.title":"Idee bearbeiten","editIdea.hint":"Sie können Ihre Idee ändern, bis die Moderation sie freigibt.","editIdea.save":"Änderung speichern","editIdea.cancel":"Abbrechen","mine.what.report":"Meldung an die Moderation","accountPage.title":"Ihr Konto","accountPage.signedInAs":"Sie sind angemeldet als {name} ({email}).","accountPage.signInFirst":"Melden Sie sich an, um Ihr Konto zu verwalten.","accountPage.offline":"Keine Verbindung. Zum Herunterladen Ihrer Daten und zum Löschen des Kontos brauchen Sie eine Internetverbindung.","export.title":"Ihre Daten","export.intro":"Laden Sie alle Daten herunter, die Mitwirken über Sie speichert: Konto, Ideen, Kommentare, Stimmen, Bewertungen, Meldungen, Benachrichtigungen und was Ihre Geräte gesendet haben. Die Datei (JSON) lässt sich mit jedem Texteditor öffnen; jede Liste darin ist erklärt.","export.prepare":"Daten zusammenstellen","export.preparing":"Wird zusammengestellt …","export.ready":"Ihre Daten sind bereit:","export.download":"Datei herunterladen ({size} KB)","delete.title":"Konto löschen","delete.private":"Ihre Stimmen, Bewertungen, Meldungen und Benachrichtigungen werden gelöscht.","delete.public":"Ihre Ideen und Kommentare bleiben ohne Ihren Namen stehen (als „gelöschtes Konto“), außer Sie wählen unten, dass sie mit gelöscht werden.","delete.devices":"Auf Ihren anderen Geräten werden Ihre Daten bei der nächsten Verbindung entfernt.","delete.final":"Das lässt sich nicht rückgängig machen. Laden Sie vorher Ihre Daten herunter, wenn Sie sie behalten möchten.","delete.contributions":"Auch meine Ideen und Kommentare löschen","delete.contributionsHint":"Mit einer Idee verschwinden auch die Kommentare und Stimmen anderer dazu.","delete.password":"Ihr Passwort zur Bestätigung","delete.submit":"Konto endgültig löschen","delete.done":"Ihr Konto wurde gelöscht. Auf diesem Gerät ist nichts mehr von Ihnen gespeichert.","account.email":"E-Mail-Adresse","account.password":"Passwort","account.passwordConfirm":"Passwort wiederholen","account.displayName":"Angezeigter Name","account.offline":"Keine Verbindung. Zum Anmelden brauchen Sie eine Verbindung.","signIn.title":"Anmelden","signIn.intro":"Melden Sie sich an, um Ideen einzureichen, abzustimmen, zu kommentieren und Dienste zu bewerten.","signIn.submit":"Anmelden","signIn.wrong":"E-Mail-Adresse oder Passwort stimmen nicht.","signIn.noAccount":"Noch kein Konto?","signUp.title":"Konto anlegen","signUp.intro":"Sie brauchen nur eine E-Mail-Adresse und einen Namen. Der Name darf ein Fantasiename sein.","signUp.submit":"Konto anlegen","signUp.haveAccount":"Sie haben schon ein Konto?","topic.arbeit_ruhestand":"Arbeit & Ruhestand","topic.bauen_wohnen":"Bauen & Wohnen","topic.bildung":"Bildung","topic.ein_auswanderung":"Ein- & Auswanderung","topic.engagement_hobby":"Engagement & Hobby","topic.familie_kind":"Familie & Kind","topic.forschung_foerderung":"Forschung & Förderung","topic.gesundheit":"Gesundheit","topic.mobilitaet_reisen":"Mobilität & Reisen","topic.recht_ordnung":"Recht & Ordnung","topic.steuern_zoll":"Steuern & Zoll","topic.umwelt":"Umwelt","topic.unternehmen":"Unternehmen","topic.querschnitt":"Querschnittsleistungen","topic.soziales":"Soziales","error.unknown":"Der Beitrag konnte nicht gespeichert werden.","error.vote_idea_hidden":"Diese Idee ist ausgeblendet; für sie kann nicht abgestimmt werden.","error.vote_idea_not_published":"Diese Idee ist noch nicht veröffentlicht.","error.vote_idea_merged":"Diese Idee wurde mit einer anderen zusammengeführt; stimmen Sie bitte dort ab.","error.vote_idea_declined":"Diese Idee wurde abgelehnt; für sie kann nicht mehr abgestimmt werden.","error.feedback_service_not_offered":"Dieser Dienst wird in dieser Region nicht online angeboten.","error.idea_changed":"Die Idee wurde inzwischen auf dem Server geändert.","error.sync_forbidden":"Dazu sind Sie nicht berechtigt.","error.sync_not_found":"Der Eintrag wurde nicht gefunden.","error.validation_pk_invalid":"Diese Kennung ist ungültig oder schon vergeben.","error.validation_not_unique":"Diesen Eintrag gibt es schon.","error.validation_required":"Bitte ausfüllen.","error.validation_missing_rel_records":"Der verknüpfte Eintrag existiert nicht (mehr).","error.validation_invalid_email":"Bitte geben Sie eine gültige E-Mail-Adresse ein.","error.validation_values_mismatch":"Die Passwörter stimmen nicht überein.","error.report_target_required":"Bitte genau einen Inhalt melden: eine Idee oder einen Kommentar.","workspace.title":"Arbeitsbereich","workspace.intro":"Hier sehen Sie, was in Ihrer Region auf Moderation oder eine Antwort wartet.","workspace.signIn":"Bitte melden Sie sich an, um den Arbeitsbereich zu nutzen.","workspace.noRole":"Der Arbeitsbereich ist für Moderatorinnen und Moderatoren von Verbänden und für Mitarbeitende der Verwaltung.","workspace.offline":"Der Arbeitsbereich braucht eine Verbindung. Bitte versuchen Sie es wieder, sobald Sie online sind.","workspace.moderationTitle":"Moderation","workspace.submitted":"Ideen, die auf Freigabe warten","workspace.noneSubmitted":"Keine Idee wartet auf Freigabe.","workspace.reports":"Offene Meldungen","workspace.noneReports":"Keine offenen Meldungen.","workspace.hiddenIdeas":"Ausgeblendete Ideen","workspace.hiddenComments":"Ausgeblendete Kommentare","workspace.noneHidden":"Nichts ausgeblendet.","workspace.publish":"Veröffentlichen","workspace.hide":"Ausblenden","workspace.restore":"Wieder anzeigen","workspace.hideReason":"Grund für das Ausblenden","workspace.hideNote":"Erklärung für die Person (freiwillig)","workspace.hiddenBecause":"Ausgeblendet:","workspace.reportedFor":"Gemeldet:","workspace.comment":"Kommentar von {name}","workspace.responsivenessTitle":"So schnell antwortet Ihre Verwaltung","workspace.region":"Region","workspace.median":"Mittlere Zeit bis zur ersten Antwort","workspace.unanswered":"Ideen ohne Antwort","workspace.oldest":"Älteste Idee ohne Antwort","workspace.days":{one:"1 Tag",other:"{count} Tage"},"workspace.noValue":"–","workspace.more":"Weitere anzeigen","workspace.openTitle":"Offene Ideen, älteste zuerst","workspace.noneOpen":"Keine offenen Ideen.","workspace.since":"eingereicht am {date}","workspace.nextStatus":"Neuer Stand","workspace.response":"Öffentliche Antwort","workspace.responseHint":"Die Antwort erscheint bei der Idee für alle sichtbar.","workspace.responseRequired":"Bitte schreiben Sie eine Antwort.","workspace.move":"Stand ändern","workspace.mergeOpen":"Als Doppelung zusammenführen","workspace.mergeTarget":"Mit welcher ähnlichen Idee zusammenführen?","workspace.mergeTargetRequired":"Bitte wählen Sie die Idee, in die diese Idee aufgeht.","workspace.mergeSimilarity":"{percent} % ähnlich","workspace.mergeNone":"Keine ähnliche veröffentlichte Idee gefunden.","workspace.mergeResponseDefault":"Diese Idee gibt es schon. Wir haben sie mit der ähnlichen Idee zusammengeführt; die Stimmen zählen dort.","workspace.merge":"Zusammenführen","workspace.appeals":"Offene Widersprüche","workspace.noneAppeals":"Keine offenen Widersprüche.","workspace.appealFiled":"Widerspruch vom","workspace.appealDecision":"Ihre Entscheidung","workspace.appealDecisionRequired":"Bitte wählen Sie eine Entscheidung.","workspace.appeal.upheld":"Widerspruch annehmen: wieder anzeigen","workspace.appeal.rejected":"Widerspruch ablehnen: bleibt ausgeblendet","workspace.appealNote":"Begründung","workspace.appealNoteHint":"Die Begründung steht im Moderationsprotokoll.","workspace.appealNoteRequired":"Bitte schreiben Sie eine Begründung.","workspace.appealDecide":"Entscheiden","workspace.appealRefused":"Der Server hat die Entscheidung abgelehnt: Wer den Inhalt ausgeblendet hat, kann über den Widerspruch nicht entscheiden, oder jemand hat schon entschieden.","workspace.appealColleague":"Sie haben diesen Inhalt ausgeblendet. Über den Widerspruch muss eine Kollegin oder ein Kollege entscheiden.","workspace.openIdeas":"Offene Ideen in Ihren Regionen","workspace.endorsed":"{name} unterstützt diese Idee.","workspace.endorse":"Im Namen von {name} unterstützen","workspace.withdraw":"Unterstützung zurückziehen","inbox.title":"Benachrichtigungen","inbox.signIn":"Bitte melden Sie sich an, um Ihre Benachrichtigungen zu sehen.","inbox.offline":"Die Benachrichtigungen brauchen eine Verbindung. Bitte versuchen Sie es wieder, sobald Sie online sind.","inbox.listTitle":"Ihre Benachrichtigungen","inbox.none":"Sie haben keine Benachrichtigungen.","inbox.new":"Neu","inbox.theIdea":"diese Idee","inbox.reason":"Grund:","inbox.open":"Zur Idee „{title}“","inbox.openTarget":"Zur Idee „{title}“, für die Ihre Unterstützung jetzt zählt","inbox.markRead":"Als gelesen markieren","inbox.kind.published":"Ihre Idee „{title}“ wurde veröffentlicht.","inbox.kind.status_changed":"Ihre Idee „{title}“ hat einen neuen Stand: {status}.","inbox.kind.hidden":"Ihre Idee „{title}“ wurde ausgeblendet. Sie können Widerspruch einlegen.","inbox.kind.restored":"Ihre Idee „{title}“ wird wieder angezeigt.","inbox.kind.merged":"Ihre Idee „{title}“ wurde mit der Idee „{target}“ zusammengeführt.","inbox.kind.vote_moved":"Die Idee „{title}“ wurde zusammengeführt. Ihre Stimme zählt jetzt für „{target}“; Sie können sie dort zurückziehen.","inbox.kind.appeal_decided":"Über Ihren Widerspruch zur Idee „{title}“ wurde entschieden.","inbox.settingsTitle":"Einstellungen","inbox.email":"Benachrichtigungen auch per E-Mail","inbox.emailHint":"Die Benachrichtigungen hier bleiben in jedem Fall erhalten.","inbox.saved":"Ihre Einstellung ist gespeichert.","solutions.title":"Lösungen aus der Region","solutions.intro":"Diese Ideen wurden in einer Gemeinde umgesetzt und zum Nachmachen freigegeben. Verwaltungen anderer Gemeinden können sie übernehmen.","solutions.offline":"Die Lösungen aus der Region brauchen eine Verbindung. Bitte versuchen Sie es wieder, sobald Sie online sind.","solutions.none":"Noch keine Lösungen freigegeben.","solutions.from":"Umgesetzt in {region}, zuletzt geändert am {date}","solutions.region":"Für welche Gemeinde oder welchen Kreis übernehmen?","solutions.adopt":"Übernehmen","solutions.adopted":"Übernommen. Die Idee steht jetzt in Ihrer Region.","solutions.openAdopted":"Zur übernommenen Idee","appeal.title":"Widerspruch einlegen","appeal.label":"Warum soll Ihre Idee wieder angezeigt werden?","appeal.hint":"Zwischen {min} und {max} Zeichen. Sie können nur einmal widersprechen; eine andere Person aus der Moderation entscheidet.","appeal.short":"Bitte schreiben Sie mindestens {min} Zeichen.","appeal.submit":"Widerspruch senden","appeal.done":"Ihr Widerspruch ist eingegangen. Sie erhalten eine Benachrichtigung, sobald entschieden ist.","assisted.title":"Für jemanden eintragen","assisted.intro":"Hier tragen Sie eine Idee oder eine Bewertung für eine Person ein, die nicht online ist, zum Beispiel aus einer Sprechstunde oder von einem Papierformular. Das geht auch ohne Verbindung: Der Beitrag wird gesendet, sobald Sie wieder online sind.","assisted.signIn":"Bitte melden Sie sich an, um für jemanden einzutragen.","assisted.noOrganization":"Für jemanden eintragen können Mitglieder eines bestätigten Verbands oder einer Verwaltung. Wenn Sie Mitglied sind, öffnen Sie diese Seite einmal mit Verbindung.","assisted.kind":"Was tragen Sie ein?","assisted.kindIdea":"Eine Idee","assisted.kindFeedback":"Eine Bewertung eines Dienstes","assisted.channel":"Wie haben Sie den Beitrag bekommen?","assisted.channelAssisted":"Im Gespräch (zum Beispiel in einer Sprechstunde)","assisted.channelPaper":"Auf einem Papierformular","assisted.organization":"Für welche Organisation tragen Sie ein?","assisted.region":"Für welchen Ort?","assisted.service":"Welcher Dienst?","assisted.serviceRequired":"Bitte wählen Sie einen Dienst.","assisted.consent":"Die Person ist einverstanden, dass ich diesen Beitrag für sie eintrage.","assisted.consentHint":"Wir speichern nur, dass die Person einverstanden ist. Wer sie ist, speichern wir nicht. Bitte schreiben Sie keine Namen in den Text.","assisted.consentRequired":"Bitte bestätigen Sie, dass die Person einverstanden ist.","assisted.submit":"Eintragen","assisted.entries":"Ihre Einträge für andere","assisted.fromWorkspace":"Eine Idee oder Bewertung für jemanden eintragen, der nicht online ist","services.answered":{one:"Die Verwaltung hat 1 von {total} Rückmeldungen beantwortet.",other:"Die Verwaltung hat {count} von {total} Rückmeldungen beantwortet."},"services.fixedThisMonth":{one:"Diesen Monat wurde 1 Problem behoben.",other:"Diesen Monat wurden {count} Probleme behoben."},"rate.barrierOther":"Welche andere Barriere? (freiwillig)","rate.readers":"Ihre Rückmeldung lesen die Mitarbeitenden von {staff} und Moderierende von {moderators}. Die Verwaltung kann Ihnen antworten; die Antwort steht dann unter „Meine Beiträge“. Öffentlich sind nur Zahlen.","rate.readersStaffOf":"der Gemeinde {name}","rate.readersNone":"den Verbänden der Region","barrier.magnification":"Nicht mit Vergrößerung oder Zoom nutzbar","barrier.other":"Andere Barriere","idea.declined":"Diese Idee wurde abgelehnt. Die Begründung der Verwaltung:","hidden.title":"Ausgeblendet","hidden.reason":"Grund:","hidden.note":"Hinweis der Moderation:","hidden.appeal":"Widerspruch einlegen","hidden.byReports":"Mehrere Personen haben den Beitrag gemeldet. Die Moderation prüft ihn.","mine.answer":"Antwort der Verwaltung vom {date}:","inbox.openFeedback":"Zu Ihren Bewertungen","inbox.kind.feedback_answered":"Die Verwaltung hat auf Ihre Bewertung eines Dienstes geantwortet.","desk.title":"Rückmeldungen zu Diensten","desk.back":"Zurück zum Arbeitsbereich","desk.fromWorkspace":"Rückmeldungen zu Diensten lesen und beantworten","desk.intro":"Hier stehen die Bewertungen der Dienste in Ihren Regionen, die neuesten zuerst. Ihre Antwort bekommt die Person als Benachrichtigung; öffentlich ist sie nicht.","desk.filterTitle":"Auswahl","desk.all":"Alle","desk.service":"Dienst","desk.region":"Gemeinde","desk.state":"Stand","desk.state.new":"Neu","desk.state.seen":"Gelesen","desk.state.forwarded":"An den Anbieter weitergegeben","desk.state.fixed":"Behoben","desk.answer":"Antwort an die Person (freiwillig)","desk.answerHint":"Nur die Person, die bewertet hat, liest die Antwort.","desk.save":"Speichern","desk.rating":"{rating} von 5 Sternen","desk.noText":"Ohne Text.","desk.answeredOn":"Beantwortet am {date}","desk.channel.app":"über die App","desk.channel.assisted":"im Gespräch eingetragen","desk.channel.paper":"von einem Papierformular","desk.listTitle":"Rückmeldungen, neueste zuerst","desk.none":"Keine Rückmeldungen für diese Auswahl.","desk.confirm.answered":"Gespeichert – die Person wurde benachrichtigt.","desk.confirm.saved":"Gespeichert.","workspace.moreActions":"Weitere Aktionen","workspace.dismissOpen":"Meldung zurückweisen","workspace.hideOpen":"Ausblenden","workspace.dismissReason":"Warum weisen Sie die Meldung zurück?","workspace.dismissHint":"Der Beitrag bleibt sichtbar. Die Begründung steht im Moderationsprotokoll.","workspace.dismissReasonRequired":"Bitte schreiben Sie eine Begründung.","workspace.dismiss":"Zurückweisen","workspace.ownContent":"Diese Meldung betrifft Ihren eigenen Beitrag. Darüber entscheidet eine Kollegin oder ein Kollege.","workspace.confirm.hidden":"Ausgeblendet – die Person wurde benachrichtigt.","workspace.confirm.dismissed":"Meldung zurückgewiesen – der Beitrag bleibt sichtbar.","workspace.confirm.published":"Veröffentlicht – die Person wurde benachrichtigt.","workspace.confirm.merged":"Zusammengeführt – die Person wurde benachrichtigt.","workspace.confirm.restored":"Wieder angezeigt – die Person wurde benachrichtigt.","error.status404":"Das geht hier nicht: Der Eintrag liegt nicht in Ihrer Region, oder jemand hat ihn inzwischen bearbeitet. Bitte laden Sie die Seite neu.","error.status403":"Dazu sind Sie nicht berechtigt.","error.transition_not_allowed":"Dieser Schritt passt nicht mehr zum Stand der Idee. Bitte laden Sie die Seite neu und wählen Sie den nächsten Schritt.","error.response_required":"Bitte schreiben Sie eine öffentliche Antwort.","error.merge_target_required":"Bitte wählen Sie die Idee, in die diese Idee aufgeht.","error.merge_target_invalid":"In diese Idee kann nicht zusammengeführt werden: Sie muss veröffentlicht und noch offen sein.","error.dismiss_reason_required":"Bitte schreiben Sie, warum die Meldung zurückgewiesen wird.","error.validation_invalid_value":"Dieser Wert ist nicht möglich.","confirm.rating":"Danke! Ihre Bewertung ist gespeichert.","confirm.idea":"Danke für Ihre Idee!","confirm.comment":"Danke für Ihren Kommentar!","confirm.report":"Danke für Ihre Meldung. Die Moderation sieht sie sich an.","confirm.appeal":"Ihr Einspruch ist eingegangen.","confirm.entryIdea":"Die Idee ist eingetragen.","confirm.entryFeedback":"Die Bewertung ist eingetragen.","confirm.rating.signIn":"Sie wird gesendet, sobald Sie sich anmelden oder ein Konto anlegen.","confirm.rating.offline":"Sie wird gesendet, sobald wieder eine Verbindung besteht.","confirm.entryIdea.offline":"Die Idee ist gespeichert und wird gesendet, sobald eine Verbindung besteht.","confirm.entryFeedback.offline":"Die Bewertung ist gespeichert und wird gesendet, sobald eine Verbindung besteht.","confirm.signedIn":"Sie sind angemeldet.","confirm.state.sent":{one:"Ihr Beitrag ist gesendet.",other:"Ihre {count} Beiträge sind gesendet."},"confirm.state.sending":{one:"Ihr Beitrag wird gesendet …",other:"Ihre {count} Beiträge werden gesendet …"},"confirm.state.offline":{one:"Der Beitrag ist auf diesem Gerät gespeichert und wird gesendet, sobald wieder eine Verbindung besteht.",other:"Sie sind auf diesem Gerät gespeichert und werden gesendet, sobald wieder eine Verbindung besteht."},"confirm.state.signIn":{one:"Der Beitrag ist auf diesem Gerät gespeichert und wird gesendet, sobald Sie sich anmelden oder ein Konto anlegen.",other:"Sie sind auf diesem Gerät gespeichert und werden gesendet, sobald Sie sich anmelden oder ein Konto anlegen."},"confirm.state.rejected":"Der Server hat den Beitrag nicht angenommen.","password.forgot":"Passwort vergessen?","password.forgotTitle":"Passwort vergessen","password.forgotIntro":"Geben Sie die E-Mail-Adresse Ihres Kontos ein. Wir schicken Ihnen einen Link, mit dem Sie ein neues Passwort festlegen.","password.request":"Link schicken","password.sent":"Wenn es ein Konto mit der Adresse {email} gibt, ist ein Link unterwegs. Er gilt 30 Minuten. Sehen Sie bitte auch im Spam-Ordner nach.","password.noEmail":"Diese Mitwirken-Seite kann keine E-Mails verschicken: Der Betreiber hat keinen E-Mail-Versand eingerichtet. Deshalb können wir Ihnen keinen Link für ein neues Passwort schicken.","password.askOperator":"Bitte wenden Sie sich an den Betreiber:","password.askOperatorUnknown":"Bitte wenden Sie sich an den Betreiber dieser Seite, zum Beispiel an Ihre Gemeindeverwaltung.","password.resetTitle":"Neues Passwort festlegen","password.new":"Neues Passwort","password.save":"Passwort speichern","password.changed":"Ihr Passwort ist geändert. Sie können sich jetzt damit anmelden.","password.linkInvalid":"Der Link ist ungültig oder abgelaufen. Bitte fordern Sie einen neuen an.","password.requestAgain":"Neuen Link anfordern","account.emailMissing":"Bitte geben Sie Ihre E-Mail-Adresse ein.","account.emailInvalid":"Bitte geben Sie eine E-Mail-Adresse in der Form name@beispiel.de ein.","account.passwordMissing":"Bitte geben Sie Ihr Passwort ein.","account.passwordShort":"Das Passwort ist zu kurz: bitte mindestens {min} Zeichen.","account.passwordMismatch":"Die beiden Passwörter stimmen nicht überein.","account.nameShort":"Bitte geben Sie einen Namen mit mindestens {min} Zeichen ein.","signUp.privacyTitle":"Was wir speichern","signUp.privacy":"Ihre E-Mail-Adresse (nur zum Anmelden und, wenn Sie möchten, für Benachrichtigungen; niemand sonst sieht sie), den angezeigten Namen (ein Fantasiename ist in Ordnung), Ihre Gemeinde und Ihre Beiträge. Sie können alles herunterladen und Ihr Konto löschen.","signUp.privacyMore":"Mehr zum Datenschutz in der Hilfe","mine.discardQuestion":"{what} wirklich verwerfen? Der Beitrag wurde noch nicht gesendet und ist dann verloren.","mine.discardYes":"Ja, verwerfen","mine.discardNo":"Behalten","mine.discarded":"Verworfen: {what}.","mine.noneWaiting":"Nichts wartet mehr auf das Senden."};var K=ue({region:"",rows:new Map});function yn(e){let n={};for(let s=1;s<=5;s++)n[s]=e[`rating_${s}`]||0;let r={};for(let s of Object.keys(e))s.startsWith("barrier_")&&(r[s.slice(8)]=e[s]);return{count:e.count,mean:e.mean,distribution:n,barriers:r}}function st(e,n){K.value={region:e,rows:new Map(n.map(r=>[r.service,yn(r)]))}}async function Ze(e){let n=await Fe("ratings:"+e);n?st(e,n):K.value.region!==e&&st(e,[]);try{let r=encodeURIComponent(`region='${e}'`),s=await _(`/api/collections/feedback_summaries/records?filter=${r}&perPage=500&skipTotal=1`);await Oe("ratings:"+e,s.items),st(e,s.items)}catch{}}async function qt(e,n){try{let r=await _(`/api/services/${encodeURIComponent(e)}/feedback?region=${encodeURIComponent(n)}`),s=new Map(K.value.region===n?K.value.rows:[]);s.set(e,r),K.value={region:n,rows:s}}catch{}}function Re(e,n){return e.filter(r=>(r.regions||[]).some(s=>s===n.id||s===n.parent))}function In(){let e=C.value;if(I(t("services.title",{name:e?.name||""})),D(()=>{e&&Ze(e.id)},[e?.id]),S(A.value),!e)return i`<h1 tabindex="-1">${t("nav.services")}</h1><p>${t("region.needed")}</p><${Q} after="/services" />`;let n=Re(W.services.value,e),r=K.value.region===e.id?K.value.rows:new Map,s=me.map(o=>[o,n.filter(a=>a.topic===o).sort(He)]).filter(([,o])=>o.length);return i`
    <h1 tabindex="-1">${t("services.title",{name:e.name})}</h1>
    <p>${t("services.intro")}</p>
    ${A.value&&n.length===0&&i`<p>${t("services.none")}</p>`}
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
              <h3><a href=${"/services/"+d.id}><${re} service=${d} /></a></h3>
              <${je} summary=${r.get(d.id)} />
            </li>`)}
        </ul>
      </section>`)}`}var Lt=({rating:e})=>e?{}:{rating:t("rate.ratingRequired")};function ot({rating:e,setRating:n,barriers:r,toggle:s,other:o="",setOther:a,text:d,setText:l,error:u}){return i`
    <fieldset aria-describedby=${u?"rating-error":void 0}>
      <legend>${t("rate.ratingLegend")}</legend>
      ${u&&i`<p class="error" id="rating-error">${u}</p>`}
      <div class="choices">
        ${[1,2,3,4,5].map(c=>i`
          <label class="choice">
            <input type="radio" name="rating" id=${"rating-"+c} value=${c} checked=${e===c}
              onChange=${()=>n(c)} />
            ${t("rate.value"+c)}
          </label>`)}
      </div>
    </fieldset>
    <fieldset>
      <legend>${t("rate.barriersLegend")}</legend>
      <p class="hint">${t("hint.barriers")}</p>
      ${ft.map(c=>i`
        <label class="choice">
          <input type="checkbox" name="barriers" value=${c} checked=${r.includes(c)} onChange=${()=>s(c)} />
          ${t("barrier."+c)}
        </label>`)}
      ${r.includes("other")&&a&&i`
        <div class="field">
          <label for="barrier-other">${t("rate.barrierOther")}</label>
          <input type="text" id="barrier-other" maxLength=${k.barrierOther[1]} value=${o}
            onInput=${c=>a(c.currentTarget.value)} />
        </div>`}
    </fieldset>
    <div class="field">
      <label for="feedback-text">${t("rate.text")}</label>
      <p class="hint" id="feedback-text-hint">${t("hint.feedbackText",{max:k.feedbackText[1]})}</p>
      <textarea id="feedback-text" rows="4" maxLength=${k.feedbackText[1]} aria-describedby="feedback-text-hint"
        value=${d} onInput=${c=>l(c.currentTarget.value)}></textarea>
    </div>`}function Sn({place:e}){let n=[...Pe.value.values()].filter(o=>o.verified&&(o.regions||[]).some(a=>a===e.id||a===e.parent)),r=n.filter(o=>o.kind==="kommune").map(o=>o.name),s=n.filter(o=>o.kind!=="kommune").map(o=>o.name);return i`<p class="hint" id="feedback-readers">${t("rate.readers",{staff:r.length?r.join(", "):t("rate.readersStaffOf",{name:e.name}),moderators:s.length?s.join(", "):t("rate.readersNone")})}</p>`}var xn=["rating","rating-1"];function Dn({service:e,place:n}){let[r,s]=p(0),[o,a]=p([]),[d,l]=p(""),[u,c]=p(""),m=Z(Lt,{rating:r});return i`
    <form class="stack" onSubmit=${async h=>{if(h.preventDefault(),m.show(Lt({rating:r})))return;let w=await Ue({service:e.id,region:n.id,rating:r,text:u.trim(),barriers:o,barrierOther:d});s(0),a([]),l(""),c(""),P("rating",[w.id])}} noValidate>
      <${Sn} place=${n} />
      <${T} form=${m} fields=${[xn]} id="rating-errors" />
      <${ot} rating=${r} setRating=${s} barriers=${o} toggle=${h=>a(o.includes(h)?o.filter(w=>w!==h):[...o,h])}
        other=${d} setOther=${l} text=${u} setText=${c} error=${m.errors.rating} />
      ${!b.value&&i`<p class="hint">${t("hint.signedOut")}</p>`}
      <button type="submit">${t("rate.submit")}</button>
    </form>`}function Bn({id:e}){let n=C.value,r=q.value.get(e);if(I(ee(r)||t("nav.services")),S(A.value),D(()=>{n&&Ze(n.id).then(()=>qt(e,n.id))},[e,n?.id]),!n)return i`<h1 tabindex="-1">${t("nav.services")}</h1><p>${t("region.needed")}</p><${Q} after=${"/services/"+e} />`;if(!r)return A.value?i`<${Ge} />`:i`<p>${t("common.loading")}</p>`;let s=K.value.region===n.id?K.value.rows.get(e):null,o=z.value.feedback.filter(a=>a.service===e&&a.region===n.id);return i`
    <p><a href="/services">${t("service.back")}</a></p>
    <${be} />
    <h1 tabindex="-1"><${re} service=${r} /></h1>
    ${r.summary&&i`<p>${r.summary}</p>`}
    ${r.link&&i`<p><a href=${r.link} rel="noopener">${t("service.link")}</a></p>`}
    <h2>${t("service.summaryTitle",{name:n.name})}</h2>
    <${je} summary=${s} />
    ${o.length>0&&i`
      <h2>${t("service.mine")}</h2>
      <ul class="plain">
        ${o.map(a=>i`
          <li key=${a.id}>
            ${t("service.myRating",{rating:a.rating,date:E(a.created)})} <${j} item=${a} />
            ${a.sync==="rejected"&&i`<${ge} error=${a.mutation.error} />`}
            <${Ke} feedback=${a} />
          </li>`)}
      </ul>`}
    <h2>${t("rate.title")}</h2>
    <${Dn} service=${r} place=${n} />`}var Rn=new Set("der die das und oder ein eine einer eines einem einen ist sind mit für fur von zu im in am an auf aus bei nicht auch es sich wir ich sie er man mehr sehr wie was wenn dass den dem des als nur noch so bitte the and for with of to a an is are be on in at".split(" "));function Ee(e){return(e||"").toLowerCase().replace(/ä/g,"ae").replace(/ö/g,"oe").replace(/ü/g,"ue").replace(/ß/g,"ss").normalize("NFD").replace(/[\u0300-\u036f]/g,"").split(/[^a-z0-9]+/).filter(n=>n.length>=3&&!Rn.has(n))}var ze=e=>e.replace(/(ungen|ung|en|er|es|e|n|s)$/,"")||e;function Vt(e,n){let r=Ee(n).map(ze);if(!r.length)return[];let s=[];for(let o of e){let a=Ee(o.title).map(ze),d=a.concat(Ee(o.body).map(ze));r.every(l=>d.some(u=>u.startsWith(l)))&&s.push({idea:o,score:r.filter(l=>a.some(u=>u.startsWith(l))).length})}return s.sort((o,a)=>a.score-o.score).map(o=>o.idea)}function Ut(e,n,r=5){let s=new Set(Ee(n).map(ze));if(s.size<2)return[];let o=[];for(let a of e){let d=new Set(Ee(a.title+" "+a.body).map(ze)),l=0;for(let c of s)d.has(c)&&l++;let u=l/Math.min(s.size,d.size||1);l>=2&&u>=.2&&o.push({idea:a,score:u})}return o.sort((a,d)=>d.score-a.score).slice(0,r).map(a=>a.idea)}async function Wt(e,n,r){if(!navigator.onLine)return{items:Vt(r,e),offline:!0};try{return{items:(await _(`/api/ideas/search?q=${encodeURIComponent(e)}&region=${encodeURIComponent(n)}`,{timeout:8e3})).items,offline:!1}}catch(s){if(!(s instanceof rt))throw s;return{items:Vt(r,e),offline:!0}}}async function jt(e,n,r){if(!navigator.onLine)return{items:Ut(r,e),offline:!0};try{return{items:(await _(`/api/ideas/similar?text=${encodeURIComponent(e.slice(0,500))}&region=${encodeURIComponent(n)}&limit=5`,{timeout:5e3})).items,offline:!1}}catch(s){if(!(s instanceof rt))throw s;return{items:Ut(r,e),offline:!0}}}var Kt={new:(e,n)=>e.created<n.created?1:-1,top:(e,n)=>(n.votes_count||0)-(e.votes_count||0)||(e.created<n.created?1:-1),status:(e,n)=>Ae.indexOf(e.status)-Ae.indexOf(n.status)||(n.votes_count||0)-(e.votes_count||0)};function En(e,n){let[r,s]=p(null);return D(()=>{if(s(null),!e)return;let o=!0;return Wt(e,pe.value,n).then(a=>o&&s(a)).catch(a=>o&&s({items:[],error:a})),()=>{o=!1}},[e,pe.value]),r}function zn(){let e=C.value,{query:n}=We.value,r=Kt[n.get("sort")]?n.get("sort"):"new",s=n.get("scope")==="place"?"place":"district",o=(n.get("q")||"").trim(),[a,d]=p(o),l=N.value.get(pe.value)?.name||"";I(t("ideas.title",{name:l||e?.name||""})),S(A.value);let c=[...z.value.ideas.values()].filter(v=>v.sync!=="rejected"&&!v.hidden).filter(v=>{let F=N.value.get(v.region);return v.region===pe.value||F?.parent===pe.value||v.sync!=="synced"}),m=En(o.length>=3?o:"",c);if(!e)return i`<h1 tabindex="-1">${t("nav.ideas")}</h1><p>${t("region.needed")}</p><${Q} after="/ideas" />`;let $=c.filter(v=>s==="district"||v.region===e.id||v.region===e.parent).sort(Kt[r]),g=v=>{let F=new URLSearchParams(n);for(let[J,ce]of Object.entries(v))ce?F.set(J,ce):F.delete(J);fe("/ideas"+(F.toString()?"?"+F:""),{replace:!0})},h=v=>{v.preventDefault(),g({q:a.trim()})},w=null;if(o)if(o.length<3)w=i`<p class="error">${t("ideas.searchShort")}</p>`;else if(!m)w=i`<p>${t("common.loading")}</p>`;else if(m.error)w=i`<p class="error">${t("ideas.searchFailed")}</p>`;else{let v=m.items.map(F=>z.value.ideas.get(F.id)||{...F,sync:"synced"});w=i`
        <p>${t(m.offline?"ideas.resultsOffline":"ideas.results",{count:v.length,q:o})}</p>
        <${Be} ideas=${v} level="3" />`}let f=r==="status"?Ae.map(v=>[v,$.filter(F=>F.status===v)]).filter(([,v])=>v.length):null,R=$.filter(v=>!v.status);return i`
    <h1 tabindex="-1">${t("ideas.title",{name:l||e.name})}</h1>
    <p><a href="/ideas/new">${t("ideas.submitLink")}</a></p>
    <form role="search" class="search" onSubmit=${h}>
      <label for="idea-search">${t("ideas.searchLabel")}</label>
      <div class="inline">
        <input id="idea-search" type="search" name="q" value=${a} onInput=${v=>d(v.currentTarget.value)} />
        <button type="submit">${t("ideas.search")}</button>
        ${o&&i`<button type="button" class="secondary" onClick=${()=>{d(""),g({q:""})}}>${t("ideas.clearSearch")}</button>`}
      </div>
    </form>
    ${o&&i`<section aria-labelledby="results-title"><h2 id="results-title">${t("ideas.resultsTitle")}</h2>${w}</section>`}
    ${!o&&i`
      <div class="filters">
        <div class="field">
          <label for="idea-sort">${t("ideas.sortLabel")}</label>
          <select id="idea-sort" value=${r} onChange=${v=>g({sort:v.currentTarget.value==="new"?"":v.currentTarget.value})}>
            <option value="new">${t("ideas.sortNew")}</option>
            <option value="top">${t("ideas.sortTop")}</option>
            <option value="status">${t("ideas.sortStatus")}</option>
          </select>
        </div>
        <div class="field">
          <label for="idea-scope">${t("ideas.scopeLabel")}</label>
          <select id="idea-scope" value=${s} onChange=${v=>g({scope:v.currentTarget.value==="place"?"place":""})}>
            <option value="district">${t("ideas.scopeDistrict",{name:l})}</option>
            <option value="place">${t("ideas.scopePlace",{name:e.name})}</option>
          </select>
        </div>
      </div>
      <h2 class="visually-hidden">${t("ideas.listTitle")}</h2>
      ${$.length===0&&(Et.value?i`<p>${t("ideas.none")}</p>`:i`<p role="status">${t("home.loadingIdeas")}</p>`)}
      ${f?i`
          ${R.length>0&&i`<h3>${t("sync.pending")}</h3><${Be} ideas=${R} level="4" />`}
          ${f.map(([v,F])=>i`<h3>${t("status."+v)}</h3><${Be} ideas=${F} level="4" />`)}`:i`<${Be} ideas=${$} level="3" />`}`}`}var Tn=({reason:e})=>e?{}:{reason:t("report.reasonRequired")};function at({target:e,id:n,label:r}){let{form:s,set:o,errors:a,refused:d}=U(Tn,{reason:"",note:""});return i`
    <details class="report">
      <summary>${r}</summary>
      <form class="stack" onSubmit=${async u=>{if(d(u))return;let c=await Mt(e,s.reason,s.note.trim());P("report",[c.id])}} noValidate>
        <${T} form=${a} fields=${[["reason",n+"-reason"]]} id=${n+"-errors"} />
        <${y} id=${n+"-reason"} label=${t("report.reason")} error=${a.errors.reason} control=${u=>i`
          <select ...${u} value=${s.reason} onChange=${o("reason")}>
            <option value="">${t("report.choose")}</option>
            ${Me.map(c=>i`<option value=${c}>${t("report.reason."+c)}</option>`)}
          </select>`} />
        <${y} id=${n+"-note"} label=${t("report.note")} hint=${t("hint.reportNote",{max:k.note[1]})} control=${u=>i`
          <textarea ...${u} rows="2" maxLength=${k.note[1]} value=${s.note} onInput=${o("note")}></textarea>`} />
        <button type="submit">${t("report.submit")}</button>
      </form>
    </details>`}function B(e,n={}){return _(e,{...n,token:$e.value?.token})}var dt=100;async function L(e,n,{expand:r,sort:s="-created",limit:o=dt}={}){let a=new URLSearchParams({filter:n,sort:s,perPage:String(o+1),skipTotal:"1"});return r&&a.set("expand",r),(await B(`/api/collections/${e}/records?${a}`)).items}function H(e,n=[],r=()=>!0){let[s,o]=p({data:null,error:null}),a=Y(dt),d=nt(()=>e(a.current).then(u=>o({data:u,error:null}),u=>o(c=>({data:c.data,error:u}))),[]);D(()=>{d();let u=()=>document.visibilityState==="visible"&&d();document.addEventListener("visibilitychange",u);let c=0,m=n.length?zt(n,$e.value?.token,$=>{$?.record&&!r($.record)||(clearTimeout(c),c=setTimeout(d,300))}):()=>{};return()=>{document.removeEventListener("visibilitychange",u),clearTimeout(c),m()}},[]);let l=nt(()=>(a.current+=dt,d()),[]);return{...s,reload:d,limit:a.current,showMore:l}}function ve(e,n){return e.length>n?`${n}+`:String(e.length)}function ke({items:e,limit:n,render:r,showMore:s}){return i`
    <ul class="plain workspace-list">${e.slice(0,n).map(r)}</ul>
    ${e.length>n&&i`<p><button type="button" class="secondary" onClick=${s}>${t("workspace.more")}</button></p>`}`}function x({error:e,id:n}){if(!e)return null;if(!(e instanceof O))return i`<p class="error" id=${n} role="alert">${t("workspace.offline")}</p>`;let r=Object.entries(X(e)),s=vt("error.status"+e.status)?t("error.status"+e.status):e.message;return i`
    <div class="error" id=${n} role="alert">
      <p>${s}</p>
      ${r.length>0&&i`<ul>${r.map(([o,a])=>i`<li key=${o}>${a}</li>`)}</ul>`}
    </div>`}function M(e){let[n,r]=p(null),[s,o]=p(!1);return{error:n,busy:s,run:async d=>{o(!0),r(null);try{await d(),await e()}catch(l){r(l)}finally{o(!1)}}}}function de({idea:e}){return i`
    <h4><a href=${"/ideas/"+e.id}>${e.title}</a></h4>
    <p class="meta">${t("idea.by",{name:e.author_name||t("idea.anonymous")})} · ${E(e.created)}</p>
    <p>${e.body}</p>`}function Te({record:e}){if(!e.moderation_reason&&!e.moderation_note)return null;let n=e.moderation_reason?t("report.reason."+e.moderation_reason):"";return i`<p>${t("workspace.hiddenBecause")} ${[n,e.moderation_note].filter(Boolean).join(": ")}</p>`}function ie({id:e,label:n,hint:r,missing:s,value:o,setValue:a,rows:d=2,max:l=2e3}){let u=[r&&e+"-hint",s&&e+"-missing"].filter(Boolean).join(" ")||void 0;return i`
    <div class="field">
      <label for=${e}>${n}</label>
      ${r&&i`<p class="hint" id=${e+"-hint"}>${r}</p>`}
      ${s&&i`<p class="error" id=${e+"-missing"}>${s}</p>`}
      <textarea id=${e} rows=${d} maxLength=${l} required value=${o}
        aria-describedby=${u} aria-invalid=${s?"true":void 0}
        onInput=${c=>a(c.currentTarget.value)}></textarea>
    </div>`}function le({name:e,legend:n,missing:r,value:s,setValue:o,choices:a}){return i`
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
    </fieldset>`}var we=(e,n)=>e.name.localeCompare(n.name,"de"),Qe=e=>n=>{let r=se(e);return!("region"in n)||!r.length||r.some(s=>s.id===n.region)};function ye(e){let n=e.flatMap(a=>a?.regions||[]),r=se({regions:n}).map(a=>`region='${a.id}'`),s=n.filter(a=>!N.value.has(a)).map(a=>`region='${a}' || region.parent='${a}'`),o=[...new Set([...r,...s])];return o.length?"("+o.join(" || ")+")":"region=''"}function se(e){return(e?.regions||[]).map(r=>N.value.get(r)).filter(Boolean).sort(we).flatMap(r=>[r,...W.regions.value.filter(s=>s.parent===r.id).sort(we)])}function Je(e){let n=ne(),[r,s]=p(!1);D(()=>{n&&b.value&&Ot().catch(()=>{}).finally(()=>s(!0))},[n,b.value?.id]),S(!0);let o=he.value,a=null;return b.value?n?e(o)||(a=i`<p>${r?t("workspace.noRole"):t("common.loading")}</p>`):a=i`<p class="notice notice-offline">${t("workspace.offline")}</p>`:a=i`<p>${t("workspace.signIn")} <a href=${G()}>${t("nav.signIn")}</a></p>`,{mine:o,gate:a}}var lt=10,Ht=2e3,Gt=({text:e})=>e.trim().length<lt?{text:t("appeal.short",{min:lt})}:{};function Zt({idea:e}){let[n,r]=p({text:""}),s=Z(Gt,n),[o,a]=p(null),[d,l]=p(!1),[u,c]=p(!1);if(u)return i`<p class="notice" role="status">${t("appeal.done")}</p>`;let m=async $=>{if($.preventDefault(),s.show(Gt(n)))return;let g=n.text.trim();l(!0),a(null);try{await B("/api/collections/appeals/records",{method:"POST",body:{appellant:b.value.id,idea:e.id,text:g}}),c(!0),P("appeal")}catch(h){a(h)}finally{l(!1)}};return i`
    <section aria-labelledby="appeal-title">
      <h2 id="appeal-title">${t("appeal.title")}</h2>
      <form class="stack" onSubmit=${m} noValidate>
        <${T} form=${s} fields=${[["text","appeal-text"]]} id="appeal-errors" />
        <${y} id="appeal-text" label=${t("appeal.label")} hint=${t("appeal.hint",{min:lt,max:Ht})} error=${s.errors.text}
          control=${$=>i`
            <textarea ...${$} rows="4" maxLength=${Ht} value=${n.text}
              onInput=${g=>r({text:g.currentTarget.value})}></textarea>`} />
        <${x} error=${o} id="appeal-error" />
        <button type="submit" disabled=${d}>${t("appeal.submit")}</button>
      </form>
    </section>`}function te({title:e,body:n}){let r={};return e.trim().length<k.title[0]&&(r.title=t("hint.titleShort",{min:k.title[0]})),n.trim().length<k.body[0]&&(r.body=t("hint.bodyShort",{min:k.body[0]})),r}var Ye=e=>[["title",e+"-title"],["body",e+"-body"]];function Ie({prefix:e,form:n,set:r,errors:s,rows:o=8,afterTitle:a=null}){return i`
    <${y} id=${e+"-title"} label=${t("newIdea.titleLabel")} hint=${t("hint.title",{min:k.title[0],max:k.title[1]})}
      error=${s.title} control=${d=>i`
        <input ...${d} type="text" required maxLength=${k.title[1]} value=${n.title} onInput=${r("title")} />`} />
    ${a}
    <${y} id=${e+"-body"} label=${t("newIdea.bodyLabel")} hint=${t("hint.body",{min:k.body[0],max:k.body[1]})}
      error=${s.body} control=${d=>i`
        <textarea ...${d} rows=${o} required maxLength=${k.body[1]} value=${n.body} onInput=${r("body")}></textarea>`} />`}function Qt({idea:e}){let[n,r]=p(!1),{form:s,setForm:o,set:a,errors:d,refused:l}=U(te,{title:e.title,body:e.body});return n?i`
    <form class="stack" onSubmit=${async c=>{l(c)||(await Tt(e,{title:s.title.trim(),body:s.body.trim()}),r(!1),document.querySelector("h1")?.focus())}} noValidate aria-labelledby="edit-idea-title">
      <h2 id="edit-idea-title">${t("editIdea.title")}</h2>
      <p class="hint">${t("editIdea.hint")}</p>
      <${T} form=${d} fields=${Ye("edit")} id="edit-errors" />
      <${Ie} prefix="edit" form=${s} set=${a} errors=${d.errors} />
      <div class="inline">
        <button type="submit">${t("editIdea.save")}</button>
        <button type="button" class="secondary" onClick=${()=>r(!1)}>${t("editIdea.cancel")}</button>
      </div>
    </form>`:i`
      <p><button type="button" class="secondary" onClick=${()=>{o({title:e.title,body:e.body}),d.clear(),r(!0)}}>${t("editIdea.open")}</button></p>`}function _n({idea:e}){let n=z.value.voted.get(e.id),r=Ce(e),s=!!n?.voted;return i`
    <section class="votes" aria-labelledby="votes-title">
      <h2 id="votes-title" class="visually-hidden">${t("idea.votesTitle")}</h2>
      <p class="vote-count">${t("ideas.votes",{count:e.votes_count||0})}</p>
      ${e.sync!=="synced"&&!e.status?i`<p class="hint">${t("idea.voteAfterSync")}</p>`:r&&!s?i`<p class="hint">${t("error."+r)}</p>`:i`
            <button type="button" class=${s?"secondary":""}
              onClick=${()=>s?_t(e.id):Ve(e.id)}>
              ${s?t("idea.retract"):t("idea.vote")}
            </button>
            ${s&&i` <span>${t("idea.youVoted")}</span>`}
            ${n?.sync==="pending"&&i` <${j} item=${n} />`}`}
      ${!b.value&&i`<p class="hint">${t("hint.signedOut")}</p>`}
    </section>`}function An({history:e,organizationName:n}){return e.length?i`
    <section aria-labelledby="history-title">
      <h2 id="history-title">${t("idea.history")}</h2>
      <ol class="history">
        ${e.map(r=>{let s=n(r);return i`
            <li key=${r.id}>
              <p><strong>${t("status."+r.to)}</strong> · ${E(r.created)}${s&&i` · ${s}`}</p>
              ${r.response&&i`<blockquote><p>${r.response}</p></blockquote>`}
            </li>`})}
      </ol>
    </section>`:null}function Mn({history:e}){let n=[...e].reverse().find(r=>r.to==="declined");return i`
    <div class="notice">
      <p><strong>${t("idea.declined")}</strong></p>
      ${n?.response&&i`<blockquote><p>${n.response}</p></blockquote>`}
    </div>`}function Cn({endorsements:e,organizationName:n}){return e.length?i`
    <section aria-labelledby="endorsements-title">
      <h2 id="endorsements-title">${t("idea.endorsements")}</h2>
      <ul class="plain">
        ${e.map(r=>i`
          <li key=${r.id}>
            <strong>${n(r)||t("idea.unknownOrganization")}</strong>
            ${r.note&&i`: ${r.note}`}
          </li>`)}
      </ul>
    </section>`:null}var Xe=({body:e})=>e.trim()?{}:{body:t("hint.commentRequired")};function Nn({idea:e}){let[n,r]=p({body:""}),s=Z(Xe,n);return i`
    <form class="stack" onSubmit=${async a=>{if(a.preventDefault(),s.show(Xe(n)))return;let d=await At(e.id,n.body.trim());r({body:""}),P("comment",[d.id])}} noValidate>
      <${T} form=${s} fields=${[["body","comment-body"]]} id="comment-errors" />
      <${y} id="comment-body" label=${t("idea.commentLabel")} hint=${t("hint.comment",{max:k.comment[1]})}
        error=${s.errors.body} control=${a=>i`
          <textarea ...${a} rows="3" maxLength=${k.comment[1]} value=${n.body}
            onInput=${d=>r({body:d.currentTarget.value})}></textarea>`} />
      <button type="submit">${t("idea.commentSubmit")}</button>
    </form>`}function Fn({idea:e,comments:n}){let r=z.value.reported;return i`
    <section aria-labelledby="comments-title">
      <h2 id="comments-title">${t("idea.commentsTitle",{count:n.length})}</h2>
      ${n.length===0&&i`<p>${t("idea.noComments")}</p>`}
      <ul class="comments">
        ${n.map(s=>i`
          <li key=${s.id}>
            <article class="comment">
              <p class="meta"><strong>${s.author_name||t("idea.anonymous")}</strong> <span>${E(s.created)}</span> <${j} item=${s} /></p>
              <p class="body">${s.body}</p>
              ${s.sync==="synced"&&s.author!==b.value?.id&&(r.has(s.id)?i`<p class="hint">${t("report.done")}</p>`:i`<${at} target=${{comment:s.id}} id=${"report-"+s.id} label=${t("report.comment")} />`)}
            </article>
          </li>`)}
      </ul>
      ${gt(e)?i`<${Nn} idea=${e} />`:i`<p class="hint">${t("idea.commentsClosed")}</p>`}
    </section>`}function On(e,n){let[r,s]=p(null);return D(()=>{if(!n||!navigator.onLine)return;_(`/api/collections/ideas/records/${encodeURIComponent(e)}?expand=comments_via_idea,status_changes_via_idea.organization,endorsements_via_idea.organization`).then(s).catch(()=>s({missing:!0}))},[e,n]),r}var Jt=(e,n)=>e.created<n.created?-1:1;function Pn(e){let n=z.value.ideas.get(e),r=On(e,A.value&&!n),s=Pe.value;if(n)return{idea:n,comments:(z.value.comments.get(e)||[]).filter(d=>d.sync!=="rejected"),history:z.value.history.get(e)||[],endorsements:z.value.endorsements.get(e)||[],organizationName:d=>s.get(d.organization)?.name};if(!r||r.missing)return r;let{expand:o={},...a}=r;return{idea:{...a,sync:"synced"},comments:(o.comments_via_idea||[]).filter(d=>d.state==="visible").sort(Jt).map(d=>({...d,sync:"synced"})),history:(o.status_changes_via_idea||[]).sort(Jt),endorsements:o.endorsements_via_idea||[],organizationName:d=>d.expand?.organization?.name||s.get(d.organization)?.name}}function qn({id:e}){let n=Pn(e),r=n?.idea;I(r?.title||t("nav.ideas"));let s=!r&&(!A.value||n===null&&navigator.onLine);if(S(!s),!r)return s?i`<p>${t("common.loading")}</p>`:i`<${Ge} />`;let o=N.value.get(r.region)?.name,a=q.value.get(r.service),d=r.merged_into&&z.value.ideas.get(r.merged_into),l=r.author&&r.author===b.value?.id;return i`
    <p><a href="/ideas">${t("idea.back")}</a></p>
    <${be} />
    <article class="idea">
      <h1 tabindex="-1">${r.title}</h1>
      <p class="meta">
        <${V} status=${r.status} /> <${j} item=${r} />
        <span>${t("idea.by",{name:r.author_name||t("idea.anonymous")})}</span>
        ${o&&i`<span>${o}</span>`}
        <span>${E(r.created)}</span>
      </p>
      ${!C.value&&i`<p class="notice">${t("idea.chooseRegion")} <a href="/region">${t("region.title")}</a></p>`}
      ${r.sync==="pending"&&i`<p class="notice notice-pending">${t("idea.pendingNote")}</p>`}
      ${r.sync==="rejected"&&i`
        <div class="notice notice-error"><${ge} error=${r.mutation.error} /> <a href="/mine">${t("notice.review")}</a></div>`}
      ${r.hidden&&i`<${De} record=${r} />`}
      ${r.status==="submitted"&&!r.hidden&&i`<p class="notice">${t("idea.awaitingModeration")}</p>`}
      ${r.status==="declined"&&i`<${Mn} history=${n.history} />`}
      ${r.status==="merged"&&i`
        <p class="notice">${t("idea.merged")} ${d?i`<a href=${"/ideas/"+d.id}>${d.title}</a>`:i`<a href=${"/ideas/"+r.merged_into}>${t("idea.mergedUnknown")}</a>`}</p>`}
      ${r.sync==="synced"&&l&&r.hidden&&navigator.onLine&&i`<${Zt} idea=${r} />`}
      <div class="body">${r.body}</div>
      ${ht(r,b.value?.id)&&i`<${Qt} key=${r.id} idea=${r} />`}
      ${(a||r.topic)&&i`
        <p class="meta">
          ${a&&i`<span>${t("idea.service")} <a href=${"/services/"+a.id}><${re} service=${a} /></a></span>`}
          ${r.topic&&i`<span>${t("idea.topic")} ${t("topic."+r.topic)}</span>`}
        </p>`}
      ${r.sync!=="rejected"&&i`<${_n} idea=${r} />`}
      <${Cn} endorsements=${n.endorsements} organizationName=${n.organizationName} />
      <${An} history=${n.history} organizationName=${n.organizationName} />
      ${r.sync==="synced"&&i`<${Fn} idea=${r} comments=${n.comments} />`}

      ${r.sync==="synced"&&!l&&(z.value.reported.has(r.id)?i`<p class="hint">${t("report.done")}</p>`:i`<${at} target=${{idea:r.id}} id="report-idea" label=${t("report.idea")} />`)}
    </article>`}function Ln(e,n){let[r,s]=p({items:[],offline:!1});return D(()=>{if(!n||e.trim().length<12){s({items:[],offline:!1});return}let o=!0,a=setTimeout(()=>{let d=[...z.value.ideas.values()].filter(l=>l.sync==="synced"&&l.status&&l.status!=="submitted");jt(e,n.id,d).then(l=>o&&s(l)).catch(()=>{})},600);return()=>{o=!1,clearTimeout(a)}},[e,n?.id]),r}function Vn({similar:e}){let n=e.items.map(r=>z.value.ideas.get(r.id)||{...r,sync:"synced"});return i`
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
                <p class="meta"><${V} status=${r.status} /> <span>${t("ideas.votes",{count:r.votes_count||0})}</span></p>
                ${s?.voted?i`<p>${t("idea.youVoted")}</p>`:!Ce(r)&&i`
                    <button type="button" class="secondary" onClick=${()=>Ve(r.id)}>
                      ${t("newIdea.supportInstead")}<span class="visually-hidden">: ${r.title}</span>
                    </button>`}
              </article>
            </li>`})}
      </ul>
    </section>`}function Un(){let e=C.value;I(t("newIdea.title")),S(A.value);let{form:n,set:r,errors:s,refused:o}=U(te,{title:"",body:"",where:"place",service:"",topic:""}),a=Ln(n.title+" "+n.body,e);if(!e)return i`<h1 tabindex="-1">${t("newIdea.title")}</h1><p>${t("region.needed")}</p><${Q} after="/ideas/new" />`;let d=N.value.get(e.parent)?.name,l=Re(W.services.value,e).sort(He),u=async c=>{if(o(c))return;let m=await Le({title:n.title.trim(),body:n.body.trim(),region:n.where==="district"&&e.parent?e.parent:e.id,service:n.service,topic:n.topic});fe("/ideas/"+m.args.id),P("idea",[m.id])};return i`
    <h1 tabindex="-1">${t("newIdea.title")}</h1>
    <p>${t("hint.newIdea")}</p>
    <form class="stack" onSubmit=${u} noValidate>
      <${T} form=${s} fields=${Ye("idea")} />
      <${Ie} prefix="idea" form=${n} set=${r} errors=${s.errors}
        afterTitle=${i`<${Vn} similar=${a} />`} />
      ${e.parent&&i`
        <${y} id="idea-where" label=${t("newIdea.whereLabel")} hint=${t("hint.where")} control=${c=>i`
          <select ...${c} value=${n.where} onChange=${r("where")}>
            <option value="place">${e.name}</option>
            <option value="district">${t("newIdea.wholeDistrict",{name:d||""})}</option>
          </select>`} />`}
      <${y} id="idea-service" label=${t("newIdea.serviceLabel")} hint=${t("hint.service")} control=${c=>i`
        <select ...${c} value=${n.service} onChange=${r("service")}>
          <option value="">${t("newIdea.none")}</option>
          ${l.map(m=>i`<option value=${m.id}>${ee(m)}</option>`)}
        </select>`} />
      <${y} id="idea-topic" label=${t("newIdea.topicLabel")} hint=${t("hint.topic")} control=${c=>i`
        <select ...${c} value=${n.topic} onChange=${r("topic")}>
          <option value="">${t("newIdea.none")}</option>
          ${me.map(m=>i`<option value=${m}>${t("topic."+m)}</option>`)}
        </select>`} />
      ${!b.value&&i`<p class="hint">${t("hint.signedOut")}</p>`}
      <button type="submit">${t("newIdea.submit")}</button>
    </form>`}var Yt=[["title","newIdea.titleLabel","input"],["body","newIdea.bodyLabel","textarea"]],Xt=()=>({}),tn={"idea.create":{fields:Yt,check:te},"idea.update":{fields:Yt,check:te},"comment.create":{fields:[["body","idea.commentLabel","textarea"]],check:Xe},"feedback.create":{fields:[["text","rate.text","textarea"]],check:Xt},"report.create":{fields:[["note","report.note","textarea"]],check:Xt}};function et(e){let n=r=>z.value.ideas.get(r)?.title||t("mine.unknownIdea");switch(e.type){case"idea.create":return t("mine.what.idea",{title:e.args.title});case"idea.update":return t("mine.what.edit",{title:e.args.title||n(e.args.id)});case"comment.create":return t("mine.what.comment",{title:n(e.args.idea)});case"vote.cast":return t("mine.what.vote",{title:n(e.args.idea)});case"vote.retract":return t("mine.what.retract",{title:n(e.args.idea)});case"feedback.create":return t("mine.what.feedback",{name:ee(q.value.get(e.args.service)),rating:e.args.rating});case"report.create":return t("mine.what.report");default:return e.type}}function Wn({mutation:e,onDone:n}){let{fields:r,check:s}=tn[e.type],[o,a]=p(Object.fromEntries(r.map(([c])=>[c,e.args[c]||""]))),d=Z(s,o),l=c=>`fix-${e.id}-${c}`;return i`
    <form class="stack fix" onSubmit=${async c=>{c.preventDefault(),!d.show(s(o))&&(await Nt(e.id,o),n())}} noValidate>
      <${T} form=${d} fields=${r.map(([c])=>[c,l(c)])} id=${l("errors")} />
      ${r.map(([c,m,$])=>i`
        <${y} id=${l(c)} label=${t(m)} error=${d.errors[c]} control=${g=>{let h={...g,value:o[c],onInput:w=>a({...o,[c]:w.currentTarget.value})};return $==="input"?i`<input type="text" maxLength=${k.title[1]} ...${h} />`:i`<textarea rows="4" ...${h}></textarea>`}} />`)}
      <button type="submit">${t("mine.sendAgain")}</button>
    </form>`}function jn({mutation:e,onDiscarded:n}){let[r,s]=p(!1),o=Y(null),a=Y(null),d=Y(!1);if(D(()=>{r?o.current?.focus():d.current&&a.current?.focus(),d.current=r},[r]),!r)return i`
      <button type="button" class="secondary" ref=${a} onClick=${()=>s(!0)}>
        ${t("mine.discard")}<span class="visually-hidden">: ${et(e)}</span>
      </button>`;let l="discard-"+e.id;return i`
    <div class="discard-confirm" role="group" aria-labelledby=${l}>
      <p id=${l} tabindex="-1" ref=${o}>${t("mine.discardQuestion",{what:et(e)})}</p>
      <div class="inline">
        <button type="button" class="danger" onClick=${async()=>{await Ct(e.id),n(et(e))}}>${t("mine.discardYes")}</button>
        <button type="button" class="secondary" onClick=${()=>s(!1)}>${t("mine.discardNo")}</button>
      </div>
    </div>`}function en({mutation:e,onDiscarded:n}){let[r,s]=p(!1),o=e.state==="rejected",a=o&&tn[e.type];return i`
    <li class=${o?"queued rejected":"queued"}>
      <p><span>${et(e)}</span> <${j} item=${{sync:e.state}} /></p>
      ${o&&i`<${ge} error=${e.error} />`}
      <div class="inline">
        ${a&&!r&&i`<button type="button" onClick=${()=>s(!0)}>${t("mine.fix")}</button>`}
        <${jn} mutation=${e} onDiscarded=${n} />
      </div>
      ${r&&i`<${Wn} mutation=${e} onDone=${()=>s(!1)} />`}
    </li>`}function Kn(){I(t("mine.title")),S(A.value);let e=b.value,[n,r]=p(""),s=Y(null);D(()=>{n&&s.current?.focus()},[n]);let{mutations:o,ideas:a,comments:d,feedback:l,voted:u}=z.value,c=o.filter(f=>f.state==="rejected"),m=o.filter(f=>f.state==="pending"),$=[...a.values()].filter(f=>f.sync==="synced"&&e&&f.author===e.id),g=[...d.values()].flat().filter(f=>f.sync==="synced"&&e&&f.author===e.id),h=l.filter(f=>f.sync==="synced"),w=[...u.entries()].filter(([,f])=>f.voted&&f.sync==="synced").map(([f])=>a.get(f)).filter(Boolean);return i`
    <h1 tabindex="-1">${t("mine.title")}</h1>
    <p role="status" tabindex="-1" ref=${s}>${n&&t("mine.discarded",{what:n})}</p>
    ${!e&&i`<p>${t("mine.signedOut")} <a href=${G()}>${t("nav.signIn")}</a></p>`}
    <section aria-labelledby="rejected-title">
      <h2 id="rejected-title">${t("mine.rejected")}</h2>
      ${c.length===0?i`<p>${t("mine.noneRejected")}</p>`:i`
        <p>${t("mine.rejectedHelp")}</p>
        <ul class="plain">${c.map(f=>i`<${en} key=${f.id} mutation=${f} onDiscarded=${r} />`)}</ul>`}
    </section>
    <section aria-labelledby="pending-title">
      <h2 id="pending-title">${t("mine.pending")}</h2>
      ${m.length===0?i`<p>${t(n?"mine.noneWaiting":"mine.nonePending")}</p>`:i`
        <ul class="plain">${m.map(f=>i`<${en} key=${f.id} mutation=${f} onDiscarded=${r} />`)}</ul>`}
    </section>
    ${e&&i`
      <section aria-labelledby="my-ideas-title">
        <h2 id="my-ideas-title">${t("mine.ideas")}</h2>
        ${$.length===0?i`<p>${t("mine.none")}</p>`:i`
          <ul class="plain">${$.map(f=>i`
            <li key=${f.id}><a href=${"/ideas/"+f.id}>${f.title}</a> ${!f.hidden&&i`<${V} status=${f.status} />`}
              ${f.hidden&&i`<${De} record=${f} appeal=${"/ideas/"+f.id+"#appeal-title"} />`}</li>`)}</ul>`}
      </section>
      <section aria-labelledby="my-comments-title">
        <h2 id="my-comments-title">${t("mine.comments")}</h2>
        ${g.length===0?i`<p>${t("mine.none")}</p>`:i`
          <ul class="plain">${g.map(f=>i`
            <li key=${f.id}>${t("mine.commentOn")} <a href=${"/ideas/"+f.idea}>${a.get(f.idea)?.title||t("mine.unknownIdea")}</a>: ${f.body}
              ${f.state==="hidden"&&i`<${De} record=${f} />`}</li>`)}</ul>`}
      </section>
      <section aria-labelledby="my-votes-title">
        <h2 id="my-votes-title">${t("mine.votes")}</h2>
        ${w.length===0?i`<p>${t("mine.none")}</p>`:i`
          <ul class="plain">${w.map(f=>i`<li key=${f.id}><a href=${"/ideas/"+f.id}>${f.title}</a></li>`)}</ul>`}
      </section>
      <section aria-labelledby="my-feedback-title">
        <h2 id="my-feedback-title">${t("mine.feedback")}</h2>
        ${h.length===0?i`<p>${t("mine.none")}</p>`:i`
          <ul class="plain">${h.map(f=>i`
            <li key=${f.id} class="my-feedback"><a href=${"/services/"+f.service}>${q.value.get(f.service)&&i`<${re} service=${q.value.get(f.service)} />`}</a>:
              ${t("service.myRating",{rating:f.rating,date:E(f.created)})}
              <${Ke} feedback=${f} /></li>`)}</ul>`}
      </section>
      ${W.reports.value.length>0&&i`
        <section aria-labelledby="my-reports-title">
          <h2 id="my-reports-title">${t("mine.reports")}</h2>
          <p>${t("mine.reportsCount",{count:W.reports.value.length})}</p>
        </section>`}`}`}function nn(){let e=We.value.query.get("next")||"/";if(!e.startsWith("/")||e.startsWith("//"))return"/";try{let n=new URL(e,location.origin);return n.origin===location.origin?n.pathname+n.search:"/"}catch{return"/"}}function rn(e){let n=nn();return n==="/"?e:e+"?next="+encodeURIComponent(n)}async function sn(e,n){if(!C.value&&e.home_region){let s=N.value.get(e.home_region)||await _(`/api/collections/regions/records/${encodeURIComponent(e.home_region)}`).catch(()=>null);s&&bt(s)}qe();let r=nn();fe(r),P("signedIn",n,r)}function on(){return Rt.value.filter(e=>e.state==="pending").map(e=>e.id)}function an(e,n){if(!(e instanceof O))return{fields:{},message:t("account.offline")};let r={};for(let[s,o]of Object.entries(X(e)))r[n[s]||s]=o;return{fields:r,message:Object.keys(r).length?"":e.message}}var Hn=/^[^\s@]+@[^\s@]+\.[^\s@]+$/;function _e(e){return e.trim()?Hn.test(e.trim())?"":t("account.emailInvalid"):t("account.emailMissing")}function ct({password:e,passwordConfirm:n}){let r={};return e.length<k.password[0]&&(r.password=t("account.passwordShort",{min:k.password[0]})),n!==e&&(r.passwordConfirm=t("account.passwordMismatch")),r}function Gn({email:e,password:n}){let r={},s=_e(e);return s&&(r.email=s),n||(r.password=t("account.passwordMissing")),r}function Zn(){I(t("signIn.title")),S(!0);let{form:e,set:n,errors:r,refused:s}=U(Gn,{email:"",password:""}),[o,a]=p(!1),d=async l=>{if(!s(l)){a(!0);try{let u=on();await sn(await It(e.email.trim(),e.password),u)}catch(u){let c=an(u,{identity:"email"});u instanceof O&&u.status===400&&(c.message=t("signIn.wrong")),r.show(u instanceof O&&u.status===400?{}:c.fields,c.message),a(!1)}}};return i`
    <h1 tabindex="-1">${t("signIn.title")}</h1>
    ${b.value&&!yt.value&&i`<p>${t("nav.signedInAs",{name:b.value.display_name})}</p>`}
    <p>${t("signIn.intro")}</p>
    <form class="stack" onSubmit=${d} noValidate>
      <${T} form=${r} fields=${[["email","signin-email"],["password","signin-password"]]} messageField="signin-email" />
      <${y} id="signin-email" label=${t("account.email")} error=${r.errors.email} control=${l=>i`
        <input ...${l} type="email" autocomplete="username" required value=${e.email} onInput=${n("email")} />`} />
      <${y} id="signin-password" label=${t("account.password")} error=${r.errors.password} control=${l=>i`
        <input ...${l} type="password" autocomplete="current-password" required value=${e.password} onInput=${n("password")} />`} />
      <button type="submit" disabled=${o}>${t("signIn.submit")}</button>
    </form>
    <p class="forgot-password"><a href="/forgot-password">${t("password.forgot")}</a></p>
    <p>${t("signIn.noAccount")} <a href=${rn("/signup")}>${t("signUp.title")}</a></p>`}function Qn(e){let n={};e.displayName.trim().length<k.displayName[0]&&(n.displayName=t("account.nameShort",{min:k.displayName[0]}));let r=_e(e.email);return r&&(n.email=r),{...n,...ct(e)}}var Jn=[["displayName","signup-name"],["email","signup-email"],["password","signup-password"],["passwordConfirm","signup-password-confirm"]];function Yn(){I(t("signUp.title")),S(!0);let{form:e,set:n,errors:r,refused:s}=U(Qn,{displayName:"",email:"",password:"",passwordConfirm:""}),[o,a]=p(!1),d=async l=>{if(!s(l)){a(!0);try{let u=on(),c=await St({...e,email:e.email.trim(),displayName:e.displayName.trim(),homeRegion:C.value?.id,locale:Ne.value});await sn(c,u)}catch(u){let c=an(u,{display_name:"displayName"});r.show(c.fields,c.message),a(!1)}}};return i`
    <h1 tabindex="-1">${t("signUp.title")}</h1>
    <p>${t("signUp.intro")}</p>
    <form class="stack" onSubmit=${d} noValidate>
      <${T} form=${r} fields=${Jn} messageField="signup-name" />
      <${y} id="signup-name" label=${t("account.displayName")}
        hint=${t("hint.displayName",{min:k.displayName[0],max:k.displayName[1]})}
        error=${r.errors.displayName} control=${l=>i`
          <input ...${l} type="text" autocomplete="nickname" required maxLength=${k.displayName[1]}
            value=${e.displayName} onInput=${n("displayName")} />`} />
      <${y} id="signup-email" label=${t("account.email")} hint=${t("hint.email")} error=${r.errors.email} control=${l=>i`
        <input ...${l} type="email" autocomplete="email" required value=${e.email} onInput=${n("email")} />`} />
      <${y} id="signup-password" label=${t("account.password")} hint=${t("hint.password",{min:k.password[0]})}
        error=${r.errors.password} control=${l=>i`
          <input ...${l} type="password" autocomplete="new-password" required value=${e.password} onInput=${n("password")} />`} />
      <${y} id="signup-password-confirm" label=${t("account.passwordConfirm")} error=${r.errors.passwordConfirm}
        control=${l=>i`
          <input ...${l} type="password" autocomplete="new-password" required value=${e.passwordConfirm} onInput=${n("passwordConfirm")} />`} />
      <section class="privacy-note" aria-labelledby="privacy-note-title">
        <h2 id="privacy-note-title">${t("signUp.privacyTitle")}</h2>
        <p>${t("signUp.privacy")} <a href="/help">${t("signUp.privacyMore")}</a></p>
      </section>
      <button type="submit" disabled=${o}>${t("signUp.submit")}</button>
    </form>
    <p>${t("signUp.haveAccount")} <a href=${rn("/signin")}>${t("signIn.title")}</a></p>`}var dn=ue(!1);function Xn(){I(t("accountPage.title")),S(!0);let e=ne(),n=b.value;return n?i`
    <h1 tabindex="-1">${t("accountPage.title")}</h1>
    <p>${t("accountPage.signedInAs",{name:n.display_name,email:n.email||""})}</p>
    ${!e&&i`<p class="notice notice-warning" id="account-offline">${t("accountPage.offline")}</p>`}
    <${er} online=${e} />
    <${tr} online=${e} />`:i`
      <h1 tabindex="-1">${t("accountPage.title")}</h1>
      ${dn.value?i`<p role="status" class="notice">${t("delete.done")}</p>`:i`<p><a href=${G()}>${t("accountPage.signInFirst")}</a></p>`}`}function er({online:e}){let[n,r]=p({busy:!1,file:null,error:""});D(()=>()=>n.file&&URL.revokeObjectURL(n.file.url),[n.file]);let s=async()=>{r({busy:!0,file:null,error:""});try{let o=await _("/api/me/export",{token:$e.value.token,timeout:12e4}),a=new Blob([JSON.stringify(o,null,2)],{type:"application/json"});r({busy:!1,file:{url:URL.createObjectURL(a),size:a.size},error:""})}catch(o){r({busy:!1,file:null,error:o instanceof O?o.message:t("accountPage.offline")})}};return i`
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
              ${t("export.download",{size:kt(Math.max(1,Math.round(n.file.size/1024)))})}
            </a>
          </p>`}
        ${n.error&&i`<p class="error">${n.error}</p>`}
      </div>
    </section>`}function tr({online:e}){let[n,r]=p(""),[s,o]=p(!1),[a,d]=p({busy:!1,fields:{},message:""}),l=async u=>{u.preventDefault(),d({busy:!0,fields:{},message:""});try{await _("/api/me/delete",{method:"POST",token:$e.value.token,body:{password:n,delete_contributions:s}}),dn.value=!0,await Bt(),qe()}catch(c){let m=c instanceof O?X(c):{},$=c instanceof O?Object.keys(m).length?"":c.message:t("accountPage.offline");d({busy:!1,fields:m,message:$})}};return i`
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
        <${y} id="delete-password" label=${t("delete.password")} error=${a.fields.password} control=${u=>i`
          <input ...${u} type="password" autocomplete="current-password" required value=${n}
            onInput=${c=>r(c.currentTarget.value)} />`} />
        <button type="submit" class="danger" disabled=${!e||a.busy}
          aria-describedby=${e?void 0:"account-offline"}>${t("delete.submit")}</button>
      </form>
    </section>`}var oe=ue(null),ut;function tt(){return ut||(ut=(async()=>{oe.value=await Fe("platform").catch(()=>null)||oe.value;try{let e=await _("/api/platform");oe.value=e,await Oe("platform",e).catch(()=>{})}catch{}})()),ut}function nr(){let e=oe.value?.contactEmail;return i`
    <div class="notice notice-warning">
      <p>${t("password.noEmail")}</p>
      <p>${e?i`${t("password.askOperator")} <a href=${"mailto:"+e}>${e}</a>`:t("password.askOperatorUnknown")}</p>
    </div>`}var rr=({email:e})=>_e(e)?{email:_e(e)}:{};function ir(){I(t("password.forgotTitle")),S(!0),D(()=>{tt()},[]);let{form:e,setForm:n,errors:r,refused:s}=U(rr,{email:""}),[o,a]=p(!1),[d,l]=p(!1),u=async m=>{if(!s(m)){l(!0);try{await _("/api/collections/users/request-password-reset",{method:"POST",body:{email:e.email.trim()}}),a(!0)}catch($){r.show(X($),$ instanceof O?"":t("account.offline"))}finally{l(!1)}}},c;return oe.value?.emailConfigured===!1?c=i`<${nr} />`:o?c=i`<div class="confirmation" role="status"><p>${t("password.sent",{email:e.email.trim()})}</p></div>`:c=i`
    <p>${t("password.forgotIntro")}</p>
    <form class="stack" onSubmit=${u} noValidate>
      <${T} form=${r} fields=${[["email","forgot-email"]]} messageField="forgot-email" />
      <${y} id="forgot-email" label=${t("account.email")} error=${r.errors.email} control=${m=>i`
        <input ...${m} type="email" autocomplete="email" required value=${e.email}
          onInput=${$=>n({email:$.currentTarget.value})} />`} />
      <button type="submit" disabled=${d}>${t("password.request")}</button>
    </form>`,i`
    <h1 tabindex="-1">${t("password.forgotTitle")}</h1>
    ${c}
    <p><a href="/signin">${t("signIn.title")}</a></p>`}function sr(){I(t("password.resetTitle")),S(!0);let e=new URLSearchParams(location.hash.slice(1)).get("token")||"",{form:n,set:r,errors:s,refused:o}=U(ct,{password:"",passwordConfirm:""}),[a,d]=p(!1),[l,u]=p(!1),c=async m=>{if(!o(m)){u(!0);try{await _("/api/collections/users/confirm-password-reset",{method:"POST",body:{token:e,...n}}),d(!0)}catch($){let g=X($),h=$ instanceof O?g.token||!e?t("password.linkInvalid"):"":t("account.offline");delete g.token,s.show(g,h)}finally{u(!1)}}};return a?i`
      <h1 tabindex="-1">${t("password.resetTitle")}</h1>
      <div class="confirmation" role="status"><p>${t("password.changed")} <a href="/signin">${t("signIn.title")}</a></p></div>`:i`
    <h1 tabindex="-1">${t("password.resetTitle")}</h1>
    <form class="stack" onSubmit=${c} noValidate>
      <${T} form=${s} fields=${[["password","reset-password"],["passwordConfirm","reset-password-confirm"]]} />
      <${y} id="reset-password" label=${t("password.new")} hint=${t("hint.password",{min:8})} error=${s.errors.password}
        control=${m=>i`<input ...${m} type="password" autocomplete="new-password" required value=${n.password} onInput=${r("password")} />`} />
      <${y} id="reset-password-confirm" label=${t("account.passwordConfirm")} error=${s.errors.passwordConfirm}
        control=${m=>i`
          <input ...${m} type="password" autocomplete="new-password" required value=${n.passwordConfirm} onInput=${r("passwordConfirm")} />`} />
      <button type="submit" disabled=${l}>${t("password.save")}</button>
    </form>
    <p><a href="/forgot-password">${t("password.requestAgain")}</a></p>`}var ln={de:()=>import("./chunk-IVNRD7VF.js"),en:()=>import("./chunk-2PSZFIGX.js"),"de-simple":()=>import("./chunk-2OKPLU3M.js")},Se={};function cn(){let e=Ne.value,[,n]=p(0),r=Se.de&&Se[e];return D(()=>{r||Promise.all([ln.de(),ln[e]()]).then(([s,o])=>{Se.de=s.default,Se[e]=o.default,n(a=>a+1)})},[e]),r?(s,o={})=>{let a=Se[e][s]??Se.de[s];return typeof a=="string"?a.replace(/\{(\w+)\}/g,(d,l)=>o[l]??d):a}:null}function un({sections:e}){return e.map(([n,r])=>i`
    <section>
      <h2>${n}</h2>
      ${r.map(s=>i`<p>${s}</p>`)}
    </section>`)}function or(){I(t("help.title"));let e=cn();return S(e),i`
    <h1 tabindex="-1">${t("help.title")}</h1>
    ${e?i`<${un} sections=${e("help.sections")} />`:i`<p>${t("common.loading")}</p>`}
    <p><a href="/accessibility">${t("nav.accessibility")}</a></p>`}function ar(){I(t("nav.accessibility"));let e=cn();if(S(e),D(()=>{tt()},[]),!e)return i`<h1 tabindex="-1">${t("nav.accessibility")}</h1><p>${t("common.loading")}</p>`;let n=encodeURIComponent(e("a11y.mailSubject")),r=oe.value?.contactEmail;return i`
    <h1 tabindex="-1">${e("a11y.title")}</h1>
    <${un} sections=${e("a11y.sections")} />
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
    </section>`}function mn(e){return L("appeals","status='open'",{expand:"idea,comment",sort:"created",limit:e})}function dr({error:e,id:n}){return e instanceof O&&e.status===404?i`<p class="error" id=${n} role="alert">${t("workspace.appealRefused")}</p>`:i`<${x} error=${e} id=${n} />`}function lr({appeal:e,done:n}){let r="appeal-"+e.id,[s,o]=p(""),[a,d]=p(""),[l,u]=p({}),{error:c,busy:m,run:$}=M(n);return i`
    <form class="stack workspace-form" onSubmit=${h=>{h.preventDefault();let w={decision:!s,note:!a.trim()};return u(w),w.decision?document.getElementById(r+"-decision-upheld")?.focus():w.note?document.getElementById(r+"-note")?.focus():$(()=>B(`/api/collections/appeals/records/${encodeURIComponent(e.id)}`,{method:"PATCH",body:{status:s,decided_by:b.value.id,decision_note:a.trim()}}))}} noValidate>
      <${le} name=${r+"-decision"} legend=${t("workspace.appealDecision")} value=${s} setValue=${o}
        missing=${l.decision&&t("workspace.appealDecisionRequired")}
        choices=${["upheld","rejected"].map(h=>[h,t("workspace.appeal."+h)])} />
      <${ie} id=${r+"-note"} label=${t("workspace.appealNote")} hint=${t("workspace.appealNoteHint")}
        missing=${l.note&&t("workspace.appealNoteRequired")} value=${a} setValue=${d} />
      ${c&&i`<${dr} error=${c} id=${r+"-error"} />`}
      <button type="submit" disabled=${m}>${t("workspace.appealDecide")}</button>
    </form>`}function pn({appeal:e,done:n}){let r=e.expand?.idea,s=e.expand?.comment,o=r||s,a=e.hidden_by&&e.hidden_by===b.value?.id;return i`
    <li class="workspace-item">
      <p><strong>${t("workspace.appealFiled")}</strong> ${E(e.created)}</p>
      ${r&&i`<${de} idea=${r} />`}
      ${s&&i`<h4>${t("workspace.comment",{name:s.author_name||t("idea.anonymous")})}</h4><p>${s.body}</p>`}
      ${o&&i`<${Te} record=${o} />`}
      <blockquote><p>${e.text}</p></blockquote>
      ${a?i`<p class="notice">${t("workspace.appealColleague")}</p>`:i`<${lr} appeal=${e} done=${n} />`}
    </li>`}function $n({idea:e,organization:n,endorsement:r,done:s}){let o="endorse-"+e.id,{error:a,busy:d,run:l}=M(s),u=()=>l(()=>B("/api/collections/endorsements/records",{method:"POST",body:{idea:e.id,organization:n.id,by:b.value.id}})),c=()=>l(()=>B(`/api/collections/endorsements/records/${encodeURIComponent(r.id)}`,{method:"DELETE"})),m=n.name||"";return i`
    <div class="inline">
      ${r?i`
          <p>${t("workspace.endorsed",{name:m})}</p>
          <button type="button" class="secondary" disabled=${d} onClick=${c}>
            ${t("workspace.withdraw")}<span class="visually-hidden">: ${e.title}</span>
          </button>`:i`
          <button type="button" class="secondary" disabled=${d} onClick=${u}>
            ${t("workspace.endorse",{name:m})}<span class="visually-hidden">: ${e.title}</span>
          </button>`}
      <${x} error=${a} id=${o+"-error"} />
    </div>`}function cr(e){let n=new URLSearchParams({text:`${e.title} ${e.body}`,region:e.region,limit:"5"});return B(`/api/ideas/similar?${n}`).then(r=>(r?.items||[]).filter(s=>s.id!==e.id))}function ur({idea:e,organization:n,done:r}){let s="merge-"+e.id,[o,a]=p(null),[d,l]=p(null),[u,c]=p(""),[m,$]=p(t("workspace.mergeResponseDefault")),[g,h]=p({}),{error:w,busy:f,run:R}=M(r);D(()=>{cr(e).then(a,l)},[e.id]);let v=J=>{J.preventDefault();let ce={target:!u,response:!m.trim()};return h(ce),ce.target?document.getElementById(`${s}-target-${o[0].id}`)?.focus():ce.response?document.getElementById(s+"-response")?.focus():R(()=>B("/api/collections/status_changes/records",{method:"POST",body:{idea:e.id,to:"merged",merged_into:u,response:m.trim(),actor:b.value.id,organization:n}}))};if(d)return i`<${x} error=${d} id=${s+"-load-error"} />`;if(!o)return i`<p>${t("common.loading")}</p>`;if(!o.length)return i`<p class="muted">${t("workspace.mergeNone")}</p>`;let F=o.map(J=>[J.id,i`
    <span>${J.title} <${V} status=${J.status} />
      ${" "}<span class="meta">${t("workspace.mergeSimilarity",{percent:Math.round((J.score||0)*100)})}</span></span>`]);return i`
    <form class="stack workspace-form" onSubmit=${v} noValidate>
      <${le} name=${s+"-target"} legend=${t("workspace.mergeTarget")} value=${u} setValue=${c}
        missing=${g.target&&t("workspace.mergeTargetRequired")} choices=${F} />
      <${ie} id=${s+"-response"} label=${t("workspace.response")} hint=${t("workspace.responseHint")}
        missing=${g.response&&t("workspace.responseRequired")} value=${m} setValue=${$} max=${5e3} />
      <${x} error=${w} id=${s+"-error"} />
      <button type="submit" disabled=${f}>${t("workspace.merge")}</button>
    </form>`}function mt({idea:e,organization:n,done:r}){let[s,o]=p(!1);return i`
    <div>
      <button type="button" class="secondary" aria-expanded=${s?"true":"false"} onClick=${()=>o(!s)}>
        ${t("workspace.mergeOpen")}<span class="visually-hidden">: ${e.title}</span>
      </button>
      ${s&&i`<${ur} idea=${e} organization=${n} done=${r} />`}
    </div>`}var mr="status!='submitted' && status!='implemented' && status!='declined' && status!='merged' && hidden=false",pr=["ideas/*","comments/*","reports/*","appeals/*","endorsements/*"];async function $r(e,n){let[r,s,o,a,d,l]=await Promise.all([L("ideas","status='submitted' && hidden=false",{sort:"created",limit:n}),mn(n),L("reports","dismissed=false && ((idea!='' && idea.hidden=false) || (comment!='' && comment.state='visible'))",{expand:"idea,comment",sort:"created",limit:n}),L("ideas","hidden=true",{limit:n}),L("comments","state='hidden'",{limit:n}),L("ideas",`${mr} && ${ye([e])}`,{limit:n})]),u=l.slice(0,n).map(m=>`idea='${m.id}'`),c=u.length?await L("endorsements",`organization='${e.id}' && (${u.join(" || ")})`,{limit:n}):[];return{submitted:r,appeals:s,reports:o,hiddenIdeas:a,hiddenComments:d,open:l,endorsements:new Map(c.map(m=>[m.idea,m]))}}var pt=(e,n)=>`/api/collections/${e}/records/${encodeURIComponent(n)}`;function hn({kind:e,record:n,done:r}){let s=`hide-${e}-${n.id}`,[o,a]=p(""),[d,l]=p(""),[u,c]=p(!1),{error:m,busy:$,run:g}=M(r);return i`
    <form class="stack workspace-form" onSubmit=${w=>{if(w.preventDefault(),!o){c(!0),document.getElementById(s+"-reason")?.focus();return}c(!1);let f=e==="ideas"?{hidden:!0}:{state:"hidden"};g(()=>B(pt(e,n.id),{method:"PATCH",body:{...f,moderation_reason:o,moderation_note:d.trim()}}))}} noValidate>
      <div class="field">
        <label for=${s+"-reason"}>${t("workspace.hideReason")}</label>
        ${u&&i`<p class="error" id=${s+"-missing"}>${t("report.reasonRequired")}</p>`}
        <select id=${s+"-reason"} value=${o} aria-invalid=${u?"true":void 0}
          aria-describedby=${u?s+"-missing":void 0} onChange=${w=>a(w.currentTarget.value)}>
          <option value="">${t("report.choose")}</option>
          ${Me.map(w=>i`<option value=${w}>${t("report.reason."+w)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for=${s+"-note"}>${t("workspace.hideNote")}</label>
        <textarea id=${s+"-note"} rows="2" maxLength=${k.note[1]} value=${d}
          onInput=${w=>l(w.currentTarget.value)}></textarea>
      </div>
      <${x} error=${m} id=${s+"-error"} />
      <button type="submit" disabled=${$}>${t("workspace.hide")}</button>
    </form>`}function fr({idea:e,organization:n,done:r}){let{error:s,busy:o,run:a}=M(r),d=()=>a(()=>B("/api/collections/status_changes/records",{method:"POST",body:{idea:e.id,to:"published",actor:b.value.id,organization:n}}));return i`
    <${x} error=${s} id=${"publish-"+e.id+"-error"} />
    <button type="button" disabled=${o} onClick=${d}>${t("workspace.publish")}</button>`}function fn({kind:e,record:n,done:r}){let{error:s,busy:o,run:a}=M(r),d=e==="ideas"?{hidden:!1}:{state:"visible"};return i`
    <${x} error=${s} id=${"restore-"+n.id+"-error"} />
    <button type="button" class="secondary" disabled=${o}
      onClick=${()=>a(()=>B(pt(e,n.id),{method:"PATCH",body:d}))}>${t("workspace.restore")}</button>`}function hr({report:e,done:n}){let r="dismiss-"+e.id,[s,o]=p(""),[a,d]=p(!1),{error:l,busy:u,run:c}=M(n);return i`
    <form class="stack workspace-form" onSubmit=${$=>{if($.preventDefault(),!s.trim()){d(!0),document.getElementById(r+"-reason")?.focus();return}d(!1),c(()=>B(pt("reports",e.id),{method:"PATCH",body:{dismissed:!0,dismiss_reason:s.trim()}}))}} noValidate>
      <${ie} id=${r+"-reason"} label=${t("workspace.dismissReason")} hint=${t("workspace.dismissHint")}
        missing=${a&&t("workspace.dismissReasonRequired")} value=${s} setValue=${o} max=${1e3} />
      <${x} error=${l} id=${r+"-error"} />
      <button type="submit" disabled=${u}>${t("workspace.dismiss")}</button>
    </form>`}function ae({label:e=t("workspace.moreActions"),children:n}){return i`<details class="more-actions"><summary>${e}</summary><div class="stack">${n}</div></details>`}function gr({report:e,confirm:n}){let r=e.expand?.idea,s=e.expand?.comment,o=t("report.reason."+e.reason)+(e.note?": "+e.note:""),a=r||s,d=a?.author&&a.author===b.value?.id;return i`
    <li class="workspace-item">
      <p><strong>${t("workspace.reportedFor")}</strong> ${o} · ${E(e.created)}</p>
      ${r&&i`<${de} idea=${r} />`}
      ${s&&i`<h4>${t("workspace.comment",{name:s.author_name||t("idea.anonymous")})}</h4><p>${s.body}</p>`}
      ${d?i`<p class="hint">${t("workspace.ownContent")}</p>`:i`
        <${ae} label=${t("workspace.dismissOpen")}>
          <${hr} report=${e} done=${n("workspace.confirm.dismissed")} />
        </${ae}>
        <${ae} label=${t("workspace.hideOpen")}>
          <${hn} kind=${r?"ideas":"comments"} record=${a} done=${n("workspace.confirm.hidden")} />
        </${ae}>`}
    </li>`}function xe({id:e,title:n,items:r,empty:s,limit:o,render:a,showMore:d}){return i`
    <section aria-labelledby=${e}>
      <h3 id=${e}>${n} (${ve(r,o)})</h3>
      ${r.length===0?i`<p class="muted">${s}</p>`:i`<${ke} items=${r} limit=${o} render=${a} showMore=${d} />`}
    </section>`}function gn({organization:e}){let{data:n,error:r,reload:s,limit:o,showMore:a}=H(m=>$r(e,m),pr,Qe(e)),[d,l]=p(""),u=m=>async()=>{await s(),l(t(m))},c={limit:o,showMore:a};return i`
    <section aria-labelledby="moderation-title">
      <h2 id="moderation-title">${t("workspace.moderationTitle")}</h2>
      <p role="status" class=${d?"notice notice-done":"visually-hidden"}>${d}</p>
      <${x} error=${r} id="moderation-error" />
      ${n?i`
        <${xe} id="submitted-title" title=${t("workspace.submitted")} items=${n.submitted} empty=${t("workspace.noneSubmitted")} ...${c}
          render=${m=>i`
            <li key=${m.id} class="workspace-item">
              <${de} idea=${m} />
              <${fr} idea=${m} organization=${e.id} done=${u("workspace.confirm.published")} />
              <${ae}>
                <${hn} kind="ideas" record=${m} done=${u("workspace.confirm.hidden")} />
                <${mt} idea=${m} organization=${e.id} done=${u("workspace.confirm.merged")} />
              </${ae}>
            </li>`} />
        <${xe} id="appeals-title" title=${t("workspace.appeals")} items=${n.appeals} empty=${t("workspace.noneAppeals")} ...${c}
          render=${m=>i`<${pn} key=${m.id} appeal=${m} done=${s} />`} />
        <${xe} id="reports-title" title=${t("workspace.reports")} items=${n.reports} empty=${t("workspace.noneReports")} ...${c}
          render=${m=>i`<${gr} key=${m.id} report=${m} confirm=${u} />`} />
        <${xe} id="hidden-ideas-title" title=${t("workspace.hiddenIdeas")} items=${n.hiddenIdeas} empty=${t("workspace.noneHidden")} ...${c}
          render=${m=>i`
            <li key=${m.id} class="workspace-item">
              <${de} idea=${m} />
              <${Te} record=${m} />
              <${fn} kind="ideas" record=${m} done=${u("workspace.confirm.restored")} />
            </li>`} />
        <${xe} id="hidden-comments-title" title=${t("workspace.hiddenComments")} items=${n.hiddenComments} empty=${t("workspace.noneHidden")} ...${c}
          render=${m=>i`
            <li key=${m.id} class="workspace-item">
              <h4>${t("workspace.comment",{name:m.author_name||t("idea.anonymous")})}</h4>
              <p>${m.body}</p>
              <${Te} record=${m} />
              <${fn} kind="comments" record=${m} done=${u("workspace.confirm.restored")} />
            </li>`} />
        <${xe} id="open-ideas-title" title=${t("workspace.openIdeas")} items=${n.open} empty=${t("workspace.noneOpen")} ...${c}
          render=${m=>i`
            <li key=${m.id} class="workspace-item">
              <${de} idea=${m} />
              <${$n} idea=${m} organization=${e} endorsement=${n.endorsements.get(m.id)} done=${s} />
              <${ae}>
                <${mt} idea=${m} organization=${e.id} done=${u("workspace.confirm.merged")} />
              </${ae}>
            </li>`} />`:!r&&i`<p>${t("common.loading")}</p>`}
    </section>`}var br={published:["in_review"],in_review:["accepted","declined"],accepted:["in_progress"],in_progress:["implemented"]},wr="status!='submitted' && status!='implemented' && status!='declined' && status!='merged' && hidden=false";function vr({idea:e,organization:n,done:r}){let s="move-"+e.id,o=br[e.status]||[],[a,d]=p(o[0]||""),[l,u]=p(""),[c,m]=p(!1),{error:$,busy:g,run:h}=M(r);return o.length?i`
    <form class="stack workspace-form" onSubmit=${f=>{if(f.preventDefault(),!l.trim()){m(!0),document.getElementById(s+"-response")?.focus();return}m(!1),h(()=>B("/api/collections/status_changes/records",{method:"POST",body:{idea:e.id,to:a,response:l.trim(),actor:b.value.id,organization:n}}))}} noValidate>
      <div class="field">
        <label for=${s+"-to"}>${t("workspace.nextStatus")}</label>
        <select id=${s+"-to"} value=${a} onChange=${f=>d(f.currentTarget.value)}>
          ${o.map(f=>i`<option value=${f}>${t("status."+f)}</option>`)}
        </select>
      </div>
      <${ie} id=${s+"-response"} label=${t("workspace.response")} hint=${t("workspace.responseHint")}
        missing=${c&&t("workspace.responseRequired")} value=${l} setValue=${u} rows=${3} max=${5e3} />
      <${x} error=${$} id=${s+"-error"} />
      <button type="submit" disabled=${g}>${t("workspace.move")}</button>
    </form>`:null}function kr({regionId:e}){let{data:n,error:r}=H(()=>B(`/api/regions/${encodeURIComponent(e)}/responsiveness`)),s=N.value.get(e)?.name||"";if(r)return i`<${x} error=${r} id=${"responsiveness-"+e+"-error"} />`;if(!n)return i`<p>${t("common.loading")}</p>`;let o=a=>a==null?t("workspace.noValue"):t("workspace.days",{count:Math.round(a)});return i`
    <dl class="workspace-figures">
      ${s&&i`<dt>${t("workspace.region")}</dt><dd>${s}</dd>`}
      <dt>${t("workspace.median")}</dt><dd>${o(n.median_days_to_response)}</dd>
      <dt>${t("workspace.unanswered")}</dt><dd>${n.unanswered??0}</dd>
      <dt>${t("workspace.oldest")}</dt><dd>${n.unanswered?o(n.oldest_unanswered_days):t("workspace.noValue")}</dd>
    </dl>`}function bn({organization:e}){let{data:n,error:r,reload:s,limit:o,showMore:a}=H(l=>L("ideas",`${wr} && ${ye([e])}`,{sort:"created",limit:l}),["ideas/*"],Qe(e)),d=e.regions||[];return i`
    <section aria-labelledby="responsiveness-title">
      <h2 id="responsiveness-title">${t("workspace.responsivenessTitle")}</h2>
      ${d.map(l=>i`<${kr} key=${l} regionId=${l} />`)}
    </section>
    <section aria-labelledby="open-title">
      <h2 id="open-title">${t("workspace.openTitle")}${n?` (${ve(n,o)})`:""}</h2>
      <${x} error=${r} id="open-error" />
      ${n?n.length===0?i`<p class="muted">${t("workspace.noneOpen")}</p>`:i`
        <${ke} items=${n} limit=${o} showMore=${a} render=${l=>i`
          <li key=${l.id} class="workspace-item">
            <h3><a href=${"/ideas/"+l.id}>${l.title}</a></h3>
            <p class="meta"><${V} status=${l.status} /> ${t("workspace.since",{date:E(l.created)})}</p>
            <${vr} key=${l.id+":"+l.status} idea=${l} organization=${e.id} done=${s} />
          </li>`} />`:!r&&i`<p>${t("common.loading")}</p>`}
    </section>`}function yr(){I(t("workspace.title"));let{mine:e,gate:n}=Je(a=>a.some(d=>d.role==="moderator"||d.role==="staff")),r=e.find(a=>a.role==="moderator"),s=e.find(a=>a.role==="staff"),o=n||i`
      <p>${t("workspace.intro")}</p>
      <ul class="plain workspace-links">
        <li><a href="/workspace/feedback">${t("desk.fromWorkspace")}</a></li>
        <li><a href="/assisted">${t("assisted.fromWorkspace")}</a></li>
      </ul>
      ${s&&i`<${bn} organization=${s.expand?.organization||{id:s.organization}} />`}
      ${r&&i`<${gn} organization=${r.expand?.organization||{id:r.organization}} />`}`;return i`
    <h1 tabindex="-1">${t("workspace.title")}</h1>
    ${o}`}function Ir(e,{service:n,region:r,state:s}){let o=[ye(e)];return n&&o.push(`service='${n}'`),r&&o.push(`region='${r}'`),s&&o.push(`state='${s}'`),o.join(" && ")}function $t({id:e,label:n,value:r,setValue:s,choices:o}){return i`
    <div class="field">
      <label for=${e}>${n}</label>
      <select id=${e} value=${r} onChange=${a=>s(a.currentTarget.value)}>
        <option value="">${t("desk.all")}</option>
        ${o.map(([a,d])=>i`<option value=${a}>${d}</option>`)}
      </select>
    </div>`}function Sr({entry:e,done:n}){let r="desk-"+e.id,[s,o]=p(e.state||"new"),[a,d]=p(e.answer||""),{error:l,busy:u,run:c}=M(()=>n(a.trim()!==(e.answer||"")));return i`
    <form class="stack workspace-form" onSubmit=${$=>{$.preventDefault(),c(()=>B(`/api/collections/feedback/records/${encodeURIComponent(e.id)}`,{method:"PATCH",body:{state:s,answer:a.trim()}}))}} noValidate>
      <div class="field">
        <label for=${r+"-state"}>${t("desk.state")}</label>
        <select id=${r+"-state"} value=${s} onChange=${$=>o($.currentTarget.value)}>
          ${it.map($=>i`<option value=${$}>${t("desk.state."+$)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for=${r+"-answer"}>${t("desk.answer")}</label>
        <p class="hint" id=${r+"-answer-hint"}>${t("desk.answerHint")}</p>
        <textarea id=${r+"-answer"} rows="3" maxLength=${k.answer[1]} value=${a} aria-describedby=${r+"-answer-hint"}
          onInput=${$=>d($.currentTarget.value)}></textarea>
      </div>
      <${x} error=${l} id=${r+"-error"} />
      <button type="submit" disabled=${u}>${t("desk.save")}</button>
    </form>`}function xr({entry:e,regionName:n,done:r}){let s=e.expand?.service?.name||q.value.get(e.service)?.name||"",o=(e.barriers||[]).map(a=>a==="other"&&e.barrier_other?`${t("barrier.other")}: ${e.barrier_other}`:t("barrier."+a));return i`
    <li class="workspace-item feedback-entry">
      <h3>${s}</h3>
      <p class="meta">
        <span class=${"badge feedback-state state-"+(e.state||"new")}>${t("desk.state."+(e.state||"new"))}</span>
        ${" "}${n(e.region)} · ${E(e.created)} · ${t("desk.channel."+(e.channel||"app"))}
      </p>
      <p><strong>${t("desk.rating",{rating:e.rating})}</strong></p>
      ${o.length>0&&i`<p>${t("services.barriers")} ${o.join(", ")}</p>`}
      ${e.text?i`<blockquote><p>${e.text}</p></blockquote>`:i`<p class="muted">${t("desk.noText")}</p>`}
      ${e.answered_at&&i`<p class="meta">${t("desk.answeredOn",{date:E(e.answered_at)})}</p>`}
      <${Sr} key=${e.id+":"+e.updated} entry=${e} done=${r} />
    </li>`}function Dr({organizations:e}){let n=e.flatMap(se),[r,s]=p({service:"",region:"",state:""}),o=Y(r),[a,d]=p(""),{data:l,error:u,reload:c,limit:m,showMore:$}=H(R=>L("feedback",Ir(e,o.current),{sort:"-created",expand:"service",limit:R}),["feedback/*"]),g=R=>v=>{o.current={...o.current,[R]:v},s(o.current),d(""),c()},h=R=>n.find(v=>v.id===R)?.name||"",w=[...q.value.values()].sort(we).map(R=>[R.id,R.name]),f=R=>c().then(()=>d(t(R?"desk.confirm.answered":"desk.confirm.saved")));return i`
    <form class="stack desk-filters" onSubmit=${R=>R.preventDefault()} aria-labelledby="desk-filter-title">
      <h2 id="desk-filter-title">${t("desk.filterTitle")}</h2>
      <${$t} id="desk-service" label=${t("desk.service")} value=${r.service} setValue=${g("service")} choices=${w} />
      <${$t} id="desk-region" label=${t("desk.region")} value=${r.region} setValue=${g("region")}
        choices=${n.map(R=>[R.id,R.name])} />
      <${$t} id="desk-state" label=${t("desk.state")} value=${r.state} setValue=${g("state")}
        choices=${it.map(R=>[R,t("desk.state."+R)])} />
    </form>
    <p role="status" class=${a?"notice notice-done":"visually-hidden"}>${a}</p>
    <section aria-labelledby="desk-list-title">
      <h2 id="desk-list-title">${t("desk.listTitle")}${l?` (${ve(l,m)})`:""}</h2>
      <${x} error=${u} id="desk-error" />
      ${l?l.length===0?i`<p class="muted">${t("desk.none")}</p>`:i`
        <${ke} items=${l} limit=${m} showMore=${$} render=${R=>i`
          <${xr} key=${R.id} entry=${R} regionName=${h} done=${f} />`} />`:!u&&i`<p>${t("common.loading")}</p>`}
    </section>`}function wn(e){return e.filter(n=>n.role==="staff"||n.role==="moderator").map(n=>n.expand?.organization).filter(n=>n?.verified)}function Br(){I(t("desk.title"));let{gate:e}=Je(r=>wn(r).length>0),n=e||i`<p>${t("desk.intro")}</p><${Dr} organizations=${wn(he.value)} />`;return i`
    <p><a href="/workspace">${t("desk.back")}</a></p>
    <h1 tabindex="-1">${t("desk.title")}</h1>
    ${n}`}async function Rr(){return(await B("/api/collections/notifications/records?sort=-created&skipTotal=1&perPage=100&expand=idea,target_idea")).items}function Er({entry:e,done:n}){let{error:r,busy:s,run:o}=M(n),a="notification-"+e.id,d=e.expand?.idea,l=e.expand?.target_idea,u=d?.title||t("inbox.theIdea"),c=l?.title||t("inbox.theIdea"),m=t("inbox.kind."+e.kind,{title:u,target:c,status:e.status?t("status."+e.status):""});return i`
    <li class=${"workspace-item inbox-item"+(e.read?"":" unread")}>
      <p id=${a+"-text"}>${!e.read&&i`<strong>${t("inbox.new")}: </strong>`}${m}</p>
      ${e.reason&&i`<p>${t("inbox.reason")} ${e.reason==="reports"?t("hidden.byReports"):t("report.reason."+e.reason)}</p>`}
      ${e.note&&i`<blockquote><p>${e.note}</p></blockquote>`}
      <p class="meta">${E(e.created)}</p>
      <ul class="plain inbox-links">
        ${e.idea&&i`<li><a href=${"/ideas/"+e.idea}>${t("inbox.open",{title:u})}</a></li>`}
        ${e.target_idea&&i`<li><a href=${"/ideas/"+e.target_idea}>${t("inbox.openTarget",{title:c})}</a></li>`}
        ${e.feedback&&i`<li><a href="/mine#my-feedback-title">${t("inbox.openFeedback")}</a></li>`}
      </ul>
      ${!e.read&&i`
        <button type="button" class="secondary" disabled=${s} aria-describedby=${a+"-text"}
          onClick=${()=>o(()=>B(`/api/collections/notifications/records/${e.id}`,{method:"PATCH",body:{read:!0}}))}>
          ${t("inbox.markRead")}
        </button>`}
      <${x} error=${r} id=${a+"-error"} />
    </li>`}function zr(){let e=b.value,[n,r]=p(null),[s,o]=p(!1),[a,d]=p(null),[l,u]=p(!1);D(()=>{xt().then(m=>r(!!m?.email_opt_out),d)},[e.id]);let c=async m=>{let $=m.currentTarget.checked,g=n;r(!$),u(!0),o(!1),d(null);try{let h=await Dt({email_opt_out:!$});r(!!h.email_opt_out),o(!0)}catch(h){r(g),d(h)}finally{u(!1)}};return i`
    <section aria-labelledby="inbox-settings-title">
      <h2 id="inbox-settings-title">${t("inbox.settingsTitle")}</h2>
      ${n===null&&!a?i`<p>${t("common.loading")}</p>`:i`
        <div class="field">
          <label class="choice">
            <input type="checkbox" id="inbox-email" checked=${n===!1} disabled=${l||n===null}
              aria-describedby="inbox-email-hint" onChange=${c} />
            ${t("inbox.email")}
          </label>
          <p class="hint" id="inbox-email-hint">${t("inbox.emailHint")}</p>
        </div>`}
      <p role="status" class="muted">${s?t("inbox.saved"):""}</p>
      <${x} error=${a} id="inbox-email-error" />
    </section>`}function Tr(){let{data:e,error:n,reload:r}=H(Rr);return i`
    <section aria-labelledby="inbox-list-title">
      <h2 id="inbox-list-title">${t("inbox.listTitle")}</h2>
      <${x} error=${n} id="inbox-error" />
      ${e?e.length===0?i`<p class="muted">${t("inbox.none")}</p>`:i`
        <ul class="plain workspace-list">
          ${e.map(s=>i`<${Er} key=${s.id} entry=${s} done=${r} />`)}
        </ul>`:!n&&i`<p>${t("common.loading")}</p>`}
    </section>`}function _r(){I(t("inbox.title"));let e=ne();S(!0);let n;return b.value?e?n=i`<${Tr} key=${b.value.id} /><${zr} key=${"email-"+b.value.id} />`:n=i`<p class="notice notice-offline">${t("inbox.offline")}</p>`:n=i`<p>${t("inbox.signIn")} <a href=${G()}>${t("nav.signIn")}</a></p>`,i`
    <h1 tabindex="-1">${t("inbox.title")}</h1>
    ${n}`}async function Ar(){let e=new URLSearchParams({filter:"shared_solution=true",sort:"-updated",skipTotal:"1",perPage:"100"});return(await B(`/api/collections/ideas/records?${e}`)).items}function Mr({solution:e,organization:n}){let r="adopt-"+e.id,[s,o]=p(null),[a,d]=p(!1),[l,u]=p(null),c=se(n).filter(h=>h.id!==e.region),[m,$]=p(c[0]?.id||n.regions[0]),g=async()=>{d(!0),o(null);try{let h=await B("/api/collections/adoptions/records",{method:"POST",body:{origin:e.id,region:m,organization:n.id,by:b.value.id}});u(h),setTimeout(()=>document.getElementById(r+"-done")?.focus(),0)}catch(h){o(h)}finally{d(!1)}};return l?i`
      <p id=${r+"-done"} tabindex="-1" role="status">
        ${t("solutions.adopted")} <a href=${"/ideas/"+l.idea}>${t("solutions.openAdopted")}</a>
      </p>`:i`
    ${c.length>1&&i`
      <div class="field">
        <label for=${r+"-region"}>${t("solutions.region")}</label>
        <select id=${r+"-region"} value=${m} onChange=${h=>$(h.currentTarget.value)}>
          ${c.map(h=>i`<option value=${h.id}>${h.name}</option>`)}
        </select>
      </div>`}
    <button type="button" disabled=${a} aria-describedby=${"solution-"+e.id+"-title"} onClick=${g}>
      ${t("solutions.adopt")}
    </button>
    <${x} error=${s} id=${r+"-error"} />`}function Cr(){I(t("solutions.title"));let e=ne();S(!0);let{data:n,error:r}=H(Ar),o=he.value.find(d=>d.role==="staff"&&d.expand?.organization?.regions?.length)?.expand.organization,a;return e?r?a=i`<${x} error=${r} id="solutions-error" />`:n?n.length===0?a=i`<p class="muted">${t("solutions.none")}</p>`:a=i`
      <ul class="plain workspace-list">
        ${n.map(d=>i`
          <li key=${d.id} class="workspace-item">
            <h2 id=${"solution-"+d.id+"-title"}><a href=${"/ideas/"+d.id}>${d.title}</a></h2>
            <p class="meta">${t("solutions.from",{region:N.value.get(d.region)?.name||"–",date:E(d.updated)})}</p>
            ${o&&!o.regions.includes(d.region)&&i`
              <${Mr} solution=${d} organization=${o} />`}
          </li>`)}
      </ul>`:a=i`<p>${t("common.loading")}</p>`:a=i`<p class="notice notice-offline">${t("solutions.offline")}</p>`,i`
    <h1 tabindex="-1">${t("solutions.title")}</h1>
    <p>${t("solutions.intro")}</p>
    ${a}`}function vn(e){let n={};return e.kind==="idea"?Object.assign(n,te(e)):(e.service||(n.service=t("assisted.serviceRequired")),e.rating||(n.rating=t("rate.ratingRequired"))),e.consent||(n.consent=t("assisted.consentRequired")),n}var Nr=[["title","entry-title"],["body","entry-body"],["service","entry-service"],["rating","rating-1"],["consent","entry-consent"]];function Fr({form:e,set:n,errors:r}){return i`
    <${Ie} prefix="entry" form=${e} set=${n} errors=${r} rows=${6} />
    <${y} id="entry-topic" label=${t("newIdea.topicLabel")} control=${s=>i`
      <select ...${s} value=${e.topic} onChange=${n("topic")}>
        <option value="">${t("newIdea.none")}</option>
        ${me.map(o=>i`<option value=${o}>${t("topic."+o)}</option>`)}
      </select>`} />`}function Or({form:e,set:n,setForm:r,errors:s,place:o}){let a=o?Re(W.services.value,o).sort(we):[],d=l=>r(u=>({...u,barriers:u.barriers.includes(l)?u.barriers.filter(c=>c!==l):[...u.barriers,l]}));return i`
    <${y} id="entry-service" label=${t("assisted.service")} error=${s.service} control=${l=>i`
      <select ...${l} required value=${e.service} onChange=${n("service")}>
        <option value="">${t("report.choose")}</option>
        ${a.map(u=>i`<option value=${u.id}>${ee(u)}</option>`)}
      </select>`} />
    <${ot} rating=${e.rating} setRating=${l=>r(u=>({...u,rating:l}))}
      barriers=${e.barriers} toggle=${d} text=${e.text} setText=${l=>r(u=>({...u,text:l}))}
      other=${e.barrierOther} setOther=${l=>r(u=>({...u,barrierOther:l}))}
      error=${s.rating} />`}var kn={title:"",body:"",topic:"",service:"",rating:0,barriers:[],barrierOther:"",text:"",consent:!1};function Pr({organizations:e}){let[n,r]=p({kind:"idea",channel:"assisted",organization:e[0].id,region:"",...kn}),s=Z(vn,n),o=e.find($=>$.id===n.organization)||e[0],a=se(o),d=a.find($=>$.id===C.value?.id)||a[0],l=a.find($=>$.id===n.region)||d,u=$=>g=>{let{value:h}=g.currentTarget;r(w=>({...w,[$]:h}))},c=$=>g=>r(h=>({...h,[$]:g}));return l?i`
    <form class="stack" onSubmit=${async $=>{if($.preventDefault(),s.show(vn(n)))return;let g={channel:n.channel,organization:o.id,consent:n.consent},h=n.kind==="idea"?await Le({title:n.title.trim(),body:n.body.trim(),region:l.id,topic:n.topic},g):await Ue({service:n.service,region:l.id,rating:n.rating,text:n.text.trim(),barriers:n.barriers,barrierOther:n.barrierOther},g);r(w=>({...w,...kn})),P(n.kind==="idea"?"entryIdea":"entryFeedback",[h.id])}} noValidate>
      <${T} form=${s} fields=${Nr} id="entry-errors" />
      <${le} name="kind" legend=${t("assisted.kind")} value=${n.kind} setValue=${c("kind")}
        choices=${[["idea",t("assisted.kindIdea")],["feedback",t("assisted.kindFeedback")]]} />
      <${le} name="channel" legend=${t("assisted.channel")} value=${n.channel} setValue=${c("channel")}
        choices=${[["assisted",t("assisted.channelAssisted")],["paper",t("assisted.channelPaper")]]} />
      <${y} id="entry-organization" label=${t("assisted.organization")} control=${$=>i`
        <select ...${$} value=${o.id} onChange=${g=>{let{value:h}=g.currentTarget;r(w=>({...w,organization:h,region:"",service:""}))}}>
          ${e.map(g=>i`<option value=${g.id}>${g.name}</option>`)}
        </select>`} />
      <${y} id="entry-region" label=${t("assisted.region")} control=${$=>i`
        <select ...${$} value=${l?.id||""} onChange=${g=>{let{value:h}=g.currentTarget;r(w=>({...w,region:h,service:""}))}}>
          ${a.map(g=>i`<option value=${g.id}>${g.name}</option>`)}
        </select>`} />
      ${n.kind==="idea"?i`<${Fr} form=${n} set=${u} errors=${s.errors} />`:i`<${Or} form=${n} set=${u} setForm=${r} errors=${s.errors} place=${l} />`}
      <div class="field">
        ${s.errors.consent&&i`<p class="error" id="entry-consent-error">${s.errors.consent}</p>`}
        <label class="choice">
          <input type="checkbox" id="entry-consent" required checked=${n.consent}
            aria-describedby=${["entry-consent-hint",s.errors.consent&&"entry-consent-error"].filter(Boolean).join(" ")}
            aria-invalid=${s.errors.consent?"true":void 0}
            onChange=${$=>{let{checked:g}=$.currentTarget;r(h=>({...h,consent:g}))}} />
          ${t("assisted.consent")}
        </label>
        <p class="hint" id="entry-consent-hint">${t("assisted.consentHint")}</p>
      </div>
      <button type="submit">${t("assisted.submit")}</button>
    </form>`:i`<p>${t("common.loading")}</p>`}function qr(){let{ideas:e,feedback:n}=z.value.entries,r=q.value;return!e.length&&!n.length?null:i`
    <section aria-labelledby="entries-title">
      <h2 id="entries-title">${t("assisted.entries")}</h2>
      <ul class="plain">
        ${e.map(s=>i`
          <li key=${s.id}>
            <a href=${"/ideas/"+s.id}>${t("mine.what.idea",{title:s.title})}</a>
            ${" "}<${V} status=${s.status} /> <${j} item=${s} /> <span class="muted">${E(s.created)}</span>
          </li>`)}
        ${n.map(s=>i`
          <li key=${s.id}>
            ${t("mine.what.feedback",{name:ee(r.get(s.service)),rating:s.rating})}
            ${" "}<${j} item=${s} /> <span class="muted">${E(s.created)}</span>
          </li>`)}
      </ul>
      ${[...e,...n].some(s=>s.sync==="rejected")&&i`<p><a href="/mine">${t("notice.review")}</a></p>`}
    </section>`}function Lr(){I(t("assisted.title")),S(A.value);let e=Ft.value,n;return b.value?e.length?C.value?A.value?n=i`<${Pr} organizations=${e} /><${qr} />`:n=i`<p>${t("common.loading")}</p>`:n=i`<p>${t("region.needed")}</p><${Q} after="/assisted" />`:n=i`<p>${t("assisted.noOrganization")}</p>`:n=i`<p>${t("assisted.signIn")} <a href=${G()}>${t("nav.signIn")}</a></p>`,i`
    <${be} />
    <h1 tabindex="-1">${t("assisted.title")}</h1>
    <p>${t("assisted.intro")}</p>
    ${n}`}wt(Pt);export{ar as Accessibility,Xn as AccountPage,Lr as Assisted,Br as FeedbackDesk,ir as ForgotPassword,or as Help,qn as Idea,Un as IdeaNew,zn as Ideas,_r as Inbox,Kn as Mine,sr as ResetPassword,Bn as Service,In as Services,Zn as SignIn,Yn as SignUp,Cr as Solutions,yr as Workspace};
