// SPDX-License-Identifier: Apache-2.0
// The History tab's export: what the filters select (attempts, actions, or both), to a CSV or
// JSON file chosen in a dialog, written on the history's worker thread.
#include "gui/views/HistoryView.h"

#include "core/history/HistoryQueries.h"
#include "gui/models/HistoryModel.h"
#include "gui/support/FileDialog.h"
#include "ui_HistoryView.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace Switchboard {

void HistoryView::chooseExportFile()
{
    const QString csvFilter = tr("CSV files (*.csv)");
    const QString jsonFilter = tr("JSON files (*.json)");
    // Found by the walk: two organizations' exports of a day took the same name.
    const QString suggested = FileDialog::suggestedExportPath(QStringLiteral("history"),
            m_organizationId == 0 ? QString() : m_ui->organizationCombo->currentText());
    m_deps.fileDialog->getSaveFileName(this, tr("Export the history"), suggested,
            csvFilter + QStringLiteral(";;") + jsonFilter, this,
            [this, jsonFilter](const QString &fileName, const QString &selectedFilter) {
                if (!fileName.isEmpty())
                    startExport(fileName,
                            selectedFilter == jsonFilter ? QStringLiteral("json")
                                                         : QStringLiteral("csv"));
            });
}

// `kind` is "csv" or "json", from the dialog's filter; a file named *.json is JSON regardless.
void HistoryView::startExport(const QString &fileName, const QString &kind)
{
    if (m_exportTicket)
        return;
    QString path = fileName;
    const QString suffix = QFileInfo(path).suffix().toLower();
    HistoryExport::Format format = HistoryExport::Format::Csv;
    if (suffix == QLatin1String("json")
            || (suffix != QLatin1String("csv") && kind == QLatin1String("json")))
        format = HistoryExport::Format::Json;
    if (suffix.isEmpty())
        path += format == HistoryExport::Format::Json ? QStringLiteral(".json")
                                                      : QStringLiteral(".csv");
    m_exportFileName = path;
    // What the list shows, every row of it (not just the pages loaded).
    m_exportHasEvents = m_model->listsEvents();
    m_exportTicket
            = m_deps.queries->exportHistory(m_model->filter(), format, path, m_model->kinds());
    m_ui->exportStatusLabel->setText(tr("Exporting to %1…").arg(QDir::toNativeSeparators(path)));
    m_ui->exportButton->setEnabled(false);
    updateStatus();
}

void HistoryView::onExportProgress(quint64 ticket, qint64 bytes)
{
    if (ticket != m_exportTicket)
        return;
    m_ui->exportStatusLabel->setText(tr("Exporting to %1… %2 written")
                                             .arg(QDir::toNativeSeparators(m_exportFileName),
                                                     QLocale().formattedDataSize(bytes)));
}

} // namespace Switchboard
