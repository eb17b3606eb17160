// Package i18n translates API errors into the language a request prefers
// (German by default, or English) and holds the texts shared by the Go side.
package i18n

import (
	"errors"
	"fmt"
	"strings"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/hook"
	"github.com/pocketbase/pocketbase/tools/router"
	"golang.org/x/text/language"
)

// Message is one error text in German (the default) and English.
type Message struct{ De, En string }

// In returns the text in English if english, else in German.
func (m Message) In(english bool) string {
	if english {
		return m.En
	}
	return m.De
}

// errorMessages translates error codes, ours and PocketBase's most common
// ones. The codes are stable and documented in docs/errors.md.
var errorMessages = map[string]Message{
	"validation_required":              {"Bitte ausfüllen.", "Cannot be blank."},
	"validation_min_text_constraint":   {"Bitte mindestens {{.min}} Zeichen eingeben.", "Must be at least {{.min}} character(s)."},
	"validation_max_text_constraint":   {"Bitte höchstens {{.max}} Zeichen eingeben.", "Must be no more than {{.max}} character(s)."},
	"validation_invalid_format":        {"Das Format stimmt nicht.", "Invalid value format."},
	"validation_pk_invalid":            {"Diese Kennung ist ungültig oder schon vergeben.", "The record primary key is invalid or already exists."},
	"validation_not_unique":            {"Diesen Eintrag gibt es schon.", "Value must be unique."},
	"validation_missing_rel_records":   {"Der verknüpfte Eintrag existiert nicht.", "Failed to find all relation records with the provided ids."},
	"validation_invalid_value":         {"Ungültiger Wert.", "Invalid value."},
	"validation_min_number_constraint": {"Der Wert muss mindestens {{.min}} sein.", "Must be greater or equal than {{.min}}."},
	"validation_max_number_constraint": {"Der Wert darf höchstens {{.max}} sein.", "Must be less or equal than {{.max}}."},
	"validation_only_int_constraint":   {"Bitte eine ganze Zahl eingeben.", "Decimal numbers are not allowed."},
	"validation_not_a_number":          {"Bitte eine Zahl eingeben.", "The submitted number is not properly formatted."},
	"validation_too_many_values":       {"Bitte höchstens {{.maxSelect}} auswählen.", "Select no more than {{.maxSelect}}."},
	"validation_control_characters":    {"Bitte ohne unsichtbare Steuerzeichen eingeben (gefunden: {{.character}}).", "Must not contain invisible control characters (found {{.character}})."},
	"merge_target_required":            {"Bitte die Idee angeben, in die diese zusammengeführt wird.", "Name the idea this one is merged into."},
	"merge_target_invalid":             {"Eine Idee kann nur in eine andere veröffentlichte, offene Idee zusammengeführt werden.", "An idea can only be merged into another published, open idea."},
	"transition_not_allowed":           {"Dieser Statuswechsel ist nicht erlaubt. Erlaubt sind: {{.next}}.", "This status change is not allowed. Allowed next states: {{.next}}."},
	"response_required":                {"Für diesen Statuswechsel ist eine öffentliche Antwort nötig.", "A public response is required for this status change."},
	"vote_idea_hidden":                 {"Diese Idee ist ausgeblendet; für sie kann nicht abgestimmt werden.", "This idea is hidden and cannot be voted on."},
	"vote_idea_not_published":          {"Diese Idee ist noch nicht veröffentlicht.", "This idea is not published yet."},
	"vote_idea_merged":                 {"Diese Idee wurde mit einer anderen zusammengeführt; stimmen Sie bitte dort ab.", "This idea was merged into another one; vote there instead."},
	"vote_idea_declined":               {"Diese Idee wurde abgelehnt; für sie kann nicht mehr abgestimmt werden.", "This idea was declined and cannot be voted on."},
	"feedback_service_not_offered":     {"Dieser Dienst wird in dieser Region nicht online angeboten.", "This service is not offered online in this region."},
	"insight_region_not_district":      {"Bitte einen Landkreis wählen: verglichen werden seine Gemeinden.", "Choose a district (Landkreis): its municipalities are compared."},
	"search_terms_required":            {"Bitte mindestens ein aussagekräftiges Suchwort eingeben.", "Enter at least one meaningful search word."},
	// The sync protocol (docs/sync.md).
	"sync_forbidden":             {"Dazu sind Sie nicht berechtigt.", "The authorized record is not allowed to perform this action."},
	"sync_not_found":             {"Der Eintrag wurde nicht gefunden.", "The record was not found."},
	"sync_mutation_id_taken":     {"Diese Kennung einer Änderung ist schon vergeben.", "This mutation id is already used."},
	"sync_duplicate_mutation_id": {"Änderung {{.index}} wiederholt eine Kennung dieser Übertragung.", "Mutation {{.index}} repeats an id of this push."},
	"sync_rate_limited":          {"Zu viele Änderungen in einer Minute; bitte gleich noch einmal versuchen.", "Too many changes in one minute; try again shortly."},
	"sync_cursor_expired":        {"Der Stand auf dem Gerät ist zu alt; bitte alles neu laden.", "The cursor is older than the change log; pull again from 0."},
	"idea_changed":               {"Die Idee wurde inzwischen auf dem Server geändert.", "The idea was changed on the server meanwhile."},
	"vote_exists":                {"Sie haben für diese Idee schon abgestimmt.", "You have already voted for this idea."},
	"validation_invalid_json":    {"Der Inhalt ist kein gültiges JSON.", "The body is not valid JSON for a push."},
	"validation_invalid_uuid":    {"Bitte eine UUID angeben.", "Must be a UUID."},
	"validation_failed":          {"Die Änderung konnte nicht gespeichert werden.", "The change could not be saved."},
	"account_password_wrong":     {"Das Passwort stimmt nicht.", "The password is not correct."},
	"auth_account_deleted":       {"Dieses Konto gibt es nicht mehr.", "This account no longer exists."},
	"report_target_required":     {"Bitte genau einen Inhalt melden: eine Idee oder einen Kommentar.", "Report exactly one item: an idea or a comment."},
	"dismiss_reason_required":    {"Bitte schreiben Sie, warum die Meldung zurückgewiesen wird.", "Say why the report is dismissed."},
}

