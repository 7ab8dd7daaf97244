// SPDX-License-Identifier: Apache-2.0
#include "gui/views/ScalingView.h"

#include "GuiTestSupport.h"
#include "ObjectCensus.h"

#include <QChart>
#include <QChartView>
#include <QDesktopServices>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QTest>
#include <QTextDocument>
#include <QUrl>
#include <QValueAxis>

using namespace Switchboard;

class LinkCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};

class TestScalingView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stageAndChart_data();
    void stageAndChart();
    void linksOpenInTheBrowser();
    void followsADarkPalette();
    void leavesNoChartBehind();
};

void TestScalingView::stageAndChart_data()
{
    QTest::addColumn<int>("organizations");
    QTest::addColumn<int>("freeUsed");
    QTest::addColumn<int>("twilioNumbers");
    QTest::addColumn<QString>("stage");
    QTest::addColumn<double>("costNow");
    QTest::addColumn<double>("costWith10");
    QTest::addColumn<double>("costWith50");

    // $2 a number: 3 of 10 free used leaves 7 free, so 10 more pay for 3.
    QTest::newRow("free numbers") << 3 << 3 << 0 << QStringLiteral("Free numbers") << 0.0 << 6.0
                                  << 86.0;
    QTest::newRow("twilio") << 12 << 10 << 4 << QStringLiteral("Twilio") << 8.0 << 28.0 << 108.0;
    QTest::newRow("many organizations")
            << 60 << 10 << 70 << QStringLiteral("Multi-organization Twilio") << 140.0 << 160.0
            << 240.0;
}

void TestScalingView::stageAndChart()
{
    QFETCH(int, organizations);
    QFETCH(int, freeUsed);
    QFETCH(int, twilioNumbers);
    QFETCH(QString, stage);
    QFETCH(double, costNow);
    QFETCH(double, costWith10);
    QFETCH(double, costWith50);

    ScalingInputs inputs;
    inputs.organizations = organizations;
    inputs.assistants = freeUsed + twilioNumbers;
    inputs.freeNumbersUsed = freeUsed;
    inputs.freeNumberCap = 10;
    inputs.twilioNumbers = twilioNumbers;
    inputs.workspaceTwilioConfigured = twilioNumbers > 0;
    inputs.twilioNumberMonthlyPrice = 2.0;

    ScalingView view;
    view.resize(1000, 520);
    view.setInputs(inputs);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QCOMPARE(view.findChild<QLabel *>(QStringLiteral("stageLabel"))->text(),
            QStringLiteral("Stage: ") + stage);
    QCOMPARE(view.findChild<QLabel *>(QStringLiteral("setupTimeLabel"))->text(),
            view.advice().setupTime);
    QVERIFY(view.findChild<QLabel *>(QStringLiteral("costNowLabel"))
                    ->text()
                    .startsWith(QStringLiteral("$%1.00 a month").arg(int(costNow))));
    const QString steps = view.findChild<QLabel *>(QStringLiteral("nextStepsLabel"))->text();
    QVERIFY(!view.advice().nextSteps.isEmpty());
    QVERIFY(steps.contains(view.advice().nextSteps.constFirst().toHtmlEscaped()));

    // One point per assistant added, 0 to 50, each the advice's own figure.
    QLineSeries *series = view.costSeries();
    QCOMPARE(series->count(), ScalingView::ChartedAssistants + 1);
    QCOMPARE(series->at(0), QPointF(0, costNow));
    QCOMPARE(series->at(10), QPointF(10, costWith10));
    QCOMPARE(series->at(50), QPointF(50, costWith50));
    QCOMPARE(series->at(0).y(), view.advice().monthlyCostNow);
    QCOMPARE(series->at(50).y(), view.advice().monthlyCostAfter50More);
    for (int i = 1; i < series->count(); ++i)
        QVERIFY(series->at(i).y() >= series->at(i - 1).y()); // never cheaper with more
    Test::saveScreenshot(&view,
            QStringLiteral("scaling-")
                    + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
}

void TestScalingView::linksOpenInTheBrowser()
{
    LinkCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
    ScalingView view;
    view.setInputs(ScalingInputs{});
    QVERIFY(!view.advice().links.isEmpty());
    auto *links = view.findChild<QLabel *>(QStringLiteral("linksLabel"));
    for (const ScalingAdvice::Link &link : view.advice().links) {
        QVERIFY(links->text().contains(link.title.toHtmlEscaped()));
        Q_EMIT links->linkActivated(link.url.toString());
    }
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QCOMPARE(catcher.urls.size(), view.advice().links.size());
    QCOMPARE(catcher.urls.constFirst(), view.advice().links.constFirst().url);
}

void TestScalingView::followsADarkPalette()
{
    ScalingView view;
    QCOMPARE(view.chartView()->chart()->theme(), QChart::ChartThemeLight);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, Qt::white);
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, Qt::white);
    dark.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    view.setPalette(dark);
    view.setAutoFillBackground(true);
    QCOMPARE(view.chartView()->chart()->theme(), QChart::ChartThemeDark);
    ScalingInputs inputs;
    inputs.freeNumbersUsed = 10;
    inputs.twilioNumbers = 3;
    view.setInputs(inputs);
    view.resize(1000, 520);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    Test::saveScreenshot(&view, QStringLiteral("scaling-dark"));
}

// The chart view that uic makes comes with a default chart of its own, and QChartView::setChart
// hands the previous chart back to the caller. LeakSanitizer found that chart (a QGraphicsWidget
// with its title's QTextDocument) never deleted, once per ScalingView.
void TestScalingView::leavesNoChartBehind()
{
    Test::ObjectCensus census;
    {
        ScalingView view;
        view.setInputs(ScalingInputs{});
        QCOMPARE(census.alive<QChart>(), 1);
        QCOMPARE(census.alive<QLineSeries>(), 1);
        QCOMPARE(census.alive<QValueAxis>(), 2);
    }
    QCOMPARE(census.alive<QChart>(), 0);
    QCOMPARE(census.alive<QLineSeries>(), 0);
    QCOMPARE(census.alive<QValueAxis>(), 0);
    // What LeakSanitizer saw: the chart's legend and its title's text document went with it.
    // (Not every QObject: Qt's gesture manager keeps the view's QPanGestures until it exits.)
    QCOMPARE(census.alive<QLegend>(), 0);
    QCOMPARE(census.alive<QTextDocument>(), 0);
}

QTEST_MAIN(TestScalingView)
#include "TestScalingView.moc"
