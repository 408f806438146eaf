-- Fordran schema, migration 2: indexes for the case queue (models/storage/casequeuequery.h).
--
-- The queue of a million cases searches and sorts through indexes only:
-- - ix_claims_invoice: search by invoice number without knowing the client (the unique index
--   ux_claims_client_invoice starts with client_id).
-- - ix_clients_name: sort by client name (clients in name order, then each client's cases).
-- - ix_cases_open_*: the default view "open cases" (status <> 'closed'), sorted by next action
--   date or balance, without stepping over the closed cases, which have no next action date and
--   a zero balance and so fill the start of ix_cases_next_action and ix_cases_balance. The
--   queries must repeat the predicate literally (status <> 'closed') for the index to apply.
-- - the (…, status) indexes: the other orders and filters tell an open case from a closed one
--   inside the index, without reading the case (deep pages, counts, name search).
-- - ix_case_debtors_debtor_role: a name or identity search finds joint debtors and guarantors
--   from the index alone.
CREATE INDEX ix_claims_invoice ON claims (invoice_no);
CREATE INDEX ix_clients_name ON clients (name);
CREATE INDEX ix_cases_open_next ON cases (next_action_date) WHERE status <> 'closed';
CREATE INDEX ix_cases_open_balance ON cases (balance_ore) WHERE status <> 'closed';
CREATE INDEX ix_cases_segment_status ON cases (segment, next_action_date, status);
CREATE INDEX ix_cases_debtor_status ON cases (debtor_id, status, next_action_date);
CREATE INDEX ix_cases_client_status ON cases (client_id, next_action_date, status);
CREATE INDEX ix_cases_assigned_status ON cases (assigned_user_id, next_action_date, status);
CREATE INDEX ix_case_debtors_debtor_role ON case_debtors (debtor_id, role, case_id);
