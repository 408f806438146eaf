<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>Bankgiro</name>
    <message>
        <source>no bankgiro number given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not allowed in a bankgiro number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bankgiro number has 7 or 8 digits, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check digit mismatch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseQueueQuery</name>
    <message>
        <source>Cannot count the cases of the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the cases of the queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>Cannot save the case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number %1 or OCR reference %2 is already taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the debtor&apos;s cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the debtor to the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the case&apos;s debtors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count the cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseService</name>
    <message>
        <source>The client of case %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A debtor of case %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest on invoice %1 from %2 on is left out: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest on invoices %1 from %2 on is left out: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest on invoice %1 is left out: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest on invoices %1 is left out: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimRepository</name>
    <message>
        <source>Cannot save the claim %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client already has a claim with invoice number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the case&apos;s claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no claim with id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimsFile</name>
    <message>
        <source>%1: a value is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the value is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the value contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a date in the form YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>debtor_id: &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country: &apos;%1&apos; is not a two-letter country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postal_code: &apos;%1&apos; is not five digits (NNN NN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postal_code: &apos;%1&apos; is not a postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone: &apos;%1&apos; is not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email: &apos;%1&apos; is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>debtor_type: &apos;%1&apos; is not consumer or business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice_date: %1 is after the import date %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due_date: %1 is before invoice_date %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due_date: the claim is not overdue on the import date %1 (due %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount: &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount: &apos;%1&apos; must be greater than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interest: &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the columns must be separated by &apos;;&apos; or &apos;,&apos; (the header uses tabs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 of the header has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos; appears more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required column &apos;%1&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 differs from line %2 for the same debtor_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice_no: &apos;%1&apos; already appears on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has a header but no claims</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientPolicy</name>
    <message>
        <source>give after_days or interval_days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give mode or min_amount_ore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP debtors never go to BF without approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list at most %1 debtors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an identity of 12 digits (person) or 10 digits (organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a person&apos;s number with 12 digits (YYYYMMDDNNNN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no process template has a step &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With this policy the template %1 is invalid: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientRepository</name>
    <message>
        <source>Cannot save the client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client with organisation number %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the clients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quoted field is never closed (missing &apos;&quot;&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of a quoted field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>A database connection named %1 is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL driver of Qt is not installed (Debian package libqt6sql6-psql)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is not installed (Debian package libqt6sql6-sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SQLite database file was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set up the SQLite database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, newer than this program knows (%3): update Fordran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database migration %1 (%2) failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a database transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database transaction to commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes were not saved because a step of them failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseConfig</name>
    <message>
        <source>The database URL is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL must start with postgresql://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL must not have a &apos;#&apos; part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL has an invalid port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL names no database (postgresql://user@host/DATABASE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database name in the URL must not contain &apos;/&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL has an invalid option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL %1%2:%3/%4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebtorRepository</name>
    <message>
        <source>Cannot save the debtor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A debtor with identity number %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no debtor with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot search the debtors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemandDeadline</name>
    <message>
        <source>The minimum demand deadline of %1 calendar days is outside 0 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum of %1 bank days after receipt is outside 0 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demand has no valid sending date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel&apos;s transit time of %1 days is outside 0 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message numerus="yes">
        <source>Case registered with %n claim(s) from %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Payment of %1 received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment reminder sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection demand (inkassokrav) sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS sent: a letter is on its way</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Instalment plan agreed: %n payment(s) of %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The debtor disputes invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case paused until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application for a payment order (betalningsföreläggande) sent to Kronofogden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment order granted and sent for enforcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to long-term surveillance (efterbevakning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn by the client; case closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid in full; case closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoDataService</name>
    <message>
        <source>The number of demo cases must be between 1 and %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data needs the date of today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch needs at least one case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityText</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instalment plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment order (Kronofogden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enforcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term surveillance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guarantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventRepository</name>
    <message>
        <source>Cannot save the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the case&apos;s events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the debtor&apos;s events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeeSchedule</name>
    <message>
        <source>the fee table has no entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.type: unknown fee type &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.amount_ore: must be a whole number of öre ≥ 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.valid_from: not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.statute: every fee must cite its statute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fee table is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 fee is defined for %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fordran::CaseQueueModel</name>
    <message>
        <source>Next action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected personal data: handle the address with care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal/org. no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fordran::CaseQueueWidget</name>
    <message>
        <source>The case queue could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: case no., OCR, invoice no., personnummer/org. no. or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only cases in this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the cases of one client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the cases assigned to one officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clients could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officers could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the cases assigned to you (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your login &apos;%1&apos; is not a Fordran user: ask an administrator to add it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No cases match the filters.</source>
        <translation>Inga ärenden matchar filtren.</translation>
    </message>
    <message>
        <source>No case matches “%1”.&lt;br&gt;&lt;br&gt;Search by case number, OCR reference, invoice number, personnummer or organisationsnummer, or the beginning of a name (first name first).</source>
        <translation>Inget ärende matchar ”%1”.&lt;br&gt;&lt;br&gt;Sök på ärendenummer, OCR-nummer, fakturanummer, personnummer eller organisationsnummer, eller början av ett namn (förnamn först).</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is no longer in the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fordran::CaseView</name>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order to pay (BF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enforcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surveillance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late-payment compensation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BF application fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BF agent fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Claims&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed as of %1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No debtor is recorded for this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (foreign debtor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Org. no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personnummer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Protected personal data: the address is not shown.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c/o %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deceased:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not computed yet (the daily run scores cases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Owed:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Incomplete: see the warning above.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (disputed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of which accrued and not yet posted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fordran::Cli</name>
    <message>
        <source>%1: &apos;%2&apos; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N: &apos;%1&apos; must be a whole number from 0 to 10000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--principal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--principal: the amount must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--margin: &apos;%1&apos; is not a margin in percentage points (0–100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fixed-rate: &apos;%1&apos; is not a yearly percentage (0–1000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a whole number from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status: &apos;%1&apos; is not a status (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client: no client with organisationsnummer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sort: &apos;%1&apos; is not a column (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of: &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no case with number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE: &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE: a reference rate applies from 1 January or 1 July, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PERCENT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the built-in table already has %1 (%2 %); entered rates only add half-years it lacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORGNR: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME: the client needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bankgiro: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: entered reference rates not read from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --db or --db-url, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs the path of a SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo needs --cases N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cases: give a number of cases from 1 to %1, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed: give a whole number from 0 to 4294967295, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: %1 already has %n case(s); no demo data added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: adding %1 demo cases (seed %2) to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: %1 of %2 cases stored (%3 %), %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on: &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fordran::LanguageMenu</name>
    <message>
        <source>Follow the system language</source>
        <translation>Följ systemets språk</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>The new language is used the next time you start Fordran.</source>
        <translation>Det nya språket används nästa gång du startar Fordran.</translation>
    </message>
</context>
<context>
    <name>Fordran::MainActions</name>
    <message>
        <source>&amp;Database…</source>
        <translation>&amp;Databas…</translation>
    </message>
    <message>
        <source>Open or create the database to work in</source>
        <translation>Öppna eller skapa databasen du arbetar i</translation>
    </message>
    <message>
        <source>&amp;Import claims…</source>
        <translation>&amp;Importera fordringar…</translation>
    </message>
    <message>
        <source>Import a client&apos;s claims file as new cases</source>
        <translation>Importera en uppdragsgivares fordringsfil som nya ärenden</translation>
    </message>
    <message>
        <source>Import &amp;payments…</source>
        <translation>Importera &amp;betalningar…</translation>
    </message>
    <message>
        <source>Book a payment file from Bankgirot</source>
        <translation>Bokför en betalningsfil från Bankgirot</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Close Fordran</source>
        <translation>Stäng Fordran</translation>
    </message>
    <message>
        <source>&amp;Open case…</source>
        <translation>&amp;Öppna ärende…</translation>
    </message>
    <message>
        <source>Find a case by case number, OCR, invoice number, personnummer or name</source>
        <translation>Sök ett ärende på ärendenummer, OCR-nummer, fakturanummer, personnummer eller namn</translation>
    </message>
    <message>
        <source>Register &amp;payment…</source>
        <translation>Registrera &amp;inbetalning…</translation>
    </message>
    <message>
        <source>Register a payment received on the current case</source>
        <translation>Registrera en mottagen inbetalning på det aktuella ärendet</translation>
    </message>
    <message>
        <source>Print &amp;letters…</source>
        <translation>Skriv ut &amp;brev…</translation>
    </message>
    <message>
        <source>Print every queued letter that is due</source>
        <translation>Skriv ut alla köade brev som ska skickas</translation>
    </message>
    <message>
        <source>Run &amp;daily processing…</source>
        <translation>Kör &amp;dagskörning…</translation>
    </message>
    <message>
        <source>Advance every case by the rules: fees, interest, letters and tasks</source>
        <translation>För alla ärenden vidare enligt reglerna: avgifter, ränta, brev och uppgifter</translation>
    </message>
    <message>
        <source>&amp;Clients…</source>
        <translation>&amp;Uppdragsgivare…</translation>
    </message>
    <message>
        <source>Register and edit clients (creditors)</source>
        <translation>Registrera och ändra uppdragsgivare (borgenärer)</translation>
    </message>
    <message>
        <source>&amp;Reference rates…</source>
        <translation>&amp;Referensräntor…</translation>
    </message>
    <message>
        <source>The Riksbank reference rate for each half-year</source>
        <translation>Riksbankens referensränta för varje kalenderhalvår</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>Choose the language of the user interface</source>
        <translation>Välj språk för användargränssnittet</translation>
    </message>
    <message>
        <source>&amp;About Fordran</source>
        <translation>&amp;Om Fordran</translation>
    </message>
    <message>
        <source>Version and licence of Fordran</source>
        <translation>Version och licens för Fordran</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>Ä&amp;rende</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>menu path: menu, then menu item</comment>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>Fordran::MainWindow</name>
    <message>
        <source>Fordran</source>
        <translation>Fordran</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Ingen databas öppen</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Databas: %1</translation>
    </message>
    <message>
        <source>No cases to show</source>
        <translation>Inga ärenden att visa</translation>
    </message>
    <message>
        <source>About Fordran</source>
        <translation>Om Fordran</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Fordran %1&lt;/h3&gt;&lt;p&gt;Desktop workstation for Swedish debt collection: cases, payment reminders, collection demands, payment plans and payments.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fordran %1&lt;/h3&gt;&lt;p&gt;Arbetsstation för svensk inkassoverksamhet: ärenden, betalningspåminnelser, inkassokrav, amorteringsplaner och inbetalningar.&lt;/p&gt;&lt;p&gt;Byggd med Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The cases that need attention are listed here, most urgent first.&lt;br&gt;To begin, choose a database with &lt;b&gt;%1&lt;/b&gt; or import a client&apos;s claims with &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Här listas de ärenden som behöver åtgärdas, de mest brådskande först.&lt;br&gt;Börja med att välja en databas med &lt;b&gt;%1&lt;/b&gt; eller importera en uppdragsgivares fordringar med &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>GuardSet</name>
    <message>
        <source>No fee was given to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interest posting was given to check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>no identity number given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have 10 or 12 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not allowed: only digits and one &apos;-&apos; or &apos;+&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the separator must come before the last four digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a 12-digit organisationsnummer starts with 16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;+&apos; is only used in a personnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check digit mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an organisationsnummer needs a month part of 20 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the century must be 18, 19 or 20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the birth date is after %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportBatchRepository</name>
    <message>
        <source>Cannot record the imported file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the imported files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterestCalculator</name>
    <message>
        <source>margin_percent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day_basis: must be 360, 365 or 366</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start: must be &apos;day_after_due&apos; or &apos;due_date&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days_after_notice: must be a number of days from 0 to 365</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rounding: must be &apos;half_away_from_zero&apos; or &apos;half_even&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the interest conventions are not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the due date is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end date is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no principal given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the principal must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>principal changes must be in date order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fixed rate %1 % is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the interest does not fit in an amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterestTerm</name>
    <message>
        <source>expected ref+N (e.g. ref+8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the margin in ref+N must be a number such as 8 or 8.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a margin above 100 percentage points is not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected ref+N or a yearly percentage such as 12.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fixed rate must be greater than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fixed rate above 100% a year is not accepted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerRepository</name>
    <message>
        <source>A ledger line needs an amount other than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reversal is booked with reverse(), naming the line it undoes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fee line needs a fee type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment is booked as a negative amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment is allocated to principal, interest or a fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ledger line %1 to reverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger line %1 is itself a reversal and cannot be reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger line %1 is already reversed by line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ledger line needs a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot book the ledger line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the case balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case with id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegalData</name>
    <message>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegalGuards</name>
    <message>
        <source>The fee of %1 is above the statutory amount of %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim has no due date, so it cannot be collected yet (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim is not overdue before %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder fee: förseningsersättning is already charged on this claim and replaces it (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder fee: there is no evidence that the debtor agreed to one no later than when the debt arose (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder fee: the claim already carries one, and further reminders are free (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No collection-demand fee: förseningsersättning is already charged on this claim and replaces it (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No collection-demand fee: the demand has not been sent or handed over to the debtor (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No collection-demand fee: the demand does not state principal, interest and costs separately (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No collection-demand fee: the demand does not state the interest amount, rate, period and base (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No collection-demand fee: the demand gives no deadline to pay or object (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No collection-demand fee: the claim already carries one (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demand gives no deadline to pay or object (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shortest allowed deadline cannot be computed: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demand&apos;s deadline %1 is earlier than the shortest allowed, %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No legal step: no collection demand with a deadline has been sent (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No legal step before the demand&apos;s deadline %1 has passed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other claim(s) of the same client against the same debtor must be in this demand, or a reason for separate demands must be recorded (%1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No plan fee: the instalment plan is not in writing (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan fee: the instalment plan does not cover the whole debt (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan fee: the instalment plan was not drawn up with the debtor (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan fee: the instalment plan has not been sent or handed over to the debtor (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No förseningsersättning: it applies only between businesses, not to a consumer claim (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No förseningsersättning before late interest has started (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No förseningsersättning: the claim already carries it (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No förseningsersättning: reminder or collection-demand fees are already charged on this claim, and it replaces them (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cost of %1 is not a statutory amount: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cost of %1 is above the statutory amount of %2 under %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interest rate %1 % is above the statutory %2 % and no agreed rate is on record (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interest: the day interest starts is not known (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interest for time before %1, the day interest starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interest on interest: %1 of accrued interest is in the base (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interest on fees: %1 of fees is in the base, and interest on fees needs both the rules&apos; permission and the client&apos;s agreement (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is missing, so it cannot be checked for a bank day (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a bank day; the date must be moved to %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim&apos;s limitation date is not known, so no collection step is allowed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim has been time-barred since %1; no collection step is allowed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The debtor disputes %1 of the claim; no demand may be pressed until the dispute is resolved (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application covers %1, but only the undisputed %2 may go to betalningsföreläggande (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules give no number of days after an interest notice (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest cannot start: the claim has no due date agreed in advance, no invoice announcing interest and no served application (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Limitation</name>
    <message>
        <source>The limitation periods must be at least one year (consumer: %1, other: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limitation alert horizon must not be negative (%1 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim has neither a contract date nor an invoice date, so its limitation cannot be computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event has no date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event is dated before the claim arose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No delivery evidence is stored for the demand (preskriptionslagen 5 § 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim was already time-barred on %1 (preskriptionslagen 8 §).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>No database migrations found in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration file name %1 is not NNNN_name.sql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read migration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrations must be numbered 1, 2, 3 … without gaps; found %1 at place %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>empty amount</source>
        <translation>tomt belopp</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount</source>
        <translation>&apos;%1&apos; är inte ett belopp</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has more than one decimal mark</source>
        <translation>&apos;%1&apos; har mer än ett decimaltecken</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no whole kronor before the decimal mark</source>
        <translation>&apos;%1&apos; saknar hela kronor före decimaltecknet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must have one or two decimals after the decimal mark</source>
        <translation>&apos;%1&apos; måste ha en eller två decimaler efter decimaltecknet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a misplaced space</source>
        <translation>&apos;%1&apos; har ett mellanslag på fel ställe</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount: unexpected &apos;%2&apos;</source>
        <translation>&apos;%1&apos; är inte ett belopp: oväntat &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large an amount</source>
        <translation>&apos;%1&apos; är ett för stort belopp</translation>
    </message>
</context>
<context>
    <name>Ocr</name>
    <message>
        <source>empty OCR payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the OCR payload: digits only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OCR payload is too long: %1 digits with check digits, at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty OCR reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the OCR reference: digits only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an OCR reference has %1–%2 digits, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length digit mismatch: %1 digits need length digit %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check digit mismatch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pauses</name>
    <message>
        <source>&quot;%1&quot; is not a pause reason of the rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pause needs an end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pause ends (%1) on or before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A claim pause must name the claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The debtor disputes the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The debtor says the claim is paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The debtor is deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debt relief (skuldsanering)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client asked for a pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused with no end date: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused until %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Percentage</name>
    <message>
        <source>empty percentage</source>
        <translation>tom procentsats</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a percentage</source>
        <translation>&apos;%1&apos; är inte en procentsats</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large a percentage</source>
        <translation>&apos;%1&apos; är en för stor procentsats</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has more than two decimals</source>
        <translation>&apos;%1&apos; har fler än två decimaler</translation>
    </message>
</context>
<context>
    <name>ProcessEngine</name>
    <message>
        <source>Claim becomes time-barred after %1 unless limitation is interrupted (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed: the pause until %1 ended (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed: every claim is time-barred (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder fee agreed (client file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No letter: the interest cannot be computed, and nothing is computed on a guessed rate: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee %1 posted: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No betalningsföreläggande: the outstanding %1 is below the minimum of %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betalningsföreläggande applied for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide on betalningsföreläggande for %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate agreed on the claim (client file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late interest %1 for %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, to pay by %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessTemplate</name>
    <message>
        <source>%1 is done by the engine and cannot be a template step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only reminder letters can be repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reminder needs the days between repeated reminders (≥ 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must give the debtor a deadline (≥ 1 day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only letters give a deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown fee type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fee %1 cannot be posted with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not beside the late-interest fee %1: förseningsersättning replaces the reminder and inkassokrav fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list at most %1 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only &apos;b2b_compensation&apos; is posted when late interest starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>förseningsersättning is for business debtors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list at least one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is used by an earlier step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first step has no previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no earlier letter gives a deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a case gets one inkassokrav, combining its claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reminders come before the inkassokrav</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must come after the inkassokrav</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the BF decision must be the last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must include one inkassokrav_letter step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP debtors never go to BF without approval</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessText</name>
    <message>
        <source>Payment reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection demand (inkassokrav)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS: letter sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide on a payment order (BF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment order applied for (BF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limitation alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed after a pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed: time-barred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the client&apos;s approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a supervisor&apos;s approval</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Markera allt</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Stega upp</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Stega &amp;ned</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Stäng utan att spara</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Klistra &amp;in</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Markera allt</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Visa detaljer…</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Dölj detaljer…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Spara alla</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja till &amp;alla</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ej till alla</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Förkasta</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Återställ standardvärden</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopiera &amp;länkadress</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Klistra &amp;in</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Markera allt</translation>
    </message>
</context>
<context>
    <name>ReferenceRateRepository</name>
    <message>
        <source>Cannot read the reference rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reference rate applies from 1 January or 1 July, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invalid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reference rate of %1 % is not plausible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the reference rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceRateTable</name>
    <message>
        <source>the reference-rate table is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reference rate for an invalid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reference rate for the half-year starting %1: enter the Riksbank&apos;s rate for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rates[%1].from: must be 1 January or 1 July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rates[%1].percent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rates[%1].from: %2 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesJson</name>
    <message>
        <source>must be at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown setting (check the spelling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be ≥ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be ≤ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object { … }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1–64 characters a–z, 0–9 or _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document must be a JSON object { … }</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesSections</name>
    <message>
        <source>must be a time range like &quot;08:00-20:00&quot;, or null for no calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must name 1 to %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least max_calls_per_day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesSet</name>
    <message>
        <source>must be ≥ %1 (demand_deadline.min_calendar_days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules format %1 is not supported (this program reads format %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1–%1 characters A–Z, a–z, 0–9, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in rules %1 are missing from the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in rules are invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaInfo</name>
    <message>
        <source>Cannot read the database schema</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringConfig</name>
    <message>
        <source>must list 1 to %1 bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first band must start at 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be greater than the previous band&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringModel</name>
    <message>
        <source>Starting points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) past due</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier cases with this debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n earlier case(s) with this debtor</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier case(s) paid in full</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier case(s) ended unpaid</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken payment promise(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Phone number known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal address known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partial payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of the debt already paid (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External credit score %1 of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No external credit score in the client file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1 is at or above the risk threshold %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1 is below the risk threshold %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned to %1 until %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the client&apos;s VIP list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentPin</name>
    <message>
        <source>A pinned segment needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pinned segment needs an end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date %1 must be in the future</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SequenceRepository</name>
    <message>
        <source>At least one number must be reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot take the next number of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlDialect</name>
    <message>
        <source>Unclosed {{ in migration SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown token {{%1}} in migration SQL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementCache</name>
    <message>
        <source>Cannot prepare a database statement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <source>the file is UTF-16 or UTF-32 text; save it as UTF-8 or Windows-1252</source>
        <translation>filen är UTF-16- eller UTF-32-text; spara den som UTF-8 eller Windows-1252</translation>
    </message>
    <message>
        <source>not a text file (binary data)</source>
        <translation>inte en textfil (binära data)</translation>
    </message>
    <message>
        <source>the file starts with a UTF-8 byte-order mark but is not valid UTF-8</source>
        <translation>filen börjar med en UTF-8-byteordningsmarkering men är inte giltig UTF-8</translation>
    </message>
</context>
<context>
    <name>UnitOfWork</name>
    <message>
        <source>This unit of work is already finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>Cannot save the user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user with login %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
