// German texts of the help page and the accessibility statement, loaded
// with those views only.
export default {
  'help.sections': [
    ['Was ist Mitwirken?', [
      'Mitwirken ist eine Plattform für Ihre Gemeinde und Ihren Landkreis. Sie sagen, wie gut die Online-Dienste der Verwaltung funktionieren, und machen Vorschläge, was besser werden soll. Verbände und Verwaltung lesen mit und antworten öffentlich.',
    ]],
    ['Gemeinde wählen', [
      'Beim ersten Besuch wählen Sie Ihre Gemeinde. Mitwirken merkt sich die Wahl auf diesem Gerät. Sie können sie oben auf jeder Seite mit „Gemeinde ändern“ wechseln.',
    ]],
    ['Dienste bewerten und Barrieren melden', [
      'Unter „Dienste“ finden Sie die Online-Dienste Ihrer Gemeinde, nach Themenfeldern geordnet. Wählen Sie einen Dienst, vergeben Sie 1 bis 5 Sterne und kreuzen Sie an, welche Barrieren es gab, zum Beispiel „Zu kompliziert“.',
      'Ihre einzelne Bewertung sieht nur die zuständige Verwaltung und der zuständige Verband. Alle anderen sehen Durchschnitt und Barrieren erst, wenn genug Menschen einen Dienst in Ihrer Gemeinde bewertet haben, und auch dann nur zusammengefasst.',
    ]],
    ['Ideen einreichen, unterstützen und kommentieren', [
      'Unter „Idee einreichen“ schreiben Sie Ihren Vorschlag. Während Sie schreiben, zeigt Mitwirken ähnliche Ideen, die es schon gibt. Wenn eine passt, unterstützen Sie lieber diese: Dann hat sie mehr Gewicht.',
      'Bei jeder Idee sehen Sie, wie viele Menschen sie unterstützen, was die Verwaltung geantwortet hat und welche Verbände sie unterstützen. Wurde eine Idee mit einer anderen zusammengeführt, führt ein Link zu der anderen Idee.',
    ]],
    ['Ohne Internet mitmachen', [
      'Mitwirken funktioniert auch ohne Verbindung. Was Sie tun, wird auf Ihrem Gerät gespeichert und mit „wartet auf Verbindung“ markiert. Sobald wieder eine Verbindung besteht, wird es gesendet, genau einmal.',
      'Nimmt der Server einen Beitrag nicht an, zum Beispiel weil eine Idee inzwischen abgelehnt wurde, sehen Sie den Grund unter „Meine Beiträge“. Dort können Sie den Beitrag korrigieren oder verwerfen.',
    ]],
    ['Konto und Datenschutz', [
      'Zum Mitmachen brauchen Sie ein Konto mit E-Mail-Adresse und einem angezeigten Namen. Der Name darf ein Fantasiename sein. Ihre E-Mail-Adresse sieht niemand außer Ihnen.',
    ]],
    ['Bedienung', [
      'Sie können Mitwirken ganz mit der Tastatur bedienen: Mit der Tabulator-Taste springen Sie von Element zu Element. Die Seite lässt sich auf 200 Prozent vergrößern. Unter „Sprache“ wählen Sie Deutsch, Englisch oder Leichte Sprache.',
    ]],
  ],

  'a11y.title': 'Erklärung zur Barrierefreiheit',
  'a11y.sections': [
    ['Geltungsbereich', [
      'Diese Erklärung gilt für die Bürger-App von Mitwirken. Wir möchten, dass alle Menschen sie nutzen können, und richten uns nach der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) und den Web Content Accessibility Guidelines (WCAG) 2.1, Stufe AA.',
    ]],
    ['Stand der Vereinbarkeit', [
      'Die App ist nach unserer Prüfung weitgehend barrierefrei. Jede Ansicht wird bei jeder Änderung automatisch auf Barrieren geprüft (axe, WCAG 2.1 A und AA) und ist vollständig mit der Tastatur bedienbar. Die App verwendet Systemschriften, lässt sich auf 200 Prozent vergrößern und verzichtet auf Animationen, wenn Sie das in Ihrem System eingestellt haben.',
    ]],
    ['Nicht barrierefreie Inhalte', [
      'Texte, die Bürgerinnen und Bürger, Verbände und Verwaltung selbst schreiben, prüfen wir nicht auf Verständlichkeit. Die Beschreibungen der Online-Dienste und die verlinkten Seiten der Verwaltung liegen nicht in unserer Verantwortung. Die Leichte Sprache gibt es bisher für die Startseite, die Hilfe und die Hinweise in den Formularen.',
    ]],
    ['Erstellung dieser Erklärung', [
      'Diese Erklärung wurde am 26. November 2026 auf Grundlage einer Selbstbewertung erstellt.',
    ]],
  ],
  'a11y.feedbackTitle': 'Barrieren melden: Feedback und Kontakt',
  'a11y.feedbackText': 'Ist Ihnen eine Barriere aufgefallen, oder brauchen Sie Inhalte in einer anderen Form? Schreiben Sie uns. Wir antworten innerhalb von zwei Wochen.',
  'a11y.feedbackMail': 'E-Mail an {email}',
  'a11y.feedbackIdea': 'Eine Idee zur Barrierefreiheit dieser App einreichen',
  'a11y.mailSubject': 'Barriere in der Mitwirken-App',
  'a11y.enforcementTitle': 'Schlichtungsverfahren',
  'a11y.enforcementText': 'Wenn Sie auf Ihre Rückmeldung keine zufriedenstellende Antwort erhalten, können Sie sich an die Schlichtungsstelle nach dem Behindertengleichstellungsgesetz (BGG) oder die Durchsetzungsstelle Ihres Bundeslandes wenden. Das Verfahren ist kostenlos.',
};
