<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>Bankgiro</name>
    <message>
        <source>no bankgiro number given</source>
        <translation>inget bankgironummer angivet</translation>
    </message>
    <message>
        <source>%1 is not allowed in a bankgiro number</source>
        <translation>%1 är inte tillåtet i ett bankgironummer</translation>
    </message>
    <message>
        <source>a bankgiro number has 7 or 8 digits, not %1</source>
        <translation>ett bankgironummer har 7 eller 8 siffror, inte %1</translation>
    </message>
    <message>
        <source>check digit mismatch</source>
        <translation>kontrollsiffran stämmer inte</translation>
    </message>
</context>
<context>
    <name>CaseActionsService</name>
    <message>
        <source>No date was given for the pause</source>
        <translation>Inget datum angavs för pausen</translation>
    </message>
    <message>
        <source>There is no case with id %1</source>
        <translation>Det finns inget ärende med id %1</translation>
    </message>
    <message>
        <source>Case %1 is closed and cannot be paused</source>
        <translation>Ärende %1 är avslutat och kan inte pausas</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>ärendet</translation>
    </message>
    <message>
        <source>Case %1 has no claim with id %2</source>
        <translation>Ärende %1 har ingen fordran med id %2</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>faktura %1</translation>
    </message>
    <message>
        <source>%1 paused until %2: %3</source>
        <translation>Paus för %1 till %2: %3</translation>
    </message>
    <message>
        <source>No date was given for the resume</source>
        <translation>Inget datum angavs för återupptagandet</translation>
    </message>
    <message>
        <source>Claim %1 of case %2 is not paused</source>
        <translation>Fordran %1 i ärende %2 är inte pausad</translation>
    </message>
    <message>
        <source>Case %1 is not paused</source>
        <translation>Ärende %1 är inte pausat</translation>
    </message>
    <message numerus="yes">
        <source>Resumed by %1: %n pause(s) ended</source>
        <translation>
            <numerusform>Återupptaget av %1: %n paus avslutad</numerusform>
            <numerusform>Återupptaget av %1: %n pauser avslutade</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no client with id %1</source>
        <translation>Det finns ingen uppdragsgivare med id %1</translation>
    </message>
    <message>
        <source>There is no debtor with id %1</source>
        <translation>Det finns ingen gäldenär med id %1</translation>
    </message>
    <message>
        <source>%1 pinned the debtor to segment %2 until %3: %4</source>
        <translation>%1 låste gäldenären till segment %2 fram till %3: %4</translation>
    </message>
</context>
<context>
    <name>CaseQueueQuery</name>
    <message>
        <source>Cannot count the cases of the queue</source>
        <translation>Det går inte att räkna ärendena i kön</translation>
    </message>
    <message>
        <source>Cannot read the cases of the queue</source>
        <translation>Det går inte att läsa ärendena i kön</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>Cannot save the case %1</source>
        <translation>Det går inte att spara ärende %1</translation>
    </message>
    <message>
        <source>Case number %1 or OCR reference %2 is already taken</source>
        <translation>Ärendenummer %1 eller OCR-nummer %2 används redan</translation>
    </message>
    <message>
        <source>Cannot read the case</source>
        <translation>Det går inte att läsa ärendet</translation>
    </message>
    <message>
        <source>Cannot read the debtor&apos;s cases</source>
        <translation>Det går inte att läsa gäldenärens ärenden</translation>
    </message>
    <message>
        <source>Cannot save the case</source>
        <translation>Det går inte att spara ärendet</translation>
    </message>
    <message>
        <source>There is no case with id %1</source>
        <translation>Det finns inget ärende med id %1</translation>
    </message>
    <message>
        <source>Cannot add the debtor to the case</source>
        <translation>Det går inte att lägga till gäldenären i ärendet</translation>
    </message>
    <message>
        <source>Cannot read the case&apos;s debtors</source>
        <translation>Det går inte att läsa ärendets gäldenärer</translation>
    </message>
    <message>
        <source>Cannot count the cases</source>
        <translation>Det går inte att räkna ärendena</translation>
    </message>
    <message>
        <source>Case number %1 is given twice</source>
        <translation>Ärendenummer %1 förekommer två gånger</translation>
    </message>
    <message>
        <source>Cannot save the cases</source>
        <translation>Det går inte att spara ärendena</translation>
    </message>
    <message>
        <source>One of the case numbers or OCR references is already taken</source>
        <translation>Ett av ärendenumren eller OCR-numren är redan upptaget</translation>
    </message>
    <message>
        <source>Cannot add the debtors to the cases</source>
        <translation>Det går inte att koppla gäldenärerna till ärendena</translation>
    </message>
</context>
<context>
    <name>CaseService</name>
    <message>
        <source>The client of case %1 is missing</source>
        <translation>Uppdragsgivaren för ärende %1 saknas</translation>
    </message>
    <message>
        <source>A debtor of case %1 is missing</source>
        <translation>En gäldenär i ärende %1 saknas</translation>
    </message>
    <message>
        <source>Interest on invoice %1 from %2 on is left out: %3</source>
        <translation>Ränta på faktura %1 från och med %2 är inte medräknad: %3</translation>
    </message>
    <message>
        <source>Interest on invoices %1 from %2 on is left out: %3</source>
        <translation>Ränta på fakturorna %1 från och med %2 är inte medräknad: %3</translation>
    </message>
    <message>
        <source>Interest on invoice %1 is left out: %2</source>
        <translation>Ränta på faktura %1 är inte medräknad: %2</translation>
    </message>
    <message>
        <source>Interest on invoices %1 is left out: %2</source>
        <translation>Ränta på fakturorna %1 är inte medräknad: %2</translation>
    </message>
    <message>
        <source>No score: %1</source>
        <translation>Ingen poäng: %1</translation>
    </message>
</context>
<context>
    <name>ClaimRepository</name>
    <message>
        <source>Cannot save the claim %1</source>
        <translation>Det går inte att spara fordran %1</translation>
    </message>
    <message>
        <source>The client already has a claim with invoice number %1</source>
        <translation>Uppdragsgivaren har redan en fordran med fakturanummer %1</translation>
    </message>
    <message>
        <source>Cannot read the claim</source>
        <translation>Det går inte att läsa fordran</translation>
    </message>
    <message>
        <source>Cannot read the case&apos;s claims</source>
        <translation>Det går inte att läsa ärendets fordringar</translation>
    </message>
    <message>
        <source>Cannot read the claims</source>
        <translation>Det går inte att läsa fordringarna</translation>
    </message>
    <message>
        <source>Cannot save the claim</source>
        <translation>Det går inte att spara fordran</translation>
    </message>
    <message>
        <source>There is no claim with id %1</source>
        <translation>Det finns ingen fordran med id %1</translation>
    </message>
    <message>
        <source>Invoice number %1 is given twice</source>
        <translation>Fakturanummer %1 förekommer två gånger</translation>
    </message>
    <message>
        <source>Cannot save the claims</source>
        <translation>Det går inte att spara fordringarna</translation>
    </message>
    <message>
        <source>The client already has a claim with one of the invoice numbers</source>
        <translation>Uppdragsgivaren har redan en fordran med ett av fakturanumren</translation>
    </message>
</context>
<context>
    <name>ClaimsFile</name>
    <message>
        <source>%1: a value is required</source>
        <translation>%1: ett värde krävs</translation>
    </message>
    <message>
        <source>%1: the value is longer than %2 characters</source>
        <translation>%1: värdet är längre än %2 tecken</translation>
    </message>
    <message>
        <source>%1: the value contains a control character</source>
        <translation>%1: värdet innehåller ett styrtecken</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a date in the form YYYY-MM-DD</source>
        <translation>%1: &apos;%2&apos; är inte ett datum på formen ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a valid date</source>
        <translation>%1: &apos;%2&apos; är inte ett giltigt datum</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not yes or no</source>
        <translation>%1: &apos;%2&apos; är varken &apos;yes&apos; eller &apos;no&apos;</translation>
    </message>
    <message>
        <source>debtor_id: &apos;%1&apos;: %2</source>
        <translation>debtor_id: &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>country: &apos;%1&apos; is not a two-letter country code</source>
        <translation>country: &apos;%1&apos; är inte en landskod med två bokstäver</translation>
    </message>
    <message>
        <source>postal_code: &apos;%1&apos; is not five digits (NNN NN)</source>
        <translation>postal_code: &apos;%1&apos; är inte fem siffror (NNN NN)</translation>
    </message>
    <message>
        <source>postal_code: &apos;%1&apos; is not a postal code</source>
        <translation>postal_code: &apos;%1&apos; är inte ett postnummer</translation>
    </message>
    <message>
        <source>phone: &apos;%1&apos; is not a phone number</source>
        <translation>phone: &apos;%1&apos; är inte ett telefonnummer</translation>
    </message>
    <message>
        <source>email: &apos;%1&apos; is not an e-mail address</source>
        <translation>email: &apos;%1&apos; är inte en e-postadress</translation>
    </message>
    <message>
        <source>debtor_type: &apos;%1&apos; is not consumer or business</source>
        <translation>debtor_type: &apos;%1&apos; är varken &apos;consumer&apos; eller &apos;business&apos;</translation>
    </message>
    <message>
        <source>invoice_date: %1 is after the import date %2</source>
        <translation>invoice_date: %1 är senare än importdatumet %2</translation>
    </message>
    <message>
        <source>due_date: %1 is before invoice_date %2</source>
        <translation>due_date: %1 är tidigare än invoice_date %2</translation>
    </message>
    <message>
        <source>due_date: the claim is not overdue on the import date %1 (due %2)</source>
        <translation>due_date: fordran är inte förfallen på importdatumet %1 (förfaller %2)</translation>
    </message>
    <message>
        <source>amount: &apos;%1&apos;: %2</source>
        <translation>amount: &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>amount: &apos;%1&apos; must be greater than zero</source>
        <translation>amount: &apos;%1&apos; måste vara större än noll</translation>
    </message>
    <message>
        <source>interest: &apos;%1&apos;: %2</source>
        <translation>interest: &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>the columns must be separated by &apos;;&apos; or &apos;,&apos; (the header uses tabs)</source>
        <translation>kolumnerna måste avgränsas med &apos;;&apos; eller &apos;,&apos; (rubrikraden använder tabbar)</translation>
    </message>
    <message>
        <source>column %1 of the header has no name</source>
        <translation>kolumn %1 i rubrikraden saknar namn</translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos;</source>
        <translation>okänd kolumn &apos;%1&apos;</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; appears more than once</source>
        <translation>kolumnen &apos;%1&apos; förekommer mer än en gång</translation>
    </message>
    <message>
        <source>required column &apos;%1&apos; is missing</source>
        <translation>den obligatoriska kolumnen &apos;%1&apos; saknas</translation>
    </message>
    <message>
        <source>%1 differs from line %2 for the same debtor_id</source>
        <translation>%1 skiljer sig från rad %2 för samma debtor_id</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>filen är tom</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation>raden har %1 fält men rubrikraden har %2</translation>
    </message>
    <message>
        <source>invoice_no: &apos;%1&apos; already appears on line %2</source>
        <translation>invoice_no: &apos;%1&apos; förekommer redan på rad %2</translation>
    </message>
    <message>
        <source>the file has a header but no claims</source>
        <translation>filen har en rubrikrad men inga fordringar</translation>
    </message>
</context>
<context>
    <name>ClaimsImportService</name>
    <message>
        <source>Cannot read %1: it is a folder</source>
        <translation>Det går inte att läsa %1: det är en mapp</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Det går inte att läsa %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than a claims file may be (%2 MiB)</source>
        <translation>%1 är större än en fordringsfil får vara (%2 MiB)</translation>
    </message>
    <message>
        <source>invoice_no: &apos;%1&apos; is already imported for this client</source>
        <translation>invoice_no: &apos;%1&apos; är redan importerat för denna uppdragsgivare</translation>
    </message>
    <message>
        <source>amount: the claims of this debtor add up to more than a case can hold</source>
        <translation>amount: gäldenärens fordringar uppgår sammanlagt till mer än ett ärende kan rymma</translation>
    </message>
    <message>
        <source>Choose the client whose claims the file holds</source>
        <translation>Välj den uppdragsgivare vars fordringar filen innehåller</translation>
    </message>
    <message>
        <source>Client &apos;%1&apos; is not an organisation number: %2</source>
        <translation>Uppdragsgivaren &apos;%1&apos; är inget organisationsnummer: %2</translation>
    </message>
    <message>
        <source>There is no client with organisation number %1</source>
        <translation>Det finns ingen uppdragsgivare med organisationsnummer %1</translation>
    </message>
    <message numerus="yes">
        <source>Case registered with %n claim(s) from %1</source>
        <translation>
            <numerusform>Ärendet registrerat med %n fordran från %1</numerusform>
            <numerusform>Ärendet registrerat med %n fordringar från %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported from %1: %n claim(s), the first on line %2</source>
        <translation>
            <numerusform>Import från %1: %n fordran, på rad %2</numerusform>
            <numerusform>Import från %1: %n fordringar, den första på rad %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported from %1 by %2: %n claim(s), the first on line %3</source>
        <translation>
            <numerusform>Import från %1, gjord av %2: %n fordran, på rad %3</numerusform>
            <numerusform>Import från %1, gjord av %2: %n fordringar, den första på rad %3</numerusform>
        </translation>
    </message>
    <message>
        <source>The claims import cannot start inside another transaction</source>
        <translation>Importen av fordringar kan inte starta inuti en annan transaktion</translation>
    </message>
</context>
<context>
    <name>ClientPolicy</name>
    <message>
        <source>give after_days or interval_days</source>
        <translation>ange after_days eller interval_days</translation>
    </message>
    <message>
        <source>give mode or min_amount_ore</source>
        <translation>ange mode eller min_amount_ore</translation>
    </message>
    <message>
        <source>VIP debtors never go to BF without approval</source>
        <translation>VIP-gäldenärer går aldrig till BF utan godkännande</translation>
    </message>
    <message>
        <source>must list at most %1 debtors</source>
        <translation>får ange högst %1 gäldenärer</translation>
    </message>
    <message>
        <source>must be an identity of 12 digits (person) or 10 digits (organisation)</source>
        <translation>måste vara ett identitetsnummer med 12 siffror (person) eller 10 siffror (organisation)</translation>
    </message>
    <message>
        <source>write a person&apos;s number with 12 digits (YYYYMMDDNNNN)</source>
        <translation>skriv personnummer med 12 siffror (ÅÅÅÅMMDDNNNN)</translation>
    </message>
    <message>
        <source>%1: no process template has a step &apos;%2&apos;</source>
        <translation>%1: ingen processmall har steget &apos;%2&apos;</translation>
    </message>
    <message>
        <source>With this policy the template %1 is invalid: %2</source>
        <translation>Med denna policy är mallen %1 ogiltig: %2</translation>
    </message>
