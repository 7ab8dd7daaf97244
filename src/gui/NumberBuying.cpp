// SPDX-License-Identifier: Apache-2.0
#include "gui/NumberBuying.h"

#include "core/provisioning/NumberPurchase.h"
#include "core/storage/OrganizationStore.h"
#include "gui/dialogs/BuyNumberDialog.h"

#include <QMessageBox>

namespace Switchboard {

NumberBuying::NumberBuying(
        const ProvisioningServices &services, QWidget *window, Say say, QObject *parent)
    : QObject(parent)
    , m_purchase(new NumberPurchase(services, this))
    , m_window(window)
    , m_say(std::move(say))
{ }

NumberBuying::~NumberBuying() = default;

BuyNumberDialog *NumberBuying::dialog() const
{
    return m_dialog;
}

void NumberBuying::open(qint64 organizationId, double monthlyPrice, const QString &defaultAreaCode)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    QString why;
    const auto target = m_purchase->target(organizationId, &why);
    if (!target) {
        // Said where it was asked for, with what to do about it: a click must not do nothing.
        auto *box = new QMessageBox(QMessageBox::Information, tr("Nothing can be bought"), why,
                QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("cannotBuyMessage"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    BuyNumberDialog::Terms terms;
    if (organizationId > 0) {
        if (const auto organization
                = m_purchase->services().organizations->findById(organizationId)) {
            if (target->account.organizationId == organization->id)
                terms.organizationName = organization->name;
            else
                terms.servesOrganization = organization->name;
            terms.suggestedAreaCode = organization->preferredAreaCode;
        }
    }
    if (terms.suggestedAreaCode.isEmpty())
        terms.suggestedAreaCode = defaultAreaCode;
    terms.payer = target->payer;
    terms.monthlyLimit = target->monthlyLimit;
    terms.boughtThisMonth = target->boughtThisMonth;
    terms.monthlyPrice = monthlyPrice;
    // Opened with open(), never exec(): answers from Twilio arrive while it is up.
    auto *dialog = new BuyNumberDialog(terms, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &BuyNumberDialog::searchRequested, this,
            [this, organizationId](const QString &areaCode) {
                m_purchase->search(organizationId, areaCode,
                        [dialog = m_dialog](
                                const QList<TwilioAvailableNumber> &numbers, const QString &error) {
                            if (!dialog)
                                return;
                            QList<BuyNumberDialog::Offer> offers;
                            for (const TwilioAvailableNumber &number : numbers) {
                                QStringList place{number.locality, number.region};
                                place.removeAll(QString());
                                offers << BuyNumberDialog::Offer{number.phoneNumber.toString(),
                                        number.phoneNumber.displayText(),
                                        place.join(QStringLiteral(", "))};
                            }
                            dialog->showOffers(offers, error);
                        });
            });
    connect(dialog, &BuyNumberDialog::buyRequested, this,
            [this, organizationId](const QString &number) {
                m_purchase->buy(organizationId, PhoneAddress::fromNumber(number),
                        [this, dialog = m_dialog](const NumberPurchase::Outcome &outcome) {
                            // Said in the status bar as well: the dialog closes when bought,
                            // and a failure may come after the person closed it.
                            m_say(outcome.message);
                            if (dialog)
                                dialog->showBought(outcome.ok, outcome.message);
                        });
            });
    dialog->open();
}

} // namespace Switchboard
