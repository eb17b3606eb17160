package replication

import (
	"bytes"
	"encoding/json"
	"net/http"

	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/hook"
)

// healthPattern is PocketBase's health route.
const healthPattern = "GET /api/health"

// RegisterHealth adds the replication status to what superusers see on
// /api/health. PocketBase's answer stays as it is; anyone else gets exactly
// PocketBase's answer, so the public learns nothing about the backups.
func RegisterHealth(app core.App) {
	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		se.Router.Bind(&hook.Handler[*core.RequestEvent]{
			Func: func(e *core.RequestEvent) error {
				if e.Request.Pattern != healthPattern || !e.HasSuperuserAuth() {
					return e.Next()
				}
				return withReplication(e)
			},
			// After the auth token is loaded, so HasSuperuserAuth knows.
			Priority: apis.DefaultLoadAuthTokenMiddlewarePriority + 10,
		})
		return se.Next()
	})
}

// withReplication lets PocketBase answer into a buffer, then adds
// data.replication to its JSON.
func withReplication(e *core.RequestEvent) error {
	original := e.Response
	buffer := &bufferedResponse{header: http.Header{}}
	e.Response = buffer
	err := e.Next()
	e.Response = original
	if err != nil {
		return err
	}
	var body map[string]any
	if json.Unmarshal(buffer.body.Bytes(), &body) != nil {
		return e.Blob(buffer.statusOr200(), buffer.header.Get("Content-Type"), buffer.body.Bytes())
	}
	data, _ := body["data"].(map[string]any)
	if data == nil {
		data = map[string]any{}
	}
	data["replication"] = StatusOf(e.App)
	body["data"] = data
	return e.JSON(buffer.statusOr200(), body)
}

// bufferedResponse holds PocketBase's health answer until the status is added.
type bufferedResponse struct {
	header http.Header
	body   bytes.Buffer
	status int
}

func (b *bufferedResponse) Header() http.Header         { return b.header }
func (b *bufferedResponse) Write(p []byte) (int, error) { return b.body.Write(p) }
func (b *bufferedResponse) WriteHeader(status int)      { b.status = status }

func (b *bufferedResponse) statusOr200() int {
	if b.status == 0 {
		return http.StatusOK
	}
	return b.status
}
