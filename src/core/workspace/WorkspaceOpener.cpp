// SPDX-License-Identifier: Apache-2.0
#include "core/workspace/WorkspaceOpener.h"

#include "core/secrets/DatabasePassword.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/secrets/SecretJob.h"
#include "core/workspace/PasswordPrompt.h"

#include <QTimer>

namespace Switchboard {

namespace {

constexpr int MaxPrompts = 3;

} // namespace

WorkspaceOpener::WorkspaceOpener(Request request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
{ }

WorkspaceOpener::~WorkspaceOpener() = default;

void WorkspaceOpener::start()
{
    // Always after start() returns, so that a caller connects first whatever the location.
    QTimer::singleShot(0, this, [this] {
        if (!m_request.location.isPostgres()) {
            openWith(QString());
            finish();
            return;
        }
        const DatabasePassword::FromEnvironment environment = DatabasePassword::fromEnvironment();
        if (environment.isSet()) {
            m_passwordSource = QStringLiteral("environment (%1)").arg(environment.variable);
            openWith(environment.value);
            finish(); // automation is never asked
            return;
        }
        readStoredPassword();
    });
}

SecretStore &WorkspaceOpener::passwordStore()
{
    if (m_request.passwordStore)
        return *m_request.passwordStore;
    if (!m_ownPasswordStore)
        m_ownPasswordStore = std::make_unique<KeychainSecretStore>(
                DatabasePassword::serviceName(m_request.location));
    return *m_ownPasswordStore;
}

void WorkspaceOpener::readStoredPassword()
{
    SecretJob *job = passwordStore().read(DatabasePassword::key());
    job->then(this, [this](SecretJob *read) {
        QString password;
        m_passwordSource = QStringLiteral("none");
        if (!read->error()) {
            password = read->value();
            m_passwordSource = QStringLiteral("keychain");
        } else if (read->error().kind != SecretError::Kind::NotFound) {
            // Not fatal: libpq may still find a password in ~/.pgpass, or the person types it.
            m_warnings << tr("The database password cannot be read from the keychain: %1")
                                  .arg(read->error().message);
        }
        // Without a stored password libpq may still find one (~/.pgpass) or need none.
        openWith(password);
        // Ask only when a password is what is missing, not when the server cannot be reached.
        const bool passwordIsTheProblem
                = password.isEmpty() || m_error.kind == DatabaseError::Kind::PasswordRefused;
        if (m_database || !m_request.prompt || !passwordIsTheProblem) {
            finish();
            return;
        }
        ask();
    });
}

void WorkspaceOpener::openWith(const QString &password)
{
    m_error = {};
    m_database = WorkspaceDatabase::open(m_request.location, &m_error, password, m_request.access);
    if (m_database)
        m_request.options.databasePassword = password;
}

void WorkspaceOpener::ask()
{
    ++m_prompts;
    const QString problem
            = m_prompts > 1 || m_passwordSource == u"keychain" ? m_error.message : QString();
    QPointer<WorkspaceOpener> self(this);
    m_request.prompt->ask(m_request.location, problem, [self](std::optional<QString> typed) {
        if (!self || self->m_finished)
            return;
        if (!typed) {
            self->m_error = {}; // declined: nothing to report but that
            self->finish();
            return;
        }
        self->openWith(*typed);
        if (self->m_database) {
            self->m_passwordSource = QStringLiteral("typed");
            self->keep(*typed);
            return;
        }
        const bool again = self->m_error.kind == DatabaseError::Kind::PasswordRefused
                && self->m_prompts < MaxPrompts;
        if (again)
            self->ask();
        else
            self->finish();
    });
}

void WorkspaceOpener::keep(const QString &password)
{
    // Kept for next time; a keychain that cannot store it only costs a prompt.
    SecretJob *job = passwordStore().write(DatabasePassword::key(), password);
    job->then(this, [this](SecretJob *written) {
        if (written->error())
            m_warnings << tr("The database password could not be kept in the keychain: %1")
                                  .arg(written->error().message);
        finish();
    });
}

void WorkspaceOpener::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
}

std::unique_ptr<Workspace> WorkspaceOpener::takeWorkspace()
{
    if (!m_database)
        return nullptr;
    return std::make_unique<Workspace>(std::move(m_database), m_request.options);
}

std::unique_ptr<WorkspaceDatabase> WorkspaceOpener::takeDatabase()
{
    return std::move(m_database);
}

} // namespace Switchboard
