package eval

import (
	"errors"
	"os"
	"path/filepath"
)

// ErrNoData is returned by FindData when no benchmark folder is found.
var ErrNoData = errors.New("benchmark data not found: expected ../shared/bench next to the repository (give --data DIR)")

// FindData looks for the benchmark folder "shared/bench" next to dir or
// next to any of its parents (so ../shared/bench from the repository root,
// ../../shared/bench from a package or from bench/) and returns its path.
func FindData(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		cand := filepath.Join(dir, "..", "shared", "bench")
		if fi, err := os.Stat(cand); err == nil && fi.IsDir() {
			return filepath.Clean(cand), nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", ErrNoData
		}
		dir = parent
	}
}
