package sync

import (
	"encoding/json"
	"github.com/mitwirken/mitwirken/hooks/domain"

	"github.com/pocketbase/dbx"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/search"
)

// A tombstone must not name a record its reader could never have received:
// a stranger's pull from 0 would otherwise list the ids of every idea that
// waits for pre-moderation. So each change log entry records whether its
// record has been public (a guest may view it) at this entry or any earlier
// one, and a pull turns an entry into a tombstone only when it is public in
// that sense or addressed to the reader (owner). A record deleted without
// ever having been public gets one tombstone per person who may view it just
// before it goes. Who may view is always the collection's view rule.

// everPublicSQL is the sticky flag of the earlier entries of record t.id.
// EXISTS stops at the first public entry, usually the record's first; a MAX
// read every entry, and a popular idea gets one per vote and comment.
const everPublicSQL = `EXISTS (SELECT 1 FROM sync_log l WHERE l.collection = {:collection} AND l.record_id = t.id AND l.public)`

// hasBeenPublic reports whether a guest may view the record now or could at
// an earlier entry. The earlier entries are asked first: for a record that
// was public, most saves (a counter moving) then cost no rule query.
func hasBeenPublic(app core.App, c syncedCollection, record *core.Record) (bool, error) {
	if c.isPrivate() {
		return false, nil
	}
	var before bool
	err := preparedQuery(app, "SELECT "+everPublicSQL+" FROM (SELECT {:id} AS id) t").
		Bind(dbx.Params{"collection": c.name, "id": record.Id}).Row(&before)
	if err != nil {
		return false, err
	}
	return publicSince(app, c, record, before)
}

// publicSince is hasBeenPublic once the flag of the earlier entries (before)
// is read, for a caller that reads it with other values.
func publicSince(app core.App, c syncedCollection, record *core.Record, before bool) (bool, error) {
	if before {
		return true, nil
	}
	return isPublicNow(app, c, record)
}

// guestRequest is a request without auth: what a guest may view is public.
func guestRequest() *core.RequestInfo {
	return &core.RequestInfo{Query: map[string]string{}, Headers: map[string]string{}, Body: map[string]any{}}
}

// isPublicNow reports whether a guest may view the record; a private record never is.
func isPublicNow(app core.App, c syncedCollection, record *core.Record) (bool, error) {
	if c.isPrivate() {
		return false, nil
	}
	return guestMayView(app, record)
}

// guestMayView is PocketBase's CanAccessRecord (core/record_query.go) for a
// guest and the view rule, with the rule's query built once per collection
// and rule (rule_templates.go) and run through numberedRuleRow: a push that
// creates 17 ideas and their comments asks it for each.
func guestMayView(app core.App, record *core.Record) (bool, error) {
	collection := record.Collection()
	switch {
	case collection.ViewRule == nil:
		return false, nil
	case *collection.ViewRule == "":
		return true, nil
	}
	return ruleAllows(app, templateKey(*collection.ViewRule, "guest view", collection.Id), map[string]any{"id": record.Id}, func(values map[string]any) (*dbx.Query, error) {
		query := app.RecordQuery(collection).Select("(1)").AndWhere(dbx.HashExp{collection.Name + ".id": values["id"]})
		resolver := core.NewRecordFieldResolver(app, collection, guestRequest(), true)
		expr, err := search.FilterData(*collection.ViewRule).BuildExpr(resolver)
		if err != nil {
			return nil, err
		}
		if err := resolver.UpdateQuery(query); err != nil {
			return nil, err
		}
		return query.AndWhere(expr).Limit(1).Build(), nil
	})
}

// publicIds lists the records of collection matching where that a guest may view.
func publicIds(app core.App, collectionName string, where dbx.Expression) ([]string, error) {
	collection, err := app.FindCachedCollectionByNameOrId(collectionName)
	if err != nil {
		return nil, err
	}
	query, ok, err := viewableQuery(app, collection, guestRequest())
	if err != nil || !ok {
		return nil, err
	}
	ids := []string{}
	err = query.Select(collection.Name + ".id").Distinct(true).AndWhere(where).Column(&ids)
	return ids, err
}

// deletionAudience is read before the record's row goes: the scope of its
// tombstone (one per owner of a private record), or one scope per person
// who may view a never public record.
func deletionAudience(app core.App, c syncedCollection, record *core.Record) ([]scope, error) {
	scopes, err := changeScopes(app, c, record.Id)
	if err != nil || c.isPrivate() || len(scopes) == 0 {
		return scopes, err
	}
	s := scopes[0]
	if s.Public, err = hasBeenPublic(app, c, record); err != nil {
		return nil, err
	}
	if s.Public {
		return []scope{s}, nil
	}
	viewers, err := viewersOf(app, record, s.District)
	scopes = make([]scope, len(viewers))
	for i, viewer := range viewers {
		scopes[i] = scope{District: s.District, Owner: viewer}
	}
	return scopes, err
}

// viewersOf lists who may view the record under its collection's view rule,
// asking only those who possibly can: the people it names (author,
// entered_by, ...) and the moderators and staff of its district.
func viewersOf(app core.App, record *core.Record, district string) ([]string, error) {
	users, err := app.FindCachedCollectionByNameOrId("users")
	if err != nil {
		return nil, err
	}
	named := []string{}
	for _, f := range record.Collection().Fields {
		if rel, ok := f.(*core.RelationField); ok && rel.CollectionId == users.Id {
			named = append(named, record.GetStringSlice(rel.Name)...)
		}
	}
	raw, _ := json.Marshal(named)
	candidates, err := app.FindAllRecords("users", dbx.NewExp(`id IN (SELECT value FROM json_each({:named})) OR id IN (
		SELECT m.user FROM memberships m JOIN users u ON u.id = m.user JOIN regions r ON `+domain.InRegionSQL("r.", "{:district}")+`
		WHERE m.role IN ('moderator', 'staff') AND (r.id IN (SELECT value FROM json_each(u.moderator_regions))
			OR r.id IN (SELECT value FROM json_each(u.staff_regions))))`,
		dbx.Params{"named": string(raw), "district": district}))
	if err != nil {
		return nil, err
	}
	viewers := []string{}
	for _, candidate := range candidates {
		request := guestRequest()
		request.Auth = candidate
		if ok, err := app.CanAccessRecord(record, request, record.Collection().ViewRule); err != nil {
			return nil, err
		} else if ok {
			viewers = append(viewers, candidate.Id)
		}
	}
	return viewers, nil
}
