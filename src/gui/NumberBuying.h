// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace Switchboard {

class BuyNumberDialog;
class NumberPurchase;
struct ProvisioningServices;

// "Buy a Twilio number…" from the Workspace menu or the Numbers tab: says first why nothing can
// be bought (no Twilio account, buying off, the month's limit reached), else opens the dialog
// and carries its search and its purchase to the core (NumberPurchase). One dialog at a time.
class NumberBuying : public QObject
{
    Q_OBJECT

public:
    using Say = std::function<void(const QString &)>;

    NumberBuying(const ProvisioningServices &services, double monthlyPrice, QWidget *window,
            Say say, QObject *parent = nullptr);
    ~NumberBuying() override;

    // What the workspace counts a local number at, for the dialog's preview.
    void setMonthlyPrice(double price) { m_monthlyPrice = price; }
    // The workspace's default area code, offered when the organization has none.
    void setDefaultAreaCode(const QString &areaCode) { m_defaultAreaCode = areaCode; }
    // For the organization's pool (0: the workspace's).
    void open(qint64 organizationId);
    BuyNumberDialog *dialog() const;

private:
    NumberPurchase *m_purchase = nullptr;
    QWidget *m_window = nullptr;
    Say m_say;
    double m_monthlyPrice = 0;
    QString m_defaultAreaCode;
    QPointer<BuyNumberDialog> m_dialog;
};

} // namespace Switchboard