</context>
<context>
    <name>ClientPolicyRepository</name>
    <message>
        <source>Cannot store the policy of client %1</source>
        <translation>Det går inte att spara policyn för uppdragsgivare %1</translation>
    </message>
    <message>
        <source>Cannot read the client policies</source>
        <translation>Det går inte att läsa uppdragsgivarnas policyer</translation>
    </message>
</context>
<context>
    <name>ClientRepository</name>
    <message>
        <source>Cannot save the client %1</source>
        <translation>Det går inte att spara uppdragsgivare %1</translation>
    </message>
    <message>
        <source>A client with organisation number %1 already exists</source>
        <translation>Det finns redan en uppdragsgivare med organisationsnummer %1</translation>
    </message>
    <message>
        <source>Cannot read the client</source>
        <translation>Det går inte att läsa uppdragsgivaren</translation>
    </message>
    <message>
        <source>Cannot read the clients</source>
        <translation>Det går inte att läsa uppdragsgivarna</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quoted field is never closed (missing &apos;&quot;&apos;)</source>
        <translation>ett citerat fält avslutas aldrig (saknar &apos;&quot;&apos;)</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of a quoted field</source>
        <translation>oväntad text efter det avslutande citattecknet i ett citerat fält</translation>
    </message>
</context>
<context>
    <name>DailyRunService</name>
    <message>
        <source>The daily run needs a date</source>
        <translation>Dagskörningen behöver ett datum</translation>
    </message>
    <message>
        <source>The batch size must be at least 1</source>
        <translation>Satsstorleken måste vara minst 1</translation>
    </message>
    <message>
        <source>The daily run cannot start inside another transaction</source>
        <translation>Dagskörningen kan inte starta inuti en annan transaktion</translation>
    </message>
    <message>
        <source>The daily run for %1 was already made; a run for the earlier %2 would act on cases advanced past it</source>
        <translation>Dagskörningen för %1 är redan gjord; en körning för det tidigare datumet %2 skulle påverka ärenden som redan har förts förbi det</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>Ärende %1: %2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>A database connection named %1 is already open</source>
        <translation>En databasanslutning med namnet %1 är redan öppen</translation>
    </message>
    <message>
        <source>The PostgreSQL driver of Qt is not installed (Debian package libqt6sql6-psql)</source>
        <translation>Qt:s PostgreSQL-drivrutin är inte installerad (Debianpaketet libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is not installed (Debian package libqt6sql6-sqlite)</source>
        <translation>Qt:s SQLite-drivrutin är inte installerad (Debianpaketet libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>No SQLite database file was given</source>
        <translation>Ingen SQLite-databasfil angavs</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 är en mapp, inte en databasfil</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Det går inte att skapa mappen %1</translation>
    </message>
    <message>
        <source>Cannot open the database %1</source>
        <translation>Det går inte att öppna databasen %1</translation>
    </message>
    <message>
        <source>Cannot set up the SQLite database %1</source>
        <translation>Det går inte att konfigurera SQLite-databasen %1</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1</source>
        <translation>Det går inte att läsa schemaversionen för %1</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, newer than this program knows (%3): update Fordran</source>
        <translation>Databasen %1 har schemaversion %2, nyare än vad detta program känner till (%3): uppdatera Fordran</translation>
    </message>
    <message>
        <source>Database migration %1 (%2) failed</source>
        <translation>Databasmigreringen %1 (%2) misslyckades</translation>
    </message>
    <message>
        <source>Cannot start a database transaction</source>
        <translation>Det går inte att starta en databastransaktion</translation>
    </message>
    <message>
        <source>No database transaction to commit</source>
        <translation>Ingen databastransaktion att slutföra</translation>
    </message>
    <message>
        <source>The changes were not saved because a step of them failed</source>
        <translation>Ändringarna sparades inte eftersom ett av stegen misslyckades</translation>
    </message>
    <message>
        <source>Cannot save the changes</source>
        <translation>Det går inte att spara ändringarna</translation>
    </message>
    <message>
        <source>Cannot start a database transaction inside a read snapshot</source>
        <translation>Det går inte att starta en databastransaktion inuti en läsögonblicksbild</translation>
    </message>
    <message>
        <source>PostgreSQL has no data version</source>
        <translation>PostgreSQL har ingen dataversion</translation>
    </message>
    <message>
        <source>Cannot read the data version</source>
        <translation>Det går inte att läsa dataversionen</translation>
    </message>
    <message>
        <source>A read snapshot cannot start inside another transaction</source>
        <translation>En läsögonblicksbild kan inte startas inuti en annan transaktion</translation>
    </message>
</context>
<context>
    <name>DatabaseConfig</name>
    <message>
        <source>The database URL is empty</source>
        <translation>Databas-URL:en är tom</translation>
    </message>
    <message>
        <source>The database URL is not valid: %1</source>
        <translation>Databas-URL:en är ogiltig: %1</translation>
    </message>
    <message>
        <source>The database URL must start with postgresql://</source>
        <translation>Databas-URL:en måste börja med postgresql://</translation>
    </message>
    <message>
        <source>The database URL must not have a &apos;#&apos; part</source>
        <translation>Databas-URL:en får inte ha en &apos;#&apos;-del</translation>
    </message>
    <message>
        <source>The database URL has an invalid port</source>
        <translation>Databas-URL:en har en ogiltig port</translation>
    </message>
    <message>
        <source>The database URL names no database (postgresql://user@host/DATABASE)</source>
        <translation>Databas-URL:en anger ingen databas (postgresql://user@host/DATABASE)</translation>
    </message>
    <message>
        <source>The database name in the URL must not contain &apos;/&apos;</source>
        <translation>Databasnamnet i URL:en får inte innehålla &apos;/&apos;</translation>
    </message>
    <message>
        <source>The database URL has an invalid option &apos;%1&apos;</source>
        <translation>Databas-URL:en har ett ogiltigt alternativ &apos;%1&apos;</translation>
    </message>
    <message>
        <source>SQLite %1</source>
        <translation>SQLite %1</translation>
    </message>
    <message>
        <source>local socket</source>
        <translation>lokal socket</translation>
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
        <translation>Det går inte att spara gäldenär %1</translation>
    </message>
    <message>
        <source>A debtor with identity number %1 already exists</source>
        <translation>Det finns redan en gäldenär med identitetsnummer %1</translation>
    </message>
    <message>
        <source>Cannot read the debtor</source>
        <translation>Det går inte att läsa gäldenären</translation>
    </message>
    <message>
        <source>There is no debtor with id %1</source>
        <translation>Det finns ingen gäldenär med id %1</translation>
    </message>
    <message>
        <source>Cannot search the debtors</source>
        <translation>Det går inte att söka bland gäldenärerna</translation>
    </message>
    <message>
        <source>Cannot read the debtors</source>
        <translation>Det går inte att läsa gäldenärerna</translation>
    </message>
    <message>
        <source>Debtors stored together need distinct identity numbers</source>
        <translation>Gäldenärer som sparas tillsammans måste ha olika identitetsnummer</translation>
    </message>
    <message>
        <source>Cannot save the debtors</source>
        <translation>Det går inte att spara gäldenärerna</translation>
    </message>
    <message>
        <source>A debtor with one of the identity numbers already exists</source>
        <translation>Det finns redan en gäldenär med ett av identitetsnumren</translation>
    </message>
</context>
<context>
    <name>DemandDeadline</name>
    <message>
        <source>The minimum demand deadline of %1 calendar days is outside 0 to %2.</source>
        <translation>Den kortaste fristen i ett inkassokrav, %1 kalenderdagar, ligger utanför 0 till %2.</translation>
    </message>
    <message>
        <source>The minimum of %1 bank days after receipt is outside 0 to %2.</source>
        <translation>Minsta antalet bankdagar efter mottagandet, %1, ligger utanför 0 till %2.</translation>
    </message>
    <message>
        <source>The demand has no valid sending date.</source>
        <translation>Inkassokravet har inget giltigt avsändningsdatum.</translation>
    </message>
    <message>
        <source>The channel&apos;s transit time of %1 days is outside 0 to %2.</source>
        <translation>Kanalens leveranstid på %1 dagar ligger utanför 0 till %2.</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message numerus="yes">
        <source>Case registered with %n claim(s) from %1</source>
        <translation>
            <numerusform>Ärendet registrerat med %n fordran från %1</numerusform>
            <numerusform>Ärendet registrerat med %n fordringar från %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Payment of %1 received</source>
        <translation>Inbetalning på %1 mottagen</translation>
    </message>
    <message>
        <source>Payment reminder sent</source>
        <translation>Betalningspåminnelse skickad</translation>
    </message>
    <message>
        <source>Collection demand (inkassokrav) sent</source>
        <translation>Inkassokrav skickat</translation>
    </message>
    <message>
        <source>SMS sent: a letter is on its way</source>
        <translation>SMS skickat: ett brev är på väg</translation>
    </message>
    <message numerus="yes">
        <source>Instalment plan agreed: %n payment(s) of %1</source>
        <translation>
            <numerusform>Avbetalningsplan överenskommen: %n betalning på %1</numerusform>
            <numerusform>Avbetalningsplan överenskommen: %n betalningar på %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The debtor disputes invoice %1</source>
        <translation>Gäldenären bestrider faktura %1</translation>
    </message>
    <message>
        <source>Case paused until %1</source>
        <translation>Ärendet pausat till %1</translation>
    </message>
    <message>
        <source>Application for a payment order (betalningsföreläggande) sent to Kronofogden</source>
        <translation>Ansökan om betalningsföreläggande skickad till Kronofogden</translation>
    </message>
    <message>
        <source>Payment order granted and sent for enforcement</source>
        <translation>Utslag meddelat och ärendet överlämnat för verkställighet</translation>
    </message>
    <message>
        <source>Moved to long-term surveillance (efterbevakning)</source>
        <translation>Överfört till efterbevakning</translation>
    </message>
    <message>
        <source>Withdrawn by the client; case closed</source>
        <translation>Återkallat av uppdragsgivaren; ärendet avslutat</translation>
    </message>
    <message>
        <source>Paid in full; case closed</source>
        <translation>Helt betalt; ärendet avslutat</translation>
    </message>
</context>
<context>
    <name>DemoDataService</name>
    <message>
        <source>The number of demo cases must be between 1 and %1, not %2</source>
        <translation>Antalet demoärenden måste vara mellan 1 och %1, inte %2</translation>
    </message>
    <message>
        <source>The demo data needs the date of today</source>
        <translation>Demodata behöver dagens datum</translation>
    </message>
    <message>
        <source>A batch needs at least one case</source>
        <translation>En sats behöver minst ett ärende</translation>
    </message>
</context>
<context>
    <name>EntityText</name>
    <message>
        <source>New</source>
        <translation>Nytt</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Påminnelse</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Inkasso</translation>
    </message>
    <message>
        <source>Instalment plan</source>
        <translation>Avbetalningsplan</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Bestritt</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausat</translation>
    </message>
    <message>
        <source>Payment order (Kronofogden)</source>
        <translation>Betalningsföreläggande (Kronofogden)</translation>
    </message>
    <message>
        <source>Enforcement</source>
        <translation>Verkställighet</translation>
    </message>
    <message>
        <source>Long-term surveillance</source>
        <translation>Efterbevakning</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutat</translation>
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
        <translation>Konsument</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Näringsidkare</translation>
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
        <translation>Gäldenär</translation>
    </message>
    <message>
        <source>Joint debtor</source>
        <translation>Medgäldenär</translation>
    </message>
    <message>
        <source>Guarantor</source>
        <translation>Borgensman</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Kapital</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Ränta</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Avgift</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Inbetalning</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Återföring</translation>
    </message>
</context>
<context>
    <name>EventRepository</name>
    <message>
        <source>Cannot save the event</source>
        <translation>Det går inte att spara händelsen</translation>
    </message>
    <message>
        <source>Cannot read the case&apos;s events</source>
        <translation>Det går inte att läsa ärendets händelser</translation>
    </message>
    <message>
        <source>Cannot read the debtor&apos;s events</source>
        <translation>Det går inte att läsa gäldenärens händelser</translation>
    </message>
    <message>
        <source>Cannot save the events</source>
        <translation>Det går inte att spara händelserna</translation>
    </message>
</context>
<context>
    <name>FeeSchedule</name>
    <message>
        <source>the fee table has no entries</source>
        <translation>avgiftstabellen har inga poster</translation>
    </message>
    <message>
        <source>%1.type: unknown fee type &apos;%2&apos;</source>
        <translation>%1.type: okänd avgiftstyp &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1.amount_ore: must be a whole number of öre ≥ 0</source>
        <translation>%1.amount_ore: måste vara ett helt antal öre ≥ 0</translation>
    </message>
    <message>
        <source>%1.valid_from: not a date</source>
        <translation>%1.valid_from: inte ett datum</translation>
    </message>
    <message>
        <source>%1.statute: every fee must cite its statute</source>
        <translation>%1.statute: varje avgift måste ange sitt lagstöd</translation>
    </message>
    <message>
        <source>no %1 fee is defined for %2</source>
        <translation>ingen avgift av typen %1 är definierad för %2</translation>
    </message>
    <message>
        <source>%1.charge: must be &apos;cap&apos; or &apos;fixed&apos;</source>
        <translation>%1.charge: måste vara &apos;cap&apos; eller &apos;fixed&apos;</translation>
    </message>
    <message>
        <source>%1: a %2 fee from %3 is listed twice</source>
        <translation>%1: en avgift av typen %2 från och med %3 förekommer två gånger</translation>
    </message>
    <message>
        <source>the fee table</source>
        <translation>avgiftstabellen</translation>
    </message>
    <message>
        <source>no %1 fee for an invalid date</source>
        <translation>ingen avgift av typen %1 för ett ogiltigt datum</translation>
    </message>
</context>
<context>
    <name>Fordran::App</name>
    <message>
        <source>The database has no cases yet.</source>
        <translation>Databasen har inga ärenden än.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Det går inte att öppna databasen %1: %2</translation>
    </message>
</context>
<context>
    <name>Fordran::CaseQueueModel</name>
    <message>
        <source>Next action: %1</source>
        <translation>Nästa åtgärd: %1</translation>
    </message>
    <message>
        <source>Protected personal data: handle the address with care</source>
        <translation>Skyddade personuppgifter: hantera adressen varsamt</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Ärendenr</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Gäldenär</translation>
    </message>
    <message>
        <source>Personal/org. no.</source>
        <translation>Person-/org.nr</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Uppdragsgivare</translation>
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
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Nästa åtgärd</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Handläggare</translation>
    </message>
</context>
<context>
    <name>Fordran::CaseQueueWidget</name>
    <message>
        <source>The case queue could not be read: %1</source>
        <translation>Ärendekön kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>Search: case no., OCR, invoice no., personnummer/org. no. or name</source>
        <translation>Sök: ärendenr, OCR-nummer, fakturanr, personnummer/org.nr eller namn</translation>
    </message>
    <message>
        <source>Show only cases in this status</source>
        <translation>Visa bara ärenden med denna status</translation>
    </message>
    <message>
        <source>Show only the cases of one client</source>
        <translation>Visa bara en uppdragsgivares ärenden</translation>
    </message>
    <message>
        <source>Show only the cases assigned to one officer</source>
        <translation>Visa bara ärenden som tilldelats en viss handläggare</translation>
    </message>
    <message>
        <source>&amp;My cases</source>
        <translation>&amp;Mina ärenden</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Öppna ärenden</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Alla uppdragsgivare</translation>
    </message>
    <message>
        <source>The clients could not be read: %1</source>
        <translation>Uppdragsgivarna kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>Alla handläggare</translation>
    </message>
    <message>
        <source>The officers could not be read: %1</source>
        <translation>Handläggarna kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>Show only the cases assigned to you (%1)</source>
        <translation>Visa bara ärenden som tilldelats dig (%1)</translation>
    </message>
    <message>
        <source>Your login &apos;%1&apos; is not a Fordran user: ask an administrator to add it</source>
        <translation>Din inloggning &apos;%1&apos; är ingen användare i Fordran: be en administratör att lägga till den</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln ärende</numerusform>
            <numerusform>%Ln ärenden</numerusform>
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
        <translation>Öppna ärende</translation>
    </message>
    <message>
        <source>The case is no longer in the database.</source>
        <translation>Ärendet finns inte längre i databasen.</translation>
    </message>
</context>
<context>
    <name>Fordran::CaseView</name>
    <message>
        <source>Registered</source>
        <translation>Registrering</translation>
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
        <translation>Brev</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Inbetalning</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Bestridande</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Paus</translation>
    </message>
    <message>
        <source>Payment plan</source>
        <translation>Avbetalningsplan</translation>
    </message>
    <message>
        <source>Order to pay (BF)</source>
        <translation>Betalningsföreläggande (BF)</translation>
    </message>
    <message>
        <source>Enforcement</source>
        <translation>Verkställighet</translation>
    </message>
    <message>
        <source>Surveillance</source>
        <translation>Efterbevakning</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutat</translation>
    </message>
    <message>
        <source>Reminder fee</source>
        <translation>Påminnelseavgift</translation>
    </message>
    <message>
        <source>Collection fee</source>
        <translation>Inkassoavgift</translation>
    </message>
    <message>
        <source>Late-payment compensation</source>
        <translation>Förseningsersättning</translation>
    </message>
    <message>
        <source>BF application fee</source>
        <translation>Ansökningsavgift BF</translation>
    </message>
    <message>
        <source>BF agent fee</source>
        <translation>Ombudsarvode BF</translation>
    </message>
    <message>
        <source>Case %1 – %2</source>
        <translation>Ärende %1 – %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Claims&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fordringar&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>Tidslinje (%1)</translation>
    </message>
    <message>
        <source>Fees (%1)</source>
        <translation>Avgifter (%1)</translation>
    </message>
    <message>
        <source>Owed as of %1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Skuld per %1: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Gäldenär</translation>
    </message>
    <message>
        <source>No debtor is recorded for this case.</source>
        <translation>Ingen gäldenär är registrerad för detta ärende.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>None (foreign debtor)</source>
        <translation>Inget (utländsk gäldenär)</translation>
    </message>
    <message>
        <source>Org. no.:</source>
        <translation>Org.nr:</translation>
    </message>
    <message>
        <source>Personnummer:</source>
        <translation>Personnummer:</translation>
    </message>
    <message>
        <source>&lt;i&gt;Protected personal data: the address is not shown.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Skyddade personuppgifter: adressen visas inte.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>c/o %1</source>
        <translation>c/o %1</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adress:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-post:</translation>
    </message>
    <message>
        <source>Deceased:</source>
        <translation>Avliden:</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Uppdragsgivare:</translation>
    </message>
    <message>
        <source>OCR:</source>
        <translation>OCR-nummer:</translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation>Öppnat:</translation>
    </message>
    <message>
        <source>Next action:</source>
        <translation>Nästa åtgärd:</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 den %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Officer:</source>
        <translation>Handläggare:</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Ingen tilldelad</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Poäng:</translation>
    </message>
    <message>
        <source>Not computed yet (the daily run scores cases)</source>
        <translation>Inte beräknad än (dagskörningen poängsätter ärendena)</translation>
    </message>
    <message>
        <source>Paused until:</source>
        <translation>Pausat till:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation>Avslutat:</translation>
    </message>
    <message>
        <source>Balance as of %1</source>
        <translation>Saldo per %1</translation>
    </message>
    <message>
        <source>Principal:</source>
        <translation>Kapital:</translation>
    </message>
    <message>
        <source>Interest:</source>
        <translation>Ränta:</translation>
    </message>
    <message>
        <source>Fees:</source>
        <translation>Avgifter:</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>Betalt:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Owed:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Skuld:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Incomplete: see the warning above.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Ofullständigt: se varningen ovan.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Kapital</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Ränta</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Avgifter</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Skuld</translation>
    </message>
    <message>
        <source>%1 (disputed)</source>
        <translation>%1 (bestriden)</translation>
    </message>
    <message>
        <source>Of which accrued and not yet posted: %1</source>
        <translation>Varav upplupen och ännu inte bokförd: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Avgift</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Vad som hände</translation>
    </message>
</context>
<context>
    <name>Fordran::Cli</name>
    <message>
        <source>%1: &apos;%2&apos; is not a date (YYYY-MM-DD)</source>
        <translation>%1: &apos;%2&apos; är inte ett datum (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>N: &apos;%1&apos; must be a whole number from 0 to 10000</source>
        <translation>N: &apos;%1&apos; måste vara ett heltal från 0 till 10 000</translation>
    </message>
    <message>
        <source>--principal: %1</source>
        <translation>--principal: %1</translation>
    </message>
    <message>
        <source>--principal: the amount must not be negative</source>
        <translation>--principal: beloppet får inte vara negativt</translation>
    </message>
    <message>
        <source>--margin: &apos;%1&apos; is not a margin in percentage points (0–100)</source>
        <translation>--margin: &apos;%1&apos; är inte ett påslag i procentenheter (0–100)</translation>
    </message>
    <message>
        <source>--fixed-rate: &apos;%1&apos; is not a yearly percentage (0–1000)</source>
        <translation>--fixed-rate: &apos;%1&apos; är inte en årlig procentsats (0–1 000)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a whole number from %3 to %4</source>
        <translation>%1: &apos;%2&apos; är inte ett heltal från %3 till %4</translation>
    </message>
    <message>
        <source>--status: &apos;%1&apos; is not a status (%2)</source>
        <translation>--status: &apos;%1&apos; är ingen status (%2)</translation>
    </message>
    <message>
        <source>--client: %1</source>
        <translation>--client: %1</translation>
    </message>
    <message>
        <source>--client: no client with organisationsnummer %1</source>
        <translation>--client: ingen uppdragsgivare med organisationsnummer %1</translation>
    </message>
    <message>
        <source>--sort: &apos;%1&apos; is not a column (%2)</source>
        <translation>--sort: &apos;%1&apos; är ingen kolumn (%2)</translation>
    </message>
    <message>
        <source>--as-of: &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>--as-of: &apos;%1&apos; är inte ett datum (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>no case with number %1</source>
        <translation>inget ärende med nummer %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>varning: %1</translation>
    </message>
    <message>
        <source>entered by %1 on %2</source>
        <translation>inlagd av %1 den %2</translation>
    </message>
    <message>
        <source>DATE: &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>DATE: &apos;%1&apos; är inte ett datum (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>DATE: a reference rate applies from 1 January or 1 July, not %1</source>
        <translation>DATE: en referensränta gäller från den 1 januari eller den 1 juli, inte %1</translation>
    </message>
    <message>
        <source>PERCENT: %1</source>
        <translation>PERCENT: %1</translation>
    </message>
    <message>
        <source>the built-in table already has %1 (%2 %); entered rates only add half-years it lacks</source>
        <translation>den inbyggda tabellen har redan %1 (%2 %); inlagda räntor kan bara lägga till halvår som saknas i den</translation>
    </message>
    <message>
        <source>ORGNR: %1</source>
        <translation>ORGNR: %1</translation>
    </message>
    <message>
        <source>NAME: the client needs a name</source>
        <translation>NAME: uppdragsgivaren måste ha ett namn</translation>
    </message>
    <message>
        <source>--bankgiro: %1</source>
        <translation>--bankgiro: %1</translation>
    </message>
    <message>
        <source>warning: entered reference rates not read from %1: %2</source>
        <translation>varning: inlagda referensräntor lästes inte från %1: %2</translation>
    </message>
    <message>
        <source>give either --db or --db-url, not both</source>
        <translation>ange antingen --db eller --db-url, inte båda</translation>
    </message>
    <message>
        <source>--db needs the path of a SQLite file</source>
        <translation>--db behöver sökvägen till en SQLite-fil</translation>
    </message>
    <message>
        <source>demo needs --cases N</source>
        <translation>demo behöver --cases N</translation>
    </message>
    <message>
        <source>--cases: give a number of cases from 1 to %1, not &apos;%2&apos;</source>
        <translation>--cases: ange ett antal ärenden från 1 till %1, inte &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--seed: give a whole number from 0 to 4294967295, not &apos;%1&apos;</source>
        <translation>--seed: ange ett heltal från 0 till 4 294 967 295, inte &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>demo: %1 already has %n case(s); no demo data added</source>
        <translation>
            <numerusform>demo: %1 har redan %n ärende; inga demodata lades till</numerusform>
            <numerusform>demo: %1 har redan %n ärenden; inga demodata lades till</numerusform>
        </translation>
    </message>
    <message>
        <source>demo: adding %1 demo cases (seed %2) to %3</source>
        <translation>demo: lägger till %1 demoärenden (seed %2) i %3</translation>
    </message>
    <message>
        <source>demo: %1 of %2 cases stored (%3 %), %4 s</source>
        <translation>demo: %1 av %2 ärenden sparade (%3 %), %4 s</translation>
    </message>
    <message>
        <source>--on: &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>--on: &apos;%1&apos; är inte ett datum (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>%1: %2 is outside the years %3–%4</source>
        <translation>%1: %2 ligger utanför åren %3–%4</translation>
    </message>
    <message>
        <source>interest: %1 is required</source>
        <translation>interest: %1 krävs</translation>
    </message>
    <message>
        <source>interest: give either --margin or --fixed-rate, not both</source>
        <translation>interest: ange antingen --margin eller --fixed-rate, inte båda</translation>
    </message>
    <message>
        <source>case %1 has no claim with invoice number %2</source>
        <translation>ärende %1 har ingen fordran med fakturanummer %2</translation>
    </message>
    <message>
        <source>case pause needs --reason R and --until DATE</source>
        <translation>case pause behöver --reason R och --until DATE</translation>
    </message>
    <message>
        <source>client pin needs --segment S, --reason TEXT and --until DATE</source>
        <translation>client pin behöver --segment S, --reason TEXT och --until DATE</translation>
    </message>
    <message>
        <source>DEBTOR_ID: %1</source>
        <translation>DEBTOR_ID: %1</translation>
    </message>
    <message>
        <source>--segment: &apos;%1&apos; is not a segment (risk, normal, vip)</source>
        <translation>--segment: &apos;%1&apos; är inget segment (risk, normal, vip)</translation>
    </message>
    <message>
        <source>no client with organisationsnummer %1</source>
        <translation>ingen uppdragsgivare med organisationsnummer %1</translation>
    </message>
    <message>
        <source>no debtor with identity %1</source>
        <translation>ingen gäldenär med identitetsnummer %1</translation>
    </message>
    <message>
        <source>run needs --date DATE</source>
        <translation>run behöver --date DATE</translation>
    </message>
    <message>
        <source>--batch-size: give a number of cases from 1 to 100000, not &apos;%1&apos;</source>
        <translation>--batch-size: ange ett antal ärenden från 1 till 100 000, inte &apos;%1&apos;</translation>
    </message>
    <message>
        <source>run: %1 %2 on %3</source>
        <translation>run: %1 %2 i %3</translation>
    </message>
    <message>
        <source>previewing</source>
        <translation>förhandsgranskar</translation>
    </message>
    <message>
        <source>running</source>
        <translation>kör</translation>
    </message>
    <message>
        <source>run: %1 of %2 cases (%3 %), %4 s</source>
        <translation>run: %1 av %2 ärenden (%3 %), %4 s</translation>
    </message>
    <message>
        <source>--version: no stored rules version &apos;%1&apos;</source>
        <translation>--version: ingen sparad regelversion &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Det går inte att skriva %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Det går inte att läsa %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than a rules file may be (%2 bytes)</source>
        <translation>%1 är större än en regelfil får vara (%2 byte)</translation>
    </message>
    <message>
        <source>nothing in %1 can be imported: %2</source>
        <translation>ingenting i %1 kan importeras: %2</translation>
    </message>
    <message>
        <source>%n row(s) of the file are rejected, so nothing was imported (--accept-valid imports the valid rows)</source>
        <translation>%n rad(er) i filen avvisades, så ingenting importerades (--accept-valid importerar de giltiga raderna)</translation>
    </message>
    <message>
        <source>no row of %1 can be imported</source>
        <translation>ingen rad i %1 kan importeras</translation>
    </message>
    <message>
        <source>import claims needs --client ORGNR</source>
        <translation>import claims kräver --client ORGNR</translation>
    </message>
    <message>
        <source>import: %1 for client %2 into %3</source>
        <translation>import: %1 för uppdragsgivare %2 till %3</translation>
    </message>
    <message>
        <source>import: %1 of %2 cases written (%3 %), %4 s</source>
        <translation>import: %1 av %2 ärenden skrivna (%3 %), %4 s</translation>
    </message>
    <message>
        <source>warning: line %1: %2</source>
        <translation>varning: rad %1: %2</translation>
    </message>
    <message>
        <source>rejected: line %1: %2</source>
        <translation>avvisad: rad %1: %2</translation>
    </message>
    <message>
        <source>rejected: … and %1 more (all are in the JSON)</source>
        <translation>avvisade: … och %1 till (alla finns i JSON-utdata)</translation>
    </message>
    <message>
        <source>import: %1 claim(s) in %2 case(s) imported, %3 row(s) rejected</source>
        <translation>import: %1 fordringar i %2 ärenden importerade, %3 rader avvisade</translation>
    </message>
</context>
<context>
    <name>Fordran::DailyRunDialog</name>
    <message>
        <source>Run daily process</source>
        <translation>Kör dagskörning</translation>
    </message>
    <message>
        <source>Advances every case that is due by its process template as of the date: fees and interest are posted, letters and SMS queued, calls and decisions given to the officers. Running a date twice changes nothing the second time; after missed days each case does its overdue step once.</source>
        <translation>Flyttar fram varje ärende som står på tur enligt sin processmall per datumet: avgifter och ränta bokförs, brev och SMS köas, samtal och beslut lämnas till handläggarna. Om samma datum körs två gånger ändras ingenting andra gången; efter missade dagar utför varje ärende sitt försenade steg en gång.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Preview shows what the run will do, per kind of action, without changing anything.</source>
        <translation>Förhandsgranskningen visar vad körningen kommer att göra, per typ av åtgärd, utan att ändra något.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Förhandsgranska</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Kör</translation>
    </message>
    <message>
        <source>Previewing %1…</source>
        <translation>Förhandsgranskar %1…</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>Kör %1…</translation>
    </message>
    <message>
        <source>Stopping after the cases in hand…</source>
        <translation>Stoppar efter de ärenden som pågår…</translation>
    </message>
    <message>
        <source>%1 of %2 cases</source>
        <translation>%1 av %2 ärenden</translation>
    </message>
    <message>
        <source>Steps stopped by a rule (refusals)</source>
        <translation>Steg som stoppats av en regel (avslag)</translation>
    </message>
    <message>
        <source>Preview of %1: %2 cases due, %3 would change (rules %4). Nothing was written.</source>
        <translation>Förhandsgranskning av %1: %2 ärenden på tur, %3 skulle ändras (regler %4). Inget har sparats.</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 cases done; each is fully advanced or untouched. Run %3 again to finish.</source>
        <translation>Avbrutet: %1 av %2 ärenden klara; varje ärende är antingen helt framflyttat eller orört. Kör %3 igen för att slutföra.</translation>
    </message>
    <message>
        <source>Done: %1 cases examined for %2, %3 changed (rules %4), in %5 s.</source>
        <translation>Klart: %1 ärenden granskade för %2, %3 ändrade (regler %4), på %5 s.</translation>
    </message>
    <message>
        <source>No actions.</source>
        <translation>Inga åtgärder.</translation>
    </message>
    <message>
        <source>The run stopped: %1. The cases done before stay done; the rest are untouched.</source>
        <translation>Körningen avbröts: %1. Ärenden som redan är klara förblir klara; övriga är orörda.</translation>
    </message>
</context>
<context>
    <name>Fordran::DatabaseActionHandler</name>
    <message>
        <source>Database</source>
        <translation>Databas</translation>
    </message>
    <message>
        <source>Cannot open the database %1.</source>
        <translation>Det går inte att öppna databasen %1.</translation>
    </message>
    <message>
        <source>%1

Fordran keeps working in %2.</source>
        <translation>%1

Fordran fortsätter att arbeta i %2.</translation>
    </message>
    <message>
        <source>Reference Rate Missing</source>
        <translation>Referensränta saknas</translation>
    </message>
    <message>
        <source>The reference rate for the half-year starting %1 is missing.</source>
        <translation>Referensräntan för halvåret som börjar %1 saknas.</translation>
    </message>
    <message>
        <source>Enter the Rate…</source>
        <translation>Ange räntan…</translation>
    </message>
    <message>
        <source>Fordran does not compute interest for days from %1 until the Riksbank&apos;s rate for that half-year is entered; it never guesses a rate. Enter it in the next window.</source>
        <translation>Fordran beräknar inte ränta för dagar från och med %1 förrän Riksbankens referensränta för det halvåret har angetts; programmet gissar aldrig en räntesats. Ange den i nästa fönster.</translation>
    </message>
</context>
<context>
    <name>Fordran::DatabaseController</name>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 är en mapp, inte en databasfil</translation>
    </message>
    <message>
        <source>Cannot create the file %1: the folder %2 is not writable</source>
        <translation>Det går inte att skapa filen %1: mappen %2 är skrivskyddad</translation>
    </message>
    <message>
        <source>Connected, but %1 does not look like a Fordran database: its schema version cannot be read</source>
        <translation>Anslutningen lyckades, men %1 ser inte ut som en Fordran-databas: dess schemaversion kan inte läsas</translation>
    </message>
    <message>
        <source>%1 was set up by a newer version of Fordran (schema %2; this version knows up to %3)</source>
        <translation>%1 skapades av en nyare version av Fordran (schema %2; denna version känner till högst %3)</translation>
    </message>
</context>
<context>
    <name>Fordran::DatabaseDialog</name>
    <message>
        <source>Database</source>
        <translation>Databas</translation>
    </message>
    <message>
        <source>Fordran keeps cases, payments and reference rates in one database. A SQLite file suits a single workstation; to work on the same cases from several workstations, use a PostgreSQL server.</source>
        <translation>Fordran sparar ärenden, inbetalningar och referensräntor i en databas. En SQLite-fil passar för en enskild arbetsstation; för att arbeta med samma ärenden från flera arbetsstationer används en PostgreSQL-server.</translation>
    </message>
    <message>
        <source>&amp;SQLite file on this computer</source>
        <translation>&amp;SQLite-fil på den här datorn</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server</source>
        <translation>&amp;PostgreSQL-server</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>Use &amp;default</source>
        <translation>Använd st&amp;andard</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>e.g. db.office.local; empty: this computer</source>
        <translation>t.ex. db.kontoret.local; tomt: den här datorn</translation>
    </message>
    <message>
        <source>The password is used for this session only and never saved. To connect without typing it, put it in ~/.pgpass.</source>
        <translation>Lösenordet används bara under denna session och sparas aldrig. För att ansluta utan att skriva det, lägg det i ~/.pgpass.</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>D&amp;atabase:</source>
        <translation>&amp;Databas:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>A&amp;nvändare:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testa anslutningen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>File: choose the file of the SQLite database (Browse… or Use default).</source>
        <translation>Fil: välj SQLite-databasens fil (Bläddra… eller Använd standard).</translation>
    </message>
    <message>
        <source>File: give the full path of the database file, e.g. %1.</source>
        <translation>Fil: ange den fullständiga sökvägen till databasfilen, t.ex. %1.</translation>
    </message>
    <message>
        <source>File: %1 is a folder; add a file name, e.g. %2.</source>
        <translation>Fil: %1 är en mapp; lägg till ett filnamn, t.ex. %2.</translation>
    </message>
    <message>
        <source>Server: a host name has no spaces (&quot;%1&quot;).</source>
        <translation>Server: ett värdnamn innehåller inga mellanslag (”%1”).</translation>
    </message>
    <message>
        <source>Database: enter the name of the database on the PostgreSQL server, e.g. fordran.</source>
        <translation>Databas: ange namnet på databasen på PostgreSQL-servern, t.ex. fordran.</translation>
    </message>
    <message>
        <source>Database: &quot;%1&quot; is not a database name (no spaces or slashes).</source>
        <translation>Databas: ”%1” är inget databasnamn (inga mellanslag eller snedstreck).</translation>
    </message>
    <message>
        <source>User: a user name has no spaces (&quot;%1&quot;).</source>
        <translation>Användare: ett användarnamn innehåller inga mellanslag (”%1”).</translation>
    </message>
    <message>
        <source>SQLite database file</source>
        <translation>SQLite-databasfil</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>SQLite-databaser (*.sqlite *.sqlite3 *.db);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Anslutningen misslyckades: %1</translation>
    </message>
    <message>
        <source>Connection failed: %1
%2</source>
        <translation>Anslutningen misslyckades: %1
%2</translation>
    </message>
    <message>
        <source>The file does not exist yet; Fordran creates it when you click Open.</source>
        <translation>Filen finns inte än; Fordran skapar den när du klickar på Öppna.</translation>
    </message>
    <message>
        <source>Connection works. The database is empty; Fordran sets it up when you click Open.</source>
        <translation>Anslutningen fungerar. Databasen är tom; Fordran konfigurerar den när du klickar på Öppna.</translation>
    </message>
    <message>
        <source>Connection works. The database is brought up to date (version %1 to %2) when you click Open.</source>
        <translation>Anslutningen fungerar. Databasen uppdateras (från version %1 till %2) när du klickar på Öppna.</translation>
    </message>
    <message>
        <source>Connection works. The database is up to date.</source>
        <translation>Anslutningen fungerar. Databasen är uppdaterad.</translation>
    </message>
</context>
<context>
    <name>Fordran::ImportClaimsActionHandler</name>
    <message>
        <source>Import claims</source>
        <translation>Importera fordringar</translation>
    </message>
    <message>
        <source>The clients could not be read: %1</source>
        <translation>Uppdragsgivarna kunde inte läsas: %1</translation>
    </message>
</context>
<context>
    <name>Fordran::ImportClaimsDialog</name>
    <message>
        <source>Import claims</source>
        <translation>Importera fordringar</translation>
    </message>
    <message>
        <source>Imports a client&apos;s claims file (CSV, one row per invoice). Claims of the client against one debtor become one case with its own case number and OCR reference. Check reads the whole file and lists every rejected row without changing anything.</source>
        <translation>Importerar en uppdragsgivares fordringsfil (CSV, en rad per faktura). Uppdragsgivarens fordringar mot en och samma gäldenär blir ett ärende med eget ärendenummer och OCR-nummer. Kontrollera läser hela filen och listar varje avvisad rad utan att ändra något.</translation>
    </message>
    <message>
        <source>Claims file (.csv)</source>
        <translation>Fordringsfil (.csv)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No clients yet: add one with fordran-cli client add</source>
        <translation>Inga uppdragsgivare än: lägg till en med fordran-cli client add</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows and leave out the rejected ones</source>
        <translation>Importera de &amp;giltiga raderna och utelämna de avvisade</translation>
    </message>
    <message>
        <source>Unticked, a file with any rejected row imports nothing, so the client can send a corrected file.</source>
        <translation>Om rutan inte är markerad importeras ingenting från en fil med någon avvisad rad, så att uppdragsgivaren kan skicka en rättad fil.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Uppdragsgivare:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Ärendenr</translation>
    </message>
    <message>
        <source>OCR</source>
        <translation>OCR-nummer</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Gäldenär</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identitetsnummer</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Fordringar</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Avvisade rader</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Kontrollera</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Choose a claims file</source>
        <translation>Välj en fordringsfil</translation>
    </message>
    <message>
        <source>Claims files (*.csv *.txt);;All files (*)</source>
        <translation>Fordringsfiler (*.csv *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>This database has no clients. Add the client first (fordran-cli client add ORGNR NAME), then import its file.</source>
        <translation>Databasen har inga uppdragsgivare. Lägg först till uppdragsgivaren (fordran-cli client add ORGNR NAME) och importera sedan dess fil.</translation>
    </message>
    <message>
        <source>Choose the client&apos;s claims file and the client, then Check.</source>
        <translation>Välj uppdragsgivarens fordringsfil och uppdragsgivaren och klicka sedan på Kontrollera.</translation>
    </message>
    <message>
        <source>Check reads the file and shows what would be imported; Import stores it.</source>
        <translation>Kontrollera läser filen och visar vad som skulle importeras; Importera sparar det.</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: filen finns inte.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importerar %1…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Kontrollerar %1…</translation>
    </message>
    <message>
        <source>Cancelling: nothing of this import will be kept…</source>
        <translation>Avbryter: ingenting från denna import sparas…</translation>
    </message>
    <message>
        <source>%1 of %2 cases</source>
        <translation>%1 av %2 ärenden</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Varning: %1</translation>
    </message>
    <message>
        <source>Rejected rows (%1)</source>
        <translation>Avvisade rader (%1)</translation>
    </message>
    <message>
        <source>Cases (%1)</source>
        <translation>Ärenden (%1)</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 kan inte importeras: %2</translation>
    </message>
    <message>
        <source>the file is not a claims file</source>
        <translation>filen är ingen fordringsfil</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Importen avbröts: ingenting importerades.</translation>
    </message>
    <message>
        <source>Imported %1 claims from %2 as %3 cases for %4.</source>
        <translation>Importerade %1 fordringar från %2 som %3 ärenden för %4.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>Ingenting importerades från %1.</translation>
    </message>
    <message>
        <source>%1 rejected rows were left out.</source>
        <translation>%1 avvisade rader utelämnades.</translation>
    </message>
    <message>
        <source>%1 rejected rows: correct the file, or tick the option to import the valid rows.</source>
        <translation>%1 avvisade rader: rätta filen eller markera alternativet att importera de giltiga raderna.</translation>
    </message>
    <message>
        <source>%1: all %2 rows are valid: %3 claims as %4 cases. Nothing has been written yet: Import stores them.</source>
        <translation>%1: alla %2 rader är giltiga: %3 fordringar som %4 ärenden. Inget har sparats än: Importera sparar dem.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows are rejected (see the list).</source>
        <translation>%1: %2 av %3 rader avvisas (se listan).</translation>
    </message>
    <message>
        <source>Import would store the %1 valid claims as %2 cases.</source>
        <translation>En import skulle spara de %1 giltiga fordringarna som %2 ärenden.</translation>
    </message>
    <message>
        <source>The list shows the first %1.</source>
        <translation>Listan visar de första %1.</translation>
    </message>
    <message>
        <source>The import failed: %1. Nothing was imported.</source>
        <translation>Importen misslyckades: %1. Ingenting importerades.</translation>
    </message>
    <message>
        <source>The file could not be checked: %1.</source>
        <translation>Filen kunde inte kontrolleras: %1.</translation>
    </message>
    <message>
        <source>As it is, nothing would be imported; tick the option to import the %1 valid rows, or ask the client for a corrected file.</source>
        <translation>Som filen är skulle ingenting importeras; kryssa i alternativet för att importera de %1 giltiga raderna, eller be uppdragsgivaren om en rättad fil.</translation>
    </message>
    <message>
        <source>No row can be imported; ask the client for a corrected file.</source>
        <translation>Ingen rad kan importeras; be uppdragsgivaren om en rättad fil.</translation>
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
    <name>Fordran::ReferenceRateEntryDialog</name>
    <message>
        <source>Add Reference Rate</source>
        <translation>Lägg till referensränta</translation>
    </message>
    <message>
        <source>%1 (next half-year)</source>
        <translation>%1 (nästa halvår)</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (saknas)</translation>
    </message>
    <message>
        <source>%1 (built-in, %2)</source>
        <translation>%1 (inbyggd, %2)</translation>
    </message>
    <message>
        <source>%1 (entered, %2)</source>
        <translation>%1 (inlagd, %2)</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <comment>an example rate</comment>
        <translation>t.ex. %1</translation>
    </message>
    <message>
        <source>&amp;Half-year from:</source>
        <translation>&amp;Halvår från och med:</translation>
    </message>
    <message>
        <source>&amp;Reference rate:</source>
        <translation>&amp;Referensränta:</translation>
    </message>
    <message>
        <source>The rate the Riksbank announced for the half-year, in percent. It is stored in the database and used on every workstation.</source>
        <translation>Den räntesats som Riksbanken har fastställt för halvåret, i procent. Den sparas i databasen och används på alla arbetsstationer.</translation>
    </message>
    <message>
        <source>No rate is known for this half-year yet.</source>
        <translation>Ingen räntesats är känd för detta halvår än.</translation>
    </message>
    <message>
        <source>Now %1 (%2); the rate you save replaces it.</source>
        <translation>Nu %1 (%2); den räntesats du sparar ersätter den.</translation>
    </message>
    <message>
        <source>Fixed by the Riksbank: %1.</source>
        <translation>Fastställd av Riksbanken: %1.</translation>
    </message>
    <message>
        <source>Enter the rate in percent.</source>
        <translation>Ange räntesatsen i procent.</translation>
    </message>
    <message>
        <source>Reference rate: %1</source>
        <translation>Referensränta: %1</translation>
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
        <translation>inbyggd</translation>
    </message>
    <message>
        <source>entered</source>
        <comment>reference rate source</comment>
        <translation>inlagd</translation>
    </message>
    <message>
        <source>missing</source>
        <comment>reference rate source</comment>
        <translation>saknas</translation>
    </message>
    <message>
        <source>Enter the Riksbank&apos;s rate for this half-year</source>
        <translation>Ange Riksbankens referensränta för detta halvår</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gäller från</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Räntesats</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmärkning</translation>
    </message>
</context>
<context>
    <name>Fordran::ReferenceRatesDialog</name>
    <message>
        <source>Reference Rates</source>
        <translation>Referensräntor</translation>
    </message>
    <message>
        <source>Default interest on a late payment is the Riksbank&apos;s reference rate plus eight percentage points (räntelagen 6 and 9 §§). The reference rate is fixed for each calendar half-year, from 1 January and 1 July. Fordran has the confirmed rates built in; a rate entered here is stored in the database and used on every workstation.</source>
        <translation>Dröjsmålsränta vid sen betalning är Riksbankens referensränta plus åtta procentenheter (räntelagen 6 och 9 §§). Referensräntan fastställs för varje kalenderhalvår, från den 1 januari och den 1 juli. Fordran har de fastställda räntorna inbyggda; en räntesats som anges här sparas i databasen och används på alla arbetsstationer.</translation>
    </message>
    <message>
        <source>Source: Sveriges Riksbank announces the reference rate shortly before each half-year starts, on &lt;a href=&quot;https://www.riksbank.se/sv/statistik/rantor-och-valutakurser/referensranta-och-diskonto/&quot;&gt;riksbank.se&lt;/a&gt; (Statistics → Interest rates and exchange rates → Reference rate). Enter it as published, e.g. 1,75.</source>
        <translation>Källa: Sveriges riksbank offentliggör referensräntan strax före varje halvårs början på &lt;a href=&quot;https://www.riksbank.se/sv/statistik/rantor-och-valutakurser/referensranta-och-diskonto/&quot;&gt;riksbank.se&lt;/a&gt; (Statistik → Räntor och valutakurser → Referensränta och diskonto). Ange den som den är publicerad, t.ex. 1,75.</translation>
    </message>
    <message>
        <source>&amp;Add rate…</source>
        <translation>&amp;Lägg till räntesats…</translation>
    </message>
    <message>
        <source>The reference rates cannot be read: %1</source>
        <translation>Referensräntorna kan inte läsas: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The reference rate for the half-year starting %1 is missing.&lt;/b&gt; Interest for days in that half-year is not computed until you enter the Riksbank&apos;s rate.</source>
        <translation>&lt;b&gt;Referensräntan för halvåret som börjar %1 saknas.&lt;/b&gt; Ränta för dagar under det halvåret beräknas inte förrän du anger Riksbankens referensränta.</translation>
    </message>
    <message numerus="yes">
        <source>No rate either for the half-year(s) starting %1.</source>
        <translation>
            <numerusform>Räntesats saknas även för halvåret som börjar %1.</numerusform>
            <numerusform>Räntesats saknas även för halvåren som börjar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reference rate for the half-year starting %1 was not saved.</source>
        <translation>Referensräntan för halvåret som börjar %1 sparades inte.</translation>
    </message>
</context>
<context>
    <name>GuardSet</name>
    <message>
        <source>No fee was given to check.</source>
        <translation>Ingen avgift angavs att kontrollera.</translation>
    </message>
    <message>
        <source>No interest posting was given to check.</source>
        <translation>Ingen räntepost angavs att kontrollera.</translation>
    </message>
</context>
<context>
    <name>HolidayRules</name>
    <message>
        <source>%1.name: every day needs a name</source>
        <translation>%1.name: varje dag måste ha ett namn</translation>
    </message>
    <message>
        <source>%1.rule: must be &apos;fixed&apos;, &apos;easter&apos; or &apos;saturday_from&apos;</source>
        <translation>%1.rule: måste vara &apos;fixed&apos;, &apos;easter&apos; eller &apos;saturday_from&apos;</translation>
    </message>
    <message>
        <source>%1: month and day must give a date</source>
        <translation>%1: månad och dag måste ge ett datum</translation>
    </message>
    <message>
        <source>%1.offset: a fixed date takes no offset</source>
        <translation>%1.offset: ett fast datum har ingen förskjutning</translation>
    </message>
    <message>
        <source>%1.offset: must be a whole number of days from -%2 to %2</source>
        <translation>%1.offset: måste vara ett helt antal dagar från -%2 till %2</translation>
    </message>
    <message>
        <source>%1.public_holiday: must be true or false</source>
        <translation>%1.public_holiday: måste vara true eller false</translation>
    </message>
    <message>
        <source>%1: valid_from and valid_until must be dates (YYYY-MM-DD)</source>
        <translation>%1: valid_from och valid_until måste vara datum (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>%1: valid_until must be after valid_from</source>
        <translation>%1: valid_until måste vara senare än valid_from</translation>
    </message>
    <message>
        <source>%1.statute: every day must cite its statute</source>
        <translation>%1.statute: varje dag måste ange sitt lagstöd</translation>
    </message>
    <message>
        <source>the holiday table has no days</source>
        <translation>helgdagstabellen har inga dagar</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: måste vara ett objekt</translation>
    </message>
    <message>
        <source>the holiday table</source>
        <translation>helgdagstabellen</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>no identity number given</source>
        <translation>inget identitetsnummer angivet</translation>
    </message>
    <message>
        <source>must have 10 or 12 digits</source>
        <translation>måste ha 10 eller 12 siffror</translation>
    </message>
    <message>
        <source>more than one separator</source>
        <translation>mer än ett skiljetecken</translation>
    </message>
    <message>
        <source>%1 is not allowed: only digits and one &apos;-&apos; or &apos;+&apos;</source>
        <translation>%1 är inte tillåtet: endast siffror och ett &apos;-&apos; eller &apos;+&apos;</translation>
    </message>
    <message>
        <source>the separator must come before the last four digits</source>
        <translation>skiljetecknet måste stå före de fyra sista siffrorna</translation>
    </message>
    <message>
        <source>a 12-digit organisationsnummer starts with 16</source>
        <translation>ett organisationsnummer med 12 siffror börjar med 16</translation>
    </message>
    <message>
        <source>&apos;+&apos; is only used in a personnummer</source>
        <translation>&apos;+&apos; används bara i ett personnummer</translation>
    </message>
    <message>
        <source>check digit mismatch</source>
        <translation>kontrollsiffran stämmer inte</translation>
    </message>
    <message>
        <source>an organisationsnummer needs a month part of 20 or more</source>
        <translation>ett organisationsnummer måste ha en månadsdel på 20 eller mer</translation>
    </message>
    <message>
        <source>not a valid date</source>
        <translation>inte ett giltigt datum</translation>
    </message>
    <message>
        <source>the century must be 18, 19 or 20</source>
        <translation>århundradet måste vara 18, 19 eller 20</translation>
    </message>
    <message>
        <source>the birth date is after %1</source>
        <translation>födelsedatumet är senare än %1</translation>
    </message>
</context>
<context>
    <name>ImportBatchRepository</name>
    <message>
        <source>Cannot record the imported file %1</source>
        <translation>Det går inte att registrera den importerade filen %1</translation>
    </message>
    <message>
        <source>Cannot read the imported files</source>
        <translation>Det går inte att läsa de importerade filerna</translation>
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
        <translation>day_basis: måste vara 360, 365 eller 366</translation>
    </message>
    <message>
        <source>start: must be &apos;day_after_due&apos; or &apos;due_date&apos;</source>
        <translation>start: måste vara &apos;day_after_due&apos; eller &apos;due_date&apos;</translation>
    </message>
    <message>
        <source>days_after_notice: must be a number of days from 0 to 365</source>
        <translation>days_after_notice: måste vara ett antal dagar från 0 till 365</translation>
    </message>
    <message>
        <source>rounding: must be &apos;half_away_from_zero&apos; or &apos;half_even&apos;</source>
        <translation>rounding: måste vara &apos;half_away_from_zero&apos; eller &apos;half_even&apos;</translation>
    </message>
    <message>
        <source>the due date is not a valid date</source>
        <translation>förfallodagen är inte ett giltigt datum</translation>
    </message>
    <message>
        <source>the end date is not a valid date</source>
        <translation>slutdatumet är inte ett giltigt datum</translation>
    </message>
    <message>
        <source>no principal given</source>
        <translation>inget kapitalbelopp angivet</translation>
    </message>
    <message>
        <source>the principal must not be negative</source>
        <translation>kapitalbeloppet får inte vara negativt</translation>
    </message>
    <message>
        <source>principal changes must be in date order</source>
        <translation>ändringar av kapitalbeloppet måste vara i datumordning</translation>
    </message>
    <message>
        <source>the fixed rate %1 % is out of range</source>
        <translation>den fasta räntesatsen %1 % ligger utanför tillåtet intervall</translation>
    </message>
    <message>
        <source>the interest does not fit in an amount</source>
        <translation>räntan ryms inte i ett belopp</translation>
    </message>
    <message>
        <source>the interest conventions</source>
        <translation>räntekonventionerna</translation>
    </message>
</context>
<context>
    <name>InterestTerm</name>
    <message>
        <source>expected ref+N (e.g. ref+8)</source>
        <translation>förväntade ref+N (t.ex. ref+8)</translation>
    </message>
    <message>
        <source>the margin in ref+N must be a number such as 8 or 8.5</source>
        <translation>påslaget i ref+N måste vara ett tal som 8 eller 8,5</translation>
    </message>
    <message>
        <source>a margin above 100 percentage points is not accepted</source>
        <translation>ett påslag över 100 procentenheter godtas inte</translation>
    </message>
    <message>
        <source>expected ref+N or a yearly percentage such as 12.5</source>
        <translation>förväntade ref+N eller en årlig procentsats som 12,5</translation>
    </message>
    <message>
        <source>a fixed rate must be greater than zero</source>
        <translation>en fast räntesats måste vara större än noll</translation>
    </message>
    <message>
        <source>a fixed rate above 100% a year is not accepted</source>
        <translation>en fast räntesats över 100 % per år godtas inte</translation>
    </message>
</context>
<context>
    <name>LedgerRepository</name>
    <message>
        <source>A ledger line needs an amount other than zero</source>
        <translation>En reskontrapost måste ha ett belopp som inte är noll</translation>
    </message>
    <message>
        <source>A reversal is booked with reverse(), naming the line it undoes</source>
        <translation>En återföring bokförs med reverse(), som anger den post den återför</translation>
    </message>
    <message>
        <source>A fee line needs a fee type</source>
        <translation>En avgiftspost måste ha en avgiftstyp</translation>
    </message>
    <message>
        <source>A payment is booked as a negative amount</source>
        <translation>En inbetalning bokförs som ett negativt belopp</translation>
    </message>
    <message>
        <source>A payment is allocated to principal, interest or a fee</source>
        <translation>En inbetalning avräknas mot kapital, ränta eller en avgift</translation>
    </message>
    <message>
        <source>There is no ledger line %1 to reverse</source>
        <translation>Det finns ingen reskontrapost %1 att återföra</translation>
    </message>
    <message>
        <source>Ledger line %1 is itself a reversal and cannot be reversed</source>
        <translation>Reskontrapost %1 är själv en återföring och kan inte återföras</translation>
    </message>
    <message>
        <source>Cannot read the ledger</source>
        <translation>Det går inte att läsa reskontran</translation>
    </message>
    <message>
        <source>Ledger line %1 is already reversed by line %2</source>
        <translation>Reskontrapost %1 är redan återförd av post %2</translation>
    </message>
    <message>
        <source>A ledger line needs a date</source>
        <translation>En reskontrapost måste ha ett datum</translation>
    </message>
    <message>
        <source>Cannot book the ledger line</source>
        <translation>Det går inte att bokföra reskontraposten</translation>
    </message>
    <message>
        <source>Cannot update the case balance</source>
        <translation>Det går inte att uppdatera ärendets saldo</translation>
    </message>
    <message>
        <source>There is no case with id %1</source>
        <translation>Det finns inget ärende med id %1</translation>
    </message>
    <message>
        <source>The ledger lines of case %1 add up to more than can be stored</source>
        <translation>Reskontraposterna i ärende %1 summerar till mer än som kan lagras</translation>
    </message>
    <message>
        <source>Cannot book the ledger lines</source>
        <translation>Det går inte att bokföra reskontraposterna</translation>
    </message>
</context>
<context>
    <name>LegalData</name>
    <message>
        <source>cannot read %1</source>
        <translation>det går inte att läsa %1</translation>
    </message>
    <message>
        <source>%1 is not valid JSON</source>
        <translation>%1 är inte giltig JSON</translation>
    </message>
</context>
<context>
    <name>LegalGuards</name>
    <message>
        <source>The fee of %1 is above the statutory amount of %2 (%3).</source>
        <translation>Avgiften på %1 överstiger det lagstadgade beloppet %2 (%3).</translation>
    </message>
    <message>
        <source>The claim has no due date, so it cannot be collected yet (%1).</source>
        <translation>Fordran saknar förfallodag och kan därför inte drivas in än (%1).</translation>
    </message>
    <message>
        <source>The claim is not overdue before %1 (%2).</source>
        <translation>Fordran är inte förfallen före %1 (%2).</translation>
    </message>
    <message>
        <source>No reminder fee: förseningsersättning is already charged on this claim and replaces it (%1).</source>
        <translation>Ingen påminnelseavgift: förseningsersättning är redan debiterad på denna fordran och ersätter den (%1).</translation>
    </message>
    <message>
        <source>No reminder fee: there is no evidence that the debtor agreed to one no later than when the debt arose (%1).</source>
        <translation>Ingen påminnelseavgift: det finns inget underlag för att gäldenären godkände en sådan senast när skulden uppkom (%1).</translation>
    </message>
    <message>
        <source>No reminder fee: the claim already carries one, and further reminders are free (%1).</source>
        <translation>Ingen påminnelseavgift: fordran har redan en, och ytterligare påminnelser är avgiftsfria (%1).</translation>
    </message>
    <message>
        <source>No collection-demand fee: förseningsersättning is already charged on this claim and replaces it (%1).</source>
        <translation>Ingen inkassoavgift: förseningsersättning är redan debiterad på denna fordran och ersätter den (%1).</translation>
    </message>
    <message>
        <source>No collection-demand fee: the demand has not been sent or handed over to the debtor (%1).</source>
        <translation>Ingen inkassoavgift: inkassokravet har inte skickats eller överlämnats till gäldenären (%1).</translation>
    </message>
    <message>
        <source>No collection-demand fee: the demand does not state principal, interest and costs separately (%1).</source>
        <translation>Ingen inkassoavgift: inkassokravet redovisar inte kapital, ränta och kostnader var för sig (%1).</translation>
    </message>
    <message>
        <source>No collection-demand fee: the demand does not state the interest amount, rate, period and base (%1).</source>
        <translation>Ingen inkassoavgift: inkassokravet anger inte räntebelopp, räntesats, period och beräkningsunderlag (%1).</translation>
    </message>
    <message>
        <source>No collection-demand fee: the demand gives no deadline to pay or object (%1).</source>
        <translation>Ingen inkassoavgift: inkassokravet anger ingen frist för att betala eller göra invändningar (%1).</translation>
    </message>
    <message>
        <source>No collection-demand fee: the claim already carries one (%1).</source>
        <translation>Ingen inkassoavgift: fordran har redan en (%1).</translation>
    </message>
    <message>
        <source>The demand gives no deadline to pay or object (%1).</source>
        <translation>Inkassokravet anger ingen frist för att betala eller göra invändningar (%1).</translation>
    </message>
    <message>
        <source>The shortest allowed deadline cannot be computed: %1 (%2).</source>
        <translation>Den kortaste tillåtna fristen kan inte beräknas: %1 (%2).</translation>
    </message>
    <message>
        <source>The demand&apos;s deadline %1 is earlier than the shortest allowed, %2 (%3).</source>
        <translation>Inkassokravets frist %1 är tidigare än den kortaste tillåtna, %2 (%3).</translation>
    </message>
    <message>
        <source>No legal step: no collection demand with a deadline has been sent (%1).</source>
        <translation>Ingen rättslig åtgärd: inget inkassokrav med frist har skickats (%1).</translation>
    </message>
    <message>
        <source>No legal step before the demand&apos;s deadline %1 has passed (%2).</source>
        <translation>Ingen rättslig åtgärd innan inkassokravets frist %1 har löpt ut (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n other claim(s) of the same client against the same debtor must be in this demand, or a reason for separate demands must be recorded (%1).</source>
        <translation>
            <numerusform>%n annan fordran från samma uppdragsgivare mot samma gäldenär måste ingå i detta inkassokrav, annars måste ett skäl till separata krav registreras (%1).</numerusform>
            <numerusform>%n andra fordringar från samma uppdragsgivare mot samma gäldenär måste ingå i detta inkassokrav, annars måste ett skäl till separata krav registreras (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>No plan fee: the instalment plan is not in writing (%1).</source>
        <translation>Ingen avgift för avbetalningsplan: avbetalningsplanen är inte skriftlig (%1).</translation>
    </message>
    <message>
        <source>No plan fee: the instalment plan does not cover the whole debt (%1).</source>
        <translation>Ingen avgift för avbetalningsplan: avbetalningsplanen omfattar inte hela skulden (%1).</translation>
    </message>
    <message>
        <source>No plan fee: the instalment plan was not drawn up with the debtor (%1).</source>
        <translation>Ingen avgift för avbetalningsplan: avbetalningsplanen har inte upprättats tillsammans med gäldenären (%1).</translation>
    </message>
    <message>
        <source>No plan fee: the instalment plan has not been sent or handed over to the debtor (%1).</source>
        <translation>Ingen avgift för avbetalningsplan: avbetalningsplanen har inte skickats eller överlämnats till gäldenären (%1).</translation>
    </message>
    <message>
        <source>No förseningsersättning: it applies only between businesses, not to a consumer claim (%1).</source>
        <translation>Ingen förseningsersättning: den gäller bara mellan näringsidkare, inte för en konsumentfordran (%1).</translation>
    </message>
    <message>
        <source>No förseningsersättning before late interest has started (%1).</source>
        <translation>Ingen förseningsersättning innan dröjsmålsränta har börjat löpa (%1).</translation>
    </message>
    <message>
        <source>No förseningsersättning: the claim already carries it (%1).</source>
        <translation>Ingen förseningsersättning: fordran har redan förseningsersättning (%1).</translation>
    </message>
    <message>
        <source>No förseningsersättning: reminder or collection-demand fees are already charged on this claim, and it replaces them (%1).</source>
        <translation>Ingen förseningsersättning: påminnelse- eller inkassoavgifter är redan debiterade på denna fordran, och förseningsersättningen ersätter dem (%1).</translation>
    </message>
    <message>
        <source>The cost of %1 is not a statutory amount: %2 (%3).</source>
        <translation>Kostnaden på %1 är inget lagstadgat belopp: %2 (%3).</translation>
    </message>
    <message>
        <source>The cost of %1 is above the statutory amount of %2 under %3 (%4).</source>
        <translation>Kostnaden på %1 överstiger det lagstadgade beloppet %2 enligt %3 (%4).</translation>
    </message>
    <message>
        <source>The interest rate %1 % is above the statutory %2 % and no agreed rate is on record (%3).</source>
        <translation>Räntesatsen %1 % överstiger den lagstadgade %2 % och ingen avtalad räntesats finns registrerad (%3).</translation>
    </message>
    <message>
        <source>No interest: the day interest starts is not known (%1).</source>
        <translation>Ingen ränta: dagen då räntan börjar löpa är okänd (%1).</translation>
    </message>
    <message>
        <source>No interest for time before %1, the day interest starts (%2).</source>
        <translation>Ingen ränta för tiden före %1, den dag räntan börjar löpa (%2).</translation>
    </message>
    <message>
        <source>No interest on interest: %1 of accrued interest is in the base (%2).</source>
        <translation>Ingen ränta på ränta: %1 i upplupen ränta ingår i beräkningsunderlaget (%2).</translation>
    </message>
    <message>
        <source>No interest on fees: %1 of fees is in the base, and interest on fees needs both the rules&apos; permission and the client&apos;s agreement (%2).</source>
        <translation>Ingen ränta på avgifter: %1 i avgifter ingår i beräkningsunderlaget, och ränta på avgifter kräver både reglernas tillåtelse och uppdragsgivarens medgivande (%2).</translation>
    </message>
    <message>
        <source>The date is missing, so it cannot be checked for a bank day (%1).</source>
        <translation>Datumet saknas, så det kan inte kontrolleras om det är en bankdag (%1).</translation>
    </message>
    <message>
        <source>%1 is not a bank day; the date must be moved to %2 (%3).</source>
        <translation>%1 är inte en bankdag; datumet måste flyttas till %2 (%3).</translation>
    </message>
    <message>
        <source>The claim&apos;s limitation date is not known, so no collection step is allowed (%1).</source>
        <translation>Fordrans preskriptionsdag är okänd, så ingen indrivningsåtgärd är tillåten (%1).</translation>
    </message>
    <message>
        <source>The claim has been time-barred since %1; no collection step is allowed (%2).</source>
        <translation>Fordran har varit preskriberad sedan %1; ingen indrivningsåtgärd är tillåten (%2).</translation>
    </message>
    <message>
        <source>The debtor disputes %1 of the claim; no demand may be pressed until the dispute is resolved (%2).</source>
        <translation>Gäldenären bestrider %1 av fordran; inga krav får drivas vidare förrän tvisten är löst (%2).</translation>
    </message>
    <message>
        <source>The application covers %1, but only the undisputed %2 may go to betalningsföreläggande (%3).</source>
        <translation>Ansökan omfattar %1, men endast det obestridda beloppet %2 får gå till betalningsföreläggande (%3).</translation>
    </message>
    <message>
        <source>The rules give no number of days after an interest notice (%1).</source>
        <translation>Reglerna anger inget antal dagar efter ett räntebesked (%1).</translation>
    </message>
    <message>
        <source>Interest cannot start: the claim has no due date agreed in advance, no invoice announcing interest and no served application (%1).</source>
        <translation>Ränta kan inte börja löpa: fordran saknar i förväg avtalad förfallodag, faktura med upplysning om ränta och delgiven ansökan (%1).</translation>
    </message>
</context>
<context>
    <name>Limitation</name>
    <message>
        <source>The limitation periods must be at least one year (consumer: %1, other: %2).</source>
        <translation>Preskriptionstiderna måste vara minst ett år (konsument: %1, övriga: %2).</translation>
    </message>
    <message>
        <source>The limitation alert horizon must not be negative (%1 days).</source>
        <translation>Förvarningstiden för preskription får inte vara negativ (%1 dagar).</translation>
    </message>
    <message>
        <source>The claim has neither a contract date nor an invoice date, so its limitation cannot be computed.</source>
        <translation>Fordran har varken avtalsdatum eller fakturadatum, så dess preskription kan inte beräknas.</translation>
    </message>
    <message>
        <source>The event has no date.</source>
        <translation>Händelsen saknar datum.</translation>
    </message>
    <message>
        <source>The event is dated before the claim arose.</source>
        <translation>Händelsen är daterad före fordrans uppkomst.</translation>
    </message>
    <message>
        <source>No delivery evidence is stored for the demand (preskriptionslagen 5 § 2).</source>
        <translation>Inget leveransbevis finns sparat för kravet (preskriptionslagen 5 § 2).</translation>
    </message>
    <message>
        <source>The claim was already time-barred on %1 (preskriptionslagen 8 §).</source>
        <translation>Fordran var redan preskriberad den %1 (preskriptionslagen 8 §).</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>No database migrations found in %1</source>
        <translation>Inga databasmigreringar hittades i %1</translation>
    </message>
    <message>
        <source>Migration file name %1 is not NNNN_name.sql</source>
        <translation>Migreringsfilnamnet %1 har inte formen NNNN_namn.sql</translation>
    </message>
    <message>
        <source>Cannot read migration %1</source>
        <translation>Det går inte att läsa migreringen %1</translation>
    </message>
    <message>
        <source>Migrations must be numbered 1, 2, 3 … without gaps; found %1 at place %2</source>
        <translation>Migreringar måste numreras 1, 2, 3 … utan luckor; hittade %1 på plats %2</translation>
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
        <translation>tomt OCR-underlag</translation>
    </message>
    <message>
        <source>%1 in the OCR payload: digits only</source>
        <translation>%1 i OCR-underlaget: endast siffror</translation>
    </message>
    <message>
        <source>the OCR payload is too long: %1 digits with check digits, at most %2</source>
        <translation>OCR-underlaget är för långt: %1 siffror med kontrollsiffror, högst %2</translation>
    </message>
    <message>
        <source>empty OCR reference</source>
        <translation>tomt OCR-nummer</translation>
    </message>
    <message>
        <source>%1 in the OCR reference: digits only</source>
        <translation>%1 i OCR-numret: endast siffror</translation>
    </message>
    <message>
        <source>an OCR reference has %1–%2 digits, not %3</source>
        <translation>ett OCR-nummer har %1–%2 siffror, inte %3</translation>
    </message>
    <message>
        <source>length digit mismatch: %1 digits need length digit %2, not %3</source>
        <translation>längdsiffran stämmer inte: %1 siffror kräver längdsiffran %2, inte %3</translation>
    </message>
    <message>
        <source>check digit mismatch</source>
        <translation>kontrollsiffran stämmer inte</translation>
    </message>
</context>
<context>
    <name>OutboxRepository</name>
    <message>
        <source>Cannot queue the %1 of case %2</source>
        <translation>Det går inte att köa %1 för ärende %2</translation>
    </message>
    <message>
        <source>The %1 of case %2 is queued already for %3</source>
        <translation>%1 för ärende %2 är redan köat för %3</translation>
    </message>
    <message>
        <source>Cannot read the outbox</source>
        <translation>Det går inte att läsa utkorgen</translation>
    </message>
    <message>
        <source>An outbox item can only become sent or cancelled, not %1</source>
        <translation>En post i utkorgen kan bara få statusen &apos;sent&apos; eller &apos;cancelled&apos;, inte %1</translation>
    </message>
    <message>
        <source>Cannot change the outbox item %1</source>
        <translation>Det går inte att ändra posten %1 i utkorgen</translation>
    </message>
    <message>
        <source>There is no queued outbox item %1</source>
        <translation>Det finns ingen köad post %1 i utkorgen</translation>
    </message>
    <message>
        <source>Cannot queue the letters and SMS</source>
        <translation>Kan inte köa breven och sms:en</translation>
    </message>
    <message>
        <source>A letter or SMS of these cases is queued already for the same day and rule</source>
        <translation>Ett brev eller sms för dessa ärenden är redan köat för samma dag och regel</translation>
    </message>
</context>
<context>
    <name>PauseRepository</name>
    <message>
        <source>Cannot store the pause</source>
        <translation>Det går inte att spara pausen</translation>
    </message>
    <message>
        <source>Cannot end the pause</source>
        <translation>Det går inte att avsluta pausen</translation>
    </message>
    <message>
        <source>There is no pause %1 in force</source>
        <translation>Det finns ingen gällande paus %1</translation>
    </message>
    <message>
        <source>Cannot read the pauses</source>
        <translation>Det går inte att läsa pauserna</translation>
    </message>
</context>
<context>
    <name>Pauses</name>
    <message>
        <source>&quot;%1&quot; is not a pause reason of the rules.</source>
        <translation>”%1” är inte en pausorsak enligt reglerna.</translation>
    </message>
    <message>
        <source>A pause needs an end date.</source>
        <translation>En paus måste ha ett slutdatum.</translation>
    </message>
    <message>
        <source>The pause ends (%1) on or before it starts (%2).</source>
        <translation>Pausen slutar (%1) samma dag som eller före den börjar (%2).</translation>
    </message>
    <message>
        <source>A claim pause must name the claim.</source>
        <translation>En paus för en fordran måste ange fordran.</translation>
    </message>
    <message>
        <source>The debtor disputes the claim</source>
        <translation>Gäldenären bestrider fordran</translation>
    </message>
    <message>
        <source>The debtor says the claim is paid</source>
        <translation>Gäldenären uppger att fordran är betald</translation>
    </message>
    <message>
        <source>The debtor is deceased</source>
        <translation>Gäldenären är avliden</translation>
    </message>
    <message>
        <source>Debt relief (skuldsanering)</source>
        <translation>Skuldsanering</translation>
    </message>
    <message>
        <source>The client asked for a pause</source>
        <translation>Uppdragsgivaren har begärt paus</translation>
    </message>
    <message>
        <source>Paused with no end date: %1.</source>
        <translation>Pausat utan slutdatum: %1.</translation>
    </message>
    <message>
        <source>Paused until %1: %2.</source>
        <translation>Pausat till %1: %2.</translation>
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
    <name>ProcessCaseRepository</name>
    <message>
        <source>Cannot count the cases due</source>
        <translation>Det går inte att räkna ärendena som står på tur</translation>
    </message>
    <message>
        <source>Cannot read the cases due</source>
        <translation>Det går inte att läsa ärendena som står på tur</translation>
    </message>
    <message>
        <source>Cannot read the claims of the cases due</source>
        <translation>Det går inte att läsa fordringarna i ärendena som står på tur</translation>
    </message>
    <message>
        <source>Cannot read the ledger of the cases due</source>
        <translation>Det går inte att läsa reskontran för ärendena som står på tur</translation>
    </message>
    <message>
        <source>Cannot read the debtors&apos; earlier cases</source>
        <translation>Det går inte att läsa gäldenärernas tidigare ärenden</translation>
    </message>
    <message>
        <source>Cannot save the process state of case %1</source>
        <translation>Det går inte att spara processtillståndet för ärende %1</translation>
    </message>
    <message>
        <source>There is no case with id %1</source>
        <translation>Det finns inget ärende med id %1</translation>
    </message>
    <message>
        <source>Cannot read the process state of case %1</source>
        <translation>Det går inte att läsa processtillståndet för ärende %1</translation>
    </message>
</context>
<context>
    <name>ProcessContext</name>
    <message>
        <source>The policy of client %1 is not valid (%2); its cases follow the rules without it</source>
        <translation>Policyn för uppdragsgivare %1 är ogiltig (%2); dess ärenden följer reglerna utan den</translation>
    </message>
</context>
<context>
    <name>ProcessEngine</name>
    <message>
        <source>Claim becomes time-barred after %1 unless limitation is interrupted (%2)</source>
        <translation>Fordran preskriberas efter %1 om inte preskriptionen avbryts (%2)</translation>
    </message>
    <message>
        <source>Resumed: the pause until %1 ended (%2)</source>
        <translation>Återupptaget: pausen till %1 har upphört (%2)</translation>
    </message>
    <message>
        <source>Closed: every claim is time-barred (%1)</source>
        <translation>Avslutat: alla fordringar är preskriberade (%1)</translation>
    </message>
    <message>
        <source>Reminder fee agreed (client file)</source>
        <translation>Påminnelseavgift avtalad (uppdragsgivarens fil)</translation>
    </message>
    <message>
        <source>No letter: the interest cannot be computed, and nothing is computed on a guessed rate: %1 (%2).</source>
        <translation>Inget brev: räntan kan inte beräknas, och ingenting beräknas på en gissad räntesats: %1 (%2).</translation>
    </message>
    <message>
        <source>Fee %1 posted: %2 (%3)</source>
        <translation>Avgift %1 bokförd: %2 (%3)</translation>
    </message>
    <message>
        <source>No betalningsföreläggande: the outstanding %1 is below the minimum of %2 (%3).</source>
        <translation>Inget betalningsföreläggande: utestående %1 understiger minimibeloppet %2 (%3).</translation>
    </message>
    <message>
        <source>Betalningsföreläggande applied for: %1</source>
        <translation>Ansökan om betalningsföreläggande gjord: %1</translation>
    </message>
    <message>
        <source>Decide on betalningsföreläggande for %1 (%2)</source>
        <translation>Besluta om betalningsföreläggande för %1 (%2)</translation>
    </message>
    <message>
        <source>Rate agreed on the claim (client file)</source>
        <translation>Räntesats avtalad för fordran (uppdragsgivarens fil)</translation>
    </message>
    <message>
        <source>Late interest %1 for %2 – %3</source>
        <translation>Dröjsmålsränta %1 för %2 – %3</translation>
    </message>
    <message>
        <source>%1, to pay by %2</source>
        <translation>%1, att betala senast %2</translation>
    </message>
</context>
<context>
    <name>ProcessPreviewService</name>
    <message>
        <source>No date was given for the preview</source>
        <translation>Inget datum angavs för förhandsgranskningen</translation>
    </message>
</context>
<context>
    <name>ProcessTemplate</name>
    <message>
        <source>%1 is done by the engine and cannot be a template step</source>
        <translation>%1 utförs av processmotorn och kan inte vara ett steg i en mall</translation>
    </message>
    <message>
        <source>only reminder letters can be repeated</source>
        <translation>endast påminnelsebrev kan upprepas</translation>
    </message>
    <message>
        <source>a reminder needs the days between repeated reminders (≥ 1)</source>
        <translation>en påminnelse behöver antalet dagar mellan upprepade påminnelser (≥ 1)</translation>
    </message>
    <message>
        <source>%1 must give the debtor a deadline (≥ 1 day)</source>
        <translation>%1 måste ge gäldenären en frist (≥ 1 dag)</translation>
    </message>
    <message>
        <source>only letters give a deadline</source>
        <translation>endast brev ger en frist</translation>
    </message>
    <message>
        <source>unknown fee type %1</source>
        <translation>okänd avgiftstyp %1</translation>
    </message>
    <message>
        <source>fee %1 cannot be posted with %2</source>
        <translation>avgiften %1 kan inte bokföras med %2</translation>
    </message>
    <message>
        <source>not beside the late-interest fee %1: förseningsersättning replaces the reminder and inkassokrav fees</source>
        <translation>inte tillsammans med avgiften %1 vid dröjsmålsränta: förseningsersättning ersätter påminnelse- och inkassoavgifterna</translation>
    </message>
    <message>
        <source>must list at most %1 steps</source>
        <translation>får ange högst %1 steg</translation>
    </message>
    <message>
        <source>only &apos;b2b_compensation&apos; is posted when late interest starts</source>
        <translation>endast &apos;b2b_compensation&apos; bokförs när dröjsmålsräntan börjar löpa</translation>
    </message>
    <message>
        <source>förseningsersättning is for business debtors only</source>
        <translation>förseningsersättning gäller endast gäldenärer som är näringsidkare</translation>
    </message>
    <message>
        <source>must list at least one step</source>
        <translation>måste ange minst ett steg</translation>
    </message>
    <message>
        <source>%1 is used by an earlier step</source>
        <translation>%1 används redan av ett tidigare steg</translation>
    </message>
    <message>
        <source>the first step has no previous step</source>
        <translation>det första steget har inget föregående steg</translation>
    </message>
    <message>
        <source>no earlier letter gives a deadline</source>
        <translation>inget tidigare brev ger en frist</translation>
    </message>
    <message>
        <source>a case gets one inkassokrav, combining its claims</source>
        <translation>ett ärende får ett inkassokrav, som samlar dess fordringar</translation>
    </message>
    <message>
        <source>reminders come before the inkassokrav</source>
        <translation>påminnelser kommer före inkassokravet</translation>
    </message>
    <message>
        <source>%1 must come after the inkassokrav</source>
        <translation>%1 måste komma efter inkassokravet</translation>
    </message>
    <message>
        <source>the BF decision must be the last step</source>
        <translation>beslutet om BF måste vara det sista steget</translation>
    </message>
    <message>
        <source>must include one inkassokrav_letter step</source>
        <translation>måste innehålla ett steg av typen inkassokrav_letter</translation>
    </message>
    <message>
        <source>VIP debtors never go to BF without approval</source>
        <translation>VIP-gäldenärer går aldrig till BF utan godkännande</translation>
    </message>
</context>
<context>
    <name>ProcessText</name>
    <message>
        <source>Payment reminder</source>
        <translation>Betalningspåminnelse</translation>
    </message>
    <message>
        <source>Collection demand (inkassokrav)</source>
        <translation>Inkassokrav</translation>
    </message>
    <message>
        <source>SMS: letter sent</source>
        <translation>SMS: brev skickat</translation>
    </message>
    <message>
        <source>Call the debtor</source>
        <translation>Ring gäldenären</translation>
    </message>
    <message>
        <source>Follow-up SMS</source>
        <translation>Uppföljnings-SMS</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>Uppföljningssamtal</translation>
    </message>
    <message>
        <source>Follow-up letter</source>
        <translation>Uppföljningsbrev</translation>
    </message>
    <message>
        <source>Decide on a payment order (BF)</source>
        <translation>Besluta om betalningsföreläggande (BF)</translation>
    </message>
    <message>
        <source>Payment order applied for (BF)</source>
        <translation>Ansökan om betalningsföreläggande gjord (BF)</translation>
    </message>
    <message>
        <source>Fee posted</source>
        <translation>Avgift bokförd</translation>
    </message>
    <message>
        <source>Interest posted</source>
        <translation>Ränta bokförd</translation>
    </message>
    <message>
        <source>Limitation alert</source>
        <translation>Preskriptionsvarning</translation>
    </message>
    <message>
        <source>Resumed after a pause</source>
        <translation>Återupptaget efter paus</translation>
    </message>
    <message>
        <source>Closed: time-barred</source>
        <translation>Avslutat: preskriberat</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatiskt</translation>
    </message>
    <message>
        <source>After the client&apos;s approval</source>
        <translation>Efter uppdragsgivarens godkännande</translation>
    </message>
    <message>
        <source>After a supervisor&apos;s approval</source>
        <translation>Efter arbetsledarens godkännande</translation>
    </message>
</context>
<context>
    <name>ProcessWriter</name>
    <message>
        <source>Segment %1 → %2 (score %3): %4</source>
        <translation>Segment %1 → %2 (poäng %3): %4</translation>
    </message>
    <message>
        <source>The daily run planned a fee without a fee type on case %1</source>
        <translation>Dagskörningen planerade en avgift utan avgiftstyp i ärende %1</translation>
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
        <translation>Det går inte att läsa referensräntorna</translation>
    </message>
    <message>
        <source>A reference rate applies from 1 January or 1 July, not %1</source>
        <translation>En referensränta gäller från den 1 januari eller den 1 juli, inte %1</translation>
    </message>
    <message>
        <source>an invalid date</source>
        <translation>ett ogiltigt datum</translation>
    </message>
    <message>
        <source>A reference rate of %1 % is not plausible</source>
        <translation>En referensränta på %1 % är inte rimlig</translation>
    </message>
    <message>
        <source>Cannot save the reference rate</source>
        <translation>Det går inte att spara referensräntan</translation>
    </message>
</context>
<context>
    <name>ReferenceRateService</name>
    <message>
        <source>entered by %1 on %2</source>
        <translation>inlagd av %1 den %2</translation>
    </message>
    <message>
        <source>A reference rate applies from 1 January or 1 July, not from %1</source>
        <translation>En referensränta gäller från den 1 januari eller den 1 juli, inte från %1</translation>
    </message>
    <message>
        <source>an invalid date</source>
        <translation>ett ogiltigt datum</translation>
    </message>
    <message>
        <source>The reference rate for the half-year starting %1 is confirmed in the built-in table and cannot be replaced by an entered rate</source>
        <translation>Referensräntan för halvåret som börjar %1 är fastställd i den inbyggda tabellen och kan inte ersättas av en inlagd räntesats</translation>
    </message>
    <message>
        <source>An entered reference rate needs the name of who entered it</source>
        <translation>En inlagd referensränta måste ha namnet på den som lade in den</translation>
    </message>
</context>
<context>
    <name>ReferenceRateTable</name>
    <message>
        <source>no reference rate for an invalid date</source>
        <translation>ingen referensränta för ett ogiltigt datum</translation>
    </message>
    <message>
        <source>no reference rate for the half-year starting %1: enter the Riksbank&apos;s rate for it</source>
        <translation>ingen referensränta för halvåret som börjar %1: ange Riksbankens referensränta för det</translation>
    </message>
    <message>
        <source>rates[%1].from: must be 1 January or 1 July</source>
        <translation>rates[%1].from: måste vara den 1 januari eller den 1 juli</translation>
    </message>
    <message>
        <source>rates[%1].percent: %2</source>
        <translation>rates[%1].percent: %2</translation>
    </message>
    <message>
        <source>rates[%1].from: %2 is listed twice</source>
        <translation>rates[%1].from: %2 förekommer två gånger</translation>
    </message>
    <message>
        <source>the reference-rate table</source>
        <translation>referensräntetabellen</translation>
    </message>
    <message>
        <source>no reference rate for the half-year starting %1: the table starts on %2; enter the Riksbank&apos;s rate for it</source>
        <translation>ingen referensränta för halvåret som börjar %1: tabellen börjar %2; ange Riksbankens referensränta för det</translation>
    </message>
</context>
<context>
    <name>RulesJson</name>
    <message>
        <source>must be at most %1 characters</source>
        <translation>får vara högst %1 tecken</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>måste vara en text</translation>
    </message>
    <message>
        <source>unknown setting (check the spelling)</source>
        <translation>okänd inställning (kontrollera stavningen)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>krävs</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>måste vara ett heltal</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 är inte något av %2</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>måste vara true eller false</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>måste vara en lista</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>måste vara ett datum skrivet ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>must be ≥ %1</source>
        <translation>måste vara ≥ %1</translation>
    </message>
    <message>
        <source>must be ≤ %1</source>
        <translation>måste vara ≤ %1</translation>
    </message>
    <message>
        <source>must be an object { … }</source>
        <translation>måste vara ett objekt { … }</translation>
    </message>
    <message>
        <source>must be 1–64 characters a–z, 0–9 or _</source>
        <translation>måste vara 1–64 tecken a–z, 0–9 eller _</translation>
    </message>
    <message>
        <source>The file is larger than %1 bytes</source>
        <translation>Filen är större än %1 byte</translation>
    </message>
    <message>
        <source>Not valid JSON at byte %1: %2</source>
        <translation>Ogiltig JSON vid byte %1: %2</translation>
    </message>
    <message>
        <source>The document must be a JSON object { … }</source>
        <translation>Dokumentet måste vara ett JSON-objekt { … }</translation>
    </message>
</context>
<context>
    <name>RulesSections</name>
    <message>
        <source>must be a time range like &quot;08:00-20:00&quot;, or null for no calls</source>
        <translation>måste vara ett tidsintervall som &quot;08:00-20:00&quot;, eller null för inga samtal</translation>
    </message>
    <message>
        <source>must name 1 to %1 entries</source>
        <translation>måste ange 1 till %1 poster</translation>
    </message>
    <message>
        <source>must be at least max_calls_per_day</source>
        <translation>måste vara minst max_calls_per_day</translation>
    </message>
</context>
<context>
    <name>RulesService</name>
    <message>
        <source>No date was given for the rules</source>
        <translation>Inget datum angavs för reglerna</translation>
    </message>
    <message>
        <source>The built-in rules are valid from %1, after %2</source>
        <translation>De inbyggda reglerna gäller från %1, efter %2</translation>
    </message>
    <message>
        <source>No stored rules are valid on %1: every version starts later</source>
        <translation>Inga sparade regler gäller den %1: alla versioner börjar senare</translation>
    </message>
    <message>
        <source>The stored rules version %1 is not valid: %2</source>
        <translation>Den sparade regelversionen %1 är ogiltig: %2</translation>
    </message>
    <message>
        <source>These rules are stored already, as version %1</source>
        <translation>Dessa regler är redan sparade, som version %1</translation>
    </message>
    <message>
        <source>Rules version %1 is stored already with other content: give the changed rules a new &quot;version&quot;</source>
        <translation>Regelversion %1 är redan sparad med annat innehåll: ge de ändrade reglerna en ny &quot;version&quot;</translation>
    </message>
</context>
<context>
    <name>RulesSet</name>
    <message>
        <source>must be ≥ %1 (demand_deadline.min_calendar_days)</source>
        <translation>måste vara ≥ %1 (demand_deadline.min_calendar_days)</translation>
    </message>
    <message>
        <source>rules format %1 is not supported (this program reads format %2)</source>
        <translation>regelformat %1 stöds inte (detta program läser format %2)</translation>
    </message>
    <message>
        <source>must be 1–%1 characters A–Z, a–z, 0–9, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;</source>
        <translation>måste vara 1–%1 tecken A–Z, a–z, 0–9, &apos;.&apos;, &apos;-&apos; eller &apos;_&apos;</translation>
    </message>
    <message>
        <source>The built-in rules %1 are missing from the program</source>
        <translation>De inbyggda reglerna %1 saknas i programmet</translation>
    </message>
    <message>
        <source>The built-in rules are invalid: %1</source>
        <translation>De inbyggda reglerna är ogiltiga: %1</translation>
    </message>
</context>
<context>
    <name>RulesVersionRepository</name>
    <message>
        <source>A rules set needs a version</source>
        <translation>En regeluppsättning måste ha en version</translation>
    </message>
    <message>
        <source>A rules set needs a valid-from date</source>
        <translation>En regeluppsättning måste ha ett giltighetsdatum</translation>
    </message>
    <message>
        <source>Cannot store rules version %1</source>
        <translation>Det går inte att spara regelversion %1</translation>
    </message>
    <message>
        <source>Rules version %1 or the same rules content is stored already</source>
        <translation>Regelversion %1 eller samma regelinnehåll är redan sparat</translation>
    </message>
    <message>
        <source>Cannot read the rules versions</source>
        <translation>Det går inte att läsa regelversionerna</translation>
    </message>
</context>
<context>
    <name>RunLogRepository</name>
    <message>
        <source>Cannot record the start of the daily run</source>
        <translation>Det går inte att registrera starten av dagskörningen</translation>
    </message>
    <message>
        <source>Cannot record the end of the daily run</source>
        <translation>Det går inte att registrera slutet av dagskörningen</translation>
    </message>
    <message>
        <source>There is no daily run %1 in the log</source>
        <translation>Det finns ingen dagskörning %1 i loggen</translation>
    </message>
    <message>
        <source>Cannot read the log of daily runs</source>
        <translation>Det går inte att läsa loggen över dagskörningar</translation>
    </message>
</context>
<context>
    <name>SchemaInfo</name>
    <message>
        <source>Cannot read the database schema</source>
        <translation>Det går inte att läsa databasschemat</translation>
    </message>
</context>
<context>
    <name>ScoringConfig</name>
    <message>
        <source>must list 1 to %1 bands</source>
        <translation>måste ange 1 till %1 intervall</translation>
    </message>
    <message>
        <source>the first band must start at 0</source>
        <translation>det första intervallet måste börja på 0</translation>
    </message>
    <message>
        <source>must be greater than the previous band&apos;s</source>
        <translation>måste vara större än föregående intervalls</translation>
    </message>
</context>
<context>
    <name>ScoringModel</name>
    <message>
        <source>Starting points</source>
        <translation>Startpoäng</translation>
    </message>
    <message>
        <source>Not past due</source>
        <translation>Inte förfallen</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) past due</source>
        <translation>
            <numerusform>%n dag efter förfallodagen</numerusform>
            <numerusform>%n dagar efter förfallodagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 outstanding</source>
        <translation>%1 utestående</translation>
    </message>
    <message>
        <source>Business debtor</source>
        <translation>Gäldenären är näringsidkare</translation>
    </message>
    <message>
        <source>Consumer debtor</source>
        <translation>Gäldenären är konsument</translation>
    </message>
    <message>
        <source>No earlier cases with this debtor</source>
        <translation>Inga tidigare ärenden med denna gäldenär</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier case(s) with this debtor</source>
        <translation>
            <numerusform>%n tidigare ärende med denna gäldenär</numerusform>
            <numerusform>%n tidigare ärenden med denna gäldenär</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier case(s) paid in full</source>
        <translation>
            <numerusform>%n tidigare ärende helt betalt</numerusform>
            <numerusform>%n tidigare ärenden helt betalda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier case(s) ended unpaid</source>
        <translation>
            <numerusform>%n tidigare ärende avslutat obetalt</numerusform>
            <numerusform>%n tidigare ärenden avslutade obetalda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broken payment promise(s)</source>
        <translation>
            <numerusform>%n brutet betalningslöfte</numerusform>
            <numerusform>%n brutna betalningslöften</numerusform>
        </translation>
    </message>
    <message>
        <source>Phone number known</source>
        <translation>Telefonnummer känt</translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation>Inget telefonnummer</translation>
    </message>
    <message>
        <source>E-mail address known</source>
        <translation>E-postadress känd</translation>
    </message>
    <message>
        <source>No e-mail address</source>
        <translation>Ingen e-postadress</translation>
    </message>
    <message>
        <source>Postal address known</source>
        <translation>Postadress känd</translation>
    </message>
    <message>
        <source>No postal address</source>
        <translation>Ingen postadress</translation>
    </message>
    <message>
        <source>No partial payments</source>
        <translation>Inga delbetalningar</translation>
    </message>
    <message>
        <source>%1 % of the debt already paid (%2)</source>
        <translation>%1 % av skulden redan betald (%2)</translation>
    </message>
    <message>
        <source>External credit score %1 of 100</source>
        <translation>Extern kreditpoäng %1 av 100</translation>
    </message>
    <message>
        <source>No external credit score in the client file</source>
        <translation>Ingen extern kreditpoäng i uppdragsgivarens fil</translation>
    </message>
    <message>
        <source>Score %1 is at or above the risk threshold %2</source>
        <translation>Poängen %1 är lika med eller över risktröskeln %2</translation>
    </message>
    <message>
        <source>Score %1 is below the risk threshold %2</source>
        <translation>Poängen %1 är under risktröskeln %2</translation>
    </message>
    <message>
        <source>Pinned to %1 until %2: %3</source>
        <translation>Låst till %1 fram till %2: %3</translation>
    </message>
    <message>
        <source>On the client&apos;s VIP list</source>
        <translation>På uppdragsgivarens VIP-lista</translation>
    </message>
</context>
<context>
    <name>SegmentPin</name>
    <message>
        <source>A pinned segment needs a reason</source>
        <translation>Ett låst segment måste ha en orsak</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters</source>
        <translation>Orsaken är längre än %1 tecken</translation>
    </message>
    <message>
        <source>A pinned segment needs an end date</source>
        <translation>Ett låst segment måste ha ett slutdatum</translation>
    </message>
    <message>
        <source>The end date %1 must be in the future</source>
        <translation>Slutdatumet %1 måste ligga i framtiden</translation>
    </message>
</context>
<context>
    <name>SegmentPinRepository</name>
    <message>
        <source>Cannot store the segment pin</source>
        <translation>Det går inte att spara segmentlåsningen</translation>
    </message>
    <message>
        <source>Cannot read the segment pins</source>
        <translation>Det går inte att läsa segmentlåsningarna</translation>
    </message>
</context>
<context>
    <name>SequenceRepository</name>
    <message>
        <source>At least one number must be reserved</source>
        <translation>Minst ett nummer måste reserveras</translation>
    </message>
    <message>
        <source>Cannot take the next number of %1</source>
        <translation>Det går inte att hämta nästa nummer i nummerserien %1</translation>
    </message>
</context>
<context>
    <name>SqlDialect</name>
    <message>
        <source>Unclosed {{ in migration SQL</source>
        <translation>Oavslutat {{ i migrerings-SQL</translation>
    </message>
    <message>
        <source>Unknown token {{%1}} in migration SQL</source>
        <translation>Okänd token {{%1}} i migrerings-SQL</translation>
    </message>
</context>
<context>
    <name>StatementCache</name>
    <message>
        <source>Cannot prepare a database statement</source>
        <translation>Det går inte att förbereda en databassats</translation>
    </message>
</context>
<context>
    <name>TaskRepository</name>
    <message>
        <source>Cannot store the task of case %1</source>
        <translation>Det går inte att spara uppgiften för ärende %1</translation>
    </message>
    <message>
        <source>The task %1 of case %2 exists already for %3</source>
        <translation>Uppgiften %1 för ärende %2 finns redan för %3</translation>
    </message>
    <message>
        <source>Cannot read the tasks</source>
        <translation>Det går inte att läsa uppgifterna</translation>
    </message>
    <message>
        <source>Cannot complete the task %1</source>
        <translation>Det går inte att slutföra uppgiften %1</translation>
    </message>
    <message>
        <source>There is no open task %1</source>
        <translation>Det finns ingen öppen uppgift %1</translation>
    </message>
    <message>
        <source>Cannot store the tasks</source>
        <translation>Kan inte spara uppgifterna</translation>
    </message>
    <message>
        <source>A task of these cases exists already for the same day and rule</source>
        <translation>En uppgift för de här ärendena finns redan för samma dag och regel</translation>
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
        <translation>Denna arbetsenhet är redan avslutad</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>Cannot save the user %1</source>
        <translation>Det går inte att spara användaren %1</translation>
    </message>
    <message>
        <source>A user with login %1 already exists</source>
        <translation>Det finns redan en användare med inloggningen %1</translation>
    </message>
    <message>
        <source>Cannot read the user</source>
        <translation>Det går inte att läsa användaren</translation>
    </message>
    <message>
        <source>Cannot read the users</source>
        <translation>Det går inte att läsa användarna</translation>
    </message>
</context>
</TS>
