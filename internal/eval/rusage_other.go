//go:build !unix

package eval

// maxRSS returns 0: the system offers no getrusage.
func maxRSS() int64 { return 0 }
