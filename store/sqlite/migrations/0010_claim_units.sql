-- Quotation units and relay chains (issue 12). The pieces of one quotation
-- over several sentences, or split by its cue, share `unit` (numbered per
-- article; 0 for claims stored before: each its own unit). `relays` lists
-- every intermediary from the speaker outward, one per line; `via` stays
-- the first of them.
ALTER TABLE claims ADD COLUMN unit INTEGER NOT NULL DEFAULT 0;
ALTER TABLE claims ADD COLUMN relays TEXT NOT NULL DEFAULT '';
