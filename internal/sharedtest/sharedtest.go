// Package sharedtest finds, for tests and benchmarks, the project's shared
// material: the seed and the benchmark pages kept in ../shared beside the
// repository. Tests that need it skip, saying so, when it is absent; it is
// never needed to build or run lede.
package sharedtest

import (
	"os"
	"path/filepath"
	"testing"
)

// Root returns the repository root: the nearest folder holding go.mod at or
// above the test's working directory.
func Root(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Fatal("no go.mod above the test directory")
		}
		dir = parent
	}
}

// Path returns the path of ../shared/REL... beside the repository root, and
// skips the test with a clear message when it does not exist.
func Path(tb testing.TB, rel ...string) string {
	tb.Helper()
	p := filepath.Join(append([]string{Root(tb), "..", "shared"}, rel...)...)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("skipping: shared data %s is absent (it lives in ../shared beside the repository)", p)
	}
	return p
}
