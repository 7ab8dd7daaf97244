// SPDX-License-Identifier: Apache-2.0
#include "gui/ConsoleController.h"

#include "gui/AutomaticProvisioning.h"

#include "core/api/TwilioClient.h"
#include "core/api/VapiClient.h"
#include "core/provisioning/ApiClientProvider.h"
#include "core/provisioning/AssistantLinking.h"
#include "core/provisioning/DirectoryRefresh.h"
#include "core/provisioning/ManualAssignment.h"
#include "core/provisioning/NumberAssignment.h"
#include "core/provisioning/NumberRelease.h"
#include "core/provisioning/ProvisioningBatch.h"
#include "core/provisioning/ProvisioningEngine.h"
#include "core/provisioning/ProvisioningJob.h"
#include "core/provisioning/Reconciliation.h"
#include "core/secrets/CredentialService.h"
#include "core/secrets/SecretJob.h"
#include "core/secrets/SecretKey.h"
#include "core/setup/ConnectionTest.h"
#include "core/setup/OrganizationRemoval.h"
#include "core/snapshot/SnapshotCache.h"
#include "core/storage/AccountStore.h"
#include "core/storage/DirectoryStore.h"
#include "core/storage/ManualTaskStore.h"
#include "core/storage/NumberPoolStore.h"
#include "core/storage/OrganizationStore.h"
#include "core/storage/WorkspaceSettings.h"
#include "gui/MainWindow.h"
#include "gui/NumberBuying.h"
#include "gui/PoolCheckAfterSave.h"
#include "gui/dialogs/AssistantDialog.h"
#include "gui/dialogs/OrganizationWizard.h"
#include "gui/dialogs/ReleaseOnTwilioPrompt.h"
#include "gui/dialogs/SettingsDialog.h"
#include "gui/views/AssistantsView.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMessageBox>
#include <QProcess>
#include <QStatusBar>

#include <algorithm>

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

void ConsoleController::completeTask(qint64 taskId, const QString &address)
{
    // Said in the status bar, and in the queue's Complete dialog, which waits for it.
    const auto report = [this, taskId](bool done, const QString &message) {
        say(message);
        m_window.showTaskCompletion(taskId, done, message);
    };
    if (const QString refusal = workspaceRefusal(); !refusal.isEmpty()) {
        report(false, refusal);
        return;
    }
    const auto task = snapshot().openTask(taskId);
    if (!task) {
        report(false, tr("Manual task #%1 is no longer open.").arg(taskId));
        return;
    }
    const QString text = address.trimmed();
    const ManualAssignment::Kind kind = text.startsWith(u"sip:", Qt::CaseInsensitive)
            ? ManualAssignment::Kind::SipUri
            : text.startsWith(u'+') ? ManualAssignment::Kind::Number
                                    : ManualAssignment::Kind::Existing;
    auto *assignment = new ManualAssignment(services(), *task, kind, text, this);
    connect(assignment, &ManualAssignment::finished, this,
            [report](bool done, const QString &message, const PhoneNumber &) {
                report(done, message);
            });
    assignment->start();
}

void ConsoleController::connectWizard(OrganizationWizard *wizard)
{
    connect(wizard, &OrganizationWizard::testVapiRequested, this,
            [this, wizard](Region region, const QString &privateKey) {
                m_connectionTest->testVapi(
                        region, privateKey, wizard, [wizard](const ConnectionTest::Report &report) {
                            wizard->setVapiTestResult(
                                    report.ok, report.message, report.vapiOrgId, report.refused);
                        });
            });
    connect(wizard, &OrganizationWizard::testTwilioRequested, this,
            [this, wizard](
                    const QString &accountSid, const QString &apiKeySid, const QString &secret) {
                m_connectionTest->testTwilio(accountSid, apiKeySid, secret, wizard,
                        [wizard](const ConnectionTest::Report &report) {
                            wizard->setTwilioTestResult(report.ok, report.message, report.refused);
                        });
            });
    connect(wizard, &OrganizationWizard::checkPoolRequested, this,
            [this, wizard](const QString &accountSid, const QString &apiKeySid,
                    const QString &secret, const QList<PhoneAddress> &numbers, bool clearRouting) {
                checkPool(accountSid, apiKeySid, secret, numbers, clearRouting, wizard,
                        [wizard](const QList<PoolCheckResult> &results) {
                            wizard->setPoolCheckResults(results);
                        });
            });
}

