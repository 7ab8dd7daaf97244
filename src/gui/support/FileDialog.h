// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace Switchboard {

// Asks for files without a nested event loop, and lets tests answer in advance
// (setNextFileName), as KeePassXC's FileDialog does. One instance, owned by the composition root
// and passed to the views that need it.
class FileDialog : public QObject
{
    Q_OBJECT

public:
    // The chosen file and the name filter it was chosen with; an empty file when the user
    // cancelled.
    using Chosen = std::function<void(const QString &fileName, const QString &selectedFilter)>;

    explicit FileDialog(QObject *parent = nullptr);

    // Opens a window-modal save dialog; `chosen` runs exactly once, later, in the event loop,
    // unless `context` is destroyed first. `filters` as QFileDialog takes them ("CSV (*.csv);;…").
    void getSaveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath,
            const QString &filters, QObject *context, Chosen chosen);

    // Where an export is offered by default: the user's documents, a name saying what, for
    // whom and when ("switchboard-numbers-acme-dental-2026-12-07.csv"). `scope` is the
    // organization's name (made safe for a file name), empty for everything.
    static QString suggestedExportPath(const QString &what, const QString &scope);

    // The path the last question offered (what the user saw in the dialog).
    QString lastSuggestedPath() const { return m_lastSuggestedPath; }

    // The next question is answered with this, without showing anything. An empty file name
    // answers as a cancelled dialog. An empty filter means the first of the offered filters.
    void setNextFileName(const QString &fileName, const QString &selectedFilter = {});

private:
    std::optional<std::pair<QString, QString>> m_nextAnswer;
    QString m_lastSuggestedPath;
};

} // namespace Switchboard
