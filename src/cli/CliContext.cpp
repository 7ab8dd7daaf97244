// SPDX-License-Identifier: Apache-2.0
#include "cli/CliContext.h"

#include "cli/TerminalPasswordPrompt.h"
#include "cli/TerminalText.h"
#include "core/api/ApiEndpoint.h"
#include "core/api/VapiClient.h"
#include "core/domain/Organization.h"
#include "core/provisioning/CredentialClientProvider.h"
#include "core/provisioning/DirectoryRefresh.h"
#include "core/provisioning/ProvisioningEngine.h"
#include "core/provisioning/ProvisioningStack.h"
#include "core/storage/OrganizationStore.h"
#include "core/storage/WorkspaceDatabase.h"
#include "core/storage/WorkspacePaths.h"
#include "core/workspace/UserSettings.h"
#include "core/workspace/WorkspaceOpener.h"
#include "sandbox/SandboxDemoSession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace Switchboard::Cli {

CliContext::CliContext() = default;

CliContext::~CliContext()
{
    // The engine's jobs and the sandbox use the workspace: they go first.
    m_stack.reset();
    m_sandboxSession.reset();
    m_workspace.reset();
}

QString CliContext::dataDirectory() const
{
    return WorkspacePaths::dataDirectory(m_dataDir);
}

bool CliContext::workspaceIsReadOnly() const
{
    return m_workspace && m_workspace->database().isReadOnly();
}

std::unique_ptr<WorkspaceOpener> CliContext::opener(
        const DatabaseLocation &location, WorkspaceAccess access)
{
    static TerminalPasswordPrompt terminal;
    WorkspaceOpener::Request request;
    request.location = location;
    request.access = access;
    // The sandbox's demo keys stay in memory; the environment's keys are for the real services.
    request.options.secrets = m_sandbox ? SecretBackend::Memory : SecretBackend::Keychain;
    if (!m_sandbox)
        request.options.environment = EnvironmentCredentials::fromSystem();
    // A person at a terminal is asked; JSON output means a program, which is never asked.
    request.prompt = !json() && TerminalPasswordPrompt::available() ? &terminal : nullptr;
    auto open = std::make_unique<WorkspaceOpener>(std::move(request));
    runAsync([&open](const std::function<void(int)> &done) {
        QObject::connect(open.get(), &WorkspaceOpener::finished, open.get(), [done] { done(0); });
        open->start();
    });
    return open;
}

bool CliContext::openWorkspace(Access access)
{
    if (m_workspace)
        return true;
    if (m_sandbox && m_dataDir.isEmpty()) {
        // The sandbox demo never touches the user's own workspace.
        m_sandboxDir = std::make_unique<QTemporaryDir>();
        m_dataDir = m_sandboxDir->path();
    }
    const std::optional<DatabaseLocation> location = databaseLocation();
    if (!location) {
        m_openFailure = BadUsage;
        return false;
    }
    m_openFailure = OperationFailed;
    // The sandbox seeds its demo world: it always writes.
    std::unique_ptr<WorkspaceOpener> open = opener(*location,
            access == Access::Read && !m_sandbox ? WorkspaceAccess::ReadOnlyIfNeeded
                                                 : WorkspaceAccess::ReadWrite);
    for (const QString &warning : open->warnings())
        err() << "switchboard-cli: " << printable(warning) << '\n';
    m_passwordSource = open->passwordSource();
    m_workspace = open->takeWorkspace();
    if (!m_workspace) {
        const DatabaseError &error = open->error();
        QString message = error.message.isEmpty()
                ? QStringLiteral("no password was given for ") + location->describe()
                : error.message;
        if (error.kind == DatabaseError::Kind::ReadOnly && access == Access::Write)
            message += QStringLiteral(
                    " Commands that only read (history, org list, number list, usage, ...) "
                    "work on it as it is.");
        if (location->isPostgres() && m_passwordSource == u"none")
            message += QStringLiteral(
                    " (No password is stored for this database: store it with `switchboard-cli "
                    "database password set --database URL`, or set "
                    "SWITCHBOARD_DATABASE_PASSWORD.)");
        fail(OperationFailed, message);
        return false;
    }
    return !m_sandbox || startSandbox();
}

