-- Mirrors store/migrations/0008_time.sql (issue 14) and 0010_claim_units.sql
-- (issue 12): claim dates, quotation units and relay chains; indexes for
-- questions bounded by dates; feed item marks; the daily digest channel.
ALTER TABLE claims ADD COLUMN date text NOT NULL DEFAULT '';
ALTER TABLE claims ADD COLUMN unit integer NOT NULL DEFAULT 0;
ALTER TABLE claims ADD COLUMN relays text NOT NULL DEFAULT '';
CREATE INDEX articles_guild_published ON articles (guild, published);
CREATE INDEX articles_guild_added ON articles (guild, added_at);
CREATE INDEX article_versions_replaced ON article_versions (replaced_at);
ALTER TABLE feed_items ADD COLUMN updated text NOT NULL DEFAULT '';
ALTER TABLE feed_items ADD COLUMN content_hash text NOT NULL DEFAULT '';
ALTER TABLE guild_settings ADD COLUMN digest_channel text NOT NULL DEFAULT '';
