-- 003: every page ever read, by the hash of its bytes, and the article it
-- gave. An article keeps only the page of its current version; this table
-- remembers the others too (an older version, a copy of the same article
-- under other bytes), so re-reading any of them is skipped at once rather
-- than read again, and two versions of one URL never replace each other in
-- turn on every run.

CREATE TABLE pages (
	page_hash  TEXT PRIMARY KEY,
	-- Deferred: a new version replaces its article by deleting and
	-- inserting it under the same id in one transaction.
	article_id INTEGER NOT NULL REFERENCES articles (id) DEFERRABLE INITIALLY DEFERRED,
	seen_at    TEXT NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX pages_article ON pages (article_id);

INSERT OR IGNORE INTO pages (page_hash, article_id, seen_at)
SELECT page_hash, id, ingested_at FROM articles;
