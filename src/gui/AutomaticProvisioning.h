// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/provisioning/FreeNumberUsage.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

class QSettings;
class QSystemTrayIcon;

namespace Switchboard {

class AutoProvisioner;
class MainWindow;
class ProvisioningEngine;
struct ProvisioningResult;

// The console's side of the automatic path for new assistants (issue 19): after each refresh,
// the new assistants of organizations whose policy says so get a number (AutoProvisioner, in
// core), shown in the assistants table as a click would show it; what new assistants got
// automatically since the user last looked is a button in the status bar; and a desktop
// notification (off in Settings) says when an assistant lands in the manual queue or a Vapi
// account's free numbers reach 80 % or 100 %.
class AutomaticProvisioning : public QObject
{
    Q_OBJECT

public:
    // userSettings: this user's (notifications on or off, what was seen); may be null.
    AutomaticProvisioning(MainWindow &window, ProvisioningEngine &engine, QSettings *userSettings,
            QObject *parent = nullptr);

    // After a refresh of `organizationId` (0: all) that listed these Vapi accounts.
    void afterRefresh(qint64 organizationId, const QSet<qint64> &listedAccounts);
    bool isRunning() const { return !m_running.isNull(); }
    // Counts the automatic attempts since the user last looked and shows them.
    void updateSummary();

Q_SIGNALS:
    // A round of automatic provisioning ended (with how many attempts it made).
    void roundFinished(int attempts);

private:
    void markSeen();
    void onJobFinished(const ProvisioningResult &result);
    void notify(const QString &title, const QString &message);
    bool notificationsEnabled() const;

    MainWindow &m_window;
    ProvisioningEngine &m_engine;
    QSettings *m_userSettings = nullptr;
    QPointer<AutoProvisioner> m_running;
    QSystemTrayIcon *m_tray = nullptr; // made on the first notification, when there is a tray
    QDateTime m_seenAt; // when there are no user settings
    QHash<qint64, FreeNumberUsage::Level> m_levels; // per Vapi account, as last seen
};

} // namespace Switchboard
