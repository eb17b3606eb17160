package platform

import (
	"fmt"
	"slices"

	"github.com/mitwirken/mitwirken/hooks/characters"
	"github.com/mitwirken/mitwirken/migrations"
	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/core"
)

// Text that people type is stored as they typed it, except for characters
// that change how other text is shown or processed. Control characters are
// refused everywhere: a NUL cuts strings in C libraries and log lines, an ESC
// drives terminals, a C1 control is read as one by some of them. Titles and
// names also refuse bidirectional controls, which can make a name read
// backwards or hide what follows it ("Trojan Source"), and line separators,
// because they are one line. Multi-line text (bodies, notes, responses; see
// migrations.MultilineText) keeps tabs and line breaks, and direction marks
// for mixed Arabic or Hebrew and Latin text.
//
// The rule is a model hook, so REST, batch, sync, cron and tests all meet it.
// It checks only the fields a save changes: a counter update never fails on
// an older value, and an unchanged 5,000-character body is not scanned again.
func registerTextCharacters(app core.App) {
	app.OnRecordValidate().BindFunc(func(e *core.RecordEvent) error {
		if errs := textCharacterErrors(e.Record); len(errs) > 0 {
			return errs
		}
		return e.Next()
	})
}

// textCharacterErrors returns a field error per changed text field of a
// Mitwirken collection that holds a character its kind of text must not.
func textCharacterErrors(record *core.Record) validation.Errors {
	collection := record.Collection()
	if collection.System {
		return nil // PocketBase's own collections (superusers, MFA, ...)
	}
	errs := validation.Errors{}
	// Original builds a whole record each time it is called: once per save,
	// and not at all for a new record, whose every text is new.
	var original *core.Record
	if !record.IsNew() {
		original = record.Original()
	}
	for _, field := range collection.Fields {
		if field.Type() != core.FieldTypeText {
			continue
		}
		name := field.GetName()
		value := record.GetString(name)
		if value == "" || original != nil && value == original.GetString(name) {
			continue
		}
		multiline := slices.Contains(migrations.MultilineText[collection.Name], name)
		if r, found := characters.Forbidden(value, multiline); found {
			errs[name] = validation.NewError("validation_control_characters",
				"Must not contain invisible control characters (found {{.character}}).").
				SetParams(map[string]any{"character": fmt.Sprintf("%U", r)})
		}
	}
	return errs
}
