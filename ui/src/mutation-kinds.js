// The kinds of change a device may queue, from the server's table
// (hooks/sync/kinds.go, written to generated/mutations.json by
// `go test ./hooks/sync -update`; ui/build.mjs checks the PWA's uses).
import { kinds } from './generated/mutations.json';

/** type -> { type, collection, op: "create" | "update" | "delete", owners, args }. */
export const KIND = Object.fromEntries(kinds.map((kind) => [kind.type, kind]));
