// SPDX-License-Identifier: Apache-2.0
#include "gui/dialogs/AssistantDialog.h"

#include "core/domain/Validation.h"
#include "gui/support/StatusColors.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Switchboard {

AssistantDialog::AssistantDialog(Mode mode, const QString &organizationName, Account account,
        const QList<Candidate> &unlinked, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
{
    setObjectName(QStringLiteral("assistantDialog"));
    // Wide enough for a Vapi id (36 characters) beside its label, and for the reasons.
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("assistantEdit"));
    if (mode == Mode::Create) {
        setWindowTitle(tr("Create an assistant"));
        intro->setText((account == Account::OwnAccount
                        ? tr("A new assistant in the Vapi account of %1, linked "
                             "to it.")
                        : tr("A new assistant in the workspace's Vapi account, "
                             "linked to %1."))
                               .arg(organizationName));
        m_edit->setMaxLength(MaxNameLength);
        m_edit->setPlaceholderText(tr("Front Desk"));
        form->addRow(tr("&Name:"), m_edit);
        // Said before typing (found by the walk: a longer name was cut mid-word, unsaid).
        auto *limit = new QLabel(
                tr("Up to %n character(s): Vapi's limit for a name.", nullptr, MaxNameLength),
                this);
        limit->setObjectName(QStringLiteral("nameLimitLabel"));
        form->addRow(QString(), limit);
    } else {
        setWindowTitle(tr("Link an assistant"));
        const bool own = account == Account::OwnAccount;
        QString text;
        if (unlinked.isEmpty())
            text = own ? tr("The last listing of the Vapi account of %1 has no assistant "
                            "without an organization. For one made since, refresh (F5) first, "
                            "or type its Vapi id.")
                       : tr("The last listing of the workspace's Vapi account has no assistant "
                            "without an organization to link to %1. For one made since, refresh "
                            "(F5) first, or type its Vapi id.");
        else
            text = own ? tr("Pick an assistant of the Vapi account of %1 that no organization "
                            "has yet, or type its Vapi id.")
                       : tr("Pick an assistant of the workspace's Vapi account that no "
                            "organization has yet, or type its Vapi id, to link it to %1.");
        intro->setText(text.arg(organizationName));
        m_candidates = new QListWidget(this);
        m_candidates->setObjectName(QStringLiteral("candidateList"));
        m_candidates->setAccessibleName(tr("Assistants without an organization"));
        for (const Candidate &candidate : unlinked) {
            auto *item = new QListWidgetItem(
                    candidate.name.isEmpty() ? candidate.id : candidate.name, m_candidates);
            item->setData(Qt::UserRole, candidate.id);
            item->setToolTip(tr("Vapi id %1").arg(candidate.id));
        }
        m_candidates->setVisible(!unlinked.isEmpty());
        layout->addWidget(m_candidates);
        m_edit->setPlaceholderText(tr("a Vapi assistant id (a UUID)"));
        // "Or" only beside a list to pick from (found by the walk: an orphan "Or").
        form->addRow(unlinked.isEmpty() ? tr("Vapi &id:") : tr("Or the Vapi &id:"), m_edit);
        // A pick is a selection, not the current row: focusing the list makes its first row
        // current, and Enter must not link an assistant nobody chose.
        m_candidates->setSelectionMode(QAbstractItemView::SingleSelection);
        connect(m_candidates, &QListWidget::itemSelectionChanged, this, [this] {
            if (!m_candidates->selectedItems().isEmpty())
                m_edit->clear(); // the pick decides
            showFeedback();
        });
        connect(m_candidates, &QListWidget::itemActivated, this, &AssistantDialog::accept);
    }
    layout->addLayout(form);
    m_feedback = new QLabel(this);
    m_feedback->setObjectName(QStringLiteral("feedbackLabel"));
    m_feedback->setWordWrap(true);
    m_feedback->setAccessibleName(tr("What is wrong"));
    layout->addWidget(m_feedback);
    layout->addStretch();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)
            ->setText(mode == Mode::Create ? tr("Create") : tr("Link"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AssistantDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_candidates && !text.isEmpty())
            m_candidates->clearSelection(); // typing an id replaces the pick
        showFeedback();
    });
    if (m_candidates && m_candidates->count() > 0)
        m_candidates->setFocus();
    else
        m_edit->setFocus();
    showFeedback();
}

QString AssistantDialog::value() const
{
    if (m_mode == Mode::Create)
        return m_edit->text().trimmed();
    if (m_candidates && !m_candidates->selectedItems().isEmpty())
        return m_candidates->selectedItems().constFirst()->data(Qt::UserRole).toString();
    const QString id = m_edit->text().trimmed();
    return Validation::isVapiId(id) ? id : QString();
}

void AssistantDialog::showFeedback()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!value().isEmpty() && !m_waiting);
    const QString typed = m_edit->text().trimmed();
    if (m_mode == Mode::Link && !typed.isEmpty() && value().isEmpty()) {
        StatusColors::showOutcome(
                m_feedback, false, Validation::checkVapiId(typed, tr("Vapi id")).toString());
        return;
    }
    m_feedback->clear();
}

void AssistantDialog::accept()
{
    const QString chosen = value();
    if (m_waiting || chosen.isEmpty())
        return;
    m_waiting = true;
    m_edit->setEnabled(false);
    if (m_candidates)
        m_candidates->setEnabled(false);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    ok->setText(m_mode == Mode::Create ? tr("Creating…") : tr("Linking…"));
    StatusColors::showPending(m_feedback,
            m_mode == Mode::Create ? tr("Creating %1 in Vapi…").arg(chosen)
                                   : tr("Linking it in Vapi…"));
    Q_EMIT submitted(chosen);
}

void AssistantDialog::showOutcome(bool done, const QString &message)
{
    if (!m_waiting)
        return;
    m_waiting = false;
    if (done) {
        QDialog::accept();
        return;
    }
    m_edit->setEnabled(true);
    if (m_candidates)
        m_candidates->setEnabled(true);
    m_buttons->button(QDialogButtonBox::Ok)
            ->setText(m_mode == Mode::Create ? tr("Create") : tr("Link"));
    showFeedback();
    StatusColors::showOutcome(m_feedback, false, message);
}

} // namespace Switchboard
