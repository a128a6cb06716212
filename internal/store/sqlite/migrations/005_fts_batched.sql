-- 005: the store indexes new articles and quotes in their full-text indexes
-- itself, all of a batch in one statement at its end, instead of a trigger
-- per row: FTS5 writes its pending terms out at every statement savepoint,
-- so a trigger per row made one small index segment per article (a third
-- of a Put's time). Deletes and updates keep their triggers: a row is
-- always indexed before it can be deleted or changed (the store indexes
-- what is pending before it deletes anything).
DROP TRIGGER articles_fts_insert;
DROP TRIGGER quotes_fts_insert;
