#pragma once

#include "domain/Organization.h"

#include <QDir>
#include <QString>

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

inline Organization makeOrganization(const QString &slug, const QString &name)
{
    Organization organization;
    organization.slug = slug;
    organization.name = name;
    return organization;
}

} // namespace Switchboard::Test
