// Built only by the "layering" test, which expects this file to fail to compile:
// a widget header included from the core must stop the build.
#include <QWidget>
