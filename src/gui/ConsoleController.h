#pragma once

#include "domain/DomainEnums.h"
#include "provisioning/PoolNumberCheck.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace Switchboard {

class CredentialService;
class MainWindow;
class OrganizationWizard;
class ProvisioningBatch;
class ProvisioningEngine;
class RequestScheduler;
class SettingsDialog;
struct ProvisioningServices;

// Connects the console's requests to the engine and the APIs, and reports back into the views:
// provisioning one assistant or all unassigned ones step by step, refreshing from Vapi,
// completing manual tasks, assigning and releasing numbers, creating and linking assistants,
// storing the wizard's secrets in the keychain and testing connections. Everything runs
// asynchronously; the window only ever hears results.
class ConsoleController : public QObject
{
    Q_OBJECT

public:
    ConsoleController(MainWindow &window, ProvisioningEngine &engine,
            CredentialService &credentials, QNetworkAccessManager &network,
            RequestScheduler &scheduler, QObject *parent = nullptr);

    // What a crash left in flight first, then a fresh listing of every account.
    void start();
    // Where "Test connection" sends the keys typed in (a sandbox); empty: the real services.
    void setBaseUrlOverrides(const QUrl &vapi, const QUrl &twilio);

private:
    const ProvisioningServices &services() const;
    qint64 organizationOfAssistant(const QString &assistantId) const;
    void refresh(qint64 organizationId);
    void provision(const QString &assistantId);
    void provisionAll(const QStringList &assistantIds);
    void completeTask(qint64 taskId, const QString &address);
    void connectWizard(OrganizationWizard *wizard);
    void connectSettings(SettingsDialog *dialog);
    // "Test connection": with the key typed in, or (empty) with the workspace account's from
    // the keychain. The report is dropped if `context` is gone by then.
    using TestReport = std::function<void(bool ok, const QString &message)>;
    // A Vapi test also says which Vapi account the key reaches (its orgId; empty: unknown).
    using VapiTestReport
            = std::function<void(bool ok, const QString &message, const QString &vapiOrgId)>;
    void testVapi(
            Region region, const QString &privateKey, QObject *context, VapiTestReport report);
    void testTwilio(const QString &accountSid, const QString &apiKeySid, const QString &secret,
            QObject *context, TestReport report);
    // Asks Twilio about pool numbers (PoolCheckRun) with the credentials typed in, or (secret
    // empty) with the keychain's for the saved account of that SID; what Twilio says about
    // numbers already in a pool is recorded there.
    using PoolCheckReport = std::function<void(const QList<PoolCheckResult> &results)>;
    void checkPool(const QString &accountSid, const QString &apiKeySid, const QString &secret,
            const QList<PhoneAddress> &numbers, bool clearRouting, QObject *context,
            PoolCheckReport report);
    void changeNumber(const QString &numberId, const QString &assistantId, bool release);
    void createOrLinkAssistant(qint64 organizationId, bool link);
    void say(const QString &message);

    MainWindow &m_window;
    ProvisioningEngine &m_engine;
    CredentialService &m_credentials;
    QNetworkAccessManager &m_network;
    RequestScheduler &m_scheduler;
    QPointer<ProvisioningBatch> m_batch;
    QDateTime m_offlineSince;
    QUrl m_vapiOverride;
    QUrl m_twilioOverride;
};

} // namespace Switchboard
