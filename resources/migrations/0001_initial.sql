-- Fordran schema, migration 1: the data model every feature stands on (domain.md §12).
--
-- Runs unchanged on SQLite and PostgreSQL: the common SQL subset plus the {{TOKENS}} that
-- models/storage/migrations.cpp (SqlDialect) expands per engine. Each statement ends with ';'
-- at the end of a line. NEVER edit this file once shipped: add 0002_<name>.sql instead.
--
-- Conventions: ids are 64-bit; money is BIGINT öre; dates are {{DATE}} (ISO text on SQLite);
-- optional text is NOT NULL with '' for "none"; optional dates and references are NULL.
-- Unique constraints are named unique indexes so both engines show the same index names.

CREATE TABLE schema_version (
    version INTEGER PRIMARY KEY,
    applied_at {{TIMESTAMP}} NOT NULL
);

-- Running numbers (case numbers per year): a row per counter, incremented inside the
-- transaction that uses the number, so concurrent workstations queue on the row lock.
CREATE TABLE counters (
    name TEXT NOT NULL PRIMARY KEY,
    value BIGINT NOT NULL
);

CREATE TABLE users (
    id {{ID}},
    login TEXT NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    active {{BOOL}} NOT NULL,
    created_at {{TIMESTAMP}} NOT NULL
);
CREATE UNIQUE INDEX ux_users_login ON users (login);

-- Uppdragsgivare. Tariff and policy fields come in later migrations.
CREATE TABLE clients (
    id {{ID}},
    orgnr TEXT NOT NULL,
    name TEXT NOT NULL,
    bankgiro TEXT NOT NULL,
    address TEXT NOT NULL,
    postal_code TEXT NOT NULL,
    city TEXT NOT NULL,
    reminder_terms_ref TEXT NOT NULL,
    created_at {{TIMESTAMP}} NOT NULL
);
CREATE UNIQUE INDEX ux_clients_orgnr ON clients (orgnr);

-- Gäldenärer. identity: 12 digits for persons, 10 for organisations, NULL for a foreign debtor
-- without a Swedish number. name_key: lower-cased name compared bytewise, so a prefix search is
-- the index range name_key >= 'prefix' AND name_key < 'prefiy'.
CREATE TABLE debtors (
    id {{ID}},
    identity TEXT,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    name_key TEXT {{BYTEWISE}} NOT NULL,
    care_of TEXT NOT NULL,
    address TEXT NOT NULL,
    postal_code TEXT NOT NULL,
    city TEXT NOT NULL,
    country TEXT NOT NULL,
    phone TEXT NOT NULL,
    email TEXT NOT NULL,
    protected_identity {{BOOL}} NOT NULL,
    deceased_on {{DATE}},
    created_at {{TIMESTAMP}} NOT NULL
);
CREATE UNIQUE INDEX ux_debtors_identity ON debtors (identity);
CREATE INDEX ix_debtors_name_key ON debtors (name_key);

-- Ärenden. balance_ore is a DERIVED cache of SUM(ledger.amount_ore) for the case, kept by the
-- ledger repository in the same transaction as every ledger line, so the queue of a million
-- cases can sort and filter on it; it is never edited by hand. debtor_id repeats the main
-- debtor of case_debtors for the queue's join.
CREATE TABLE cases (
    id {{ID}},
    case_no TEXT NOT NULL,
    client_id BIGINT NOT NULL REFERENCES clients (id),
    debtor_id BIGINT NOT NULL REFERENCES debtors (id),
    ocr TEXT NOT NULL,
    status TEXT NOT NULL,
    segment TEXT NOT NULL,
    assigned_user_id BIGINT REFERENCES users (id),
    opened_on {{DATE}} NOT NULL,
    next_action_date {{DATE}},
    next_action TEXT NOT NULL,
    paused_until {{DATE}},
    pause_reason TEXT NOT NULL,
    closed_on {{DATE}},
    close_reason TEXT NOT NULL,
    balance_ore BIGINT NOT NULL,
    created_at {{TIMESTAMP}} NOT NULL
);
CREATE UNIQUE INDEX ux_cases_case_no ON cases (case_no);
CREATE UNIQUE INDEX ux_cases_ocr ON cases (ocr);
CREATE INDEX ix_cases_status_next ON cases (status, next_action_date);
CREATE INDEX ix_cases_client_next ON cases (client_id, next_action_date);
CREATE INDEX ix_cases_assigned_next ON cases (assigned_user_id, next_action_date);
CREATE INDEX ix_cases_next_action ON cases (next_action_date);
CREATE INDEX ix_cases_balance ON cases (balance_ore);
CREATE INDEX ix_cases_debtor ON cases (debtor_id);

