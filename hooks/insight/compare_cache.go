package insight

import (
	"sync"
	"time"
)

// comparisonTTL is how long a comparison is answered from memory. Its
// figures change at the nightly rebuild and when a feedback summary is
// republished or a solution shared, so a few minutes' delay costs nothing,
// and a district's staff and public opening the same page cost one
// computation.
const comparisonTTL = 5 * time.Minute

// comparisonCache keeps the comparisons computed lately, per service and
// district; it is bounded by the number of such pairs.
type comparisonCache struct {
	mu      sync.Mutex
	entries map[[2]string]cachedComparison
}

type cachedComparison struct {
	at         time.Time
	comparison Comparison
}

// get returns the comparison of service and district computed less than
// comparisonTTL before now, in the same month, if there is one.
func (c *comparisonCache) get(service, district string, now time.Time) (Comparison, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	entry, ok := c.entries[[2]string{service, district}]
	if !ok || now.Sub(entry.at) > comparisonTTL || entry.at.UTC().Month() != now.UTC().Month() {
		return Comparison{}, false
	}
	return entry.comparison, true
}

func (c *comparisonCache) put(comparison Comparison, now time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.entries == nil {
		c.entries = map[[2]string]cachedComparison{}
	}
	c.entries[[2]string{comparison.Service.Id, comparison.Region.Id}] = cachedComparison{now, comparison}
}

// clear forgets every comparison, after a rebuild.
func (c *comparisonCache) clear() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.entries = nil
}
