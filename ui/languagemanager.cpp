#include "ui/languagemanager.h"

#include "ui/settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Fordran {

namespace {

const QString &swedish()
{
    static const QString code = QStringLiteral("sv");
    return code;
}

const QString &english()
{
    static const QString code = QStringLiteral("en");
    return code;
}

QLocale formattingLocale(const QString &language)
{
    if (language == english()) {
        // Keep an English system locale's formats (en_GB, en_US); otherwise English in Sweden.
        const QLocale system = QLocale::system();
        return system.language() == QLocale::English ? system : QLocale(QLocale::English, QLocale::Sweden);
    }
    return QLocale(QLocale::Swedish, QLocale::Sweden);
}

} // namespace

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QStringList LanguageManager::supportedLanguages()
{
    return {swedish(), english()};
}

QString LanguageManager::resolve(const QString &configured, const QLocale &system)
{
    const QString wanted = configured.trimmed().toLower();
    if (supportedLanguages().contains(wanted))
        return wanted;
    return system.language() == QLocale::English ? english() : swedish();
}

bool LanguageManager::install(const QString &language)
{
    removeTranslators();
    m_language = language;
    if (!supportedLanguages().contains(language)) {
        qWarning("LanguageManager: unsupported language \"%s\"; showing English source texts",
                 qUtf8Printable(language));
        return false;
    }
    QLocale::setDefault(formattingLocale(language));

    // Qt's catalogue: qtbase_<lang> where shipped, else the older all-in-one qt_<lang>.
    // Missing Qt catalogues only leave standard buttons in English, so this is not an error.
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(u"qtbase_"_qs + language, qtDir) || qt->load(u"qt_"_qs + language, qtDir)) {
        QCoreApplication::installTranslator(qt.get());
        m_qtTranslator = std::move(qt);
    }

    auto app = std::make_unique<QTranslator>();
    if (!app->load(u":/i18n/fordran_"_qs + language + u".qm"_qs)) {
        qWarning("LanguageManager: the Fordran catalogue for \"%s\" is missing from the resources",
                 qUtf8Printable(language));
        return false;
    }
    QCoreApplication::installTranslator(app.get());
    m_appTranslator = std::move(app);
    return true;
}

bool LanguageManager::installConfigured()
{
    return install(resolve(kLanguage.value(), QLocale::system()));
}

void LanguageManager::removeTranslators()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator.reset();
    m_qtTranslator.reset();
}

} // namespace Fordran
