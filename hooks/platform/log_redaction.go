package platform

import (
	"encoding/json"
	"regexp"
	"strings"

	"github.com/pocketbase/pocketbase/core"
)

// The request logs (table _logs of auxiliary.db) keep the URL, referer and
// user agent of every request. Ids, emails and tokens in them would tie a
// log line to a person, so every log is redacted before it is stored, as a
// second wall behind a PWA that puts no person into its URLs. What stays is
// enough to run the platform: method, route shape, status, timing, errors.
func registerLogRedaction(app core.App) {
	app.OnModelCreate(core.LogsTableName).BindFunc(func(e *core.ModelEvent) error {
		if entry, ok := e.Model.(*core.Log); ok {
			entry.Message = RedactPersonalData(entry.Message)
			for key, value := range entry.Data {
				entry.Data[key] = redactValue(value)
			}
		}
		return e.Next()
	})
}

// What stands in place of a removed part of a log.
const (
	redactedId    = "[id]"
	redactedEmail = "[email]"
	redactedToken = "[token]"
)

var (
	// A JWT: PocketBase's auth, file, reset and verification tokens.
	jwtPattern = regexp.MustCompile(`eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]*)?`)
	// Values of query parameters that carry a secret (OAuth2 codes, OTPs, file tokens).
	secretParamPattern = regexp.MustCompile(`(?i)([?&;](?:token|code|state|otp|otpid|mfaid|password|secret|key)=)[^&#\s]*`)
	uuidPattern        = regexp.MustCompile(`[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}`)
	emailPattern       = regexp.MustCompile(`[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+`)
)

// RedactPersonalData removes from a logged text what identifies a person:
// record ids (15 characters of a-z and 0-9, the form of every PocketBase id,
// so also those of ideas and comments, which are linked to their authors),
// UUIDs, email addresses and tokens. Percent-encoded text is decoded first,
// so that an id in an encoded filter such as user%3D%27…%27 is found too.
func RedactPersonalData(text string) string {
	if text == "" {
		return text
	}
	text = percentDecoded(text)
	text = jwtPattern.ReplaceAllString(text, redactedToken)
	text = secretParamPattern.ReplaceAllString(text, "${1}"+redactedToken)
	text = emailPattern.ReplaceAllString(text, redactedEmail)
	text = uuidPattern.ReplaceAllString(text, redactedId)
	return withoutRecordIds(text)
}

// withoutRecordIds replaces every run of exactly 15 lower-case letters and
// digits that stands between non-alphanumerics. A run of letters alone is
// replaced as well: about one random id in 130 has no digit.
func withoutRecordIds(text string) string {
	var out strings.Builder
	start := -1
	flush := func(end int) {
		run := text[start:end]
		if len(run) == 15 && run == strings.ToLower(run) {
			out.WriteString(redactedId)
		} else {
			out.WriteString(run)
		}
		start = -1
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		alphanumeric := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
		switch {
		case alphanumeric && start < 0:
			start = i
		case !alphanumeric && start >= 0:
			flush(i)
		}
		if !alphanumeric {
			out.WriteByte(c)
		}
	}
	if start >= 0 {
		flush(len(text))
	}
	return out.String()
}

// percentDecoded decodes the valid %XX escapes of text, twice over for text
// that was encoded twice, and leaves everything else as it is.
func percentDecoded(text string) string {
	for range 2 {
		if !strings.Contains(text, "%") {
			return text
		}
		var out strings.Builder
		for i := 0; i < len(text); i++ {
			if text[i] == '%' && i+2 < len(text) && isHex(text[i+1]) && isHex(text[i+2]) {
				out.WriteByte(unhex(text[i+1])<<4 | unhex(text[i+2]))
				i += 2
				continue
			}
			out.WriteByte(text[i])
		}
		text = out.String()
	}
	return text
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c >= 'a':
		return c - 'a' + 10
	case c >= 'A':
		return c - 'A' + 10
	}
	return c - '0'
}

// redactValue redacts every string in a logged value, keys included. Values
// other than plain JSON (API error details, for one) are taken in their JSON
// form, which is what the log stores anyway.
func redactValue(value any) any {
	switch v := value.(type) {
	case nil, bool, int, int64, float64:
		return v
	case string:
		return RedactPersonalData(v)
	case []any:
		for i := range v {
			v[i] = redactValue(v[i])
		}
		return v
	case map[string]any:
		redacted := make(map[string]any, len(v))
		for key, inner := range v {
			redacted[RedactPersonalData(key)] = redactValue(inner)
		}
		return redacted
	}
	raw, err := json.Marshal(value)
	if err != nil {
		return redactedToken // unknown and unreadable: keep nothing
	}
	var plain any
	if err := json.Unmarshal(raw, &plain); err != nil {
		return redactedToken
	}
	return redactValue(plain)
}
