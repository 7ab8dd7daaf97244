// SPDX-License-Identifier: Apache-2.0
// The sandbox demo's workspace says what is true of its accounts (found by the walk of issue 17:
// "Cap 10: Vapi's documented cap" for Acme and Copperline beside Brightside's "Cap 5: Vapi's
// documented cap"; Vapi documents 5). Judged against the demo world the sandbox serves.
#include "core/domain/VapiAccount.h"
#include "core/secrets/SecretKey.h"
#include "core/storage/AccountStore.h"
#include "core/storage/NumberPoolStore.h"
#include "core/storage/OrganizationStore.h"
#include "sandbox/SandboxDemo.h"
#include "sandbox/world/World.h"

#include "TestSupport.h"

#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Sandbox;

class TestSandboxDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void capsSayWhereTheyComeFrom();
};

void TestSandboxDemo::capsSayWhereTheyComeFrom()
{
    Test::TempWorkspace workspace;
    QVERIFY2(workspace.isValid(), qPrintable(workspace.errorString()));
    OrganizationStore organizations(workspace.database());
    AccountStore accounts(workspace.database());
    NumberPoolStore pool(workspace.database());
    SandboxDemo::Secrets secrets;
    QString error;
    const World world = World::demo();
    QVERIFY2(SandboxDemo::seedWorkspace(
                     world, workspace.database(), organizations, accounts, pool, &secrets, &error),
            qPrintable(error));

    int checked = 0;
    for (const VapiOrgRecord &org : world.vapiOrgs) {
        const int cap
                = org.freeNumberCap >= 0 ? org.freeNumberCap : world.settings.defaultFreeNumberCap;
        for (const VapiAccount &account : accounts.vapiAccounts()) {
            if (account.vapiOrgId != org.orgId)
                continue;
            ++checked;
            QCOMPARE(account.freeNumberCap, cap); // what the sandbox's Vapi grants
            QVERIFY2((account.capSource == CapSource::Documented)
                            == (cap == VapiAccount::DefaultFreeNumberCap),
                    qPrintable(org.name));
        }
    }
    QCOMPARE(checked, int(world.vapiOrgs.size()));
}

QTEST_MAIN(TestSandboxDemo)
#include "TestSandboxDemo.moc"
