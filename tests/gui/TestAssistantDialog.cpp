// SPDX-License-Identifier: Apache-2.0
// The dialog that creates an assistant or links one that exists in Vapi.
#include "GuiTestSupport.h"
#include "gui/dialogs/AssistantDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>

using namespace Switchboard;

class TestAssistantDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linkingWithNothingToPickSaysWhatToDo();
    void linkingOffersThePick();
    void creatingSaysTheNameLimitFirst();

private:
    static QString labelOf(QWidget *field);
};

QString TestAssistantDialog::labelOf(QWidget *field)
{
    for (auto *label : field->window()->findChildren<QLabel *>()) {
        if (label->buddy() == field)
            return label->text();
    }
    return {};
}

// Found by the walk: before the account was ever listed, the dialog said every assistant
// "listed" belonged to an organization, beside an orphan "Or the Vapi id:".
void TestAssistantDialog::linkingWithNothingToPickSaysWhatToDo()
{
    AssistantDialog dialog(AssistantDialog::Mode::Link, QStringLiteral("Harbor Vet Clinic"),
            AssistantDialog::Account::OwnAccount, {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.findChild<QListWidget *>(QStringLiteral("candidateList"))->isVisible());
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("assistantEdit"));
    QCOMPARE(labelOf(edit), QStringLiteral("Vapi &id:"));
    bool told = false;
    for (auto *label : dialog.findChildren<QLabel *>())
        told = told || label->text().contains(QStringLiteral("refresh (F5) first"));
    QVERIFY(told);
    QPushButton *link = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!link->isEnabled());
    QTest::keyClicks(edit, QStringLiteral("not-an-id"));
    QVERIFY(!link->isEnabled());
    edit->setText(QStringLiteral("3f1e9c1a-7c2b-4d3e-9f4a-2b6c8d0e1f2a"));
    QVERIFY(link->isEnabled());
    Test::settledScreenshot(&dialog, QStringLiteral("link-nothing-to-pick"));
}

void TestAssistantDialog::linkingOffersThePick()
{
    AssistantDialog dialog(AssistantDialog::Mode::Link, QStringLiteral("Acme"),
            AssistantDialog::Account::Workspace,
            {{QStringLiteral("3f1e9c1a-7c2b-4d3e-9f4a-2b6c8d0e1f2a"), QStringLiteral("Desk")}});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Acme is served by the workspace's account, and the dialog says so (found by the walk: "the
    // Vapi account of Acme", as if it were the customer's own).
    bool named = false;
    for (auto *label : dialog.findChildren<QLabel *>()) {
        QVERIFY2(!label->text().contains(QStringLiteral("Vapi account of Acme")),
                qPrintable(label->text()));
        named = named || label->text().contains(QStringLiteral("the workspace's Vapi account"));
    }
    QVERIFY(named);
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("candidateList"));
    QVERIFY(list->isVisible());
    QCOMPARE(labelOf(dialog.findChild<QLineEdit *>(QStringLiteral("assistantEdit"))),
            QStringLiteral("Or the Vapi &id:"));
    QSignalSpy submitted(&dialog, &AssistantDialog::submitted);
    list->item(0)->setSelected(true);
    dialog.accept();
    QCOMPARE(submitted.count(), 1);
    QCOMPARE(submitted.at(0).at(0).toString(),
            QStringLiteral("3f1e9c1a-7c2b-4d3e-9f4a-2b6c8d0e1f2a"));
}

// Found by the walk: a 52-character name was cut at 40, mid-word, without a word. The limit is
// said before typing, and the dialog names the workspace's account as the one the assistant is
// made in.
void TestAssistantDialog::creatingSaysTheNameLimitFirst()
{
    AssistantDialog dialog(AssistantDialog::Mode::Create, QStringLiteral("Brooks' Dental"),
            AssistantDialog::Account::Workspace);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *limit = dialog.findChild<QLabel *>(QStringLiteral("nameLimitLabel"));
    QVERIFY(limit && limit->isVisible());
    QVERIFY2(limit->text().contains(QStringLiteral("40")), qPrintable(limit->text()));
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("assistantEdit"));
    QTest::keyClicks(edit, QString(52, QLatin1Char('x')));
    QCOMPARE(edit->text().size(), AssistantDialog::MaxNameLength);
    bool named = false;
    for (auto *label : dialog.findChildren<QLabel *>())
        named = named
                || label->text().contains(
                        QStringLiteral("the workspace's Vapi account, linked to Brooks' Dental"));
    QVERIFY(named);
    Test::settledScreenshot(&dialog, QStringLiteral("create-assistant"));
}

QTEST_MAIN(TestAssistantDialog)
#include "TestAssistantDialog.moc"
