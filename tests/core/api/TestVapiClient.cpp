// SPDX-License-Identifier: Apache-2.0
#include "ApiSandbox.h"

#include <QSet>
#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Test;

// Every Vapi call against the embedded sandbox, and the errors it maps.
class TestVapiClient : public QObject
{
    Q_OBJECT

    static Assistant createAssistant(ApiSandbox &sandbox, const QString &name)
    {
        VapiAssistantDraft draft;
        draft.name = name;
        draft.firstMessage = QStringLiteral("Hello!");
        auto result = await<Assistant>(
                [&](QObject *c, auto done) { sandbox.vapi->createAssistant(draft, c, done); });
        if (!result || !result->ok())
            qFatal("could not create an assistant");
        return result->value();
    }

private Q_SLOTS:
    void assistants()
    {
        ApiSandbox sandbox;
        VapiAssistantDraft draft;
        draft.name = QStringLiteral("Support Assistant");
        draft.firstMessage = QStringLiteral("Hello! How can I help?");
        draft.metadata.insert(QStringLiteral("switchboardOrganization"), QStringLiteral("acme"));
        draft.extra.insert(QStringLiteral("model"),
                QJsonObject{{QStringLiteral("provider"), QStringLiteral("openai")},
                        {QStringLiteral("model"), QStringLiteral("gpt-4o")}});
        auto created = await<Assistant>(
                [&](QObject *c, auto done) { sandbox.vapi->createAssistant(draft, c, done); });
        SB_VERIFY_OK(created);
        const Assistant assistant = created->value();
        QCOMPARE(assistant.name, draft.name);
        QCOMPARE(assistant.metadata.value(QStringLiteral("switchboardOrganization")).toString(),
                QStringLiteral("acme"));
        QVERIFY(!assistant.metadata.value(QStringLiteral("switchboardRequestId"))
                         .toString()
                         .isEmpty());
        QVERIFY(assistant.createdAt.isValid());

        auto fetched = await<Assistant>(
                [&](QObject *c, auto done) { sandbox.vapi->getAssistant(assistant.id, c, done); });
        SB_VERIFY_OK(fetched);
        QCOMPARE(fetched->value().id, assistant.id);

        auto list = await<QList<Assistant>>(
                [&](QObject *c, auto done) { sandbox.vapi->listAssistants(c, done); });
        SB_VERIFY_OK(list);
        QCOMPARE(list->value().size(), 1);

        VapiAssistantPatch patch;
        patch.name = QStringLiteral("Renamed");
        patch.metadata
                = QJsonObject{{QStringLiteral("switchboardOrganization"), QStringLiteral("beta")}};
        auto updated = await<Assistant>([&](QObject *c, auto done) {
            sandbox.vapi->updateAssistant(assistant.id, patch, c, done);
        });
        SB_VERIFY_OK(updated);
        QCOMPARE(updated->value().name, QStringLiteral("Renamed"));
        QCOMPARE(updated->value()
                         .metadata.value(QStringLiteral("switchboardOrganization"))
                         .toString(),
                QStringLiteral("beta"));

        auto deleted = await<Assistant>([&](QObject *c, auto done) {
            sandbox.vapi->deleteAssistant(assistant.id, c, done);
        });
        SB_VERIFY_OK(deleted);
        QCOMPARE(deleted->value().id, assistant.id);

        auto gone = await<Assistant>(
                [&](QObject *c, auto done) { sandbox.vapi->getAssistant(assistant.id, c, done); });
        QVERIFY(gone && !gone->ok());
        QCOMPARE(gone->error().category, ApiError::Category::NotFound);
        QCOMPARE(gone->error().httpStatus, 404);
        QCOMPARE(sandbox.count(QStringLiteral("POST"), QStringLiteral("/assistant")), 1);
    }