std::unique_ptr<WorkspaceDatabase> CliContext::openOtherDatabase(
        const DatabaseLocation &location, DatabaseError *error)
{
    std::unique_ptr<WorkspaceOpener> open = opener(location, WorkspaceAccess::ReadWrite);
    *error = open->error();
    if (error->message.isEmpty())
        error->message = QStringLiteral("no password was given for ") + location.describe();
    return open->takeDatabase();
}

std::optional<DatabaseLocation> CliContext::databaseLocation()
{
    // The sandbox demo always stays in its temporary folder; migrate reads the data folder.
    QSettings stored;
    const UserSettings user(stored);
    if (m_databaseUrl.isEmpty() && (m_sandbox || m_ignoreStoredLocation))
        return DatabaseLocation::sqlite(WorkspacePaths::databaseFile(dataDirectory()));
    QString problem;
    std::optional<DatabaseLocation> location
            = user.workspaceLocation(m_databaseUrl, dataDirectory(), &problem);
    if (!location)
        fail(BadUsage, problem);
    return location;
}

bool CliContext::startSandbox()
{
    m_sandboxSession = std::make_unique<Sandbox::SandboxDemoSession>(*m_workspace);
    runAsync([this](const std::function<void(int)> &done) {
        QObject::connect(m_sandboxSession.get(), &Sandbox::SandboxDemoSession::finished,
                m_sandboxSession.get(), [done] { done(0); });
        m_sandboxSession->start();
    });
    if (!m_sandboxSession->error().isEmpty()) {
        fail(OperationFailed,
                QStringLiteral("the sandbox cannot start: ") + m_sandboxSession->error());
        return false;
    }
    m_vapiUrl = m_twilioUrl = m_sandboxSession->baseUrl().toString();
    if (!connectApis())
        return false;
    // A fresh listing, so that usage and lists show the demo world as it is.
    return runAsync([this](const std::function<void(int)> &done) {
        auto *refresh = new DirectoryRefresh(services());
        QObject::connect(refresh, &DirectoryRefresh::finished, refresh, [refresh, done](bool) {
            refresh->deleteLater();
            done(Success);
        });
        refresh->start();
    }) == Success;
}

int CliContext::runAsync(const std::function<void(std::function<void(int)> done)> &start)
{
    int result = OperationFailed;
    bool finished = false;
    QTimer::singleShot(0, [&] {
        start([&](int code) {
            Q_ASSERT(!finished);
            finished = true;
            result = code;
            QCoreApplication::exit(code);
        });
    });
    if (!finished)
        QCoreApplication::exec();
    return result;
}

ProvisioningServices CliContext::services()
{
    // With the engine's clients and directory once connectApis() succeeded: a listing made for
    // the command counts for the engine's jobs too.
    return m_stack ? m_stack->services() : m_workspace->services();
}

bool CliContext::connectApis()
{
    if (m_stack)
        return true;
    const QUrl vapi(m_vapiUrl);
    const QUrl twilio(m_twilioUrl);
    if (!m_vapiUrl.isEmpty()) {
        if (const QString problem = ApiEndpoint::checkBaseUrl(vapi); !problem.isEmpty()) {
            fail(BadUsage, QStringLiteral("--vapi-url: ") + problem);
            return false;
        }
    }
    if (!m_twilioUrl.isEmpty()) {
        if (const QString problem = ApiEndpoint::checkBaseUrl(twilio); !problem.isEmpty()) {
            fail(BadUsage, QStringLiteral("--twilio-url: ") + problem);
            return false;
        }
    }
    ProvisioningStack::Options options;
    options.vapiBaseUrl = vapi;
    options.twilioBaseUrl = twilio;
    m_stack = std::make_unique<ProvisioningStack>(*m_workspace, options);
    return true;
}

std::unique_ptr<VapiClient> CliContext::vapiClientWithKey(
        const VapiAccount &account, const QString &key)
{
    if (!connectApis())
        return nullptr;
    return std::unique_ptr<VapiClient>(m_stack->clients().newVapiClient(account, key, nullptr));
}

ProvisioningEngine &CliContext::engine()
{
    Q_ASSERT(m_stack);
    return m_stack->engine();
}

bool CliContext::findOrganization(const QString &slug, Organization *organization)
{
    const auto found = organizations().findBySlug(slug);
    if (!found) {
        fail(BadUsage,
                QStringLiteral("organization: there is no organization \"%1\" (see `org list`)")
                        .arg(slug));
        return false;
    }
    *organization = *found;
    return true;
}

} // namespace Switchboard::Cli
