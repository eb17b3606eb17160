package sync

import (
	"encoding/json"
	"slices"
	"strings"

	"github.com/mitwirken/mitwirken/hooks/domain"
	"github.com/mitwirken/mitwirken/hooks/live"
	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
)

// syncedCollection says how a collection's changes reach devices: district
// scopes public records to a Landkreis (SQL over the record's row, aliased
// t); owners, the fields of domain.OwnerFields, make a record private
// to the people they name.
type syncedCollection struct {
	name     string
	district string
	owners   []string
}

// privateTopicPrefix starts the realtime topic of one person's private changes.
const privateTopicPrefix = "sync/user/"

var (
	districtOfRegion = `(SELECT ` + domain.DistrictOfSQL("r.") + ` FROM regions r WHERE r.id = t.region)`
	districtOfIdea   = `(SELECT ` + domain.DistrictOfSQL("r.") + ` FROM ideas i JOIN regions r ON r.id = i.region WHERE i.id = t.idea)`
)

// syncedCollections are what a citizen's device keeps (docs/sync.md).
var syncedCollections = []syncedCollection{
	{name: "regions", district: "''"},
	{name: "services", district: "''"},
	{name: "organizations", district: "''"},
	{name: "ideas", district: districtOfRegion},
	{name: "comments", district: districtOfIdea},
	{name: "status_changes", district: districtOfIdea},
	{name: "endorsements", district: districtOfIdea},
	{name: "votes", district: "''", owners: domain.OwnerFields["votes"]},
	{name: "feedback", district: "''", owners: domain.OwnerFields["feedback"]},
	{name: "reports", district: "''", owners: domain.OwnerFields["reports"]},
	{name: "notifications", district: "''", owners: domain.OwnerFields["notifications"]},
}

// isPrivate reports whether a collection's records belong to the people they name.
func (c syncedCollection) isPrivate() bool { return len(c.owners) > 0 }

// ownersSQL is the table of a record's audiences, one row (value) per owner
// and ” for everyone: joined with the record's row t, a change of a record
// with two owners becomes one log entry for each (empty owners left out).
func (c syncedCollection) ownersSQL() string {
	if !c.isPrivate() {
		return "json_each(json_array(''))"
	}
	columns := make([]string, len(c.owners))
	for i, field := range c.owners {
		columns[i] = "t.[[" + field + "]]"
	}
	return "json_each(json_array(" + strings.Join(columns, ", ") + "))"
}

