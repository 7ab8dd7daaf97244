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
    AssistantDialog dialog(AssistantDialog::Mode::Link, QStringLiteral("Harbor Vet Clinic"), {});
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
            {{QStringLiteral("3f1e9c1a-7c2b-4d3e-9f4a-2b6c8d0e1f2a"), QStringLiteral("Desk")}});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
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

QTEST_MAIN(TestAssistantDialog)
#include "TestAssistantDialog.moc"
