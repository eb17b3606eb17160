// Leichte Sprache: the start page, the help and the hints in the forms.
// Short sentences, one statement each, common words, no abbreviations.
// Every other text falls back to German.
export default {
  'nav.skip': 'Zum Inhalt springen',
  'nav.changeRegion': 'Andere Gemeinde wählen',

  'home.welcome': 'Willkommen bei Mitwirken',
  'home.title': 'Mitwirken in {name}',
  'home.intro': [
    'Mitwirken ist eine Internet-Seite für Ihre Gemeinde.',
    'Die Verwaltung bietet Dienste im Internet an. Zum Beispiel einen Antrag auf Wohngeld.',
    'Hier können Sie sagen: So gut klappt der Dienst. Oder: Das war schwer für mich.',
    'Sie können auch Ideen schreiben. Eine Idee ist ein Vorschlag: Das soll besser werden.',
    'Sie haben gerade kein Internet? Dann können Sie trotzdem mitmachen. Wir speichern alles. Wir schicken es später ab.',
  ],
  'home.chooseTitle': 'Wo wohnen Sie?',
  'home.servicesTitle': 'Dienste bewerten',
  'home.servicesText': 'Sagen Sie uns: So gut klappt der Dienst.',
  'home.ideasTitle': 'Ideen lesen',
  'home.ideasText': 'Lesen Sie die Ideen von anderen Menschen.',
  'home.newTitle': 'Idee schreiben',
  'home.newText': 'Schreiben Sie: Das soll besser werden.',
  'home.recent': 'Neue Ideen',
  'home.help': 'Hilfe in Leichter Sprache',

  'services.tooFewRatings': 'Es gibt noch zu wenige Bewertungen. Wir zeigen die Ergebnisse erst, wenn viele Menschen bewertet haben. So weiß niemand, wie eine einzelne Person bewertet hat.',

  'region.title': 'Gemeinde wählen',
  'region.label': 'Ihre Gemeinde',
  'region.placeholder': 'Bitte wählen',
  'region.current': 'Sie haben gewählt: {name}.',
  'region.needed': 'Bitte wählen Sie zuerst Ihre Gemeinde.',
  'region.offline': 'Die Liste mit den Gemeinden kann gerade nicht laden. Sie haben kein Internet. Bitte versuchen Sie es später noch einmal.',
  'region.hint': 'Wählen Sie Ihre Gemeinde aus der Liste. Sie können das später ändern.',
  'region.submit': 'Diese Gemeinde nehmen',

  'hint.newIdea': 'Schreiben Sie: Was ist das Problem? Was soll besser werden? Die Verwaltung antwortet. Alle können die Antwort lesen.',
  'hint.title': 'Schreiben Sie einen kurzen Satz. Mindestens {min} Buchstaben. Höchstens {max} Buchstaben.',
  'hint.body': 'Schreiben Sie hier mehr über Ihre Idee. Mindestens {min} Buchstaben.',
  'hint.titleShort': 'Der Titel ist zu kurz. Bitte schreiben Sie mindestens {min} Buchstaben.',
  'hint.bodyShort': 'Der Text ist zu kurz. Bitte schreiben Sie mindestens {min} Buchstaben.',
  'hint.where': 'Ist die Idee nur für Ihre Gemeinde? Oder für den ganzen Landkreis?',
  'hint.service': 'Geht es um einen Dienst? Zum Beispiel: Wohngeld beantragen. Das müssen Sie nicht ausfüllen.',
  'hint.topic': 'Zu welchem Thema passt die Idee? Das müssen Sie nicht ausfüllen.',
  'hint.comment': 'Bitte schreiben Sie freundlich.',
  'hint.commentRequired': 'Bitte schreiben Sie etwas.',
  'hint.barriers': 'Was war schwer für Sie? Sie können mehrere Kästchen ankreuzen.',
  'hint.feedbackText': 'Schreiben Sie keine Namen und keine Adressen.',
  'hint.reportNote': 'Sie müssen nichts schreiben.',
  'hint.signedOut': 'Sie sind nicht angemeldet. Wir speichern Ihren Beitrag. Wir schicken ihn ab, wenn Sie sich anmelden.',
  'hint.displayName': 'Diesen Namen sehen andere Menschen. Sie können auch einen anderen Namen ausdenken.',
  'hint.email': 'Die E-Mail-Adresse brauchen Sie zum Anmelden. Andere Menschen sehen sie nicht.',
  'hint.password': 'Das Passwort ist geheim. Es muss mindestens {min} Zeichen haben.',

  'help.title': 'Hilfe in Leichter Sprache',
};
