package insight

import "github.com/pocketbase/pocketbase/core"

func serveCompareCSV(e *core.RequestEvent, minGroupSize int) error { return e.NotFoundError("", nil) }
