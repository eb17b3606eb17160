package hooks

import (
	"fmt"
	"slices"
	"unicode"
	"unicode/utf8"

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
	for _, field := range collection.Fields {
		if field.Type() != core.FieldTypeText {
			continue
		}
		name := field.GetName()
		value := record.GetString(name)
		if value == record.Original().GetString(name) {
			continue
		}
		multiline := slices.Contains(migrations.MultilineText[collection.Name], name)
		if r, found := forbiddenCharacter(value, multiline); found {
			errs[name] = validation.NewError("validation_control_characters",
				"Must not contain invisible control characters (found {{.character}}).").
				SetParams(map[string]any{"character": fmt.Sprintf("%U", r)})
		}
	}
	return errs
}

// forbiddenCharacter returns the first character that text must not contain,
// or false when there is none. Multi-line text admits tab, line feed and a
// carriage return before a line feed (a Windows line break), line and
// paragraph separators, and direction marks; a single line admits none of
// them. Invalid UTF-8 is reported as U+FFFD.
func forbiddenCharacter(text string, multiline bool) (rune, bool) {
	if !utf8.ValidString(text) {
		return utf8.RuneError, true
	}
	for i, r := range text {
		switch {
		case r == '\t' || r == '\n':
			if !multiline {
				return r, true
			}
		case r == '\r':
			if !multiline || i+1 == len(text) || text[i+1] != '\n' {
				return r, true
			}
		case unicode.IsControl(r): // C0, DEL and C1
			return r, true
		case !multiline && (unicode.Is(unicode.Bidi_Control, r) || r == '\u2028' || r == '\u2029'):
			return r, true
		}
	}
	return 0, false
}