-- Fordringar. interest_kind 'reference': reference rate + interest_margin_bp;
-- 'fixed': interest_fixed_rate_bp.
CREATE TABLE claims (
    id {{ID}},
    case_id BIGINT NOT NULL REFERENCES cases (id),
    client_id BIGINT NOT NULL REFERENCES clients (id),
    invoice_no TEXT NOT NULL,
    invoice_date {{DATE}},
    due_date {{DATE}} NOT NULL,
    contract_date {{DATE}},
    original_amount_ore BIGINT NOT NULL,
    description TEXT NOT NULL,
    debtor_type TEXT NOT NULL,
    reminder_fee_agreed {{BOOL}} NOT NULL,
    interest_kind TEXT NOT NULL,
    interest_margin_bp INTEGER NOT NULL,
    interest_fixed_rate_bp INTEGER NOT NULL,
    disputed {{BOOL}} NOT NULL,
    created_at {{TIMESTAMP}} NOT NULL
);
CREATE UNIQUE INDEX ux_claims_client_invoice ON claims (client_id, invoice_no);
CREATE INDEX ix_claims_case ON claims (case_id);

CREATE TABLE case_debtors (
    case_id BIGINT NOT NULL REFERENCES cases (id),
    debtor_id BIGINT NOT NULL REFERENCES debtors (id),
    role TEXT NOT NULL,
    PRIMARY KEY (case_id, debtor_id)
);
CREATE INDEX ix_case_debtors_debtor ON case_debtors (debtor_id);

-- The timeline of a case.
CREATE TABLE events (
    id {{ID}},
    case_id BIGINT NOT NULL REFERENCES cases (id),
    debtor_id BIGINT REFERENCES debtors (id),
    occurred_on {{DATE}} NOT NULL,
    created_at {{TIMESTAMP}} NOT NULL,
    type TEXT NOT NULL,
    text TEXT NOT NULL,
    user_id BIGINT REFERENCES users (id),
    rule_ref TEXT NOT NULL
);
CREATE INDEX ix_events_case_date ON events (case_id, occurred_on);
CREATE INDEX ix_events_debtor ON events (debtor_id);

-- The append-only money ledger: every balance is a sum of these lines. Lines are inserted,
-- never updated or deleted; a mistake is undone by a 'reversal' line whose reverses_id names
-- the line and whose amount is its negation (at most one reversal per line).
-- amount_ore is signed: principal, interest and fee lines positive, payments negative.
-- claim_id is NULL only for a case-level line (an unallocated overpayment).
CREATE TABLE ledger (
    id {{ID}},
    claim_id BIGINT REFERENCES claims (id),
    case_id BIGINT NOT NULL REFERENCES cases (id),
    entry_date {{DATE}} NOT NULL,
    kind TEXT NOT NULL,
    fee_type TEXT NOT NULL,
    component TEXT NOT NULL,
    amount_ore BIGINT NOT NULL,
    reverses_id BIGINT REFERENCES ledger (id),
    reference TEXT NOT NULL,
    created_at {{TIMESTAMP}} NOT NULL,
    user_id BIGINT REFERENCES users (id)
);
CREATE INDEX ix_ledger_claim ON ledger (claim_id);
CREATE INDEX ix_ledger_case ON ledger (case_id);
CREATE UNIQUE INDEX ux_ledger_reverses ON ledger (reverses_id);

-- Reference rates entered by users (räntelagen 9 §); they extend the built-in table.
CREATE TABLE reference_rates (
    valid_from {{DATE}} NOT NULL PRIMARY KEY,
    rate_bp INTEGER NOT NULL,
    entered_by TEXT NOT NULL,
    entered_at {{TIMESTAMP}} NOT NULL
);

CREATE TABLE import_batches (
    id {{ID}},
    client_id BIGINT NOT NULL REFERENCES clients (id),
    file_name TEXT NOT NULL,
    checksum TEXT NOT NULL,
    imported_at {{TIMESTAMP}} NOT NULL,
    row_count INTEGER NOT NULL
);
CREATE INDEX ix_import_batches_client_checksum ON import_batches (client_id, checksum);
