-- Fordran schema, migration 3: the collection process (issue 4) — versioned rules, client
-- policies, segment pins, pauses, the process state and score of each case, the outbox of
-- letters and SMS, officers' tasks and the log of daily runs.
--
-- Written by the daily run (models/services/dailyrunservice.h) and the case actions
-- (models/services/caseactionsservice.h); read through the repositories in models/storage.
-- Conventions as in 0001_initial.sql. The run needs no new index on cases: it reads the ids of
-- the due cases from ix_cases_status_next alone, then each batch of them by id (the primary key)
-- and their claims, ledger, earlier cases and pauses through ix_claims_case, ix_ledger_case,
-- ix_cases_debtor and ix_pauses_case.

-- The rules sets in use: the built-in set is stored on the first run when the table is empty;
-- an imported set is a new version. The set acting on a date is the newest with valid_from on
-- or before it. hash: RulesSet::contentHash() of json.
CREATE TABLE rules_versions (
    id {{ID}},
    version TEXT NOT NULL,
    valid_from {{DATE}} NOT NULL,
    hash TEXT NOT NULL,
    json TEXT NOT NULL,
    created_at {{TIMESTAMP}} NOT NULL,
    created_by TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_rules_versions_version ON rules_versions (version);
CREATE UNIQUE INDEX ux_rules_versions_hash ON rules_versions (hash);
CREATE INDEX ix_rules_versions_valid_from ON rules_versions (valid_from);

-- A client's collection policy (ClientPolicy JSON); no row: the empty policy.
CREATE TABLE client_policies (
    client_id BIGINT NOT NULL PRIMARY KEY REFERENCES clients (id),
    policy TEXT NOT NULL,
    updated_at {{TIMESTAMP}} NOT NULL,
    updated_by TEXT NOT NULL
);

-- A client keeps a debtor in a segment until a date (SegmentPin). The newest pin of a
-- (client, debtor) pair that is not ended and whose until is not past holds.
CREATE TABLE segment_pins (
    id {{ID}},
    client_id BIGINT NOT NULL REFERENCES clients (id),
    debtor_id BIGINT NOT NULL REFERENCES debtors (id),
    segment TEXT NOT NULL,
    reason TEXT NOT NULL,
    until {{DATE}} NOT NULL,
    pinned_by TEXT NOT NULL,
    created_at {{TIMESTAMP}} NOT NULL
);
CREATE INDEX ix_segment_pins_client_debtor ON segment_pins (client_id, debtor_id);
CREATE INDEX ix_segment_pins_until ON segment_pins (until);

-- Pauses of a case (claim_id NULL) or of one claim (PauseState). A pause in force has
-- ended_on NULL; resuming sets ended_on and ended_by, the row stays.
CREATE TABLE pauses (
    id {{ID}},
    case_id BIGINT NOT NULL REFERENCES cases (id),
    claim_id BIGINT REFERENCES claims (id),
    reason TEXT NOT NULL,
    from_date {{DATE}},
    until {{DATE}},
    note TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at {{TIMESTAMP}} NOT NULL,
    ended_on {{DATE}},
    ended_by TEXT NOT NULL
);
CREATE INDEX ix_pauses_case ON pauses (case_id, ended_on);

-- The process state of each case (ProcessState), its score and the rules version that last
-- acted. process_template '' with rules_version '': the process has not run on the case yet.
-- score: the risk score the last run that changed the case gave it, on score_on (its
-- explanation is computed again when a case is shown, from the same facts).
ALTER TABLE cases ADD COLUMN process_template TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN process_step INTEGER NOT NULL DEFAULT -1;
ALTER TABLE cases ADD COLUMN process_step_id TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN process_occurrence INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cases ADD COLUMN process_step_date {{DATE}};
ALTER TABLE cases ADD COLUMN process_deadline {{DATE}};
ALTER TABLE cases ADD COLUMN reminders_sent INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cases ADD COLUMN demand_sent_on {{DATE}};
ALTER TABLE cases ADD COLUMN demand_deadline {{DATE}};
ALTER TABLE cases ADD COLUMN limitation_alerted_through {{DATE}};
ALTER TABLE cases ADD COLUMN process_finished {{BOOL}} NOT NULL DEFAULT {{FALSE}};
ALTER TABLE cases ADD COLUMN refusal_key TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN rules_version TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN score INTEGER;
ALTER TABLE cases ADD COLUMN score_on {{DATE}};

-- The rules version behind an automatic event ('' for events people make).
ALTER TABLE events ADD COLUMN rules_version TEXT NOT NULL DEFAULT '';

-- Letters and SMS queued by the daily run, printed and sent by the letters feature. Rows are
-- never deleted and only their status changes (queued → sent | cancelled), each change also
-- recorded as an event. payload: the amounts as they will be printed (JSON). claim_ids: the
-- claims the letter covers, comma-separated. One row per case, step and day at most.
CREATE TABLE outbox (
    id {{ID}},
    case_id BIGINT NOT NULL REFERENCES cases (id),
    claim_ids TEXT NOT NULL,
    kind TEXT NOT NULL,
    action TEXT NOT NULL,
    step_id TEXT NOT NULL,
    channel TEXT NOT NULL,
    created_on {{DATE}} NOT NULL,
    due_on {{DATE}} NOT NULL,
    deadline {{DATE}},
    status TEXT NOT NULL,
    status_changed_at {{TIMESTAMP}},
    payload TEXT NOT NULL,
    rules_version TEXT NOT NULL,
    rule_ref TEXT NOT NULL,
    created_at {{TIMESTAMP}} NOT NULL
);
CREATE UNIQUE INDEX ux_outbox_case_rule_day ON outbox (case_id, rule_ref, created_on);
CREATE INDEX ix_outbox_status_due ON outbox (status, due_on);

-- Work for people: calls, BF decisions, limitation alerts. user_id: the case's officer when the
-- task was made (NULL: the shared list); claim_id: the claim a limitation alert is about (NULL:
-- the case, or several claims). One task per case, rule and day at most.
CREATE TABLE tasks (
    id {{ID}},
    case_id BIGINT NOT NULL REFERENCES cases (id),
    claim_id BIGINT REFERENCES claims (id),
    user_id BIGINT REFERENCES users (id),
    kind TEXT NOT NULL,
    action TEXT NOT NULL,
    text TEXT NOT NULL,
    created_on {{DATE}} NOT NULL,
    due_on {{DATE}} NOT NULL,
    status TEXT NOT NULL,
    done_on {{DATE}},
    done_by TEXT NOT NULL,
    rules_version TEXT NOT NULL,
    rule_ref TEXT NOT NULL,
    created_at {{TIMESTAMP}} NOT NULL
);
CREATE UNIQUE INDEX ux_tasks_case_rule_day ON tasks (case_id, rule_ref, created_on);
CREATE INDEX ix_tasks_user_status_due ON tasks (user_id, status, due_on);

-- One row per daily run (dry runs included): what it examined and did. finished_at NULL: the
-- run stopped part-way (cancelled or crashed); every case is then either fully advanced or
-- untouched, and the next run for the date finishes the rest.
CREATE TABLE run_log (
    id {{ID}},
    run_date {{DATE}} NOT NULL,
    started_at {{TIMESTAMP}} NOT NULL,
    finished_at {{TIMESTAMP}},
    outcome TEXT NOT NULL,
    cases_examined BIGINT NOT NULL,
    cases_changed BIGINT NOT NULL,
    actions TEXT NOT NULL,
    dry_run {{BOOL}} NOT NULL,
    rules_version TEXT NOT NULL,
    started_by TEXT NOT NULL
);
CREATE INDEX ix_run_log_date ON run_log (run_date);
