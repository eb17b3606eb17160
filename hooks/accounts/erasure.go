package accounts

import (
	"database/sql"
	"errors"
	"net/http"
	"strings"

	"github.com/mitwirken/mitwirken/hooks/domain"
	"github.com/mitwirken/mitwirken/hooks/participation"
	"github.com/pocketbase/dbx"
	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/apis"
	"github.com/pocketbase/pocketbase/core"
	"github.com/pocketbase/pocketbase/tools/hook"
	"github.com/pocketbase/pocketbase/tools/security"
)

// Erasure (GDPR Art. 17, docs/privacy.md). A person deletes their account
// with POST /api/me/delete after confirming their password; the users
// collection's DeleteRule leaves the bare REST delete to superusers. However
// an account goes, the hook on its deletion leaves nothing that names the
// person: what they gave privately goes, what they said in public stays
// without name, and the moderation log keeps their actions under a pseudonym.
func registerErasure(app core.App) {
	app.OnRecordDelete("users").BindFunc(eraseTraces)
	app.OnRecordAfterDeleteSuccess("users").BindFunc(forgetInRequestLogs)
	app.OnServe().BindFunc(func(se *core.ServeEvent) error {
		se.Router.POST("/api/me/delete", deleteMyAccount).Bind(apis.RequireAuth("users"), apis.BodyLimit(4<<10))
		se.Router.Bind(&hook.Handler[*core.RequestEvent]{Func: refuseTokensOfDeletedAccounts,
			Priority: apis.DefaultLoadAuthTokenMiddlewarePriority + 1}) // right after the token is read
		return se.Next()
	})
}

// refuseTokensOfDeletedAccounts tells a device that is still signed in as a
// deleted account so (401, auth_account_deleted), and the PWA then forgets
// the person. PocketBase alone would treat the token as absent, and the
// device would keep the person's data, or would keep it marked as expired.
// An expired token of an existing account passes on as before.
func refuseTokensOfDeletedAccounts(e *core.RequestEvent) error {
	header := e.Request.Header.Get("Authorization")
	if e.Auth != nil || header == "" {
		return e.Next()
	}
	claims, err := security.ParseUnverifiedJWT(strings.TrimPrefix(header, "Bearer "))
	if err != nil || claims[core.TokenClaimType] != core.TokenTypeAuth {
		return e.Next()
	}
	users, err := e.App.FindCachedCollectionByNameOrId("users")
	id, _ := claims[core.TokenClaimId].(string)
	if err != nil || id == "" || claims[core.TokenClaimCollectionId] != users.Id {
		return e.Next()
	}
	if _, err := e.App.FindRecordById(users, id); !errors.Is(err, sql.ErrNoRows) {
		return e.Next()
	}
	const gone = "This account no longer exists."
	return e.UnauthorizedError(gone, validation.Errors{"token": validation.NewError("auth_account_deleted", gone)})
}

// erasureRequest is the body of POST /api/me/delete.
type erasureRequest struct {
	Password string `json:"password"`
	// DeleteContributions deletes the person's ideas and comments too,
	// instead of keeping them without name.
	DeleteContributions bool `json:"delete_contributions"`
}

func deleteMyAccount(e *core.RequestEvent) error {
	var body erasureRequest
	if err := e.BindBody(&body); err != nil {
		return e.BadRequestError("Invalid request.", validation.Errors{"body": validation.NewError("validation_invalid_json", "The body is not valid JSON.")})
	}
	const refused = "Your account was not deleted."
	if body.Password == "" {
		return e.BadRequestError(refused, validation.Errors{"password": validation.NewError("validation_required", "Cannot be blank.")})
	}
	if !e.Auth.ValidatePassword(body.Password) {
		return e.BadRequestError(refused, validation.Errors{"password": validation.NewError("account_password_wrong", "The password is not correct.")})
	}
	if err := EraseAccount(e.App, e.Auth, body.DeleteContributions); err != nil {
		return e.InternalServerError("", err)
	}
	return e.NoContent(http.StatusNoContent)
}

