// SPDX-License-Identifier: Apache-2.0
#include "gui/widgets/ConnectionStatus.h"

#include "gui/support/StatusColors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace Switchboard {

ConnectionStatus::ConnectionStatus(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("connectionStatus"));
    setAccessibleName(tr("Connections"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(fontMetrics().averageCharWidth() * 3);
}

ConnectionStatus::State &ConnectionStatus::stateOf(const QString &account)
{
    State &state = m_states[account];
    if (!state.label) {
        state.label = new QLabel(this);
        state.label->setObjectName(QStringLiteral("connection:") + account);
        m_layout->addWidget(state.label);
        // At once, not from the event loop as a layout would: the status bar measures the room
        // for its message against this label as soon as it has its text.
        state.label->show();
    }
    return state;
}

void ConnectionStatus::setNoAccount(const QString &account)
{
    State &state = stateOf(account);
    state.online = true; // nothing is offline: nothing waits for it
    const QString text = tr("%1: no account set up").arg(account);
    state.label->setText(text);
    state.label->setAccessibleName(text);
    state.label->setPalette(palette());
    state.label->setToolTip(tr("Set up the workspace's %1 account (File → Settings), or an "
                               "organization's own.")
                                    .arg(account));
}

void ConnectionStatus::setKeyProblem(const QString &account, const QString &details)
{
    State &state = stateOf(account);
    state.online = false;
    const QString text = tr("%1: check the key").arg(account);
    state.label->setText(text);
    state.label->setAccessibleName(text);
    QPalette palette = state.label->palette();
    palette.setColor(QPalette::WindowText,
            StatusColors::text(StatusColors::Level::Warning, this->palette()));
    state.label->setPalette(palette);
    state.label->setToolTip(tr("%1 (Settings → Workspace, or Edit organization for a customer's "
                               "own account)")
                                    .arg(details));
}

void ConnectionStatus::setState(const QString &account, bool online, const QDateTime &since)
{
    State &state = stateOf(account);
    state.online = online;
    QString text;
    if (online) {
        text = tr("%1: online").arg(account);
    } else if (!since.isValid()) {
        text = tr("%1: offline").arg(account);
    } else {
        const QDateTime local = since.toLocalTime();
        const QString when = local.date() == QDate::currentDate()
                ? QLocale().toString(local.time(), QLocale::ShortFormat)
                : QLocale().toString(local, QLocale::ShortFormat);
        text = tr("%1: offline since %2").arg(account, when);
    }
    state.label->setText(text);
    state.label->setAccessibleName(text);
    QPalette palette = state.label->palette();
    palette.setColor(QPalette::WindowText,
            online ? this->palette().color(QPalette::WindowText)
                   : StatusColors::text(StatusColors::Level::Critical, this->palette()));
    state.label->setPalette(palette);
    state.label->setToolTip(online ? QString()
                                   : tr("Switchboard works from the workspace meanwhile; changes "
                                        "that need %1 wait for the connection.")
                                             .arg(account));
}

void ConnectionStatus::remove(const QString &account)
{
    const State state = m_states.take(account);
    delete state.label;
}

QString ConnectionStatus::text(const QString &account) const
{
    const auto it = m_states.constFind(account);
    return it == m_states.constEnd() ? QString() : it->label->text();
}

bool ConnectionStatus::isOnline(const QString &account) const
{
    return m_states.value(account).online;
}

bool ConnectionStatus::anyOffline() const
{
    for (const State &state : m_states) {
        if (!state.online)
            return true;
    }
    return false;
}

} // namespace Switchboard
