// SPDX-License-Identifier: Apache-2.0
// The console for people who use the keyboard, a screen reader, a dark theme or large text:
// every control of the main window, the organization wizard and the Settings dialog has a name
// a screen reader can say; the documented shortcuts exist and do what they say; and the window
// stays readable with a dark palette and with twice the font size.
#include "gui/MainWindow.h"
#include "gui/dialogs/OrganizationWizard.h"
#include "gui/dialogs/SettingsDialog.h"
#include "gui/support/FileDialog.h"
#include "gui/views/AssistantsView.h"
#include "gui/views/HistoryView.h"
#include "gui/widgets/UsageMeter.h"

#include "GuiWorld.h"
#include "HistoryFixture.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMultiHash>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStyle>
#include <QStyleFactory>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextEdit>
#include <QToolBar>
#include <QToolButton>
#include <QWizard>

using namespace Switchboard;

namespace {

bool isInteractive(QWidget *widget)
{
    return qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
            || qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractItemView *>(widget)
            || qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QTabWidget *>(widget)
            || qobject_cast<QPlainTextEdit *>(widget) || qobject_cast<QTextEdit *>(widget);
}

// Parts of a compound control (a spin box's line edit, a tab bar's scroll buttons, a combo's
// popup, a scroll bar) are named by the control that holds them; Qt's own helpers ("qt_…")
// are Qt's.
bool isPartOfAnother(QWidget *widget, QWidget *root)
{
    if (widget->objectName().startsWith(u"qt_"))
        return true;
    for (QWidget *up = widget->parentWidget(); up && up != root; up = up->parentWidget()) {
        if (qobject_cast<QComboBox *>(up) || qobject_cast<QAbstractSpinBox *>(up)
                || qobject_cast<QAbstractItemView *>(up) || qobject_cast<QTabBar *>(up)
                || qobject_cast<QScrollBar *>(up) || up->objectName().startsWith(u"qt_"))
            return true;
    }
    return false;
}

QString withoutMnemonic(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("&(?!&)"))).trimmed();
}

// The access key (Alt+letter) of a control's text, lower case; empty when it has none.
QString accessKey(const QString &text)
{
    const QRegularExpressionMatch m
            = QRegularExpression(QStringLiteral("(?<!&)&([^&\\s])")).match(text);
    return m.hasMatch() ? m.captured(1).toLower() : QString();
}

// The access keys of the buttons, labels and group boxes under `root`, and the extra texts
// (tab titles, dialog buttons) that are live at the same time: "k: first, second" for each
// key used twice.
QStringList clashingAccessKeys(QWidget *root, const QStringList &alsoLive)
{
    QMultiHash<QString, QString> owners;
    const auto note = [&owners](const QString &text) {
        const QString key = accessKey(text);
        if (!key.isEmpty())
            owners.insert(key, withoutMnemonic(text));
    };
    for (const QString &text : alsoLive)
        note(text);
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            note(button->text());
        else if (auto *label = qobject_cast<QLabel *>(widget))
            note(label->text());
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            note(group->title());
    }
    QStringList clashes;
    for (const QString &key : owners.uniqueKeys()) {
        QStringList texts = owners.values(key);
        if (texts.size() > 1) {
            texts.sort();
            clashes << key + QStringLiteral(": ") + texts.join(QStringLiteral(", "));
        }
    }
    return clashes;
}

// What a screen reader would say for the control: its accessible name, its own text, or the
// text of the label that is its buddy.
QString spokenName(QWidget *widget, const QList<QLabel *> &labels)
{
    if (!widget->accessibleName().isEmpty())
        return widget->accessibleName();
    if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
        if (!withoutMnemonic(button->text()).isEmpty())
            return withoutMnemonic(button->text());
        if (auto *tool = qobject_cast<QToolButton *>(widget);
                tool && tool->defaultAction() && !tool->defaultAction()->text().isEmpty())
            return withoutMnemonic(tool->defaultAction()->text());
    }
    for (QLabel *label : labels) {
        if (label->buddy() == widget && !withoutMnemonic(label->text()).isEmpty())
            return withoutMnemonic(label->text());
    }
    return {};
}

