<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
</TS>
