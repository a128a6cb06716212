-- 007: article texts and JSON move out of the articles table into
-- article_docs. A search reads, for every match, a few small columns of
-- articles (story, day, site, language); with the 40 kB of text and JSON in
-- the same row, each of those reads walked a chain of overflow pages (a
-- count over 2,000 matches of a 35,000-article store took 95 ms). The
-- full-text index now takes its content from article_docs, and is rebuilt
-- once here.

CREATE TABLE article_docs (
	id    INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
	title TEXT NOT NULL DEFAULT '',
	text  TEXT NOT NULL,
	json  TEXT NOT NULL -- the whole lede.Article
) STRICT;
INSERT INTO article_docs (id, title, text, json) SELECT id, title, text, json FROM articles;

DROP TRIGGER articles_fts_delete;
DROP TRIGGER articles_fts_update;
DROP TABLE articles_fts;
CREATE VIRTUAL TABLE articles_fts USING fts5 (
	title, text, content = 'article_docs', content_rowid = 'id',
	tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
-- New rows are indexed by the store, a batch at a time (see 005).
CREATE TRIGGER article_docs_fts_delete AFTER DELETE ON article_docs BEGIN
	INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER article_docs_fts_update AFTER UPDATE OF title, text ON article_docs BEGIN
	INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
	INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;

ALTER TABLE articles DROP COLUMN text;
ALTER TABLE articles DROP COLUMN json;
