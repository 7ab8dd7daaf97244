// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "TestSupport.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

namespace Switchboard::Test {

// Saves what a user would see, for a reviewer to look at; returns the file's path.
inline QString saveScreenshot(QWidget *widget, const QString &name)
{
    QString path = QDir(outputDirectory()).filePath(name + QStringLiteral(".png"));
    widget->grab().save(path, "PNG");
    return path;
}

// A screenshot after the layouts have caught up with the last change of text.
inline QString settledScreenshot(QWidget *widget, const QString &name)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    return saveScreenshot(widget, name);
}

// The button of `parent` (a dialog) that reads `text`, as a person finds it; null when none does.
inline QAbstractButton *buttonWithText(QWidget *parent, const QString &text)
{
    for (QAbstractButton *button : parent->findChildren<QAbstractButton *>()) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

} // namespace Switchboard::Test
