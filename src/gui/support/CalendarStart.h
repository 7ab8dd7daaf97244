// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDate>
#include <QObject>

class QDateEdit;

namespace Switchboard {

// A date filter whose "no bound" is a date far back (its special value) opens its calendar on
// the current month instead of that date (found by the GUI walk: January 2000, 26 years of
// paging to reach today).
class CalendarStart : public QObject
{
    Q_OBJECT

public:
    // Watches `edit`'s calendar popup; a child of `edit`.
    static void install(QDateEdit *edit, QDate noBound);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    CalendarStart(QDateEdit *edit, QDate noBound);

    QDateEdit *m_edit;
    QDate m_noBound;
};

} // namespace Switchboard
