#include "MainWindow.h"

#include "models/OrganizationListModel.h"
#include "storage/OrganizationStore.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QKeySequence>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>

namespace Switchboard {
namespace {

const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString StateKey = QStringLiteral("mainWindow/state");
const QString SplitterKey = QStringLiteral("mainWindow/splitter");

} // namespace

MainWindow::MainWindow(const MainWindowDependencies &dependencies, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_deps(dependencies)
{
    Q_ASSERT(m_deps.organizations);
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/switchboard.svg")));
    if (m_deps.sandbox)
        setWindowTitle(tr("Switchboard — sandbox demo"));

    QFont titleFont = m_ui->welcomeTitleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_ui->welcomeTitleLabel->setFont(titleFont);

    m_organizationModel = new OrganizationListModel(*m_deps.organizations, this);
    m_ui->organizationListView->setModel(m_organizationModel);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({260, 840});

    setUpActions();
    connect(m_ui->organizationListView->selectionModel(), &QItemSelectionModel::currentChanged,
            this, &MainWindow::updatePage);
    connect(m_organizationModel, &QAbstractItemModel::modelReset, this, &MainWindow::updatePage);
    connect(m_ui->openDemoButton, &QPushButton::clicked, this,
            &MainWindow::openSandboxDemoRequested);

    m_ui->organizationListView->setCurrentIndex(m_organizationModel->index(0));
    statusBar()->addPermanentWidget(
            new QLabel(tr("Workspace: %1").arg(m_deps.workspaceDescription), this));
    updatePage();
    restoreState();
}

MainWindow::~MainWindow() = default;

qint64 MainWindow::currentOrganizationId() const
{
    const QModelIndex current = m_ui->organizationListView->currentIndex();
    return current.isValid() ? current.data(OrganizationListModel::OrganizationIdRole).toLongLong()
                             : 0;
}

void MainWindow::setUpActions()
{
    m_ui->actionRefresh->setShortcut(QKeySequence::Refresh);
    // Not every platform has a standard Preferences key (Linux desktops have none).
    const QKeySequence preferences(QKeySequence::Preferences);
    m_ui->actionSettings->setShortcut(
            preferences.isEmpty() ? QKeySequence(tr("Ctrl+,")) : preferences);
    const QKeySequence quit(QKeySequence::Quit);
    m_ui->actionQuit->setShortcut(quit.isEmpty() ? QKeySequence(tr("Ctrl+Q")) : quit);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Switchboard"),
                tr("<b>Switchboard %1</b><p>Phone numbers for Vapi voice assistants "
                   "across many customer organizations.</p>")
                        .arg(QStringLiteral(SWITCHBOARD_VERSION)));
    });
}

void MainWindow::updatePage()
{
    const bool empty = m_organizationModel->organizationCount() == 0;
    m_ui->pageStack->setCurrentWidget(empty ? m_ui->welcomePage : m_ui->organizationTabs);
    m_ui->actionProvision->setEnabled(!empty);
    if (!m_ui->organizationListView->currentIndex().isValid())
        m_ui->organizationListView->setCurrentIndex(m_organizationModel->index(0));
}

void MainWindow::restoreState()
{
    if (!m_deps.settings)
        return;
    restoreGeometry(m_deps.settings->value(GeometryKey).toByteArray());
    QMainWindow::restoreState(m_deps.settings->value(StateKey).toByteArray());
    m_ui->mainSplitter->restoreState(m_deps.settings->value(SplitterKey).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_deps.settings) {
        m_deps.settings->setValue(GeometryKey, saveGeometry());
        m_deps.settings->setValue(StateKey, saveState());
        m_deps.settings->setValue(SplitterKey, m_ui->mainSplitter->saveState());
    }
    QMainWindow::closeEvent(event);
}

} // namespace Switchboard
