// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QHash>
#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace Switchboard {

// The status bar's word on each account's connection: "Vapi (workspace): online", or
// "Twilio (acme): offline since 14:32" in the critical colour.
class ConnectionStatus : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionStatus(QWidget *parent = nullptr);

    // `since`: when it went offline (or came back); ignored while online.
    void setState(const QString &account, bool online, const QDateTime &since = {});
    // Nothing to connect to: no account of that service is set up (not "online", issue 17).
    void setNoAccount(const QString &account);
    // Reached, but it would not work with what it was given (a key missing from the keychain,
    // or refused): not "offline", and said with what to do.
    void setKeyProblem(const QString &account, const QString &details);
    void remove(const QString &account);
    QString text(const QString &account) const;
    bool isOnline(const QString &account) const;
    // Whether any account is known to be offline.
    bool anyOffline() const;

private:
    struct State
    {
        QLabel *label = nullptr;
        bool online = true;
    };

    State &stateOf(const QString &account);

    QHBoxLayout *m_layout = nullptr;
    QHash<QString, State> m_states;
};

} // namespace Switchboard