    void freeNumbers()
    {
        ApiSandbox sandbox;
        const Assistant assistant = createAssistant(sandbox, QStringLiteral("Front desk"));

        auto byAreaCode = await<PhoneNumber>([&](QObject *c, auto done) {
            sandbox.vapi->createFreeNumber(
                    {QStringLiteral("415"), {}, assistant.id, QStringLiteral("Acme main")}, c,
                    done);
        });
        SB_VERIFY_OK(byAreaCode);
        const PhoneNumber pstn = byAreaCode->value();
        QCOMPARE(toString(pstn.provider), toString(NumberProvider::Vapi));
        QVERIFY(pstn.address.isNumber());
        QCOMPARE(pstn.address.northAmericanAreaCode(), QStringLiteral("415"));
        QCOMPARE(pstn.assistantId, assistant.id);
        QCOMPARE(pstn.name, QStringLiteral("Acme main"));
        QVERIFY(pstn.isFree());

        auto bySip = await<PhoneNumber>([&](QObject *c, auto done) {
            sandbox.vapi->createFreeNumber(
                    {{}, QStringLiteral("sip:Acme-Desk@sip.vapi.ai"), {}, {}}, c, done);
        });
        SB_VERIFY_OK(bySip);
        QVERIFY(bySip->value().address.isSipUri());
        QCOMPARE(bySip->value().address.toString(), QStringLiteral("sip:acme-desk@sip.vapi.ai"));
        QVERIFY(!bySip->value().isAssigned());

        // An area code without a name is tagged with one, to be found again.
        auto tagged = await<PhoneNumber>([&](QObject *c, auto done) {
            sandbox.vapi->createFreeNumber({QStringLiteral("212"), {}, {}, {}}, c, done);
        });
        SB_VERIFY_OK(tagged);
        QVERIFY(tagged->value().name.startsWith(QStringLiteral("Switchboard ")));

        auto fetched = await<PhoneNumber>(
                [&](QObject *c, auto done) { sandbox.vapi->getPhoneNumber(pstn.id, c, done); });
        SB_VERIFY_OK(fetched);
        QCOMPARE(fetched->value().address, pstn.address);
        QCOMPARE(toString(fetched->value().status), toString(NumberStatus::Active));

        // Unassign with an explicit null; assign again.
        auto unassigned = await<PhoneNumber>([&](QObject *c, auto done) {
            sandbox.vapi->updatePhoneNumber(
                    pstn.id, {QStringLiteral("vapi"), QString(), std::nullopt}, c, done);
        });
        SB_VERIFY_OK(unassigned);
        QVERIFY(!unassigned->value().isAssigned());
        auto assigned = await<PhoneNumber>([&](QObject *c, auto done) {
            sandbox.vapi->updatePhoneNumber(pstn.id,
                    {QStringLiteral("vapi"), assistant.id, QStringLiteral("Acme line")}, c, done);
        });
        SB_VERIFY_OK(assigned);
        QCOMPARE(assigned->value().assistantId, assistant.id);
        QCOMPARE(assigned->value().name, QStringLiteral("Acme line"));

        auto v1 = await<QList<PhoneNumber>>(
                [&](QObject *c, auto done) { sandbox.vapi->listPhoneNumbers(c, done); });
        SB_VERIFY_OK(v1);
        QCOMPARE(v1->value().size(), 3);
        auto v2 = await<QList<PhoneNumber>>(
                [&](QObject *c, auto done) { sandbox.vapi->listAllPhoneNumbers(c, done); });
        SB_VERIFY_OK(v2);
        QCOMPARE(v2->value().size(), 3);

        auto deleted = await<PhoneNumber>(
                [&](QObject *c, auto done) { sandbox.vapi->deletePhoneNumber(pstn.id, c, done); });
        SB_VERIFY_OK(deleted);
        QCOMPARE(deleted->value().id, pstn.id);
        auto gone = await<PhoneNumber>(
                [&](QObject *c, auto done) { sandbox.vapi->getPhoneNumber(pstn.id, c, done); });
        QVERIFY(gone && !gone->ok());
        QCOMPARE(gone->error().category, ApiError::Category::NotFound);
        QCOMPARE(sandbox.count(QStringLiteral("POST"), QStringLiteral("/phone-number")), 3);
    }

