package eval

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// sharedDir returns ../shared of the repository root (found by walking up
// to go.mod), or skips the test when it is absent.
func sharedDir(t testing.TB) string {
	t.Helper()
	dir, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("skipping: repository root (go.mod) not found")
		}
		dir = parent
	}
	shared := filepath.Join(dir, "..", "shared")
	if _, err := os.Stat(filepath.Join(shared, "bench")); err != nil {
		t.Skipf("skipping: benchmark data %s/bench is absent", shared)
	}
	return shared
}

// python returns the path of python3, or skips the test when absent.
func python(t testing.TB) string {
	t.Helper()
	p, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("skipping: python3 not found")
	}
	return p
}
