package sync

import (
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/mitwirken/mitwirken/hooks/domain"
	"github.com/mitwirken/mitwirken/hooks/metrics"
	"github.com/pocketbase/dbx"
	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/search"
)

const (
	pullDefaultLimit = 200
	pullMaxLimit     = 500
	pullMaxBytes     = 256 << 10
)

// pullParams are the query parameters of GET /api/sync/pull.
type pullParams struct {
	Cursor int64  `param:"cursor" validate:"gte=0"`
	Region string `param:"region" validate:"omitempty,len=15,alphanum"`
	Limit  int    `param:"limit" validate:"gte=1,lte=500"`
}

// pulledChange is one entry of a pull reply.
type pulledChange struct {
	Seq        int64        `json:"seq"`
	Collection string       `json:"collection"`
	Op         string       `json:"op"`
	Id         string       `json:"id"`
	Record     *core.Record `json:"record,omitempty"`
}

type logRow struct {
	Seq        int64  `db:"seq"`
	Collection string `db:"collection"`
	RecordId   string `db:"record_id"`
	Op         string `db:"op"`
	Owner      string `db:"owner"`
	Public     bool   `db:"public"`
}

// mayTombstone reports whether the row may reach its reader as a delete: its
// record was public once, or the row is addressed to the reader (the owner of
// a private record, or someone who could view a record deleted unpublished).
func (r logRow) mayTombstone() bool { return r.Public || r.Owner != "" }

func registerSyncPull(app core.App) {
	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		se.Router.GET("/api/sync/pull", pull) // gzip of its own: pull_page.go
		return se.Next()
	})
}

func pull(e *core.RequestEvent) error {
	if err := acquirePullSlot(e.Request.Context()); err != nil {
		return nil // the device has gone; nobody reads a reply
	}
	page, err := readPullPage(e)
	releasePullSlot()
	if err != nil {
		return err
	}
	return page.send(e)
}

// readPullPage reads and encodes the page of changes after the request's cursor.
func readPullPage(e *core.RequestEvent) (*pullPage, error) {
	params, errs := parsePullParams(e)
	if errs != nil {
		return nil, e.BadRequestError("Invalid pull parameters.", errs)
	}
	pruned, err := readPruneState(e.App)
	if err != nil {
		return nil, err
	}
	after, resync, ok := pruned.resolve(params.Cursor)
	if !ok {
		return nil, apis.NewApiError(http.StatusGone, "The cursor is older than the change log; pull again from 0.",
			validation.Errors{"cursor": validation.NewError("sync_cursor_expired", "The cursor is older than the change log; pull again from 0.")})
	}
	district := ""
	if params.Region != "" {
		err := e.App.DB().NewQuery("SELECT " + domain.DistrictOfSQL("") + " FROM regions WHERE id = {:id}").
			Bind(dbx.Params{"id": params.Region}).Row(&district)
		if err != nil {
			return nil, e.BadRequestError("Invalid pull parameters.",
				validation.Errors{"region": validation.NewError("validation_missing_rel_records", "The region does not exist.")})
		}
	}
	me := ""
	if e.Auth != nil && e.Auth.Collection().Name == "users" {
		me = e.Auth.Id
	}

	// Everything up to the head is committed (one writer, seqs in commit order),
	// so a device that has seen its last change up to here may move on to the
	// head: changes of other districts and people then do not hold its cursor
	// back until their tombstones are pruned and it would have to start again.
	var head int64
	if err := e.App.DB().NewQuery("SELECT COALESCE(MAX(seq), 0) FROM sync_log").Row(&head); err != nil {
		return nil, err
	}
	var rows []logRow
	err = e.App.DB().NewQuery(`
		SELECT seq, collection, record_id, op, owner, public FROM sync_log
		WHERE seq > {:cursor} AND seq <= {:head} AND (owner = '' OR owner = {:me})
		  AND ({:district} = '' OR district = '' OR district = {:district} OR ({:me} != '' AND owner = {:me}))
		ORDER BY seq LIMIT {:limit}`).
		Bind(dbx.Params{"cursor": after, "head": head, "me": me, "district": district, "limit": params.Limit + 1}).All(&rows)
	if err != nil {
		return nil, err
	}
	hasMore := len(rows) > params.Limit
	if hasMore {
		rows = rows[:params.Limit]
	}
	changes, err := resolveChanges(e, rows)
	if err != nil {
		return nil, err
	}

	// Bound the page by bytes too; the cursor then stops at the last change sent.
	page := newPullPage(e)
	cursor, full := params.Cursor, false
	for _, c := range changes {
		fits, err := page.add(c, pullMaxBytes)
		if err != nil {
			page.free()
			return nil, err
		}
		if !fits {
			hasMore, full = true, true
			break
		}
		cursor = pruned.cursorFor(c.Seq, resync)
	}
	if !full && len(rows) > 0 {
		// Rows that became no change (a tombstone this person may not get) are passed too.
		cursor = pruned.cursorFor(rows[len(rows)-1].Seq, resync)
	}
	if !hasMore {
		cursor = pruned.cursorFor(max(head, after), resync)
	}
	page.finish(cursor, hasMore)
	metrics.SyncPullPage(e.App, page.size)
	return page, nil
}

