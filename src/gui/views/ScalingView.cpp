// SPDX-License-Identifier: Apache-2.0
#include "gui/views/ScalingView.h"

#include "gui/support/DisplayNames.h"
#include "gui/support/StatusColors.h"
#include "ui_ScalingView.h"

#include <QChart>
#include <QChartView>
#include <QDesktopServices>
#include <QEvent>
#include <QLineSeries>
#include <QValueAxis>

#include <cmath>

namespace Switchboard {
namespace {

QString stageDescription(ScalingAdvice::Stage stage)
{
    switch (stage) {
    case ScalingAdvice::Stage::FreeNumbers:
        return ScalingView::tr("Every assistant fits in the free allowance of Vapi numbers.");
    case ScalingAdvice::Stage::Twilio:
        return ScalingView::tr("Past the free allowance: new numbers come from Twilio, at a "
                               "monthly price each.");
    case ScalingAdvice::Stage::MultiOrganizationTwilio:
        return ScalingView::tr("Many customers: each organization gets its own Twilio account "
                               "or subaccount and number pool, billed separately.");
    }
    return {};
}

} // namespace

ScalingView::ScalingView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ScalingView>())
{
    m_ui->setupUi(this);
    QFont stageFont = m_ui->stageLabel->font();
    stageFont.setPointSizeF(stageFont.pointSizeF() * 1.4);
    stageFont.setBold(true);
    m_ui->stageLabel->setFont(stageFont);
    QFont captionFont = m_ui->nextStepsCaption->font();
    captionFont.setBold(true);
    m_ui->nextStepsCaption->setFont(captionFont);
    connect(m_ui->linksLabel, &QLabel::linkActivated, this,
            [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });

    m_series = new QLineSeries;
    m_series->setName(tr("Monthly cost"));
    m_chart = new QChart;
    m_chart->addSeries(m_series);
    m_chart->legend()->hide();
    m_chart->setTitle(tr("Monthly cost of numbers as assistants are added"));
    auto *axisX = new QValueAxis;
    axisX->setTitleText(tr("More assistants"));
    axisX->setRange(0, ChartedAssistants);
    axisX->setLabelFormat(QStringLiteral("%d"));
    axisX->setTickCount(6);
    auto *axisY = new QValueAxis;
    axisY->setTitleText(tr("US dollars a month"));
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(axisX, Qt::AlignBottom);
    m_chart->addAxis(axisY, Qt::AlignLeft);
    m_series->attachAxis(axisX);
    m_series->attachAxis(axisY);
    // uic's QChartView comes with a default chart, and setChart gives the previous chart back
    // to the caller (the view's scene owns only the current one): delete it, or it leaks.
    QChart *const defaultChart = m_ui->costChartView->chart();
    m_ui->costChartView->setChart(m_chart);
    delete defaultChart;
    m_ui->costChartView->setRenderHint(QPainter::Antialiasing);
    applyChartTheme();
    render();
}

ScalingView::~ScalingView() = default;

QChartView *ScalingView::chartView() const
{
    return m_ui->costChartView;
}

void ScalingView::setInputs(const ScalingInputs &inputs)
{
    m_inputs = inputs;
    render();
}

void ScalingView::render()
{
    m_advice = ScalingAdvice::advise(m_inputs);
    m_ui->stageLabel->setText(tr("Stage: %1").arg(displayName(m_advice.stage)));
    m_ui->stageDescriptionLabel->setText(stageDescription(m_advice.stage));
    m_ui->costNowLabel->setText(tr("%1 a month for %Ln Twilio number(s); free Vapi numbers: %2.",
            nullptr, m_inputs.twilioNumbers)
                                        .arg(DisplayNames::monthlyCost(m_advice.monthlyCostNow),
                                                ScalingAdvice::freeNumbersText(m_inputs)));
    m_ui->costLaterLabel->setText(
            tr("%1 a month with 10 more assistants, %2 with 50 more.")
                    .arg(DisplayNames::monthlyCost(m_advice.monthlyCostAfter10More),
                            DisplayNames::monthlyCost(m_advice.monthlyCostAfter50More)));
    m_ui->setupTimeLabel->setText(m_advice.setupTime);

    QString steps = QStringLiteral("<ol>");
    for (const QString &step : std::as_const(m_advice.nextSteps))
        steps += QStringLiteral("<li>") + step.toHtmlEscaped() + QStringLiteral("</li>");
    m_ui->nextStepsLabel->setText(steps + QStringLiteral("</ol>"));
    QStringList links;
    const QString linkColour = palette().color(QPalette::Link).name();
    for (const ScalingAdvice::Link &link : std::as_const(m_advice.links))
        links << QStringLiteral("<a href=\"%1\" style=\"color: %3\">%2</a>")
                         .arg(link.url.toString().toHtmlEscaped(), link.title.toHtmlEscaped(),
                                 linkColour);
    m_ui->linksLabel->setText(links.join(QStringLiteral("<br>")));

    QList<QPointF> points;
    double highest = 0;
    for (int more = 0; more <= ChartedAssistants; ++more) {
        const double cost = ScalingAdvice::monthlyCostWith(m_inputs, more);
        highest = std::max(highest, cost);
        points << QPointF(more, cost);
    }
    m_series->replace(points);
    // Round the axis up to a whole ten, and never to nothing: a flat $0 line still reads.
    const double top = std::max(10.0, std::ceil(highest / 10.0) * 10.0);
    for (QAbstractAxis *axis : m_chart->axes(Qt::Vertical)) {
        axis->setRange(0, top);
        if (auto *values = qobject_cast<QValueAxis *>(axis))
            values->applyNiceNumbers();
    }
    m_ui->costChartView->setAccessibleDescription(
            tr("From %1 a month now to %2 a month with %n more assistant(s).", nullptr,
                    ChartedAssistants)
                    .arg(DisplayNames::monthlyCost(points.constFirst().y()),
                            DisplayNames::monthlyCost(points.constLast().y())));
}

void ScalingView::applyChartTheme()
{
    const bool dark = StatusColors::isDark(palette());
    m_chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->setBackgroundBrush(palette().color(QPalette::Base));
    m_chart->setTitleBrush(palette().color(QPalette::Text));
    for (QAbstractAxis *axis : m_chart->axes()) {
        axis->setLabelsBrush(palette().color(QPalette::Text));
        axis->setTitleBrush(palette().color(QPalette::Text));
    }
    QPen pen = m_series->pen();
    pen.setWidthF(2.5);
    pen.setColor(palette().color(QPalette::Highlight));
    m_series->setPen(pen);
}

void ScalingView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_chart) {
        applyChartTheme();
        render();
    }
}

} // namespace Switchboard
