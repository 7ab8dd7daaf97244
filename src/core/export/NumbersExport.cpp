// SPDX-License-Identifier: Apache-2.0
#include "core/export/NumbersExport.h"

#include "core/export/HistoryExport.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace Switchboard::NumbersExport {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Switchboard::NumbersExport)
};

} // namespace

QByteArray toCsv(const QList<NumberListRow> &rows)
{
    QByteArray csv("number,provider,status,stage,organization,assistant_id,assistant_name,"
                   "vapi_number_id\r\n");
    for (const NumberListRow &row : rows) {
        const QStringList cells{row.number, row.provider, row.status, row.stage, row.organization,
                row.assistantId, row.assistantName, row.vapiNumberId};
        QStringList fields;
        fields.reserve(cells.size());
        for (const QString &cell : cells)
            fields << HistoryExport::csvField(cell);
        csv += fields.join(u',').toUtf8() + "\r\n";
    }
    return csv;
}

bool writeFile(const QString &path, const QByteArray &content, QString *error)
{
    const QString where = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = Text::tr("%1 cannot be written: %2. Choose another folder.")
                         .arg(where, file.errorString());
        return false;
    }
    // Qt 6.4's commit() reports success on a full disk when the data still sat in the file's
    // buffer: written and flushed first, so that the disk says no where it does.
    if (file.write(content) != content.size() || !file.flush()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        *error = Text::tr("%1 could not be written: %2. Nothing was saved; free some space "
                          "there or choose another folder.")
                         .arg(where, reason);
        return false;
    }
    if (!file.commit()) {
        *error = Text::tr("%1 could not be completed: %2").arg(where, file.errorString());
        return false;
    }
    return true;
}

} // namespace Switchboard::NumbersExport
