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

    NumberBuying(const ProvisioningServices &services, QWidget *window, Say say,
            QObject *parent = nullptr);
    ~NumberBuying() override;

    // For the organization's pool (0: the workspace's). `monthlyPrice`: what the workspace
    // counts a local number at, for the preview; `defaultAreaCode`: offered when the
    // organization has none.
    void open(qint64 organizationId, double monthlyPrice, const QString &defaultAreaCode);
    BuyNumberDialog *dialog() const;

private:
    NumberPurchase *m_purchase = nullptr;
    QWidget *m_window = nullptr;
    Say m_say;
    QPointer<BuyNumberDialog> m_dialog;
};

} // namespace Switchboard
