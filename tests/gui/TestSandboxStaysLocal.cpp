// SPDX-License-Identifier: Apache-2.0
#include "EngineConsole.h"
#include "EngineFixture.h"
#include "GuiTestSupport.h"
#include "GuiWorld.h"
#include "gui/ConsoleController.h"
#include "gui/MainWindow.h"
#include "gui/dialogs/OrganizationWizard.h"
#include "gui/dialogs/SettingsDialog.h"
#include "gui/support/FileDialog.h"

#include <QCheckBox>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTcpServer>

using namespace Switchboard;
using Test::EngineFixture;

namespace {

// Every host the process asks a proxy for. Qt asks the application's proxy factory before each
// connection of a QNetworkAccessManager or a QTcpSocket to a host that is not loopback; the
// factory answers with a proxy on a loopback port where nothing listens, so even a connection
// it records goes nowhere: the test never reaches the internet.
QStringList recordedHosts;

bool isLoopback(const QString &host)
{
    const QHostAddress address(host);
    return host == u"localhost" || (!address.isNull() && address.isLoopback());
}

class RecordingProxyFactory : public QNetworkProxyFactory
{
public:
    explicit RecordingProxyFactory(quint16 deadPort)
        : m_deadPort(deadPort)
    { }

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        recordedHosts.append(query.peerHostName());
        if (isLoopback(query.peerHostName())) // the sandbox: straight there
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        return {QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), m_deadPort)};
    }

private:
    quint16 m_deadPort;
};

QStringList nonLoopback(const QStringList &hosts)
{
    QStringList result;
    for (const QString &host : hosts) {
        if (!isLoopback(host))
            result << host;
    }
    return result;
}

// Waits for a connection test's answer, then checks where it went before what it said: a
// leak fails here with the host it tried, not only with a failed test.
void answered(QLabel *result)
{
    QTRY_VERIFY_WITH_TIMEOUT(
            !result->text().isEmpty() && !result->text().startsWith(u"Testing"), 20000);
    const QStringList leaked = nonLoopback(recordedHosts);
    QVERIFY2(leaked.isEmpty(),
            qPrintable(u"connections beyond loopback were attempted: " + leaked.join(u", ")));
    QVERIFY2(result->text().contains(u"Connected"), qPrintable(result->text()));
}

} // namespace

// `switchboard --sandbox` in miniature: the console wired as main wires it for a sandbox
// session (one CredentialClientProvider pointed at the embedded sandbox; the controller gets
// nothing else), then every button that talks to an API is pressed: the wizard's Vapi and
// Twilio tests, the Settings' Vapi and Twilio tests, a provisioning, a refresh. No connection
// to anything but loopback may be attempted. CTest runs it in a network namespace of its own
// when the machine allows (tests/support/without-network.sh).
class TestSandboxStaysLocal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void theRecordingSeesWhatLeavesTheMachine();
    void aSandboxSessionOpensNoSocketBeyondLoopback();

private:
    quint16 m_deadPort = 0;
};

void TestSandboxStaysLocal::initTestCase()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    m_deadPort = probe.serverPort(); // closed again below: connections there are refused
    probe.close();
    QNetworkProxyFactory::setApplicationProxyFactory(new RecordingProxyFactory(m_deadPort));
}

void TestSandboxStaysLocal::cleanupTestCase()
{
    QNetworkProxyFactory::setApplicationProxyFactory(nullptr);
}

// The seam is real: a request to the real Vapi is recorded (and goes to the dead proxy).
// Without this, an empty record could mean that nothing was watched.
void TestSandboxStaysLocal::theRecordingSeesWhatLeavesTheMachine()
{
    recordedHosts.clear();
    QNetworkAccessManager network;
    QNetworkReply *reply
            = network.get(QNetworkRequest(QUrl(QStringLiteral("https://api.vapi.ai/assistant"))));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QVERIFY(reply->error() != QNetworkReply::NoError); // the dead proxy refused it
    reply->deleteLater();
    QCOMPARE(nonLoopback(recordedHosts), QStringList{QStringLiteral("api.vapi.ai")});
}

