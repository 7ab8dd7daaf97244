// SPDX-License-Identifier: Apache-2.0
// Creating and linking assistants (AssistantLinking, used by the console and `switchboard-cli
// assistant create|link`), judged by the metadata the sandbox's Vapi holds: that is where the
// link lives for every console. Another customer's assistant is never moved by a link.
#include "EngineFixture.h"

#include "core/provisioning/AssistantLinking.h"
#include "core/provisioning/DirectoryRefresh.h"

using namespace Switchboard;
using Test::EngineFixture;

namespace {

ApiResult<Assistant> link(EngineFixture &f, const Organization &organization,
        AssistantLinking::Mode mode, const QString &nameOrId)
{
    std::optional<ApiResult<Assistant>> outcome;
    QObject context;
    AssistantLinking::createOrLink(f.engine->services(), organization, mode, nameOrId, &context,
            [&outcome](const ApiResult<Assistant> &result) { outcome = result; });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 10000))
        qFatal("no outcome");
    return *outcome;
}

QString linkedTo(EngineFixture &f, const QString &assistantId)
{
    return Test::vapiLinkOf(f, assistantId);
}

} // namespace

class TestAssistantLinking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createLinksTheNewAssistant();
    void linkingAnUnlinkedAssistant();
    void anotherCustomersAssistantIsNotMoved();
};

void TestAssistantLinking::createLinksTheNewAssistant()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    QVERIFY(f.setUpVapi(5));
    const Organization acme = f.addOrganization(QStringLiteral("acme"));
    const ApiResult<Assistant> created
            = link(f, acme, AssistantLinking::Mode::Create, QStringLiteral("Front Desk"));
    QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
    QCOMPARE(linkedTo(f, created.value().id), QStringLiteral("acme"));
    QCOMPARE(f.directory.assistant(created.value().id)->organizationId, acme.id);
    // On record, with who did it (issue 18).
    const QList<WorkspaceEvent> events = f.events(EventKind::AssistantCreated);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.constFirst().assistantId, created.value().id);
    QCOMPARE(events.constFirst().assistantName, QStringLiteral("Front Desk"));
    QCOMPARE(events.constFirst().organizationId, acme.id);
    QVERIFY(!events.constFirst().failed);
    QVERIFY(!events.constFirst().operatorName.isEmpty());
}

void TestAssistantLinking::linkingAnUnlinkedAssistant()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    QVERIFY(f.setUpVapi(5));
    const Organization acme = f.addOrganization(QStringLiteral("acme"));
    const QString unlinked = f.createAssistantsInVapi(QString(), 1).constFirst();
    QCOMPARE(linkedTo(f, unlinked), QString());
    const ApiResult<Assistant> linked = link(f, acme, AssistantLinking::Mode::Link, unlinked);
    QVERIFY2(linked, qPrintable(linked ? QString() : linked.error().toString()));
    QCOMPARE(linkedTo(f, unlinked), QStringLiteral("acme"));
    // Linking it again to the same organization changes nothing and is no error.
    QVERIFY(link(f, acme, AssistantLinking::Mode::Link, unlinked));
    QCOMPARE(linkedTo(f, unlinked), QStringLiteral("acme"));
    const QList<WorkspaceEvent> events = f.events(EventKind::AssistantLinked);
    QCOMPARE(events.size(), 2);
    for (const WorkspaceEvent &event : events) {
        QCOMPARE(event.assistantId, unlinked);
        QCOMPARE(event.organizationId, acme.id);
        QVERIFY(!event.failed);
    }
}

// Found by feeding the console another customer's assistant id: the link moved Zeta's
// assistant to Acme (and Acme's Twilio account would then have paid for its number).
void TestAssistantLinking::anotherCustomersAssistantIsNotMoved()
{
    EngineFixture f;
    QVERIFY(f.isValid());
    QVERIFY(f.setUpVapi(5));
    const Organization acme = f.addOrganization(QStringLiteral("acme"));
    const Organization zeta = f.addOrganization(QStringLiteral("zeta"));
    const QString zetas = f.createAssistants(zeta, 1).constFirst();
    const int patchesBefore
            = int(f.sandbox.requestLog()
                            .matching(QStringLiteral("PATCH"), QStringLiteral("/assistant/*"))
                            .size());
    const ApiResult<Assistant> refused = link(f, acme, AssistantLinking::Mode::Link, zetas);
    QVERIFY(!refused);
    const QString message = refused.error().toString();
    QVERIFY2(message.contains(zeta.name) && message.contains(QStringLiteral("one organization")),
            qPrintable(message));
    QCOMPARE(linkedTo(f, zetas), QStringLiteral("zeta"));
    QCOMPARE(int(f.sandbox.requestLog()
                             .matching(QStringLiteral("PATCH"), QStringLiteral("/assistant/*"))
                             .size()),
            patchesBefore);
    QCOMPARE(f.directory.assistant(zetas)->organizationId, zeta.id);

    // An id the serving account does not have (another customer's own Vapi account): said so,
    // not "refresh the list" (the second walk).
    const ApiResult<Assistant> unknown = link(f, acme, AssistantLinking::Mode::Link,
            QStringLiteral("0b7e3b0e-0000-4000-8000-000000000000"));
    QVERIFY(!unknown);
    QVERIFY2(unknown.error().toString().contains(QStringLiteral("another Vapi account")),
            qPrintable(unknown.error().toString()));

    // Both refusals are on record as failed, with their reasons; nothing as linked.
    const QList<WorkspaceEvent> events = f.events(EventKind::AssistantLinked);
    QCOMPARE(events.size(), 2);
    for (const WorkspaceEvent &event : events) {
        QVERIFY(event.failed);
        QCOMPARE(event.organizationId, acme.id);
        QVERIFY2(event.summary.contains(QStringLiteral("was not linked")),
                qPrintable(event.summary));
    }
    QVERIFY(std::any_of(events.cbegin(), events.cend(), [&zetas](const WorkspaceEvent &event) {
        return event.assistantId == zetas
                && event.summary.contains(QStringLiteral("one organization"));
    }));
}

QTEST_GUILESS_MAIN(TestAssistantLinking)
#include "TestAssistantLinking.moc"