    void importTwilioNumbers_data()
    {
        QTest::addColumn<bool>("byApiKey");
        QTest::addColumn<bool>("smsEnabled");
        QTest::newRow("auth token, SMS left alone") << false << false;
        QTest::newRow("API key and secret, SMS too") << true << true;
    }
    void importTwilioNumbers()
    {
        QFETCH(bool, byApiKey);
        QFETCH(bool, smsEnabled);
        const QString owned = QStringLiteral("+14155550100");
        ApiSandbox sandbox(ApiSandbox::defaultWorld(), 10, {owned});
        const Assistant assistant = createAssistant(sandbox, QStringLiteral("Imported"));
        VapiTwilioImportRequest request;
        request.number = QStringLiteral("+1 415 555 0100");
        request.twilioAccountSid = ApiSandbox::TwilioSid;
        if (byApiKey) {
            request.twilioApiKey = ApiSandbox::TwilioKeySid;
            request.twilioApiSecret = ApiSandbox::TwilioKeySecret;
        } else {
            request.twilioAuthToken = ApiSandbox::TwilioToken;
        }
        request.smsEnabled = smsEnabled;
        request.assistantId = assistant.id;
        request.name = QStringLiteral("Acme imported");
        auto imported = await<PhoneNumber>(
                [&](QObject *c, auto done) { sandbox.vapi->importTwilioNumber(request, c, done); });
        SB_VERIFY_OK(imported);
        QCOMPARE(toString(imported->value().provider), toString(NumberProvider::Twilio));
        QCOMPARE(imported->value().address.toString(), owned);
        QCOMPARE(imported->value().twilioAccountSid, ApiSandbox::TwilioSid);
        QCOMPARE(imported->value().assistantId, assistant.id);

        // On the Twilio side Vapi set the voice URL, and the SMS URL only with smsEnabled.
        auto numbers = await<QList<TwilioIncomingNumber>>([&](QObject *c, auto done) {
            sandbox.twilio->listIncomingNumbers({owned, {}, 50}, c, done);
        });
        SB_VERIFY_OK(numbers);
        QCOMPARE(numbers->value().size(), 1);
        QVERIFY(numbers->value().first().voiceUrl.contains(QStringLiteral("vapi.ai")));
        QCOMPARE(numbers->value().first().smsUrl.contains(QStringLiteral("vapi.ai")), smsEnabled);

        // Provider is always sent; twilio numbers are updated as twilio.
        auto unassigned = await<PhoneNumber>([&](QObject *c, auto done) {
            sandbox.vapi->updatePhoneNumber(imported->value().id,
                    {QStringLiteral("twilio"), QString(), std::nullopt}, c, done);
        });
        SB_VERIFY_OK(unassigned);
        QVERIFY(!unassigned->value().isAssigned());
    }

