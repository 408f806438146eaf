#pragma once

// Typed settings: every key and its default are written once, here.
//
//   const QString language = kLanguage.value();
//   kMainGeometry.setValue(saveGeometry());
//
// Values live in the user's QSettings (organization "Fordran", application "fordran").

#include <QByteArray>
#include <QLatin1StringView>
#include <QSettings>
#include <QString>
#include <QVariant>

#include <utility>

namespace Fordran {

template <typename T>
class Setting final
{
public:
    constexpr Setting(const char *key, T defaultValue = T())
        : m_key(key)
        , m_default(std::move(defaultValue))
    {}

    [[nodiscard]] QLatin1StringView key() const { return m_key; }
    [[nodiscard]] const T &defaultValue() const { return m_default; }

    /*! The stored value, or the default when none is stored or it cannot be read as T. */
    [[nodiscard]] T value() const
    {
        const QVariant stored = QSettings().value(m_key);
        if (!stored.isValid() || !stored.canConvert<T>())
            return m_default;
        return stored.value<T>();
    }

    [[nodiscard]] bool isSet() const { return QSettings().contains(m_key); }
    void setValue(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    void reset() const { QSettings().remove(m_key); }

private:
    QLatin1StringView m_key;
    T m_default;
};

/*! UI language: empty follows the system locale, otherwise "sv" or "en". */
inline const Setting<QString> kLanguage{"General/language"};
inline const Setting<QByteArray> kMainGeometry{"MainWindow/geometry"};
inline const Setting<QByteArray> kMainState{"MainWindow/state"};
/*! The user's login (users.login) for "My cases"; empty: the operating-system login. */
inline const Setting<QString> kUserLogin{"General/userLogin"};
/*! Who works at this workstation: the saved login, else the operating system's. */
inline QString currentUserLogin()
{
    const QString saved = kUserLogin.value().trimmed();
    if (!saved.isEmpty())
        return saved;
    const QString login = qEnvironmentVariable("USER").trimmed();
    return login.isEmpty() ? QStringLiteral("fordran-gui") : login;
}

/*! The folder File → Import claims… last read a file from. */
inline const Setting<QString> kImportFolder{"Import/lastFolder"};

/*! Group under which user-changed shortcuts are saved, one key per action id. */
inline constexpr QLatin1StringView kShortcutsGroup{"Shortcuts"};

} // namespace Fordran
