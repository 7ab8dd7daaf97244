// SPDX-License-Identifier: Apache-2.0
#include "gui/support/ContextMenus.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QMenu>

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
            QObject::connect(menu->addAction(item.label), &QAction::triggered, menu,
                    [text] { QGuiApplication::clipboard()->setText(text); });
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
