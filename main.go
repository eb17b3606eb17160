// Command mitwirken runs the Mitwirken co-creation platform: PocketBase with
// Mitwirken's migrations, domain hooks and the embedded citizen PWA.
package main

import (
	"log"
	"os"
	"strconv"

	"github.com/mitwirken/mitwirken/demo"
	"github.com/mitwirken/mitwirken/hooks"
	_ "github.com/mitwirken/mitwirken/migrations"
	"github.com/pocketbase/pocketbase"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/plugins/migratecmd"
	"github.com/pocketbase/pocketbase/tools/osutils"
)

func main() {
	app := pocketbase.New()

	var loadDemo bool
	app.RootCmd.PersistentFlags().BoolVar(&loadDemo, "demo", envBool("MITWIRKEN_DEMO"),
		"load the demo data set into an empty database on start (env MITWIRKEN_DEMO)")

	migratecmd.MustRegister(app, app.RootCmd, migratecmd.Config{
		TemplateLang: migratecmd.TemplateLangGo,
		// Only while developing with `go run`: admin UI schema edits then become migration files.
		Automigrate: osutils.IsProbablyGoRun(),
		Dir:         "migrations",
	})

	hooks.Register(app)
	hooks.ServePublic(app, publicFS())

	app.OnServe().BindFunc(func(e *core.ServeEvent) error {
		if loadDemo {
			if err := demo.LoadIfEmpty(e.App); err != nil {
				return err
			}
		}
		return e.Next()
	})

	if err := app.Start(); err != nil {
		log.Fatal(err)
	}
}

// envBool reads a boolean environment variable; unset or invalid means false.
func envBool(name string) bool {
	v, _ := strconv.ParseBool(os.Getenv(name))
	return v
}