func parsePullParams(e *core.RequestEvent) (pullParams, validation.Errors) {
	q := e.Request.URL.Query()
	params := pullParams{Region: q.Get("region"), Limit: pullDefaultLimit}
	var errs validation.Errors
	if v := q.Get("cursor"); v != "" {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			errs = validation.Errors{"cursor": validation.NewError("validation_not_a_number", "The submitted number is not properly formatted.")}
		}
		params.Cursor = n
	}
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil {
			errs = validation.Errors{"limit": validation.NewError("validation_not_a_number", "The submitted number is not properly formatted.")}
		}
		params.Limit = n
	}
	if errs != nil {
		return params, errs
	}
	return params, domain.ValidateStruct(params)
}

// resolveChanges turns log rows into changes. Only the newest row of a record
// in the page is kept; each upsert carries the record as the REST API would
// show it to this person, or becomes a tombstone if they may not see it (any
// more) and might have had it (mayTombstone); otherwise it is left out.
func resolveChanges(e *core.RequestEvent, rows []logRow) ([]pulledChange, error) {
	newest := map[string]int{}
	for i, r := range rows {
		newest[r.Collection+"/"+r.RecordId] = i
	}
	wanted := map[string][]string{}
	for i, r := range rows {
		if newest[r.Collection+"/"+r.RecordId] == i && r.Op == "upsert" {
			wanted[r.Collection] = append(wanted[r.Collection], r.RecordId)
		}
	}
	visible := map[string]*core.Record{}
	for collection, ids := range wanted {
		records, err := visibleRecords(e, collection, ids)
		if err != nil {
			return nil, err
		}
		for _, r := range records {
			visible[collection+"/"+r.Id] = r
		}
	}
	changes := make([]pulledChange, 0, len(newest))
	for i, r := range rows {
		key := r.Collection + "/" + r.RecordId
		if newest[key] != i {
			continue
		}
		c := pulledChange{Seq: r.Seq, Collection: r.Collection, Op: "delete", Id: r.RecordId}
		if record, ok := visible[key]; ok {
			c.Op, c.Record = "upsert", record
		} else if !r.mayTombstone() {
			continue
		}
		changes = append(changes, c)
	}
	return changes, nil
}

// visibleRecords loads the records the requester may view, with the
// collection's view rule applied in the query, as the REST list does. The
// rule picks the ids and the rows are read by id in the same statement (one
// snapshot, so a record hidden in between cannot slip through): the rule's
// joins then make SQLite deduplicate ids, not whole rows.
func visibleRecords(e *core.RequestEvent, collectionName string, ids []string) ([]*core.Record, error) {
	collection, err := e.App.FindCachedCollectionByNameOrId(collectionName)
	if err != nil {
		return nil, err
	}
	info, err := e.RequestInfo()
	if err != nil {
		return nil, err
	}
	ruled, ok, err := viewableQuery(e.App, collection, info)
	if err != nil || !ok {
		return nil, err
	}
	wanted, _ := json.Marshal(ids)
	ruled.AndWhere(dbx.NewExp("[["+collection.Name+".id]] IN (SELECT value FROM json_each({:wanted}))", dbx.Params{"wanted": string(wanted)}))
	picked := ruled.Select(collection.Name + ".id").Distinct(false).Build()
	var records []*core.Record
	err = e.App.RecordQuery(collection).AndWhere(dbx.NewExp("[["+collection.Name+".id]] IN ("+picked.SQL()+")", picked.Params())).All(&records)
	if err != nil {
		return nil, err
	}
	return records, apis.EnrichRecords(e, records)
}

// viewableQuery selects the records of collection that the request may view,
// with the view rule applied in the query; ok is false when only superusers may.
func viewableQuery(app core.App, collection *core.Collection, info *core.RequestInfo) (*dbx.SelectQuery, bool, error) {
	query := app.RecordQuery(collection)
	if info.HasSuperuserAuth() || (collection.ViewRule != nil && *collection.ViewRule == "") {
		return query, true, nil
	}
	if collection.ViewRule == nil {
		return nil, false, nil
	}
	resolver := core.NewRecordFieldResolver(app, collection, info, true)
	expr, err := search.FilterData(*collection.ViewRule).BuildExpr(resolver)
	if err != nil {
		return nil, false, err
	}
	query.AndWhere(expr)
	return query, true, resolver.UpdateQuery(query)
}
