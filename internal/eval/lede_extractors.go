package eval

import (
	"context"

	"github.com/ledehq/lede"
	"github.com/ledehq/lede/extract"
	"github.com/ledehq/lede/flat"
)

// Lede returns the extractor lede uses for the given input: extract.Extract
// for HTML, flat.Extract for flattened text. When extraction fails but an
// article is still returned (lede.ErrNoArticle carries the metadata found),
// its metadata is kept and its body counts as empty.
func Lede(in Input) Extractor {
	if in == InputText {
		return func(ctx context.Context, page []byte, url string) (Prediction, error) {
			a, err := flat.Extract(ctx, page, flat.Options{URL: url})
			return predictionOf(a), err
		}
	}
	return func(ctx context.Context, page []byte, url string) (Prediction, error) {
		a, err := extract.Extract(ctx, page, extract.Options{URL: url})
		return predictionOf(a), err
	}
}

func predictionOf(a *lede.Article) Prediction {
	if a == nil {
		return Prediction{}
	}
	return Prediction{Text: a.Text, Title: a.Title, Authors: a.Authors, Published: a.Published}
}

// WholeText is the baseline extractor that returns the whole page as the
// body: on flattened text it shows what keeping everything scores (the
// published whole-text figures on scrapinghub are .644 for w3m and .630
// for lynx); on HTML the body is the markup itself and means little.
func WholeText(ctx context.Context, page []byte, url string) (Prediction, error) {
	return Prediction{Text: string(page)}, nil
}
