// SPDX-License-Identifier: Apache-2.0
#include "gui/widgets/WizardSteps.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QWizard>

namespace Switchboard {

WizardSteps::WizardSteps(QWizard *wizard)
    : QWidget(wizard)
    , m_wizard(wizard)
    , m_ids(wizard->pageIds())
{
    setObjectName(QStringLiteral("wizardSteps"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, fontMetrics().averageCharWidth() * 2, 0);
    for (int i = 0; i < m_ids.size(); ++i) {
        auto *label = new QLabel(this);
        label->setObjectName(QStringLiteral("wizardStep%1").arg(i + 1));
        layout->addWidget(label);
        m_labels << label;
    }
    layout->addStretch();
    connect(wizard, &QWizard::currentIdChanged, this, &WizardSteps::follow);
    follow(wizard->currentId());
}

QString WizardSteps::text() const
{
    if (m_current == 0)
        return {};
    return tr("Step %1 of %2: %3")
            .arg(m_current)
            .arg(m_ids.size())
            .arg(m_wizard->page(m_ids.at(m_current - 1))->title());
}

void WizardSteps::follow(int pageId)
{
    m_current = int(m_ids.indexOf(pageId)) + 1;
    for (int i = 0; i < m_labels.size(); ++i) {
        const QString title = m_wizard->page(m_ids.at(i))->title();
        QLabel *label = m_labels.at(i);
        const bool current = i + 1 == m_current;
        // Marked by a sign as well as by weight: the mark survives any style and palette.
        const QString mark = QStringLiteral("▸ ");
        const QString step = tr("%1. %2").arg(i + 1).arg(title);
        QFont font = label->font();
        font.setBold(current);
        label->setFont(font);
        label->setText(current ? mark + step : step);
        label->setIndent(current ? 0 : QFontMetrics(font).horizontalAdvance(mark));
        label->setEnabled(i + 1 <= m_current); // steps still ahead are greyed
    }
    setAccessibleName(text());
}

} // namespace Switchboard
