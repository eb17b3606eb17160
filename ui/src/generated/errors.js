// Generated from hooks/i18n/i18n.go by `go test ./hooks/i18n -update`; do not edit.
// The error texts the PWA shows in the server's words (ui/src/i18n/ spreads them).
export const de = {
  "error.dismiss_reason_required": "Bitte schreiben Sie, warum die Meldung zurückgewiesen wird.",
  "error.feedback_service_not_offered": "Dieser Dienst wird in dieser Region nicht online angeboten.",
  "error.idea_changed": "Die Idee wurde inzwischen auf dem Server geändert.",
  "error.report_target_required": "Bitte genau einen Inhalt melden: eine Idee oder einen Kommentar.",
  "error.sync_forbidden": "Dazu sind Sie nicht berechtigt.",
  "error.sync_not_found": "Der Eintrag wurde nicht gefunden.",
  "error.validation_not_unique": "Diesen Eintrag gibt es schon.",
  "error.validation_pk_invalid": "Diese Kennung ist ungültig oder schon vergeben.",
  "error.validation_required": "Bitte ausfüllen.",
  "error.vote_idea_declined": "Diese Idee wurde abgelehnt; für sie kann nicht mehr abgestimmt werden.",
  "error.vote_idea_hidden": "Diese Idee ist ausgeblendet; für sie kann nicht abgestimmt werden.",
  "error.vote_idea_merged": "Diese Idee wurde mit einer anderen zusammengeführt; stimmen Sie bitte dort ab.",
  "error.vote_idea_not_published": "Diese Idee ist noch nicht veröffentlicht."
};
export const en = {
  "error.feedback_service_not_offered": "This service is not offered online in this region.",
  "error.idea_changed": "The idea was changed on the server meanwhile.",
  "error.report_target_required": "Report exactly one item: an idea or a comment.",
  "error.sync_not_found": "The record was not found.",
  "error.validation_required": "Cannot be blank.",
  "error.vote_idea_declined": "This idea was declined and cannot be voted on.",
  "error.vote_idea_hidden": "This idea is hidden and cannot be voted on.",
  "error.vote_idea_merged": "This idea was merged into another one; vote there instead.",
  "error.vote_idea_not_published": "This idea is not published yet."
};
