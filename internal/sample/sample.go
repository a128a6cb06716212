// Package sample embeds the pages lede reads when it is given none: the
// founding example, a news story captured as flattened page text with the
// whole site around it, and a small corpus of news pages from the shared
// scrapinghub benchmark that "lede serve" stores into an empty news base so
// that a newcomer sees a working base at once (see LICENSES.md at the
// repository root and bench/README.md for their sources and terms).
//
// It holds data only: it does not read, extract or store the pages.
package sample

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"embed"
	"fmt"
	"io"
	"strings"
)

//go:embed fortune-trump-putin-helsinki.txt
var seedText []byte

//go:embed bench/*.html.gz bench/index.tsv
var benchFS embed.FS

// Page is one bundled page.
type Page struct {
	Name string // file name, used as the input's name in output
	URL  string // the address the page was captured from; "" when unknown
	Data []byte
}

// Pages returns the founding example alone, the default input of "lede
// extract".
func Pages() []Page {
	return []Page{{Name: "sample:fortune-trump-putin-helsinki.txt", Data: seedText}}
}

// Corpus returns the founding example and the bundled benchmark pages
// (decompressed), in the order of bench/index.tsv: the sample news base.
func Corpus() ([]Page, error) {
	pages := Pages()
	index, err := benchFS.ReadFile("bench/index.tsv")
	if err != nil {
		return nil, fmt.Errorf("sample corpus: %w", err)
	}
	sc := bufio.NewScanner(bytes.NewReader(index))
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		name, pageURL, ok := strings.Cut(text, "\t")
		if !ok {
			return nil, fmt.Errorf("sample corpus: bench/index.tsv line %d: want FILE<TAB>URL", line)
		}
		data, err := gunzip(benchFS, "bench/"+name)
		if err != nil {
			return nil, fmt.Errorf("sample corpus: %w", err)
		}
		pages = append(pages, Page{Name: "sample:" + name, URL: pageURL, Data: data})
	}
	return pages, sc.Err()
}

func gunzip(fsys embed.FS, name string) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return data, nil
}