// EraseAccount deletes user, and with withContributions their ideas and
// comments too. Everything goes through app.Delete, so counters, aggregates
// and the change log follow as for any other deletion.
func EraseAccount(app core.App, user *core.Record, withContributions bool) error {
	return app.RunInTransaction(func(txApp core.App) error {
		if withContributions {
			// Ideas first: their comments go with them.
			if err := deleteRecordsOf(txApp, "ideas", "author", user.Id); err != nil {
				return err
			}
			if err := deleteRecordsOf(txApp, "comments", "author", user.Id); err != nil {
				return err
			}
		}
		return txApp.Delete(user)
	})
}

// eraseTraces runs around the deletion of an account. PocketBase's cascade
// deletes the person's votes, reports, appeals, notifications and
// memberships, and clears links to them elsewhere (entered_by, actor, by,
// decided_by); this handles what the cascade does not.
func eraseTraces(e *core.RecordEvent) error {
	id := e.Record.Id
	return domain.SaveInTransaction(e, func(txApp core.App) error {
		if err := pseudonymiseModerationLog(txApp, id); err != nil {
			return err
		}
		// Feedback is private to its author (the public sees aggregates), so
		// it goes; its author link is optional only for paper entries.
		if err := deleteRecordsOf(txApp, "feedback", "author", id); err != nil {
			return err
		}
		if err := participation.ForgetContributor(txApp, id); err != nil {
			return err
		}
		return anonymiseContributions(txApp, id)
	}, func(txApp core.App) error {
		// The journal holds what the person pushed; the change log entries
		// they own are the tombstones of their private records, which only
		// their own devices would read.
		for _, table := range []struct{ name, owner string }{{"sync_mutations", "user"}, {"sync_log", "owner"}} {
			if _, err := txApp.DB().Delete(table.name, dbx.HashExp{table.owner: id}).Execute(); err != nil {
				return err
			}
		}
		return nil
	})
}

// forgetInRequestLogs drops the request logs that name the person: their
// URLs can hold the account's id (e.g. a PATCH of the account). The logs
// live in the auxiliary database, outside the deletion's transaction.
func forgetInRequestLogs(e *core.RecordEvent) error {
	_, err := e.App.AuxDB().NewQuery("DELETE FROM _logs WHERE instr(data, {:id}) > 0").
		Bind(dbx.Params{"id": e.Record.Id}).Execute()
	if err != nil {
		e.App.Logger().Error("erasure: dropping request logs failed", "error", err)
	}
	return e.Next()
}

// anonymiseContributions keeps the person's ideas and comments without name
// or link; the PWA shows them as by a deleted account. Saving through the app
// sends the change to every device.
func anonymiseContributions(txApp core.App, userId string) error {
	for _, collection := range []string{"ideas", "comments"} {
		records, err := txApp.FindAllRecords(collection, dbx.HashExp{"author": userId})
		if err != nil {
			return err
		}
		for _, record := range records {
			record.Set("author", "")
			record.Set("author_name", "")
			if err := txApp.SaveNoValidate(record); err != nil {
				return err
			}
		}
	}
	return nil
}

// pseudonymiseModerationLog replaces the person as actor of their moderation
// entries with one random pseudonym: the audit still shows that the same
// moderator took these actions, but not who it was.
func pseudonymiseModerationLog(txApp core.App, userId string) error {
	entries, err := txApp.FindAllRecords("moderation_log", dbx.HashExp{"actor": userId})
	if err != nil || len(entries) == 0 {
		return err
	}
	pseudonym := domain.NewPseudonym()
	for _, entry := range entries {
		entry.Set("actor", "")
		entry.Set("actor_pseudonym", pseudonym)
		if err := txApp.Save(entry); err != nil {
			return err
		}
	}
	return nil
}

// deleteRecordsOf deletes, one by one through the app, the records of
// collection whose field names the person.
func deleteRecordsOf(txApp core.App, collection, field, userId string) error {
	records, err := txApp.FindAllRecords(collection, dbx.HashExp{field: userId})
	if err != nil {
		return err
	}
	for _, record := range records {
		if err := txApp.Delete(record); err != nil {
			return err
		}
	}
	return nil
}
