#include <QTest>
class TestProcessEngine final : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(TestProcessEngine)
#include "tst_processengine.moc"
