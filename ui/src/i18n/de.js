// German, the default language: the app shell and the start page. The texts
// of the other views are in de-views.js, which loads with the first of them.
// The other catalogues fall back to German. Plurals are { one, other }; long
// texts are arrays of paragraphs.
export default {
  'common.loading': 'Wird geladen …',

  'nav.skip': 'Zum Inhalt springen',
  'nav.main': 'Hauptnavigation',
  'nav.menu': 'Menü',
  'nav.home': 'Start',
  'nav.services': 'Dienste',
  'nav.ideas': 'Ideen',
  'nav.newIdea': 'Idee einreichen',
  'nav.mine': 'Meine Beiträge',
  'nav.help': 'Hilfe',
  'nav.workspace': 'Arbeitsbereich',
  'nav.assisted': 'Für jemanden eintragen',
  'nav.inbox': 'Benachrichtigungen',
  'nav.solutions': 'Lösungen aus der Region',
  'nav.accessibility': 'Erklärung zur Barrierefreiheit',
  'nav.changeRegion': 'Gemeinde ändern',
  'nav.language': 'Sprache:',
  'nav.signIn': 'Anmelden',
  'nav.signOut': 'Abmelden',
  'nav.signedInAs': 'Angemeldet als {name}',

  'sync.pending': 'wartet auf Verbindung',
  'sync.rejected': 'abgelehnt',
  'sync.reason': 'Grund:',

  'notice.offline': 'Keine Verbindung.',
  'notice.offlineSaved': 'Ihre Beiträge werden gespeichert und später gesendet.',
  'notice.pending': { one: '1 Beitrag wartet auf Verbindung.', other: '{count} Beiträge warten auf Verbindung.' },
  'notice.retrying': 'Wir versuchen es gleich noch einmal.',
  'notice.show': 'Ansehen',
  'notice.rejected': { one: '1 Beitrag wurde nicht angenommen.', other: '{count} Beiträge wurden nicht angenommen.' },
  'notice.review': 'Grund ansehen und korrigieren',
  'notice.expired': 'Ihre Anmeldung ist abgelaufen. Ihre Beiträge bleiben gespeichert.',
  'notice.signInAgain': 'Erneut anmelden',
  'notice.signInToSend': 'Bitte melden Sie sich an, damit Ihre Beiträge gesendet werden.',
  'notice.update': 'Eine neue Version von Mitwirken ist bereit.',
  'notice.reload': 'Jetzt neu laden',

  'home.welcome': 'Willkommen bei Mitwirken',
  'home.title': 'Mitwirken in {name}',
  'home.intro': [
    'Hier gestalten Bürgerinnen und Bürger, Verbände und Verwaltung die digitalen Dienste ihrer Gemeinde gemeinsam.',
    'Bewerten Sie Online-Dienste, melden Sie Barrieren, reichen Sie Ideen ein und unterstützen Sie die Ideen anderer. Das geht auch ohne Netz: Ihre Beiträge werden gesendet, sobald wieder eine Verbindung besteht.',
  ],
  'home.chooseTitle': 'Wählen Sie Ihre Gemeinde',
  'home.servicesText': 'Wie gut funktionieren die Online-Dienste? Sagen Sie es uns.',
  'home.ideasText': 'Lesen, unterstützen und kommentieren Sie Ideen aus Ihrer Region.',
  'home.newText': 'Was soll besser werden? Schreiben Sie Ihren Vorschlag.',
  'home.recent': 'Neue Ideen',
  'home.help': 'Hilfe und Erklärungen',

  'region.title': 'Gemeinde wählen',
  'region.label': 'Ihre Gemeinde',
  'region.hint': 'Die Gemeinden sind nach Landkreis geordnet. Sie können Ihre Wahl jederzeit ändern.',
  'region.placeholder': 'Bitte wählen',
  'region.submit': 'Gemeinde übernehmen',
  'region.current': 'Zurzeit gewählt: {name}.',
  'region.needed': 'Bitte wählen Sie zuerst Ihre Gemeinde.',
  'region.offline': 'Die Liste der Gemeinden kann gerade nicht geladen werden, weil keine Verbindung besteht. Bitte versuchen Sie es später noch einmal.',

  'ideas.none': 'Noch keine Ideen.',
  'ideas.votes': { one: '1 Stimme', other: '{count} Stimmen' },
  'ideas.comments': { one: '1 Kommentar', other: '{count} Kommentare' },

  'status.submitted': 'Wartet auf Freigabe',
  'status.published': 'Veröffentlicht',
  'status.in_review': 'In Prüfung',
  'status.accepted': 'Angenommen',
  'status.in_progress': 'In Umsetzung',
  'status.implemented': 'Umgesetzt',
  'status.declined': 'Abgelehnt',
  'status.merged': 'Zusammengeführt',

  'notFound.title': 'Seite nicht gefunden',
  'notFound.text': 'Diese Seite gibt es nicht, oder sie ist auf diesem Gerät noch nicht gespeichert.',

  'help.title': 'Hilfe',
};
