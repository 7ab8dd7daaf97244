// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/DomainEnums.h"
#include "core/domain/VapiAccount.h"
#include "core/provisioning/FreeNumberUsage.h"
#include "core/provisioning/TwilioFallback.h"

#include <QDateTime>

#include <QWidget>

class QColor;
class QLabel;

namespace Switchboard {

class UsageBar;

// How full the free-number allowance of a Vapi account is: a bar in green, amber from 80 % and
// red at the cap, the advice (a warning, then the milestone), and the next step with its links.
// Links to the web open in the browser; "switchboard:" links ask the window through signals.
class UsageMeter : public QWidget
{
    Q_OBJECT

public:
    explicit UsageMeter(QWidget *parent = nullptr);

    // `account` says where its cap comes from; `now` decides whether a learned cap is due to
    // be asked about again.
    // `fallback`: where new numbers come from after the free ones, for the next step.
    // `unconfirmedSince`: Vapi has not answered for this account since then (a key it never
    // took, no connection): the counts are the workspace's last, and the meter says so instead
    // of advising more of the same.
    void setUsage(const FreeNumberUsage &usage, const VapiAccount &account,
            const QString &accountLabel, const QDateTime &now, const TwilioFallback &fallback = {},
            const QDateTime &unconfirmedSince = {});
    bool isUnconfirmed() const { return m_unconfirmedSince.isValid(); }
    // No Vapi account serves the selection yet. For "All organizations" without a workspace
    // account, `ownAccounts` organizations may still have their own: then the meter says so.
    // `withoutAccount`: of those, how many no Vapi account serves at all (with ownAccounts > 0).
    void setNoAccount(int ownAccounts = 0, int withoutAccount = 0);
    // Until one of the two above, the meter shows its title only.
    bool isKnown() const { return m_known; }

    bool hasAccount() const { return m_hasAccount; }
    int ownAccounts() const { return m_ownAccounts; }
    FreeNumberUsage usage() const { return m_usage; }
    FreeNumberUsage::Level level() const { return m_usage.level(); }
    UsageBar *bar() const { return m_bar; }
    QString adviceText() const;
    QString nextStepText() const; // as plain text
    QString capText() const; // as plain text: the cap, where it comes from, a payment gate

Q_SIGNALS:
    void setUpVapiRequested();
    void setUpTwilioRequested();
    void workspaceTwilioRequested(); // the workspace's Twilio account, in Settings
    // "Check again": the next provisioning asks Vapi over the learned cap, or after a payment
    // method was added.
    void capRecheckRequested(qint64 vapiAccountId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void renderCap(const QColor &linkColour);
    void openLink(const QString &target);

    QLabel *m_title = nullptr;
    UsageBar *m_bar = nullptr;
    QLabel *m_advice = nullptr;
    QLabel *m_nextStep = nullptr;
    QLabel *m_cap = nullptr;
    FreeNumberUsage m_usage;
    bool m_hasAccount = false;
    int m_ownAccounts = 0; // organizations with their own Vapi account, when none serves all
    int m_withoutAccount = 0; // organizations no Vapi account serves
    bool m_known = false; // nothing said yet: the window is still reading the workspace
    QString m_accountLabel;
    Region m_region = Region::Us;
    VapiAccount m_account;
    QDateTime m_now;
    TwilioFallback m_fallback;
    QDateTime m_unconfirmedSince;
};

} // namespace Switchboard
