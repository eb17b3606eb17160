package replication

import (
	"context"
	"log/slog"
)

// warnings keeps Litestream's warnings and errors for PocketBase's log and
// drops its routine lines ("compaction complete" for both databases every
// 30 s, …), which would fill the admin UI's logs, written to auxiliary.db,
// which is itself replicated.
func warnings(logger *slog.Logger) *slog.Logger {
	return slog.New(minLevel{logger.Handler(), slog.LevelWarn})
}

// minLevel passes on records of at least its level.
type minLevel struct {
	slog.Handler
	min slog.Level
}

func (h minLevel) Enabled(ctx context.Context, level slog.Level) bool {
	return level >= h.min && h.Handler.Enabled(ctx, level)
}

func (h minLevel) WithAttrs(attrs []slog.Attr) slog.Handler {
	return minLevel{h.Handler.WithAttrs(attrs), h.min}
}

func (h minLevel) WithGroup(name string) slog.Handler {
	return minLevel{h.Handler.WithGroup(name), h.min}
}
