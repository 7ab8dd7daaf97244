// SPDX-License-Identifier: Apache-2.0
#include "core/snapshot/SnapshotCache.h"
#include "gui/models/AssistantsModel.h"
#include "gui/models/NumbersModel.h"
#include "gui/models/OrganizationFilterModel.h"
#include "gui/views/NumbersView.h"

#include "GuiTestSupport.h"
#include "GuiWorld.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Switchboard;

class TestNumbersView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void warnsAboutNumbersThatHangUp();
    void unassignSaysWhatItCosts();
    void releaseOfATwilioNumberSaysItStillCosts();
    void releaseCanBeCancelled();
    void assignOffersTheOrganizationsAssistants();
    void poolNumbersCannotBeChangedHere();

private:
    QMessageBox *waitForMessageBox(QWidget &parent, const QString &objectName);
    QPushButton *button(QMessageBox *box, const QString &text);

    std::unique_ptr<Test::GuiWorld> m_world;
    std::unique_ptr<NumbersModel> m_numbers;
    std::unique_ptr<AssistantsModel> m_assistants;
};

void TestNumbersView::init()
{
    m_world = std::make_unique<Test::GuiWorld>();
    QVERIFY(m_world->workspace.isValid());
    m_world->populate();
    m_numbers = std::make_unique<NumbersModel>(m_world->snapshots());
    m_assistants = std::make_unique<AssistantsModel>(m_world->snapshots());
}

void TestNumbersView::cleanup()
{
    m_assistants.reset();
    m_numbers.reset();
    m_world.reset();
}

QMessageBox *TestNumbersView::waitForMessageBox(QWidget &parent, const QString &objectName)
{
    QMessageBox *box = nullptr;
    const auto shown = [&] {
        box = parent.findChild<QMessageBox *>(objectName);
        return box && box->isVisible();
    };
    if (!QTest::qWaitFor(shown, 5000))
        return nullptr;
    return box;
}

QPushButton *TestNumbersView::button(QMessageBox *box, const QString &text)
{
    for (QAbstractButton *b : box->buttons()) {
        if (b->text() == text)
            return qobject_cast<QPushButton *>(b);
    }
    return nullptr;
}

void TestNumbersView::warnsAboutNumbersThatHangUp()
{
    NumbersView view(*m_numbers, *m_assistants);
    QAbstractItemModelTester tester(
            view.proxyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.resize(1000, 360);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *warning = view.findChild<QLabel *>(QStringLiteral("warningLabel"));
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().startsWith(QStringLiteral("Numbers in Vapi with no assistant: 2.")),
            qPrintable(warning->text()));
    view.setOrganizationId(m_world->acme.id);
    QVERIFY(warning->text().startsWith(QStringLiteral("Numbers in Vapi with no assistant: 1.")));
    QCOMPARE(view.proxyModel()->rowCount(), 4);
    Test::settledScreenshot(&view, QStringLiteral("numbers-acme"));
    view.setOrganizationId(m_world->zeta.id);
    QVERIFY(!warning->isVisible());
    view.setOrganizationId(0);
    view.findChild<QCheckBox *>(QStringLiteral("hangingUpOnlyCheck"))->setChecked(true);
    QCOMPARE(view.proxyModel()->rowCount(), 2);
    Test::settledScreenshot(&view, QStringLiteral("numbers-hanging-up"));
}

void TestNumbersView::unassignSaysWhatItCosts()
{
    NumbersView view(*m_numbers, *m_assistants);
    view.show();
    view.selectNumber(m_world->frontDeskNumber.id);
    QCOMPARE(view.currentNumberId(), m_world->frontDeskNumber.id);
    QSignalSpy unassign(&view, &NumbersView::unassignRequested);
    QTest::mouseClick(
            view.findChild<QPushButton *>(QStringLiteral("unassignButton")), Qt::LeftButton);
    QMessageBox *box = waitForMessageBox(view, QStringLiteral("unassignConfirmation"));
    QVERIFY(box);
    QCOMPARE(box->text(), QStringLiteral("Unassign +1 415-555-2671 from Front Desk?"));
    QVERIFY(box->informativeText().contains(
            QStringLiteral("Calls to +1 415-555-2671 will be hung up")));
    QVERIFY(box->informativeText().contains(
            QStringLiteral("counts against the account's free numbers")));
    Test::settledScreenshot(box, QStringLiteral("unassign-confirmation"));
    QTest::mouseClick(button(box, QStringLiteral("Unassign")), Qt::LeftButton);
    QCOMPARE(unassign.count(), 1);
    QCOMPARE(unassign.at(0).at(0).toString(), m_world->frontDeskNumber.id);
}

