package tests

import (
	"bytes"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
	"time"
)

// childServer is the built binary serving a data directory in a child
// process on 127.0.0.1, for tests that stop it hard (kill -9) or restart it.
type childServer struct {
	URL    string
	cmd    *exec.Cmd
	output *lockedBuffer
	done   chan struct{}
}

// startChild serves dir with the binary and waits until /api/health answers.
func startChild(t *testing.T, binary, dir string, env []string, flags ...string) *childServer {
	t.Helper()
	addr := freeAddr(t)
	c := &childServer{URL: "http://" + addr, output: &lockedBuffer{}, done: make(chan struct{})}
	c.cmd = exec.Command(binary, append([]string{"serve", "--http=" + addr, "--dir=" + dir}, flags...)...)
	c.cmd.Dir = filepath.Dir(binary)
	c.cmd.Env = append(os.Environ(), env...)
	c.cmd.Stdout, c.cmd.Stderr = c.output, c.output
	if err := c.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { _ = c.cmd.Wait(); close(c.done) }()
	t.Cleanup(func() { c.kill() })
	for deadline := time.Now().Add(60 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		select {
		case <-c.done:
			t.Fatalf("the server exited before answering:\n%s", c.output.String())
		default:
		}
		if res, err := http.Get(c.URL + "/api/health"); err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return c
			}
		}
	}
	t.Fatalf("the server did not answer within 60 s:\n%s", c.output.String())
	return nil
}

// freeAddr is a free port on 127.0.0.1 for a child server to listen on.
func freeAddr(t *testing.T) string {
	t.Helper()
	listener, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := listener.Addr().String()
	listener.Close()
	return addr
}

// kill stops the server as a power cut would: SIGKILL, no shutdown hooks.
func (c *childServer) kill() {
	_ = c.cmd.Process.Signal(syscall.SIGKILL)
	<-c.done
}

// stop stops the server cleanly (SIGTERM), as an operator would.
func (c *childServer) stop(t *testing.T) {
	t.Helper()
	_ = c.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-c.done:
	case <-time.After(30 * time.Second):
		c.kill()
		t.Fatalf("the server did not stop within 30 s:\n%s", c.output.String())
	}
}

// runBinary runs a command of the binary to its end and returns its output.
func runBinary(t *testing.T, binary string, env []string, args ...string) (string, error) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Dir = filepath.Dir(binary)
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// lockedBuffer collects a child's output from two pipes.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
