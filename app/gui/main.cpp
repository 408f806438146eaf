#include "ui/displaycheck.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"

#include <QApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Without a display Qt would abort inside the platform plugin; say why in one line.
    if (const QString problem = Fordran::missingDisplayMessage(Fordran::DisplayEnvironment::fromProcess());
        !problem.isEmpty()) {
        std::fprintf(stderr, "%s\n", problem.toLocal8Bit().constData());
        return 1;
    }

    QCoreApplication::setOrganizationName(QStringLiteral("Fordran"));
    QCoreApplication::setApplicationName(QStringLiteral("fordran"));
    QApplication app(argc, argv);

    Fordran::LanguageManager languages;
    languages.installConfigured();

    Fordran::MainWindow window;
    window.show();
    return app.exec();
}
