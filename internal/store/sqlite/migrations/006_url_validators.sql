-- 006: the validators of pages fetched (ETag, Last-Modified), by URL as
-- the crawler normalises it, for conditional requests on the next fetch.
CREATE TABLE url_validators (
	url           TEXT PRIMARY KEY,
	etag          TEXT NOT NULL DEFAULT '',
	last_modified TEXT NOT NULL DEFAULT '',
	seen_at       TEXT NOT NULL
) STRICT, WITHOUT ROWID;
