// SPDX-License-Identifier: Apache-2.0
#include "gui/ConsoleController.h"

#include "gui/AutomaticProvisioning.h"

#include "core/provisioning/DirectoryRefresh.h"
#include "core/provisioning/ProvisioningEngine.h"
#include "core/provisioning/ProvisioningJob.h"
#include "core/provisioning/Reconciliation.h"
#include "core/secrets/CredentialService.h"
#include "core/setup/ConnectionTest.h"
#include "core/snapshot/SnapshotCache.h"
#include "core/storage/AccountStore.h"
#include "core/storage/DirectoryStore.h"
#include "core/storage/ManualTaskStore.h"
#include "gui/MainWindow.h"
#include "gui/NumberBuying.h"
#include "gui/dialogs/OrganizationWizard.h"
#include "gui/dialogs/SettingsDialog.h"
#include "gui/views/AssistantsView.h"

namespace Switchboard {

ConsoleController::ConsoleController(MainWindow &window, ProvisioningEngine &engine,
        CredentialService &credentials, QSettings *userSettings, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_engine(engine)
    , m_credentials(credentials)
    , m_automatic(new AutomaticProvisioning(window, engine, userSettings, this))
    , m_connectionTest(
              new ConnectionTest(*engine.services().clients, *engine.services().accounts, this))
{
    using namespace std::chrono_literals;
    m_activationFollow.setSingleShot(true);
    m_activationFollow.setInterval(1min);
    connect(&m_activationFollow, &QTimer::timeout, this, [this] { refresh(0); });
    connect(&m_window.snapshots(), &SnapshotCache::changed, this,
            &ConsoleController::followActivations);
    connect(&m_window, &MainWindow::refreshRequested, this,
            [this] { refresh(m_window.currentOrganizationId()); });
    connect(&m_window, &MainWindow::provisionRequested, this,
            [this](const QString &assistantId) { provision(assistantId); });
    connect(&m_window, &MainWindow::provisionAllRequested, this, &ConsoleController::provisionAll);
    connect(&m_window, &MainWindow::cancelBatchRequested, this, [this] {
        if (m_batch)
            m_batch->cancel();
    });
    connect(&m_window, &MainWindow::completeTaskRequested, this, &ConsoleController::completeTask);
    connect(&m_window, &MainWindow::dropTaskRequested, this, [this](qint64 taskId) {
        if (!workspaceAnswers())
            return;
        // On the storage thread: the queue shows the change once it is written.
        m_window.snapshots().write(
                [taskId](const WorkspaceStores &stores) { return stores.tasks->cancel(taskId); },
                this,
                [this](const WriteResult &dropped) {
                    if (!dropped)
                        say(dropped.message());
                });
    });
    connect(&m_window, &MainWindow::capRecheckRequested, this,
            &ConsoleController::recheckFreeNumberCap);
    connect(&m_window, &MainWindow::organizationWizardOpened, this,
            &ConsoleController::connectWizard);
    connect(&m_window, &MainWindow::settingsDialogOpened, this,
            &ConsoleController::connectSettings);
    connect(&m_window, &MainWindow::assignNumberRequested, this,
            [this](const QString &numberId, const QString &assistantId) {
                changeNumber(numberId, assistantId);
            });
    connect(&m_window, &MainWindow::unassignNumberRequested, this,
            [this](const QString &numberId) { changeNumber(numberId, {}); });
    connect(&m_window, &MainWindow::releaseNumberRequested, this,
            &ConsoleController::releaseNumber);
    m_buying = new NumberBuying(
            engine.services(), &m_window, [this](const QString &message) { say(message); }, this);
    connect(&m_window, &MainWindow::buyNumberRequested, this, [this](qint64 organizationId) {
        if (!workspaceAnswers())
            return;
        m_buying->open(
                organizationId, snapshot().twilioNumberMonthlyPrice, snapshot().defaultAreaCode);
    });
    connect(&m_window, &MainWindow::createAssistantRequested, this,
            [this](qint64 organizationId) { createOrLinkAssistant(organizationId, false); });
    connect(&m_window, &MainWindow::linkAssistantRequested, this,
            [this](qint64 organizationId) { createOrLinkAssistant(organizationId, true); });
    connect(&m_window, &MainWindow::removeOrganizationRequested, this,
            &ConsoleController::removeOrganization);
    connect(&m_window, &MainWindow::openSandboxDemoRequested, this, [] {
        QProcess::startDetached(
                QCoreApplication::applicationFilePath(), {QStringLiteral("--sandbox")});
    });
    connect(&m_credentials, &CredentialService::availabilityChanged, this,
            [this](const KeychainAvailability &availability) {
                if (availability.isUnavailable())
                    say(tr("The keychain cannot be used: %1 Switchboard keeps working for "
                           "everything that needs no "
                           "secret; nothing is stored in plain text.")
                                    .arg(availability.message));
            });
}

const ProvisioningServices &ConsoleController::services() const
{
    return m_engine.services();
}

const WorkspaceSnapshot &ConsoleController::snapshot() const
{
    return m_window.snapshots().snapshot();
}

void ConsoleController::recheckFreeNumberCap(qint64 vapiAccountId)
{
    if (!workspaceAnswers())
        return;
    m_window.snapshots().write(
            [vapiAccountId, now = services().clock()](const WorkspaceStores &stores) {
                return stores.accounts->requestCapRecheck(vapiAccountId, now);
            },
            this,
            [this](const WriteResult &marked) {
                say(marked ? tr("The next provisioning asks Vapi for a free number again, and "
                                "learns the cap anew.")
                           : tr("The cap could not be marked for a new check: %1")
                                        .arg(marked.message()));
            });
}

void ConsoleController::say(const QString &message)
{
    m_window.showStatus(message, 15000);
}

QString ConsoleController::workspaceRefusal() const
{
    const QString &unreachable = m_window.workspaceUnreachable();
    if (unreachable.isEmpty())
        return {};
    return tr("Nothing was done: the team database does not answer (%1). Try again when the "
              "status bar shows it online.")
            .arg(unreachable);
}

bool ConsoleController::workspaceAnswers()
{
    const QString refusal = workspaceRefusal();
    if (refusal.isEmpty())
        return true;
    say(refusal);
    return false;
}

void ConsoleController::start()
{
    Reconciliation *reconciliation = m_engine.reconcile();
    connect(reconciliation, &Reconciliation::finished, this,
            [this, reconciliation](const Reconciliation::Summary &summary) {
                reconciliation->deleteLater();
                if (summary.succeeded + summary.failed > 0)
                    say(tr("Completed %n provisioning(s) left unfinished last time.", nullptr,
                            summary.succeeded + summary.failed));
                // What `watch` or another console provisioned automatically while away.
                m_automatic->updateSummary();
                refresh(0);
            });
    reconciliation->start();
}

qint64 ConsoleController::organizationOfAssistant(const QString &assistantId) const
{
    // From the store, not the snapshot: which organization's accounts serve (and pay for) an
    // assistant is never decided on a picture that may be a moment old (an assistant just
    // created is not in it yet). The engine runs on this thread's connection anyway.
    const auto assistant = services().directory->assistant(assistantId);
    return assistant && assistant->organizationId > 0 ? assistant->organizationId
                                                      : m_window.currentOrganizationId();
}

void ConsoleController::setActivationFollowInterval(std::chrono::milliseconds interval)
{
    m_activationFollow.setInterval(interval);
}

void ConsoleController::followActivations()
{
    if (m_activationFollow.isActive())
        return;
    const QList<PhoneNumber> &numbers = snapshot().directory.numbers;
    if (std::any_of(numbers.cbegin(), numbers.cend(),
                [](const PhoneNumber &n) { return n.status == NumberStatus::Activating; }))
        m_activationFollow.start();
}

void ConsoleController::refresh(qint64 organizationId)
{
    if (!workspaceAnswers())
        return;
    auto *refresh = new DirectoryRefresh(services(), organizationId, this);
    connect(refresh, &DirectoryRefresh::finished, this,
            [this, refresh, organizationId](bool complete) {
                refresh->deleteLater();
                // New assistants of the accounts just listed get their number, as their policy
                // says.
                m_automatic->afterRefresh(organizationId, refresh->listedAccounts());
                noteUnconfirmedAccounts(refresh->askedAccounts(), refresh->listedAccounts());
                if (complete && organizationId == 0 && refresh->listedAccounts().isEmpty()) {
                    m_offlineSince = {};
                    m_window.setConnectionNoAccount(tr("Vapi")); // not "online": nothing was asked
                    return;
                }
                if (complete) {
                    m_offlineSince = {};
                    m_window.setConnectionState(tr("Vapi"), true);
                    m_window.setNetworkAvailable(true);
                    return;
                }
                const QString problems = refresh->problems().join(QStringLiteral("; "));
                if (refresh->credentialsRefused() && !refresh->unreachable()) {
                    // Vapi may well be reachable: it is the key that is missing or refused.
                    m_offlineSince = {};
                    m_window.setConnectionKeyProblem(tr("Vapi"), problems);
                    say(problems);
                    return;
                }
                if (!m_offlineSince.isValid())
                    m_offlineSince = QDateTime::currentDateTime();
                m_window.setConnectionState(tr("Vapi"), false, m_offlineSince);
                say(problems);
            });
    refresh->start();
}

void ConsoleController::noteUnconfirmedAccounts(
        const QSet<qint64> &asked, const QSet<qint64> &listed)
{
    // The accounts this refresh asked about: every one, or the one serving the organization.
    for (qint64 id : std::as_const(asked)) {
        if (listed.contains(id))
            m_unconfirmed.remove(id);
        else
            m_unconfirmed.insert(id);
    }
    // Found by the walk: a made-up key, never answered, showed "keep provisioning".
    m_window.setUnconfirmedVapiAccounts(m_unconfirmed,
            m_offlineSince.isValid() ? m_offlineSince : QDateTime::currentDateTime());
}

ProvisioningJob *ConsoleController::provision(const QString &assistantId, AttemptOrigin origin)
{
    if (!workspaceAnswers())
        return nullptr;
    QString error;
    ProvisioningJob *job
            = m_engine.provision(organizationOfAssistant(assistantId), assistantId, &error, origin);
    if (!job) {
        say(error);
        return nullptr;
    }
    AssistantsView *view = m_window.assistantsView();
    view->setProvisioning(assistantId, true);
    connect(job, &ProvisioningJob::stepRecorded, view,
            [view, assistantId](
                    const ProvisioningStep &step) { view->showStep(assistantId, step); });
    connect(job, &ProvisioningJob::finished, view,
            [view, assistantId](const ProvisioningResult &result) {
                view->setProvisioning(assistantId, false);
                view->showResult(assistantId, result);
            });
    return job;
}

void ConsoleController::provisionAll(const QStringList &assistantIds)
{
    if (!workspaceAnswers())
        return;
    if (m_batch || assistantIds.isEmpty())
        return;
    // Each assistant under its own organization: from "All organizations" they belong to
    // several, and one customer's accounts never serve (or pay for) another's assistant.
    QList<ProvisioningBatch::Item> items;
    for (const QString &id : assistantIds)
        items << ProvisioningBatch::Item{organizationOfAssistant(id), id};
    m_batch = m_engine.provisionEach(items);
    AssistantsView *view = m_window.assistantsView();
    view->setBatchProgress(0, int(assistantIds.size()), {});
    connect(m_batch, &ProvisioningBatch::progress, view,
            [this, view](int done, int total, const ProvisioningResult &latest) {
                const auto assistant = services().directory->assistant(latest.assistantId);
                view->setBatchProgress(
                        done, total, assistant ? assistant->name : latest.assistantId);
                view->showResult(latest.assistantId, latest);
            });
    connect(m_batch, &ProvisioningBatch::finished, this, [this, view](bool cancelled) {
        // The progress closes by itself with what happened to each assistant, not a count of
        // attempts: one that went to the manual queue got no number.
        const QList<ProvisioningResult> results = m_batch->results();
        const QString summary = batchSummary(results, cancelled);
        view->finishBatch(summary,
                std::any_of(results.cbegin(), results.cend(), [](const ProvisioningResult &r) {
                    return r.outcome == AttemptOutcome::ManualQueued;
                }));
        say(summary);
        m_batch->deleteLater();
    });
    m_batch->start();
}

QString ConsoleController::batchSummary(const QList<ProvisioningResult> &results, bool cancelled)
{
    int numbered = 0;
    int queued = 0;
    int failed = 0;
    int notStarted = 0; // refused before anything was recorded: History has no row for them
    QString firstRefusal;
    for (const ProvisioningResult &result : results) {
        if (result.succeeded()) {
            ++numbered;
        } else if (result.outcome == AttemptOutcome::ManualQueued) {
            ++queued;
        } else if (result.attemptId == 0) {
            ++notStarted;
            if (firstRefusal.isEmpty())
                firstRefusal = result.summary;
        } else {
            ++failed;
        }
    }
    QStringList parts;
    parts << tr("%n got a number", nullptr, numbered);
    if (queued)
        parts << tr("%n wait(s) in the manual queue", nullptr, queued);
    if (failed)
        parts << tr("%n failed (see History)", nullptr, failed);
    if (notStarted)
        parts << tr("%n not started (%1)", nullptr, notStarted).arg(firstRefusal);
    const QString what = QLocale().createSeparatedList(parts);
    return cancelled ? tr("Stopped: %1. Start again to go on.").arg(what)
                     : tr("Provisioned: %1.").arg(what);
}

} // namespace Switchboard
