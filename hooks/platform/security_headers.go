package platform

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"net/http"
	"net/url"
	"slices"
	"strings"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/hook"
)

// ContentSecurityPolicy is the policy of the PWA and the API. The PWA keeps
// its token where any script of the page can read it, so no script but its
// own files may run: no inline script, no inline style but the page's own
// stylesheet (pagePolicy), no other origin.
const ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; " +
	"connect-src 'self'; font-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; " +
	"base-uri 'self'; form-action 'self'; frame-ancestors 'none'"

// pagePolicyKey is where ServePublic keeps pagePolicy of its shell.
const pagePolicyKey = "mitwirken.platform.pagePolicy"

// pagePolicy is ContentSecurityPolicy for the pages made from shell (the
// built index.html), whose stylesheet is inline: it allows that style, by
// its hash, and no other.
func pagePolicy(shell []byte) string {
	_, rest, found := bytes.Cut(shell, []byte("<style>"))
	style, _, closed := bytes.Cut(rest, []byte("</style>"))
	if !found || !closed {
		return ContentSecurityPolicy
	}
	sum := sha256.Sum256(style)
	hash := "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
	return strings.Replace(ContentSecurityPolicy, "style-src 'self'", "style-src 'self' "+hash, 1)
}

// PermissionsPolicy turns off the browser features the PWA never uses.
const PermissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), " +
	"accelerometer=(), gyroscope=(), magnetometer=(), display-capture=()"

// registerSecurityHeaders sends the security headers with every answer and
// replaces PocketBase's CORS, which allows every origin, with one that allows
// the platform's own origin and the configured ones. The admin UI under /_/
// keeps the policy PocketBase gives it, which its scripts need.
func registerSecurityHeaders(app core.App, allowedOrigins []string) {
	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		se.Router.Unbind(apis.DefaultCorsMiddlewareId)
		se.Router.Bind(corsForOrigins(allowedOrigins))
		se.Router.Bind(&hook.Handler[*core.RequestEvent]{
			Id:       "mitwirkenSecurityHeaders",
			Priority: apis.DefaultSecurityHeadersMiddlewarePriority + 1, // after PocketBase's own, so ours win
			Func:     setSecurityHeaders,
		})
		return se.Next()
	})
}

func setSecurityHeaders(e *core.RequestEvent) error {
	header := e.Response.Header()
	header.Set("Referrer-Policy", "no-referrer")
	header.Set("Permissions-Policy", PermissionsPolicy)
	header.Set("X-Content-Type-Options", "nosniff")
	path := e.Request.URL.Path
	if path != "/_" && !strings.HasPrefix(path, "/_/") {
		policy, ok := e.App.Store().Get(pagePolicyKey).(string)
		if !ok {
			policy = ContentSecurityPolicy // no PWA served (a test of the API alone)
		}
		header.Set("Content-Security-Policy", policy)
		header.Set("X-Frame-Options", "DENY")
		header.Set("Cross-Origin-Opener-Policy", "same-origin")
	}
	return e.Next()
}

// corsForOrigins answers cross-origin requests only for the platform's own
// origin (the host a request was sent to, or the application URL in the
// settings) and for the allowed ones ("*" allows every origin). Other origins get no CORS headers, so
// a browser does not hand them the answer, and their preflight fails.
func corsForOrigins(allowed []string) *hook.Handler[*core.RequestEvent] {
	methods := []string{http.MethodGet, http.MethodHead, http.MethodPut, http.MethodPatch, http.MethodPost, http.MethodDelete}
	open := apis.CORS(apis.CORSConfig{AllowOriginFunc: func(string) (bool, error) { return true, nil }, AllowMethods: methods})
	closed := apis.CORS(apis.CORSConfig{AllowOriginFunc: func(string) (bool, error) { return false, nil }, AllowMethods: methods})
	return &hook.Handler[*core.RequestEvent]{
		Id:       "mitwirkenCors", // not PocketBase's id: its Unbind excludes that id from every route group
		Priority: apis.DefaultCorsMiddlewarePriority,
		Func: func(e *core.RequestEvent) error {
			origin := e.Request.Header.Get("Origin")
			if origin != "" && (slices.Contains(allowed, origin) || slices.Contains(allowed, "*") || isOwnOrigin(e, origin)) {
				return open.Func(e)
			}
			return closed.Func(e)
		},
	}
}

// isOwnOrigin tells whether origin is the platform itself: the host the
// request went to (behind a TLS proxy the scheme may differ) or the
// application URL of the settings.
func isOwnOrigin(e *core.RequestEvent, origin string) bool {
	parsed, err := url.Parse(origin)
	if err != nil || parsed.Host == "" {
		return false
	}
	if strings.EqualFold(parsed.Host, e.Request.Host) {
		return true
	}
	appURL, err := url.Parse(e.App.Settings().Meta.AppURL)
	return err == nil && appURL.Host != "" && strings.EqualFold(parsed.Scheme+"://"+parsed.Host, appURL.Scheme+"://"+appURL.Host)
}
