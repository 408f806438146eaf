#include "ui/mainwindow.h"

namespace Fordran {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Fordran"));
}

MainWindow::~MainWindow() = default;

} // namespace Fordran
