#pragma once

// Keeps a UI suite's QSettings (language, geometry, shortcuts) in a temporary folder of its
// own, so tests neither read nor change the user's settings or each other's.

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>

namespace Fordran::Test {

class SettingsSandbox final
{
public:
    /*! Call from initTestCase(), before any QSettings is created. */
    [[nodiscard]] bool enter(const QString &suiteName)
    {
        if (!m_dir.isValid())
            return false;
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("FordranTest"));
        QCoreApplication::setApplicationName(suiteName);
        return true;
    }

    /*! Forgets every stored value; call from init(). */
    static void clear() { QSettings().clear(); }

private:
    QTemporaryDir m_dir;
};

} // namespace Fordran::Test
