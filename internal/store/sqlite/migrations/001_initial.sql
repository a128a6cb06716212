-- 001: articles, their blocks, entities, dates and quotes, and full-text indexes.

CREATE TABLE articles (
	id            INTEGER PRIMARY KEY,
	url           TEXT NOT NULL DEFAULT '',
	canonical_url TEXT NOT NULL DEFAULT '',
	url_key       TEXT UNIQUE,               -- canonical URL, else URL, normalised; NULL when neither
	host          TEXT NOT NULL DEFAULT '',  -- host of url_key without "www."
	page_hash     TEXT NOT NULL UNIQUE,      -- SHA-256 of the page bytes as read
	content_hash  TEXT NOT NULL,             -- SHA-256 of the article text
	title         TEXT NOT NULL DEFAULT '',
	authors       TEXT NOT NULL DEFAULT '',  -- names joined by "; "
	site_name     TEXT NOT NULL DEFAULT '',
	section       TEXT NOT NULL DEFAULT '',
	published     TEXT NOT NULL DEFAULT '',  -- as the article gives it (RFC 3339 or a day)
	published_day TEXT,                      -- YYYY-MM-DD, for filters
	published_at  TEXT,                      -- UTC "YYYY-MM-DDTHH:MM:SSZ" or the day, for sorting
	language      TEXT NOT NULL DEFAULT '',  -- lower case
	word_count    INTEGER NOT NULL DEFAULT 0,
	text          TEXT NOT NULL,
	json          TEXT NOT NULL,             -- the whole lede.Article
	source        TEXT NOT NULL DEFAULT '',
	ingested_at   TEXT NOT NULL
) STRICT;
CREATE INDEX articles_published_at ON articles (published_at DESC, id DESC);
CREATE INDEX articles_published_day ON articles (published_day);
CREATE INDEX articles_content_hash ON articles (content_hash);
CREATE INDEX articles_site_name ON articles (site_name COLLATE NOCASE);
CREATE INDEX articles_host ON articles (host);
CREATE INDEX articles_url ON articles (url);

CREATE TABLE blocks (
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	seq        INTEGER NOT NULL,
	kind       TEXT NOT NULL,
	text       TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (article_id, seq)
) STRICT, WITHOUT ROWID;

CREATE TABLE people (
	id   INTEGER PRIMARY KEY,
	name TEXT NOT NULL UNIQUE COLLATE NOCASE
) STRICT;
CREATE TABLE article_people (
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	person_id  INTEGER NOT NULL REFERENCES people (id),
	role       TEXT NOT NULL DEFAULT '',
	mentions   INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (article_id, person_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX article_people_person ON article_people (person_id);

CREATE TABLE organizations (
	id   INTEGER PRIMARY KEY,
	name TEXT NOT NULL UNIQUE COLLATE NOCASE
) STRICT;
CREATE TABLE article_organizations (
	article_id      INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	organization_id INTEGER NOT NULL REFERENCES organizations (id),
	mentions        INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (article_id, organization_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX article_organizations_org ON article_organizations (organization_id);

CREATE TABLE places (
	id      INTEGER PRIMARY KEY,
	name    TEXT NOT NULL COLLATE NOCASE,
	country TEXT NOT NULL DEFAULT '',
	lat     REAL,
	lon     REAL,
	UNIQUE (name, country)
) STRICT;
CREATE INDEX places_country ON places (country);
CREATE TABLE article_places (
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	place_id   INTEGER NOT NULL REFERENCES places (id),
	mentions   INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (article_id, place_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX article_places_place ON article_places (place_id);

CREATE TABLE dates (
	article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	seq         INTEGER NOT NULL,
	text        TEXT NOT NULL,
	value       TEXT NOT NULL DEFAULT '',
	granularity TEXT NOT NULL DEFAULT '',
	resolved    INTEGER NOT NULL DEFAULT 0,
	start       INTEGER NOT NULL,
	end         INTEGER NOT NULL,
	PRIMARY KEY (article_id, seq)
) STRICT, WITHOUT ROWID;
CREATE INDEX dates_value ON dates (value);

CREATE TABLE quotes (
	id         INTEGER PRIMARY KEY,
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	seq        INTEGER NOT NULL,
	text       TEXT NOT NULL,
	speaker    TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
	kind       TEXT NOT NULL DEFAULT '',
	start      INTEGER NOT NULL,
	end        INTEGER NOT NULL,
	UNIQUE (article_id, seq)
) STRICT;
CREATE INDEX quotes_speaker ON quotes (speaker);

-- Full-text indexes, kept in step with their tables by triggers.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
	title, text, content = 'articles', content_rowid = 'id',
	tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
	INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
	INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
	INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
	INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;

CREATE VIRTUAL TABLE quotes_fts USING fts5 (
	text, content = 'quotes', content_rowid = 'id',
	tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
	INSERT INTO quotes_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
	INSERT INTO quotes_fts (quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
