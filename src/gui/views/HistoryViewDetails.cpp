// SPDX-License-Identifier: Apache-2.0
// The History tab's detail pane and status line: the selected attempt's steps and story, the
// selected action's changes, and what the list shows.
#include "gui/views/HistoryView.h"

#include "gui/models/HistoryModel.h"
#include "gui/models/StepsModel.h"
#include "gui/support/DisplayNames.h"
#include "ui_HistoryView.h"

#include <QLocale>

namespace Switchboard {
namespace {

// Nothing but the organization (the one selected in the window) narrows the history.
bool narrowsNothing(const HistoryFilter &filter)
{
    return !filter.outcome && !filter.strategy && !filter.origin && !filter.since.isValid()
            && !filter.until.isValid() && filter.text.trimmed().isEmpty()
            && filter.operatorName.isEmpty();
}

} // namespace

void HistoryView::showDetails(
        const ProvisioningAttempt &attempt, const QList<WorkspaceEvent> &events)
{
    m_steps->setSteps(attempt.steps);
    m_ui->stepsTable->setVisible(true);
    // The steps take the room; the story above them what it needs, scrolling beyond that.
    m_ui->detailsLayout->setStretch(0, 0);
    m_ui->detailsLayout->setStretch(1, 1);
    m_ui->detailsGroup->setTitle(tr("Steps of the selected attempt"));
    if (attempt.id == 0) {
        m_ui->detailsLabel->setText(tr("Select a record: an attempt shows what the chain tried "
                                       "and why, an action what changed and who did it."));
        m_ui->detailsGroup->setTitle(tr("The selected record"));
        // No steps to show: the invitation has the pane (an empty table beside it read as
        // "no steps"; on a short screen it took the invitation's lines).
        m_ui->stepsTable->setVisible(false);
        m_ui->detailsLayout->setStretch(0, 1);
        m_ui->detailsLayout->setStretch(1, 0);
        return;
    }
    QStringList lines;
    lines << tr("<b>%1</b> (%2), organization %3")
                     .arg(attempt.assistantName.toHtmlEscaped(),
                             attempt.assistantId.toHtmlEscaped(),
                             m_model->organizationName(
                                            attempt.organizationId, attempt.organizationSlug)
                                     .toHtmlEscaped());
    QString outcome = DisplayNames::outcome(attempt.outcome);
    if (attempt.address.isValid())
        outcome = tr("%1: %2").arg(outcome, attempt.address.displayText());
    lines << outcome.toHtmlEscaped();
    if (!attempt.summary.isEmpty())
        lines << attempt.summary.toHtmlEscaped();
    const qint64 ms = attempt.startedAt.isValid() && attempt.finishedAt.isValid()
            ? attempt.startedAt.msecsTo(attempt.finishedAt)
            : -1;
    const QString startedBy
            = attempt.operatorName.isEmpty() ? tr("an unknown operator") : attempt.operatorName;
    lines << tr("Started %1 by %2, took %3")
                     .arg(QLocale().toString(attempt.startedAt.toLocalTime(), QLocale::LongFormat),
                             startedBy, DisplayNames::duration(ms))
                     .toHtmlEscaped();
    // What came after the chain: its manual task, and who completed it with which number
    // (issue 18: "Rentals Hotline stays Queued with no number").
    for (const WorkspaceEvent &event : events)
        lines << tr("%1 — %2, by %3")
                         .arg(DisplayNames::recordTime(event.occurredAt), event.summary,
                                 event.operatorName.isEmpty() ? tr("an unknown operator")
                                                              : event.operatorName)
                         .toHtmlEscaped();
    m_ui->detailsLabel->setText(lines.join(QStringLiteral("<br>")));
}

// An action: what it was, each field it changed (old and new), when and who.
void HistoryView::showEventDetails(const WorkspaceEvent &event)
{
    m_steps->setSteps({});
    m_ui->stepsTable->setVisible(false);
    m_ui->detailsLayout->setStretch(0, 1); // the action's details take the pane
    m_ui->detailsLayout->setStretch(1, 0);
    m_ui->detailsGroup->setTitle(tr("The selected action"));
    // Each recorded value on one line of its own: a line break typed into a contact must not
    // make a line that looks like the record's own ("…, by admin").
    const auto oneLine = [](const QString &text) {
        QString line = text;
        for (QChar &c : line) {
            if (!c.isPrint())
                c = u' ';
        }
        return line.toHtmlEscaped();
    };
    QStringList lines;
    const QString kind = DisplayNames::eventKind(event.kind);
    lines << QStringLiteral("<b>%1</b>")
                     .arg(event.failed ? tr("%1 (failed)").arg(kind).toHtmlEscaped()
                                       : kind.toHtmlEscaped());
    lines << oneLine(event.summary);
    // Whom and what it concerned, also when its summary does not say (the walk: an unassign
    // that did not name its assistant).
    if (!event.assistantId.isEmpty() || !event.assistantName.isEmpty())
        lines << tr("Assistant: %1")
                         .arg(event.assistantName.isEmpty()
                                         ? oneLine(event.assistantId)
                                         : tr("%1 (%2)").arg(oneLine(event.assistantName),
                                                 oneLine(event.assistantId)));
    if (event.address.isValid())
        lines << tr("Number: %1").arg(oneLine(event.address.displayText()));
    for (const FieldChange &change : event.changes)
        lines << tr("%1: %2 → %3")
                         .arg(oneLine(change.field),
                                 change.before.isEmpty() ? tr("(empty)") : oneLine(change.before),
                                 change.after.isEmpty() ? tr("(empty)") : oneLine(change.after));
    const QString who = event.operatorName.isEmpty() ? tr("an unknown operator")
                                                     : oneLine(event.operatorName);
    const QString when = QLocale()
                                 .toString(event.occurredAt.toLocalTime(), QLocale::LongFormat)
                                 .toHtmlEscaped();
    lines << (event.databaseRole.isEmpty() ? tr("%1, by %2").arg(when, who)
                                           : tr("%1, by %2 (database role %3)")
                                                     .arg(when, who, oneLine(event.databaseRole)));
    if (event.attemptId > 0)
        lines << tr("Part of provisioning attempt %1.").arg(event.attemptId);
    m_ui->detailsLabel->setText(lines.join(QStringLiteral("<br>")));
}

void HistoryView::updateStatus()
{
    const bool loading = m_model->isLoading();
    const bool exporting = m_exportTicket != 0;
    m_ui->busyBar->setVisible(loading || exporting);
    m_ui->cancelButton->setVisible(loading || exporting);
    m_ui->cancelButton->setAccessibleDescription(
            exporting ? tr("Cancels the export") : tr("Stops loading more records"));
    const bool attempts = m_model->kinds().attempts;
    const bool events = m_model->listsEvents();
    const QString shown = QLocale().toString(m_model->rowCount());
    const qint64 total = m_model->totalCount();
    QString text;
    if (!m_model->lastError().isEmpty())
        text = m_model->lastError();
    else if (!m_model->hasLoaded())
        text = tr("Loading the history…");
    else if (total < 0)
        text = events ? tr("Shown: %1, counting…").arg(shown)
                      : tr("Attempts: %1 shown, counting…").arg(shown);
    else if (total == 0)
        text = emptyText(attempts, events);
    else if (!events)
        text = tr("Attempts: %1 of %2 shown").arg(shown, QLocale().toString(total));
    else if (!attempts)
        text = tr("Actions: %1 of %2 shown").arg(shown, QLocale().toString(total));
    else
        text = tr("%1 of %2 shown (attempts: %3, other actions: %4)")
                       .arg(shown, QLocale().toString(total),
                               QLocale().toString(total - m_model->eventCount()),
                               QLocale().toString(m_model->eventCount()));
    m_ui->countLabel->setText(text);
}

// The line when nothing is listed: found by the GUI walk, "No attempts match the filters" with
// no filter set.
QString HistoryView::emptyText(bool attempts, bool events) const
{
    const HistoryFilter current = m_model->filter();
    const bool unfiltered = narrowsNothing(current);
    const QString organization = m_ui->organizationCombo->currentText();
    if (!events)
        return !unfiltered ? tr("No attempts match the filters.")
                : current.organizationId == 0
                ? tr("No provisioning attempts yet.")
                : tr("No provisioning attempts for %1 yet.").arg(organization);
    const bool everything = attempts && m_model->kinds().allEvents;
    return !unfiltered || !everything     ? tr("Nothing on record matches the filters.")
            : current.organizationId == 0 ? tr("Nothing on record yet.")
                                          : tr("Nothing on record for %1 yet.").arg(organization);
}

} // namespace Switchboard
