// SPDX-License-Identifier: Apache-2.0
#include "core/snapshot/SnapshotCache.h"
#include "gui/models/AssistantsModel.h"
#include "gui/models/NumbersModel.h"
#include "gui/models/OrganizationFilterModel.h"
#include "gui/support/FileDialog.h"
#include "gui/views/NumbersView.h"

#include "FileSizeLimit.h"
#include "GuiTestSupport.h"
#include "GuiWorld.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Switchboard;

// Stands in for the browser: what QDesktopServices::openUrl() was asked to open.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened << url; }
};

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
    void exportsTheNumbersListedAsCsv();
    void anExportTheDiskRefusesLeavesTheFileAsItWas();
    void theContextMenuCopiesAndOpens();

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

// Issue 17: "export the numbers list". What the table lists (here one organization's four
// numbers), with stable names a script reads, and nothing else.
void TestNumbersView::exportsTheNumbersListedAsCsv()
{
    FileDialog dialogs;
    NumbersView view(*m_numbers, *m_assistants, &dialogs);
    view.resize(1000, 360);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setOrganizationId(m_world->acme.id);
    QCOMPARE(view.proxyModel()->rowCount(), 4);
    const QString path = QDir(m_world->workspace.path()).filePath(QStringLiteral("acme"));
    dialogs.setNextFileName(path);
    QSignalSpy finished(&view, &NumbersView::exportFinished);
    auto *exportButton = view.findChild<QPushButton *>(QStringLiteral("exportButton"));
    QVERIFY(exportButton->isVisible());
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.at(0).at(0).toString(), path + QStringLiteral(".csv")); // suffix added
    // Found by the walk: every organization's export of a day was offered the same name.
    QVERIFY2(QFileInfo(dialogs.lastSuggestedPath())
                     .fileName()
                     .startsWith(QStringLiteral("switchboard-numbers-acme-dental-20")),
            qPrintable(dialogs.lastSuggestedPath()));
    QCOMPARE(finished.at(0).at(1).toLongLong(), 4);
    QFile file(path + QStringLiteral(".csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 6); // header, four rows, and the end of the last line
    QCOMPARE(lines.at(0),
            QByteArray("number,provider,status,stage,organization,assistant_id,"
                       "assistant_name,vapi_number_id\r"));
    for (int i = 1; i <= 4; ++i) {
        QVERIFY2(lines.at(i).contains(",Acme Dental,"), lines.at(i).constData());
        QVERIFY2(lines.at(i).startsWith('+') || lines.at(i).startsWith("sip:"),
                lines.at(i).constData()); // E.164 as it is, not quoted or escaped
    }
    QVERIFY(lines.at(5).isEmpty());
    auto *status = view.findChild<QLabel *>(QStringLiteral("exportStatusLabel"));
    QVERIFY2(status->text().endsWith(QStringLiteral("(numbers: 4).")), qPrintable(status->text()));
    Test::settledScreenshot(&view, QStringLiteral("numbers-exported"));
    // Another organization's list is not what was exported.
    view.setOrganizationId(m_world->zeta.id);
    QVERIFY2(status->text().isEmpty(), qPrintable(status->text()));
}

// A disk that refuses the file (here a file-size limit, which fails a write as a full disk
// does) is said, and the file that was there stays as it was.
void TestNumbersView::anExportTheDiskRefusesLeavesTheFileAsItWas()
{
#ifdef Q_OS_UNIX
    FileDialog dialogs;
    NumbersView view(*m_numbers, *m_assistants, &dialogs);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QString path = QDir(m_world->workspace.path()).filePath(QStringLiteral("numbers.csv"));
    {
        QFile earlier(path);
        QVERIFY(earlier.open(QIODevice::WriteOnly));
        earlier.write("last week's numbers\n");
    }
    Test::FileSizeLimit limit(64);
    QVERIFY(limit.isSet());
    dialogs.setNextFileName(path);
    QSignalSpy finished(&view, &NumbersView::exportFinished);
    view.exportListed();
    QVERIFY(finished.wait(5000));
    limit.release();
    QCOMPARE(finished.at(0).at(1).toLongLong(), -1);
    const QString error = finished.at(0).at(2).toString();
    QVERIFY2(error.contains(QDir::toNativeSeparators(path))
                    && error.contains(QStringLiteral("Nothing was saved")),
            qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("last week's numbers\n"));
    QVERIFY(view.findChild<QPushButton *>(QStringLiteral("exportButton"))->isEnabled());
#else
    QSKIP("needs setrlimit");
#endif
}

// Issue 17: what users of the Vapi dashboard and the Twilio console reach for. Right-click a
// Twilio number in Vapi: copy the number, its Vapi id, its assistant's id; open the Vapi
// dashboard, the Twilio console. A pool number not in Vapi has no Vapi entries.
void TestNumbersView::theContextMenuCopiesAndOpens()
{
    NumbersView view(*m_numbers, *m_assistants);
    view.resize(1000, 360);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setOrganizationId(m_world->acme.id);
    auto *table = view.findChild<QTableView *>(QStringLiteral("numbersTable"));
    const auto rowOf = [&view](const QString &address) {
        for (int row = 0; row < view.proxyModel()->rowCount(); ++row) {
            const QModelIndex index = view.proxyModel()->index(row, 0);
            if (index.data(NumbersModel::AddressRole).toString() == address)
                return index;
        }
        return QModelIndex();
    };
    const auto menuAt = [table](const QModelIndex &index) {
        return Test::contextMenuAt(table, index, QStringLiteral("numberContextMenu"));
    };
    const auto action = &Test::menuAction;

    const QModelIndex twilio = rowOf(QStringLiteral("+14155552672"));
    QVERIFY(twilio.isValid());
    QMenu *menu = menuAt(twilio);
    QVERIFY(menu);
    QCOMPARE(table->currentIndex().row(), twilio.row()); // the row right-clicked is selected
    QStringList texts;
    QSet<QKeySequence> accessKeys;
    for (QAction *a : menu->actions()) {
        if (a->isSeparator())
            continue;
        texts << a->text();
        // Found by the walk: the menu could not be used from the keyboard.
        const QKeySequence key = QKeySequence::mnemonic(a->text());
        QVERIFY2(!key.isEmpty() && !accessKeys.contains(key), qPrintable(a->text()));
        accessKeys.insert(key);
    }
    QCOMPARE(texts,
            QStringList({QStringLiteral("Copy &number"), QStringLiteral("Copy &Vapi id"),
                    QStringLiteral("Copy &assistant id"),
                    QStringLiteral("Open the Vapi &dashboard"),
                    QStringLiteral("Open the &Twilio console")}));
    Test::settledScreenshot(menu, QStringLiteral("number-context-menu"));
    action(menu, QStringLiteral("Copy number"))->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("+14155552672"));
    menu->close();

    // From the keyboard: Shift+F10 on the selected row, as the Menu key (found by the walk:
    // Shift+F10 did nothing).
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_F10, Qt::ShiftModifier);
    QTRY_VERIFY(view.findChild<QMenu *>(QStringLiteral("numberContextMenu"))
            && view.findChild<QMenu *>(QStringLiteral("numberContextMenu"))->isVisible());
    view.findChild<QMenu *>(QStringLiteral("numberContextMenu"))->close();

    UrlCatcher browser;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &browser, "open");
    auto unset = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("https")); });
    menu = menuAt(twilio);
    QVERIFY(menu);
    action(menu, QStringLiteral("Open the Twilio console"))->trigger();
    menu->close();
    menu = menuAt(twilio);
    QVERIFY(menu);
    action(menu, QStringLiteral("Open the Vapi dashboard"))->trigger();
    menu->close();
    QCOMPARE(browser.opened,
            QList<QUrl>({QUrl(QStringLiteral("https://console.twilio.com/")),
                    QUrl(QStringLiteral("https://dashboard.vapi.ai/"))}));

    // A pool number that is not in Vapi: nothing of Vapi's to copy or open.
    const QModelIndex pooled = rowOf(QStringLiteral("+14155552680"));
    QVERIFY(pooled.isValid());
    menu = menuAt(pooled);
    QVERIFY(menu);
    QVERIFY(action(menu, QStringLiteral("Copy number")));
    QVERIFY(!action(menu, QStringLiteral("Copy Vapi id")));
    QVERIFY(!action(menu, QStringLiteral("Open the Vapi dashboard")));
    QVERIFY(action(menu, QStringLiteral("Open the Twilio console")));
    menu->close();
}

QTEST_MAIN(TestNumbersView)
#include "TestNumbersView.moc"
