// SPDX-License-Identifier: Apache-2.0
#include "gui/widgets/PoolEditor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace Switchboard {

namespace {

constexpr int PoolNumberIdRole = Qt::UserRole + 1;

} // namespace

PoolEditor::PoolEditor(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_removeButton(new QPushButton(tr("Remove from the poo&l"), this))
    , m_addLabel(new QLabel(tr("Add num&bers (one a line, or separated by commas):"), this))
    , m_addEdit(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("poolEditor"));
    auto *poolLabel = new QLabel(tr("Its number pool:"), this);
    m_list->setObjectName(QStringLiteral("poolList"));
    m_list->setAccessibleName(tr("Numbers in the workspace's pool"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    poolLabel->setBuddy(m_list);
    m_removeButton->setObjectName(QStringLiteral("removePoolNumberButton"));
    m_removeButton->setToolTip(tr("Only numbers not in use can be taken out: a number in use "
                                  "belongs to an assistant. The number stays in Twilio."));
    m_addLabel->setWordWrap(true);
    m_addLabel->setBuddy(m_addEdit);
    m_addEdit->setObjectName(QStringLiteral("poolAddEdit"));
    m_addEdit->setAccessibleName(tr("Numbers to add to the pool"));
    m_addEdit->setTabChangesFocus(true);
    m_addEdit->setPlaceholderText(QStringLiteral("+1 415 555 2671\n(415) 555-2672"));
    const int line = fontMetrics().lineSpacing();
    m_list->setMaximumHeight(line * 7);
    m_addEdit->setMaximumHeight(line * 4);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_removeButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(poolLabel);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addWidget(m_addLabel);
    layout->addWidget(m_addEdit);

    connect(m_list, &QListWidget::itemSelectionChanged, this, &PoolEditor::updateButtons);
    connect(m_removeButton, &QPushButton::clicked, this, &PoolEditor::removeSelected);
    render();
}

void PoolEditor::setNumbers(const QList<PoolNumber> &numbers)
{
    m_numbers = numbers;
    m_removed.clear();
    render();
}

void PoolEditor::render()
{
    m_list->clear();
    for (const PoolNumber &number : std::as_const(m_numbers)) {
        if (m_removed.contains(number.id))
            continue;
        const bool free = number.state == PoolNumber::State::Available;
        auto *item = new QListWidgetItem(free ? tr("%1: free").arg(number.number.displayText())
                        : number.state == PoolNumber::State::Imported
                        ? tr("%1: in Vapi, in use").arg(number.number.displayText())
                        : tr("%1: being provisioned").arg(number.number.displayText()),
                m_list);
        item->setData(PoolNumberIdRole, number.id);
        if (!free)
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    if (m_list->count() == 0) {
        auto *item = new QListWidgetItem(tr("No numbers yet."), m_list);
        item->setFlags(Qt::NoItemFlags);
    }
    updateButtons();
}

void PoolEditor::updateButtons()
{
    bool anyFree = false;
    for (const QListWidgetItem *item : m_list->selectedItems()) {
        const qint64 id = item->data(PoolNumberIdRole).toLongLong();
        for (const PoolNumber &number : std::as_const(m_numbers))
            anyFree = anyFree || (number.id == id && number.state == PoolNumber::State::Available);
    }
    m_removeButton->setEnabled(anyFree);
}

void PoolEditor::removeSelected()
{
    for (const QListWidgetItem *item : m_list->selectedItems()) {
        const qint64 id = item->data(PoolNumberIdRole).toLongLong();
        for (const PoolNumber &number : std::as_const(m_numbers)) {
            if (number.id == id && number.state == PoolNumber::State::Available)
                m_removed.insert(id);
        }
    }
    render();
}

QStringList PoolEditor::entries() const
{
    static const QRegularExpression separators(QStringLiteral("[\\n,;]"));
    QStringList entries;
    for (const QString &part : m_addEdit->toPlainText().split(separators)) {
        const QString entry = part.trimmed();
        if (!entry.isEmpty())
            entries << entry;
    }
    return entries;
}

QList<PhoneAddress> PoolEditor::added() const
{
    QList<PhoneAddress> numbers;
    for (const QString &entry : entries()) {
        const PhoneAddress number = PhoneAddress::fromNumber(entry, QStringLiteral("US"));
        const bool inPool = std::any_of(m_numbers.cbegin(), m_numbers.cend(),
                [&number](const PoolNumber &pooled) { return pooled.number == number; });
        if (number.isValid() && !inPool && !numbers.contains(number))
            numbers << number;
    }
    return numbers;
}

QList<FieldError> PoolEditor::problems(const QString &field) const
{
    QList<FieldError> problems;
    for (const QString &entry : entries()) {
        QString error;
        if (!PhoneAddress::fromNumber(entry, QStringLiteral("US"), &error).isValid())
            problems << FieldError{field, error};
    }
    return problems;
}

QWidget *PoolEditor::addField() const
{
    return m_addEdit;
}

} // namespace Switchboard