QStringList unnamedControls(QWidget *root)
{
    const QList<QLabel *> labels = root->findChildren<QLabel *>();
    QStringList unnamed;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!isInteractive(widget) || isPartOfAnother(widget, root))
            continue;
        if (spokenName(widget, labels).isEmpty())
            unnamed << QString::fromLatin1(widget->metaObject()->className()) + u' '
                            + widget->objectName();
    }
    return unnamed;
}

int lightPixels(const QImage &image, const QRect &area)
{
    int count = 0;
    const QRect inside = area.intersected(image.rect());
    for (int y = inside.top(); y <= inside.bottom(); ++y)
        for (int x = inside.left(); x <= inside.right(); ++x)
            count += qGray(image.pixel(x, y)) > 170 ? 1 : 0;
    return count;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyMainWindowControlIsNamed();
    void everyWizardControlIsNamed();
    void everySettingsControlIsNamed();
    void theDetectorFindsAnUnnamedControl();
    void noAccessKeyIsUsedTwiceOnAPage();
    void documentedShortcutsTriggerTheirActions();
    void tabsAndSettingsByKeyboard();
    void darkPaletteKeepsTextReadable();
    void doubleFontSizeClipsNothing();

private:
    MainWindowDependencies deps();
    std::unique_ptr<MainWindow> shownWindow(const QSize &size = QSize(1200, 720));
    QAction *action(MainWindow &window, const char *name)
    {
        return window.findChild<QAction *>(QLatin1String(name));
    }
    SettingsDialogDependencies settingsDeps();
    OrganizationWizardDependencies wizardDeps();

    std::unique_ptr<Test::GuiWorld> m_world;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<FileDialog> m_fileDialog;
};

void TestAccessibility::init()
{
    m_world = std::make_unique<Test::GuiWorld>();
    QVERIFY(m_world->workspace.isValid());
    m_world->populate();
    m_settings = std::make_unique<QSettings>(
            QDir(m_world->workspace.path()).filePath(QStringLiteral("s.ini")),
            QSettings::IniFormat);
    m_fileDialog = std::make_unique<FileDialog>();
}

void TestAccessibility::cleanup()
{
    m_fileDialog.reset();
    m_settings.reset();
    m_world.reset();
}

MainWindowDependencies TestAccessibility::deps()
{
    return m_world->mainWindowDependencies(*m_fileDialog, *m_settings);
}

SettingsDialogDependencies TestAccessibility::settingsDeps()
{
    SettingsDialogDependencies d;
    d.settings = m_settings.get();
    d.snapshots = &m_world->snapshots();
    d.defaultDatabaseFile = Test::GuiWorld::databaseFile(m_world->workspace);
    d.currentDatabase = d.defaultDatabaseFile;
    return d;
}

std::unique_ptr<MainWindow> TestAccessibility::shownWindow(const QSize &size)
{
    auto window = std::make_unique<MainWindow>(deps());
    window->resize(size);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    if (!QTest::qWaitFor([&window] { return window->isLoaded(); }, 10000))
        return nullptr;
    // Every view, also those of tabs not shown yet.
    window->assistantsView();
    window->numbersView();
    window->historyView();
    window->scalingView();
    window->manualQueueView();
    return window;
}

