#pragma once

#include <QMainWindow>

#include <memory>

class QSettings;

namespace Ui {
class MainWindow;
}

namespace Switchboard {

class OrganizationListModel;
class OrganizationStore;

// What the main window is built from; the composition root (src/app) owns all of it.
struct MainWindowDependencies
{
    OrganizationStore *organizations = nullptr;
    QSettings *settings = nullptr; // window geometry and view state
    QString workspaceDescription; // the file or server, for the status bar
    bool sandbox = false;
};

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const MainWindowDependencies &dependencies, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The organization whose tabs are shown; 0 for "All organizations".
    qint64 currentOrganizationId() const;

Q_SIGNALS:
    void openSandboxDemoRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpActions();
    void updatePage();
    void restoreState();

    std::unique_ptr<Ui::MainWindow> m_ui;
    MainWindowDependencies m_deps;
    OrganizationListModel *m_organizationModel = nullptr;
};

} // namespace Switchboard
