package tests

import (
	"os/exec"
	"strings"
	"testing"
)

// `mitwirken --version` names the build: the version stamped with -ldflags,
// else the commit the Go toolchain recorded.
func TestVersionNamesTheBuild(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	scenarios := []struct {
		name  string
		flags []string
		want  string
	}{
		{"a version stamped with -ldflags is printed", []string{"-ldflags", "-X main.version=v1.2.3-4-gabcdef0-dirty"}, "v1.2.3-4-gabcdef0-dirty"},
		{"without a stamp and without VCS data it says unknown", []string{"-buildvcs=false"}, "unknown"},
	}
	for _, s := range scenarios {
		t.Run(s.name, func(t *testing.T) {
			binary := buildBinary(t, t.TempDir(), s.flags...)
			out, err := exec.Command(binary, "--version").CombinedOutput()
			if err != nil {
				t.Fatalf("--version: %v\n%s", err, out)
			}
			if got := strings.TrimSpace(string(out)); !strings.HasSuffix(got, "version "+s.want) {
				t.Errorf("got %q, want it to end in %q", got, "version "+s.want)
			}
		})
	}
	t.Run("without a stamp it names the commit it was built from", func(t *testing.T) {
		head, err := exec.Command("git", "rev-parse", "HEAD").Output()
		if err != nil {
			t.Skip("not in a git checkout")
		}
		binary := buildBinary(t, t.TempDir(), "-buildvcs=true")
		if recorded, _ := exec.Command("go", "version", "-m", binary).Output(); !strings.Contains(string(recorded), "vcs.revision=") {
			t.Skip("the go toolchain recorded no commit in this checkout")
		}
		out, err := exec.Command(binary, "--version").CombinedOutput()
		if err != nil {
			t.Fatalf("--version: %v\n%s", err, out)
		}
		// Go names the commit either as vcs.revision or, in a checkout it can
		// read, in the module's pseudo-version (v0.0.0-<time>-<12 hex digits>).
		commit := strings.TrimSpace(string(head))
		if !strings.Contains(string(out), commit) && !strings.Contains(string(out), "-"+commit[:12]) {
			t.Errorf("got %q, want the commit %s or its first 12 digits in a pseudo-version", out, commit)
		}
	})
}