void TestAccessibility::everyMainWindowControlIsNamed()
{
    auto window = shownWindow();
    QVERIFY(window);
    const QStringList unnamed = unnamedControls(window.get());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

OrganizationWizardDependencies TestAccessibility::wizardDeps()
{
    OrganizationWizardDependencies d;
    d.database = &m_world->workspace.database();
    d.organizations = &m_world->organizations;
    d.accounts = &m_world->accounts;
    d.pool = &m_world->pool;
    return d;
}

void TestAccessibility::everyWizardControlIsNamed()
{
    OrganizationWizard wizard(wizardDeps(), m_world->acme.id);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    const QStringList unnamed = unnamedControls(&wizard);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void TestAccessibility::everySettingsControlIsNamed()
{
    SettingsDialog dialog(settingsDeps());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QStringList unnamed = unnamedControls(&dialog);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

// The walk above must be able to fail.
void TestAccessibility::theDetectorFindsAnUnnamedControl()
{
    QWidget form;
    auto *named = new QLineEdit(&form);
    named->setObjectName(QStringLiteral("named"));
    auto *label = new QLabel(QStringLiteral("&Name:"), &form);
    label->setBuddy(named);
    auto *bare = new QLineEdit(&form);
    bare->setObjectName(QStringLiteral("bare"));
    auto *button = new QPushButton(QStringLiteral("&OK"), &form);
    Q_UNUSED(button);
    auto *iconOnly = new QToolButton(&form);
    iconOnly->setObjectName(QStringLiteral("iconOnly"));
    QCOMPARE(unnamedControls(&form),
            QStringList(
                    {QStringLiteral("QLineEdit bare"), QStringLiteral("QToolButton iconOnly")}));
}

// Alt+letter reaches one control: on each page of the wizard (with Back, Next and Finish) and
// each tab of Settings (with the tab titles), no letter is used twice.
void TestAccessibility::noAccessKeyIsUsedTwiceOnAPage()
{
    // The detector can fail: a button and a label on one letter, a second button apart.
    QWidget form;
    new QPushButton(QStringLiteral("Test co&nnection"), &form);
    new QLabel(QStringLiteral("Fi&le:"), &form);
    QCOMPARE(clashingAccessKeys(&form, {QStringLiteral("&Next >"), QStringLiteral("&Cancel")}),
            QStringList(QStringLiteral("n: Next >, Test connection")));

    OrganizationWizard wizard(wizardDeps(), m_world->acme.id);
    const QStringList wizardButtons{wizard.buttonText(QWizard::BackButton),
            wizard.buttonText(QWizard::NextButton), wizard.buttonText(QWizard::FinishButton),
            wizard.buttonText(QWizard::CancelButton)};
    QStringList clashes;
    for (const int id : wizard.pageIds()) {
        for (const QString &clash : clashingAccessKeys(wizard.page(id), wizardButtons))
            clashes << wizard.page(id)->objectName() + QStringLiteral(" ") + clash;
    }

    SettingsDialog dialog(settingsDeps());
    auto *tabs = dialog.findChild<QTabWidget *>();
    QVERIFY(tabs);
    QStringList live;
    for (int i = 0; i < tabs->count(); ++i)
        live << tabs->tabText(i);
    for (QAbstractButton *button : dialog.findChild<QDialogButtonBox *>()->buttons())
        live << button->text();
    for (int i = 0; i < tabs->count(); ++i) {
        for (const QString &clash : clashingAccessKeys(tabs->widget(i), live))
            clashes << tabs->widget(i)->objectName() + QStringLiteral(" ") + clash;
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));

    // One button, one key (found by the walk: Alt+T tested the connection in Settings, and in
    // the wizard typed a "t" into the hidden key, which the next test then sent to Vapi).
    const auto *inWizard = wizard.findChild<QAbstractButton *>(QStringLiteral("testVapiButton"));
    const auto *inSettings = dialog.findChild<QAbstractButton *>(QStringLiteral("testVapiButton"));
    QVERIFY(inWizard && inSettings);
    QCOMPARE(inWizard->text(), inSettings->text());
}

void TestAccessibility::documentedShortcutsTriggerTheirActions()
{
    auto window = shownWindow();
    QVERIFY(window);
    QApplication::setActiveWindow(window.get());
    QVERIFY(QTest::qWaitForWindowActive(window.get()));

    // The console's keyboard map: one key per action, none shared.
    const QList<std::pair<const char *, QKeySequence>> documented{
            {"actionRefresh", QKeySequence(QKeySequence::Refresh)},
            {"actionFind", QKeySequence(QKeySequence::Find)},
            {"actionProvision", QKeySequence(QStringLiteral("Ctrl+P"))},
            {"actionNewOrganization", QKeySequence(QKeySequence::New)},
            {"actionEditOrganization", QKeySequence(QStringLiteral("Ctrl+E"))},
            {"actionManualQueue", QKeySequence(QStringLiteral("Ctrl+Shift+M"))},
            {"actionShowAssistants", QKeySequence(QStringLiteral("Ctrl+1"))},
            {"actionShowNumbers", QKeySequence(QStringLiteral("Ctrl+2"))},
            {"actionShowHistory", QKeySequence(QStringLiteral("Ctrl+3"))},
            {"actionShowScaling", QKeySequence(QStringLiteral("Ctrl+4"))},
            {"actionNextTab", QKeySequence(QStringLiteral("Ctrl+PgDown"))},
            {"actionPreviousTab", QKeySequence(QStringLiteral("Ctrl+PgUp"))},
    };
    QStringList seen;
    for (const auto &[name, keys] : documented) {
        QAction *a = action(*window, name);
        QVERIFY2(a, name);
        QCOMPARE(a->shortcut(), keys);
        QVERIFY2(!seen.contains(keys.toString()), name); // no two actions share keys
        seen << keys.toString();
    }
    // Settings and Quit: the platform's keys, or Ctrl+, and Ctrl+Q where it has none.
    const QKeySequence preferences(QKeySequence::Preferences);
    QCOMPARE(action(*window, "actionSettings")->shortcut(),
            preferences.isEmpty() ? QKeySequence(QStringLiteral("Ctrl+,")) : preferences);
    QVERIFY(!action(*window, "actionQuit")->shortcut().isEmpty());

    // Pressed, each does what it says.
    QSignalSpy refresh(window.get(), &MainWindow::refreshRequested);
    QTest::keyClick(window.get(), Qt::Key_F5);
    QCOMPARE(refresh.count(), 1);

    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("organizationTabs"));
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("historyTab"));
    QTRY_VERIFY(window->historyView()
                        ->findChild<QLineEdit *>(QStringLiteral("searchEdit"))
                        ->hasFocus());

    window->selectOrganization(m_world->acme.id);
    window->assistantsView()->selectAssistant(m_world->afterHours.id);
    QSignalSpy provision(window.get(), &MainWindow::provisionRequested);
    QTest::keyClick(window.get(), Qt::Key_P, Qt::ControlModifier);
    QCOMPARE(provision.count(), 1);
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("assistantsTab"));

    QSignalSpy settingsOpened(window.get(), &MainWindow::settingsDialogOpened);
    QTest::keySequence(window.get(), action(*window, "actionSettings")->shortcut());
    QCOMPARE(settingsOpened.count(), 1);
    auto *settings = settingsOpened.at(0).at(0).value<SettingsDialog *>();
    QTRY_VERIFY(settings->isVisible());
    QApplication::setActiveWindow(settings);
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget()
                                                : static_cast<QWidget *>(settings),
            Qt::Key_Escape);
    QTRY_VERIFY(!window->findChild<SettingsDialog *>()); // closed and deleted

    QSignalSpy wizardOpened(window.get(), &MainWindow::organizationWizardOpened);
    QApplication::setActiveWindow(window.get());
    QTest::keyClick(window.get(), Qt::Key_E, Qt::ControlModifier);
    QCOMPARE(wizardOpened.count(), 1);
    auto *wizard = wizardOpened.at(0).at(0).value<OrganizationWizard *>();
    QTRY_VERIFY(wizard->isVisible());
    QTest::keyClick(wizard, Qt::Key_Escape);
    QTRY_VERIFY(!window->findChild<OrganizationWizard *>());

    QApplication::setActiveWindow(window.get());
    auto *dock = window->findChild<QDockWidget *>(QStringLiteral("manualQueueDock"));
    QTest::keyClick(window.get(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(dock->isVisible());

    QSignalSpy closed(action(*window, "actionQuit"), &QAction::triggered);
    QTest::keySequence(window.get(), action(*window, "actionQuit")->shortcut());
    QCOMPARE(closed.count(), 1);
    QTRY_VERIFY(!window->isVisible());
}

void TestAccessibility::tabsAndSettingsByKeyboard()
{
    auto window = shownWindow();
    QVERIFY(window);
    QApplication::setActiveWindow(window.get());
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("organizationTabs"));
    const QStringList pages{QStringLiteral("assistantsTab"), QStringLiteral("numbersTab"),
            QStringLiteral("historyTab"), QStringLiteral("scalingTab")};
    for (int i = 0; i < pages.size(); ++i) {
        QTest::keyClick(window.get(), Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        QCOMPARE(tabs->currentWidget()->objectName(), pages.at(i));
        // The keyboard lands in the tab.
        QWidget *focus = QApplication::focusWidget();
        QVERIFY2(focus && tabs->currentWidget()->isAncestorOf(focus), qPrintable(pages.at(i)));
    }
    // Found by the GUI walk: Tab moved from cell to cell and never left a table. It leaves
    // every table for the table's buttons (arrow keys move between cells).
    for (QTableView *table : window->findChildren<QTableView *>()) {
        QVERIFY2(!table->tabKeyNavigation(), qPrintable(table->objectName()));
    }
    QTest::keyClick(window.get(), Qt::Key_1, Qt::ControlModifier);
    auto *assistants = window->findChild<QTableView *>(QStringLiteral("assistantsTable"));
    assistants->setFocus(Qt::TabFocusReason);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QWidget *afterTable = QApplication::focusWidget();
    QVERIFY(afterTable && afterTable != assistants);
    QVERIFY2(qobject_cast<QAbstractButton *>(afterTable),
            afterTable ? qPrintable(afterTable->objectName()) : "nothing");

    QTest::keyClick(window.get(), Qt::Key_4, Qt::ControlModifier);
    QTest::keyClick(window.get(), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 0); // from Scaling around to Assistants
    QTest::keyClick(window.get(), Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 3);

    // "Set up Twilio" of the meter for all organizations is the workspace's account: the
    // Settings dialog, on its Workspace page.
    window->selectOrganization(0);
    QSignalSpy settingsOpened(window.get(), &MainWindow::settingsDialogOpened);
    window->openSettings(SettingsDialog::WorkspacePage);
    QCOMPARE(settingsOpened.count(), 1);
    auto *dialog = settingsOpened.at(0).at(0).value<SettingsDialog *>();
    QCOMPARE(dialog->findChild<QTabWidget *>(QStringLiteral("settingsTabs"))->currentIndex(),
            int(SettingsDialog::WorkspacePage));
    window->openSettings(SettingsDialog::DatabasePage); // the same dialog, not a second one
    QCOMPARE(settingsOpened.count(), 1);
    QCOMPARE(window->findChildren<SettingsDialog *>().size(), 1);
    dialog->reject();
}

void TestAccessibility::darkPaletteKeepsTextReadable()
{
    QStyle *normalStyle = QApplication::style();
    const QString normalStyleName = normalStyle->name();
    const QPalette normalPalette = QApplication::palette();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ToolTipText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    QApplication::setPalette(dark);
    {
        auto window = shownWindow(QSize(1200, 760));
        QVERIFY(window);
        window->selectOrganization(m_world->acme.id);
        QTRY_VERIFY(window->usageMeter()->hasAccount());
        const QString path = Test::settledScreenshot(window.get(), QStringLiteral("dark-palette"));
        const QImage shot(path);
        QVERIFY(!shot.isNull());

        // Text is drawn in the palette's light text colours: a row of the organization list
        // that is not selected (its name and badges), the meter, the toolbar's buttons.
        auto *list = window->findChild<QListView *>(QStringLiteral("organizationListView"));
        const QRect zetaRow = list->visualRect(list->model()->index(2, 0));
        const QRect rowInWindow(
                list->viewport()->mapTo(window.get(), zetaRow.topLeft()), zetaRow.size());
        QVERIFY2(lightPixels(shot, rowInWindow) > 20, "organization row");
        UsageMeter *meter = window->usageMeter();
        QVERIFY2(lightPixels(shot, QRect(meter->mapTo(window.get(), QPoint()), meter->size())) > 50,
                "usage meter");
        auto *toolBar = window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY2(lightPixels(shot, QRect(toolBar->mapTo(window.get(), QPoint()), toolBar->size()))
                        > 50,
                "toolbar");
        // And nothing is drawn in near-black, which would vanish on the dark background.
        int nearBlack = 0;
        for (int y = 0; y < shot.height(); ++y)
            for (int x = 0; x < shot.width(); ++x)
                nearBlack += qGray(shot.pixel(x, y)) < 12 ? 1 : 0;
        QVERIFY2(nearBlack < shot.width() * shot.height() / 200,
                qPrintable(QString::number(nearBlack)));
    }
    QApplication::setPalette(normalPalette);
    QApplication::setStyle(QStyleFactory::create(normalStyleName));
}

void TestAccessibility::doubleFontSizeClipsNothing()
{
    const QFont normalFont = QApplication::font();
    QFont large = normalFont;
    large.setPointSizeF(normalFont.pointSizeF() * 2);
    QApplication::setFont(large);
    {
        auto window = shownWindow(QSize(1600, 1000));
        QVERIFY(window);
        window->selectOrganization(m_world->acme.id);
        QTRY_VERIFY(window->usageMeter()->hasAccount());
        Test::settledScreenshot(window.get(), QStringLiteral("large-font"));

        QStringList clipped;
        // The meter keeps its whole text: its height is what its width needs.
        UsageMeter *meter = window->usageMeter();
        if (meter->height() < meter->heightForWidth(meter->width()))
            clipped << QStringLiteral("usage meter");
        // Toolbar buttons shown (not moved into the overflow menu) are as large as their text.
        auto *toolBar = window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        for (QToolButton *button : toolBar->findChildren<QToolButton *>()) {
            if (button->isVisible() && !button->objectName().startsWith(u"qt_")
                    && (button->width() < button->sizeHint().width()
                            || button->height() < button->sizeHint().height()))
                clipped << QStringLiteral("toolbar button ") + button->text();
        }
        // Tab titles fit their tabs.
        for (QTabBar *bar : window->findChildren<QTabBar *>()) {
            if (!bar->isVisible())
                continue;
            for (int i = 0; i < bar->count(); ++i) {
                if (bar->tabRect(i).width()
                        < bar->fontMetrics().horizontalAdvance(withoutMnemonic(bar->tabText(i))))
                    clipped << QStringLiteral("tab ") + bar->tabText(i);
            }
        }
        // Rows of the organization list are as large as their name and badges.
        auto *list = window->findChild<QListView *>(QStringLiteral("organizationListView"));
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            const QModelIndex index = list->model()->index(row, 0);
            QStyleOptionViewItem option;
            option.initFrom(list->viewport());
            option.font = list->font();
            option.rect = list->visualRect(index);
            const QSize needed = list->itemDelegate()->sizeHint(option, index);
            if (list->visualRect(index).height() < needed.height()
                    || list->viewport()->width() < needed.width())
                clipped << QStringLiteral("organization row ") + index.data().toString();
        }
        // Labels shown in the window get the room their text needs.
        for (QLabel *label : window->findChildren<QLabel *>()) {
            if (!label->isVisible() || label->text().isEmpty() || !label->pixmap().isNull())
                continue;
            const bool tooSmall = label->wordWrap()
                    ? label->height() < label->heightForWidth(label->width())
                    : label->width() < label->minimumSizeHint().width()
                            || label->height() < label->minimumSizeHint().height();
            if (tooSmall)
                clipped << QStringLiteral("label %1 \"%2\" (%3×%4)")
                                   .arg(label->objectName(), label->text().left(40))
                                   .arg(label->width())
                                   .arg(label->height());
        }
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral("; "))));
    }
    QApplication::setFont(normalFont);
}

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
