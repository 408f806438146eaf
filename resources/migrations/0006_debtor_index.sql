-- Fordran schema, migration 6: a debtor's cases indexed without their next action date (issue 4).
--
-- Each case the daily run moves on gets a new next action date, and every index holding that
-- column is rewritten for it. In the indexes that start with the date, a status, a segment, a
-- client or an officer, the day's cases lie together on a few pages; in ix_cases_debtor_status
-- (debtor_id, status, next_action_date) they lie scattered, one page per case, and that page
-- goes to the log at every run. The date added nothing there: a debtor has a handful of cases.
-- - ix_cases_debtor_status becomes (debtor_id, status): the queue's debtor and identity orders
--   list a debtor's cases by status, then by case (id) instead of next action date, and the
--   open filter and the name search still read no case to tell open from closed.
-- - ix_cases_debtor (debtor_id) only repeated the start of it: the debtor's earlier cases (the
--   daily run's scoring history) are found through ix_cases_debtor_status.
DROP INDEX ix_cases_debtor_status;
DROP INDEX ix_cases_debtor;
CREATE INDEX ix_cases_debtor_status ON cases (debtor_id, status);
