// SPDX-License-Identifier: Apache-2.0
#include "gui/support/CalendarStart.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QEvent>

namespace Switchboard {

CalendarStart::CalendarStart(QDateEdit *edit, QDate noBound)
    : QObject(edit)
    , m_edit(edit)
    , m_noBound(noBound)
{ }

void CalendarStart::install(QDateEdit *edit, QDate noBound)
{
    edit->setCalendarPopup(true);
    auto *start = new CalendarStart(edit, noBound);
    edit->calendarWidget()->installEventFilter(start);
}

bool CalendarStart::eventFilter(QObject *watched, QEvent *event)
{
    // The popup puts the calendar on the edit's date before it shows it: the page is set after.
    if (event->type() == QEvent::Show && m_edit->date() == m_noBound) {
        auto *calendar = qobject_cast<QCalendarWidget *>(watched);
        const QDate today = QDate::currentDate();
        if (calendar)
            calendar->setCurrentPage(today.year(), today.month());
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Switchboard
