// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/storage/WriteResult.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QVariant>

#include <utility>

namespace Switchboard {

class WorkspaceDatabase;
struct Organization;

// Settings that belong to the workspace (shared by a team), as opposed to the per-user
// QSettings of window geometry and language.
class WorkspaceSettings : public QObject
{
    Q_OBJECT

public:
    static constexpr double DefaultTwilioNumberMonthlyPrice = 1.15; // USD, US local number

    explicit WorkspaceSettings(WorkspaceDatabase &database, QObject *parent = nullptr);

    QString value(const QString &key, const QString &fallback = {}) const;
    WriteResult setValue(const QString &key, const QString &value);

    // A random id given to the workspace when it is first used. Keychain entries are filed
    // under it, so that two workspaces on one computer (two data folders, or a local file and a
    // team database) never read or overwrite each other's secrets.
    QString workspaceId();
    // A setting's name for people, as the history shows it ("default area code").
    static QString label(const QString &key);
    // A stored value as the history shows it ("$1.15", "yes"; an unset one as its default).
    static QString shown(const QString &key, const QString &stored);

    // The area code free numbers are asked in when an organization has no preference (Vapi
    // needs one, or a SIP URI). Default 415.
    QString defaultAreaCode() const;
    WriteResult setDefaultAreaCode(const QString &areaCode);

    double twilioNumberMonthlyPrice() const;
    WriteResult setTwilioNumberMonthlyPrice(double price);

    // Whether the chain may buy numbers in the workspace's Twilio account when its pool is used
    // up, and how many a month (organizations have their own setting).
    bool workspaceAllowsPurchase() const;
    int workspaceMonthlyPurchaseLimit() const;
    // Both values in one statement: never one without the other.
    WriteResult setWorkspacePurchasePolicy(bool allow, int monthlyLimit);

    // Whether organizations that follow the workspace (AutoProvision::Workspace) give new
    // assistants a number without a click. On unless set: a new workspace starts with it on;
    // schema version 9 set it off in workspaces that already had organizations.
    bool autoProvisionByDefault() const;
    WriteResult setAutoProvisionByDefault(bool on);
    // The organization's own choice, else the workspace's default.
    bool autoProvisions(const Organization &organization) const;

Q_SIGNALS:
    void changed(const QString &key);

private:
    // One statement, so that settings that belong together are written together or not at all.
    WriteResult setValues(const QList<std::pair<QString, QString>> &values);

    WorkspaceDatabase &m_database;
};

} // namespace Switchboard
