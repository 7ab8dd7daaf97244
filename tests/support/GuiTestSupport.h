// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "TestSupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QMenu>
#include <QStatusBar>
#include <QStringList>
#include <QTest>
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

// Asks `view` for its context menu on `index`, as a right-click does, and waits for the menu
// named `objectName` to show; null when it does not.
inline QMenu *contextMenuAt(
        QAbstractItemView *view, const QModelIndex &index, const QString &objectName)
{
    Q_EMIT view->customContextMenuRequested(view->visualRect(index).center());
    QMenu *menu = nullptr;
    const bool shown = QTest::qWaitFor(
            [&] {
                menu = view->window()->findChild<QMenu *>(objectName);
                return menu && menu->isVisible();
            },
            3000);
    return shown ? menu : nullptr;
}

// The entry of `menu` that reads `text`; null when none does.
// `text` without the access key's "&".
inline QAction *menuAction(QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions()) {
        if (QString(action->text()).remove(QLatin1Char('&')) == text)
            return action;
    }
    return nullptr;
}

// Every message a status bar showed, in order. A message lasts seconds and the next refresh
// may replace it (on a loaded machine, before a test reads it): a test asks what was shown.
class StatusMessages
{
public:
    explicit StatusMessages(QStatusBar *bar)
    {
        QObject::connect(
                bar, &QStatusBar::messageChanged, &m_receiver, [this](const QString &message) {
                    if (!message.isEmpty())
                        m_shown << message;
                });
    }

    // The last message shown that contains `text`; empty when none did.
    QString lastWith(const QString &text) const
    {
        for (auto it = m_shown.crbegin(); it != m_shown.crend(); ++it) {
            if (it->contains(text))
                return *it;
        }
        return {};
    }
    QString all() const { return m_shown.join(QStringLiteral(" | ")); }

private:
    QObject m_receiver;
    QStringList m_shown;
};

} // namespace Switchboard::Test
