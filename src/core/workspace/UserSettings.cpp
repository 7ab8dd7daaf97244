// SPDX-License-Identifier: Apache-2.0
#include "core/workspace/UserSettings.h"

#include "core/storage/WorkspacePaths.h"

#include <QCoreApplication>
#include <QSettings>

#include <algorithm>

namespace Switchboard {

const QString UserSettings::LanguageKey = QStringLiteral("ui/language");
const QString UserSettings::DatabaseLocationKey = QStringLiteral("database/location");
const QString UserSettings::RefreshIntervalKey = QStringLiteral("refresh/intervalMinutes");
const QString UserSettings::NotificationsKey = QStringLiteral("notifications/enabled");
const QString UserSettings::AutomaticSeenAtKey = QStringLiteral("provisioning/automaticSeenAt");

namespace {

constexpr int MaxRefreshMinutes = 24 * 60;

} // namespace

UserSettings::UserSettings(QSettings &settings)
    : m_settings(settings)
{ }

QString UserSettings::language() const
{
    return m_settings.value(LanguageKey).toString();
}

void UserSettings::setLanguage(const QString &locale)
{
    m_settings.setValue(LanguageKey, locale);
}

QString UserSettings::databaseLocation() const
{
    return m_settings.value(DatabaseLocationKey).toString().trimmed();
}

void UserSettings::setDatabaseLocation(const QString &location)
{
    m_settings.setValue(DatabaseLocationKey, location.trimmed());
}

int UserSettings::refreshIntervalMinutes() const
{
    return std::clamp(m_settings.value(RefreshIntervalKey, 0).toInt(), 0, MaxRefreshMinutes);
}

void UserSettings::setRefreshIntervalMinutes(int minutes)
{
    m_settings.setValue(RefreshIntervalKey, std::clamp(minutes, 0, MaxRefreshMinutes));
}

bool UserSettings::notificationsEnabled() const
{
    return m_settings.value(NotificationsKey, true).toBool();
}

void UserSettings::setNotificationsEnabled(bool enabled)
{
    m_settings.setValue(NotificationsKey, enabled);
}

QDateTime UserSettings::automaticSeenAt() const
{
    return m_settings.value(AutomaticSeenAtKey).toDateTime();
}

void UserSettings::setAutomaticSeenAt(const QDateTime &when)
{
    m_settings.setValue(AutomaticSeenAtKey, when.toUTC());
}

QByteArray UserSettings::viewState(const QString &name) const
{
    return m_settings.value(name).toByteArray();
}

void UserSettings::setViewState(const QString &name, const QByteArray &state)
{
    m_settings.setValue(name, state);
}

QVariant UserSettings::viewValue(const QString &name, const QVariant &fallback) const
{
    return m_settings.value(name, fallback);
}

void UserSettings::setViewValue(const QString &name, const QVariant &value)
{
    m_settings.setValue(name, value);
}

std::optional<DatabaseLocation> UserSettings::workspaceLocation(
        const QString &option, const QString &dataDirectory, QString *problem) const
{
    const bool fromOption = !option.trimmed().isEmpty();
    const QString text = fromOption ? option.trimmed() : databaseLocation();
    if (text.isEmpty())
        return DatabaseLocation::sqlite(WorkspacePaths::databaseFile(dataDirectory));
    QString reason;
    std::optional<DatabaseLocation> location = DatabaseLocation::fromUrl(text, &reason);
    if (!location && problem) {
        *problem = fromOption ? QStringLiteral("--database: ") + reason
                              : QCoreApplication::translate("UserSettings",
                                      "The database location in the settings (%1) is "
                                      "refused: %2")
                                        .arg(DatabaseLocationKey, reason);
    }
    return location;
}

} // namespace Switchboard
