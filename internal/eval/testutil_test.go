package eval

import (
	"github.com/ledehq/lede/internal/sharedtest"
	"os/exec"
	"path/filepath"
	"testing"
)

// sharedDir returns ../shared of the repository root (found by walking up
// to go.mod), or skips the test when it is absent.
func sharedDir(t testing.TB) string {
	t.Helper()
	return filepath.Dir(sharedtest.Path(t, "bench"))
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
