// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/PhoneAddress.h"
#include "core/domain/PoolNumber.h"
#include "core/domain/Validation.h"

#include <QList>
#include <QSet>
#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Switchboard {

// The numbers of a Twilio account's pool, as Settings shows the workspace's (issue 17: there
// was no editor): what is in it and whether each is free or in use, numbers to take out (only
// free ones: one in use belongs to an assistant) and numbers to add, typed as people write
// them. Nothing is written here: the dialog hands added() and removed() to WorkspaceSetup.
class PoolEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PoolEditor(QWidget *parent = nullptr);

    void setNumbers(const QList<PoolNumber> &numbers);
    // The typed numbers, valid ones only, in E.164 order of typing; duplicates and those
    // already in the pool once.
    QList<PhoneAddress> added() const;
    QList<qint64> removed() const { return m_removed.values(); }
    // Each typed entry that is not a number, naming `field`.
    QList<FieldError> problems(const QString &field) const;
    // The field to show a problem in.
    QWidget *addField() const;

private:
    QStringList entries() const;
    void render();
    void updateButtons();
    void removeSelected();

    QList<PoolNumber> m_numbers;
    QSet<qint64> m_removed;
    QListWidget *m_list = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLabel *m_addLabel = nullptr;
    QPlainTextEdit *m_addEdit = nullptr;
};

} // namespace Switchboard
