package insight

import "github.com/pocketbase/pocketbase/core"

func serveCompareSVG(e *core.RequestEvent, minGroupSize int) error { return e.NotFoundError("", nil) }
