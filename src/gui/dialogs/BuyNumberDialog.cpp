// SPDX-License-Identifier: Apache-2.0
#include "gui/dialogs/BuyNumberDialog.h"

#include "gui/support/DisplayNames.h"
#include "gui/support/StatusColors.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace Switchboard {

BuyNumberDialog::BuyNumberDialog(const Terms &terms, QWidget *parent)
    : QDialog(parent)
    , m_terms(terms)
{
    setObjectName(QStringLiteral("buyNumberDialog"));
    setWindowTitle(tr("Buy a Twilio number"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    auto *layout = new QVBoxLayout(this);

    // Who pays, what it costs, and how much of the month's limit is left: before any search.
    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("termsLabel"));
    intro->setWordWrap(true);
    // Found by the walk: "the pool of Acme" while the number went to the workspace's pool and
    // did not show on Acme's Numbers tab.
    QString whose;
    if (!terms.organizationName.isEmpty())
        whose = tr("A number for the pool of %1, bought on %2.")
                        .arg(terms.organizationName, terms.payer);
    else if (!terms.servesOrganization.isEmpty())
        whose = tr("%1 has no Twilio account of its own: the number goes to the workspace's "
                   "pool, bought on %2, and serves %1 and every other organization without one.")
                        .arg(terms.servesOrganization, terms.payer);
    else
        whose = tr("A number for the workspace's pool, bought on %1.").arg(terms.payer);
    intro->setText(whose
            + QLatin1Char(' ')
            // Found by the walk: a subaccount's numbers are billed to its parent account.
            + tr("Twilio bills about %1 a month for a local number; a subaccount's numbers are "
                 "billed to its main account.")
                      .arg(DisplayNames::monthlyCost(terms.monthlyPrice))
            + QLatin1Char(' ')
            + tr("This month: %1 of %n purchase(s) made.", nullptr, terms.monthlyLimit)
                      .arg(terms.boughtThisMonth));
    layout->addWidget(intro);

    auto *searchRow = new QHBoxLayout;
    auto *areaLabel = new QLabel(tr("&Area code:"), this);
    m_areaCode = new QLineEdit(this);
    m_areaCode->setObjectName(QStringLiteral("areaCodeEdit"));
    m_areaCode->setPlaceholderText(tr("e.g. 415"));
    m_areaCode->setMaxLength(3);
    m_areaCode->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("[2-9][0-9]{0,2}")), m_areaCode));
    m_areaCode->setMaximumWidth(fontMetrics().averageCharWidth() * 8);
    areaLabel->setBuddy(m_areaCode);
    // Filled with the organization's own area code (found by the walk: a grey "415" looked
    // filled in while Search was off).
    m_areaCode->setText(terms.suggestedAreaCode);
    m_areaCode->selectAll();
    m_searchButton = new QPushButton(tr("&Search"), this);
    m_searchButton->setObjectName(QStringLiteral("searchButton"));
    m_searchButton->setAutoDefault(false);
    searchRow->addWidget(areaLabel);
    searchRow->addWidget(m_areaCode);
    searchRow->addWidget(m_searchButton);
    searchRow->addStretch();
    layout->addLayout(searchRow);

    auto *offersLabel = new QLabel(tr("Numbers &offered:"), this);
    m_offers = new QListWidget(this);
    m_offers->setObjectName(QStringLiteral("offerList"));
    m_offers->setSelectionMode(QAbstractItemView::SingleSelection);
    m_offers->setAccessibleName(tr("Numbers Twilio offers"));
    offersLabel->setBuddy(m_offers);
    layout->addWidget(offersLabel);
    layout->addWidget(m_offers, 1);

    m_feedback = new QLabel(this);
    m_feedback->setObjectName(QStringLiteral("feedbackLabel"));
    m_feedback->setWordWrap(true);
    m_feedback->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_feedback);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_buyButton = m_buttons->addButton(tr("&Buy"), QDialogButtonBox::AcceptRole);
    m_buyButton->setObjectName(QStringLiteral("buyButton"));
    // Enter buys only what was picked; in the area code it searches (keyPressEvent), and it
    // never closes the dialog.
    m_buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    m_buyButton->setDefault(true);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &BuyNumberDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_searchButton, &QPushButton::clicked, this, &BuyNumberDialog::search);
    connect(m_areaCode, &QLineEdit::textChanged, this, &BuyNumberDialog::updateButtons);
    connect(m_offers, &QListWidget::itemSelectionChanged, this, &BuyNumberDialog::updateButtons);
    connect(m_offers, &QListWidget::itemActivated, this, &BuyNumberDialog::accept);
    setTabOrder(m_areaCode, m_searchButton);
    setTabOrder(m_searchButton, m_offers);
    m_areaCode->setFocus();
    updateButtons();
}

