//go:build !unix

package sharedtest

import "time"

// ProcessCPU is not measured here: benchmarks report no CPU time.
func ProcessCPU() time.Duration { return 0 }
