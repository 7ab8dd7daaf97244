// SPDX-License-Identifier: Apache-2.0
#include "cli/CliContext.h"
#include "cli/commands/Commands.h"
#include "cli/commands/VapiKeyCheck.h"

#include "core/domain/Organization.h"
#include "core/domain/Validation.h"
#include "core/secrets/CredentialService.h"
#include "core/secrets/SecretInput.h"
#include "core/secrets/SecretJob.h"
#include "core/secrets/SecretKey.h"
#include "core/storage/AccountStore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Switchboard::Cli {
namespace {

const QString Kinds
        = QStringLiteral("vapi-key, twilio-auth-token, twilio-api-key or twilio-api-secret");

QString describe(const QString &kind)
{
    if (kind == u"vapi-key")
        return QStringLiteral("the Vapi private key");
    if (kind == u"twilio-auth-token")
        return QStringLiteral("the Twilio auth token");
    if (kind == u"twilio-api-secret")
        return QStringLiteral("the Twilio API key secret");
    return QStringLiteral("the Twilio API key SID");
}

// `secret set` for the workspace (organization == nullptr) or one organization.
int secretSet(CliContext &context, const Organization *organization, const QString &kind,
        const QStringList &extra, bool allowSharedVapiAccount)
{
    if (!extra.isEmpty())
        return context.fail(BadUsage, SecretInput::argumentRefusal(describe(kind)));
    if (kind != u"vapi-key" && kind != u"twilio-auth-token" && kind != u"twilio-api-key"
            && kind != u"twilio-api-secret")
        return context.fail(BadUsage, QStringLiteral("KIND: must be ") + Kinds);

    const qint64 organizationId = organization ? organization->id : 0;
    std::optional<TwilioAccount> twilio = organization
            ? context.accounts().organizationTwilioAccount(organizationId)
            : context.accounts().workspaceTwilioAccount();
    std::optional<VapiAccount> vapi;
    if (kind == u"vapi-key") {
        if (organization) {
            for (const VapiAccount &account : context.accounts().vapiAccounts()) {
                if (account.organizationId == organizationId)
                    vapi = account;
            }
            if (!vapi)
                return context.fail(BadUsage,
                        QStringLiteral(
                                "vapi-key: %1 uses the workspace's Vapi account; set its key with "
                                "`workspace secret set vapi-key`, or give the organization its own "
                                "account with `org edit %2 --vapi-account own`")
                                .arg(organization->name, organization->slug));
        } else {
            vapi = context.accounts().workspaceVapiAccount();
            if (!vapi) {
                VapiAccount account;
                account.label = QStringLiteral("Workspace");
                if (const WriteResult saved = context.accounts().saveVapiAccount(account); !saved)
                    return context.fail(OperationFailed, saved.message());
                vapi = account;
            }
        }
    } else if (!twilio) {
        return context.fail(BadUsage,
                QStringLiteral("%1: there is no Twilio account to set it for; add one with %2 "
                               "--twilio-account-sid AC…")
                        .arg(kind,
                                organization
                                        ? QStringLiteral("`org edit %1`").arg(organization->slug)
                                        : QStringLiteral("`workspace set`")));
    }

    QString error;
    const std::optional<QString> value = SecretInput::readStandardInput(
            QStringLiteral("Enter %1: ").arg(describe(kind)), &error);
    if (!value)
        return context.fail(BadUsage, kind + QStringLiteral(": ") + error);

    if (kind == u"twilio-api-key") {
        // The key's SID is not secret: it is the account's configuration.
        if (const FieldError problem
                = Validation::checkTwilioSid(*value, TwilioSidKind::ApiKey, kind))
            return context.fail(BadUsage, problem.toString());
        twilio->authMode = TwilioAuthMode::ApiKey;
        twilio->apiKeySid = *value;
        if (const WriteResult saved = context.accounts().saveTwilioAccount(*twilio); !saved)
            return context.fail(OperationFailed, saved.message());
        context.out() << "The Twilio account now authenticates with API key " << *value
                      << "; set its secret with `secret set twilio-api-secret`.\n";
        return Success;
    }
    if (kind == u"twilio-api-secret" && twilio->authMode != TwilioAuthMode::ApiKey)
        return context.fail(BadUsage,
                QStringLiteral("twilio-api-secret: the account has no API key; set "
                               "`twilio-api-key` first"));
    if (kind == u"twilio-auth-token" && twilio->authMode == TwilioAuthMode::ApiKey) {
        twilio->authMode = TwilioAuthMode::AuthToken;
        twilio->apiKeySid.clear();
        if (const WriteResult saved = context.accounts().saveTwilioAccount(*twilio); !saved)
            return context.fail(OperationFailed, saved.message());
    }
    const SecretKey key
            = kind == u"vapi-key" ? SecretKey::forAccount(*vapi) : SecretKey::forAccount(*twilio);
    return context.runAsync([&](const std::function<void(int)> &done) {
        // The Vapi account a new Vapi key reaches is stored with it (empty: unknown).
        auto store = [&context, key, value, vapi, done](const std::optional<QString> &vapiOrgId) {
            SecretJob *job = context.credentials().set(key, *value);
            job->then(job, [&context, done, key, vapi, vapiOrgId](SecretJob *finished) {
                if (finished->error()) {
                    done(context.fail(OperationFailed, finished->error().message));
                    return;
                }
                if (vapiOrgId && vapi) {
                    VapiAccount account = *vapi;
                    account.vapiOrgId = *vapiOrgId;
                    if (const WriteResult saved = context.accounts().saveVapiAccount(account);
                            !saved) {
                        done(context.fail(OperationFailed, saved.message()));
                        return;
                    }
                }
                if (context.json())
                    context.printJson(QJsonObject{{QStringLiteral("stored"), key.toString()}});
                else
                    context.out() << "Stored in the keychain as " << key.toString() << ".\n";
                context.out().flush();
                done(Success);
            });
        };
        if (kind != u"vapi-key") {
            store(std::nullopt);
            return;
        }
        checkVapiKey(context, *vapi, *value, kind, allowSharedVapiAccount,
                [store, done](int code, const QString &vapiOrgId) {
                    if (code != Success)
                        done(code);
                    else
                        store(vapiOrgId);
                });
    });
}

int secretList(CliContext &context, const Organization *organization)
{
    QString error;
    const QList<SecretStatus> statuses = organization
            ? context.credentials().organizationStatus(organization->id, &error)
            : context.credentials().workspaceStatus(&error);
    if (!error.isEmpty())
        return context.fail(OperationFailed, error);
    QJsonArray array;
    for (const SecretStatus &status : statuses) {
        const QString source = status.source == SecretSource::Environment
                ? QStringLiteral("environment")
                : status.source == SecretSource::Keychain ? QStringLiteral("keychain")
                                                          : QStringLiteral("not set");
        if (context.json()) {
            array.append(QJsonObject{{QStringLiteral("key"), status.key.toString()},
                    {QStringLiteral("source"), source},
                    {QStringLiteral("environmentVariable"), status.environmentVariable},
                    {QStringLiteral("updatedAt"), status.updatedAt.toString(Qt::ISODate)}});
        } else {
            context.out() << status.key.toString().leftJustified(36) << ' ' << source;
            if (!status.environmentVariable.isEmpty())
                context.out() << " (" << status.environmentVariable << ')';
            context.out() << '\n';
        }
    }
    if (context.json())
        context.printJson(array);
    context.out().flush();
    return Success;
}

int runSecret(CliContext &context, const Organization *organization, const QString &name,
        const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "Store a secret in the keychain, read from standard input (never from the command "
            "line), or list which secrets are set without reading them."));
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("set KIND, or list."));
    if (arguments.value(0) == u"set")
        parser.addOption({QStringLiteral("allow-shared-vapi-account"),
                QStringLiteral("Accept a Vapi key that reaches the Vapi account of another "
                               "organization (they then share its free-number cap).")});
    int code = Success;
    if (!parseCommand(context, parser, name, arguments, &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (!context.openWorkspace())
        return context.openFailure();
    if (positional.value(0) == u"list")
        return secretList(context, organization);
    if (positional.value(0) == u"set" && positional.size() >= 2)
        return secretSet(context, organization, positional.at(1), positional.mid(2),
                parser.optionNames().contains(QStringLiteral("allow-shared-vapi-account")));
    return context.fail(BadUsage,
            name + QStringLiteral(": use `set KIND` (KIND: ") + Kinds
                    + QStringLiteral(") or `list`"));
}

} // namespace

int runOrgSecret(CliContext &context, const QStringList &arguments)
{
    // org secret (set|list) SLUG [KIND]
    const QString action = arguments.value(0);
    const QString slug = arguments.value(1);
    if ((action != u"set" && action != u"list") || slug.isEmpty() || slug.startsWith(u'-'))
        return context.fail(
                BadUsage, QStringLiteral("usage: org secret set SLUG KIND | org secret list SLUG"));
    if (!context.openWorkspace())
        return context.openFailure();
    Organization organization;
    if (!context.findOrganization(slug, &organization))
        return BadUsage;
    QStringList rest = arguments.mid(2);
    rest.prepend(action);
    return runSecret(context, &organization, QStringLiteral("org secret"), rest);
}

int runWorkspaceSecret(CliContext &context, const QStringList &arguments)
{
    return runSecret(context, nullptr, QStringLiteral("workspace secret"), arguments);
}

} // namespace Switchboard::Cli
