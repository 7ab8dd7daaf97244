// SPDX-License-Identifier: Apache-2.0
#include "gui/dialogs/ReleaseOnTwilioPrompt.h"

#include "gui/support/DisplayNames.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace Switchboard::ReleaseOnTwilioPrompt {
namespace {

// The context of this file's messages in the .ts files.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Switchboard::ReleaseOnTwilioPrompt)
};

} // namespace

void ask(QWidget *parent, const QString &address, const QString &poolName, double monthlyPrice,
        std::function<void(bool release)> answer)
{
    auto *box = new QMessageBox(QMessageBox::Question,
            Text::tr("Release %1 on Twilio").arg(address),
            Text::tr("Release %1 on Twilio as well?").arg(address), QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("releaseOnTwilioConfirmation"));
    box->setInformativeText(
            Text::tr("%1 left Vapi and is back in the number pool of %2, for the next assistant. "
                     "Twilio still bills it, about %3 a month. Releasing it on Twilio stops the "
                     "bill and takes it out of the pool; it may not be possible to get the same "
                     "number again.")
                    .arg(address, poolName, DisplayNames::monthlyCost(monthlyPrice)));
    QPushButton *release
            = box->addButton(Text::tr("Release on Twilio"), QMessageBox::DestructiveRole);
    release->setObjectName(QStringLiteral("releaseOnTwilioButton"));
    QPushButton *keep = box->addButton(Text::tr("Keep in the pool"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepInPoolButton"));
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // Only a button answers: a box destroyed with its window (the console closing) says
    // nothing to a controller that may be gone already, and the number stays in the pool.
    QObject::connect(box, &QMessageBox::buttonClicked, box,
            [box, answer = std::move(answer)](QAbstractButton *button) {
                answer(box->buttonRole(button) == QMessageBox::DestructiveRole);
            });
    box->open();
}

} // namespace Switchboard::ReleaseOnTwilioPrompt
