// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/DomainEnums.h"

#include <QList>
#include <QString>
#include <QUrl>

class QAbstractItemView;
class QMenu;
class QPoint;
class QWidget;

namespace Switchboard {

// The context menus of the numbers and assistants tables (issue 17: what users of the Vapi
// dashboard and the Twilio console reach for): copy a value, open the service's own console.
namespace ContextMenus {

struct Item
{
    QString label;
    QString copies; // put on the clipboard; or
    QUrl opens; // opened in the browser
};

// Shows a menu of the items that have a value at `globalPos`, with QMenu::popup (no event loop
// of its own); it deletes itself when closed. Nothing when no item has a value.
QMenu *popup(QWidget *parent, const QString &objectName, const QList<Item> &items,
        const QPoint &globalPos);

// Shift+F10 on `view` asks for the current row's context menu, as the Menu key does (found by
// the walk: only the Menu key, which many laptops lack, opened it from the keyboard).
void openFromKeyboard(QAbstractItemView *view);

// The consoles a person signs in to. Documented hosts only: Vapi's dashboard for the account's
// region (dashboard.vapi.ai, dashboard.eu.vapi.ai), Twilio's console; not deep links, whose
// paths neither service documents.
QUrl vapiDashboard(Region region);
QUrl twilioConsole();

} // namespace ContextMenus
} // namespace Switchboard