void ConsoleController::checkPool(const QString &accountSid, const QString &apiKeySid,
        const QString &secret, const QList<PhoneAddress> &numbers, bool clearRouting,
        QObject *context, const PoolCheckReport &report)
{
    QPointer<QObject> guard(context);
    // The account this SID is saved as, if any: what Twilio says is kept with its pool.
    std::optional<TwilioAccount> saved;
    for (const TwilioAccount &account : snapshot().twilioAccounts) {
        if (account.accountSid == accountSid)
            saved = account;
    }
    auto run = [this, guard, report, accountSid, numbers, clearRouting, saved](
                       TwilioClient *client, bool owned) {
        auto *checking = new PoolCheckRun(*client, accountSid, numbers, this);
        checking->setClearRouting(clearRouting);
        if (saved)
            checking->recordIn(services().pool, saved->id, services().clock);
        connect(checking, &PoolCheckRun::finished, this,
                [guard, report, client, owned](const QList<PoolCheckResult> &results) {
                    if (owned)
                        client->deleteLater();
                    if (guard)
                        report(results);
                });
        checking->start();
    };
    auto unanswered = [guard, report, accountSid, numbers](const QString &why) {
        if (!guard)
            return;
        ApiError error;
        error.category = ApiError::Category::Refused;
        error.hint = why;
        QList<PoolCheckResult> results;
        for (const PhoneAddress &number : numbers)
            results << PoolNumberCheck::unanswered(number, accountSid, error);
        report(results);
    };
    if (secret.isEmpty()) {
        if (!saved) {
            unanswered(tr("Enter the account's secret to ask Twilio."));
            return;
        }
        services().clients->twilioClient(*saved, this,
                [run, unanswered](
                        TwilioClient *client, const TwilioCredentials &, const QString &error) {
                    if (!client) {
                        unanswered(error);
                        return;
                    }
                    run(client, false);
                });
        return;
    }
    // Through the one provider that knows the workspace's base URLs (a sandbox stays local).
    TwilioAccount typedIn;
    typedIn.accountSid = accountSid;
    typedIn.authMode = apiKeySid.isEmpty() ? TwilioAuthMode::AuthToken : TwilioAuthMode::ApiKey;
    typedIn.apiKeySid = apiKeySid;
    run(services().clients->newTwilioClient(typedIn, secret, this), true);
}

void ConsoleController::connectSettings(SettingsDialog *dialog)
{
    connect(dialog, &SettingsDialog::testVapiRequested, this,
            [this, dialog](Region region, const QString &privateKey) {
                m_connectionTest->testVapi(
                        region, privateKey, dialog, [dialog](const ConnectionTest::Report &report) {
                            dialog->setVapiTestResult(report.ok, report.message);
                        });
            });
    connect(dialog, &SettingsDialog::testTwilioRequested, this,
            [this, dialog](
                    const QString &accountSid, const QString &apiKeySid, const QString &secret) {
                m_connectionTest->testTwilio(accountSid, apiKeySid, secret, dialog,
                        [dialog](const ConnectionTest::Report &report) {
                            dialog->setTwilioTestResult(report.ok, report.message);
                        });
            });
    // Straight from the dialog to the keychain; nothing else ever sees the values. The dialog
    // waits for the keychain's answer, and a workspace account made by this save leaves again
    // when its key was not kept.
    connect(dialog, &SettingsDialog::settingsSaved, this,
            [this, dialog = QPointer<SettingsDialog>(dialog)] {
                const bool listAfterwards = dialog->isWorkspaceSetup();
                const qint64 created = dialog->createdVapiAccountId();
                const auto secrets = dialog->secrets();
                const auto twilio = dialog->savedTwilioAccount();
                const QList<PhoneAddress> added
                        = twilio ? dialog->addedPoolNumbers() : QList<PhoneAddress>();
                // Asked once the keys are kept: the check reads the Twilio secret from there.
                const auto checkPool = [this, twilio, added] {
                    if (twilio)
                        PoolCheckAfterSave::run(services(), *twilio, added, this,
                                [this](const QString &said) { say(said); });
                };
                if (secrets.isEmpty()) {
                    checkPool();
                    return;
                }
                struct Progress
                {
                    int left = 0;
                    bool vapiKept = false;
                    QStringList errors;
                };
                auto progress = std::make_shared<Progress>();
                progress->left = int(secrets.size());
                for (const auto &[key, value] : secrets) {
                    SecretJob *job = m_credentials.set(key, value);
                    const bool vapiKey = key.api() == SecretApi::Vapi;
                    job->then(this,
                            [this, dialog, progress, vapiKey, listAfterwards, created, checkPool](
                                    SecretJob *finished) {
                                if (finished->error())
                                    progress->errors << finished->error().message;
                                else if (vapiKey)
                                    progress->vapiKept = true;
                                if (--progress->left > 0)
                                    return;
                                settingsSecretsKept(dialog, progress->errors, progress->vapiKept,
                                        listAfterwards, created);
                                if (progress->errors.isEmpty())
                                    checkPool();
                            });
                }
            });
}

