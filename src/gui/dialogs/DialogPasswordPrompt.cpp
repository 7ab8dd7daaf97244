// SPDX-License-Identifier: Apache-2.0
#include "gui/dialogs/DialogPasswordPrompt.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QLineEdit>

namespace Switchboard {

void DialogPasswordPrompt::ask(
        const DatabaseLocation &location, const QString &problem, Answer answer)
{
    auto *dialog = new QInputDialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("databasePasswordDialog"));
    dialog->setWindowTitle(
            QCoreApplication::translate("DialogPasswordPrompt", "Team workspace password"));
    QString label = QCoreApplication::translate(
            "DialogPasswordPrompt", "Password of %1 for the team workspace %2:")
                            .arg(location.userName, location.describe());
    if (!problem.isEmpty())
        label = problem + QStringLiteral("\n\n") + label;
    dialog->setLabelText(label);
    dialog->setTextEchoMode(QLineEdit::Password);
    // Exactly one answer: finished() comes once, whichever way the box closes.
    QObject::connect(dialog, &QInputDialog::finished, dialog, [dialog, answer](int result) {
        if (result == QDialog::Accepted)
            answer(dialog->textValue());
        else
            answer(std::nullopt);
    });
    dialog->open();
}

} // namespace Switchboard
