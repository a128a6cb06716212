//go:build unix

package eval

import (
	"runtime"
	"syscall"
)

// maxRSS returns the process's peak resident set size in bytes, or 0 when
// the system does not say.
func maxRSS() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	rss := int64(ru.Maxrss)
	if runtime.GOOS == "darwin" || runtime.GOOS == "ios" {
		return rss // bytes there
	}
	return rss * 1024 // KiB elsewhere
}