void TestNumbersView::releaseOfATwilioNumberSaysItStillCosts()
{
    NumbersView view(*m_numbers, *m_assistants);
    view.setTwilioMonthlyPrice(1.25);
    view.show();
    view.selectNumber(m_world->nightLineNumber.id);
    QSignalSpy release(&view, &NumbersView::releaseRequested);
    QTest::mouseClick(
            view.findChild<QPushButton *>(QStringLiteral("releaseButton")), Qt::LeftButton);
    QMessageBox *box = waitForMessageBox(view, QStringLiteral("releaseConfirmation"));
    QVERIFY(box);
    const QString text = box->informativeText();
    QVERIFY2(text.contains(QStringLiteral("stays in the Twilio account")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("1.25")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Night Line will have no number")), qPrintable(text));
    Test::settledScreenshot(box, QStringLiteral("release-confirmation"));
    QTest::mouseClick(button(box, QStringLiteral("Release")), Qt::LeftButton);
    QCOMPARE(release.count(), 1);
    QCOMPARE(release.at(0).at(0).toString(), m_world->nightLineNumber.id);
}

void TestNumbersView::releaseCanBeCancelled()
{
    NumbersView view(*m_numbers, *m_assistants);
    view.show();
    view.selectNumber(m_world->acmeSpare.id);
    QSignalSpy release(&view, &NumbersView::releaseRequested);
    QTest::mouseClick(
            view.findChild<QPushButton *>(QStringLiteral("releaseButton")), Qt::LeftButton);
    QMessageBox *box = waitForMessageBox(view, QStringLiteral("releaseConfirmation"));
    QVERIFY(box);
    QVERIFY(box->informativeText().contains(
            QStringLiteral("frees one of the account's free numbers")));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QCOMPARE(release.count(), 0);
}

void TestNumbersView::assignOffersTheOrganizationsAssistants()
{
    NumbersView view(*m_numbers, *m_assistants);
    view.show();
    view.selectNumber(m_world->acmeSpare.id);
    auto *assign = view.findChild<QPushButton *>(QStringLiteral("assignButton"));
    QCOMPARE(assign->text(), QStringLiteral("Ass&ign…"));
    QSignalSpy requested(&view, &NumbersView::assignRequested);
    QTest::mouseClick(assign, Qt::LeftButton);
    QInputDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = view.findChild<QInputDialog *>(QStringLiteral("assignDialog"))));
    // Acme's assistants only; the number's organization decides.
    QCOMPARE(dialog->comboBoxItems().size(), 3);
    QVERIFY(dialog->comboBoxItems().contains(QStringLiteral("After Hours")));
    QVERIFY(dialog->comboBoxItems().contains(QStringLiteral("Front Desk (has +1 415-555-2671)")));
    // Found by the GUI walk: an assistant with a working number came first (Enter took its
    // number away), and the explanation made the dialog wider than the screen.
    QVERIFY2(!dialog->comboBoxItems().constFirst().contains(QStringLiteral("(has ")),
            qPrintable(dialog->comboBoxItems().join(u'|')));
    QVERIFY2(dialog->sizeHint().width() < 800,
            qPrintable(QString::number(dialog->sizeHint().width())));
    dialog->setTextValue(QStringLiteral("After Hours"));
    Test::settledScreenshot(dialog, QStringLiteral("assign-dialog"));
    dialog->accept();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), m_world->acmeSpare.id);
    QCOMPARE(requested.at(0).at(1).toString(), m_world->afterHours.id);

    // An assigned number is reassigned, and says who loses it.
    view.selectNumber(m_world->frontDeskNumber.id);
    QCOMPARE(assign->text(), QStringLiteral("Reass&ign…"));
}

void TestNumbersView::poolNumbersCannotBeChangedHere()
{
    NumbersView view(*m_numbers, *m_assistants);
    view.show();
    view.setOrganizationId(m_world->acme.id);
    for (int row = 0; row < view.proxyModel()->rowCount(); ++row) {
        const QModelIndex index = view.proxyModel()->index(row, 0);
        if (!index.data(NumbersModel::InVapiRole).toBool()) {
            view.findChild<QTableView *>(QStringLiteral("numbersTable"))->setCurrentIndex(index);
            break;
        }
    }
    for (const char *name : {"assignButton", "unassignButton", "releaseButton"}) {
        auto *b = view.findChild<QPushButton *>(QLatin1String(name));
        QVERIFY2(!b->isEnabled(), name);
        QVERIFY2(b->toolTip().contains(QStringLiteral("not in Vapi yet")), name);
    }
}

QTEST_MAIN(TestNumbersView)
#include "TestNumbersView.moc"
