// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "TestSupport.h"

#include "core/api/RequestScheduler.h"
#include "core/api/VapiClient.h"
#include "core/provisioning/CredentialClientProvider.h"
#include "core/provisioning/DirectoryRefresh.h"
#include "core/provisioning/ProvisioningEngine.h"
#include "core/provisioning/ProvisioningJob.h"
#include "core/secrets/CredentialService.h"
#include "core/secrets/EnvironmentCredentials.h"
#include "core/secrets/MemorySecretStore.h"
#include "core/secrets/SecretIndex.h"
#include "core/secrets/SecretJob.h"
#include "core/secrets/SecretKey.h"
#include "core/setup/OrganizationSetup.h"
#include "core/storage/AccountStore.h"
#include "core/storage/DirectoryStore.h"
#include "core/storage/EventLog.h"
#include "core/storage/HistoryStore.h"
#include "core/storage/ManualTaskStore.h"
#include "core/storage/NumberPoolStore.h"
#include "core/storage/OrganizationStore.h"
#include "core/storage/WorkspaceSettings.h"
#include "core/workspace/Workspace.h"
#include "sandbox/SandboxServer.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <functional>

namespace Switchboard::Test {

// The whole provisioning stack against an embedded sandbox: a workspace, the stores, secrets in
// memory, real API clients over loopback, and the engine.
class EngineFixture
{
public:
    static constexpr auto VapiKey = "sandbox-vapi-key";
    static constexpr auto OrgTwilioSid = "AC00000000000000000000000000000001";
    static constexpr auto OrgTwilioToken = "org-twilio-token";
    static constexpr auto WorkspaceTwilioSid = "AC00000000000000000000000000000002";
    static constexpr auto WorkspaceTwilioToken = "workspace-twilio-token";

    // `shapeWorld` changes the sandbox's world before it starts (settings that cannot change
    // later, such as the area codes without free numbers).
    explicit EngineFixture(TempWorkspace::Backend backend = TempWorkspace::Backend::FromEnvironment,
            const std::function<void(Sandbox::World &)> &shapeWorld = {})
        : workspace(backend)
        , sandbox(shaped(testWorld(), shapeWorld))
        , session(workspace.database(), sessionOptions(secretStore))
        , organizations(session.organizations())
        , accounts(session.accounts())
        , pool(session.pool())
        , history(session.history())
        , tasks(session.tasks())
        , directory(session.directory())
        , settings(session.settings())
        , secretIndex(session.secretIndex())
        , credentials(session.credentials())
        , clients(network, scheduler, credentials)
    {
        QString error;
        // The tests here provision on request; the automatic path's own tests turn it on.
        if (const WriteResult off = settings.setAutoProvisionByDefault(false); !off)
            qFatal("cannot turn automatic provisioning off: %s", qPrintable(off.message()));
        sandboxPort = sandbox.listen(QHostAddress::LocalHost, 0, &error);
        clients.setBaseUrlOverrides(sandbox.baseUrl(), sandbox.baseUrl());
        ApiCallPolicy fast;
        fast.transferTimeout = std::chrono::milliseconds(1500);
        fast.backoffBase = std::chrono::milliseconds(10);
        fast.backoffCap = std::chrono::milliseconds(50);
        fast.budget = std::chrono::milliseconds(10000);
        fast.maxAttempts = 5;
        fast.jitterSeed = 7;
        clients.setCallPolicy(fast);
        services.organizations = &organizations;
        services.accounts = &accounts;
        services.pool = &pool;
        services.history = &history;
        services.tasks = &tasks;
        services.directory = &directory;
        services.settings = &settings;
        services.clients = &clients;
        services.clock
                = [this] { return QDateTime::currentDateTimeUtc().addSecs(clockOffsetSeconds); };
        engine = std::make_unique<ProvisioningEngine>(services);
    }

    // The events of one kind on record, newest first (judged from the database, not a store).
    QList<WorkspaceEvent> events(EventKind kind)
    {
        EventFilter filter;
        filter.kinds = {kind};
        return EventLog(workspace.database()).page(filter, 1000);
    }

    // Secrets in this fixture's failing-on-request memory store.
    static Workspace::Options sessionOptions(MemorySecretStore &store)
    {
        Workspace::Options options;
        options.secrets = SecretBackend::Memory;
        options.secretStore = &store;
        return options;
    }

    // No accounts (each test adds its own) and numbers to buy in 415 and 212.
    static Sandbox::World testWorld()
    {
        Sandbox::World world;
        Sandbox::InventoryRule local;
        local.areaCodes = {QStringLiteral("415"), QStringLiteral("212")};
        local.count = 150;
        world.inventoryRules << local;
        return world;
    }

    static Sandbox::World shaped(
            Sandbox::World world, const std::function<void(Sandbox::World &)> &shape)
    {
        if (shape)
            shape(world);
        return world;
    }

    bool isValid() const { return sandboxPort != 0 && workspace.isValid(); }

    // Stores a secret and waits for the keychain stand-in to confirm.
    bool setSecret(const SecretKey &key, const QString &value)
    {
        SecretJob *job = credentials.set(key, value);
        QSignalSpy done(job, &SecretJob::finished);
        return done.wait(5000) && !job->error();
    }

    // The workspace's Vapi account with its key, in the sandbox too.
    bool setUpVapi(int cap)
    {
        sandbox.state().addVapiAccount(QLatin1String(VapiKey), cap);
        VapiAccount account;
        account.label = QStringLiteral("Workspace");
        account.freeNumberCap = cap;
        return accounts.saveVapiAccount(account)
                && setSecret(SecretKey::forAccount(account), QLatin1String(VapiKey));
    }

