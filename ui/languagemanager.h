#pragma once

// Picks the user-interface language and installs the translators for it: Qt's own catalogue
// (dialog buttons, standard texts) and Fordran's (":/i18n/fordran_<lang>.qm", embedded from
// translations/*.ts). Source strings are English; Swedish is the primary language.

#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace Fordran {

class LanguageManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)

public:
    explicit LanguageManager(QObject *parent = nullptr);
    /*! Removes the translators this manager installed. */
    ~LanguageManager() override;

    /*! Language codes Fordran ships, primary first: {"sv", "en"}. */
    [[nodiscard]] static QStringList supportedLanguages();

    /*! The language to use: \a configured when it is a supported code; otherwise English
        when \a system is an English locale; otherwise Swedish. */
    [[nodiscard]] static QString resolve(const QString &configured, const QLocale &system);

    /*! Installs the translators for \a language ("sv" or "en"), replacing the ones installed
        before, and makes the matching locale the default for number and date formatting.
        Returns false (and keeps English source texts) when Fordran's catalogue for
        \a language cannot be loaded or \a language is not supported. */
    bool install(const QString &language);

    /*! install(resolve(kLanguage setting, system locale)). */
    bool installConfigured();

    /*! The language installed last, or empty before the first install(). */
    [[nodiscard]] QString language() const { return m_language; }

private:
    void removeTranslators();

    std::unique_ptr<QTranslator> m_qtTranslator;
    std::unique_ptr<QTranslator> m_appTranslator;
    QString m_language;
};

} // namespace Fordran