    void pagingOver2500()
    {
        ApiSandbox sandbox;
        Sandbox::VapiOrgRecord *org = sandbox.server.state().vapiOrgByKey(ApiSandbox::VapiKey);
        QVERIFY(org);
        for (int i = 0; i < 2500; ++i) {
            Sandbox::VapiNumberRecord record;
            record.id = sandbox.server.state().newUuid();
            record.provider = QStringLiteral("vapi");
            record.createdAt = record.updatedAt = sandbox.server.state().now();
            record.fields.insert(
                    QStringLiteral("sipUri"), QStringLiteral("sip:line-%1@sip.vapi.ai").arg(i));
            sandbox.server.state().addVapiNumber(*org, record);
        }
        auto all = await<QList<PhoneNumber>>(
                [&](QObject *c, auto done) { sandbox.vapi->listAllPhoneNumbers(c, done); });
        SB_VERIFY_OK(all);
        QCOMPARE(all->value().size(), 2500);
        QSet<QString> addresses;
        for (const PhoneNumber &n : all->value())
            addresses.insert(n.address.toString());
        QCOMPARE(addresses.size(), 2500);
        QCOMPARE(sandbox.count(QStringLiteral("GET"), QStringLiteral("/v2/phone-number")), 3);
        // The sandbox answers as the OpenAPI document requires, no more: no hasNextPage, no
        // totalPages. The listing is still the whole of what the sandbox holds.
        QVERIFY(!sandbox.server.state().world().settings.fullPaginationMetadata);
        QSet<QString> listedIds;
        for (const PhoneNumber &n : all->value())
            listedIds.insert(n.id);
        QSet<QString> heldIds;
        for (const Sandbox::VapiNumberRecord &record :
                sandbox.server.state().vapiOrgByKey(ApiSandbox::VapiKey)->phoneNumbers)
            heldIds.insert(record.id);
        QCOMPARE(listedIds, heldIds);

        // Smaller pages: the same 2,500, in 25 requests.
        sandbox.vapi->setPageSize(100);
        auto again = await<QList<PhoneNumber>>(
                [&](QObject *c, auto done) { sandbox.vapi->listAllPhoneNumbers(c, done); });
        SB_VERIFY_OK(again);
        QCOMPARE(again->value().size(), 2500);
        QCOMPARE(sandbox.count(QStringLiteral("GET"), QStringLiteral("/v2/phone-number")), 3 + 25);

        // v1 is one page of at most `limit`.
        auto v1 = await<QList<PhoneNumber>>(
                [&](QObject *c, auto done) { sandbox.vapi->listPhoneNumbers(c, done, 1000); });
        SB_VERIFY_OK(v1);
        QCOMPARE(v1->value().size(), 1000);
    }

    void freeNumberCapIsLimitReached()
    {
        ApiSandbox sandbox(ApiSandbox::defaultWorld(), 1);
        auto first = await<PhoneNumber>([&](QObject *c, auto done) {
            sandbox.vapi->createFreeNumber({QStringLiteral("415"), {}, {}, {}}, c, done);
        });
        SB_VERIFY_OK(first);
        auto second = await<PhoneNumber>([&](QObject *c, auto done) {
            sandbox.vapi->createFreeNumber({QStringLiteral("415"), {}, {}, {}}, c, done);
        });
        QVERIFY(second && !second->ok());
        const ApiError error = second->error();
        QCOMPARE(error.category, ApiError::Category::LimitReached);
        QCOMPARE(error.httpStatus, 400);
        QVERIFY(error.providerMessage.contains(QStringLiteral("limit")));
        QVERIFY(error.hint.contains(QStringLiteral("import a Twilio number")));
        QVERIFY(!error.ambiguous);
        QCOMPARE(sandbox.count(QStringLiteral("POST"), QStringLiteral("/phone-number")), 2);
    }

    // The Vapi account a key reaches, from the first number, else the first assistant; unknown
    // (empty) while the account holds neither.
    void orgIdOfTheAccountAKeyReaches()
    {
        ApiSandbox sandbox;
        const QString orgId = sandbox.server.state().vapiOrgByKey(ApiSandbox::VapiKey)->orgId;
        auto empty
                = await<QString>([&](QObject *c, auto done) { sandbox.vapi->fetchOrgId(c, done); });
        SB_VERIFY_OK(empty);
        QCOMPARE(empty->value(), QString());
        QCOMPARE(sandbox.count(QStringLiteral("GET"), QStringLiteral("/phone-number"), 200), 1);
        QCOMPARE(sandbox.count(QStringLiteral("GET"), QStringLiteral("/assistant"), 200), 1);

        createAssistant(sandbox, QStringLiteral("Front desk"));
        auto byAssistant
                = await<QString>([&](QObject *c, auto done) { sandbox.vapi->fetchOrgId(c, done); });
        SB_VERIFY_OK(byAssistant);
        QCOMPARE(byAssistant->value(), orgId);

        // Another account, with a number and no assistant: one request is enough.
        const QString otherKey = QStringLiteral("vapi-private-key-other-0b1c2d3e");
        const QString otherOrgId = sandbox.server.state().addVapiAccount(otherKey, 10);
        auto other = sandbox.makeVapi(otherKey);
        auto number = await<PhoneNumber>([&](QObject *c, auto done) {
            other->createFreeNumber({QStringLiteral("415"), {}, {}, {}}, c, done);
        });
        SB_VERIFY_OK(number);
        const int assistantLists
                = sandbox.count(QStringLiteral("GET"), QStringLiteral("/assistant"));
        auto byNumber = await<QString>([&](QObject *c, auto done) { other->fetchOrgId(c, done); });
        SB_VERIFY_OK(byNumber);
        QCOMPARE(byNumber->value(), otherOrgId);
        QVERIFY(otherOrgId != orgId);
        QCOMPARE(
                sandbox.count(QStringLiteral("GET"), QStringLiteral("/assistant")), assistantLists);

        // A key Vapi does not know is an error, not an unknown account.
        auto stranger = sandbox.makeVapi(QStringLiteral("vapi-private-key-unknown-99"));
        auto refused
                = await<QString>([&](QObject *c, auto done) { stranger->fetchOrgId(c, done); });
        QVERIFY(refused && !refused->ok());
        QCOMPARE(refused->error().httpStatus, 401);
    }

