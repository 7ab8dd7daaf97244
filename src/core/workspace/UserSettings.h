// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/storage/DatabaseLocation.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

class QSettings;

namespace Switchboard {

// This person's settings on this computer (QSettings: the registry, a plist or an INI file),
// shared by the console and the CLI, with a typed accessor per setting so that no key is
// spelled in two places. What the whole team shares is in the workspace (WorkspaceSettings).
class UserSettings
{
public:
    static const QString LanguageKey; // "ui/language": a locale name; empty follows the system
    static const QString
            DatabaseLocationKey; // "database/location": a URL or a file; empty: default
    static const QString RefreshIntervalKey; // "refresh/intervalMinutes": 0 only on request
    static const QString NotificationsKey; // "notifications/enabled": absent means on
    static const QString AutomaticSeenAtKey; // "provisioning/automaticSeenAt" (UTC)

    explicit UserSettings(QSettings &settings);

    QString language() const;
    void setLanguage(const QString &locale);

    // What the Settings dialog stored (trimmed); empty means the data folder's SQLite file.
    QString databaseLocation() const;
    void setDatabaseLocation(const QString &location);

    int refreshIntervalMinutes() const; // 0 to 1440
    void setRefreshIntervalMinutes(int minutes);

    bool notificationsEnabled() const;
    void setNotificationsEnabled(bool enabled);

    // When this person last looked at what was provisioned automatically; invalid: never.
    QDateTime automaticSeenAt() const;
    void setAutomaticSeenAt(const QDateTime &when);

    // A window's or a view's saved state (geometry, splitter, header), by its own name.
    QByteArray viewState(const QString &name) const;
    void setViewState(const QString &name, const QByteArray &state);
    QVariant viewValue(const QString &name, const QVariant &fallback = {}) const;
    void setViewValue(const QString &name, const QVariant &value);

    // The workspace to open: `option` (--database) when given, else the stored location, else
    // the SQLite file in `dataDirectory`. nullopt with *problem naming the source that was
    // refused ("--database: …", or the settings' key).
    std::optional<DatabaseLocation> workspaceLocation(
            const QString &option, const QString &dataDirectory, QString *problem) const;

    QSettings &store() const { return m_settings; }

private:
    QSettings &m_settings;
};

} // namespace Switchboard
