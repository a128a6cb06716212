-- 002: the other names an article uses for its people and organizations
-- ("Putin", "@realDonaldTrump"), so filters find them by any of these names.

CREATE TABLE article_person_aliases (
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	person_id  INTEGER NOT NULL REFERENCES people (id),
	alias      TEXT NOT NULL COLLATE NOCASE,
	PRIMARY KEY (article_id, person_id, alias)
) STRICT, WITHOUT ROWID;
CREATE INDEX article_person_aliases_alias ON article_person_aliases (alias);

CREATE TABLE article_organization_aliases (
	article_id      INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	organization_id INTEGER NOT NULL REFERENCES organizations (id),
	alias           TEXT NOT NULL COLLATE NOCASE,
	PRIMARY KEY (article_id, organization_id, alias)
) STRICT, WITHOUT ROWID;
CREATE INDEX article_organization_aliases_alias ON article_organization_aliases (alias);

-- Fill them from the articles already stored.
INSERT OR IGNORE INTO article_person_aliases (article_id, person_id, alias)
SELECT a.id, p.id, al.value
FROM articles a
JOIN json_each(a.json, '$.people') pe
JOIN people p ON p.name = json_extract(pe.value, '$.name')
JOIN json_each(pe.value, '$.aliases') al
WHERE trim(al.value) != '';

INSERT OR IGNORE INTO article_organization_aliases (article_id, organization_id, alias)
SELECT a.id, o.id, al.value
FROM articles a
JOIN json_each(a.json, '$.organizations') oe
JOIN organizations o ON o.name = json_extract(oe.value, '$.name')
JOIN json_each(oe.value, '$.aliases') al
WHERE trim(al.value) != '';
