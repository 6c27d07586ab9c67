-- Time (issue 14): the calendar date of each claim, resolved from its time
-- expression against its article's publication date ("YYYY-MM-DD" or
-- "FROM/TO"; '' when unknown); indexes for questions, digests and
-- timelines bounded by dates; and what a feed said about each item when it
-- was taken, so that an item updated later is fetched again.
ALTER TABLE claims ADD COLUMN date TEXT NOT NULL DEFAULT '';
CREATE INDEX articles_guild_published ON articles (guild, published);
CREATE INDEX articles_guild_added ON articles (guild, added_at);
CREATE INDEX article_versions_replaced ON article_versions (replaced_at);
ALTER TABLE feed_items ADD COLUMN updated TEXT NOT NULL DEFAULT '';
ALTER TABLE feed_items ADD COLUMN content_hash TEXT NOT NULL DEFAULT '';
-- A channel where the bot posts a daily digest ('' for none).
ALTER TABLE guild_settings ADD COLUMN digest_channel TEXT NOT NULL DEFAULT '';
