package eval

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// WriteText prints reports for people: per data set the body figures, the
// metadata accuracies, errors, speed and memory, and with perPage > 0 the
// perPage pages of lowest body F1.
func WriteText(w io.Writer, reports []*Report, perPage int) error {
	var b strings.Builder
	for _, rep := range reports {
		fmt.Fprintf(&b, "%s (%s, %d pages, %s)\n", rep.Set, rep.Input, rep.Pages, rep.Extractor)
		switch {
		case rep.Body != nil:
			s := rep.Body
			fmt.Fprintf(&b, "  body F1 %.4f  P %.4f  R %.4f  accuracy %.4f  (%d pages)\n", s.F1, s.Precision, s.Recall, s.Accuracy, s.Pages)
		case rep.BagOfWords != nil:
			fmt.Fprintf(&b, "  bag-of-words    pages  F1      P       R\n")
			for _, t := range pageTypes(rep.BagOfWords) {
				m := rep.BagOfWords[t]
				fmt.Fprintf(&b, "  %-15s %5d  %.4f  %.4f  %.4f\n", t, m.Pages, m.F1, m.Precision, m.Recall)
			}
		}
		author := "author"
		if rep.Set == SetReadability {
			author = "byline"
		}
		var meta []string
		for _, a := range []struct {
			name string
			acc  Accuracy
		}{{"title", rep.Title}, {"title (quotes folded)", rep.TitleFolded}, {author, rep.Author}, {"date", rep.Date}} {
			if a.acc.Total > 0 {
				meta = append(meta, fmt.Sprintf("%s %.4f (%d/%d)", a.name, a.acc.Rate, a.acc.Right, a.acc.Total))
			}
		}
		if len(meta) > 0 {
			fmt.Fprintf(&b, "  %s\n", strings.Join(meta, "  "))
		}
		if rep.Errors > 0 {
			fmt.Fprintf(&b, "  errors %d (%s)\n", rep.Errors, errorKinds(rep.ErrorKinds))
		}
		if sp := rep.Speed; sp.OneCore {
			fmt.Fprintf(&b, "  speed %.1f pages/s, %.1f MB/s on one core (%.2f s extracting); allocated %.2f MB/page; Go heap peak %.1f MB, max RSS %.1f MB\n",
				sp.PagesPerSecond, sp.MBPerSecond, sp.ExtractSeconds, float64(sp.AllocBytesPerPage)/1e6, float64(sp.HeapPeakBytes)/1e6, float64(sp.MaxRSSBytes)/1e6)
		}
		if perPage > 0 {
			fmt.Fprintf(&b, "  worst pages:\n")
			for _, r := range rep.Worst(perPage) {
				where := r.URL
				if where == "" || rep.Set == SetReadability {
					where = r.ID
				} else if len(r.ID) > 16 {
					where = r.ID[:16] + " " + r.URL
				} else {
					where = r.ID + " " + r.URL
				}
				note := ""
				if r.PageType != "" {
					note = "  (" + r.PageType + ")"
				}
				if r.ErrKind != "" {
					note += "  [" + r.ErrKind + "]"
				}
				fmt.Fprintf(&b, "    P %.3f  R %.3f  F1 %.3f  %s%s\n", r.Precision, r.Recall, r.F1, where, note)
			}
		}
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteMisses prints, per report, up to n pages whose title, author or
// date was scored wrong, with the truth and the prediction.
func WriteMisses(w io.Writer, reports []*Report, n int) error {
	var b strings.Builder
	for _, rep := range reports {
		for _, field := range []string{"title", "author", "date"} {
			misses := rep.MetaMisses(field, n)
			if len(misses) == 0 {
				continue
			}
			fmt.Fprintf(&b, "%s (%s): %s misses\n", rep.Set, rep.Extractor, field)
			for _, r := range misses {
				m := r.Misses[0]
				fmt.Fprintf(&b, "  %s %s\n    truth %q\n    got   %q\n", r.ID, r.URL, m.Truth, m.Pred)
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// pageTypes orders page types by name with AllTypes last.
func pageTypes(m map[string]MacroPRF) []string {
	var ts []string
	for t := range m {
		if t != AllTypes {
			ts = append(ts, t)
		}
	}
	sort.Strings(ts)
	if _, ok := m[AllTypes]; ok {
		ts = append(ts, AllTypes)
	}
	return ts
}

func errorKinds(m map[string]int) string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return m[ks[i]] > m[ks[j]] || m[ks[i]] == m[ks[j]] && ks[i] < ks[j] })
	var parts []string
	for _, k := range ks {
		parts = append(parts, fmt.Sprintf("%s: %d", k, m[k]))
	}
	return strings.Join(parts, ", ")
}

// WriteComparison prints one table per data set comparing extractors run
// on the same pages: body F1, precision, recall, accuracy (shingle metric)
// or bag-of-words F1/P/R, pages per second on one core, and the speed of
// each extractor relative to the first one (ratio > 1: faster than it).
// reports holds every extractor's report on every data set.
func WriteComparison(w io.Writer, reports []*Report) error {
	var sets []string
	bySet := map[string][]*Report{}
	for _, rep := range reports {
		if _, ok := bySet[rep.Set]; !ok {
			sets = append(sets, rep.Set)
		}
		bySet[rep.Set] = append(bySet[rep.Set], rep)
	}
	var b strings.Builder
	for _, set := range sets {
		reps := bySet[set]
		fmt.Fprintf(&b, "%s (%d pages)\n", set, reps[0].Pages)
		fmt.Fprintf(&b, "  %-24s %-7s %-7s %-7s %-8s %-7s %9s  %s\n", "extractor", "F1", "P", "R", "accuracy", "errors", "pages/s", "speed vs "+reps[0].Extractor)
		base := reps[0].Speed.PagesPerSecond
		for _, rep := range reps {
			var f1, p, r, acc float64
			accText := "-"
			if rep.Body != nil {
				f1, p, r, acc = rep.Body.F1, rep.Body.Precision, rep.Body.Recall, rep.Body.Accuracy
				accText = fmt.Sprintf("%.4f", acc)
			} else {
				m := rep.BagOfWords[AllTypes]
				f1, p, r = m.F1, m.Precision, m.Recall
			}
			ratio := "-"
			if base > 0 && rep.Speed.PagesPerSecond > 0 {
				ratio = fmt.Sprintf("%.2fx", rep.Speed.PagesPerSecond/base)
			}
			fmt.Fprintf(&b, "  %-24s %.4f  %.4f  %.4f  %-8s %-7d %9.1f  %s\n", rep.Extractor, f1, p, r, accText, rep.Errors, rep.Speed.PagesPerSecond, ratio)
		}
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteSummary prints one line per report: the headline body figures
// (shingle F1/P/R, or bag-of-words F1/P/R over all page types and over
// articles), the metadata accuracies and the speed on one core.
func WriteSummary(w io.Writer, reports []*Report) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%-30s %-6s %-6s %-6s %-8s %-6s %-6s %-6s %-6s %8s\n", "summary", "F1", "P", "R", "article", "title", "author", "date", "errors", "pages/s")
	rate := func(a Accuracy) string {
		if a.Total == 0 {
			return "-"
		}
		return fmt.Sprintf("%.3f", a.Rate)
	}
	for _, rep := range reports {
		var p, r float64
		article := "-"
		if rep.Body != nil {
			p, r = rep.Body.Precision, rep.Body.Recall
		} else {
			m := rep.BagOfWords[AllTypes]
			p, r = m.Precision, m.Recall
			if a, ok := rep.BagOfWords["article"]; ok {
				article = fmt.Sprintf("%.3f", a.F1)
			}
		}
		speed := "-"
		if rep.Speed.OneCore {
			speed = fmt.Sprintf("%.1f", rep.Speed.PagesPerSecond)
		}
		label := rep.Set
		if rep.Extractor != "lede" {
			label += " (" + rep.Extractor + ")"
		}
		fmt.Fprintf(&b, "%-30s %.3f  %.3f  %.3f  %-8s %-6s %-6s %-6s %-6d %8s\n", label, rep.BodyF1(), p, r, article, rate(rep.Title), rate(rep.Author), rate(rep.Date), rep.Errors, speed)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