void TestSandboxStaysLocal::aSandboxSessionOpensNoSocketBeyondLoopback()
{
    // The fixture's provider is pointed at the sandbox, as main points it in a sandbox session.
    EngineFixture f;
    QVERIFY(f.isValid());
    QVERIFY(f.setUpVapi(10));
    const Organization acme
            = f.addOrganization(QStringLiteral("acme"), {QStringLiteral("+14155550180")}, false, 0);
    const QStringList assistants = f.createAssistants(acme, 1);
    QCOMPARE(assistants.size(), 1);
    const QString wizardKey = QStringLiteral("wizard-vapi-key");
    f.sandbox.state().addVapiAccount(wizardKey, 5, QStringLiteral("Wizard's account"));
    recordedHosts.clear();
    const auto apiRequests = [&f] {
        qsizetype count = 0;
        for (const Sandbox::RequestLogEntry &entry : f.sandbox.requestLog().entries())
            count += entry.api.isEmpty() ? 0 : 1;
        return count;
    };

    FileDialog dialogs;
    QSettings settings(
            QDir(f.workspace.path()).filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    MainWindowDependencies deps = Test::consoleDependencies(f, dialogs, settings);
    deps.sandbox = true;
    MainWindow window(deps);
    ConsoleController controller(window, *f.engine, f.credentials);
    window.resize(1100, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    controller.start(); // reconciliation and a refresh of every account

    // The wizard's Vapi test, with a key typed in.
    window.openOrganizationWizard(0);
    QPointer<OrganizationWizard> wizard
            = window.findChild<OrganizationWizard *>(QStringLiteral("organizationWizard"));
    QVERIFY(wizard);
    wizard->findChild<QLineEdit *>(QStringLiteral("nameEdit"))
            ->setText(QStringLiteral("Bright Smiles"));
    wizard->findChild<QLineEdit *>(QStringLiteral("slugEdit"))
            ->setText(QStringLiteral("bright-smiles"));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(OrganizationWizard::VapiPage));
    wizard->findChild<QRadioButton *>(QStringLiteral("ownVapiRadio"))->setChecked(true);
    wizard->findChild<QLineEdit *>(QStringLiteral("vapiKeyEdit"))->setText(wizardKey);
    qsizetype before = apiRequests();
    wizard->findChild<QPushButton *>(QStringLiteral("testVapiButton"))->click();
    auto *wizardVapiResult = wizard->findChild<QLabel *>(QStringLiteral("vapiTestResultLabel"));
    answered(wizardVapiResult);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(apiRequests() > before); // the sandbox answered it

    // The wizard's Twilio test, with the organization's account typed in.
    wizard->findChild<QCheckBox *>(QStringLiteral("ownTwilioCheck"))->setChecked(true);
    wizard->findChild<QLineEdit *>(QStringLiteral("twilioSidEdit"))
            ->setText(QLatin1String(EngineFixture::OrgTwilioSid));
    wizard->findChild<QRadioButton *>(QStringLiteral("authTokenRadio"))->setChecked(true);
    wizard->findChild<QLineEdit *>(QStringLiteral("authTokenEdit"))
            ->setText(QLatin1String(EngineFixture::OrgTwilioToken));
    before = apiRequests();
    wizard->findChild<QPushButton *>(QStringLiteral("testTwilioButton"))->click();
    auto *wizardTwilioResult = wizard->findChild<QLabel *>(QStringLiteral("twilioTestResultLabel"));
    answered(wizardTwilioResult);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(apiRequests() > before);
    Test::settledScreenshot(wizard, QStringLiteral("sandbox-wizard-tests"));
    wizard->reject();

    // The Settings' Vapi and Twilio tests, with keys typed in.
    window.openSettings();
    QPointer<SettingsDialog> dialog
            = window.findChild<SettingsDialog *>(QStringLiteral("settingsDialog"));
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("vapiKeyEdit"))->setText(wizardKey);
    before = apiRequests();
    dialog->findChild<QPushButton *>(QStringLiteral("testVapiButton"))->click();
    auto *settingsVapiResult = dialog->findChild<QLabel *>(QStringLiteral("vapiTestResultLabel"));
    answered(settingsVapiResult);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(apiRequests() > before);
    dialog->findChild<QLineEdit *>(QStringLiteral("twilioSidEdit"))
            ->setText(QLatin1String(EngineFixture::OrgTwilioSid));
    dialog->findChild<QRadioButton *>(QStringLiteral("authTokenRadio"))->setChecked(true);
    dialog->findChild<QLineEdit *>(QStringLiteral("authTokenEdit"))
            ->setText(QLatin1String(EngineFixture::OrgTwilioToken));
    before = apiRequests();
    dialog->findChild<QPushButton *>(QStringLiteral("testTwilioButton"))->click();
    auto *settingsTwilioResult
            = dialog->findChild<QLabel *>(QStringLiteral("twilioTestResultLabel"));
    answered(settingsTwilioResult);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(apiRequests() > before);
    dialog->reject();

    // A provisioning from the console: the assistant gets a number, in the sandbox.
    Q_EMIT window.provisionRequested(assistants.constFirst());
    const auto *org = f.sandbox.state().vapiOrgByKey(QLatin1String(EngineFixture::VapiKey));
    QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(org->phoneNumbers.cbegin(), org->phoneNumbers.cend(),
                    [&](const Sandbox::VapiNumberRecord &n) {
                        return n.fields.value(QStringLiteral("assistantId")).toString()
                                == assistants.constFirst();
                    }),
            20000);
    QTest::qWait(200); // what the provisioning does after its answer (a refresh) too

    QVERIFY2(nonLoopback(recordedHosts).isEmpty(),
            qPrintable(QStringLiteral("connections beyond loopback were attempted: ")
                    + nonLoopback(recordedHosts).join(QStringLiteral(", "))));
}

QTEST_MAIN(TestSandboxStaysLocal)
#include "TestSandboxStaysLocal.moc"
