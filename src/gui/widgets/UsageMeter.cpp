// SPDX-License-Identifier: Apache-2.0
#include "gui/widgets/UsageMeter.h"

#include "core/provisioning/FreeNumberCap.h"

#include "gui/widgets/UsageBar.h"

#include <QDesktopServices>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QTextDocumentFragment>
#include <QUrl>
#include <QVBoxLayout>

namespace Switchboard {
namespace {

const QString SetUpVapiLink = QStringLiteral("switchboard:set-up-vapi");
const QString SetUpTwilioLink = QStringLiteral("switchboard:set-up-twilio");
const QString RecheckCapLink = QStringLiteral("switchboard:recheck-cap");
const QString WorkspaceTwilioLink = QStringLiteral("switchboard:workspace-twilio");

StatusColors::Level colourLevel(FreeNumberUsage::Level level)
{
    switch (level) {
    case FreeNumberUsage::Level::Ok:
        return StatusColors::Level::Ok;
    case FreeNumberUsage::Level::Warning:
        return StatusColors::Level::Warning;
    case FreeNumberUsage::Level::Full:
        return StatusColors::Level::Critical;
    }
    return StatusColors::Level::Ok;
}

// The link colour is spelled out: rich text would otherwise take the application's, which
// need not be this widget's (a dark panel in a light application, or the reverse).
QString link(const QString &href, const QString &text, const QColor &colour)
{
    return QStringLiteral("<a href=\"%1\" style=\"color: %3\">%2</a>")
            .arg(href.toHtmlEscaped(), text.toHtmlEscaped(), colour.name());
}

} // namespace

UsageMeter::UsageMeter(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("usageMeter"));
    setAccessibleName(tr("Free-number usage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("usageTitleLabel"));
    m_title->setWordWrap(true);
    m_bar = new UsageBar(this);
    m_bar->setObjectName(QStringLiteral("usageBar"));
    m_bar->setAccessibleName(tr("Free Vapi numbers used"));
    m_advice = new QLabel(this);
    m_advice->setObjectName(QStringLiteral("usageAdviceLabel"));
    m_advice->setWordWrap(true);
    m_advice->setAccessibleName(tr("Free-number advice"));
    m_advice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_nextStep = new QLabel(this);
    m_nextStep->setObjectName(QStringLiteral("usageNextStepLabel"));
    m_nextStep->setWordWrap(true);
    m_nextStep->setAccessibleName(tr("Next step"));
    m_nextStep->setTextFormat(Qt::RichText);
    m_nextStep->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_nextStep->setOpenExternalLinks(false);
    connect(m_nextStep, &QLabel::linkActivated, this, &UsageMeter::openLink);
    m_cap = new QLabel(this);
    m_cap->setObjectName(QStringLiteral("usageCapLabel"));
    m_cap->setWordWrap(true);
    m_cap->setAccessibleName(tr("Free-number cap"));
    m_cap->setTextFormat(Qt::RichText);
    m_cap->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_cap->setOpenExternalLinks(false);
    connect(m_cap, &QLabel::linkActivated, this, &UsageMeter::openLink);
    layout->addWidget(m_title);
    layout->addWidget(m_bar);
    layout->addWidget(m_advice);
    layout->addWidget(m_nextStep);
    layout->addWidget(m_cap);
    render();
}

void UsageMeter::setUsage(const FreeNumberUsage &usage, const VapiAccount &account,
        const QString &accountLabel, const QDateTime &now, const TwilioFallback &fallback,
        const QDateTime &unconfirmedSince)
{
    m_unconfirmedSince = unconfirmedSince;
    m_known = true;
    m_hasAccount = true;
    m_ownAccounts = 0;
    m_usage = usage;
    m_accountLabel = accountLabel;
    m_region = account.region;
    m_account = account;
    m_now = now;
    m_fallback = fallback;
    render();
}

void UsageMeter::setNoAccount(int ownAccounts, int withoutAccount)
{
    m_known = true;
    m_hasAccount = false;
    m_ownAccounts = ownAccounts;
    m_withoutAccount = withoutAccount;
    m_usage = {};
    m_accountLabel.clear();
    render();
}

void UsageMeter::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render();
}

void UsageMeter::render()
{
    const QColor linkColour = palette().color(QPalette::Link);
    const auto makeLink = [&linkColour](const QString &href, const QString &text) {
        return link(href, text, linkColour);
    };
    m_cap->clear();
    m_cap->setVisible(m_known && m_hasAccount);
    if (!m_known) {
        // Not "no account" while the workspace is being read: that would be wrong for a moment,
        // and its rich text would cost the window's first frame.
        m_title->setText(tr("Free Vapi numbers"));
        m_bar->hide();
        return;
    }
    if (!m_hasAccount) {
        m_title->setText(tr("Free Vapi numbers"));
        m_bar->hide();
        m_advice->setPalette(QPalette());
        if (m_ownAccounts > 0) {
            m_advice->setText(tr("%n organization(s) use their own Vapi account: select one to "
                                 "see its free numbers.",
                    nullptr, m_ownAccounts));
            // Only when some organization has no account at all (found by the GUI walk:
            // "Others: …" when there were no others).
            m_nextStep->setText(m_withoutAccount > 0
                            ? tr("%n other organization(s) have no Vapi account: %1.", nullptr,
                                    m_withoutAccount)
                                      .arg(makeLink(SetUpVapiLink,
                                              tr("set up the workspace's Vapi account")))
                            : QString());
        } else {
            m_advice->setText(tr("No Vapi account serves this selection yet."));
            m_nextStep->setText(tr("Next: %1.")
                                        .arg(makeLink(SetUpVapiLink,
                                                tr("set up the workspace's Vapi account"))));
        }
        setAccessibleDescription(adviceText() + QLatin1Char(' ') + nextStepText());
        return;
    }
    const FreeNumberUsage &usage = m_usage;
    const FreeNumberUsage::Level level = usage.level();
    m_title->setText(m_accountLabel.isEmpty() ? tr("Free Vapi numbers")
                                              : tr("Free Vapi numbers of %1").arg(m_accountLabel));
    m_bar->show();
    m_bar->setRange(0, 100);
    m_bar->setValue(std::min(usage.percent(), 100));
    m_bar->setLevel(colourLevel(level));
    m_bar->setLabel(
            tr("%L1 of %L2 (%L3%)").arg(usage.used()).arg(usage.cap()).arg(usage.percent()));
    m_bar->setAccessibleDescription(usage.summary());

    QPalette advicePalette;
    if (level != FreeNumberUsage::Level::Ok)
        advicePalette.setColor(
                QPalette::WindowText, StatusColors::text(colourLevel(level), palette()));
    m_advice->setPalette(advicePalette);
    const QString twilioConsole = makeLink(FreeNumberUsage::twilioConsoleUrl().toString(),
            tr("get a number in the Twilio console"));
    const QString enterTwilio = makeLink(SetUpTwilioLink, tr("add the Twilio account here"));
    // The Twilio account to fill up: the organization's own when it has one, else the
    // workspace's (in Settings).
    const QString editTwilio = makeLink(!m_fallback.links.isEmpty()
                            && m_fallback.links.constFirst().strategy
                                    == Strategy::OrganizationTwilio
                    ? SetUpTwilioLink
                    : WorkspaceTwilioLink,
            tr("edit"));
    switch (level) {
    case FreeNumberUsage::Level::Ok:
        m_advice->setText(usage.summary());
        m_nextStep->setText(tr("Next: keep provisioning; new assistants get free numbers."));
        break;
    case FreeNumberUsage::Level::Warning:
        // The usage's advice is to set up Twilio: not when Twilio already serves.
        // The usage's advice is to set up Twilio: not when a Twilio account is set up (it may
        // serve, or need numbers: the next step says which).
        m_advice->setText(m_fallback.isSetUp() ? usage.summary() : usage.advice());
        m_nextStep->setText(
                m_fallback.canServe() ? tr(
                        "Next: nothing to set up; once the free numbers are used, provisioning "
                        "takes numbers from %1.")
                                                .arg(m_fallback.servingText().toHtmlEscaped())
                        : m_fallback.isSetUp()
                        ? tr("Next: %1 has no spare numbers and may not buy any: add numbers to "
                             "its pool or allow buying (%2) before the free numbers run out.")
                                  .arg(m_fallback.emptyText().toHtmlEscaped(), editTwilio)
                        : tr("Next: %1, then %2.").arg(twilioConsole, enterTwilio));
        break;
    case FreeNumberUsage::Level::Full: {
        m_advice->setText(usage.advice());
        const QString seeInVapi = makeLink(FreeNumberUsage::vapiDashboardUrl(m_region).toString(),
                tr("See the numbers in Vapi."));
        m_nextStep->setText(m_fallback.canServe()
                        ? tr("Next: nothing to set up; provisioning takes numbers from %1. %2")
                                  .arg(m_fallback.servingText().toHtmlEscaped(), seeInVapi)
                        : m_fallback.isSetUp()
                        ? tr("Next: %1 has no spare numbers and may not buy any, so new "
                             "assistants wait in the manual queue: add numbers to its pool or "
                             "allow buying (%2). %3")
                                  .arg(m_fallback.emptyText().toHtmlEscaped(), editTwilio,
                                          seeInVapi)
                        : tr("Next: new numbers come from Twilio: %1, then %2. %3")
                                  .arg(twilioConsole, enterTwilio, seeInVapi));
        break;
    }
    }
    if (m_unconfirmedSince.isValid()) {
        const QDateTime local = m_unconfirmedSince.toLocalTime();
        const QString when = local.date() == QDate::currentDate()
                ? QLocale().toString(local.time(), QLocale::ShortFormat)
                : QLocale().toString(local, QLocale::ShortFormat);
        m_nextStep->setText(tr("Not confirmed: Vapi has not answered for this account since %1, "
                               "so these are the workspace's last counts. Next: check its key "
                               "and the connection, then refresh (F5).")
                                    .arg(when));
    }
    renderCap(linkColour);
    setAccessibleDescription(
            adviceText() + QLatin1Char(' ') + nextStepText() + QLatin1Char(' ') + capText());
}

void UsageMeter::renderCap(const QColor &linkColour)
{
    const auto makeLink = [&linkColour](const QString &href, const QString &text) {
        return link(href, text, linkColour);
    };
    // Where the cap comes from, so nobody takes a guess for Vapi's word; and the way to ask
    // Vapi again when the product only learned it from a refusal.
    const QString recheck = makeLink(RecheckCapLink, tr("Check again"));
    QString text = tr("Cap %L1: %2.")
                           .arg(m_account.freeNumberCap)
                           .arg(FreeNumberCap::sourceText(m_account).toHtmlEscaped());
    // More in use than the cap: Vapi let this account keep more (an older allowance), so the
    // cap is not this account's; said instead of a usage above 100 % with no word on it.
    if (m_usage.used() > m_account.freeNumberCap)
        text += u' '
                + tr("This account holds %L1: Vapi let it have more than that.")
                          .arg(m_usage.used());
    if (m_account.capSource == CapSource::Learned) {
        text += u' '
                + (FreeNumberCap::recheckDue(m_account, m_now)
                                ? tr("The next provisioning asks Vapi again.")
                                : recheck);
    }
    if (FreeNumberCap::waitingForPaymentMethod(m_account, m_now)) {
        text += QStringLiteral("<br>")
                + tr("Vapi asks for a payment method before it gives another free number: %1, "
                     "then %2.")
                          .arg(makeLink(FreeNumberCap::billingUrl(m_region).toString(),
                                       tr("add one in the Vapi dashboard")),
                                  makeLink(RecheckCapLink, tr("check again")));
    }
    m_cap->setText(text);
}

QString UsageMeter::capText() const
{
    return QTextDocumentFragment::fromHtml(m_cap->text()).toPlainText();
}

QString UsageMeter::adviceText() const
{
    return m_advice->text();
}

QString UsageMeter::nextStepText() const
{
    return QTextDocumentFragment::fromHtml(m_nextStep->text()).toPlainText();
}

void UsageMeter::openLink(const QString &target)
{
    if (target == SetUpVapiLink)
        Q_EMIT setUpVapiRequested();
    else if (target == SetUpTwilioLink)
        Q_EMIT setUpTwilioRequested();
    else if (target == WorkspaceTwilioLink)
        Q_EMIT workspaceTwilioRequested();
    else if (target == RecheckCapLink)
        Q_EMIT capRecheckRequested(m_account.id);
    else
        QDesktopServices::openUrl(QUrl(target));
}

} // namespace Switchboard
