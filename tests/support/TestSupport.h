#pragma once

#include "domain/Organization.h"
#include "storage/WorkspaceDatabase.h"

#include <QDir>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Switchboard::Test {

// The test's own output folder (set by switchboard_add_test), created on first use.
inline QString outputDirectory()
{
    QString dir = qEnvironmentVariable("SWITCHBOARD_TEST_OUTPUT");
    if (dir.isEmpty())
        dir = QDir::current().filePath(QStringLiteral("test-output"));
    QDir().mkpath(dir);
    return dir;
}

inline QString dataFile(const QString &name)
{
    return QDir(QStringLiteral(SWITCHBOARD_TEST_DATA_DIR)).filePath(name);
}

// A fresh SQLite workspace in a temporary folder, removed with the object.
class TempWorkspace
{
public:
    TempWorkspace()
    {
        DatabaseError error;
        m_database = WorkspaceDatabase::open(
                DatabaseLocation::sqlite(m_dir.filePath(QStringLiteral("workspace.db"))), &error);
        m_error = error.message;
    }
    bool isValid() const { return m_database != nullptr; }
    QString errorString() const { return m_error; }
    WorkspaceDatabase &database() { return *m_database; }
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<WorkspaceDatabase> m_database;
    QString m_error;
};

inline Organization makeOrganization(const QString &slug, const QString &name)
{
    Organization organization;
    organization.slug = slug;
    organization.name = name;
    return organization;
}

} // namespace Switchboard::Test
