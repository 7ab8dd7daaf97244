// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "TestSupport.h"

#include <QWidget>

namespace Switchboard::Test {

// Saves what a user would see, for a reviewer to look at; returns the file's path.
inline QString saveScreenshot(QWidget *widget, const QString &name)
{
    QString path = QDir(outputDirectory()).filePath(name + QStringLiteral(".png"));
    widget->grab().save(path, "PNG");
    return path;
}

} // namespace Switchboard::Test
