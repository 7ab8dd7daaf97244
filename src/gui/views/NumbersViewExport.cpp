// SPDX-License-Identifier: Apache-2.0
// The Numbers tab's export: the numbers it lists, as CSV, to a file chosen in a dialog, written
// off the GUI thread.
#include "gui/views/NumbersView.h"

#include "core/export/NumbersExport.h"
#include "gui/models/NumbersModel.h"
#include "gui/models/OrganizationFilterModel.h"
#include "gui/support/FileDialog.h"
#include "ui_NumbersView.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent>

namespace Switchboard {
namespace {

struct Written
{
    bool ok = false;
    QString error;
};

// The status a script reads: Vapi's word, or where a pool number stands.
QString statusWord(const NumbersModel::Row &row)
{
    if (row.status)
        return toString(*row.status);
    return row.poolState == PoolNumber::State::Reserved ? QStringLiteral("pool-reserved")
                                                        : QStringLiteral("pool-available");
}

} // namespace

void NumbersView::exportListed()
{
    if (!m_fileDialog || m_exporting)
        return;
    // Found by the walk: two organizations' exports of a day took the same name.
    const QString suggested = FileDialog::suggestedExportPath(
            QStringLiteral("numbers"), m_numbers.organizationName(organizationId()));
    m_fileDialog->getSaveFileName(this, tr("Export the numbers"), suggested,
            tr("CSV files (*.csv)"), this, [this](const QString &fileName, const QString &) {
                if (!fileName.isEmpty())
                    exportTo(fileName);
            });
}

void NumbersView::exportTo(const QString &fileName)
{
    QString path = fileName;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    // What the table lists, in its order: read here, on the GUI thread, from the model.
    QList<NumberListRow> rows;
    rows.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex source = m_proxy->mapToSource(m_proxy->index(row, 0));
        const NumbersModel::Row &number = m_numbers.rowAt(source.row());
        NumberListRow listed;
        listed.number = number.address.toString();
        listed.provider = toString(number.provider);
        listed.status = statusWord(number);
        listed.stage = number.stage ? toString(*number.stage) : QString();
        // As the table shows it: the organization's name, or "Workspace" for the workspace's
        // pool (found by the walk: an empty cell in a spreadsheet).
        listed.organization
                = m_numbers.index(source.row(), NumbersModel::OrganizationColumn).data().toString();
        listed.assistantId = number.assistantId;
        listed.assistantName = number.assistantName;
        listed.vapiNumberId = number.vapiId;
        rows << listed;
    }
    m_exporting = true;
    m_ui->exportButton->setEnabled(false);
    const QString where = QDir::toNativeSeparators(path);
    m_ui->exportStatusLabel->setText(tr("Exporting to %1…").arg(where));
    m_ui->exportStatusLabel->show();
    // The disk may be slow or a network share: the file is written on a pool thread.
    auto *watcher = new QFutureWatcher<Written>(this);
    connect(watcher, &QFutureWatcher<Written>::finished, this,
            [this, watcher, path, where, count = qint64(rows.size())] {
                const Written written = watcher->result();
                watcher->deleteLater();
                m_exporting = false;
                m_ui->exportButton->setEnabled(true);
                if (written.ok) {
                    m_ui->exportStatusLabel->setText(
                            tr("Exported to %1 (numbers: %2).")
                                    .arg(where, QLocale().toString(count)));
                    Q_EMIT exportFinished(path, count, {});
                } else {
                    m_ui->exportStatusLabel->setText(written.error);
                    Q_EMIT exportFinished(path, -1, written.error);
                }
            });
    watcher->setFuture(QtConcurrent::run([path, rows] {
        Written written;
        written.ok = NumbersExport::writeFile(path, NumbersExport::toCsv(rows), &written.error);
        return written;
    }));
}

} // namespace Switchboard
