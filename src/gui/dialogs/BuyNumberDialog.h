// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Switchboard {

// Buying a Twilio number for an organization's pool: an area code, what Twilio offers there,
// one picked, bought. What it costs and who pays are said before anything is bought. The
// dialog holds no rules: it asks (searchRequested, buyRequested) and shows the answers
// (showOffers, showBought); Buy is off while nothing is picked or an answer is awaited.
class BuyNumberDialog : public QDialog
{
    Q_OBJECT

public:
    struct Terms
    {
        QString organizationName; // empty: for the workspace's pool
        // For the workspace's pool, the organization it was asked for (it has no Twilio account
        // of its own): the number serves it, and every other such organization.
        QString servesOrganization;
        QString suggestedAreaCode; // the organization's, else the workspace's default
        QString payer; // "Acme Dental's Twilio account"
        int monthlyLimit = 0;
        int boughtThisMonth = 0;
        double monthlyPrice = 0; // USD, what the workspace counts a local number at
    };
    struct Offer
    {
        QString number; // E.164, as Twilio offers it
        QString display; // +1 415-555-0100
        QString place; // "San Francisco, CA"
    };

    explicit BuyNumberDialog(const Terms &terms, QWidget *parent = nullptr);

    QString areaCode() const; // three digits, or empty while the input is not one
    QString chosenNumber() const; // E.164 of the picked offer, or empty
    bool isWaiting() const { return m_waiting; }

    // The answer to searchRequested: the offers, or why there are none.
    void showOffers(const QList<Offer> &offers, const QString &error);
    // The answer to buyRequested: closes when bought; else keeps the list with the reason.
    void showBought(bool bought, const QString &message);

    void accept() override;

protected:
    void keyPressEvent(QKeyEvent *event) override;

Q_SIGNALS:
    void searchRequested(const QString &areaCode);
    void buyRequested(const QString &number);

private:
    void search();
    void setWaiting(bool waiting);
    void updateButtons();

    Terms m_terms;
    QLineEdit *m_areaCode = nullptr;
    QPushButton *m_searchButton = nullptr;
    QListWidget *m_offers = nullptr;
    QLabel *m_feedback = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_buyButton = nullptr;
    bool m_waiting = false;
};

} // namespace Switchboard
