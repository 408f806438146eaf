#pragma once

// Runs the real fordran-cli binary and parses its JSON, for the CLI suites.

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTest>

namespace Fordran::Test {

struct CliResult
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray stdoutBytes;
    QByteArray stderrBytes;
    QJsonObject json;
    bool jsonOk = false;
};

inline QString cliPath()
{
    return qEnvironmentVariable("FORDRAN_CLI");
}

/*! Runs fordran-cli with \a args; \a input, if any, is written to its stdin. */
inline CliResult runCli(const QStringList &args, const QByteArray &input = {}, int timeoutMs = 120000)
{
    CliResult r;
    QProcess p;
    p.setProgram(cliPath());
    p.setArguments(args);
    p.start();
    if (!p.waitForStarted(10000)) {
        r.stderrBytes = "could not start " + cliPath().toUtf8();
        return r;
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(timeoutMs);
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.stdoutBytes = p.readAllStandardOutput();
    r.stderrBytes = p.readAllStandardError();
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(r.stdoutBytes, &err);
    r.jsonOk = err.error == QJsonParseError::NoError && doc.isObject();
    r.json = doc.object();
    return r;
}

} // namespace Fordran::Test