// Every change of a synced record appends to the change log in the same
// transaction, so the log and the data can never disagree.
func registerSyncLog(app core.App) {
	for _, c := range syncedCollections {
		upsert := func(e *core.RecordEvent) error {
			return domain.SaveInTransaction(e, nil, func(txApp core.App) error { return logUpsert(txApp, c, e.Record) })
		}
		app.OnRecordCreate(c.name).BindFunc(upsert)
		app.OnRecordUpdate(c.name).BindFunc(upsert)
		app.OnRecordDelete(c.name).BindFunc(func(e *core.RecordEvent) error {
			var audience []scope
			return domain.SaveInTransaction(e, func(txApp core.App) (err error) {
				audience, err = deletionAudience(txApp, c, e.Record) // read before the row is gone
				return err
			}, func(txApp core.App) error {
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
	return domain.SaveInTransaction(e, nil, func(txApp core.App) error {
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
// everyone there), and whether its record has been public (audience.go).
type scope struct {
	District string `db:"district"`
	Owner    string `db:"owner"`
	Public   bool   `db:"public"`
}

// logUpsert appends a change of record, noting whether it has been public.
func logUpsert(txApp core.App, c syncedCollection, record *core.Record) error {
	if scopes, known := ownerScopes(c, record); known {
		for _, s := range scopes {
			if err := logChange(txApp, c, record.Id, "upsert", &s, false); err != nil {
				return err
			}
		}
		return nil
	}
	public, err := hasBeenPublic(txApp, c, record)
	if err != nil {
		return err
	}
	return logChange(txApp, c, record.Id, "upsert", nil, public)
}

// changeScopes reads whom a change of the record reaches: one scope per
// owner of a private record, one for everyone otherwise. Duplicates (an
// author who entered their own rating) are dropped here, not by DISTINCT:
// DISTINCT makes SQLite build and free a temporary table per change.
func changeScopes(app core.App, c syncedCollection, id string) ([]scope, error) {
	var rows []scope
	err := preparedQuery(app, "SELECT COALESCE("+c.district+", '') AS district, o.value AS owner FROM "+
		c.name+" t, "+c.ownersSQL()+" o WHERE t.id = {:id} AND ({:shared} OR o.value != '')").
		Bind(dbx.Params{"id": id, "shared": !c.isPrivate()}).All(&rows)
	scopes := make([]scope, 0, len(rows))
	for _, row := range rows {
		if !slices.Contains(scopes, row) {
			scopes = append(scopes, row)
		}
	}
	return scopes, err
}

// ownerScopes are changeScopes read from the saved record itself, for a
// private collection outside any district (a vote, a rating): its owners are
// fields of the record, so no query is needed. known is false for the others.
func ownerScopes(c syncedCollection, record *core.Record) (scopes []scope, known bool) {
	if !c.isPrivate() || c.district != "''" {
		return nil, false
	}
	for _, field := range c.owners {
		s := scope{Owner: record.GetString(field)}
		if s.Owner != "" && !slices.Contains(scopes, s) {
			scopes = append(scopes, s)
		}
	}
	return scopes, true
}

// logChange appends one change per audience and, once the transaction has
// committed, pokes their devices (coalesced by the live hub).
func logChange(txApp core.App, c syncedCollection, id, op string, known *scope, public bool) error {
	changes, err := appendChange(txApp, c, id, op, known, public)
	if err != nil || len(changes) == 0 {
		return err
	}
	live.AfterCommit(txApp, func() {
		for _, change := range changes {
			live.HubOf(txApp).Poke(change.topic, change.seq)
		}
	})
	return nil
}

// loggedChange is one appended row of the change log and the topic of the
// devices it reaches.
type loggedChange struct {
	seq   int64
	topic string
}

// appendChange appends one change per audience: one per owner of a private
// record, one for everyone otherwise; none when nobody's device keeps it. A
// delete brings its scope, read before the row went; otherwise the scopes
// are read from the row, and public says whether the record has been public
// (hasBeenPublic). Each entry is a single-row INSERT ... VALUES without
// RETURNING: an INSERT ... SELECT opens a statement journal inside the
// push's transaction and RETURNING a temporary table, and their memory,
// mapped and unmapped for every change, was the larger part of a push's cost.
func appendChange(txApp core.App, c syncedCollection, id, op string, known *scope, public bool) ([]loggedChange, error) {
	var scopes []scope
	if known != nil {
		if c.isPrivate() && known.Owner == "" {
			return nil, nil // e.g. feedback entered on paper whose volunteer left: nobody's device keeps it
		}
		scopes = []scope{*known}
	} else {
		var err error
		if scopes, err = changeScopes(txApp, c, id); err != nil {
			return nil, err // no rows is no error: a private record without an owner reaches nobody
		}
		for i := range scopes {
			scopes[i].Public = public
		}
	}
	changes := make([]loggedChange, len(scopes))
	for i, s := range scopes {
		result, err := preparedQuery(txApp, "INSERT INTO sync_log (collection, record_id, op, district, owner, public) "+
			"VALUES ({:collection}, {:id}, {:op}, {:district}, {:owner}, {:public})").
			Bind(dbx.Params{"collection": c.name, "id": id, "op": op, "district": s.District, "owner": s.Owner,
				"public": s.Public}).Execute()
		if err != nil {
			return nil, err
		}
		seq, err := result.LastInsertId()
		if err != nil {
			return nil, err
		}
		changes[i] = loggedChange{seq: seq, topic: s.topic()}
	}
	return changes, nil
}

// topic is the realtime topic of the devices a change in scope s reaches.
func (s scope) topic() string {
	switch {
	case s.Owner != "":
		return privateTopicPrefix + s.Owner
	case s.District != "":
		return "sync/" + s.District
	}
	return "sync/catalogue"
}
