// Package live fans record events and sync pokes out to realtime clients
// after the transaction that caused them has committed, off the request path.
//
// PocketBase broadcasts a record event inside the request that saved it and
// checks the view rule once per subscriber; with a thousand people watching
// an idea, a vote then waits for a thousand rule queries. For the changes
// that happen often (an idea's counters) Mitwirken broadcasts itself: it
// checks the rule once per distinct auth state and subscription options
// (every guest shares one answer), or once for everyone when an alternative
// of the rule that does not depend on the request holds (a public idea),
// encodes the message once per such group, and hands it to each client's
// bounded queue. Pokes of the sync topics may carry an idea's new counters,
// so that a phone shows a vote without pulling. Record events and pokes go
// out together, at once when the hub was idle and then at most once per
// short window per topic, and a client's messages of one batch are written
// to its connection with one flush.
package live
