package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"time"

	"github.com/ledehq/lede/internal/crawl"
	"github.com/ledehq/lede/internal/ingest"
	"github.com/ledehq/lede/internal/sample"
	"github.com/ledehq/lede/internal/server"
	"github.com/ledehq/lede/internal/store/sqlite"
	"github.com/ledehq/lede/internal/webui"
	"github.com/ledehq/lede/understand"
)

// ServeCmd is "lede serve": the news base's HTTP API. docs/news-base.md
// lists the endpoints.
type ServeCmd struct {
	// ready, when set, is told the address the server listens on (tests
	// listen on port 0).
	ready func(addr string)
}

const serveUsageHead = `Usage: lede serve [flags]

Serves the news base over HTTP: the web UI at /, the JSON API under
/api/v1/ (articles, quotes, entities, timeline, sources, stories; GET
/api/v1/openapi.json describes it), GET /healthz, and POST /api/v1/pages
and /api/v1/urls with a bearer token. On an empty news base it first
stores the bundled sample corpus, unless --no-sample. Stops cleanly on
Ctrl-C.

Flags:
`

// Run serves until ctx is canceled.
func (c *ServeCmd) Run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("lede serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := fs.String("db", "", "news base `FILE` (default $LEDE_DB, else "+defaultDBHint+")")
	addr := fs.String("addr", "127.0.0.1:8080", "listen on `HOST:PORT`")
	token := fs.String("token", "", "bearer `TOKEN` that POST /api/v1/pages and /api/v1/urls require (default $LEDE_TOKEN; none: writes refused)")
	allowPrivate := fs.Bool("allow-private", false, "let POST /api/v1/urls fetch loopback, private and link-local addresses")
	noSample := fs.Bool("no-sample", false, "do not read the bundled sample into an empty news base")
	queryTimeout := fs.Duration("query-timeout", server.DefaultQueryTimeout, "time limit of one read request (a search over a large base); 0: none")
	quiet := fs.Bool("quiet", false, "log warnings and errors only, not every request")
	fs.Usage = func() {
		io.WriteString(stderr, serveUsageHead)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError{err.Error()}
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("unexpected argument %q (lede serve takes flags only)", fs.Arg(0))}
	}
	if *token == "" {
		*token = os.Getenv("LEDE_TOKEN")
	}
	level := slog.LevelInfo
	if *quiet {
		level = slog.LevelWarn
	}
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level}))

	path, err := dbPath(*db)
	if err != nil {
		return err
	}
	st, err := sqlite.Open(ctx, path, sqlite.Options{})
	if err != nil {
		return err
	}
	defer st.Close()
	in := ingest.New(st, ingest.Options{Workers: 1, Understander: &understand.Loader{}, CheckPage: checkPage})

	n, err := st.Count(ctx)
	if err != nil {
		return fmt.Errorf("news base %s: %w", path, err)
	}
	if n == 0 && !*noSample {
		if err := loadSample(ctx, in, log); err != nil {
			return err
		}
		n, _ = st.Count(ctx)
	}

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", *addr, err)
	}
	writes := "writes refused (no token)"
	if *token != "" {
		writes = "writes need the bearer token"
	}
	log.Info("serving", slog.String("url", "http://"+ln.Addr().String()), slog.String("db", path),
		slog.Int("articles", n), slog.String("writes", writes))
	if host, _, err := net.SplitHostPort(ln.Addr().String()); err == nil && *token != "" {
		if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
			log.Warn("the bearer token travels in clear over plain HTTP on a non-loopback address; put a TLS proxy in front")
		}
	}
	if c.ready != nil {
		c.ready(ln.Addr().String())
	}
	// A URL posted again is fetched whole (no conditional request): the
	// server only fetches again when asked to refetch.
	crawler := crawl.New(crawl.Options{AllowPrivate: *allowPrivate, Validators: crawl.NoValidators{}, AcceptMediaType: func(mt string) bool { return unsupportedMediaType(mt) == "" }})
	defer crawler.CloseIdleConnections()
	h := server.New(st, server.Options{
		Token: *token, Ingester: in, Logger: log, AllowPrivate: *allowPrivate, QueryTimeout: queryTimeoutOption(*queryTimeout),
		UI: webui.New(st, webui.Options{Logger: log}),
		Fetch: func(ctx context.Context, rawURL string) (ingest.Page, error) {
			resp, err := crawler.Fetch(ctx, rawURL)
			if err != nil {
				return ingest.Page{}, err
			}
			page, err := gunzipFile(resp.Body, ingest.DefaultMaxBytes)
			if err != nil {
				return ingest.Page{}, fmt.Errorf("GET %s: %w", resp.FinalURL, err)
			}
			return ingest.Page{Name: "api:" + rawURL, URL: resp.FinalURL, ContentType: resp.ContentType, Data: page}, nil
		},
	})
	if err := server.Serve(ctx, ln, h, 10*time.Second, log); err != nil {
		return err
	}
	log.Info("stopped")
	return nil
}

// loadSample stores the bundled sample corpus (the founding example and a
// few benchmark news pages) into an empty news base. A page that fails is
// logged and skipped.
func loadSample(ctx context.Context, in *ingest.Ingester, log *slog.Logger) error {
	pages, err := sample.Corpus()
	if err != nil {
		return err
	}
	log.Info("empty news base: storing the sample corpus first (--no-sample skips it)", slog.Int("pages", len(pages)))
	stored := 0
	for _, p := range pages {
		if _, _, err := in.Page(ctx, ingest.Page{Name: p.Name, URL: p.URL, Data: p.Data}); err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			log.Warn("sample page not stored", slog.String("page", p.Name), slog.Any("err", err))
			continue
		}
		stored++
	}
	log.Info("sample corpus stored", slog.Int("pages", stored), slog.Int("of", len(pages)))
	return nil
}

// queryTimeoutOption maps --query-timeout to server.Options.QueryTimeout,
// where zero means the default and a negative value none.
func queryTimeoutOption(d time.Duration) time.Duration {
	if d <= 0 {
		return -1
	}
	return d
}
