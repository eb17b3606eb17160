package tests

import (
	"net/http"
	"testing"

	"github.com/mitwirken/mitwirken/hooks"
	pbtests "github.com/pocketbase/pocketbase/tests"
)

func TestPlatformInfoShowsTheOperatorsContact(t *testing.T) {
	configured := hooks.DefaultConfig()
	configured.ContactEmail = "barrierefreiheit@mkk.de"
	scenarios := []struct {
		name string
		cfg  hooks.Config
		want string
	}{
		{"anyone reads the configured contact", configured, `"contactEmail":"barrierefreiheit@mkk.de"`},
		{"without a configured contact the address is empty", hooks.DefaultConfig(), `"contactEmail":""`},
	}
	for _, s := range scenarios {
		(&pbtests.ApiScenario{
			Name:            s.name,
			Method:          http.MethodGet,
			URL:             "/api/platform",
			ExpectedStatus:  http.StatusOK,
			ExpectedContent: []string{s.want},
			TestAppFactory: func(t testing.TB) *pbtests.TestApp {
				app, err := pbtests.NewTestApp(fixtureDir)
				if err != nil {
					t.Fatal(err)
				}
				hooks.Register(app, s.cfg)
				return app
			},
		}).Test(t)
	}
}
