// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QTableWidget;

namespace Switchboard {

// Help → Keyboard shortcuts: every action of the window that has keys, with the keys as this
// platform writes them. Read from the actions themselves, so the list cannot drift from them.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

    // An action's text as a person reads it: no access-key marks, no trailing ellipsis.
    static QString plainText(const QAction *action);

private:
    QTableWidget *m_table = nullptr;
};

} // namespace Switchboard
