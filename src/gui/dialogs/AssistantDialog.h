// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace Switchboard {

// Creating an assistant for an organization (its name), or linking one that exists in the
// organization's Vapi account (picked from the account's assistants that no organization has
// yet, or by its Vapi id). The button is off while the input is not usable; it emits
// submitted() and waits ("Creating…") for showOutcome(): closes when done, else keeps the input
// with the reason.
class AssistantDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode {
        Create,
        Link,
    };

    struct Candidate
    {
        QString id;
        QString name;
    };

    static constexpr int MaxNameLength = 40; // Vapi's limit for an assistant's name

    // Whose Vapi account the organization's assistants are in: the dialog names it as it is
    // (found by the walk: "the Vapi account of Brooks" for the workspace's).
    enum class Account {
        Workspace,
        OwnAccount
    };

    // `unlinked`: for Link, the account's assistants that no organization has yet.
    AssistantDialog(Mode mode, const QString &organizationName, Account account,
            const QList<Candidate> &unlinked = {}, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    // The name (Create) or the Vapi id (Link) as it would be submitted; empty while unusable.
    QString value() const;
    bool isWaiting() const { return m_waiting; }
    void showOutcome(bool done, const QString &message);

    void accept() override;

Q_SIGNALS:
    void submitted(const QString &nameOrId);

private:
    void showFeedback();

    Mode m_mode;
    QLineEdit *m_edit = nullptr; // the name, or a Vapi id typed by hand
    QListWidget *m_candidates = nullptr; // Link only
    QLabel *m_feedback = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_waiting = false;
};

} // namespace Switchboard