void BuyNumberDialog::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && m_areaCode->hasFocus()) {
        search();
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

QString BuyNumberDialog::areaCode() const
{
    const QString text = m_areaCode->text();
    return m_areaCode->hasAcceptableInput() && text.size() == 3 ? text : QString();
}

QString BuyNumberDialog::chosenNumber() const
{
    const QList<QListWidgetItem *> picked = m_offers->selectedItems();
    return picked.isEmpty() ? QString() : picked.constFirst()->data(Qt::UserRole).toString();
}

void BuyNumberDialog::search()
{
    const QString code = areaCode();
    if (m_waiting)
        return;
    if (code.isEmpty()) {
        StatusColors::showOutcome(
                m_feedback, false, tr("Type a three-digit US or Canadian area code, such as 415."));
        return;
    }
    m_offers->clear();
    setWaiting(true);
    StatusColors::showPending(m_feedback, tr("Asking Twilio for numbers in %1…").arg(code));
    Q_EMIT searchRequested(code);
}

void BuyNumberDialog::showOffers(const QList<Offer> &offers, const QString &error)
{
    setWaiting(false);
    m_offers->clear();
    for (const Offer &offer : offers) {
        auto *item = new QListWidgetItem(offer.place.isEmpty()
                        ? offer.display
                        : tr("%1 — %2").arg(offer.display, offer.place),
                m_offers);
        item->setData(Qt::UserRole, offer.number);
    }
    if (!error.isEmpty())
        StatusColors::showOutcome(m_feedback, false, error);
    else if (offers.isEmpty())
        StatusColors::showOutcome(m_feedback, false,
                tr("Twilio offers no voice number in %1 now: try a neighbouring area code.")
                        .arg(areaCode()));
    else
        m_feedback->setText(tr("Pick a number and choose Buy. It goes to the pool, free for the "
                               "next assistant."));
    updateButtons();
}

void BuyNumberDialog::accept()
{
    const QString number = chosenNumber();
    if (m_waiting || number.isEmpty())
        return;
    setWaiting(true);
    StatusColors::showPending(m_feedback,
            tr("Buying %1 on %2…")
                    .arg(m_offers->selectedItems().constFirst()->text(), m_terms.payer));
    Q_EMIT buyRequested(number);
}

void BuyNumberDialog::showBought(bool bought, const QString &message)
{
    if (!m_waiting)
        return;
    setWaiting(false);
    if (bought) {
        QDialog::accept();
        return;
    }
    StatusColors::showOutcome(m_feedback, false, message);
    updateButtons();
}

void BuyNumberDialog::setWaiting(bool waiting)
{
    m_waiting = waiting;
    m_areaCode->setEnabled(!waiting);
    m_offers->setEnabled(!waiting);
    updateButtons();
}

void BuyNumberDialog::updateButtons()
{
    m_searchButton->setEnabled(!m_waiting && !areaCode().isEmpty());
    m_buyButton->setEnabled(!m_waiting && !chosenNumber().isEmpty());
}

} // namespace Switchboard
