-- Insights keep at most --insights-max-rows rows per table, the oldest dropped first: these
-- indexes let the writer find the cut-off time without sorting the whole table. On SQLite the
-- insight tables of this file stay empty: insights live in their own file (db/insights/), and
-- rows written before that are moved there at start.
CREATE INDEX insight_search_time ON insight_search (searched_at);
CREATE INDEX insight_deflection_time ON insight_deflection (opened_at);
