-- 004: stories (an article and its republications elsewhere, found by
-- comparing texts), the MinHash signatures and LSH band keys that find
-- them, and the paragraph around each quote.
--
-- Stories of the articles already stored are filled in by Open after this
-- migration (the signatures are computed in Go), in batches: an article
-- with a NULL story_id has not been looked at yet.

CREATE TABLE stories (
	id         INTEGER PRIMARY KEY,
	article_id INTEGER NOT NULL,          -- the representative: earliest published, else first stored
	title      TEXT NOT NULL DEFAULT '',  -- the representative's title
	copies     INTEGER NOT NULL DEFAULT 1 -- articles in the story
) STRICT;

ALTER TABLE articles ADD COLUMN story_id INTEGER REFERENCES stories (id);
-- Position in the story: 0 for the representative, then by publication
-- and id. Search shows a copy only when no earlier copy matches.
ALTER TABLE articles ADD COLUMN story_rank INTEGER NOT NULL DEFAULT 0;
-- Estimated Jaccard similarity to the copy it was matched with.
ALTER TABLE articles ADD COLUMN story_similarity REAL NOT NULL DEFAULT 1;
CREATE INDEX articles_story ON articles (story_id, story_rank);
CREATE INDEX stories_copies ON stories (copies DESC, id DESC);

-- One MinHash signature per article: 128 little-endian uint32 minima over
-- the hashed word 4-shingles of its text; empty when the text is too short
-- to compare (those match on identical text only).
CREATE TABLE article_signatures (
	article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
	minhash    BLOB NOT NULL
) STRICT;

-- LSH: one key per band of 3 signature values (16 bands). Two articles
-- sharing a key are candidates, confirmed on the whole signature. No
-- index by article and no foreign key (32 rows an article: each index
-- costs): the store deletes an article's keys itself, from its signature,
-- and a key left behind only names a candidate that is then not found.
CREATE TABLE article_bands (
	band_key   INTEGER NOT NULL,
	article_id INTEGER NOT NULL,
	PRIMARY KEY (band_key, article_id)
) STRICT, WITHOUT ROWID;

-- The paragraph around a quote, so quotes are found by the words around
-- them too ("what did Bolton say about the summit").
ALTER TABLE quotes ADD COLUMN context TEXT NOT NULL DEFAULT '';
DROP TRIGGER quotes_fts_insert;
DROP TRIGGER quotes_fts_delete;
DROP TABLE quotes_fts;
CREATE VIRTUAL TABLE quotes_fts USING fts5 (
	text, context, content = 'quotes', content_rowid = 'id',
	tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
	INSERT INTO quotes_fts (rowid, text, context) VALUES (new.id, new.text, new.context);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
	INSERT INTO quotes_fts (quotes_fts, rowid, text, context) VALUES ('delete', old.id, old.text, old.context);
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text, context ON quotes BEGIN
	INSERT INTO quotes_fts (quotes_fts, rowid, text, context) VALUES ('delete', old.id, old.text, old.context);
	INSERT INTO quotes_fts (rowid, text, context) VALUES (new.id, new.text, new.context);
END;
INSERT INTO quotes_fts (quotes_fts) VALUES ('rebuild');