    void errorsMapToCategories()
    {
        ApiSandbox sandbox;
        // 401: a wrong key.
        auto wrongKey = sandbox.makeVapi(QStringLiteral("not-the-key"));
        auto unauthorized = await<QList<Assistant>>(
                [&](QObject *c, auto done) { wrongKey->listAssistants(c, done); });
        QVERIFY(unauthorized && !unauthorized->ok());
        QCOMPARE(unauthorized->error().category, ApiError::Category::Auth);
        QCOMPARE(unauthorized->error().httpStatus, 401);
        QVERIFY(unauthorized->error().hint.contains(QStringLiteral("private key")));
        QCOMPARE(unauthorized->error().attempts, 1); // not retried

        // 404.
        auto missing = await<PhoneNumber>([&](QObject *c, auto done) {
            sandbox.vapi->getPhoneNumber(
                    QStringLiteral("3f2a6c1e-8d4b-4c2a-9e1f-2b7c5d9a0e4f"), c, done);
        });
        QVERIFY(missing && !missing->ok());
        QCOMPARE(missing->error().category, ApiError::Category::NotFound);

        // 400 with a message array: Vapi names the problem.
        auto invalid = await<PhoneNumber>([&](QObject *c, auto done) {
            sandbox.vapi->createFreeNumber(
                    {QStringLiteral("415"), {}, QStringLiteral("no-such-assistant"), {}}, c, done);
        });
        QVERIFY(invalid && !invalid->ok());
        QCOMPARE(invalid->error().category, ApiError::Category::Validation);
        QVERIFY(invalid->error().providerMessage.contains(QStringLiteral("assistantId")));
        QCOMPARE(invalid->error().attempts, 1);

        // 403 from Cloudflare in front of Vapi: blocked on the way, not a wrong key.
        sandbox.addFault(QStringLiteral("blocked@GET /assistant,count=1"));
        auto blocked = await<QList<Assistant>>(
                [&](QObject *c, auto done) { sandbox.vapi->listAssistants(c, done); });
        QVERIFY(blocked && !blocked->ok());
        QCOMPARE(blocked->error().category, ApiError::Category::Blocked);
        QCOMPARE(blocked->error().httpStatus, 403);
        QCOMPARE(blocked->error().providerCode, QStringLiteral("1010"));
        QVERIFY2(blocked->error().hint.contains(QStringLiteral("blocked before it reached Vapi")),
                qPrintable(blocked->error().hint));
        QVERIFY(!blocked->error().hint.contains(QStringLiteral("private key")));
        QCOMPARE(blocked->error().attempts, 1);
        QCOMPARE(sandbox.server.requestLog()
                         .matching(QStringLiteral("GET"), QStringLiteral("/assistant"), 403)
                         .size(),
                1);
    }
};

QTEST_GUILESS_MAIN(TestVapiClient)
#include "TestVapiClient.moc"
