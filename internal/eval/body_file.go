package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
)

// WriteBodyFile writes entries as a score_body.py file, {id: {"articleBody":
// ...}}, in the order given (score_body.py sums in the truth file's order).
func WriteBodyFile(w io.Writer, entries []BodyEntry) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("{")
	for i, e := range entries {
		if i > 0 {
			bw.WriteString(",")
		}
		id, err := json.Marshal(e.ID)
		if err != nil {
			return err
		}
		body, err := json.Marshal(e.Body)
		if err != nil {
			return err
		}
		bw.WriteString("\n  ")
		bw.Write(id)
		bw.WriteString(": {\"articleBody\": ")
		bw.Write(body)
		if e.URL != "" {
			url, err := json.Marshal(e.URL)
			if err != nil {
				return err
			}
			bw.WriteString(", \"url\": ")
			bw.Write(url)
		}
		bw.WriteString("}")
	}
	bw.WriteString("\n}\n")
	return bw.Flush()
}

// PredictionEntries returns the report's predicted bodies (RunOptions.KeepText
// must have been set) as score_body.py entries, in case order.
func (rep *Report) PredictionEntries() []BodyEntry {
	entries := make([]BodyEntry, 0, len(rep.Results))
	for _, r := range rep.Results {
		if r.HasBody {
			entries = append(entries, BodyEntry{ID: r.ID, Body: r.Text})
		}
	}
	return entries
}

// TruthEntries returns the report's true bodies (RunOptions.KeepText must
// have been set) as score_body.py entries, in case order.
func (rep *Report) TruthEntries() []BodyEntry {
	entries := make([]BodyEntry, 0, len(rep.Results))
	for _, r := range rep.Results {
		if r.HasBody {
			entries = append(entries, BodyEntry{ID: r.ID, Body: r.TruthText, URL: r.URL})
		}
	}
	return entries
}

// ScoreBodyFiles scores predicted bodies against true ones as score_body.py
// does: every truth entry is scored, in truth order; a truth id missing
// from pred counts as an empty prediction and is counted in missing.
func ScoreBodyFiles(truth, pred []BodyEntry) (s BodyScore, missing int, pages []PageCounts) {
	byID := make(map[string]string, len(pred))
	for _, e := range pred {
		byID[e.ID] = e.Body
	}
	pages = make([]PageCounts, 0, len(truth))
	for _, e := range truth {
		p, ok := byID[e.ID]
		if !ok {
			missing++
		}
		pages = append(pages, ScoreBody(e.Body, p))
	}
	return SumBody(pages), missing, pages
}

// FormatBodyScore formats a figure as score_body.py's summary line.
func FormatBodyScore(s BodyScore, missing int) string {
	return fmt.Sprintf("docs=%d missing=%d F1=%.4f P=%.4f R=%.4f accuracy=%.4f", s.Pages, missing, s.F1, s.Precision, s.Recall, s.Accuracy)
}
