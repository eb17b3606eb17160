package sync

import (
	"database/sql"
	"encoding/json"
	"errors"
	"github.com/mitwirken/mitwirken/hooks/domain"
	"strings"

	"github.com/mitwirken/mitwirken/hooks/live"
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// syncedCollection says how a collection's changes reach devices: district
// scopes public records to a Landkreis, owner makes a record private to one
// person. Both are SQL over the record's row, aliased t.
type syncedCollection struct {
	name     string
	district string
	owner    string
}

// privateTopicPrefix starts the realtime topic of one person's private changes.
const privateTopicPrefix = "sync/user/"

const (
	districtOfRegion = `(SELECT CASE WHEN r.parent != '' THEN r.parent ELSE r.id END FROM regions r WHERE r.id = t.region)`
	districtOfIdea   = `(SELECT CASE WHEN r.parent != '' THEN r.parent ELSE r.id END FROM ideas i JOIN regions r ON r.id = i.region WHERE i.id = t.idea)`
)

// syncedCollections are what a citizen's device keeps (docs/sync.md).
var syncedCollections = []syncedCollection{
	{name: "regions", district: "''", owner: "''"},
	{name: "services", district: "''", owner: "''"},
	{name: "organizations", district: "''", owner: "''"},
	{name: "ideas", district: districtOfRegion, owner: "''"},
	{name: "comments", district: districtOfIdea, owner: "''"},
	{name: "status_changes", district: districtOfIdea, owner: "''"},
	{name: "endorsements", district: districtOfIdea, owner: "''"},
	{name: "votes", district: "''", owner: "t.user"},
	{name: "feedback", district: "''", owner: "t.author"},
	{name: "reports", district: "''", owner: "t.reporter"},
	{name: "notifications", district: "''", owner: "t.user"},
}

// isPrivate reports whether a collection's records belong to one person.
func (c syncedCollection) isPrivate() bool { return c.owner != "''" }

// Every change of a synced record appends to the change log in the same
// transaction, so the log and the data can never disagree.
func registerSyncLog(app core.App) {
	for _, c := range syncedCollections {
		upsert := func(e *core.RecordEvent) error {
			return domain.AfterSave(e, func(txApp core.App) error { return logUpsert(txApp, c, e.Record) })
		}
		app.OnRecordCreate(c.name).BindFunc(upsert)
		app.OnRecordUpdate(c.name).BindFunc(upsert)
		app.OnRecordDelete(c.name).BindFunc(func(e *core.RecordEvent) error {
			return e.App.RunInTransaction(func(txApp core.App) error {
				e.App = txApp
				audience, err := deletionAudience(txApp, c, e.Record) // read before the row is gone
				if err != nil {
					return err
				}
				if err := e.Next(); err != nil {
					return err
				}
				for _, s := range audience {
					if err := logChange(txApp, c, e.Record.Id, "delete", &s, false); err != nil {
						return err
					}
				}
				return nil
			})
		})
	}
	app.OnRecordUpdate("ideas").BindFunc(logDependents)
	app.OnRealtimeSubscribeRequest().BindFunc(guardPrivateTopics)
}

// guardPrivateTopics lets only its owner listen to a person's topic: even the
// moments at which someone votes or gives feedback are private.
func guardPrivateTopics(e *core.RealtimeSubscribeRequestEvent) error {
	for _, topic := range e.Subscriptions {
		owner, private := strings.CutPrefix(topic, privateTopicPrefix)
		if private && (e.Auth == nil || e.Auth.Collection().Name != "users" || e.Auth.Id != owner) {
			return e.ForbiddenError("The authorized record is not allowed to perform this action.", nil)
		}
	}
	return e.Next()
}

// logDependents appends the comments, status changes and endorsements of an
// idea that is hidden, restored or published. Who may see them follows their
// idea, but the records themselves do not change, so without these entries a
// device would keep them, or never get them back. The idea's own entry in the
// same transaction pokes the devices.
func logDependents(e *core.RecordEvent) error {
	if (domain.Idea{Record: e.Record.Original()}).IsPublic() == (domain.Idea{Record: e.Record}).IsPublic() {
		return e.Next()
	}
	return domain.AfterSave(e, func(txApp core.App) error {
		for _, c := range syncedCollections {
			if c.district != districtOfIdea {
				continue
			}
			public, err := publicIds(txApp, c.name, dbx.HashExp{c.name + ".idea": e.Record.Id})
			if err != nil {
				return err
			}
			raw, _ := json.Marshal(public)
			_, err = txApp.DB().NewQuery("INSERT INTO sync_log (collection, record_id, op, district, owner, public) " +
				"SELECT {:collection}, t.id, 'upsert', COALESCE(" + c.district + ", ''), '', " +
				"MAX(t.id IN (SELECT value FROM json_each({:public})), " + everPublicSQL + ") FROM " + c.name + " t WHERE t.idea = {:idea}").
				Bind(dbx.Params{"collection": c.name, "idea": e.Record.Id, "public": string(raw)}).Execute()
			if err != nil {
				return err
			}
		}
		return nil
	})
}

// scope is whom a log entry reaches: a district (” for all), an owner (” for
// everyone there), and whether its record has been public (sync_audience.go).
type scope struct {
	District string `db:"district"`
	Owner    string `db:"owner"`
	Public   bool   `db:"public"`
}

// logUpsert appends a change of record, noting whether it has been public.
func logUpsert(txApp core.App, c syncedCollection, record *core.Record) error {
	public, err := hasBeenPublic(txApp, c, record)
	if err != nil {
		return err
	}
	return logChange(txApp, c, record.Id, "upsert", nil, public)
}

func changeScope(app core.App, c syncedCollection, id string) (*scope, error) {
	s := &scope{}
	err := app.DB().NewQuery("SELECT COALESCE(" + c.district + ", '') AS district, COALESCE(" + c.owner + ", '') AS owner FROM " +
		c.name + " t WHERE t.id = {:id}").Bind(dbx.Params{"id": id}).One(s)
	return s, err
}

// logChange appends one change and pokes the devices of its district once the
// transaction has committed.
func logChange(txApp core.App, c syncedCollection, id, op string, known *scope, public bool) error {
	seq, topic, err := appendChange(txApp, c, id, op, known, public)
	if err != nil || topic == "" {
		return err
	}
	live.AfterCommit(txApp, func() { live.HubOf(txApp).Poke(topic, seq) })
	return nil
}

// appendChange appends one change and returns its seq and the topic of its
// devices ("" when nobody's device keeps it). A delete brings its scope, read
// before the row went; otherwise the scope is read from the row in the same
// statement, and public says whether the record has been public
// (hasBeenPublic).
func appendChange(txApp core.App, c syncedCollection, id, op string, known *scope, public bool) (int64, string, error) {
	entry := struct {
		Seq int64 `db:"seq"`
		scope
	}{}
	var err error
	if known != nil {
		if c.isPrivate() && known.Owner == "" {
			return 0, "", nil // e.g. feedback entered on paper: nobody's device keeps it
		}
		entry.scope = *known
		err = txApp.DB().NewQuery("INSERT INTO sync_log (collection, record_id, op, district, owner, public) " +
			"VALUES ({:collection}, {:id}, {:op}, {:district}, {:owner}, {:public}) RETURNING seq").
			Bind(dbx.Params{"collection": c.name, "id": id, "op": op, "district": known.District, "owner": known.Owner,
				"public": known.Public}).
			Row(&entry.Seq)
	} else {
		err = txApp.DB().NewQuery("INSERT INTO sync_log (collection, record_id, op, district, owner, public) " +
			"SELECT {:collection}, t.id, {:op}, COALESCE(" + c.district + ", ''), COALESCE(" + c.owner + ", ''), " +
			"{:public} " +
			"FROM " + c.name + " t WHERE t.id = {:id} AND ({:shared} OR COALESCE(" + c.owner + ", '') != '') " +
			"RETURNING seq, district, owner, public").
			Bind(dbx.Params{"collection": c.name, "id": id, "op": op, "shared": !c.isPrivate(), "public": public}).
			One(&entry)
	}
	if errors.Is(err, sql.ErrNoRows) {
		return 0, "", nil // as above: a private record without an owner
	}
	if err != nil {
		return 0, "", err
	}
	topic := "sync/catalogue"
	if entry.District != "" {
		topic = "sync/" + entry.District
	}
	if entry.Owner != "" {
		topic = privateTopicPrefix + entry.Owner
	}
	return entry.Seq, topic, nil
}
