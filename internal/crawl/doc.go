// Package crawl fetches web pages politely, one URL at a time, for lede's
// extract, ingest and serve commands.
//
// A Fetcher downloads one URL per Fetch call and takes care of what a
// well-behaved client owes the sites it reads:
//
//   - it names itself with a clear User-Agent that says where to read about
//     it (DefaultUserAgent);
//   - it honours robots.txt (RFC 9309): fetched once per origin and cached
//     (RobotsTTL, a day by default), a robots.txt answered with 4xx allows
//     everything, one answered with 5xx or unreachable disallows the whole
//     origin for RobotsErrorTTL (10 minutes by default) unless rules read
//     before are at hand; Crawl-delay lines are honoured up to MaxCrawlDelay;
//   - it spaces and caps the requests made to one host (PerHostDelay between
//     request starts, PerHostConcurrency requests at once), redirect hops and
//     retries included;
//   - it retries 408, 429 and 5xx answers (except 501, 505 and 511) and
//     transient network failures with exponential backoff and jitter,
//     honouring Retry-After (seconds or an HTTP date) up to MaxRetryAfter; a
//     429 or 503 holds back every request to its host; other 4xx answers are
//     never retried;
//   - it sends conditional requests (If-None-Match, If-Modified-Since) from a
//     ValidatorCache, and reports a 304 answer as Response.NotModified;
//   - it caps the time of each request, the redirects followed and the body
//     size (after Content-Encoding decompression);
//   - unless AllowPrivate is set, it refuses to connect to loopback, private,
//     link-local, CGNAT, unique-local, multicast and other non-public
//     addresses. The check runs when the connection is dialled, on the
//     address actually dialled, so neither a redirect nor a DNS answer that
//     changes between two lookups (DNS rebinding) can get around it (an IP
//     literal is refused before anything is sent).
//
// URLs are compared (validators, redirects) in the form internal/urlnorm
// gives: lower-case scheme and host, no default port, no fragment, no
// tracking parameters, sorted query, dot segments resolved.
//
// What it does not do: it keeps no frontier, discovers no links, parses no
// feeds or sitemaps and does not render JavaScript; it keeps no cookies and
// sends only GET requests. Bodies are returned as served (after HTTP
// decompression): a gzip file served as such stays gzip, and charsets are
// not decoded. Callers decide what a page is (see Options.AcceptMediaType).
// docs/crawl.md describes the defaults and the decisions behind them.
package crawl
