// SPDX-License-Identifier: Apache-2.0
// How fast the console appears and answers on a large workspace, beside an empty Qt Widgets
// window measured in the same run: first frame, workspace read, History opened, filters applied,
// and the peak resident memory. Not a test: it prints figures (see bench/README.md).
#include "BenchWorkspace.h"
#include "CpuTime.h"
#include "core/storage/AccountStore.h"
#include "core/storage/DirectoryStore.h"
#include "core/storage/HistoryStore.h"
#include "core/storage/ManualTaskStore.h"
#include "core/storage/NumberPoolStore.h"
#include "core/storage/OrganizationStore.h"
#include "core/storage/WorkspaceDatabase.h"
#include "core/storage/WorkspaceSettings.h"
#include "core/workspace/Workspace.h"
#include "gui/MainWindow.h"
#include "gui/models/HistoryModel.h"
#include "gui/support/FileDialog.h"
#include "gui/views/HistoryView.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QSysInfo>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QToolBar>
#include <QWindow>

#include <algorithm>
#include <functional>

using namespace Switchboard;

namespace {

QTextStream out(stdout);

// Times the first expose of a window, which Qt Widgets answers by painting the whole window
// and flushing it: the first frame.
class FirstFrame : public QObject
{
public:
    explicit FirstFrame(QWidget *widget)
        : m_widget(widget)
    {
        qApp->installEventFilter(this);
    }
    ~FirstFrame() override { qApp->removeEventFilter(this); }
    bool done() const { return m_done; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_done && event->type() == QEvent::Expose && m_widget->windowHandle()
                && watched == m_widget->windowHandle()) {
            qApp->removeEventFilter(this);
            watched->event(event); // paints and flushes the frame
            m_done = true;
            return true;
        }
        return false;
    }

private:
    QWidget *m_widget;
    bool m_done = false;
};

// The processor time of the GUI thread (see CpuTime.h).
using Switchboard::Bench::threadCpuNs;

double ms(qint64 nanoseconds)
{
    return double(nanoseconds) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : (n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2);
}

// The middle half of the values, "p25–p75 ms": how much a figure moved within the run.
QString spread(QList<double> values)
{
    if (values.isEmpty())
        return {};
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return QStringLiteral("%1–%2 ms")
            .arg(values.at(n / 4), 0, 'f', 1)
            .arg(values.at(std::min(n - 1, (3 * n) / 4)), 0, 'f', 1);
}

void waitUntil(const std::function<bool()> &condition)
{
    while (!condition())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

QString procStatus(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return QString::fromLatin1(line.mid(qstrlen(field) + 1).trimmed());
    }
    return QStringLiteral("?");
}

QString cpuModel()
{
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : cpuinfo.readAll().split('\n')) {
            if (line.startsWith("model name"))
                return QString::fromLatin1(line.mid(line.indexOf(':') + 1).trimmed());
        }
    }
    return QSysInfo::currentCpuArchitecture();
}