// topMessages translates PocketBase's summary messages.
var topMessages = map[string]string{
	"Failed to create record.": "Der Eintrag konnte nicht gespeichert werden.",
	"Failed to update record.": "Der Eintrag konnte nicht geändert werden.",
	"Failed to delete record. Make sure that the record is not part of a required relation reference.": "Der Eintrag konnte nicht gelöscht werden.",
	"The requested resource wasn't found.":                         "Nicht gefunden.",
	"Something went wrong while processing your request.":          "Bei der Anfrage ist etwas schiefgelaufen.",
	"The request requires valid record authorization token.":       "Bitte melden Sie sich an.",
	"The authorized record is not allowed to perform this action.": "Dazu sind Sie nicht berechtigt.",
	"Only superusers can perform this action.":                     "Dazu sind Sie nicht berechtigt.",
	"Your account was not deleted.":                                "Ihr Konto wurde nicht gelöscht.",
	"This account no longer exists.":                               "Dieses Konto gibt es nicht mehr.",
	"Invalid request.":                                             "Die Anfrage ist ungültig.",
	// The sync protocol.
	"Invalid push.":            "Die Übertragung ist ungültig.",
	"Invalid pull parameters.": "Die Abfrage ist ungültig.",
	"Too many changes in one minute; try again shortly.":          "Zu viele Änderungen in einer Minute; bitte gleich noch einmal versuchen.",
	"The cursor is older than the change log; pull again from 0.": "Der Stand auf dem Gerät ist zu alt; bitte alles neu laden.",
}

var supportedLanguages = language.NewMatcher([]language.Tag{language.German, language.English})

// PrefersEnglish reads Accept-Language; German is the default.
func PrefersEnglish(acceptLanguage string) bool {
	tags, _, err := language.ParseAcceptLanguage(acceptLanguage)
	if err != nil || len(tags) == 0 {
		return false
	}
	_, index, _ := supportedLanguages.Match(tags...)
	return index == 1
}

// Register translates every API error on its way out.
func Register(app core.App) {
	app.OnServe().Bind(&hook.Handler[*core.ServeEvent]{
		Func: func(se *core.ServeEvent) error {
			se.Router.BindFunc(func(e *core.RequestEvent) error {
				err := e.Next()
				var apiErr *router.ApiError
				if err != nil && errors.As(err, &apiErr) {
					translateError(apiErr, PrefersEnglish(e.Request.Header.Get("Accept-Language")))
				}
				return err
			})
			return se.Next()
		},
	})
}

// translateError rewrites the messages of apiErr in place.
func translateError(apiErr *router.ApiError, english bool) {
	if !english {
		if de, ok := topMessages[apiErr.Message]; ok {
			apiErr.Message = de
		}
	}
	TranslateData(apiErr.Data, english)
}

func TranslateData(data map[string]any, english bool) {
	for _, value := range data {
		item, ok := value.(map[string]any)
		if !ok {
			continue
		}
		code, isLeaf := item["code"].(string)
		if !isLeaf {
			TranslateData(item, english)
			continue
		}
		msg, known := errorMessages[code]
		if !known {
			continue
		}
		text := msg.In(english)
		params, _ := item["params"].(map[string]any)
		for key, param := range params {
			text = strings.ReplaceAll(text, "{{."+key+"}}", fmt.Sprint(param))
		}
		item["message"] = text
	}
}
