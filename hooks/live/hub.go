package live

import (
	"math"
	"sync"
	"sync/atomic"

	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/hook"
)

// hubStoreKey is where an app keeps its hub (core.App.Store is shared by the
// app and the transaction apps made from it).
const hubStoreKey = "mitwirken.live.hub"

// Hub sends one app's record events and pokes to its realtime clients.
type Hub struct {
	app      core.App // the app, never a transaction: the hub works after commit
	dispatch *dispatcher
	closed   atomic.Bool    // the app terminates: announce nothing more
	workers  sync.WaitGroup // the goroutines that announce
}

// Register creates app's hub; call it with the app itself, not a transaction.
func Register(app core.App) {
	hub := newHub(app)
	app.Store().Set(hubStoreKey, hub)
	deferVoteEvents(app, hub)
	app.OnRealtimeConnectRequest().Bind(&hook.Handler[*core.RealtimeConnectRequestEvent]{
		Id:       "mitwirken.live.useBufferedClients",
		Func:     useBufferedClients,
		Priority: math.MinInt, // the first handler: every other one sees the new client
	})
	app.OnRealtimeMessageSend().Bind(&hook.Handler[*core.RealtimeMessageEvent]{
		Id:       "mitwirken.live.writeMessage",
		Func:     writeMessage,
		Priority: math.MaxInt, // the last handler: it replaces only PocketBase's writer
	})
	// The announcing goroutines read the database; they end before it closes.
	app.OnTerminate().BindFunc(func(e *core.TerminateEvent) error {
		hub.closed.Store(true)
		hub.workers.Wait()
		return e.Next()
	})
}

// HubOf returns the hub of app or of the app a transaction was made from.
func HubOf(app core.App) *Hub {
	// Without Register (an app built without hooks.Register) the first user
	// creates it; that is never a transaction there, since only hooks open them.
	return app.Store().GetOrSet(hubStoreKey, func() any { return newHub(app) }).(*Hub)
}

func newHub(app core.App) *Hub {
	hub := &Hub{app: app}
	hub.dispatch = newDispatcher(hub)
	return hub
}

// AfterCommit runs fn once txApp's outermost transaction has committed, or
// at once when txApp is not in a transaction. A rolled-back transaction
// announces nothing.
func AfterCommit(txApp core.App, fn func()) {
	info := txApp.TxInfo()
	if info == nil {
		fn()
		return
	}
	info.OnComplete(func(txErr error) error {
		if txErr == nil {
			fn()
		}
		return nil
	})
}

// startWorker runs fn in a goroutine unless the app terminates, and reports
// whether it did.
func (h *Hub) startWorker(fn func()) bool {
	if h.closed.Load() {
		return false
	}
	h.workers.Go(fn)
	return true
}