void ConsoleController::settingsSecretsKept(const QPointer<SettingsDialog> &dialog,
        const QStringList &errors, bool vapiKept, bool listAfterwards, qint64 createdVapiAccount)
{
    if (errors.isEmpty()) {
        if (dialog)
            dialog->secretsKept({});
        // A workspace just set up is listed once its key is kept: its assistants, its numbers,
        // and whether Vapi takes the key at all.
        if (listAfterwards && vapiKept)
            refresh(0);
        return;
    }
    QString message = tr("The keychain did not keep a key: %1").arg(errors.join(u"; "));
    if (createdVapiAccount && !vapiKept) {
        message += u' '
                + tr("The workspace's Vapi account is not set up: save again once the keychain "
                     "takes the key.");
        m_window.snapshots().write(
                [createdVapiAccount](const WorkspaceStores &stores) {
                    return stores.accounts->removeVapiAccount(createdVapiAccount);
                },
                this,
                [this](const WriteResult &removed) {
                    if (!removed)
                        say(tr("The Vapi account without its key could not be taken out of the "
                               "workspace: %1")
                                        .arg(removed.message()));
                });
    } else {
        message += u' '
                + tr("Save again once the keychain takes it; until then, the key it had before "
                     "(if any) stays in use.");
    }
    say(message);
    if (dialog)
        dialog->secretsKept(message);
}

void ConsoleController::releaseNumber(const QString &numberId)
{
    if (!workspaceAnswers())
        return;
    const auto number = snapshot().directory.number(numberId);
    if (!number) {
        say(tr("That number is no longer known; refresh and try again."));
        return;
    }
    if (!m_release)
        m_release = new NumberRelease(services(), this);
    m_release->releaseFromVapi(*number, [this](const NumberRelease::Outcome &outcome) {
        say(outcome.message);
        if (!outcome.ok || !outcome.poolNumber)
            return;
        // Asked without a nested event loop: the answer comes back through the callback.
        const PoolNumber pooled = *outcome.poolNumber;
        ReleaseOnTwilioPrompt::ask(&m_window, pooled.number.displayText(), outcome.poolName,
                snapshot().twilioNumberMonthlyPrice,
                [this, guard = QPointer<ConsoleController>(this), pooled](bool release) {
                    if (!guard)
                        return; // the console is closing
                    if (!release) {
                        say(tr("%1 stays in the pool, and in the Twilio account.")
                                        .arg(pooled.number.displayText()));
                        return;
                    }
                    m_release->releaseOnTwilio(pooled,
                            [this](const NumberRelease::Outcome &done) { say(done.message); });
                });
    });
}

void ConsoleController::changeNumber(const QString &numberId, const QString &assistantId)
{
    if (!workspaceAnswers())
        return;
    if (!m_assignment)
        m_assignment = new NumberAssignment(services(), this);
    m_assignment->assign(numberId, assistantId,
            [this](const NumberAssignment::Outcome &outcome) { say(outcome.message); });
}

