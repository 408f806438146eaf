#include "ui/displaycheck.h"

#include <QStringList>
#include <QtGlobal>

namespace Fordran {

DisplayEnvironment DisplayEnvironment::fromProcess()
{
    return {qEnvironmentVariable("QT_QPA_PLATFORM"), qEnvironmentVariable("DISPLAY"),
            qEnvironmentVariable("WAYLAND_DISPLAY")};
}

QString missingDisplayMessage(const DisplayEnvironment &env)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    const bool hasX11 = !env.x11Display.trimmed().isEmpty();
    const bool hasWayland = !env.waylandDisplay.trimmed().isEmpty();
    // QT_QPA_PLATFORM may list fallbacks ("wayland;xcb") and carry options ("xcb:option").
    const auto usable = [&](QStringView name) -> bool {
        if (name.isEmpty())
            return hasX11 || hasWayland;
        if (name == u"xcb")
            return hasX11;
        if (name.startsWith(u"wayland"))
            return hasWayland;
        return true; // offscreen, minimal, vnc, eglfs, linuxfb: no display server needed
    };
    bool missing = true;
    const QStringList candidates = env.platform.split(u';');
    for (const QString &candidate : candidates) {
        if (usable(QStringView(candidate).split(u':').front().trimmed()))
            missing = false;
    }
    if (!missing)
        return {};
    // Printed before any translator can be loaded, so this line stays English.
    return QStringLiteral("fordran: no display available — run it under Xvfb (xvfb-run -a fordran) "
                          "or with QT_QPA_PLATFORM=offscreen");
#else
    Q_UNUSED(env);
    return {};
#endif
}

} // namespace Fordran
