// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/DomainEnums.h"
#include "core/provisioning/PoolNumberCheck.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <functional>

class QSettings;

namespace Switchboard {

class AssistantDialog;
class CredentialService;
class MainWindow;
class NumberAssignment;
class NumberBuying;
struct Organization;
class NumberRelease;
class OrganizationWizard;
class AutomaticProvisioning;
class ConnectionTest;
struct WorkspaceSnapshot;
struct ProvisioningResult;
class ProvisioningBatch;
class ProvisioningEngine;
class ProvisioningJob;
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
    // Every API client it needs comes from the engine's ApiClientProvider, which alone knows
    // the base URLs (the sandbox's in a sandbox session).
    // userSettings: this user's (desktop notifications, what was seen); may be null.
    ConsoleController(MainWindow &window, ProvisioningEngine &engine,
            CredentialService &credentials, QSettings *userSettings = nullptr,
            QObject *parent = nullptr);

    // The automatic path for new assistants, run after each refresh.
    AutomaticProvisioning &automaticProvisioning() { return *m_automatic; }
    // "Buy a Twilio number…" and its dialog.
    NumberBuying &numberBuying() { return *m_buying; }

    // What a crash left in flight first, then a fresh listing of every account.
    void start();

    // How often an activating number is looked at again (a minute; tests shorten it).
    void setActivationFollowInterval(std::chrono::milliseconds interval);

private:
    // What the views show, read on the storage thread: the console's thread reads no SQL to
    // decide what a click means.
    // What a batch did, for people: "2 got a number, 2 wait in the manual queue".
    static QString batchSummary(const QList<ProvisioningResult> &results, bool cancelled);
    const WorkspaceSnapshot &snapshot() const;
    const ProvisioningServices &services() const;
    qint64 organizationOfAssistant(const QString &assistantId) const;
    // Vapi activates a new free number in a few minutes, and calls do not work until then:
    // while the workspace holds one that is activating, Vapi is listed again every interval,
    // so that the console shows it active without anybody pressing Refresh.
    void followActivations();
    void refresh(qint64 organizationId);
    // Every secret of a Settings save has been answered by the keychain.
    void settingsSecretsKept(const QPointer<SettingsDialog> &dialog, const QStringList &errors,
            bool vapiKept, bool listAfterwards, qint64 createdVapiAccount);
    void noteUnconfirmedAccounts(const QSet<qint64> &asked, const QSet<qint64> &listed);
    // The job, to follow it further; nullptr when the request was refused (said in the status
    // bar).
    ProvisioningJob *provision(
            const QString &assistantId, AttemptOrigin origin = AttemptOrigin::Request);
    void provisionAll(const QStringList &assistantIds);
    void completeTask(qint64 taskId, const QString &address);
    void recheckFreeNumberCap(qint64 vapiAccountId);
    void connectWizard(OrganizationWizard *wizard);
    void connectSettings(SettingsDialog *dialog);
    // Assigns the number to the assistant, or (empty) unassigns it.
    void changeNumber(const QString &numberId, const QString &assistantId);
    // Releases it from Vapi; a pool number goes back to its pool, and the user is asked whether
    // to release it on Twilio too.
    void releaseNumber(const QString &numberId);
    // Asks Twilio about pool numbers (PoolCheckRun) with the credentials typed in, or (secret
    // empty) with the keychain's for the saved account of that SID; what Twilio says about
    // numbers already in a pool is recorded there.
    using PoolCheckReport = std::function<void(const QList<PoolCheckResult> &results)>;
    void checkPool(const QString &accountSid, const QString &apiKeySid, const QString &secret,
            const QList<PhoneAddress> &numbers, bool clearRouting, QObject *context,
            const PoolCheckReport &report);
    // Asks for the name (or the id to link) in a dialog, then createOrLink().
    void createOrLinkAssistant(qint64 organizationId, bool link);
    // Its secrets out of the keychain, then the organization out of the workspace
    // (OrganizationRemoval); said in the status bar, or in a box when nothing was removed.
    void removeOrganization(qint64 organizationId);
    // `dialog` is told how it ended, if it is still open.
    void createOrLink(const Organization &organization, bool link, const QString &text,
            const QPointer<AssistantDialog> &dialog);
    void say(const QString &message);
    // False, said in the status bar, while the workspace's server does not answer
    // (MainWindow::workspaceUnreachable): a statement sent to a stalled server would hold the
    // console's thread until it answers.
    // Why nothing can be done now (the team database does not answer); empty when it can.
    QString workspaceRefusal() const;
    bool workspaceAnswers();

    MainWindow &m_window;
    ProvisioningEngine &m_engine;
    CredentialService &m_credentials;
    QPointer<ProvisioningBatch> m_batch;
    NumberRelease *m_release = nullptr; // made on first use, a child of this
    NumberAssignment *m_assignment = nullptr; // made on first use, a child of this
    AutomaticProvisioning *m_automatic = nullptr; // a child
    ConnectionTest *m_connectionTest = nullptr; // a child
    NumberBuying *m_buying = nullptr; // a child
    QDateTime m_offlineSince;
    // Vapi accounts a refresh asked about that did not answer (a bad key, no network): their
    // counts are the workspace's last, not Vapi's word.
    QSet<qint64> m_unconfirmed;
    QTimer m_activationFollow; // lists Vapi again while a number is activating
};

} // namespace Switchboard
