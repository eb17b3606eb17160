package opendata

import (
	"sync"
	"time"
)

// maxCachedDistributions bounds the distributions kept in memory: the six
// files unfiltered and the filters harvesters and dashboards ask for most.
const maxCachedDistributions = 64

// distributionCache keeps the encoded distributions of the latest rebuild.
// A distribution changes only when the aggregates are rebuilt (its ETag is
// the rebuild time), so it is read and encoded once per rebuild rather than
// once per download: the feedback file of a year of many municipalities is
// hundreds of rows, ten times the records of a list page.
type distributionCache struct {
	mu      sync.Mutex
	rebuilt time.Time
	bodies  map[string][]byte
}

// get returns the body of key encoded from the aggregates of rebuilt.
func (c *distributionCache) get(key string, rebuilt time.Time) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	body, ok := c.bodies[key]
	return body, ok && c.rebuilt.Equal(rebuilt)
}

// put keeps body for key; a newer rebuild drops every older body, and a
// full cache keeps what it has.
func (c *distributionCache) put(key string, rebuilt time.Time, body []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.bodies == nil || !c.rebuilt.Equal(rebuilt) {
		c.bodies, c.rebuilt = map[string][]byte{}, rebuilt
	}
	if len(c.bodies) < maxCachedDistributions {
		c.bodies[key] = body
	}
}
