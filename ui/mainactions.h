#pragma once

// The application's actions and menu layout in one place: ids, texts, status tips and
// default shortcuts. Actions whose feature is not built yet are registered disabled; the
// feature enables its action when it connects it.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QMenuBar;

namespace Fordran {

class ActionRegistry;

namespace ActionId {
inline constexpr QStringView FileDatabase = u"File.Database";
inline constexpr QStringView FileImportClaims = u"File.ImportClaims";
inline constexpr QStringView FileImportPayments = u"File.ImportPayments";
inline constexpr QStringView FileQuit = u"File.Quit";
inline constexpr QStringView CaseOpen = u"Case.Open";
inline constexpr QStringView CaseRegisterPayment = u"Case.RegisterPayment";
inline constexpr QStringView CasePrintLetters = u"Case.PrintLetters";
inline constexpr QStringView CaseRunDaily = u"Case.RunDaily";
inline constexpr QStringView SettingsClients = u"Settings.Clients";
inline constexpr QStringView SettingsReferenceRates = u"Settings.ReferenceRates";
inline constexpr QStringView SettingsLanguage = u"Settings.Language";
inline constexpr QStringView HelpAbout = u"Help.About";
} // namespace ActionId

class MainActions final
{
    Q_DECLARE_TR_FUNCTIONS(Fordran::MainActions)

public:
    /*! Registers every main-window action in \a registry (idempotent per id). Only
        File.Quit, Settings.Language and Help.About start enabled. */
    static void registerAll(ActionRegistry &registry);

    /*! Fills \a menuBar with the top-level menus (objectNames "Menu.File", "Menu.Case",
        "Menu.Settings", "Menu.Help") built from \a registry. */
    static void buildMenus(const ActionRegistry &registry, QMenuBar *menuBar);

    /*! "File → Database…": the translated menu path of \a id without mnemonics, for
        help texts that tell the user where to click; empty for an unknown id. */
    static QString menuPath(QStringView id);
};

} // namespace Fordran