    // An organization, with its own Twilio account and pool when given.
    Organization addOrganization(const QString &slug, const QStringList &pool = {},
            bool allowPurchase = false, int purchaseLimit = 0)
    {
        OrganizationSetup setup;
        setup.slug = slug;
        setup.name = slug;
        setup.preferredAreaCode = QStringLiteral("415");
        if (!pool.isEmpty() || allowPurchase) {
            sandbox.state().addTwilioAccount(
                    QLatin1String(OrgTwilioSid), QLatin1String(OrgTwilioToken), pool);
            setup.twilioAccountSid = QLatin1String(OrgTwilioSid);
            setup.poolNumbers = pool;
            setup.allowPurchase = allowPurchase;
            setup.monthlyPurchaseLimit = purchaseLimit;
        }
        QString error;
        if (!setup.save(workspace.database(), organizations, accounts, this->pool, &error))
            qWarning() << "organization setup failed:" << error;
        if (const auto twilio = accounts.organizationTwilioAccount(setup.id))
            setSecret(SecretKey::forAccount(*twilio), QLatin1String(OrgTwilioToken));
        return *organizations.findById(setup.id);
    }

    // Creates assistants in the sandbox, linked to the organization, and refreshes the cache.
    QStringList createAssistants(const Organization &organization, int count)
    {
        return createAssistantsInVapi(organization.slug, count);
    }

    // Creates assistants in the sandbox's Vapi account linked to the organization `slug`
    // (none when empty: made in the Vapi dashboard), and refreshes the cache.
    QStringList createAssistantsInVapi(const QString &slug, int count)
    {
        QStringList ids;
        VapiClient client(network, scheduler,
                VapiCredentials{
                        sandbox.baseUrl(), QLatin1String(VapiKey), QStringLiteral("setup")});
        for (int i = 0; i < count; ++i) {
            VapiAssistantDraft draft;
            draft.name = QStringLiteral("%1 assistant %2")
                                 .arg(slug.isEmpty() ? QStringLiteral("unlinked") : slug)
                                 .arg(i + 1);
            if (!slug.isEmpty())
                draft.metadata.insert(DirectoryRefresh::metadataKey(), slug);
            bool done = false;
            client.createAssistant(draft, &client, [&](const ApiResult<Assistant> &result) {
                if (result)
                    ids << result.value().id;
                done = true;
            });
            if (!QTest::qWaitFor([&done] { return done; }, 5000))
                qWarning("the sandbox did not answer the assistant's creation");
        }
        refresh();
        return ids;
    }

    bool refresh() const
    {
        auto *refresh = new DirectoryRefresh(engine->services());
        QSignalSpy done(refresh, &DirectoryRefresh::finished);
        refresh->start();
        const bool ok = done.wait(10000) && done.constFirst().constFirst().toBool();
        refresh->deleteLater();
        return ok;
    }

    // Runs one provisioning to its end.
    ProvisioningResult provision(const Organization &organization, const QString &assistantId) const
    {
        QString error;
        ProvisioningJob *job = engine->provision(organization.id, assistantId, &error);
        if (!job)
            return {};
        QSignalSpy finished(job, &ProvisioningJob::finished);
        if (!finished.wait(20000))
            return {};
        return finished.constFirst().constFirst().value<ProvisioningResult>();
    }

    TempWorkspace workspace;
    Sandbox::SandboxServer sandbox;
    quint16 sandboxPort = 0;
    MemorySecretStore secretStore;
    // The workspace as the product opens it (src/core/workspace), over this temporary one.
    Workspace session;
    OrganizationStore &organizations;
    AccountStore &accounts;
    NumberPoolStore &pool;
    HistoryStore &history;
    ManualTaskStore &tasks;
    DirectoryStore &directory;
    WorkspaceSettings &settings;
    SecretIndex &secretIndex;
    CredentialService &credentials;
    QNetworkAccessManager network;
    RequestScheduler scheduler;
    CredentialClientProvider clients;
    ProvisioningServices services;
    std::unique_ptr<ProvisioningEngine> engine;
    // The engine's clock runs this far ahead of the real one (tests of what ages).
    qint64 clockOffsetSeconds = 0;
};

// The free numbers the sandbox's Vapi holds for an assistant: what Vapi says, not the workspace.
// The organization the sandbox's Vapi metadata links an assistant to ("" for none), judged
// outside the workspace: that is where the link lives for every console.
inline QString vapiLinkOf(EngineFixture &f, const QString &assistantId)
{
    for (const Sandbox::VapiOrgRecord &org : f.sandbox.state().world().vapiOrgs) {
        for (const Sandbox::AssistantRecord &assistant : org.assistants) {
            if (assistant.id == assistantId)
                return assistant.fields.value(QStringLiteral("metadata"))
                        .toObject()
                        .value(DirectoryRefresh::metadataKey())
                        .toString();
        }
    }
    return QStringLiteral("(not in Vapi)");
}

inline QList<Sandbox::VapiNumberRecord> vapiNumbersOf(EngineFixture &f, const QString &assistantId)
{
    QList<Sandbox::VapiNumberRecord> found;
    for (const Sandbox::VapiOrgRecord &org : f.sandbox.state().world().vapiOrgs) {
        for (const Sandbox::VapiNumberRecord &number : org.phoneNumbers) {
            if (number.fields.value(QLatin1String("assistantId")).toString() == assistantId)
                found << number;
        }
    }
    return found;
}

} // namespace Switchboard::Test
