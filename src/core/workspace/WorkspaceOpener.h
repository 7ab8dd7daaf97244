// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/storage/DatabaseLocation.h"
#include "core/storage/WorkspaceDatabase.h"
#include "core/workspace/Workspace.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace Switchboard {

class PasswordPrompt;
class SecretJob;
class SecretStore;

// Goes from a location to an open Workspace, asynchronously: for a team workspace the password
// comes from the environment (SWITCHBOARD_DATABASE_PASSWORD, PGPASSWORD), else the keychain,
// else a PasswordPrompt (at most three times); a typed password that opens the workspace is kept
// in the keychain. finished() is emitted exactly once; then workspace() or error().
class WorkspaceOpener : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        DatabaseLocation location;
        WorkspaceAccess access = WorkspaceAccess::ReadWrite;
        Workspace::Options options; // its databasePassword is filled in here
        // Asks a person when no stored password opens it; null: nobody to ask.
        PasswordPrompt *prompt = nullptr;
        // Where team database passwords are kept; null: the operating system's keychain under
        // DatabasePassword::serviceName(location).
        SecretStore *passwordStore = nullptr;
    };

    explicit WorkspaceOpener(Request request, QObject *parent = nullptr);
    ~WorkspaceOpener() override;

    void start();

    // After finished(): the workspace (once; null on failure) or why it did not open. An
    // empty message with no workspace: the person declined to give a password.
    std::unique_ptr<Workspace> takeWorkspace();
    // After finished(), instead of takeWorkspace(): the database alone (`workspace migrate`
    // copies into one).
    std::unique_ptr<WorkspaceDatabase> takeDatabase();
    const DatabaseError &error() const { return m_error; }
    // Where the team database's password came from: "environment (VARIABLE)", "keychain",
    // "typed" or "none"; empty for SQLite.
    QString passwordSource() const { return m_passwordSource; }
    // Not fatal, for the caller to show: the keychain could not be read or written.
    QStringList warnings() const { return m_warnings; }

Q_SIGNALS:
    void finished();

private:
    void readStoredPassword();
    void openWith(const QString &password);
    void ask();
    void keep(const QString &password);
    void finish();
    SecretStore &passwordStore();

    Request m_request;
    std::unique_ptr<SecretStore> m_ownPasswordStore;
    std::unique_ptr<WorkspaceDatabase> m_database;
    DatabaseError m_error;
    QString m_passwordSource;
    QStringList m_warnings;
    int m_prompts = 0;
    bool m_finished = false;
};

} // namespace Switchboard
