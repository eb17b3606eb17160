package sync

import (
	"context"
	"runtime"
)

// pullSlots bounds how many pulls read and encode at once. When a poke made
// a thousand phones pull together, each pull held its records, its encoding
// and a gzip writer (about 1 MB) at the same time, and the server's RSS rose
// to 1.7 GB of garbage. More pulls than cores at once do not finish sooner;
// the others wait in line (not refused, so the PWA needs no retry) and hold
// nothing but their goroutine meanwhile. The reply is sent after the slot is
// freed, so a slow phone on EDGE does not hold up the line.
var pullSlots = make(chan struct{}, 2*runtime.GOMAXPROCS(0))

// acquirePullSlot waits for a slot, or until the device has gone.
func acquirePullSlot(ctx context.Context) error {
	select {
	case pullSlots <- struct{}{}:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func releasePullSlot() { <-pullSlots }
