<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Bankgiro</name>
    <message>
        <source>no bankgiro number given</source>
        <translation>no bankgiro number given</translation>
    </message>
    <message>
        <source>%1 is not allowed in a bankgiro number</source>
        <translation>%1 is not allowed in a bankgiro number</translation>
    </message>
    <message>
        <source>a bankgiro number has 7 or 8 digits, not %1</source>
        <translation>a bankgiro number has 7 or 8 digits, not %1</translation>
    </message>
    <message>
        <source>check digit mismatch</source>
        <translation>check digit mismatch</translation>
    </message>
</context>
<context>
    <name>CaseActionsService</name>
    <message>
        <source>No date was given for the pause</source>
        <translation>No date was given for the pause</translation>
    </message>
    <message>
        <source>There is no case with id %1</source>
        <translation>There is no case with id %1</translation>
    </message>
    <message>
        <source>Case %1 is closed and cannot be paused</source>
        <translation>Case %1 is closed and cannot be paused</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Case %1 has no claim with id %2</source>
        <translation>Case %1 has no claim with id %2</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Invoice %1</translation>
    </message>
    <message>
        <source>%1 paused until %2: %3</source>
        <translation>%1 paused until %2: %3</translation>
    </message>
    <message>
        <source>No date was given for the resume</source>
        <translation>No date was given for the resume</translation>
    </message>
    <message>
        <source>Claim %1 of case %2 is not paused</source>
        <translation>Claim %1 of case %2 is not paused</translation>
    </message>
    <message>
        <source>Case %1 is not paused</source>
        <translation>Case %1 is not paused</translation>
    </message>
    <message numerus="yes">
        <source>Resumed by %1: %n pause(s) ended</source>
        <translation>
            <numerusform>Resumed by %1: %n pause ended</numerusform>
            <numerusform>Resumed by %1: %n pauses ended</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no client with id %1</source>
        <translation>There is no client with id %1</translation>
    </message>
    <message>
        <source>There is no debtor with id %1</source>
        <translation>There is no debtor with id %1</translation>
    </message>
    <message>
        <source>%1 pinned the debtor to segment %2 until %3: %4</source>
        <translation>%1 pinned the debtor to segment %2 until %3: %4</translation>
    </message>
</context>
<context>
    <name>CaseQueueQuery</name>
    <message>
        <source>Cannot count the cases of the queue</source>
        <translation>Cannot count the cases of the queue</translation>
    </message>
    <message>
        <source>Cannot read the cases of the queue</source>
        <translation>Cannot read the cases of the queue</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>Cannot save the case %1</source>
        <translation>Cannot save the case %1</translation>
    </message>
    <message>
        <source>Case number %1 or OCR reference %2 is already taken</source>
        <translation>Case number %1 or OCR reference %2 is already taken</translation>
    </message>
    <message>
        <source>Cannot read the case</source>
        <translation>Cannot read the case</translation>
    </message>
    <message>
        <source>Cannot read the debtor&apos;s cases</source>
        <translation>Cannot read the debtor&apos;s cases</translation>
    </message>
    <message>
        <source>Cannot save the case</source>
        <translation>Cannot save the case</translation>
    </message>
    <message>
        <source>There is no case with id %1</source>
        <translation>There is no case with id %1</translation>
    </message>
    <message>
        <source>Cannot add the debtor to the case</source>
        <translation>Cannot add the debtor to the case</translation>
    </message>
    <message>
        <source>Cannot read the case&apos;s debtors</source>
        <translation>Cannot read the case&apos;s debtors</translation>
    </message>
    <message>
        <source>Cannot count the cases</source>
        <translation>Cannot count the cases</translation>
    </message>
    <message>
        <source>Case number %1 is given twice</source>
        <translation>Case number %1 is given twice</translation>
    </message>
    <message>
        <source>Cannot save the cases</source>
        <translation>Cannot save the cases</translation>
    </message>
    <message>
        <source>One of the case numbers or OCR references is already taken</source>
        <translation>One of the case numbers or OCR references is already taken</translation>
    </message>
    <message>
        <source>Cannot add the debtors to the cases</source>
        <translation>Cannot add the debtors to the cases</translation>
    </message>
</context>
<context>
    <name>CaseService</name>
    <message>
        <source>The client of case %1 is missing</source>
        <translation>The client of case %1 is missing</translation>
    </message>
    <message>
        <source>A debtor of case %1 is missing</source>
        <translation>A debtor of case %1 is missing</translation>
    </message>
    <message>
        <source>Interest on invoice %1 from %2 on is left out: %3</source>
        <translation>Interest on invoice %1 from %2 on is left out: %3</translation>
    </message>
    <message>
        <source>Interest on invoices %1 from %2 on is left out: %3</source>
        <translation>Interest on invoices %1 from %2 on is left out: %3</translation>
    </message>
    <message>
        <source>Interest on invoice %1 is left out: %2</source>
        <translation>Interest on invoice %1 is left out: %2</translation>
    </message>
    <message>
        <source>Interest on invoices %1 is left out: %2</source>
        <translation>Interest on invoices %1 is left out: %2</translation>
    </message>
    <message>
        <source>No score: %1</source>
        <translation>No score: %1</translation>
    </message>
</context>
<context>
    <name>ClaimRepository</name>
    <message>
        <source>Cannot save the claim %1</source>
        <translation>Cannot save the claim %1</translation>
    </message>
    <message>
        <source>The client already has a claim with invoice number %1</source>
        <translation>The client already has a claim with invoice number %1</translation>
    </message>
    <message>
        <source>Cannot read the claim</source>
        <translation>Cannot read the claim</translation>
    </message>
    <message>
        <source>Cannot read the case&apos;s claims</source>
        <translation>Cannot read the case&apos;s claims</translation>
    </message>
    <message>
        <source>Cannot read the claims</source>
        <translation>Cannot read the claims</translation>
    </message>
    <message>
        <source>Cannot save the claim</source>
        <translation>Cannot save the claim</translation>
    </message>
    <message>
        <source>There is no claim with id %1</source>
        <translation>There is no claim with id %1</translation>
    </message>
    <message>
        <source>Invoice number %1 is given twice</source>
        <translation>Invoice number %1 is given twice</translation>
    </message>
    <message>
        <source>Cannot save the claims</source>
        <translation>Cannot save the claims</translation>
    </message>
    <message>
        <source>The client already has a claim with one of the invoice numbers</source>
        <translation>The client already has a claim with one of the invoice numbers</translation>
    </message>
</context>
<context>
    <name>ClaimsFile</name>
    <message>
        <source>%1: a value is required</source>
        <translation>%1: a value is required</translation>
    </message>
    <message>
        <source>%1: the value is longer than %2 characters</source>
        <translation>%1: the value is longer than %2 characters</translation>
    </message>
    <message>
        <source>%1: the value contains a control character</source>
        <translation>%1: the value contains a control character</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a date in the form YYYY-MM-DD</source>
        <translation>%1: &apos;%2&apos; is not a date in the form YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid date</source>
        <translation>%1: &apos;%2&apos; is not a valid date</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not yes or no</source>
        <translation>%1: &apos;%2&apos; is not yes or no</translation>
    </message>
    <message>
        <source>debtor_id: &apos;%1&apos;: %2</source>
        <translation>debtor_id: &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>country: &apos;%1&apos; is not a two-letter country code</source>
        <translation>country: &apos;%1&apos; is not a two-letter country code</translation>
    </message>
    <message>
        <source>postal_code: &apos;%1&apos; is not five digits (NNN NN)</source>
        <translation>postal_code: &apos;%1&apos; is not five digits (NNN NN)</translation>
    </message>
    <message>
        <source>postal_code: &apos;%1&apos; is not a postal code</source>
        <translation>postal_code: &apos;%1&apos; is not a postal code</translation>
    </message>
    <message>
        <source>phone: &apos;%1&apos; is not a phone number</source>
        <translation>phone: &apos;%1&apos; is not a phone number</translation>
    </message>
    <message>
        <source>email: &apos;%1&apos; is not an e-mail address</source>
        <translation>email: &apos;%1&apos; is not an e-mail address</translation>
    </message>
    <message>
        <source>debtor_type: &apos;%1&apos; is not consumer or business</source>
        <translation>debtor_type: &apos;%1&apos; is not consumer or business</translation>
    </message>
    <message>
        <source>invoice_date: %1 is after the import date %2</source>
        <translation>invoice_date: %1 is after the import date %2</translation>
    </message>
    <message>
        <source>due_date: %1 is before invoice_date %2</source>
        <translation>due_date: %1 is before invoice_date %2</translation>
    </message>
    <message>
        <source>due_date: the claim is not overdue on the import date %1 (due %2)</source>
        <translation>due_date: the claim is not overdue on the import date %1 (due %2)</translation>
    </message>
    <message>
        <source>amount: &apos;%1&apos;: %2</source>
        <translation>amount: &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>amount: &apos;%1&apos; must be greater than zero</source>
        <translation>amount: &apos;%1&apos; must be greater than zero</translation>
    </message>
    <message>
        <source>interest: &apos;%1&apos;: %2</source>
        <translation>interest: &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>the columns must be separated by &apos;;&apos; or &apos;,&apos; (the header uses tabs)</source>
        <translation>the columns must be separated by &apos;;&apos; or &apos;,&apos; (the header uses tabs)</translation>
    </message>
    <message>
        <source>column %1 of the header has no name</source>
        <translation>column %1 of the header has no name</translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos;</source>
        <translation>unknown column &apos;%1&apos;</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; appears more than once</source>
        <translation>column &apos;%1&apos; appears more than once</translation>
    </message>
    <message>
        <source>required column &apos;%1&apos; is missing</source>
        <translation>required column &apos;%1&apos; is missing</translation>
    </message>
    <message>
        <source>%1 differs from line %2 for the same debtor_id</source>
        <translation>%1 differs from line %2 for the same debtor_id</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation>the row has %1 fields but the header has %2</translation>
    </message>
    <message>
        <source>invoice_no: &apos;%1&apos; already appears on line %2</source>
        <translation>invoice_no: &apos;%1&apos; already appears on line %2</translation>
    </message>
    <message>
        <source>the file has a header but no claims</source>
        <translation>the file has a header but no claims</translation>
    </message>
</context>
<context>
    <name>ClaimsImportService</name>
    <message>
        <source>Cannot read %1: it is a folder</source>
        <translation>Cannot read %1: it is a folder</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than a claims file may be (%2 MiB)</source>
        <translation>%1 is larger than a claims file may be (%2 MiB)</translation>
    </message>
    <message>
        <source>invoice_no: &apos;%1&apos; is already imported for this client</source>
        <translation>invoice_no: &apos;%1&apos; is already imported for this client</translation>
    </message>
    <message>
        <source>amount: the claims of this debtor add up to more than a case can hold</source>
        <translation>amount: the claims of this debtor add up to more than a case can hold</translation>
    </message>
    <message>
        <source>Choose the client whose claims the file holds</source>
        <translation>Choose the client whose claims the file holds</translation>
    </message>
    <message>
        <source>Client &apos;%1&apos; is not an organisation number: %2</source>
        <translation>Client &apos;%1&apos; is not an organisation number: %2</translation>
    </message>
    <message>
        <source>There is no client with organisation number %1</source>
        <translation>There is no client with organisation number %1</translation>
    </message>
    <message numerus="yes">
        <source>Case registered with %n claim(s) from %1</source>
        <translation>
            <numerusform>Case registered with %n claim from %1</numerusform>
            <numerusform>Case registered with %n claims from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported from %1: %n claim(s), the first on line %2</source>
        <translation>
            <numerusform>Imported from %1: %n claim, on line %2</numerusform>
            <numerusform>Imported from %1: %n claims, the first on line %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported from %1 by %2: %n claim(s), the first on line %3</source>
        <translation>
            <numerusform>Imported from %1 by %2: %n claim, on line %3</numerusform>
            <numerusform>Imported from %1 by %2: %n claims, the first on line %3</numerusform>
        </translation>
    </message>
    <message>
        <source>The claims import cannot start inside another transaction</source>
        <translation>The claims import cannot start inside another transaction</translation>
    </message>
</context>
<context>
    <name>ClientPolicy</name>
    <message>
        <source>give after_days or interval_days</source>
        <translation>give after_days or interval_days</translation>
    </message>
    <message>
        <source>give mode or min_amount_ore</source>
        <translation>give mode or min_amount_ore</translation>
    </message>
    <message>
        <source>VIP debtors never go to BF without approval</source>
        <translation>VIP debtors never go to BF without approval</translation>
    </message>
    <message>
        <source>must list at most %1 debtors</source>
        <translation>must list at most %1 debtors</translation>
    </message>
    <message>
        <source>must be an identity of 12 digits (person) or 10 digits (organisation)</source>
        <translation>must be an identity of 12 digits (person) or 10 digits (organisation)</translation>
    </message>
    <message>
        <source>write a person&apos;s number with 12 digits (YYYYMMDDNNNN)</source>
        <translation>write a person&apos;s number with 12 digits (YYYYMMDDNNNN)</translation>
    </message>
    <message>
        <source>%1: no process template has a step &apos;%2&apos;</source>
        <translation>%1: no process template has a step &apos;%2&apos;</translation>
    </message>
    <message>
        <source>With this policy the template %1 is invalid: %2</source>
        <translation>With this policy the template %1 is invalid: %2</translation>
    </message>
</context>
<context>
    <name>ClientPolicyRepository</name>
    <message>
        <source>Cannot store the policy of client %1</source>
        <translation>Cannot store the policy of client %1</translation>
    </message>
    <message>
        <source>Cannot read the client policies</source>
        <translation>Cannot read the client policies</translation>
    </message>
