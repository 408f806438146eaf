#include "ui/mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Fordran::MainWindow window;
    window.show();
    return app.exec();
}
