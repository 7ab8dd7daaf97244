// SPDX-License-Identifier: Apache-2.0
#include "core/storage/DatabaseLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace Switchboard {
namespace {

// The context of this file's messages in the .ts files (lupdate reads it from here).
struct DatabaseLocationText
{
    Q_DECLARE_TR_FUNCTIONS(Switchboard::DatabaseLocation)
};

const QStringList SslModes{QStringLiteral("disable"), QStringLiteral("allow"),
        QStringLiteral("prefer"), QStringLiteral("require"), QStringLiteral("verify-ca"),
        QStringLiteral("verify-full")};

QString passwordRefusal()
{
    return DatabaseLocationText::tr(
            "The database URL contains a password. Passwords belong in the keychain: remove "
            "it from the URL and store it with `switchboard-cli database password set "
            "--database URL` (or let the console ask for it), or set "
            "SWITCHBOARD_DATABASE_PASSWORD for automation.");
}

std::optional<DatabaseLocation> refuse(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

} // namespace

DatabaseLocation DatabaseLocation::sqlite(const QString &path)
{
    DatabaseLocation location;
    location.backend = SqlDialect::Backend::Sqlite;
    location.sqlitePath = path;
    return location;
}

DatabaseLocation DatabaseLocation::postgres(const QString &host, int port,
        const QString &databaseName, const QString &userName, const QString &sslMode)
{
    DatabaseLocation location;
    location.backend = SqlDialect::Backend::Postgres;
    location.host = host;
    location.port = port;
    location.databaseName = databaseName;
    location.userName = userName;
    location.sslMode = sslMode;
    return location;
}

std::optional<DatabaseLocation> DatabaseLocation::fromUrl(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return refuse(error,
                DatabaseLocationText::tr(
                        "The database location is empty. Give a file path or a URL like "
                        "postgresql://user@host:5432/database."));
    // "scheme://" makes a URL; anything else (also C:\… on Windows) is a file path.
    static const QRegularExpression urlPattern(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    const QRegularExpressionMatch match = urlPattern.match(trimmed);
    if (!match.hasMatch())
        return sqlite(QDir::cleanPath(trimmed));
    const QString scheme = match.captured(1).toLower();
    const QUrl url(trimmed, QUrl::StrictMode);
    if (scheme == u"file") {
        if (!url.isValid() || url.toLocalFile().isEmpty())
            return refuse(
                    error, DatabaseLocationText::tr("The file URL %1 is not valid.").arg(trimmed));
        return sqlite(url.toLocalFile());
    }
    if (scheme != u"postgresql" && scheme != u"postgres")
        return refuse(error,
                DatabaseLocationText::tr(
                        "The database URL must start with postgresql:// (or be a file path); "
                        "\"%1://\" is not supported.")
                        .arg(scheme));
    // The password is never part of the location: it would end up in settings files, shell
    // histories and process lists. Checked on the raw text before anything else, and no
    // message repeats the URL, which holds it.
    const QString authority
            = trimmed.mid(match.capturedLength()).section(u'/', 0, 0).section(u'?', 0, 0);
    if (authority.lastIndexOf(u'@') > 0
            && authority.left(authority.lastIndexOf(u'@')).contains(u':'))
        return refuse(error, passwordRefusal());
    if (!url.isValid())
        return refuse(error,
                DatabaseLocationText::tr(
                        "The database URL is not valid. Write it as "
                        "postgresql://user@host:5432/database[?sslmode=require]."));
    DatabaseLocation location;
    location.backend = SqlDialect::Backend::Postgres;
    location.host = url.host(QUrl::FullyDecoded);
    if (location.host.isEmpty())
        location.host = QStringLiteral("localhost");
    location.port = url.port(5432);
    if (location.port <= 0 || location.port > 65535)
        return refuse(error,
                DatabaseLocationText::tr("The database URL's port must be between 1 and 65535."));
    location.userName = url.userName(QUrl::FullyDecoded);
    if (location.userName.isEmpty())
        return refuse(error,
                DatabaseLocationText::tr("The database URL names no user. Write it as "
                                         "postgresql://user@host:5432/database."));
    location.databaseName = url.path(QUrl::FullyDecoded).mid(1);
    if (location.databaseName.isEmpty() || location.databaseName.contains(u'/'))
        return refuse(error,
                DatabaseLocationText::tr(
                        "The database URL names no database (or more than one path segment). "
                        "Write it as postgresql://user@host:5432/database."));
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"sslmode") {
            if (!SslModes.contains(value))
                return refuse(error,
                        DatabaseLocationText::tr(
                                "The database URL's sslmode \"%1\" is not known; use one of %2.")
                                .arg(value, SslModes.join(QStringLiteral(", "))));
            location.sslMode = value;
        } else if (key == u"password") {
            return refuse(error, passwordRefusal());
        } else {
            return refuse(error,
                    DatabaseLocationText::tr("The database URL's parameter \"%1\" is not "
                                             "supported; only sslmode is.")
                            .arg(key));
        }
    }
    return location;
}

QString DatabaseLocation::describe() const
{
    if (backend == SqlDialect::Backend::Sqlite)
        return QDir::toNativeSeparators(sqlitePath);
    return QStringLiteral("postgresql://") + passwordIdentity();
}

QString DatabaseLocation::toUrl() const
{
    if (backend == SqlDialect::Backend::Sqlite)
        return sqlitePath;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(userName);
    url.setHost(host);
    url.setPort(port);
    url.setPath(u'/' + databaseName);
    if (sslMode != u"prefer")
        url.setQuery(QStringLiteral("sslmode=") + sslMode);
    return url.toString(QUrl::FullyEncoded);
}

QString DatabaseLocation::connectOptions() const
{
    // connect_timeout: a server that went away is reported in seconds, not minutes.
    return QStringLiteral("sslmode=%1;connect_timeout=10;application_name=switchboard")
            .arg(sslMode.isEmpty() ? QStringLiteral("prefer") : sslMode);
}

QString DatabaseLocation::passwordIdentity() const
{
    const QString hostPart = host.contains(u':') ? u'[' + host + u']' : host;
    return QStringLiteral("%1@%2:%3/%4").arg(userName, hostPart).arg(port).arg(databaseName);
}

} // namespace Switchboard
