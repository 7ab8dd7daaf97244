// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "GuiTestSupport.h"
#include "HistoryFixture.h"
#include "TestSupport.h"
#include "core/provisioning/ProvisioningServices.h"
#include "core/snapshot/SnapshotCache.h"
#include "core/storage/AccountStore.h"
#include "core/storage/DirectoryStore.h"
#include "core/storage/HistoryStore.h"
#include "core/storage/ManualTaskStore.h"
#include "core/storage/NumberPoolStore.h"
#include "core/storage/OrganizationStore.h"
#include "core/storage/WorkspaceSettings.h"
#include "core/workspace/Workspace.h"
#include "gui/MainWindow.h"
#include "gui/support/FileDialog.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSettings>
#include <QUuid>

namespace Switchboard::Test {

// A temporary workspace with every store, and a small world to fill it with:
// Acme Dental (own Twilio account with a pool) and Zeta Clinics, served by the workspace's Vapi
// account; five assistants, five numbers in Vapi, one pool number not yet imported.
class GuiWorld
{
public:
    GuiWorld()
        : session(workspace.database(), memorySecrets())
        , organizations(session.organizations())
        , accounts(session.accounts())
        , pool(session.pool())
        , history(session.history())
        , tasks(session.tasks())
        , directory(session.directory())
        , settings(session.settings())
    {
        // The tests here provision on request; the automatic path's own tests turn it on.
        if (const WriteResult off = settings.setAutoProvisionByDefault(false); !off)
            qFatal("cannot turn automatic provisioning off: %s", qPrintable(off.message()));
    }

    // A synchronous snapshot cache over the workspace, made and read on first use (after
    // populate(), typically); it reads again whenever a store changes.
    SnapshotCache &snapshots()
    {
        if (!m_cache) {
            m_cache = std::make_unique<SnapshotCache>(session.stores());
            m_cache->reload();
        }
        return *m_cache;
    }

    ProvisioningServices services()
    {
        ProvisioningServices s;
        s.organizations = &organizations;
        s.accounts = &accounts;
        s.pool = &pool;
        s.history = &history;
        s.tasks = &tasks;
        s.directory = &directory;
        s.settings = &settings;
        return s;
    }

    // The main window over this world's stores, with worker connections to the same file.
    MainWindowDependencies mainWindowDependencies(FileDialog &fileDialog, QSettings &userSettings)
    {
        MainWindowDependencies d;
        d.workspace = &session;
        d.fileDialog = &fileDialog;
        d.settings = &userSettings;
        d.defaultDatabaseFile = databaseFile(workspace);
        return d;
    }

    static QString databaseFile(const TempWorkspace &workspace)
    {
        return QDir(workspace.path()).filePath(QStringLiteral("workspace.db"));
    }

    static QString sid(char prefix1, char prefix2, int n)
    {
        return QString(QLatin1Char(prefix1)) + QLatin1Char(prefix2)
                + QStringLiteral("%1").arg(n, 32, 16, QLatin1Char('0'));
    }

    void addVapiAccount(int cap = VapiAccount::DefaultFreeNumberCap)
    {
        vapi.label = QStringLiteral("Workspace");
        vapi.freeNumberCap = cap;
        if (!accounts.saveVapiAccount(vapi))
            qFatal("cannot save the Vapi account");
    }

    Organization addOrganization(const QString &slug, const QString &name)
    {
        Organization organization = makeOrganization(slug, name);
        if (!organizations.add(organization))
            qFatal("cannot add %s", qPrintable(slug));
        return organization;
    }

    Assistant addAssistant(const Organization &organization, const QString &name)
    {
        Assistant assistant;
        assistant.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        assistant.vapiAccountId = vapi.id;
        assistant.organizationId = organization.id;
        assistant.name = name;
        if (!directory.upsertAssistant(assistant))
            qFatal("cannot add assistant %s", qPrintable(name));
        return assistant;
    }

    PhoneNumber addNumber(NumberProvider provider, const QString &e164, const Assistant *assistant,
            qint64 organizationId, const QString &twilioSid = {},
            NumberStatus status = NumberStatus::Active)
    {
        PhoneNumber number;
        number.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        number.vapiAccountId = vapi.id;
        number.organizationId = organizationId;
        number.provider = provider;
        number.address = PhoneAddress::parse(e164);
        number.status = status;
        number.assistantId = assistant ? assistant->id : QString();
        number.twilioAccountSid = twilioSid;
        if (!directory.upsertNumber(number))
            qFatal("cannot add number %s", qPrintable(e164));
        return number;
    }

    void populate()
    {
        addVapiAccount();
        acme = addOrganization(QStringLiteral("acme"), QStringLiteral("Acme Dental"));
        zeta = addOrganization(QStringLiteral("zeta"), QStringLiteral("Zeta Clinics"));
        acmeTwilio.organizationId = acme.id;
        acmeTwilio.accountSid = sid('A', 'C', 1);
        workspaceTwilio.accountSid = sid('A', 'C', 2);
        if (!accounts.saveTwilioAccount(acmeTwilio) || !accounts.saveTwilioAccount(workspaceTwilio))
            qFatal("cannot add the Twilio accounts");

        frontDesk = addAssistant(acme, QStringLiteral("Front Desk"));
        nightLine = addAssistant(acme, QStringLiteral("Night Line"));
        afterHours = addAssistant(acme, QStringLiteral("After Hours"));
        zetaReception = addAssistant(zeta, QStringLiteral("Zeta Reception"));
        zetaSales = addAssistant(zeta, QStringLiteral("Zeta Sales"));

        frontDeskNumber = addNumber(
                NumberProvider::Vapi, QStringLiteral("+14155552671"), &frontDesk, acme.id);
        nightLineNumber = addNumber(NumberProvider::Twilio, QStringLiteral("+14155552672"),
                &nightLine, acme.id, acmeTwilio.accountSid);
        acmeSpare = addNumber(NumberProvider::Vapi, QStringLiteral("+14155552673"), nullptr,
                acme.id, {}, NumberStatus::Activating);
        zetaNumber = addNumber(
                NumberProvider::Vapi, QStringLiteral("+442079460958"), &zetaReception, zeta.id);
        workspaceSpare = addNumber(NumberProvider::Twilio, QStringLiteral("+14155552674"), nullptr,
                0, workspaceTwilio.accountSid);
        if (Test::addToPool(pool, acmeTwilio.id,
                    {PhoneAddress::parse(QStringLiteral("+14155552680")),
                            PhoneAddress::parse(QStringLiteral("+14155552672"))})
                != 2)
            qFatal("cannot fill Acme Dental's pool");
    }

    static Workspace::Options memorySecrets()
    {
        Workspace::Options options;
        options.secrets = SecretBackend::Memory;
        return options;
    }

    TempWorkspace workspace;
    // The workspace as the product opens it, over the temporary one.
    Workspace session;
    OrganizationStore &organizations;
    AccountStore &accounts;
    NumberPoolStore &pool;
    HistoryStore &history;
    ManualTaskStore &tasks;
    DirectoryStore &directory;
    WorkspaceSettings &settings;

    VapiAccount vapi;
    Organization acme;
    Organization zeta;
    TwilioAccount acmeTwilio;
    TwilioAccount workspaceTwilio;
    Assistant frontDesk, nightLine, afterHours, zetaReception, zetaSales;
    PhoneNumber frontDeskNumber, nightLineNumber, acmeSpare, zetaNumber, workspaceSpare;

private:
    std::unique_ptr<SnapshotCache> m_cache;
};

} // namespace Switchboard::Test
