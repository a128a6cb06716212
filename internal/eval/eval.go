// Package eval measures lede's article extraction against the benchmark
// data of ../shared/bench. It lists the pages of each data set with their
// truth (Load); reads them with one Extractor (Run) or several in turn
// (RunAll), one page at a time on one core, timing only the extractor
// calls; scores bodies with the article-extraction benchmark's shingle
// metric (ScoreBody, SumBody: the same numbers as
// ../shared/tools/score_body.py) or WCXB's bag-of-words metric
// (ScoreBagOfWords, SumMacro); scores titles, authors and dates
// (SameTitle, SameAuthors, SameDay); and prints the figures (WriteText,
// WriteSummary, WriteComparison, or JSON).
//
// It is a measuring tool, not part of the product's reading path: it never
// changes what lede extracts, holds no rule about any page, and writes
// nothing to the data folder. The peers module under bench/ uses it to run
// other extractors on the same pages.
package eval
