// Without a display `fordran` says so in one line and exits 1 instead of aborting in Qt.

#include "ui/displaycheck.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

using namespace Fordran;

class TestDisplayCheck final : public QObject
{
    Q_OBJECT

private slots:
    void message_data();
    void message();
    void binaryWithoutDisplay_data();
    void binaryWithoutDisplay();
};

void TestDisplayCheck::message_data()
{
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("wayland");
    QTest::addColumn<bool>("missing");

    QTest::newRow("nothing-set") << QString() << QString() << QString() << true;
    QTest::newRow("blank-display") << QString() << QStringLiteral("  ") << QString() << true;
    QTest::newRow("x11-display") << QString() << QStringLiteral(":0") << QString() << false;
    QTest::newRow("wayland-display") << QString() << QString() << QStringLiteral("wayland-0") << false;
    QTest::newRow("offscreen") << QStringLiteral("offscreen") << QString() << QString() << false;
    QTest::newRow("minimal") << QStringLiteral("minimal") << QString() << QString() << false;
    QTest::newRow("xcb-without-display") << QStringLiteral("xcb") << QString() << QString() << true;
    QTest::newRow("xcb-with-option") << QStringLiteral("xcb:nomitshm") << QStringLiteral(":1") << QString()
                                     << false;
    QTest::newRow("xcb-only-wayland-running") << QStringLiteral("xcb") << QString() << QStringLiteral("wayland-0")
                                              << true;
    QTest::newRow("wayland-without-socket") << QStringLiteral("wayland") << QStringLiteral(":0") << QString()
                                            << true;
    QTest::newRow("fallback-list-finds-x11") << QStringLiteral("wayland;xcb") << QStringLiteral(":0") << QString()
                                             << false;
    QTest::newRow("fallback-list-to-offscreen") << QStringLiteral("xcb;offscreen") << QString() << QString()
                                                << false;
}

void TestDisplayCheck::message()
{
    QFETCH(QString, platform);
    QFETCH(QString, display);
    QFETCH(QString, wayland);
    QFETCH(bool, missing);

    const QString text = missingDisplayMessage({platform, display, wayland});
    QCOMPARE(!text.isEmpty(), missing);
    if (missing) {
        QVERIFY(!text.contains(u'\n'));
        QVERIFY(text.contains(u"Xvfb"));
        QVERIFY(text.contains(u"QT_QPA_PLATFORM=offscreen"));
    }
}

void TestDisplayCheck::binaryWithoutDisplay_data()
{
    QTest::addColumn<QString>("platform");
    QTest::newRow("no-platform") << QString();
    QTest::newRow("xcb-forced") << QStringLiteral("xcb");
}

void TestDisplayCheck::binaryWithoutDisplay()
{
    QFETCH(QString, platform);
    const QString gui = qEnvironmentVariable("FORDRAN_GUI");
    if (gui.isEmpty())
        QSKIP("FORDRAN_GUI is not set (run through CTest)");

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    if (!platform.isEmpty())
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);

    QProcess process;
    process.setProcessEnvironment(env);
    process.start(gui, {});
    QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
    if (!process.waitForFinished(30000)) {
        process.kill();
        QFAIL("fordran kept running without a display");
    }
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    const QStringList lines = err.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.front().contains(u"no display"), qPrintable(err));
    QVERIFY2(lines.front().contains(u"Xvfb"), qPrintable(err));
    QVERIFY2(lines.front().contains(u"QT_QPA_PLATFORM=offscreen"), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestDisplayCheck)
#include "tst_displaycheck.moc"
