// SPDX-License-Identifier: Apache-2.0
#include "core/export/HistoryExport.h"
#include "core/storage/HistoryStore.h"

#include "TestSupport.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Switchboard;

// The export as a spreadsheet or a script reads it: RFC 4180 quoting, no cell a spreadsheet
// would run as a formula, JSON untouched, and a write that did not reach its file is an error.
class TestHistoryExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void csvFields_data();
    void csvFields();
    void aFormulaNameIsInertInCsvAndKeptInJson();
    void aFullDeviceIsAnError_data();
    void aFullDeviceIsAnError();

private:
    ProvisioningAttempt record(const QString &assistantName, const QString &number);

    std::unique_ptr<Test::TempWorkspace> m_workspace;
    std::unique_ptr<HistoryStore> m_history;
};

void TestHistoryExport::init()
{
    m_workspace = std::make_unique<Test::TempWorkspace>();
    QVERIFY2(m_workspace->isValid(), qPrintable(m_workspace->errorString()));
    m_history = std::make_unique<HistoryStore>(m_workspace->database());
}

void TestHistoryExport::cleanup()
{
    m_history.reset();
    m_workspace.reset();
}

ProvisioningAttempt TestHistoryExport::record(const QString &assistantName, const QString &number)
{
    ProvisioningAttempt a;
    a.organizationSlug = QStringLiteral("acme");
    a.assistantId = QStringLiteral("asst-1");
    a.assistantName = assistantName;
    a.startedAt = QDateTime(QDate(2026, 11, 10), QTime(9, 0), Qt::UTC);
    if (!m_history->beginAttempt(a))
        return {};
    a.outcome = AttemptOutcome::Succeeded;
    a.strategy = Strategy::VapiFree;
    a.address = PhoneAddress::fromNumber(number);
    a.summary = QStringLiteral("-got a number");
    a.finishedAt = a.startedAt.addSecs(2);
    if (const WriteResult finished = m_history->finishAttempt(a); !finished)
        qFatal("finishAttempt: %s", qPrintable(finished.message()));
    return a;
}

void TestHistoryExport::csvFields_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");

    QTest::newRow("plain") << QStringLiteral("Sales") << QStringLiteral("Sales");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << QStringLiteral("Front, desk") << QStringLiteral("\"Front, desk\"");
    QTest::newRow("quotes") << QStringLiteral("a \"b\"") << QStringLiteral("\"a \"\"b\"\"\"");
    QTest::newRow("line break") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("unicode") << QStringLiteral("Zoë 東京") << QStringLiteral("Zoë 東京");
    // OWASP "CSV injection": a leading = + - @ tab or CR makes a spreadsheet run the cell.
    QTest::newRow("hyperlink") << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
                               << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    QTest::newRow("equals") << QStringLiteral("=1+1") << QStringLiteral("\"'=1+1\"");
    QTest::newRow("plus formula") << QStringLiteral("+cmd|' /C calc'!A0")
                                  << QStringLiteral("\"'+cmd|' /C calc'!A0\"");
    QTest::newRow("minus formula") << QStringLiteral("-2+3") << QStringLiteral("\"'-2+3\"");
    QTest::newRow("at") << QStringLiteral("@SUM(A1:A9)") << QStringLiteral("\"'@SUM(A1:A9)\"");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("\"'\t=1\"");
    QTest::newRow("carriage return") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
    QTest::newRow("equals later") << QStringLiteral("a=b") << QStringLiteral("a=b");
    // A sign and digits only cannot call anything: an E.164 number stays one.
    QTest::newRow("E.164") << QStringLiteral("+14155550100") << QStringLiteral("+14155550100");
    QTest::newRow("negative") << QStringLiteral("-12") << QStringLiteral("-12");
    QTest::newRow("plus alone") << QStringLiteral("+") << QStringLiteral("\"'+\"");
    QTest::newRow("number with space") << QStringLiteral("+1 415") << QStringLiteral("\"'+1 415\"");
}

void TestHistoryExport::csvFields()
{
    QFETCH(QString, value);
    QFETCH(QString, field);
    QCOMPARE(HistoryExport::csvField(value), field);
}

void TestHistoryExport::aFormulaNameIsInertInCsvAndKeptInJson()
{
    const QString formula = QStringLiteral("=HYPERLINK(\"http://x\",\"y\")");
    QVERIFY(record(formula, QStringLiteral("+14155550100")).id > 0);

    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    QString error;
    QCOMPARE(HistoryExport::write(*m_history, {}, HistoryExport::Format::Csv, csv, &error), 1);
    const QList<QByteArray> lines = csv.data().split('\n');
    QVERIFY2(lines.value(1).contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\","),
            lines.value(1).constData());
    QVERIFY(lines.value(1).contains(",+14155550100,")); // the number stays a number
    QVERIFY(lines.value(1).contains(",\"'-got a number\",")); // the summary too is checked
    for (const QByteArray &cell : lines.value(1).split(','))
        QVERIFY2(!cell.startsWith('=') && !cell.startsWith("\"="), cell.constData());

    QBuffer json;
    json.open(QIODevice::WriteOnly);
    QCOMPARE(HistoryExport::write(*m_history, {}, HistoryExport::Format::Json, json, &error), 1);
    const QJsonArray attempts = QJsonDocument::fromJson(json.data()).array();
    QCOMPARE(attempts.at(0)[QStringLiteral("assistantName")].toString(), formula);
    QCOMPARE(attempts.at(0)[QStringLiteral("number")].toString(), QStringLiteral("+14155550100"));
}

void TestHistoryExport::aFullDeviceIsAnError_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("csv") << int(HistoryExport::Format::Csv);
    QTest::newRow("json") << int(HistoryExport::Format::Json);
}

void TestHistoryExport::aFullDeviceIsAnError()
{
    QFETCH(int, format);
    if (!QFile::exists(QStringLiteral("/dev/full")))
        QSKIP("this system has no /dev/full");
    QVERIFY(record(QStringLiteral("Sales"), QStringLiteral("+14155550100")).id > 0);
    // A QFile buffers: a small export fits its buffer, and the disk says no only on flush.
    QFile full(QStringLiteral("/dev/full"));
    QVERIFY(full.open(QIODevice::WriteOnly));
    QString error;
    QCOMPARE(HistoryExport::write(*m_history, {}, HistoryExport::Format(format), full, &error), -1);
    QVERIFY2(error.contains(QStringLiteral("No space left on device")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestHistoryExport)
#include "TestHistoryExport.moc"
