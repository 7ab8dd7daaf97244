// SPDX-License-Identifier: Apache-2.0
#include "gui/support/FileDialog.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QRegularExpression>
#include <QStandardPaths>

namespace Switchboard {

FileDialog::FileDialog(QObject *parent)
    : QObject(parent)
{ }

void FileDialog::setNextFileName(const QString &fileName, const QString &selectedFilter)
{
    m_nextAnswer = std::make_pair(fileName, selectedFilter);
}

QString FileDialog::suggestedExportPath(const QString &what, const QString &scope)
{
    // Letters and digits of any script stay (a name is the user's own word); everything a file
    // system or a shell could take badly becomes one dash.
    static const QRegularExpression unsafe(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QString safeScope = scope.toLower().replace(unsafe, QStringLiteral("-"));
    while (safeScope.startsWith(QLatin1Char('-')))
        safeScope.remove(0, 1);
    while (safeScope.endsWith(QLatin1Char('-')))
        safeScope.chop(1);
    safeScope.truncate(48);
    QStringList parts{QStringLiteral("switchboard"), what};
    if (!safeScope.isEmpty())
        parts << safeScope;
    parts << QDate::currentDate().toString(Qt::ISODate);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder).filePath(parts.join(QLatin1Char('-')) + QStringLiteral(".csv"));
}

void FileDialog::getSaveFileName(QWidget *parent, const QString &caption,
        const QString &suggestedPath, const QString &filters, QObject *context, Chosen chosen)
{
    Q_ASSERT(context);
    m_lastSuggestedPath = suggestedPath;
    if (m_nextAnswer) {
        auto [fileName, filter] = *m_nextAnswer;
        m_nextAnswer.reset();
        if (filter.isEmpty())
            filter = filters.section(QStringLiteral(";;"), 0, 0);
        // Answered later all the same, as the real dialog is: callers must not depend on it.
        QMetaObject::invokeMethod(
                context,
                [chosen = std::move(chosen), fileName = std::move(fileName),
                        filter = std::move(filter)] { chosen(fileName, filter); },
                Qt::QueuedConnection);
        return;
    }

    auto *dialog = new QFileDialog(parent, caption, suggestedPath, filters);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setObjectName(QStringLiteral("saveFileDialog"));
    connect(dialog, &QFileDialog::finished, context,
            [dialog, chosen = std::move(chosen)](int result) {
                const QStringList files = dialog->selectedFiles();
                if (result != QDialog::Accepted || files.isEmpty())
                    chosen({}, {});
                else
                    chosen(files.constFirst(), dialog->selectedNameFilter());
            });
    dialog->open();
}

} // namespace Switchboard
