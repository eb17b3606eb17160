package tests

import (
	"testing"
	"time"
)

func TestZZTiming(t *testing.T) {
	start := time.Now()
	for range 20 {
		app := newTestApp(t)
		_ = app
	}
	t.Logf("20 apps: %v", time.Since(start))
	start = time.Now()
	for range 20 {
		newColleaguesApp(t)
	}
	t.Logf("20 colleague apps: %v", time.Since(start))
	start = time.Now()
	_ = tokenOf("marta")
	t.Logf("tokens: %v", time.Since(start))
}
