// The help page in Leichte Sprache.
export default {
  'help.sections': [
    ['Was ist Mitwirken?', [
      'Mitwirken ist eine Internet-Seite.',
      'Die Seite ist für Ihre Gemeinde und für Ihren Landkreis.',
      'Hier sagen Sie Ihre Meinung zu den Diensten von der Verwaltung.',
      'Sie können auch Ideen schreiben. Die Verwaltung liest die Ideen. Die Verwaltung antwortet.',
    ]],
    ['Gemeinde wählen', [
      'Zuerst wählen Sie Ihre Gemeinde.',
      'Wir merken uns die Gemeinde.',
      'Sie wollen eine andere Gemeinde? Dann klicken Sie oben auf: Andere Gemeinde wählen.',
    ]],
    ['Dienste bewerten', [
      'Klicken Sie auf: Dienste.',
      'Wählen Sie einen Dienst.',
      'Geben Sie Sterne. 1 Stern heißt: sehr schlecht. 5 Sterne heißt: sehr gut.',
      'War etwas schwer für Sie? Dann kreuzen Sie das an.',
      'Andere Menschen sehen Ihre Bewertung nicht. Sie sehen nur: So haben viele Menschen zusammen bewertet.',
    ]],
    ['Eine Idee schreiben', [
      'Klicken Sie auf: Idee einreichen.',
      'Schreiben Sie Ihre Idee.',
      'Vielleicht hatte schon jemand die gleiche Idee. Dann zeigen wir Ihnen diese Idee.',
      'Sie können diese Idee unterstützen. Dann hat die Idee mehr Stimmen.',
    ]],
    ['Ohne Internet', [
      'Sie haben gerade kein Internet? Sie können trotzdem mitmachen.',
      'Wir speichern alles auf Ihrem Handy oder Computer.',
      'Dann steht dort: wartet auf Verbindung.',
      'Wenn Sie wieder Internet haben, schicken wir alles ab.',
      'Manchmal klappt das Abschicken nicht. Dann sehen Sie den Grund bei: Meine Beiträge.',
    ]],
    ['Anmelden', [
      'Zum Mitmachen brauchen Sie ein Konto.',
      'Sie brauchen eine E-Mail-Adresse und ein Passwort.',
      'Und Sie brauchen einen Namen. Den Namen sehen andere Menschen. Sie können auch einen Namen ausdenken.',
    ]],
    ['Sprache', [
      'Oben auf der Seite steht: Sprache.',
      'Dort können Sie wählen: Deutsch, Englisch oder Leichte Sprache.',
    ]],
  ],
};
