package ingest

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
)

// ProgressStyle says how a run reports its progress on Options.Progress.
type ProgressStyle int

// The progress styles.
const (
	// ProgressLines writes a line every Options.ProgressEvery and one line
	// per failure: for logs, pipes and files.
	ProgressLines ProgressStyle = iota
	// ProgressBar keeps one line that rewrites itself (carriage return and
	// an erase-line escape) several times a second, with failures printed
	// above it: for a terminal. The line is erased at the end of the run.
	ProgressBar
)

// barEvery is how often a ProgressBar line is redrawn.
const barEvery = 250 * time.Millisecond

// eraseLine moves to the start of the line and clears it (ANSI/VT100).
const eraseLine = "\r\x1b[2K"

// progressWriter writes a run's progress in one style. It is safe for
// concurrent use.
type progressWriter struct {
	w     io.Writer // nil: nothing is written
	style ProgressStyle
	mu    sync.Mutex
	shown bool // a bar line is on screen
	last  Stats
}

// failure writes one failure line.
func (p *progressWriter) failure(msg string) {
	if p.w == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.style == ProgressBar && p.shown {
		io.WriteString(p.w, eraseLine)
	}
	fmt.Fprintf(p.w, "ingest: %s\n", msg)
	if p.style == ProgressBar && p.shown {
		io.WriteString(p.w, barLine(p.last))
	}
}

// update reports the run's state.
func (p *progressWriter) update(s Stats) {
	if p.w == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.last = s
	if p.style == ProgressBar {
		io.WriteString(p.w, eraseLine+barLine(s))
		p.shown = true
		return
	}
	fmt.Fprintf(p.w, "ingest: %s\n", progressLine(s))
}

// finish erases the bar, leaving the terminal for the summary.
func (p *progressWriter) finish() {
	if p.w == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.style == ProgressBar && p.shown {
		io.WriteString(p.w, eraseLine)
		p.shown = false
	}
}

// every is how often update should be called.
func (p *progressWriter) every(lines time.Duration) time.Duration {
	if p.style == ProgressBar {
		return barEvery
	}
	return lines
}

// rate is items per second.
func rate(s Stats) float64 {
	if secs := s.Elapsed.Seconds(); secs > 0 {
		return float64(s.Done()) / secs
	}
	return 0
}

// barLine is the one line of a ProgressBar: done of the total when the
// total is known (everything listed), else the count listed so far and how
// much of the WARC files begun is read; then the rate and the counts. It
// stays under 80 columns for counts below a million.
func barLine(s Stats) string {
	var b strings.Builder
	done := s.Done()
	if s.ListingDone && s.Listed > 0 {
		const width = 20
		fill := int(float64(width) * float64(done) / float64(s.Listed))
		fill = min(max(fill, 0), width)
		more := "" // the total may still grow: URLs given as sources are not all fetched
		if s.Unexpanded > 0 {
			more = "+"
		}
		fmt.Fprintf(&b, "%d/%d%s [%s%s] ", done, s.Listed, more, strings.Repeat("#", fill), strings.Repeat("-", width-fill))
	} else {
		fmt.Fprintf(&b, "%d done (%d+ listed) ", done, s.Listed)
		if s.ArchiveBytes > 0 {
			fmt.Fprintf(&b, "%d%% of WARC read ", min(100*s.ArchiveRead/s.ArchiveBytes, 100))
		}
	}
	fmt.Fprintf(&b, "%.1f/s ok %d skip %d fail %d %s", rate(s), s.Stored+s.Updated, s.Skipped, s.Failed, clock(s.Elapsed))
	return b.String()
}

// clock formats a duration as m:ss or h:mm:ss.
func clock(d time.Duration) string {
	secs := int(d.Seconds())
	if secs >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", secs/3600, secs/60%60, secs%60)
	}
	return fmt.Sprintf("%d:%02d", secs/60, secs%60)
}

// progressLine says how far a run is, for ProgressLines and the summary.
func progressLine(s Stats) string {
	line := fmt.Sprintf("%d done: %d stored, %d updated, %d skipped, %d failed; %.1f pages/s, %s",
		s.Done(), s.Stored, s.Updated, s.Skipped, s.Failed, rate(s), s.Elapsed.Round(100*time.Millisecond))
	if s.Ignored > 0 {
		line += fmt.Sprintf(" (%d archive records were not pages)", s.Ignored)
	}
	return line
}

// Summary is the one line that closes a run.
func Summary(s Stats) string { return progressLine(s) }
