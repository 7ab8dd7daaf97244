// SPDX-License-Identifier: Apache-2.0
#include "gui/dialogs/RemoveOrganizationPrompt.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace Switchboard::RemoveOrganizationPrompt {
namespace {

// The context of this file's messages in the .ts files.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Switchboard::RemoveOrganizationPrompt)
};

} // namespace

void ask(QWidget *parent, const QString &organizationName, std::function<void()> confirmed)
{
    auto *box = new QMessageBox(QMessageBox::Warning, Text::tr("Remove %1").arg(organizationName),
            Text::tr("Remove %1 from the workspace?").arg(organizationName), QMessageBox::NoButton,
            parent);
    box->setObjectName(QStringLiteral("removeOrganizationConfirmation"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(
            Text::tr("Its Vapi and Twilio accounts, its number pool and its secrets in the "
                     "keychain are removed from this workspace. Its assistants and numbers stay "
                     "in Vapi and Twilio as they are: pool numbers are still billed by Twilio "
                     "until they are released there. Its history stays, and the removal is "
                     "recorded with your name."));
    QPushButton *remove
            = box->addButton(Text::tr("&Remove organization"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("removeOrganizationButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::buttonClicked, box,
            [box, confirmed = std::move(confirmed)](QAbstractButton *button) {
                if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                    confirmed();
            });
    box->open();
}

} // namespace Switchboard::RemoveOrganizationPrompt
