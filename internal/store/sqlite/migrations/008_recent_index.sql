-- 008: newest-first listings ("ORDER BY published_at IS NULL, published_at
-- DESC, id DESC": undated articles last) read this index in order and stop
-- after a page, instead of sorting every article (no filter on 100,000
-- articles: 300 ms to under 1 ms). It replaces the index without the
-- leading expression, which that order could not use.
CREATE INDEX articles_recent ON articles ((published_at IS NULL), published_at DESC, id DESC);
DROP INDEX articles_published_at;
