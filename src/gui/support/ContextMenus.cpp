// SPDX-License-Identifier: Apache-2.0
#include "gui/support/ContextMenus.h"

#include <QAbstractItemView>
#include <QAction>
#include <QClipboard>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

namespace Switchboard::ContextMenus {

QMenu *popup(QWidget *parent, const QString &objectName, const QList<Item> &items,
        const QPoint &globalPos)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(objectName);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    bool opensSeen = false;
    for (const Item &item : items) {
        if (!item.copies.isEmpty()) {
            const QString text = item.copies;
            QWidget *window = parent->window();
            QObject::connect(
                    menu->addAction(item.label), &QAction::triggered, menu, [text, window] {
                        QGuiApplication::clipboard()->setText(text);
                        // Said where the window says what was done (found by the walk: no word
                        // after "Copy number").
                        if (auto *main = qobject_cast<QMainWindow *>(window))
                            main->statusBar()->showMessage(
                                    QCoreApplication::translate("Switchboard::ContextMenus",
                                            "Copied to the clipboard: %1")
                                            .arg(text),
                                    5000);
                    });
        } else if (item.opens.isValid()) {
            if (!opensSeen && !menu->isEmpty())
                menu->addSeparator();
            opensSeen = true;
            const QUrl url = item.opens;
            QObject::connect(menu->addAction(item.label), &QAction::triggered, menu,
                    [url] { QDesktopServices::openUrl(url); });
        }
    }
    if (menu->isEmpty()) {
        delete menu;
        return nullptr;
    }
    menu->popup(globalPos);
    return menu;
}

void openFromKeyboard(QAbstractItemView *view)
{
    auto *action = new QAction(view);
    action->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F10));
    action->setShortcutContext(Qt::WidgetShortcut);
    view->addAction(action);
    QObject::connect(action, &QAction::triggered, view, [view] {
        const QModelIndex current = view->currentIndex();
        if (current.isValid())
            Q_EMIT view->customContextMenuRequested(view->visualRect(current).center());
    });
}

QUrl vapiDashboard(Region region)
{
    return QUrl(region == Region::Eu ? QStringLiteral("https://dashboard.eu.vapi.ai/")
                                     : QStringLiteral("https://dashboard.vapi.ai/"));
}

QUrl twilioConsole()
{
    return QUrl(QStringLiteral("https://console.twilio.com/"));
}

} // namespace Switchboard::ContextMenus
