-- Fordran schema, migration 5: fewer indexes over the columns the daily run writes (issue 4).
--
-- Every index holding next_action_date, status or segment is rewritten for each case the daily
-- run moves on (the old entry deleted, the new one inserted). Two of them only repeat the start of
-- an index that migration 2 added for the case queue, which serves every query they served:
-- - ix_cases_client_next (client_id, next_action_date): ix_cases_client_status
--   (client_id, next_action_date, status);
-- - ix_cases_assigned_next (assigned_user_id, next_action_date): ix_cases_assigned_status
--   (assigned_user_id, next_action_date, status).
-- The queue's plans (tests/storage/tst_casequeueplans.cpp) already accept either.
DROP INDEX ix_cases_client_next;
DROP INDEX ix_cases_assigned_next;