</context>
<context>
    <name>ClientRepository</name>
    <message>
        <source>Cannot save the client %1</source>
        <translation>Cannot save the client %1</translation>
    </message>
    <message>
        <source>A client with organisation number %1 already exists</source>
        <translation>A client with organisation number %1 already exists</translation>
    </message>
    <message>
        <source>Cannot read the client</source>
        <translation>Cannot read the client</translation>
    </message>
    <message>
        <source>Cannot read the clients</source>
        <translation>Cannot read the clients</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quoted field is never closed (missing &apos;&quot;&apos;)</source>
        <translation>a quoted field is never closed (missing &apos;&quot;&apos;)</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of a quoted field</source>
        <translation>unexpected text after the closing quote of a quoted field</translation>
    </message>
</context>
<context>
    <name>DailyRunService</name>
    <message>
        <source>The daily run needs a date</source>
        <translation>The daily run needs a date</translation>
    </message>
    <message>
        <source>The batch size must be at least 1</source>
        <translation>The batch size must be at least 1</translation>
    </message>
    <message>
        <source>The daily run cannot start inside another transaction</source>
        <translation>The daily run cannot start inside another transaction</translation>
    </message>
    <message>
        <source>The daily run for %1 was already made; a run for the earlier %2 would act on cases advanced past it</source>
        <translation>The daily run for %1 was already made; a run for the earlier %2 would act on cases advanced past it</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>Case %1: %2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>A database connection named %1 is already open</source>
        <translation>A database connection named %1 is already open</translation>
    </message>
    <message>
        <source>The PostgreSQL driver of Qt is not installed (Debian package libqt6sql6-psql)</source>
        <translation>The PostgreSQL driver of Qt is not installed (Debian package libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is not installed (Debian package libqt6sql6-sqlite)</source>
        <translation>The SQLite driver of Qt is not installed (Debian package libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>No SQLite database file was given</source>
        <translation>No SQLite database file was given</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 is a folder, not a database file</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Cannot create the folder %1</translation>
    </message>
    <message>
        <source>Cannot open the database %1</source>
        <translation>Cannot open the database %1</translation>
    </message>
    <message>
        <source>Cannot set up the SQLite database %1</source>
        <translation>Cannot set up the SQLite database %1</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1</source>
        <translation>Cannot read the schema version of %1</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, newer than this program knows (%3): update Fordran</source>
        <translation>The database %1 has schema version %2, newer than this program knows (%3): update Fordran</translation>
    </message>
    <message>
        <source>Database migration %1 (%2) failed</source>
        <translation>Database migration %1 (%2) failed</translation>
    </message>
    <message>
        <source>Cannot start a database transaction</source>
        <translation>Cannot start a database transaction</translation>
    </message>
    <message>
        <source>No database transaction to commit</source>
        <translation>No database transaction to commit</translation>
    </message>
    <message>
        <source>The changes were not saved because a step of them failed</source>
        <translation>The changes were not saved because a step of them failed</translation>
    </message>
    <message>
        <source>Cannot save the changes</source>
        <translation>Cannot save the changes</translation>
    </message>
    <message>
        <source>Cannot start a database transaction inside a read snapshot</source>
        <translation>Cannot start a database transaction inside a read snapshot</translation>
    </message>
    <message>
        <source>PostgreSQL has no data version</source>
        <translation>PostgreSQL has no data version</translation>
    </message>
    <message>
        <source>Cannot read the data version</source>
        <translation>Cannot read the data version</translation>
    </message>
    <message>
        <source>A read snapshot cannot start inside another transaction</source>
        <translation>A read snapshot cannot start inside another transaction</translation>
    </message>
</context>
<context>
    <name>DatabaseConfig</name>
    <message>
        <source>The database URL is empty</source>
        <translation>The database URL is empty</translation>
    </message>
    <message>
        <source>The database URL is not valid: %1</source>
        <translation>The database URL is not valid: %1</translation>
    </message>
    <message>
        <source>The database URL must start with postgresql://</source>
        <translation>The database URL must start with postgresql://</translation>
    </message>
    <message>
        <source>The database URL must not have a &apos;#&apos; part</source>
        <translation>The database URL must not have a &apos;#&apos; part</translation>
    </message>
    <message>
        <source>The database URL has an invalid port</source>
        <translation>The database URL has an invalid port</translation>
    </message>
    <message>
        <source>The database URL names no database (postgresql://user@host/DATABASE)</source>
        <translation>The database URL names no database (postgresql://user@host/DATABASE)</translation>
    </message>
    <message>
        <source>The database name in the URL must not contain &apos;/&apos;</source>
        <translation>The database name in the URL must not contain &apos;/&apos;</translation>
    </message>
    <message>
        <source>The database URL has an invalid option &apos;%1&apos;</source>
        <translation>The database URL has an invalid option &apos;%1&apos;</translation>
    </message>
    <message>
        <source>SQLite %1</source>
        <translation>SQLite %1</translation>
    </message>
    <message>
        <source>local socket</source>
        <translation>local socket</translation>
    </message>
    <message>
        <source>PostgreSQL %1%2:%3/%4</source>
        <translation>PostgreSQL %1%2:%3/%4</translation>
    </message>
</context>
<context>
    <name>DebtorRepository</name>
    <message>
        <source>Cannot save the debtor %1</source>
        <translation>Cannot save the debtor %1</translation>
    </message>
    <message>
        <source>A debtor with identity number %1 already exists</source>
        <translation>A debtor with identity number %1 already exists</translation>
    </message>
    <message>
        <source>Cannot read the debtor</source>
        <translation>Cannot read the debtor</translation>
    </message>
    <message>
        <source>There is no debtor with id %1</source>
        <translation>There is no debtor with id %1</translation>
    </message>
    <message>
        <source>Cannot search the debtors</source>
        <translation>Cannot search the debtors</translation>
    </message>
    <message>
        <source>Cannot read the debtors</source>
        <translation>Cannot read the debtors</translation>
    </message>
    <message>
        <source>Debtors stored together need distinct identity numbers</source>
        <translation>Debtors stored together need distinct identity numbers</translation>
    </message>
    <message>
        <source>Cannot save the debtors</source>
        <translation>Cannot save the debtors</translation>
    </message>
    <message>
        <source>A debtor with one of the identity numbers already exists</source>
        <translation>A debtor with one of the identity numbers already exists</translation>
    </message>
</context>
<context>
    <name>DemandDeadline</name>
    <message>
        <source>The minimum demand deadline of %1 calendar days is outside 0 to %2.</source>
        <translation>The minimum demand deadline of %1 calendar days is outside 0 to %2.</translation>
    </message>
    <message>
        <source>The minimum of %1 bank days after receipt is outside 0 to %2.</source>
        <translation>The minimum of %1 bank days after receipt is outside 0 to %2.</translation>
    </message>
    <message>
        <source>The demand has no valid sending date.</source>
        <translation>The demand has no valid sending date.</translation>
    </message>
    <message>
        <source>The channel&apos;s transit time of %1 days is outside 0 to %2.</source>
        <translation>The channel&apos;s transit time of %1 days is outside 0 to %2.</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message numerus="yes">
        <source>Case registered with %n claim(s) from %1</source>
        <translation>
            <numerusform>Case registered with %n claim from %1</numerusform>
            <numerusform>Case registered with %n claims from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Payment of %1 received</source>
        <translation>Payment of %1 received</translation>
    </message>
    <message>
        <source>Payment reminder sent</source>
        <translation>Payment reminder sent</translation>
    </message>
    <message>
        <source>Collection demand (inkassokrav) sent</source>
        <translation>Collection demand (inkassokrav) sent</translation>
    </message>
    <message>
        <source>SMS sent: a letter is on its way</source>
        <translation>SMS sent: a letter is on its way</translation>
    </message>
    <message numerus="yes">
        <source>Instalment plan agreed: %n payment(s) of %1</source>
        <translation>
            <numerusform>Instalment plan agreed: %n payment of %1</numerusform>
            <numerusform>Instalment plan agreed: %n payments of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The debtor disputes invoice %1</source>
        <translation>The debtor disputes invoice %1</translation>
    </message>
    <message>
        <source>Case paused until %1</source>
        <translation>Case paused until %1</translation>
    </message>
    <message>
        <source>Application for a payment order (betalningsföreläggande) sent to Kronofogden</source>
        <translation>Application for a payment order (betalningsföreläggande) sent to Kronofogden</translation>
    </message>
    <message>
        <source>Payment order granted and sent for enforcement</source>
        <translation>Payment order granted and sent for enforcement</translation>
    </message>
    <message>
        <source>Moved to long-term surveillance (efterbevakning)</source>
        <translation>Moved to long-term surveillance (efterbevakning)</translation>
    </message>
    <message>
        <source>Withdrawn by the client; case closed</source>
        <translation>Withdrawn by the client; case closed</translation>
    </message>
    <message>
        <source>Paid in full; case closed</source>
        <translation>Paid in full; case closed</translation>
    </message>
</context>
<context>
    <name>DemoDataService</name>
    <message>
        <source>The number of demo cases must be between 1 and %1, not %2</source>
        <translation>The number of demo cases must be between 1 and %1, not %2</translation>
    </message>
    <message>
        <source>The demo data needs the date of today</source>
        <translation>The demo data needs the date of today</translation>
    </message>
    <message>
        <source>A batch needs at least one case</source>
        <translation>A batch needs at least one case</translation>
    </message>
</context>
<context>
    <name>EntityText</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>Instalment plan</source>
        <translation>Instalment plan</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Disputed</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Payment order (Kronofogden)</source>
        <translation>Payment order (Kronofogden)</translation>
    </message>
    <message>
        <source>Enforcement</source>
        <translation>Enforcement</translation>
    </message>
    <message>
        <source>Long-term surveillance</source>
        <translation>Long-term surveillance</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation>Consumer</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <source>Joint debtor</source>
        <translation>Joint debtor</translation>
    </message>
    <message>
        <source>Guarantor</source>
        <translation>Guarantor</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interest</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Reversal</translation>
    </message>
</context>
<context>
    <name>EventRepository</name>
    <message>
        <source>Cannot save the event</source>
        <translation>Cannot save the event</translation>
    </message>
    <message>
        <source>Cannot read the case&apos;s events</source>
        <translation>Cannot read the case&apos;s events</translation>
    </message>
    <message>
        <source>Cannot read the debtor&apos;s events</source>
        <translation>Cannot read the debtor&apos;s events</translation>
    </message>
    <message>
        <source>Cannot save the events</source>
        <translation>Cannot save the events</translation>
    </message>
</context>
<context>
    <name>FeeSchedule</name>
    <message>
        <source>the fee table has no entries</source>
        <translation>the fee table has no entries</translation>
    </message>
    <message>
        <source>%1.type: unknown fee type &apos;%2&apos;</source>
        <translation>%1.type: unknown fee type &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1.amount_ore: must be a whole number of öre ≥ 0</source>
        <translation>%1.amount_ore: must be a whole number of öre ≥ 0</translation>
    </message>
    <message>
        <source>%1.valid_from: not a date</source>
        <translation>%1.valid_from: not a date</translation>
    </message>
    <message>
        <source>%1.statute: every fee must cite its statute</source>
        <translation>%1.statute: every fee must cite its statute</translation>
    </message>
    <message>
        <source>no %1 fee is defined for %2</source>
        <translation>no %1 fee is defined for %2</translation>
    </message>
    <message>
        <source>%1.charge: must be &apos;cap&apos; or &apos;fixed&apos;</source>
        <translation>%1.charge: must be &apos;cap&apos; or &apos;fixed&apos;</translation>
    </message>
    <message>
        <source>%1: a %2 fee from %3 is listed twice</source>
        <translation>%1: a %2 fee from %3 is listed twice</translation>
    </message>
    <message>
        <source>the fee table</source>
        <translation>the fee table</translation>
    </message>
    <message>
        <source>no %1 fee for an invalid date</source>
        <translation>no %1 fee for an invalid date</translation>
    </message>
</context>
<context>
    <name>Fordran::App</name>
    <message>
        <source>The database has no cases yet.</source>
        <translation>The database has no cases yet.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
</context>
<context>
    <name>Fordran::CaseQueueModel</name>
    <message>
        <source>Next action: %1</source>
        <translation>Next action: %1</translation>
    </message>
    <message>
        <source>Protected personal data: handle the address with care</source>
        <translation>Protected personal data: handle the address with care</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <source>Personal/org. no.</source>
        <translation>Personal/org. no.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Next action</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
</context>
<context>
    <name>Fordran::CaseQueueWidget</name>
    <message>
        <source>The case queue could not be read: %1</source>
        <translation>The case queue could not be read: %1</translation>
    </message>
    <message>
        <source>Search: case no., OCR, invoice no., personnummer/org. no. or name</source>
        <translation>Search: case no., OCR, invoice no., personnummer/org. no. or name</translation>
    </message>
    <message>
        <source>Show only cases in this status</source>
        <translation>Show only cases in this status</translation>
    </message>
    <message>
        <source>Show only the cases of one client</source>
        <translation>Show only the cases of one client</translation>
    </message>
    <message>
        <source>Show only the cases assigned to one officer</source>
        <translation>Show only the cases assigned to one officer</translation>
    </message>
    <message>
        <source>&amp;My cases</source>
        <translation>&amp;My cases</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>All clients</translation>
    </message>
    <message>
        <source>The clients could not be read: %1</source>
        <translation>The clients could not be read: %1</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>All officers</translation>
    </message>
    <message>
        <source>The officers could not be read: %1</source>
        <translation>The officers could not be read: %1</translation>
    </message>
    <message>
        <source>Show only the cases assigned to you (%1)</source>
        <translation>Show only the cases assigned to you (%1)</translation>
    </message>
    <message>
        <source>Your login &apos;%1&apos; is not a Fordran user: ask an administrator to add it</source>
        <translation>Your login &apos;%1&apos; is not a Fordran user: ask an administrator to add it</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
    <message>
        <source>No cases match the filters.</source>
        <translation>No cases match the filters.</translation>
    </message>
    <message>
        <source>No case matches “%1”.&lt;br&gt;&lt;br&gt;Search by case number, OCR reference, invoice number, personnummer or organisationsnummer, or the beginning of a name (first name first).</source>
        <translation>No case matches “%1”.&lt;br&gt;&lt;br&gt;Search by case number, OCR reference, invoice number, personnummer or organisationsnummer, or the beginning of a name (first name first).</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>The case is no longer in the database.</source>
        <translation>The case is no longer in the database.</translation>
    </message>
</context>
<context>
    <name>Fordran::CaseView</name>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Dispute</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Payment plan</source>
        <translation>Payment plan</translation>
    </message>
    <message>
        <source>Order to pay (BF)</source>
        <translation>Order to pay (BF)</translation>
    </message>
    <message>
        <source>Enforcement</source>
        <translation>Enforcement</translation>
    </message>
    <message>
        <source>Surveillance</source>
        <translation>Surveillance</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Reminder fee</source>
        <translation>Reminder fee</translation>
    </message>
    <message>
        <source>Collection fee</source>
        <translation>Collection fee</translation>
    </message>
    <message>
        <source>Late-payment compensation</source>
        <translation>Late-payment compensation</translation>
    </message>
    <message>
        <source>BF application fee</source>
        <translation>BF application fee</translation>
    </message>
    <message>
        <source>BF agent fee</source>
        <translation>BF agent fee</translation>
    </message>
    <message>
        <source>Case %1 – %2</source>
        <translation>Case %1 – %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Claims&lt;/b&gt;</source>
        <translation>&lt;b&gt;Claims&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>Timeline (%1)</translation>
    </message>
    <message>
        <source>Fees (%1)</source>
        <translation>Fees (%1)</translation>
    </message>
    <message>
        <source>Owed as of %1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Owed as of %1: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <source>No debtor is recorded for this case.</source>
        <translation>No debtor is recorded for this case.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>None (foreign debtor)</source>
        <translation>None (foreign debtor)</translation>
    </message>
    <message>
        <source>Org. no.:</source>
        <translation>Org. no.:</translation>
    </message>
    <message>
        <source>Personnummer:</source>
        <translation>Personnummer:</translation>
    </message>
    <message>
        <source>&lt;i&gt;Protected personal data: the address is not shown.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Protected personal data: the address is not shown.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>c/o %1</source>
        <translation>c/o %1</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Deceased:</source>
        <translation>Deceased:</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Client:</translation>
    </message>
    <message>
        <source>OCR:</source>
        <translation>OCR:</translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation>Opened:</translation>
    </message>
    <message>
        <source>Next action:</source>
        <translation>Next action:</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Officer:</source>
        <translation>Officer:</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Score:</translation>
    </message>
    <message>
        <source>Not computed yet (the daily run scores cases)</source>
        <translation>Not computed yet (the daily run scores cases)</translation>
    </message>
    <message>
        <source>Paused until:</source>
        <translation>Paused until:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation>Closed:</translation>
    </message>
    <message>
        <source>Balance as of %1</source>
        <translation>Balance as of %1</translation>
    </message>
    <message>
        <source>Principal:</source>
        <translation>Principal:</translation>
    </message>
    <message>
        <source>Interest:</source>
        <translation>Interest:</translation>
    </message>
    <message>
        <source>Fees:</source>
        <translation>Fees:</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>Paid:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Owed:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Owed:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Incomplete: see the warning above.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Incomplete: see the warning above.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interest</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Owed</translation>
    </message>
    <message>
        <source>%1 (disputed)</source>
        <translation>%1 (disputed)</translation>
    </message>
    <message>
        <source>Of which accrued and not yet posted: %1</source>
        <translation>Of which accrued and not yet posted: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
</context>
<context>
    <name>Fordran::Cli</name>
    <message>
        <source>%1: &apos;%2&apos; is not a date (YYYY-MM-DD)</source>
        <translation>%1: &apos;%2&apos; is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>N: &apos;%1&apos; must be a whole number from 0 to 10000</source>
        <translation>N: &apos;%1&apos; must be a whole number from 0 to 10000</translation>
    </message>
    <message>
        <source>--principal: %1</source>
        <translation>--principal: %1</translation>
    </message>
    <message>
        <source>--principal: the amount must not be negative</source>
        <translation>--principal: the amount must not be negative</translation>
    </message>
    <message>
        <source>--margin: &apos;%1&apos; is not a margin in percentage points (0–100)</source>
        <translation>--margin: &apos;%1&apos; is not a margin in percentage points (0–100)</translation>
    </message>
    <message>
        <source>--fixed-rate: &apos;%1&apos; is not a yearly percentage (0–1000)</source>
        <translation>--fixed-rate: &apos;%1&apos; is not a yearly percentage (0–1000)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a whole number from %3 to %4</source>
        <translation>%1: &apos;%2&apos; is not a whole number from %3 to %4</translation>
    </message>
    <message>
        <source>--status: &apos;%1&apos; is not a status (%2)</source>
        <translation>--status: &apos;%1&apos; is not a status (%2)</translation>
    </message>
    <message>
        <source>--client: %1</source>
        <translation>--client: %1</translation>
    </message>
    <message>
        <source>--client: no client with organisationsnummer %1</source>
        <translation>--client: no client with organisationsnummer %1</translation>
    </message>
    <message>
        <source>--sort: &apos;%1&apos; is not a column (%2)</source>
        <translation>--sort: &apos;%1&apos; is not a column (%2)</translation>
    </message>
    <message>
        <source>--as-of: &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>--as-of: &apos;%1&apos; is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>no case with number %1</source>
        <translation>no case with number %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>entered by %1 on %2</source>
        <translation>entered by %1 on %2</translation>
    </message>
    <message>
        <source>DATE: &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>DATE: &apos;%1&apos; is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>DATE: a reference rate applies from 1 January or 1 July, not %1</source>
        <translation>DATE: a reference rate applies from 1 January or 1 July, not %1</translation>
    </message>
    <message>
        <source>PERCENT: %1</source>
        <translation>PERCENT: %1</translation>
    </message>
    <message>
        <source>the built-in table already has %1 (%2 %); entered rates only add half-years it lacks</source>
        <translation>the built-in table already has %1 (%2 %); entered rates only add half-years it lacks</translation>
    </message>
    <message>
        <source>ORGNR: %1</source>
        <translation>ORGNR: %1</translation>
    </message>
    <message>
        <source>NAME: the client needs a name</source>
        <translation>NAME: the client needs a name</translation>
    </message>
    <message>
        <source>--bankgiro: %1</source>
        <translation>--bankgiro: %1</translation>
    </message>
    <message>
        <source>warning: entered reference rates not read from %1: %2</source>
        <translation>warning: entered reference rates not read from %1: %2</translation>
    </message>
    <message>
        <source>give either --db or --db-url, not both</source>
        <translation>give either --db or --db-url, not both</translation>
    </message>
    <message>
        <source>--db needs the path of a SQLite file</source>
        <translation>--db needs the path of a SQLite file</translation>
    </message>
    <message>
        <source>demo needs --cases N</source>
        <translation>demo needs --cases N</translation>
    </message>
    <message>
        <source>--cases: give a number of cases from 1 to %1, not &apos;%2&apos;</source>
        <translation>--cases: give a number of cases from 1 to %1, not &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--seed: give a whole number from 0 to 4294967295, not &apos;%1&apos;</source>
        <translation>--seed: give a whole number from 0 to 4294967295, not &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>demo: %1 already has %n case(s); no demo data added</source>
        <translation>
            <numerusform>demo: %1 already has %n case; no demo data added</numerusform>
            <numerusform>demo: %1 already has %n cases; no demo data added</numerusform>
        </translation>
    </message>
    <message>
        <source>demo: adding %1 demo cases (seed %2) to %3</source>
        <translation>demo: adding %1 demo cases (seed %2) to %3</translation>
    </message>
    <message>
        <source>demo: %1 of %2 cases stored (%3 %), %4 s</source>
        <translation>demo: %1 of %2 cases stored (%3 %), %4 s</translation>
    </message>
    <message>
        <source>--on: &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>--on: &apos;%1&apos; is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>%1: %2 is outside the years %3–%4</source>
        <translation>%1: %2 is outside the years %3–%4</translation>
    </message>
    <message>
        <source>interest: %1 is required</source>
        <translation>interest: %1 is required</translation>
    </message>
    <message>
        <source>interest: give either --margin or --fixed-rate, not both</source>
        <translation>interest: give either --margin or --fixed-rate, not both</translation>
    </message>
    <message>
        <source>case %1 has no claim with invoice number %2</source>
        <translation>case %1 has no claim with invoice number %2</translation>
    </message>
    <message>
        <source>case pause needs --reason R and --until DATE</source>
        <translation>case pause needs --reason R and --until DATE</translation>
    </message>
    <message>
        <source>client pin needs --segment S, --reason TEXT and --until DATE</source>
        <translation>client pin needs --segment S, --reason TEXT and --until DATE</translation>
    </message>
    <message>
        <source>DEBTOR_ID: %1</source>
        <translation>DEBTOR_ID: %1</translation>
    </message>
    <message>
        <source>--segment: &apos;%1&apos; is not a segment (risk, normal, vip)</source>
        <translation>--segment: &apos;%1&apos; is not a segment (risk, normal, vip)</translation>
    </message>
    <message>
        <source>no client with organisationsnummer %1</source>
        <translation>no client with organisationsnummer %1</translation>
    </message>
    <message>
        <source>no debtor with identity %1</source>
        <translation>no debtor with identity %1</translation>
    </message>
    <message>
        <source>run needs --date DATE</source>
        <translation>run needs --date DATE</translation>
    </message>
    <message>
        <source>--batch-size: give a number of cases from 1 to 100000, not &apos;%1&apos;</source>
        <translation>--batch-size: give a number of cases from 1 to 100000, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>run: %1 %2 on %3</source>
        <translation>run: %1 %2 on %3</translation>
    </message>
    <message>
        <source>previewing</source>
        <translation>previewing</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>run: %1 of %2 cases (%3 %), %4 s</source>
        <translation>run: %1 of %2 cases (%3 %), %4 s</translation>
    </message>
    <message>
        <source>--version: no stored rules version &apos;%1&apos;</source>
        <translation>--version: no stored rules version &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than a rules file may be (%2 bytes)</source>
        <translation>%1 is larger than a rules file may be (%2 bytes)</translation>
    </message>
    <message>
        <source>nothing in %1 can be imported: %2</source>
        <translation>nothing in %1 can be imported: %2</translation>
    </message>
    <message>
        <source>%n row(s) of the file are rejected, so nothing was imported (--accept-valid imports the valid rows)</source>
        <translation>%n row(s) of the file are rejected, so nothing was imported (--accept-valid imports the valid rows)</translation>
    </message>
    <message>
        <source>no row of %1 can be imported</source>
        <translation>no row of %1 can be imported</translation>
    </message>
    <message>
        <source>import claims needs --client ORGNR</source>
        <translation>import claims needs --client ORGNR</translation>
    </message>
    <message>
        <source>import: %1 for client %2 into %3</source>
        <translation>import: %1 for client %2 into %3</translation>
    </message>
    <message>
        <source>import: %1 of %2 cases written (%3 %), %4 s</source>
        <translation>import: %1 of %2 cases written (%3 %), %4 s</translation>
    </message>
    <message>
        <source>warning: line %1: %2</source>
        <translation>warning: line %1: %2</translation>
    </message>
    <message>
        <source>rejected: line %1: %2</source>
        <translation>rejected: line %1: %2</translation>
    </message>
    <message>
        <source>rejected: … and %1 more (all are in the JSON)</source>
        <translation>rejected: … and %1 more (all are in the JSON)</translation>
    </message>
    <message>
        <source>import: %1 claim(s) in %2 case(s) imported, %3 row(s) rejected</source>
        <translation>import: %1 claim(s) in %2 case(s) imported, %3 row(s) rejected</translation>
    </message>
</context>
<context>
    <name>Fordran::DailyRunDialog</name>
    <message>
        <source>Run daily process</source>
        <translation>Run daily process</translation>
    </message>
    <message>
        <source>Advances every case that is due by its process template as of the date: fees and interest are posted, letters and SMS queued, calls and decisions given to the officers. Running a date twice changes nothing the second time; after missed days each case does its overdue step once.</source>
        <translation>Advances every case that is due by its process template as of the date: fees and interest are posted, letters and SMS queued, calls and decisions given to the officers. Running a date twice changes nothing the second time; after missed days each case does its overdue step once.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Preview shows what the run will do, per kind of action, without changing anything.</source>
        <translation>Preview shows what the run will do, per kind of action, without changing anything.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <source>Previewing %1…</source>
        <translation>Previewing %1…</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>Running %1…</translation>
    </message>
    <message>
        <source>Stopping after the cases in hand…</source>
        <translation>Stopping after the cases in hand…</translation>
    </message>
    <message>
        <source>%1 of %2 cases</source>
        <translation>%1 of %2 cases</translation>
    </message>
    <message>
        <source>Steps stopped by a rule (refusals)</source>
        <translation>Steps stopped by a rule (refusals)</translation>
    </message>
    <message>
        <source>Preview of %1: %2 cases due, %3 would change (rules %4). Nothing was written.</source>
        <translation>Preview of %1: %2 cases due, %3 would change (rules %4). Nothing was written.</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 cases done; each is fully advanced or untouched. Run %3 again to finish.</source>
        <translation>Cancelled: %1 of %2 cases done; each is fully advanced or untouched. Run %3 again to finish.</translation>
    </message>
    <message>
        <source>Done: %1 cases examined for %2, %3 changed (rules %4), in %5 s.</source>
        <translation>Done: %1 cases examined for %2, %3 changed (rules %4), in %5 s.</translation>
    </message>
    <message>
        <source>No actions.</source>
        <translation>No actions.</translation>
    </message>
    <message>
        <source>The run stopped: %1. The cases done before stay done; the rest are untouched.</source>
        <translation>The run stopped: %1. The cases done before stay done; the rest are untouched.</translation>
    </message>
</context>
<context>
    <name>Fordran::DatabaseActionHandler</name>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Cannot open the database %1.</source>
        <translation>Cannot open the database %1.</translation>
    </message>
    <message>
        <source>%1

Fordran keeps working in %2.</source>
        <translation>%1

Fordran keeps working in %2.</translation>
    </message>
    <message>
        <source>Reference Rate Missing</source>
        <translation>Reference Rate Missing</translation>
    </message>
    <message>
        <source>The reference rate for the half-year starting %1 is missing.</source>
        <translation>The reference rate for the half-year starting %1 is missing.</translation>
    </message>
    <message>
        <source>Enter the Rate…</source>
        <translation>Enter the Rate…</translation>
    </message>
    <message>
        <source>Fordran does not compute interest for days from %1 until the Riksbank&apos;s rate for that half-year is entered; it never guesses a rate. Enter it in the next window.</source>
        <translation>Fordran does not compute interest for days from %1 until the Riksbank&apos;s rate for that half-year is entered; it never guesses a rate. Enter it in the next window.</translation>
    </message>
</context>
<context>
    <name>Fordran::DatabaseController</name>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 is a folder, not a database file</translation>
    </message>
    <message>
        <source>Cannot create the file %1: the folder %2 is not writable</source>
        <translation>Cannot create the file %1: the folder %2 is not writable</translation>
    </message>
    <message>
        <source>Connected, but %1 does not look like a Fordran database: its schema version cannot be read</source>
        <translation>Connected, but %1 does not look like a Fordran database: its schema version cannot be read</translation>
    </message>
    <message>
        <source>%1 was set up by a newer version of Fordran (schema %2; this version knows up to %3)</source>
        <translation>%1 was set up by a newer version of Fordran (schema %2; this version knows up to %3)</translation>
    </message>
</context>
<context>
    <name>Fordran::DatabaseDialog</name>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Fordran keeps cases, payments and reference rates in one database. A SQLite file suits a single workstation; to work on the same cases from several workstations, use a PostgreSQL server.</source>
        <translation>Fordran keeps cases, payments and reference rates in one database. A SQLite file suits a single workstation; to work on the same cases from several workstations, use a PostgreSQL server.</translation>
    </message>
    <message>
        <source>&amp;SQLite file on this computer</source>
        <translation>&amp;SQLite file on this computer</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server</source>
        <translation>&amp;PostgreSQL server</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Use &amp;default</source>
        <translation>Use &amp;default</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Default: %1</translation>
    </message>
    <message>
        <source>e.g. db.office.local; empty: this computer</source>
        <translation>e.g. db.office.local; empty: this computer</translation>
    </message>
    <message>
        <source>The password is used for this session only and never saved. To connect without typing it, put it in ~/.pgpass.</source>
        <translation>The password is used for this session only and never saved. To connect without typing it, put it in ~/.pgpass.</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>D&amp;atabase:</source>
        <translation>D&amp;atabase:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>File: choose the file of the SQLite database (Browse… or Use default).</source>
        <translation>File: choose the file of the SQLite database (Browse… or Use default).</translation>
    </message>
    <message>
        <source>File: give the full path of the database file, e.g. %1.</source>
        <translation>File: give the full path of the database file, e.g. %1.</translation>
    </message>
    <message>
        <source>File: %1 is a folder; add a file name, e.g. %2.</source>
        <translation>File: %1 is a folder; add a file name, e.g. %2.</translation>
    </message>
    <message>
        <source>Server: a host name has no spaces (&quot;%1&quot;).</source>
        <translation>Server: a host name has no spaces (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Database: enter the name of the database on the PostgreSQL server, e.g. fordran.</source>
        <translation>Database: enter the name of the database on the PostgreSQL server, e.g. fordran.</translation>
    </message>
    <message>
        <source>Database: &quot;%1&quot; is not a database name (no spaces or slashes).</source>
        <translation>Database: &quot;%1&quot; is not a database name (no spaces or slashes).</translation>
    </message>
    <message>
        <source>User: a user name has no spaces (&quot;%1&quot;).</source>
        <translation>User: a user name has no spaces (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>SQLite database file</source>
        <translation>SQLite database file</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Connection failed: %1</translation>
    </message>
    <message>
        <source>Connection failed: %1
%2</source>
        <translation>Connection failed: %1
%2</translation>
    </message>
    <message>
        <source>The file does not exist yet; Fordran creates it when you click Open.</source>
        <translation>The file does not exist yet; Fordran creates it when you click Open.</translation>
    </message>
    <message>
        <source>Connection works. The database is empty; Fordran sets it up when you click Open.</source>
        <translation>Connection works. The database is empty; Fordran sets it up when you click Open.</translation>
    </message>
    <message>
        <source>Connection works. The database is brought up to date (version %1 to %2) when you click Open.</source>
        <translation>Connection works. The database is brought up to date (version %1 to %2) when you click Open.</translation>
    </message>
    <message>
        <source>Connection works. The database is up to date.</source>
        <translation>Connection works. The database is up to date.</translation>
    </message>
</context>
<context>
    <name>Fordran::ImportClaimsActionHandler</name>
    <message>
        <source>Import claims</source>
        <translation>Import claims</translation>
    </message>
    <message>
        <source>The clients could not be read: %1</source>
        <translation>The clients could not be read: %1</translation>
    </message>
</context>
<context>
    <name>Fordran::ImportClaimsDialog</name>
    <message>
        <source>Import claims</source>
        <translation>Import claims</translation>
    </message>
    <message>
        <source>Imports a client&apos;s claims file (CSV, one row per invoice). Claims of the client against one debtor become one case with its own case number and OCR reference. Check reads the whole file and lists every rejected row without changing anything.</source>
        <translation>Imports a client&apos;s claims file (CSV, one row per invoice). Claims of the client against one debtor become one case with its own case number and OCR reference. Check reads the whole file and lists every rejected row without changing anything.</translation>
    </message>
    <message>
        <source>Claims file (.csv)</source>
        <translation>Claims file (.csv)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No clients yet: add one with fordran-cli client add</source>
        <translation>No clients yet: add one with fordran-cli client add</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows and leave out the rejected ones</source>
        <translation>Import the &amp;valid rows and leave out the rejected ones</translation>
    </message>
    <message>
        <source>Unticked, a file with any rejected row imports nothing, so the client can send a corrected file.</source>
        <translation>Unticked, a file with any rejected row imports nothing, so the client can send a corrected file.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Client:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>OCR</source>
        <translation>OCR</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Debtor</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Rejected rows</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>C&amp;heck</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Choose a claims file</source>
        <translation>Choose a claims file</translation>
    </message>
    <message>
        <source>Claims files (*.csv *.txt);;All files (*)</source>
        <translation>Claims files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>This database has no clients. Add the client first (fordran-cli client add ORGNR NAME), then import its file.</source>
        <translation>This database has no clients. Add the client first (fordran-cli client add ORGNR NAME), then import its file.</translation>
    </message>
    <message>
        <source>Choose the client&apos;s claims file and the client, then Check.</source>
        <translation>Choose the client&apos;s claims file and the client, then Check.</translation>
    </message>
    <message>
        <source>Check reads the file and shows what would be imported; Import stores it.</source>
        <translation>Check reads the file and shows what would be imported; Import stores it.</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: no such file.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <source>Cancelling: nothing of this import will be kept…</source>
        <translation>Cancelling: nothing of this import will be kept…</translation>
    </message>
    <message>
        <source>%1 of %2 cases</source>
        <translation>%1 of %2 cases</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Rejected rows (%1)</source>
        <translation>Rejected rows (%1)</translation>
    </message>
    <message>
        <source>Cases (%1)</source>
        <translation>Cases (%1)</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 cannot be imported: %2</translation>
    </message>
    <message>
        <source>the file is not a claims file</source>
        <translation>the file is not a claims file</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Import cancelled: nothing was imported.</translation>
    </message>
    <message>
        <source>Imported %1 claims from %2 as %3 cases for %4.</source>
        <translation>Imported %1 claims from %2 as %3 cases for %4.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>Nothing was imported from %1.</translation>
    </message>
    <message>
        <source>%1 rejected rows were left out.</source>
        <translation>%1 rejected rows were left out.</translation>
    </message>
    <message>
        <source>%1 rejected rows: correct the file, or tick the option to import the valid rows.</source>
        <translation>%1 rejected rows: correct the file, or tick the option to import the valid rows.</translation>
    </message>
    <message>
        <source>%1: all %2 rows are valid: %3 claims as %4 cases. Nothing has been written yet: Import stores them.</source>
        <translation>%1: all %2 rows are valid: %3 claims as %4 cases. Nothing has been written yet: Import stores them.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows are rejected (see the list).</source>
        <translation>%1: %2 of %3 rows are rejected (see the list).</translation>
    </message>
    <message>
        <source>Import would store the %1 valid claims as %2 cases.</source>
        <translation>Import would store the %1 valid claims as %2 cases.</translation>
    </message>
    <message>
        <source>The list shows the first %1.</source>
        <translation>The list shows the first %1.</translation>
    </message>
    <message>
        <source>The import failed: %1. Nothing was imported.</source>
        <translation>The import failed: %1. Nothing was imported.</translation>
    </message>
    <message>
        <source>The file could not be checked: %1.</source>
        <translation>The file could not be checked: %1.</translation>
    </message>
    <message>
        <source>As it is, nothing would be imported; tick the option to import the %1 valid rows, or ask the client for a corrected file.</source>
        <translation>As it is, nothing would be imported; tick the option to import the %1 valid rows, or ask the client for a corrected file.</translation>
    </message>
    <message>
        <source>No row can be imported; ask the client for a corrected file.</source>
        <translation>No row can be imported; ask the client for a corrected file.</translation>
    </message>
</context>
<context>
    <name>Fordran::LanguageMenu</name>
    <message>
        <source>Follow the system language</source>
        <translation>Follow the system language</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The new language is used the next time you start Fordran.</source>
        <translation>The new language is used the next time you start Fordran.</translation>
    </message>
</context>
<context>
    <name>Fordran::MainActions</name>
    <message>
        <source>&amp;Database…</source>
        <translation>&amp;Database…</translation>
    </message>
    <message>
        <source>Open or create the database to work in</source>
        <translation>Open or create the database to work in</translation>
    </message>
    <message>
        <source>&amp;Import claims…</source>
        <translation>&amp;Import claims…</translation>
    </message>
    <message>
        <source>Import a client&apos;s claims file as new cases</source>
        <translation>Import a client&apos;s claims file as new cases</translation>
    </message>
    <message>
        <source>Import &amp;payments…</source>
        <translation>Import &amp;payments…</translation>
    </message>
    <message>
        <source>Book a payment file from Bankgirot</source>
        <translation>Book a payment file from Bankgirot</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Close Fordran</source>
        <translation>Close Fordran</translation>
    </message>
    <message>
        <source>&amp;Open case…</source>
        <translation>&amp;Open case…</translation>
    </message>
    <message>
        <source>Find a case by case number, OCR, invoice number, personnummer or name</source>
        <translation>Find a case by case number, OCR, invoice number, personnummer or name</translation>
    </message>
    <message>
        <source>Register &amp;payment…</source>
        <translation>Register &amp;payment…</translation>
    </message>
    <message>
        <source>Register a payment received on the current case</source>
        <translation>Register a payment received on the current case</translation>
    </message>
    <message>
        <source>Print &amp;letters…</source>
        <translation>Print &amp;letters…</translation>
    </message>
    <message>
        <source>Print every queued letter that is due</source>
        <translation>Print every queued letter that is due</translation>
    </message>
    <message>
        <source>Run &amp;daily processing…</source>
        <translation>Run &amp;daily processing…</translation>
    </message>
    <message>
        <source>Advance every case by the rules: fees, interest, letters and tasks</source>
        <translation>Advance every case by the rules: fees, interest, letters and tasks</translation>
    </message>
    <message>
        <source>&amp;Clients…</source>
        <translation>&amp;Clients…</translation>
    </message>
    <message>
        <source>Register and edit clients (creditors)</source>
        <translation>Register and edit clients (creditors)</translation>
    </message>
    <message>
        <source>&amp;Reference rates…</source>
        <translation>&amp;Reference rates…</translation>
    </message>
    <message>
        <source>The Riksbank reference rate for each half-year</source>
        <translation>The Riksbank reference rate for each half-year</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Choose the language of the user interface</source>
        <translation>Choose the language of the user interface</translation>
    </message>
    <message>
        <source>&amp;About Fordran</source>
        <translation>&amp;About Fordran</translation>
    </message>
    <message>
        <source>Version and licence of Fordran</source>
        <translation>Version and licence of Fordran</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
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
        <translation>No database open</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>No cases to show</source>
        <translation>No cases to show</translation>
    </message>
    <message>
        <source>About Fordran</source>
        <translation>About Fordran</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Fordran %1&lt;/h3&gt;&lt;p&gt;Desktop workstation for Swedish debt collection: cases, payment reminders, collection demands, payment plans and payments.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fordran %1&lt;/h3&gt;&lt;p&gt;Desktop workstation for Swedish debt collection: cases, payment reminders, collection demands, payment plans and payments.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The cases that need attention are listed here, most urgent first.&lt;br&gt;To begin, choose a database with &lt;b&gt;%1&lt;/b&gt; or import a client&apos;s claims with &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>The cases that need attention are listed here, most urgent first.&lt;br&gt;To begin, choose a database with &lt;b&gt;%1&lt;/b&gt; or import a client&apos;s claims with &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Fordran::ReferenceRateEntryDialog</name>
    <message>
        <source>Add Reference Rate</source>
        <translation>Add Reference Rate</translation>
    </message>
    <message>
        <source>%1 (next half-year)</source>
        <translation>%1 (next half-year)</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (missing)</translation>
    </message>
    <message>
        <source>%1 (built-in, %2)</source>
        <translation>%1 (built-in, %2)</translation>
    </message>
    <message>
        <source>%1 (entered, %2)</source>
        <translation>%1 (entered, %2)</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <comment>an example rate</comment>
        <translation>e.g. %1</translation>
    </message>
    <message>
        <source>&amp;Half-year from:</source>
        <translation>&amp;Half-year from:</translation>
    </message>
    <message>
        <source>&amp;Reference rate:</source>
        <translation>&amp;Reference rate:</translation>
    </message>
    <message>
        <source>The rate the Riksbank announced for the half-year, in percent. It is stored in the database and used on every workstation.</source>
        <translation>The rate the Riksbank announced for the half-year, in percent. It is stored in the database and used on every workstation.</translation>
    </message>
    <message>
        <source>No rate is known for this half-year yet.</source>
        <translation>No rate is known for this half-year yet.</translation>
    </message>
    <message>
        <source>Now %1 (%2); the rate you save replaces it.</source>
        <translation>Now %1 (%2); the rate you save replaces it.</translation>
    </message>
    <message>
        <source>Fixed by the Riksbank: %1.</source>
        <translation>Fixed by the Riksbank: %1.</translation>
    </message>
    <message>
        <source>Enter the rate in percent.</source>
        <translation>Enter the rate in percent.</translation>
    </message>
    <message>
        <source>Reference rate: %1</source>
        <translation>Reference rate: %1</translation>
    </message>
</context>
<context>
    <name>Fordran::ReferenceRateModel</name>
    <message>
        <source>%1 %</source>
        <comment>a rate in percent, e.g. 1.75 %</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>–</source>
        <comment>no rate for the half-year</comment>
        <translation>–</translation>
    </message>
    <message>
        <source>built-in</source>
        <comment>reference rate source</comment>
        <translation>built-in</translation>
    </message>
    <message>
        <source>entered</source>
        <comment>reference rate source</comment>
        <translation>entered</translation>
    </message>
    <message>
        <source>missing</source>
        <comment>reference rate source</comment>
        <translation>missing</translation>
    </message>
    <message>
        <source>Enter the Riksbank&apos;s rate for this half-year</source>
        <translation>Enter the Riksbank&apos;s rate for this half-year</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Fordran::ReferenceRatesDialog</name>
    <message>
        <source>Reference Rates</source>
        <translation>Reference Rates</translation>
    </message>
    <message>
        <source>Default interest on a late payment is the Riksbank&apos;s reference rate plus eight percentage points (räntelagen 6 and 9 §§). The reference rate is fixed for each calendar half-year, from 1 January and 1 July. Fordran has the confirmed rates built in; a rate entered here is stored in the database and used on every workstation.</source>
        <translation>Default interest on a late payment is the Riksbank&apos;s reference rate plus eight percentage points (räntelagen 6 and 9 §§). The reference rate is fixed for each calendar half-year, from 1 January and 1 July. Fordran has the confirmed rates built in; a rate entered here is stored in the database and used on every workstation.</translation>
    </message>
    <message>
        <source>Source: Sveriges Riksbank announces the reference rate shortly before each half-year starts, on &lt;a href=&quot;https://www.riksbank.se/sv/statistik/rantor-och-valutakurser/referensranta-och-diskonto/&quot;&gt;riksbank.se&lt;/a&gt; (Statistics → Interest rates and exchange rates → Reference rate). Enter it as published, e.g. 1,75.</source>
        <translation>Source: Sveriges Riksbank announces the reference rate shortly before each half-year starts, on &lt;a href=&quot;https://www.riksbank.se/sv/statistik/rantor-och-valutakurser/referensranta-och-diskonto/&quot;&gt;riksbank.se&lt;/a&gt; (Statistics → Interest rates and exchange rates → Reference rate). Enter it as published, e.g. 1,75.</translation>
    </message>
    <message>
        <source>&amp;Add rate…</source>
        <translation>&amp;Add rate…</translation>
    </message>
    <message>
        <source>The reference rates cannot be read: %1</source>
        <translation>The reference rates cannot be read: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The reference rate for the half-year starting %1 is missing.&lt;/b&gt; Interest for days in that half-year is not computed until you enter the Riksbank&apos;s rate.</source>
        <translation>&lt;b&gt;The reference rate for the half-year starting %1 is missing.&lt;/b&gt; Interest for days in that half-year is not computed until you enter the Riksbank&apos;s rate.</translation>
    </message>
    <message numerus="yes">
        <source>No rate either for the half-year(s) starting %1.</source>
        <translation>
            <numerusform>No rate either for the half-year starting %1.</numerusform>
            <numerusform>No rate either for the half-years starting %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reference rate for the half-year starting %1 was not saved.</source>
        <translation>The reference rate for the half-year starting %1 was not saved.</translation>
    </message>
</context>
<context>
    <name>GuardSet</name>
    <message>
        <source>No fee was given to check.</source>
        <translation>No fee was given to check.</translation>
    </message>
    <message>
        <source>No interest posting was given to check.</source>
        <translation>No interest posting was given to check.</translation>
    </message>
</context>
<context>
    <name>HolidayRules</name>
    <message>
        <source>%1.name: every day needs a name</source>
        <translation>%1.name: every day needs a name</translation>
    </message>
    <message>
        <source>%1.rule: must be &apos;fixed&apos;, &apos;easter&apos; or &apos;saturday_from&apos;</source>
        <translation>%1.rule: must be &apos;fixed&apos;, &apos;easter&apos; or &apos;saturday_from&apos;</translation>
    </message>
    <message>
        <source>%1: month and day must give a date</source>
        <translation>%1: month and day must give a date</translation>
    </message>
    <message>
        <source>%1.offset: a fixed date takes no offset</source>
        <translation>%1.offset: a fixed date takes no offset</translation>
    </message>
    <message>
        <source>%1.offset: must be a whole number of days from -%2 to %2</source>
        <translation>%1.offset: must be a whole number of days from -%2 to %2</translation>
    </message>
    <message>
        <source>%1.public_holiday: must be true or false</source>
        <translation>%1.public_holiday: must be true or false</translation>
    </message>
    <message>
        <source>%1: valid_from and valid_until must be dates (YYYY-MM-DD)</source>
        <translation>%1: valid_from and valid_until must be dates (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>%1: valid_until must be after valid_from</source>
        <translation>%1: valid_until must be after valid_from</translation>
    </message>
    <message>
        <source>%1.statute: every day must cite its statute</source>
        <translation>%1.statute: every day must cite its statute</translation>
    </message>
    <message>
        <source>the holiday table has no days</source>
        <translation>the holiday table has no days</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: must be an object</translation>
    </message>
    <message>
        <source>the holiday table</source>
        <translation>the holiday table</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>no identity number given</source>
        <translation>no identity number given</translation>
    </message>
    <message>
        <source>must have 10 or 12 digits</source>
        <translation>must have 10 or 12 digits</translation>
    </message>
    <message>
        <source>more than one separator</source>
        <translation>more than one separator</translation>
    </message>
    <message>
        <source>%1 is not allowed: only digits and one &apos;-&apos; or &apos;+&apos;</source>
        <translation>%1 is not allowed: only digits and one &apos;-&apos; or &apos;+&apos;</translation>
    </message>
    <message>
        <source>the separator must come before the last four digits</source>
        <translation>the separator must come before the last four digits</translation>
    </message>
    <message>
        <source>a 12-digit organisationsnummer starts with 16</source>
        <translation>a 12-digit organisationsnummer starts with 16</translation>
    </message>
    <message>
        <source>&apos;+&apos; is only used in a personnummer</source>
        <translation>&apos;+&apos; is only used in a personnummer</translation>
    </message>
    <message>
        <source>check digit mismatch</source>
        <translation>check digit mismatch</translation>
    </message>
    <message>
        <source>an organisationsnummer needs a month part of 20 or more</source>
        <translation>an organisationsnummer needs a month part of 20 or more</translation>
    </message>
    <message>
        <source>not a valid date</source>
        <translation>not a valid date</translation>
    </message>
    <message>
        <source>the century must be 18, 19 or 20</source>
        <translation>the century must be 18, 19 or 20</translation>
    </message>
    <message>
        <source>the birth date is after %1</source>
        <translation>the birth date is after %1</translation>
    </message>
</context>
<context>
    <name>ImportBatchRepository</name>
    <message>
        <source>Cannot record the imported file %1</source>
        <translation>Cannot record the imported file %1</translation>
    </message>
    <message>
        <source>Cannot read the imported files</source>
        <translation>Cannot read the imported files</translation>
    </message>
</context>
<context>
    <name>InterestCalculator</name>
    <message>
        <source>margin_percent: %1</source>
        <translation>margin_percent: %1</translation>
    </message>
    <message>
        <source>day_basis: must be 360, 365 or 366</source>
        <translation>day_basis: must be 360, 365 or 366</translation>
    </message>
    <message>
        <source>start: must be &apos;day_after_due&apos; or &apos;due_date&apos;</source>
        <translation>start: must be &apos;day_after_due&apos; or &apos;due_date&apos;</translation>
    </message>
    <message>
        <source>days_after_notice: must be a number of days from 0 to 365</source>
        <translation>days_after_notice: must be a number of days from 0 to 365</translation>
    </message>
    <message>
        <source>rounding: must be &apos;half_away_from_zero&apos; or &apos;half_even&apos;</source>
        <translation>rounding: must be &apos;half_away_from_zero&apos; or &apos;half_even&apos;</translation>
    </message>
    <message>
        <source>the due date is not a valid date</source>
        <translation>the due date is not a valid date</translation>
    </message>
    <message>
        <source>the end date is not a valid date</source>
        <translation>the end date is not a valid date</translation>
    </message>
    <message>
        <source>no principal given</source>
        <translation>no principal given</translation>
    </message>
    <message>
        <source>the principal must not be negative</source>
        <translation>the principal must not be negative</translation>
    </message>
    <message>
        <source>principal changes must be in date order</source>
        <translation>principal changes must be in date order</translation>
    </message>
    <message>
        <source>the fixed rate %1 % is out of range</source>
        <translation>the fixed rate %1 % is out of range</translation>
    </message>
    <message>
        <source>the interest does not fit in an amount</source>
        <translation>the interest does not fit in an amount</translation>
    </message>
    <message>
        <source>the interest conventions</source>
        <translation>the interest conventions</translation>
    </message>
</context>
<context>
    <name>InterestTerm</name>
    <message>
        <source>expected ref+N (e.g. ref+8)</source>
        <translation>expected ref+N (e.g. ref+8)</translation>
    </message>
    <message>
        <source>the margin in ref+N must be a number such as 8 or 8.5</source>
        <translation>the margin in ref+N must be a number such as 8 or 8.5</translation>
    </message>
    <message>
        <source>a margin above 100 percentage points is not accepted</source>
        <translation>a margin above 100 percentage points is not accepted</translation>
    </message>
    <message>
        <source>expected ref+N or a yearly percentage such as 12.5</source>
        <translation>expected ref+N or a yearly percentage such as 12.5</translation>
    </message>
    <message>
        <source>a fixed rate must be greater than zero</source>
        <translation>a fixed rate must be greater than zero</translation>
    </message>
    <message>
        <source>a fixed rate above 100% a year is not accepted</source>
        <translation>a fixed rate above 100% a year is not accepted</translation>
    </message>
</context>
<context>
    <name>LedgerRepository</name>
    <message>
        <source>A ledger line needs an amount other than zero</source>
        <translation>A ledger line needs an amount other than zero</translation>
    </message>
    <message>
        <source>A reversal is booked with reverse(), naming the line it undoes</source>
        <translation>A reversal is booked with reverse(), naming the line it undoes</translation>
    </message>
    <message>
        <source>A fee line needs a fee type</source>
        <translation>A fee line needs a fee type</translation>
    </message>
    <message>
        <source>A payment is booked as a negative amount</source>
        <translation>A payment is booked as a negative amount</translation>
    </message>
    <message>
        <source>A payment is allocated to principal, interest or a fee</source>
        <translation>A payment is allocated to principal, interest or a fee</translation>
    </message>
    <message>
        <source>There is no ledger line %1 to reverse</source>
        <translation>There is no ledger line %1 to reverse</translation>
    </message>
    <message>
        <source>Ledger line %1 is itself a reversal and cannot be reversed</source>
        <translation>Ledger line %1 is itself a reversal and cannot be reversed</translation>
    </message>
    <message>
        <source>Cannot read the ledger</source>
        <translation>Cannot read the ledger</translation>
    </message>
    <message>
        <source>Ledger line %1 is already reversed by line %2</source>
        <translation>Ledger line %1 is already reversed by line %2</translation>
    </message>
    <message>
        <source>A ledger line needs a date</source>
        <translation>A ledger line needs a date</translation>
    </message>
    <message>
        <source>Cannot book the ledger line</source>
        <translation>Cannot book the ledger line</translation>
    </message>
    <message>
        <source>Cannot update the case balance</source>
        <translation>Cannot update the case balance</translation>
    </message>
    <message>
        <source>There is no case with id %1</source>
        <translation>There is no case with id %1</translation>
    </message>
    <message>
        <source>The ledger lines of case %1 add up to more than can be stored</source>
        <translation>The ledger lines of case %1 add up to more than can be stored</translation>
    </message>
    <message>
        <source>Cannot book the ledger lines</source>
        <translation>Cannot book the ledger lines</translation>
    </message>
</context>
<context>
    <name>LegalData</name>
    <message>
        <source>cannot read %1</source>
        <translation>cannot read %1</translation>
    </message>
    <message>
        <source>%1 is not valid JSON</source>
        <translation>%1 is not valid JSON</translation>
    </message>
</context>
<context>
    <name>LegalGuards</name>
    <message>
        <source>The fee of %1 is above the statutory amount of %2 (%3).</source>
        <translation>The fee of %1 is above the statutory amount of %2 (%3).</translation>
    </message>
    <message>
        <source>The claim has no due date, so it cannot be collected yet (%1).</source>
        <translation>The claim has no due date, so it cannot be collected yet (%1).</translation>
    </message>
    <message>
        <source>The claim is not overdue before %1 (%2).</source>
        <translation>The claim is not overdue before %1 (%2).</translation>
    </message>
    <message>
        <source>No reminder fee: förseningsersättning is already charged on this claim and replaces it (%1).</source>
        <translation>No reminder fee: förseningsersättning is already charged on this claim and replaces it (%1).</translation>
    </message>
    <message>
        <source>No reminder fee: there is no evidence that the debtor agreed to one no later than when the debt arose (%1).</source>
        <translation>No reminder fee: there is no evidence that the debtor agreed to one no later than when the debt arose (%1).</translation>
    </message>
    <message>
        <source>No reminder fee: the claim already carries one, and further reminders are free (%1).</source>
        <translation>No reminder fee: the claim already carries one, and further reminders are free (%1).</translation>
    </message>
    <message>
        <source>No collection-demand fee: förseningsersättning is already charged on this claim and replaces it (%1).</source>
        <translation>No collection-demand fee: förseningsersättning is already charged on this claim and replaces it (%1).</translation>
    </message>
    <message>
        <source>No collection-demand fee: the demand has not been sent or handed over to the debtor (%1).</source>
        <translation>No collection-demand fee: the demand has not been sent or handed over to the debtor (%1).</translation>
    </message>
    <message>
        <source>No collection-demand fee: the demand does not state principal, interest and costs separately (%1).</source>
        <translation>No collection-demand fee: the demand does not state principal, interest and costs separately (%1).</translation>
    </message>
    <message>
        <source>No collection-demand fee: the demand does not state the interest amount, rate, period and base (%1).</source>
        <translation>No collection-demand fee: the demand does not state the interest amount, rate, period and base (%1).</translation>
    </message>
    <message>
        <source>No collection-demand fee: the demand gives no deadline to pay or object (%1).</source>
        <translation>No collection-demand fee: the demand gives no deadline to pay or object (%1).</translation>
    </message>
    <message>
        <source>No collection-demand fee: the claim already carries one (%1).</source>
        <translation>No collection-demand fee: the claim already carries one (%1).</translation>
    </message>
    <message>
        <source>The demand gives no deadline to pay or object (%1).</source>
        <translation>The demand gives no deadline to pay or object (%1).</translation>
    </message>
    <message>
        <source>The shortest allowed deadline cannot be computed: %1 (%2).</source>
        <translation>The shortest allowed deadline cannot be computed: %1 (%2).</translation>
    </message>
    <message>
        <source>The demand&apos;s deadline %1 is earlier than the shortest allowed, %2 (%3).</source>
        <translation>The demand&apos;s deadline %1 is earlier than the shortest allowed, %2 (%3).</translation>
    </message>
    <message>
        <source>No legal step: no collection demand with a deadline has been sent (%1).</source>
        <translation>No legal step: no collection demand with a deadline has been sent (%1).</translation>
    </message>
    <message>
        <source>No legal step before the demand&apos;s deadline %1 has passed (%2).</source>
        <translation>No legal step before the demand&apos;s deadline %1 has passed (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n other claim(s) of the same client against the same debtor must be in this demand, or a reason for separate demands must be recorded (%1).</source>
        <translation>
            <numerusform>%n other claim of the same client against the same debtor must be in this demand, or a reason for separate demands must be recorded (%1).</numerusform>
            <numerusform>%n other claims of the same client against the same debtor must be in this demand, or a reason for separate demands must be recorded (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>No plan fee: the instalment plan is not in writing (%1).</source>
        <translation>No plan fee: the instalment plan is not in writing (%1).</translation>
    </message>
    <message>
        <source>No plan fee: the instalment plan does not cover the whole debt (%1).</source>
        <translation>No plan fee: the instalment plan does not cover the whole debt (%1).</translation>
    </message>
    <message>
        <source>No plan fee: the instalment plan was not drawn up with the debtor (%1).</source>
        <translation>No plan fee: the instalment plan was not drawn up with the debtor (%1).</translation>
    </message>
    <message>
        <source>No plan fee: the instalment plan has not been sent or handed over to the debtor (%1).</source>
        <translation>No plan fee: the instalment plan has not been sent or handed over to the debtor (%1).</translation>
    </message>
    <message>
        <source>No förseningsersättning: it applies only between businesses, not to a consumer claim (%1).</source>
        <translation>No förseningsersättning: it applies only between businesses, not to a consumer claim (%1).</translation>
    </message>
    <message>
        <source>No förseningsersättning before late interest has started (%1).</source>
        <translation>No förseningsersättning before late interest has started (%1).</translation>
    </message>
    <message>
        <source>No förseningsersättning: the claim already carries it (%1).</source>
        <translation>No förseningsersättning: the claim already carries it (%1).</translation>
    </message>
    <message>
        <source>No förseningsersättning: reminder or collection-demand fees are already charged on this claim, and it replaces them (%1).</source>
        <translation>No förseningsersättning: reminder or collection-demand fees are already charged on this claim, and it replaces them (%1).</translation>
    </message>
    <message>
        <source>The cost of %1 is not a statutory amount: %2 (%3).</source>
        <translation>The cost of %1 is not a statutory amount: %2 (%3).</translation>
    </message>
    <message>
        <source>The cost of %1 is above the statutory amount of %2 under %3 (%4).</source>
        <translation>The cost of %1 is above the statutory amount of %2 under %3 (%4).</translation>
    </message>
    <message>
        <source>The interest rate %1 % is above the statutory %2 % and no agreed rate is on record (%3).</source>
        <translation>The interest rate %1 % is above the statutory %2 % and no agreed rate is on record (%3).</translation>
    </message>
    <message>
        <source>No interest: the day interest starts is not known (%1).</source>
        <translation>No interest: the day interest starts is not known (%1).</translation>
    </message>
    <message>
        <source>No interest for time before %1, the day interest starts (%2).</source>
        <translation>No interest for time before %1, the day interest starts (%2).</translation>
    </message>
    <message>
        <source>No interest on interest: %1 of accrued interest is in the base (%2).</source>
        <translation>No interest on interest: %1 of accrued interest is in the base (%2).</translation>
    </message>
    <message>
        <source>No interest on fees: %1 of fees is in the base, and interest on fees needs both the rules&apos; permission and the client&apos;s agreement (%2).</source>
        <translation>No interest on fees: %1 of fees is in the base, and interest on fees needs both the rules&apos; permission and the client&apos;s agreement (%2).</translation>
    </message>
    <message>
        <source>The date is missing, so it cannot be checked for a bank day (%1).</source>
        <translation>The date is missing, so it cannot be checked for a bank day (%1).</translation>
    </message>
    <message>
        <source>%1 is not a bank day; the date must be moved to %2 (%3).</source>
        <translation>%1 is not a bank day; the date must be moved to %2 (%3).</translation>
    </message>
    <message>
        <source>The claim&apos;s limitation date is not known, so no collection step is allowed (%1).</source>
        <translation>The claim&apos;s limitation date is not known, so no collection step is allowed (%1).</translation>
    </message>
    <message>
        <source>The claim has been time-barred since %1; no collection step is allowed (%2).</source>
        <translation>The claim has been time-barred since %1; no collection step is allowed (%2).</translation>
    </message>
    <message>
        <source>The debtor disputes %1 of the claim; no demand may be pressed until the dispute is resolved (%2).</source>
        <translation>The debtor disputes %1 of the claim; no demand may be pressed until the dispute is resolved (%2).</translation>
    </message>
    <message>
        <source>The application covers %1, but only the undisputed %2 may go to betalningsföreläggande (%3).</source>
        <translation>The application covers %1, but only the undisputed %2 may go to betalningsföreläggande (%3).</translation>
    </message>
    <message>
        <source>The rules give no number of days after an interest notice (%1).</source>
        <translation>The rules give no number of days after an interest notice (%1).</translation>
    </message>
    <message>
        <source>Interest cannot start: the claim has no due date agreed in advance, no invoice announcing interest and no served application (%1).</source>
        <translation>Interest cannot start: the claim has no due date agreed in advance, no invoice announcing interest and no served application (%1).</translation>
    </message>
</context>
<context>
    <name>Limitation</name>
    <message>
        <source>The limitation periods must be at least one year (consumer: %1, other: %2).</source>
        <translation>The limitation periods must be at least one year (consumer: %1, other: %2).</translation>
    </message>
    <message>
        <source>The limitation alert horizon must not be negative (%1 days).</source>
        <translation>The limitation alert horizon must not be negative (%1 days).</translation>
    </message>
    <message>
        <source>The claim has neither a contract date nor an invoice date, so its limitation cannot be computed.</source>
        <translation>The claim has neither a contract date nor an invoice date, so its limitation cannot be computed.</translation>
    </message>
    <message>
        <source>The event has no date.</source>
        <translation>The event has no date.</translation>
    </message>
    <message>
        <source>The event is dated before the claim arose.</source>
        <translation>The event is dated before the claim arose.</translation>
    </message>
    <message>
        <source>No delivery evidence is stored for the demand (preskriptionslagen 5 § 2).</source>
        <translation>No delivery evidence is stored for the demand (preskriptionslagen 5 § 2).</translation>
    </message>
    <message>
        <source>The claim was already time-barred on %1 (preskriptionslagen 8 §).</source>
        <translation>The claim was already time-barred on %1 (preskriptionslagen 8 §).</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>No database migrations found in %1</source>
        <translation>No database migrations found in %1</translation>
    </message>
    <message>
        <source>Migration file name %1 is not NNNN_name.sql</source>
        <translation>Migration file name %1 is not NNNN_name.sql</translation>
    </message>
    <message>
        <source>Cannot read migration %1</source>
        <translation>Cannot read migration %1</translation>
    </message>
    <message>
        <source>Migrations must be numbered 1, 2, 3 … without gaps; found %1 at place %2</source>
        <translation>Migrations must be numbered 1, 2, 3 … without gaps; found %1 at place %2</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>empty amount</source>
        <translation>empty amount</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount</source>
        <translation>&apos;%1&apos; is not an amount</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has more than one decimal mark</source>
        <translation>&apos;%1&apos; has more than one decimal mark</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no whole kronor before the decimal mark</source>
        <translation>&apos;%1&apos; has no whole kronor before the decimal mark</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must have one or two decimals after the decimal mark</source>
        <translation>&apos;%1&apos; must have one or two decimals after the decimal mark</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a misplaced space</source>
        <translation>&apos;%1&apos; has a misplaced space</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount: unexpected &apos;%2&apos;</source>
        <translation>&apos;%1&apos; is not an amount: unexpected &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large an amount</source>
        <translation>&apos;%1&apos; is too large an amount</translation>
    </message>
</context>
<context>
    <name>Ocr</name>
    <message>
        <source>empty OCR payload</source>
        <translation>empty OCR payload</translation>
    </message>
    <message>
        <source>%1 in the OCR payload: digits only</source>
        <translation>%1 in the OCR payload: digits only</translation>
    </message>
    <message>
        <source>the OCR payload is too long: %1 digits with check digits, at most %2</source>
        <translation>the OCR payload is too long: %1 digits with check digits, at most %2</translation>
    </message>
    <message>
        <source>empty OCR reference</source>
        <translation>empty OCR reference</translation>
    </message>
    <message>
        <source>%1 in the OCR reference: digits only</source>
        <translation>%1 in the OCR reference: digits only</translation>
    </message>
    <message>
        <source>an OCR reference has %1–%2 digits, not %3</source>
        <translation>an OCR reference has %1–%2 digits, not %3</translation>
    </message>
    <message>
        <source>length digit mismatch: %1 digits need length digit %2, not %3</source>
        <translation>length digit mismatch: %1 digits need length digit %2, not %3</translation>
    </message>
    <message>
        <source>check digit mismatch</source>
        <translation>check digit mismatch</translation>
    </message>
</context>
<context>
    <name>OutboxRepository</name>
    <message>
        <source>Cannot queue the %1 of case %2</source>
        <translation>Cannot queue the %1 of case %2</translation>
    </message>
    <message>
        <source>The %1 of case %2 is queued already for %3</source>
        <translation>The %1 of case %2 is queued already for %3</translation>
    </message>
    <message>
        <source>Cannot read the outbox</source>
        <translation>Cannot read the outbox</translation>
    </message>
    <message>
        <source>An outbox item can only become sent or cancelled, not %1</source>
        <translation>An outbox item can only become sent or cancelled, not %1</translation>
    </message>
    <message>
        <source>Cannot change the outbox item %1</source>
        <translation>Cannot change the outbox item %1</translation>
    </message>
    <message>
        <source>There is no queued outbox item %1</source>
        <translation>There is no queued outbox item %1</translation>
    </message>
    <message>
        <source>Cannot queue the letters and SMS</source>
        <translation>Cannot queue the letters and SMS</translation>
    </message>
    <message>
        <source>A letter or SMS of these cases is queued already for the same day and rule</source>
        <translation>A letter or SMS of these cases is queued already for the same day and rule</translation>
    </message>
</context>
<context>
    <name>PauseRepository</name>
    <message>
        <source>Cannot store the pause</source>
        <translation>Cannot store the pause</translation>
    </message>
    <message>
        <source>Cannot end the pause</source>
        <translation>Cannot end the pause</translation>
    </message>
    <message>
        <source>There is no pause %1 in force</source>
        <translation>There is no pause %1 in force</translation>
    </message>
    <message>
        <source>Cannot read the pauses</source>
        <translation>Cannot read the pauses</translation>
    </message>
</context>
<context>
    <name>Pauses</name>
    <message>
        <source>&quot;%1&quot; is not a pause reason of the rules.</source>
        <translation>&quot;%1&quot; is not a pause reason of the rules.</translation>
    </message>
    <message>
        <source>A pause needs an end date.</source>
        <translation>A pause needs an end date.</translation>
    </message>
    <message>
        <source>The pause ends (%1) on or before it starts (%2).</source>
        <translation>The pause ends (%1) on or before it starts (%2).</translation>
    </message>
    <message>
        <source>A claim pause must name the claim.</source>
        <translation>A claim pause must name the claim.</translation>
    </message>
    <message>
        <source>The debtor disputes the claim</source>
        <translation>The debtor disputes the claim</translation>
    </message>
    <message>
        <source>The debtor says the claim is paid</source>
        <translation>The debtor says the claim is paid</translation>
    </message>
    <message>
        <source>The debtor is deceased</source>
        <translation>The debtor is deceased</translation>
    </message>
    <message>
        <source>Debt relief (skuldsanering)</source>
        <translation>Debt relief (skuldsanering)</translation>
    </message>
    <message>
        <source>The client asked for a pause</source>
        <translation>The client asked for a pause</translation>
    </message>
    <message>
        <source>Paused with no end date: %1.</source>
        <translation>Paused with no end date: %1.</translation>
    </message>
    <message>
        <source>Paused until %1: %2.</source>
        <translation>Paused until %1: %2.</translation>
    </message>
</context>
<context>
    <name>Percentage</name>
    <message>
        <source>empty percentage</source>
        <translation>empty percentage</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a percentage</source>
        <translation>&apos;%1&apos; is not a percentage</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large a percentage</source>
        <translation>&apos;%1&apos; is too large a percentage</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has more than two decimals</source>
        <translation>&apos;%1&apos; has more than two decimals</translation>
    </message>
</context>
<context>
    <name>ProcessCaseRepository</name>
    <message>
        <source>Cannot count the cases due</source>
        <translation>Cannot count the cases due</translation>
    </message>
    <message>
        <source>Cannot read the cases due</source>
        <translation>Cannot read the cases due</translation>
    </message>
    <message>
        <source>Cannot read the claims of the cases due</source>
        <translation>Cannot read the claims of the cases due</translation>
    </message>
    <message>
        <source>Cannot read the ledger of the cases due</source>
        <translation>Cannot read the ledger of the cases due</translation>
    </message>
    <message>
        <source>Cannot read the debtors&apos; earlier cases</source>
        <translation>Cannot read the debtors&apos; earlier cases</translation>
    </message>
    <message>
        <source>Cannot save the process state of case %1</source>
        <translation>Cannot save the process state of case %1</translation>
    </message>
    <message>
        <source>There is no case with id %1</source>
        <translation>There is no case with id %1</translation>
    </message>
    <message>
        <source>Cannot read the process state of case %1</source>
        <translation>Cannot read the process state of case %1</translation>
    </message>
</context>
<context>
    <name>ProcessContext</name>
    <message>
        <source>The policy of client %1 is not valid (%2); its cases follow the rules without it</source>
        <translation>The policy of client %1 is not valid (%2); its cases follow the rules without it</translation>
    </message>
</context>
<context>
    <name>ProcessEngine</name>
    <message>
        <source>Claim becomes time-barred after %1 unless limitation is interrupted (%2)</source>
        <translation>Claim becomes time-barred after %1 unless limitation is interrupted (%2)</translation>
    </message>
    <message>
        <source>Resumed: the pause until %1 ended (%2)</source>
        <translation>Resumed: the pause until %1 ended (%2)</translation>
    </message>
    <message>
        <source>Closed: every claim is time-barred (%1)</source>
        <translation>Closed: every claim is time-barred (%1)</translation>
    </message>
    <message>
        <source>Reminder fee agreed (client file)</source>
        <translation>Reminder fee agreed (client file)</translation>
    </message>
    <message>
        <source>No letter: the interest cannot be computed, and nothing is computed on a guessed rate: %1 (%2).</source>
        <translation>No letter: the interest cannot be computed, and nothing is computed on a guessed rate: %1 (%2).</translation>
    </message>
    <message>
        <source>Fee %1 posted: %2 (%3)</source>
        <translation>Fee %1 posted: %2 (%3)</translation>
    </message>
    <message>
        <source>No betalningsföreläggande: the outstanding %1 is below the minimum of %2 (%3).</source>
        <translation>No betalningsföreläggande: the outstanding %1 is below the minimum of %2 (%3).</translation>
    </message>
    <message>
        <source>Betalningsföreläggande applied for: %1</source>
        <translation>Betalningsföreläggande applied for: %1</translation>
    </message>
    <message>
        <source>Decide on betalningsföreläggande for %1 (%2)</source>
        <translation>Decide on betalningsföreläggande for %1 (%2)</translation>
    </message>
    <message>
        <source>Rate agreed on the claim (client file)</source>
        <translation>Rate agreed on the claim (client file)</translation>
    </message>
    <message>
        <source>Late interest %1 for %2 – %3</source>
        <translation>Late interest %1 for %2 – %3</translation>
    </message>
    <message>
        <source>%1, to pay by %2</source>
        <translation>%1, to pay by %2</translation>
    </message>
</context>
<context>
    <name>ProcessPreviewService</name>
    <message>
        <source>No date was given for the preview</source>
        <translation>No date was given for the preview</translation>
    </message>
</context>
<context>
    <name>ProcessTemplate</name>
    <message>
        <source>%1 is done by the engine and cannot be a template step</source>
        <translation>%1 is done by the engine and cannot be a template step</translation>
    </message>
    <message>
        <source>only reminder letters can be repeated</source>
        <translation>only reminder letters can be repeated</translation>
    </message>
    <message>
        <source>a reminder needs the days between repeated reminders (≥ 1)</source>
        <translation>a reminder needs the days between repeated reminders (≥ 1)</translation>
    </message>
    <message>
        <source>%1 must give the debtor a deadline (≥ 1 day)</source>
        <translation>%1 must give the debtor a deadline (≥ 1 day)</translation>
    </message>
    <message>
        <source>only letters give a deadline</source>
        <translation>only letters give a deadline</translation>
    </message>
    <message>
        <source>unknown fee type %1</source>
        <translation>unknown fee type %1</translation>
    </message>
    <message>
        <source>fee %1 cannot be posted with %2</source>
        <translation>fee %1 cannot be posted with %2</translation>
    </message>
    <message>
        <source>not beside the late-interest fee %1: förseningsersättning replaces the reminder and inkassokrav fees</source>
        <translation>not beside the late-interest fee %1: förseningsersättning replaces the reminder and inkassokrav fees</translation>
    </message>
    <message>
        <source>must list at most %1 steps</source>
        <translation>must list at most %1 steps</translation>
    </message>
    <message>
        <source>only &apos;b2b_compensation&apos; is posted when late interest starts</source>
        <translation>only &apos;b2b_compensation&apos; is posted when late interest starts</translation>
    </message>
    <message>
        <source>förseningsersättning is for business debtors only</source>
        <translation>förseningsersättning is for business debtors only</translation>
    </message>
    <message>
        <source>must list at least one step</source>
        <translation>must list at least one step</translation>
    </message>
    <message>
        <source>%1 is used by an earlier step</source>
        <translation>%1 is used by an earlier step</translation>
    </message>
    <message>
        <source>the first step has no previous step</source>
        <translation>the first step has no previous step</translation>
    </message>
    <message>
        <source>no earlier letter gives a deadline</source>
        <translation>no earlier letter gives a deadline</translation>
    </message>
    <message>
        <source>a case gets one inkassokrav, combining its claims</source>
        <translation>a case gets one inkassokrav, combining its claims</translation>
    </message>
    <message>
        <source>reminders come before the inkassokrav</source>
        <translation>reminders come before the inkassokrav</translation>
    </message>
    <message>
        <source>%1 must come after the inkassokrav</source>
        <translation>%1 must come after the inkassokrav</translation>
    </message>
    <message>
        <source>the BF decision must be the last step</source>
        <translation>the BF decision must be the last step</translation>
    </message>
    <message>
        <source>must include one inkassokrav_letter step</source>
        <translation>must include one inkassokrav_letter step</translation>
    </message>
    <message>
        <source>VIP debtors never go to BF without approval</source>
        <translation>VIP debtors never go to BF without approval</translation>
    </message>
</context>
<context>
    <name>ProcessText</name>
    <message>
        <source>Payment reminder</source>
        <translation>Payment reminder</translation>
    </message>
    <message>
        <source>Collection demand (inkassokrav)</source>
        <translation>Collection demand (inkassokrav)</translation>
    </message>
    <message>
        <source>SMS: letter sent</source>
        <translation>SMS: letter sent</translation>
    </message>
    <message>
        <source>Call the debtor</source>
        <translation>Call the debtor</translation>
    </message>
    <message>
        <source>Follow-up SMS</source>
        <translation>Follow-up SMS</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>Follow-up call</translation>
    </message>
    <message>
        <source>Follow-up letter</source>
        <translation>Follow-up letter</translation>
    </message>
    <message>
        <source>Decide on a payment order (BF)</source>
        <translation>Decide on a payment order (BF)</translation>
    </message>
    <message>
        <source>Payment order applied for (BF)</source>
        <translation>Payment order applied for (BF)</translation>
    </message>
    <message>
        <source>Fee posted</source>
        <translation>Fee posted</translation>
    </message>
    <message>
        <source>Interest posted</source>
        <translation>Interest posted</translation>
    </message>
    <message>
        <source>Limitation alert</source>
        <translation>Limitation alert</translation>
    </message>
    <message>
        <source>Resumed after a pause</source>
        <translation>Resumed after a pause</translation>
    </message>
    <message>
        <source>Closed: time-barred</source>
        <translation>Closed: time-barred</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>After the client&apos;s approval</source>
        <translation>After the client&apos;s approval</translation>
    </message>
    <message>
        <source>After a supervisor&apos;s approval</source>
        <translation>After a supervisor&apos;s approval</translation>
    </message>
</context>
<context>
    <name>ProcessWriter</name>
    <message>
        <source>Segment %1 → %2 (score %3): %4</source>
        <translation>Segment %1 → %2 (score %3): %4</translation>
    </message>
    <message>
        <source>The daily run planned a fee without a fee type on case %1</source>
        <translation>The daily run planned a fee without a fee type on case %1</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Select All</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Step up</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Step &amp;down</translation>
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
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Close without Saving</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
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
        <translation>Save</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copy &amp;Link Location</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>ReferenceRateRepository</name>
    <message>
        <source>Cannot read the reference rates</source>
        <translation>Cannot read the reference rates</translation>
    </message>
    <message>
        <source>A reference rate applies from 1 January or 1 July, not %1</source>
        <translation>A reference rate applies from 1 January or 1 July, not %1</translation>
    </message>
    <message>
        <source>an invalid date</source>
        <translation>an invalid date</translation>
    </message>
    <message>
        <source>A reference rate of %1 % is not plausible</source>
        <translation>A reference rate of %1 % is not plausible</translation>
    </message>
    <message>
        <source>Cannot save the reference rate</source>
        <translation>Cannot save the reference rate</translation>
    </message>
</context>
<context>
    <name>ReferenceRateService</name>
    <message>
        <source>entered by %1 on %2</source>
        <translation>entered by %1 on %2</translation>
    </message>
    <message>
        <source>A reference rate applies from 1 January or 1 July, not from %1</source>
        <translation>A reference rate applies from 1 January or 1 July, not from %1</translation>
    </message>
    <message>
        <source>an invalid date</source>
        <translation>an invalid date</translation>
    </message>
    <message>
        <source>The reference rate for the half-year starting %1 is confirmed in the built-in table and cannot be replaced by an entered rate</source>
        <translation>The reference rate for the half-year starting %1 is confirmed in the built-in table and cannot be replaced by an entered rate</translation>
    </message>
    <message>
        <source>An entered reference rate needs the name of who entered it</source>
        <translation>An entered reference rate needs the name of who entered it</translation>
    </message>
</context>
<context>
    <name>ReferenceRateTable</name>
    <message>
        <source>no reference rate for an invalid date</source>
        <translation>no reference rate for an invalid date</translation>
    </message>
    <message>
        <source>no reference rate for the half-year starting %1: enter the Riksbank&apos;s rate for it</source>
        <translation>no reference rate for the half-year starting %1: enter the Riksbank&apos;s rate for it</translation>
    </message>
    <message>
        <source>rates[%1].from: must be 1 January or 1 July</source>
        <translation>rates[%1].from: must be 1 January or 1 July</translation>
    </message>
    <message>
        <source>rates[%1].percent: %2</source>
        <translation>rates[%1].percent: %2</translation>
    </message>
    <message>
        <source>rates[%1].from: %2 is listed twice</source>
        <translation>rates[%1].from: %2 is listed twice</translation>
    </message>
    <message>
        <source>the reference-rate table</source>
        <translation>the reference-rate table</translation>
    </message>
    <message>
        <source>no reference rate for the half-year starting %1: the table starts on %2; enter the Riksbank&apos;s rate for it</source>
        <translation>no reference rate for the half-year starting %1: the table starts on %2; enter the Riksbank&apos;s rate for it</translation>
    </message>
</context>
<context>
    <name>RulesJson</name>
    <message>
        <source>must be at most %1 characters</source>
        <translation>must be at most %1 characters</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>must be a text</translation>
    </message>
    <message>
        <source>unknown setting (check the spelling)</source>
        <translation>unknown setting (check the spelling)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is required</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 is not one of %2</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>must be a list</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>must be a date written YYYY-MM-DD</translation>
    </message>
    <message>
        <source>must be ≥ %1</source>
        <translation>must be ≥ %1</translation>
    </message>
    <message>
        <source>must be ≤ %1</source>
        <translation>must be ≤ %1</translation>
    </message>
    <message>
        <source>must be an object { … }</source>
        <translation>must be an object { … }</translation>
    </message>
    <message>
        <source>must be 1–64 characters a–z, 0–9 or _</source>
        <translation>must be 1–64 characters a–z, 0–9 or _</translation>
    </message>
    <message>
        <source>The file is larger than %1 bytes</source>
        <translation>The file is larger than %1 bytes</translation>
    </message>
    <message>
        <source>Not valid JSON at byte %1: %2</source>
        <translation>Not valid JSON at byte %1: %2</translation>
    </message>
    <message>
        <source>The document must be a JSON object { … }</source>
        <translation>The document must be a JSON object { … }</translation>
    </message>
</context>
<context>
    <name>RulesSections</name>
    <message>
        <source>must be a time range like &quot;08:00-20:00&quot;, or null for no calls</source>
        <translation>must be a time range like &quot;08:00-20:00&quot;, or null for no calls</translation>
    </message>
    <message>
        <source>must name 1 to %1 entries</source>
        <translation>must name 1 to %1 entries</translation>
    </message>
    <message>
        <source>must be at least max_calls_per_day</source>
        <translation>must be at least max_calls_per_day</translation>
    </message>
</context>
<context>
    <name>RulesService</name>
    <message>
        <source>No date was given for the rules</source>
        <translation>No date was given for the rules</translation>
    </message>
    <message>
        <source>The built-in rules are valid from %1, after %2</source>
        <translation>The built-in rules are valid from %1, after %2</translation>
    </message>
    <message>
        <source>No stored rules are valid on %1: every version starts later</source>
        <translation>No stored rules are valid on %1: every version starts later</translation>
    </message>
    <message>
        <source>The stored rules version %1 is not valid: %2</source>
        <translation>The stored rules version %1 is not valid: %2</translation>
    </message>
    <message>
        <source>These rules are stored already, as version %1</source>
        <translation>These rules are stored already, as version %1</translation>
    </message>
    <message>
        <source>Rules version %1 is stored already with other content: give the changed rules a new &quot;version&quot;</source>
        <translation>Rules version %1 is stored already with other content: give the changed rules a new &quot;version&quot;</translation>
    </message>
</context>
<context>
    <name>RulesSet</name>
    <message>
        <source>must be ≥ %1 (demand_deadline.min_calendar_days)</source>
        <translation>must be ≥ %1 (demand_deadline.min_calendar_days)</translation>
    </message>
    <message>
        <source>rules format %1 is not supported (this program reads format %2)</source>
        <translation>rules format %1 is not supported (this program reads format %2)</translation>
    </message>
    <message>
        <source>must be 1–%1 characters A–Z, a–z, 0–9, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;</source>
        <translation>must be 1–%1 characters A–Z, a–z, 0–9, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;</translation>
    </message>
    <message>
        <source>The built-in rules %1 are missing from the program</source>
        <translation>The built-in rules %1 are missing from the program</translation>
    </message>
    <message>
        <source>The built-in rules are invalid: %1</source>
        <translation>The built-in rules are invalid: %1</translation>
    </message>
</context>
<context>
    <name>RulesVersionRepository</name>
    <message>
        <source>A rules set needs a version</source>
        <translation>A rules set needs a version</translation>
    </message>
    <message>
        <source>A rules set needs a valid-from date</source>
        <translation>A rules set needs a valid-from date</translation>
    </message>
    <message>
        <source>Cannot store rules version %1</source>
        <translation>Cannot store rules version %1</translation>
    </message>
    <message>
        <source>Rules version %1 or the same rules content is stored already</source>
        <translation>Rules version %1 or the same rules content is stored already</translation>
    </message>
    <message>
        <source>Cannot read the rules versions</source>
        <translation>Cannot read the rules versions</translation>
    </message>
</context>
<context>
    <name>RunLogRepository</name>
    <message>
        <source>Cannot record the start of the daily run</source>
        <translation>Cannot record the start of the daily run</translation>
    </message>
    <message>
        <source>Cannot record the end of the daily run</source>
        <translation>Cannot record the end of the daily run</translation>
    </message>
    <message>
        <source>There is no daily run %1 in the log</source>
        <translation>There is no daily run %1 in the log</translation>
    </message>
    <message>
        <source>Cannot read the log of daily runs</source>
        <translation>Cannot read the log of daily runs</translation>
    </message>
</context>
<context>
    <name>SchemaInfo</name>
    <message>
        <source>Cannot read the database schema</source>
        <translation>Cannot read the database schema</translation>
    </message>
</context>
<context>
    <name>ScoringConfig</name>
    <message>
        <source>must list 1 to %1 bands</source>
        <translation>must list 1 to %1 bands</translation>
    </message>
    <message>
        <source>the first band must start at 0</source>
        <translation>the first band must start at 0</translation>
    </message>
    <message>
        <source>must be greater than the previous band&apos;s</source>
        <translation>must be greater than the previous band&apos;s</translation>
    </message>
</context>
<context>
    <name>ScoringModel</name>
    <message>
        <source>Starting points</source>
        <translation>Starting points</translation>
    </message>
    <message>
        <source>Not past due</source>
        <translation>Not past due</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) past due</source>
        <translation>
            <numerusform>%n day past due</numerusform>
            <numerusform>%n days past due</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 outstanding</source>
        <translation>%1 outstanding</translation>
    </message>
    <message>
        <source>Business debtor</source>
        <translation>Business debtor</translation>
    </message>
    <message>
        <source>Consumer debtor</source>
        <translation>Consumer debtor</translation>
    </message>
    <message>
        <source>No earlier cases with this debtor</source>
        <translation>No earlier cases with this debtor</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier case(s) with this debtor</source>
        <translation>
            <numerusform>%n earlier case with this debtor</numerusform>
            <numerusform>%n earlier cases with this debtor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier case(s) paid in full</source>
        <translation>
            <numerusform>%n earlier case paid in full</numerusform>
            <numerusform>%n earlier cases paid in full</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier case(s) ended unpaid</source>
        <translation>
            <numerusform>%n earlier case ended unpaid</numerusform>
            <numerusform>%n earlier cases ended unpaid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken payment promise(s)</source>
        <translation>
            <numerusform>%n broken payment promise</numerusform>
            <numerusform>%n broken payment promises</numerusform>
        </translation>
    </message>
    <message>
        <source>Phone number known</source>
        <translation>Phone number known</translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation>No phone number</translation>
    </message>
    <message>
        <source>E-mail address known</source>
        <translation>E-mail address known</translation>
    </message>
    <message>
        <source>No e-mail address</source>
        <translation>No e-mail address</translation>
    </message>
    <message>
        <source>Postal address known</source>
        <translation>Postal address known</translation>
    </message>
    <message>
        <source>No postal address</source>
        <translation>No postal address</translation>
    </message>
    <message>
        <source>No partial payments</source>
        <translation>No partial payments</translation>
    </message>
    <message>
        <source>%1 % of the debt already paid (%2)</source>
        <translation>%1 % of the debt already paid (%2)</translation>
    </message>
    <message>
        <source>External credit score %1 of 100</source>
        <translation>External credit score %1 of 100</translation>
    </message>
    <message>
        <source>No external credit score in the client file</source>
        <translation>No external credit score in the client file</translation>
    </message>
    <message>
        <source>Score %1 is at or above the risk threshold %2</source>
        <translation>Score %1 is at or above the risk threshold %2</translation>
    </message>
    <message>
        <source>Score %1 is below the risk threshold %2</source>
        <translation>Score %1 is below the risk threshold %2</translation>
    </message>
    <message>
        <source>Pinned to %1 until %2: %3</source>
        <translation>Pinned to %1 until %2: %3</translation>
    </message>
    <message>
        <source>On the client&apos;s VIP list</source>
        <translation>On the client&apos;s VIP list</translation>
    </message>
</context>
<context>
    <name>SegmentPin</name>
    <message>
        <source>A pinned segment needs a reason</source>
        <translation>A pinned segment needs a reason</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters</source>
        <translation>The reason is longer than %1 characters</translation>
    </message>
    <message>
        <source>A pinned segment needs an end date</source>
        <translation>A pinned segment needs an end date</translation>
    </message>
    <message>
        <source>The end date %1 must be in the future</source>
        <translation>The end date %1 must be in the future</translation>
    </message>
</context>
<context>
    <name>SegmentPinRepository</name>
    <message>
        <source>Cannot store the segment pin</source>
        <translation>Cannot store the segment pin</translation>
    </message>
    <message>
        <source>Cannot read the segment pins</source>
        <translation>Cannot read the segment pins</translation>
    </message>
</context>
<context>
    <name>SequenceRepository</name>
    <message>
        <source>At least one number must be reserved</source>
        <translation>At least one number must be reserved</translation>
    </message>
    <message>
        <source>Cannot take the next number of %1</source>
        <translation>Cannot take the next number of %1</translation>
    </message>
</context>
<context>
    <name>SqlDialect</name>
    <message>
        <source>Unclosed {{ in migration SQL</source>
        <translation>Unclosed {{ in migration SQL</translation>
    </message>
    <message>
        <source>Unknown token {{%1}} in migration SQL</source>
        <translation>Unknown token {{%1}} in migration SQL</translation>
    </message>
</context>
<context>
    <name>StatementCache</name>
    <message>
        <source>Cannot prepare a database statement</source>
        <translation>Cannot prepare a database statement</translation>
    </message>
</context>
<context>
    <name>TaskRepository</name>
    <message>
        <source>Cannot store the task of case %1</source>
        <translation>Cannot store the task of case %1</translation>
    </message>
    <message>
        <source>The task %1 of case %2 exists already for %3</source>
        <translation>The task %1 of case %2 exists already for %3</translation>
    </message>
    <message>
        <source>Cannot read the tasks</source>
        <translation>Cannot read the tasks</translation>
    </message>
    <message>
        <source>Cannot complete the task %1</source>
        <translation>Cannot complete the task %1</translation>
    </message>
    <message>
        <source>There is no open task %1</source>
        <translation>There is no open task %1</translation>
    </message>
    <message>
        <source>Cannot store the tasks</source>
        <translation>Cannot store the tasks</translation>
    </message>
    <message>
        <source>A task of these cases exists already for the same day and rule</source>
        <translation>A task of these cases exists already for the same day and rule</translation>
    </message>
</context>
<context>
    <name>TextDecoding</name>
    <message>
        <source>the file is UTF-16 or UTF-32 text; save it as UTF-8 or Windows-1252</source>
        <translation>the file is UTF-16 or UTF-32 text; save it as UTF-8 or Windows-1252</translation>
    </message>
    <message>
        <source>not a text file (binary data)</source>
        <translation>not a text file (binary data)</translation>
    </message>
    <message>
        <source>the file starts with a UTF-8 byte-order mark but is not valid UTF-8</source>
        <translation>the file starts with a UTF-8 byte-order mark but is not valid UTF-8</translation>
    </message>
</context>
<context>
    <name>UnitOfWork</name>
    <message>
        <source>This unit of work is already finished</source>
        <translation>This unit of work is already finished</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>Cannot save the user %1</source>
        <translation>Cannot save the user %1</translation>
    </message>
    <message>
        <source>A user with login %1 already exists</source>
        <translation>A user with login %1 already exists</translation>
    </message>
    <message>
        <source>Cannot read the user</source>
        <translation>Cannot read the user</translation>
    </message>
    <message>
        <source>Cannot read the users</source>
        <translation>Cannot read the users</translation>
    </message>
</context>
</TS>
