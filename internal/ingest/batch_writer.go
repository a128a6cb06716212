package ingest

import (
	"context"
	"fmt"
	"time"

	"github.com/ledehq/lede/internal/store"
)

// Defaults of the batched writes of Run.
const (
	// DefaultBatchSize is how many articles Run writes in one transaction
	// at most (store.PutBatch): per article, a batch of 32 costs about
	// two thirds of a Put of its own.
	DefaultBatchSize = 32
	// batchWait is how long the writer waits for a batch to fill once it
	// holds an article.
	batchWait = 200 * time.Millisecond
)

// pendingPut is an article read by a worker and waiting to be written.
type pendingPut struct {
	name  string // the page, for messages
	entry store.Entry
}

// batchWriter is Run's one writer: workers hand it their articles and go on
// reading; it writes them in batches of up to size with store.PutBatch and
// counts what each became. A batch is one transaction, so a run killed
// while writing loses at most one batch of articles already read, which
// the next run reads again.
type batchWriter struct {
	r    *run
	size int
	in   chan pendingPut
	done chan struct{}
}

func newBatchWriter(r *run, size int) *batchWriter {
	w := &batchWriter{r: r, size: size, in: make(chan pendingPut, size), done: make(chan struct{})}
	go w.loop()
	return w
}

// put hands one article over, waiting while the writer is a full batch
// behind.
func (w *batchWriter) put(p pendingPut) { w.in <- p }

// close writes what is left and waits for the writer to end.
func (w *batchWriter) close() {
	close(w.in)
	<-w.done
}

func (w *batchWriter) loop() {
	defer close(w.done)
	batch := make([]pendingPut, 0, w.size)
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	for {
		p, ok := <-w.in
		if !ok {
			return
		}
		batch = append(batch[:0], p)
		timer.Reset(batchWait)
	fill:
		for len(batch) < w.size {
			select {
			case p, ok := <-w.in:
				if !ok {
					break fill
				}
				batch = append(batch, p)
			case <-timer.C:
				break fill
			}
		}
		timer.Stop()
		w.write(batch)
	}
}

// write stores one batch and counts its outcomes. Articles already read are
// written even after a cancellation, so an interrupted run keeps them. When
// the batch as a whole fails, its articles are put one by one, so one bad
// article cannot cost the others.
func (w *batchWriter) write(batch []pendingPut) {
	ctx := context.WithoutCancel(w.r.ctx)
	entries := make([]store.Entry, len(batch))
	for i, p := range batch {
		entries[i] = p.entry
	}
	outs, err := w.r.in.store.PutBatch(ctx, entries)
	if err != nil || len(outs) != len(batch) {
		for _, p := range batch {
			res, err := w.r.in.store.Put(ctx, p.entry)
			w.count(p.name, res, err)
		}
		return
	}
	for i, o := range outs {
		w.count(batch[i].name, o.PutResult, o.Err)
	}
}

func (w *batchWriter) count(name string, res store.PutResult, err error) {
	if err != nil {
		w.r.fail(fmt.Errorf("%s: %w", name, err))
		return
	}
	switch outcomeOf(res) {
	case Stored:
		w.r.stored.Add(1)
	case Updated:
		w.r.updated.Add(1)
	default:
		w.r.skipped.Add(1)
	}
}