Workspace::Options memorySecrets()
{
    Workspace::Options options;
    options.secrets = SecretBackend::Memory;
    return options;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QString folder = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (folder.isEmpty())
        folder = QStringLiteral(SWITCHBOARD_BENCH_DIR);
    const int repetitions = argc > 2 ? QString::fromLatin1(argv[2]).toInt() : 15;
    // "first-frame": only the windows' first frames and the workspace read, for quick
    // comparisons and for profiling them.
    const bool firstFrameOnly = argc > 3 && QLatin1String(argv[3]) == QLatin1String("first-frame");

    QElapsedTimer clock;
    clock.start();
    QString error;
    bool generated = false;
    const QString file = BenchWorkspace::ensure(folder, &error, &generated);
    if (file.isEmpty()) {
        QTextStream(stderr) << "cannot prepare the workspace: " << error << Qt::endl;
        return 1;
    }
    out << (generated ? "Generated " : "Reused ") << file << " in "
        << QString::number(ms(clock.nsecsElapsed()) / 1000, 'f', 1) << " s ("
        << QString::number(double(QFile(file).size()) / (1024 * 1024), 'f', 0) << " MB)"
        << Qt::endl;

    DatabaseError dbError;
    auto database = WorkspaceDatabase::open(DatabaseLocation::sqlite(file), &dbError);
    if (!database) {
        QTextStream(stderr) << dbError.message << Qt::endl;
        return 1;
    }
    Workspace workspace(std::move(database), memorySecrets());
    FileDialog fileDialog;
    QTemporaryDir settingsDir;
    QSettings settings(settingsDir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    MainWindowDependencies deps;
    deps.workspace = &workspace;
    deps.fileDialog = &fileDialog;
    deps.settings = &settings;
    const QSize size(1200, 720);

    // One window, timed from before its construction to its first frame on screen.
    qint64 longestStallNs = 0;
    qint64 frameCpuNs = 0; // of the last first frame
    const auto firstFrame = [&size, &longestStallNs, &frameCpuNs](
                                    const std::function<QMainWindow *()> &make, qint64 *loadedNs) {
        QElapsedTimer timer;
        timer.start();
        const qint64 cpuStart = threadCpuNs();
        std::unique_ptr<QMainWindow> window(make());
        window->resize(size);
        FirstFrame frame(window.get());
        window->show();
        // Spin: an event loop waiting for more events is not woken by the offscreen
        // platform's expose, which would add tens of milliseconds that are not painting.
        while (!frame.done())
            QCoreApplication::processEvents();
        const qint64 painted = timer.nsecsElapsed();
        frameCpuNs = threadCpuNs() - cpuStart;
        if (auto *main = qobject_cast<MainWindow *>(window.get()); main && loadedNs) {
            // Spin, timing each pass of the event loop: the longest is the longest time the
            // window could not answer the user while the workspace was being read.
            QElapsedTimer pass;
            while (!main->isLoaded()) {
                pass.start();
                QCoreApplication::processEvents();
                longestStallNs = std::max(longestStallNs, pass.nsecsElapsed());
            }
            pass.start();
            settle(); // the rows painted
            longestStallNs = std::max(longestStallNs, pass.nsecsElapsed());
            *loadedNs = timer.nsecsElapsed();
        }
        window->close();
        window.reset();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return painted;
    };
    const auto empty = [] { return new QMainWindow; };
    // The console's frame without its content: the same menus, toolbar and status bar around an
    // empty central widget. What any window with that chrome pays, whatever it shows.
    const auto chrome = [] {
        auto *window = new QMainWindow;
        const QStringList menus{QStringLiteral("&File"), QStringLiteral("&Edit"),
                QStringLiteral("&View"), QStringLiteral("&Workspace"), QStringLiteral("&Help")};
        QToolBar *toolBar = window->addToolBar(QStringLiteral("Main toolbar"));
        toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        for (const QString &title : menus) {
            QMenu *menu = window->menuBar()->addMenu(title);
            for (int i = 0; i < 4; ++i)
                menu->addAction(QStringLiteral("%1 action %2…").arg(title.mid(1)).arg(i));
        }
        for (const QString &text : {QStringLiteral("Provision number"), QStringLiteral("Refresh"),
                     QStringLiteral("New organization…"), QStringLiteral("Manual queue"),
                     QStringLiteral("Settings…")})
            toolBar->addAction(text);
        window->setCentralWidget(new QWidget);
        window->statusBar()->addPermanentWidget(new QLabel(QStringLiteral("Vapi: online")));
        window->statusBar()->addPermanentWidget(
                new QLabel(QStringLiteral("Workspace: /home/user/workspace.db")));
        return window;
    };
    const auto console = [&deps] { return new MainWindow(deps); };
    // The same console on a workspace with nothing in it: what the data costs the first frame.
    QTemporaryDir emptyDir;
    auto emptyDatabase = WorkspaceDatabase::open(
            DatabaseLocation::sqlite(emptyDir.filePath(QStringLiteral("workspace.db"))), &dbError);
    Workspace emptyWorkspace(std::move(emptyDatabase), memorySecrets());
    MainWindowDependencies emptyDeps = deps;
    emptyDeps.workspace = &emptyWorkspace;
    const auto blankConsole = [&emptyDeps] { return new MainWindow(emptyDeps); };

    // Warm-up: the first window of a process pays for fonts, style and the platform plugin.
    firstFrame(empty, nullptr);
    qint64 ignored = 0;
    firstFrame(console, &ignored);

    firstFrame(blankConsole, &ignored);
    firstFrame(chrome, nullptr);
    QList<double> emptyMs, chromeMs, blankMs, consoleMs, loadedMs, stallMs;
    QList<double> emptyCpuMs, chromeCpuMs, blankCpuMs, consoleCpuMs;
    for (int i = 0; i < repetitions; ++i) {
        emptyMs << ms(firstFrame(empty, nullptr));
        emptyCpuMs << ms(frameCpuNs);
        chromeMs << ms(firstFrame(chrome, nullptr));
        chromeCpuMs << ms(frameCpuNs);
        qint64 blankLoaded = 0;
        blankMs << ms(firstFrame(blankConsole, &blankLoaded));
        blankCpuMs << ms(frameCpuNs);
        qint64 loaded = 0;
        longestStallNs = 0;
        consoleMs << ms(firstFrame(console, &loaded));
        consoleCpuMs << ms(frameCpuNs);
        loadedMs << ms(loaded);
        stallMs << ms(longestStallNs);
    }

    // History: opened on a loaded window, then filtered through its controls.
    QList<double> openMs, countMs;
    QMap<QString, QList<double>> filterMs;
    for (int i = 0; i < (firstFrameOnly ? 0 : std::max(repetitions / 3, 3)); ++i) {
        settings.clear(); // each window starts on the Assistants tab
        MainWindow window(deps);
        window.resize(size);
        window.show();
        waitUntil([&window] { return window.isLoaded(); });
        settle();
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("organizationTabs"));
        QElapsedTimer timer;
        timer.start();
        tabs->setCurrentIndex(2);
        HistoryView *history = window.historyView();
        HistoryModel *model = history->model();
        waitUntil([model] { return model->hasLoaded() && !model->isLoading(); });
        settle();
        openMs << ms(timer.nsecsElapsed());
        waitUntil([model] { return model->totalCount() >= 0; });
        countMs << ms(timer.nsecsElapsed());

        const auto measure = [&](const QString &name, const std::function<void()> &apply) {
            QElapsedTimer t;
            t.start();
            apply();
            waitUntil([model] { return !model->isLoading(); });
            settle();
            filterMs[name] << ms(t.nsecsElapsed());
        };
        auto *outcome = history->findChild<QComboBox *>(QStringLiteral("outcomeCombo"));
        auto *strategy = history->findChild<QComboBox *>(QStringLiteral("strategyCombo"));
        auto *search = history->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        const qint64 organization = workspace.organizations().list().at(7 + i).id;
        measure(QStringLiteral("organization"), [&] { history->setOrganizationId(organization); });
        measure(QStringLiteral("organization + outcome \"failed\""),
                [&] { outcome->setCurrentIndex(outcome->findData(QStringLiteral("failed"))); });
        measure(QStringLiteral("all organizations, outcome \"failed\""),
                [&] { history->setOrganizationId(0); });
        measure(QStringLiteral("+ link \"workspace-twilio\" (no match: failed ones have none)"),
                [&] {
                    strategy->setCurrentIndex(
                            strategy->findData(QStringLiteral("workspace-twilio")));
                });
        measure(QStringLiteral("outcome any, link \"workspace-twilio\""),
                [&] { outcome->setCurrentIndex(0); });
        measure(QStringLiteral("date range: one month"), [&] {
            strategy->setCurrentIndex(0);
            history->findChild<QDateEdit *>(QStringLiteral("sinceEdit"))
                    ->setDate(QDate(2024, 6, 1));
            history->findChild<QDateEdit *>(QStringLiteral("untilEdit"))
                    ->setDate(QDate(2024, 6, 30));
        });
        measure(QStringLiteral("text, common (\"Customer 1\")"), [&] {
            history->findChild<QDateEdit *>(QStringLiteral("sinceEdit"))
                    ->setDate(QDate(2000, 1, 1));
            history->findChild<QDateEdit *>(QStringLiteral("untilEdit"))
                    ->setDate(QDate(2000, 1, 1));
            search->setText(QStringLiteral("Customer 1"));
            Q_EMIT search->returnPressed();
        });
        measure(QStringLiteral("text, rare (\"line 37\" of one organization)"), [&] {
            search->setText(QStringLiteral("Customer 12 line 37"));
            Q_EMIT search->returnPressed();
        });
        measure(QStringLiteral("text, no match"), [&] {
            search->setText(QStringLiteral("zzz-no-such-thing"));
            Q_EMIT search->returnPressed();
        });
        measure(QStringLiteral("text being typed (\"Customer 12 li\": the last word a prefix)"),
                [&] {
                    search->setText(QStringLiteral("Customer 12 li"));
                    Q_EMIT search->returnPressed();
                });
        // The word index's weak spot: a word in every row, and filters that keep few of them.
        measure(QStringLiteral("text in every row (\"line\") + organization + outcome \"failed\""),
                [&] {
                    history->setOrganizationId(organization);
                    outcome->setCurrentIndex(outcome->findData(QStringLiteral("failed")));
                    search->setText(QStringLiteral("line"));
                    Q_EMIT search->returnPressed();
                });
        // The same long search superseded after 50 ms by clearing the text: the next filter
        // must not wait for it.
        search->setText(QStringLiteral("line "));
        Q_EMIT search->returnPressed();
        QElapsedTimer scanning;
        scanning.start();
        while (scanning.elapsed() < 50)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        measure(QStringLiteral("text cleared while that search still runs (it is interrupted)"),
                [&] {
                    search->clear();
                    Q_EMIT search->returnPressed();
                });
        // Who did it (issue 18): attempts by one of five operators, with an organization.
        auto *byCombo = history->findChild<QComboBox *>(QStringLiteral("operatorCombo"));
        waitUntil([byCombo] { return byCombo->count() > 1; });
        history->setOrganizationId(0);
        outcome->setCurrentIndex(0);
        waitUntil([model] { return !model->isLoading(); });
        const QString someone = BenchWorkspace::operatorName(i);
        measure(QStringLiteral("operator (one of five)"),
                [&] { byCombo->setCurrentIndex(byCombo->findData(someone)); });
        measure(QStringLiteral("operator + organization"),
                [&] { history->setOrganizationId(organization); });
        // The one timeline (issue 18): attempts and 200,000 other actions together, then the
        // actions alone, narrowed.
        auto *kindCombo = history->findChild<QComboBox *>(QStringLiteral("kindCombo"));
        history->setOrganizationId(0);
        byCombo->setCurrentIndex(0);
        waitUntil([model] { return !model->isLoading(); });
        const auto kind = [kindCombo](const QString &name) {
            kindCombo->setCurrentIndex(kindCombo->findData(name));
        };
        // (History opened on everything: the figures above are of the timeline.)
        measure(QStringLiteral("timeline: attempts alone"),
                [&] { kind(QStringLiteral("provisioning")); });
        measure(QStringLiteral("timeline: everything again"), [&] { kind(QStringLiteral("all")); });
        measure(QStringLiteral("timeline: other actions alone"),
                [&] { kind(QStringLiteral("events")); });
        measure(QStringLiteral("timeline: kind \"number-released\""),
                [&] { kind(QStringLiteral("number-released")); });
        measure(QStringLiteral("timeline: kind + operator"),
                [&] { byCombo->setCurrentIndex(byCombo->findData(someone)); });
        measure(QStringLiteral("timeline: kind + operator + organization"),
                [&] { history->setOrganizationId(organization); });
        measure(QStringLiteral("timeline: everything + organization + operator"),
                [&] { kind(QStringLiteral("all")); });
        measure(QStringLiteral("timeline: everything, words (\"line 37\")"), [&] {
            history->setOrganizationId(0);
            byCombo->setCurrentIndex(0);
            search->setText(QStringLiteral("line 37"));
            Q_EMIT search->returnPressed();
        });
        search->clear();
        kind(QStringLiteral("provisioning"));
        waitUntil([model] { return !model->isLoading(); });
        window.close();
    }

    const double emptyMedian = median(emptyMs);
    const double blankMedian = median(blankMs);
    const double consoleMedian = median(consoleMs);
    out << Qt::endl
        << "Machine: " << cpuModel() << ", " << QThread::idealThreadCount() << " logical cores, "
        << QSysInfo::prettyProductName() << ", Qt " << qVersion() << ", platform "
        << QGuiApplication::platformName() << Qt::endl;
    out << "Workspace: " << BenchWorkspace::Organizations << " organizations, "
        << BenchWorkspace::Assistants << " assistants, " << BenchWorkspace::Numbers << " numbers, "
        << BenchWorkspace::Attempts << " attempts; " << repetitions << " repetitions, medians"
        << Qt::endl
        << Qt::endl;
    const auto row = [](const QString &what, double value, const QString &note = {}) {
        out << "| " << what << " | " << QString::number(value, 'f', 1) << " ms | " << note << " |"
            << Qt::endl;
    };
    out << "| measurement | median | note |" << Qt::endl << "| --- | ---: | --- |" << Qt::endl;
    row(QStringLiteral("first frame: empty QMainWindow (baseline)"), emptyMedian,
            QStringLiteral("middle half %1").arg(spread(emptyMs)));
    row(QStringLiteral("first frame: QMainWindow with the console's menus, toolbar, status bar"),
            median(chromeMs),
            QStringLiteral("%1× the empty QMainWindow; middle half %2")
                    .arg(median(chromeMs) / emptyMedian, 0, 'f', 2)
                    .arg(spread(chromeMs)));
    row(QStringLiteral("first frame: MainWindow on an empty workspace"), blankMedian,
            QStringLiteral("%1× the empty QMainWindow; middle half %2")
                    .arg(blankMedian / emptyMedian, 0, 'f', 2)
                    .arg(spread(blankMs)));
    row(QStringLiteral("first frame: MainWindow on the large workspace"), consoleMedian,
            QStringLiteral("%1× the empty QMainWindow; %2× the console on an empty workspace "
                           "(goal ≤ 1.5×); middle half %3")
                    .arg(consoleMedian / emptyMedian, 0, 'f', 2)
                    .arg(consoleMedian / blankMedian, 0, 'f', 2)
                    .arg(spread(consoleMs)));
    const double emptyCpu = median(emptyCpuMs);
    row(QStringLiteral("first frame, GUI thread's processor time: empty QMainWindow"), emptyCpu,
            QStringLiteral("middle half %1").arg(spread(emptyCpuMs)));
    row(QStringLiteral("first frame, GUI thread's processor time: the console's chrome only"),
            median(chromeCpuMs),
            QStringLiteral("%1× the empty QMainWindow; middle half %2")
                    .arg(median(chromeCpuMs) / emptyCpu, 0, 'f', 2)
                    .arg(spread(chromeCpuMs)));
    row(QStringLiteral("first frame, GUI thread's processor time: MainWindow, empty workspace"),
            median(blankCpuMs),
            QStringLiteral("%1× the empty QMainWindow; middle half %2")
                    .arg(median(blankCpuMs) / emptyCpu, 0, 'f', 2)
                    .arg(spread(blankCpuMs)));
    row(QStringLiteral("first frame, GUI thread's processor time: MainWindow, large workspace"),
            median(consoleCpuMs),
            QStringLiteral("%1× the empty QMainWindow; middle half %2")
                    .arg(median(consoleCpuMs) / emptyCpu, 0, 'f', 2)
                    .arg(spread(consoleCpuMs)));
    row(QStringLiteral("MainWindow: workspace read and shown (Assistants tab)"), median(loadedMs),
            QStringLiteral("from construction; after the first frame"));
    row(QStringLiteral("MainWindow: longest pass of the event loop while reading it"),
            median(stallMs),
            QStringLiteral(
                    "the most the window kept the user waiting (median of each window's longest)"));
    if (firstFrameOnly)
        return 0;
    row(QStringLiteral("open History: first page shown"), median(openMs),
            QStringLiteral("goal < 100 ms"));
    row(QStringLiteral("open History: exact count of 1,000,000 known"), median(countMs),
            QStringLiteral("worker thread; the page does not wait for it"));
    for (auto it = filterMs.cbegin(); it != filterMs.cend(); ++it)
        row(QStringLiteral("filter: ") + it.key(), median(it.value()),
                QStringLiteral("goal < 100 ms"));
    out << Qt::endl
        << "Resident memory: peak (VmHWM) " << procStatus("VmHWM:") << ", now (VmRSS) "
        << procStatus("VmRSS:") << " (goal < 150 MB)" << Qt::endl;
    return 0;
}
