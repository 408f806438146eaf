#include "app/cli/cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Fordran"));
    QCoreApplication::setApplicationName(QStringLiteral("fordran"));
    return Fordran::Cli::run(QCoreApplication::arguments().mid(1));
}
