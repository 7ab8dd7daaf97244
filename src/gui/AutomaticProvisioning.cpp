// SPDX-License-Identifier: Apache-2.0
#include "gui/AutomaticProvisioning.h"

#include "core/provisioning/AutoProvisioner.h"
#include "core/provisioning/ProvisioningEngine.h"
#include "core/storage/AccountStore.h"
#include "core/storage/DirectoryStore.h"
#include "core/storage/HistoryStore.h"
#include "core/workspace/UserSettings.h"
#include "gui/MainWindow.h"
#include "gui/views/AssistantsView.h"

#include <QSettings>
#include <QSystemTrayIcon>

namespace Switchboard {

AutomaticProvisioning::AutomaticProvisioning(
        MainWindow &window, ProvisioningEngine &engine, QSettings *userSettings, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_engine(engine)
    , m_userSettings(userSettings)
{
    connect(&m_window, &MainWindow::automaticSummarySeen, this, &AutomaticProvisioning::markSeen);
    // Every provisioning of this console, by a click or automatic, for the notifications.
    connect(&m_engine, &ProvisioningEngine::jobFinished, this,
            &AutomaticProvisioning::onJobFinished);
    // The first start counts from now: older history is not "new since you last looked".
    if (m_userSettings && !UserSettings(*m_userSettings).automaticSeenAt().isValid())
        UserSettings(*m_userSettings).setAutomaticSeenAt(QDateTime::currentDateTimeUtc());
    if (!m_userSettings)
        m_seenAt = QDateTime::currentDateTimeUtc();
}

void AutomaticProvisioning::afterRefresh(qint64 organizationId, const QSet<qint64> &listedAccounts)
{
    // One round at a time: a refresh during a round is served by the next one.
    if (m_running || listedAccounts.isEmpty())
        return;
    auto *provisioner = new AutoProvisioner(m_engine, listedAccounts, organizationId, this);
    m_running = provisioner;
    connect(provisioner, &AutoProvisioner::provisioned, this,
            [this](const ProvisioningResult &result) {
                m_window.assistantsView()->showResult(result.assistantId, result);
            });
    connect(provisioner, &AutoProvisioner::finished, this, [this, provisioner] {
        provisioner->deleteLater();
        const int attempts = int(provisioner->results().size());
        if (attempts > 0)
            updateSummary();
        Q_EMIT roundFinished(attempts);
    });
    provisioner->start();
}

void AutomaticProvisioning::updateSummary()
{
    HistoryFilter filter;
    filter.origin = AttemptOrigin::Automatic;
    filter.since = m_userSettings ? UserSettings(*m_userSettings).automaticSeenAt() : m_seenAt;
    HistoryStore &history = *m_engine.services().history;
    filter.outcome = AttemptOutcome::Succeeded;
    const int provisioned = history.count(filter);
    filter.outcome = AttemptOutcome::ManualQueued;
    const int queued = history.count(filter);
    m_window.showAutomaticSummary(provisioned, queued);
}

void AutomaticProvisioning::markSeen()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_userSettings)
        UserSettings(*m_userSettings).setAutomaticSeenAt(now);
    else
        m_seenAt = now;
}

void AutomaticProvisioning::onJobFinished(const ProvisioningResult &result)
{
    if (result.outcome == AttemptOutcome::ManualQueued) {
        const auto assistant = m_engine.services().directory->assistant(result.assistantId);
        notify(tr("An assistant waits in the manual queue"),
                tr("%1 could not get a number: %2")
                        .arg(assistant ? assistant->name : result.assistantId, result.summary));
    }
    const auto assistant = m_engine.services().directory->assistant(result.assistantId);
    if (!assistant || assistant->organizationId <= 0)
        return;
    const auto usage = m_engine.usageFor(assistant->organizationId);
    const auto account
            = m_engine.services().accounts->vapiAccountServing(assistant->organizationId);
    if (!usage || !account)
        return;
    const FreeNumberUsage::Level before = m_levels.value(account->id, FreeNumberUsage::Level::Ok);
    const FreeNumberUsage::Level now = usage->level();
    m_levels.insert(account->id, now);
    // Only on the way up: a level the user was told about is not repeated each time.
    if (int(now) <= int(before))
        return;
    notify(now == FreeNumberUsage::Level::Full
                    ? tr("Free numbers used up: %1").arg(account->label)
                    : tr("Free numbers at %1 %: %2").arg(usage->percent()).arg(account->label),
            usage->summary() + u' ' + usage->advice());
}

bool AutomaticProvisioning::notificationsEnabled() const
{
    return !m_userSettings || UserSettings(*m_userSettings).notificationsEnabled();
}

void AutomaticProvisioning::notify(const QString &title, const QString &message)
{
    if (!notificationsEnabled() || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(m_window.windowIcon(), this);
        m_tray->setToolTip(QStringLiteral("Switchboard"));
        m_tray->show();
    }
    m_tray->showMessage(title, message, QSystemTrayIcon::Warning);
}

} // namespace Switchboard
