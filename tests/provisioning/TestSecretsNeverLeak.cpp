// SPDX-License-Identifier: Apache-2.0
#include "EngineFixture.h"

#include "core/export/HistoryExport.h"

#include <QBuffer>
#include <QDirIterator>
#include <QLoggingCategory>
#include <QSettings>

using namespace Switchboard;
using Test::EngineFixture;

namespace {

QString *capturedLog = nullptr;

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (capturedLog)
        *capturedLog
                += QLatin1String(context.category ? context.category : "") + u' ' + message + u'\n';
}

} // namespace

// A full provisioning run — free numbers, a Twilio import with an auth token, a manual task —
// with every debug message on; then the workspace folder (database, WAL, settings), the log and
// both exports are searched for every secret used. None may be there.
class TestSecretsNeverLeak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noSecretAnywhere();
};

void TestSecretsNeverLeak::noSecretAnywhere()
{
    QString log;
    capturedLog = &log;
    const QtMessageHandler previous = qInstallMessageHandler(capture);

    const QStringList secrets{
            QLatin1String(EngineFixture::VapiKey), QLatin1String(EngineFixture::OrgTwilioToken)};
    {
        EngineFixture f;
        QVERIFY(f.isValid());
        QVERIFY(f.setUpVapi(1));
        const Organization acme
                = f.addOrganization(QStringLiteral("acme"), {QStringLiteral("+14155550160")});
        const QStringList assistants = f.createAssistants(acme, 3);
        QVERIFY(f.provision(acme, assistants.at(0)).strategy == Strategy::VapiFree);
        QVERIFY(f.provision(acme, assistants.at(1)).strategy == Strategy::OrganizationTwilio);
        QVERIFY(f.provision(acme, assistants.at(2)).outcome == AttemptOutcome::ManualQueued);

        // The settings a console would write beside the workspace.
        QSettings settings(QDir(f.workspace.path()).filePath(QStringLiteral("settings.ini")),
                QSettings::IniFormat);
        settings.setValue(QStringLiteral("mainWindow/geometry"), QByteArray("geometry"));
        settings.sync();

        QByteArray exports;
        for (const auto format : {HistoryExport::Format::Csv, HistoryExport::Format::Json}) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            QVERIFY(HistoryExport::write(f.history, {}, format, buffer) == 3);
            exports += buffer.data();
        }
        QVERIFY(exports.contains("acme"));

        QByteArray files;
        QDirIterator it(f.workspace.path(), QDir::Files, QDirIterator::Subdirectories);
        int fileCount = 0;
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            files += file.readAll();
            ++fileCount;
        }
        QVERIFY(fileCount >= 2); // the database and the settings, at least

        for (const QString &secret : secrets) {
            QVERIFY2(!files.contains(secret.toUtf8()),
                    qPrintable(u"in the workspace folder: " + secret));
            QVERIFY2(!exports.contains(secret.toUtf8()), qPrintable(u"in an export: " + secret));
            const qsizetype at = log.indexOf(secret);
            QVERIFY2(at < 0,
                    qPrintable(u"in the log: " + log.mid(std::max<qsizetype>(0, at - 200), 300)));
        }
        // The log did see the work, so its silence about secrets means something.
        QVERIFY(log.contains(QStringLiteral("switchboard.vapi")));
        QVERIFY(log.contains(QStringLiteral("switchboard.provisioning")));
    }
    qInstallMessageHandler(previous);
    capturedLog = nullptr;
}

int main(int argc, char **argv)
{
    // Every debug message of ours on, whatever the test environment asks for: the environment's
    // rules would win over QLoggingCategory::setFilterRules.
    qputenv("QT_LOGGING_RULES", "switchboard.*.debug=true");
    QCoreApplication app(argc, argv);
    TestSecretsNeverLeak test;
    return QTest::qExec(&test, argc, argv);
}
#include "TestSecretsNeverLeak.moc"
