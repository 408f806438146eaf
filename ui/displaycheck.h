#pragma once

// Decides, before QApplication exists, whether the GUI has a display to open its window on,
// so that `fordran` without one says so in one line instead of aborting inside Qt.

#include <QString>

namespace Fordran {

struct DisplayEnvironment
{
    QString platform;       // QT_QPA_PLATFORM
    QString x11Display;     // DISPLAY
    QString waylandDisplay; // WAYLAND_DISPLAY

    /*! The values of this process's environment. */
    [[nodiscard]] static DisplayEnvironment fromProcess();
};

/*! Empty when \a env lets Qt open a window (a display is set, or a platform that needs none
    such as "offscreen" is chosen); otherwise one line saying there is no display and how to
    run Fordran instead. Always empty on platforms other than Linux/X11/Wayland. */
[[nodiscard]] QString missingDisplayMessage(const DisplayEnvironment &env);

} // namespace Fordran
