// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/provisioning/ScalingAdvice.h"

#include <QWidget>

#include <memory>

class QChart;
class QChartView;
class QLineSeries;

namespace Ui {
class ScalingView;
}

namespace Switchboard {

// Where the selection stands and where it goes: the stage, what numbers cost now, a chart of
// the monthly cost as assistants are added (the free allowance first, then Twilio's price per
// number), the setup time, and the next steps with links that open in the browser.
class ScalingView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int ChartedAssistants = 50;

    explicit ScalingView(QWidget *parent = nullptr);
    ~ScalingView() override;

    void setInputs(const ScalingInputs &inputs);
    const ScalingInputs &inputs() const { return m_inputs; }
    const ScalingAdvice &advice() const { return m_advice; }
    QLineSeries *costSeries() const { return m_series; }
    QChartView *chartView() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void applyChartTheme();

    std::unique_ptr<Ui::ScalingView> m_ui;
    QChart *m_chart = nullptr;
    QLineSeries *m_series = nullptr;
    ScalingInputs m_inputs;
    ScalingAdvice m_advice;
};

} // namespace Switchboard