void ConsoleController::createOrLinkAssistant(qint64 organizationId, bool link)
{
    if (!workspaceAnswers())
        return;
    const WorkspaceSnapshot &workspace = snapshot();
    const auto organization = workspace.organization(organizationId);
    const auto account = workspace.vapiAccountServing(organizationId);
    if (!organization || !account) {
        say(tr("Choose an organization served by a Vapi account first."));
        return;
    }
    // The account's assistants that no organization has yet, to pick from when linking.
    QList<AssistantDialog::Candidate> unlinked;
    if (link) {
        for (const Assistant &assistant : workspace.directory.assistants) {
            if (assistant.vapiAccountId == account->id && assistant.organizationId == 0)
                unlinked << AssistantDialog::Candidate{assistant.id, assistant.name};
        }
    }
    // Opened with open(), never exec(): provisioning callbacks keep arriving while it is up,
    // and no event loop of its own runs them inside this call.
    auto *dialog = new AssistantDialog(
            link ? AssistantDialog::Mode::Link : AssistantDialog::Mode::Create, organization->name,
            unlinked, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Organization &chosen = *organization;
    connect(dialog, &AssistantDialog::submitted, this,
            [this, chosen, link, dialog = QPointer<AssistantDialog>(dialog)](
                    const QString &value) { createOrLink(chosen, link, value, dialog); });
    dialog->open();
}

void ConsoleController::createOrLink(const Organization &organization, bool link,
        const QString &text, const QPointer<AssistantDialog> &dialog)
{
    AssistantLinking::createOrLink(services(), organization,
            link ? AssistantLinking::Mode::Link : AssistantLinking::Mode::Create, text, this,
            [this, link, organization, dialog](const ApiResult<Assistant> &result) {
                if (!result) {
                    const QString why = result.error().toString();
                    say(why);
                    if (dialog)
                        dialog->showOutcome(false, why);
                    return;
                }
                if (dialog)
                    dialog->showOutcome(true, QString());
                const QString name = result.value().name;
                if (link) {
                    say(tr("%1 belongs to %2 now.").arg(name, organization.name));
                    return;
                }
                if (!services().settings->autoProvisions(organization)) {
                    // Found by the walk: a new assistant was said to "belong to the
                    // organization now", and nothing said it has no number.
                    say(tr("%1 was created for %2; it has no number until it is provisioned.")
                                    .arg(name, organization.name));
                    return;
                }
                // A new assistant of an organization that provisions automatically gets its
                // number at once, shown step by step as a click would show it, and how it
                // ended is said when it ends (a new row may not be on screen yet).
                say(tr("%1 was created; finding it a number…").arg(name));
                if (ProvisioningJob *job = provision(result.value().id, AttemptOrigin::Automatic)) {
                    connect(job, &ProvisioningJob::finished, this,
                            [this, name](const ProvisioningResult &outcome) {
                                say(tr("%1: %2").arg(name, outcome.summary));
                            });
                }
            });
}

void ConsoleController::removeOrganization(qint64 organizationId)
{
    if (!workspaceAnswers())
        return;
    const std::optional<Organization> organization = snapshot().organization(organizationId);
    if (!organization)
        return;
    auto *removal = new OrganizationRemoval(
            m_credentials, *services().organizations, *organization, this);
    connect(removal, &OrganizationRemoval::finished, this,
            [this, name = organization->name](bool removed, const QString &error) {
                if (removed) {
                    say(tr("Removed %1 and its secrets. Its history stays.").arg(name));
                    // Its assistants and numbers leave the tabs, or show as no organization's,
                    // as Vapi lists them now (found by the walk: they stayed until F5).
                    refresh(0);
                    return;
                }
                auto *box = new QMessageBox(
                        QMessageBox::Warning, tr("Not removed"), error, QMessageBox::Ok, &m_window);
                box->setObjectName(QStringLiteral("organizationNotRemoved"));
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            });
    removal->start();
}

} // namespace Switchboard
