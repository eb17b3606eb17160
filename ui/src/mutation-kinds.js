// The kinds of change a device may queue, from the server's table
// (hooks/sync/kinds.go, written to docs/sync.md by `go test ./hooks/sync
// -update`; ui/build.mjs reads that table and checks the PWA's uses).
import { kinds } from '../../docs/sync.md';

/** type -> { type, collection, op: "create" | "update" | "delete", owners }. */
export const KIND = Object.fromEntries(kinds.map((kind) => [kind.type, kind]));
