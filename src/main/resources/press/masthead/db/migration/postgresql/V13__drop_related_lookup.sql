-- Related articles are ranked in memory from the remembered lists of each tag and category
-- (content.RelatedArticles): the index their SQL query read is no longer used, and only slows writes.
DROP INDEX articles_related_lookup;
