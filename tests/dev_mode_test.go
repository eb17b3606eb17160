package tests

import (
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

// sqlStatement is what dev mode prints for every query.
var sqlStatement = regexp.MustCompile(`(?i)\b(SELECT|INSERT INTO|UPDATE|DELETE FROM|CREATE TABLE|PRAGMA)\b`)

// A built binary started from the OS temp directory (where PocketBase takes
// it for `go run` and would switch dev mode on) runs quietly and stops
// cleanly; --dev turns dev mode on when asked for.
func TestABinaryInTheTempDirRunsWithoutDevMode(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and starts the binary")
	}
	dir := t.TempDir()
	binary := buildBinary(t, dir)
	t.Run("without flags it prints no SQL and stops cleanly", func(t *testing.T) {
		output := serveAndStop(t, binary, filepath.Join(dir, "quiet"))
		if sqlStatement.MatchString(output) {
			t.Errorf("got SQL on the console:\n%s", output)
		}
		if lines := strings.Count(output, "\n"); lines > 10 {
			t.Errorf("got %d lines on the console, want at most 10:\n%s", lines, output)
		}
	})
	t.Run("--dev prints the SQL statements", func(t *testing.T) {
		output := serveAndStop(t, binary, filepath.Join(dir, "dev"), "--dev")
		if !sqlStatement.MatchString(output) {
			t.Errorf("got no SQL with --dev:\n%s", output)
		}
	})
}

// buildBinary builds the mitwirken binary into dir with the extra go build flags.
func buildBinary(t *testing.T, dir string, flags ...string) string {
	t.Helper()
	binary := filepath.Join(dir, "mitwirken")
	build := exec.Command("go", append(append([]string{"build"}, flags...), "-o", binary, ".")...)
	build.Dir = ".."
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return binary
}

// serveAndStop starts `serve` from the binary's directory, waits for the
// health check and a request, stops it with SIGTERM and returns what it
// printed on stdout and stderr.
func serveAndStop(t *testing.T, binary, dataDir string, flags ...string) string {
	t.Helper()
	addr := freeAddr(t)
	var output lockedBuffer
	cmd := exec.Command(binary, append([]string{"serve", "--http=" + addr, "--dir=" + dataDir}, flags...)...)
	cmd.Dir = filepath.Dir(binary)
	cmd.Stdout, cmd.Stderr = &output, &output
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	up := false
	for deadline := time.Now().Add(30 * time.Second); !up && time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if res, err := http.Get("http://" + addr + "/api/collections/ideas/records"); err == nil {
			res.Body.Close()
			up = res.StatusCode == http.StatusOK
		}
	}
	// PocketBase creates its installer superuser in the background after the
	// start; a SIGTERM before it is saved closes the database under it (a
	// recovered panic on the console). An operator never stops that fast.
	for deadline := time.Now().Add(10 * time.Second); up && !strings.Contains(output.String(), "superuser") && time.Now().Before(deadline); {
		time.Sleep(50 * time.Millisecond)
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("stopping: got %v, want a clean exit\n%s", err, output.String())
		}
	case <-time.After(15 * time.Second):
		_ = cmd.Process.Kill()
		t.Fatalf("the server did not stop within 15 s\n%s", output.String())
	}
	if !up {
		t.Fatalf("the server did not answer\n%s", output.String())
	}
	if _, err := os.Stat(filepath.Join(dataDir, "data.db")); err != nil {
		t.Errorf("the data directory: %v", err)
	}
	return output.String()
}
