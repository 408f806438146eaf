<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
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
</TS>
