// SPDX-License-Identifier: Apache-2.0
#include "TestSupport.h"
#include "core/api/VapiJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Switchboard;

Q_DECLARE_METATYPE(std::optional<QString>)

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(Test::dataFile(u"api/" + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

// The properties each request schema allows, from shared/api/vapi/openapi.json (2026-08-18):
// Vapi validates with a whitelist and rejects anything else.
const QSet<QString> CreateVapiNumberProperties{QStringLiteral("fallbackDestination"),
        QStringLiteral("hooks"), QStringLiteral("provider"),
        QStringLiteral("numberDesiredAreaCode"), QStringLiteral("sipUri"),
        QStringLiteral("authentication"), QStringLiteral("name"), QStringLiteral("assistantId"),
        QStringLiteral("workflowId"), QStringLiteral("squadId"), QStringLiteral("server")};
const QSet<QString> CreateTwilioNumberProperties{QStringLiteral("fallbackDestination"),
        QStringLiteral("hooks"), QStringLiteral("provider"), QStringLiteral("smsEnabled"),
        QStringLiteral("number"), QStringLiteral("twilioAccountSid"),
        QStringLiteral("twilioAuthToken"), QStringLiteral("twilioApiKey"),
        QStringLiteral("twilioApiSecret"), QStringLiteral("name"), QStringLiteral("assistantId"),
        QStringLiteral("workflowId"), QStringLiteral("squadId"), QStringLiteral("server")};
const QSet<QString> UpdateVapiNumberProperties{QStringLiteral("fallbackDestination"),
        QStringLiteral("hooks"), QStringLiteral("provider"), QStringLiteral("name"),
        QStringLiteral("assistantId"), QStringLiteral("workflowId"), QStringLiteral("squadId"),
        QStringLiteral("server"), QStringLiteral("sipUri"), QStringLiteral("authentication")};

bool onlyAllowed(const QJsonObject &body, const QSet<QString> &allowed)
{
    for (const QString &key : body.keys()) {
        if (!allowed.contains(key)) {
            qWarning("property %s is not in the schema", qPrintable(key));
            return false;
        }
    }
    return true;
}

} // namespace

class TestVapiJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void phoneNumber_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("assistantId");
        QTest::addColumn<QString>("name");

        QTest::newRow("byo (docs example)") << "vapi-number-byo.json"
                                            << "eba2fb13-259f-4123-abfa-0123456789ab"
                                            << "byo-phone-number"
                                            << "+18336840000"
                                            << "active"
                                            << ""
                                            << "PLIVO SIP Number";
        QTest::newRow("vapi SIP-only, no number") << "vapi-number-sip.json"
                                                  << "0b4cf0a1-57a6-4b43-9a4f-4ae0bd3bcd11"
                                                  << "vapi"
                                                  << "sip:withcherry@sip.vapi.ai"
                                                  << "active"
                                                  << "5f0c9d2e-1b7a-4c3d-8e9f-0a1b2c3d4e5f"
                                                  << "Cherry Inbound SIP";
        QTest::newRow("legacy twilio, no sid, no plus") << "vapi-number-legacy-twilio.json"
                                                        << "7d6b1f9e-3c2a-4e5b-8f7d-6c5b4a3f2e1d"
                                                        << "twilio"
                                                        << "+14155552671"
                                                        << "unknown"
                                                        << ""
                                                        << "";
        QTest::newRow("free, activating, null assistant, unknown fields")
                << "vapi-number-free-activating.json"
                << "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f"
                << "vapi"
                << "+14155550123"
                << "activating"
                << ""
                << "Acme main";
    }
    void phoneNumber()
    {
        QFETCH(QString, file);
        QFETCH(QString, id);
        QFETCH(QString, provider);
        QFETCH(QString, address);
        QFETCH(QString, status);
        QFETCH(QString, assistantId);
        QFETCH(QString, name);
        const std::optional<PhoneNumber> number = VapiJson::phoneNumberFromBody(fixture(file));
        QVERIFY(number);
        QCOMPARE(number->id, id);
        QCOMPARE(toString(number->provider), provider);
        QCOMPARE(number->address.toString(), address);
        QCOMPARE(toString(number->status), status);
        QCOMPARE(number->assistantId, assistantId);
        QCOMPARE(number->name, name);
        QCOMPARE(number->vapiAccountId, 0);
        QCOMPARE(number->organizationId, 0);
        QVERIFY(number->createdAt.isValid());
        QCOMPARE(number->createdAt.timeSpec(), Qt::UTC);
    }

    void maskedNumberIsUnknownNotAnotherNumber()
    {
        // As public code reports Vapi's listings: the middle digits hidden.
        const auto masked = VapiJson::phoneNumberFromBody(
                QByteArray(R"({"id":"3f2a6c1e-8d4b-4c2a-9e1f-2b7c5d9a0e4f","provider":"twilio",)"
                           R"("number":"+165****8621","twilioAccountSid":"AC0123"})"));
        QVERIFY(masked);
        QVERIFY(!masked->address.isValid());
        QCOMPARE(masked->maskedNumber, QStringLiteral("+165****8621"));
        QCOMPARE(masked->displayText(), QStringLiteral("+165****8621"));
        QVERIFY(masked->matchAddress(PhoneAddress::fromNumber(QStringLiteral("+16505558621")))
                == PhoneNumber::Match::Unknown);
        QVERIFY(masked->matchAddress(PhoneAddress::fromNumber(QStringLiteral("+14155552671")))
                == PhoneNumber::Match::Different);
        // X for hidden digits, without the "+": never read as the valid +18336849999.
        const auto legacy = VapiJson::phoneNumberFromBody(QByteArray(
                R"({"id":"3f2a6c1e-8d4b-4c2a-9e1f-2b7c5d9a0e40","provider":"byo-phone-number",)"
                R"("number":"1833684XXXX"})"));
        QVERIFY(legacy);
        QVERIFY(!legacy->address.isValid());
        QCOMPARE(legacy->maskedNumber, QStringLiteral("1833684XXXX"));
        // No number at all (a free number being activated): unknown too.
        const auto missing = VapiJson::phoneNumberFromBody(
                QByteArray(R"({"id":"3f2a6c1e-8d4b-4c2a-9e1f-2b7c5d9a0e41","provider":"vapi"})"));
        QVERIFY(missing);
        QVERIFY(missing->matchAddress(PhoneAddress::fromNumber(QStringLiteral("+16505558621")))
                == PhoneNumber::Match::Unknown);
    }

    void importedNumberKeepsTwilioSid()
    {
        const auto number
                = VapiJson::phoneNumberFromBody(fixture(QStringLiteral("vapi-number-twilio.json")));
        QVERIFY(number);
        QVERIFY(number->provider == NumberProvider::Twilio);
        QCOMPARE(number->twilioAccountSid, QStringLiteral("AC0123456789abcdef0123456789abcdef"));
    }

    void notAnObjectOrNoId_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("no id") << QByteArray(R"({"provider":"vapi"})");
        QTest::newRow("truncated") << QByteArray("{\"id\":\"abc\",\"provider\":\"va");
        QTest::newRow("html") << QByteArray("<html></html>");
        QTest::newRow("empty") << QByteArray();
    }
    void notAnObjectOrNoId()
    {
        QFETCH(QByteArray, body);
        QVERIFY(!VapiJson::phoneNumberFromBody(body));
        QVERIFY(!VapiJson::assistantFromBody(body));
    }

    void listShapes()
    {
        const auto array
                = VapiJson::phoneNumberPage(fixture(QStringLiteral("vapi-number-list-array.json")));
        QVERIFY(array);
        QCOMPARE(array->itemCount, 5);
        QCOMPARE(array->items.size(), 4); // the item without an id is skipped
        QVERIFY(!array->hasMetadata);

        const auto page = VapiJson::phoneNumberPage(
                fixture(QStringLiteral("vapi-number-list-paginated.json")));
        QVERIFY(page);
        QCOMPARE(page->items.size(), 4);
        QVERIFY(page->hasMetadata);
        QVERIFY(page->hasNextPage);

        const auto last = VapiJson::phoneNumberPage(
                fixture(QStringLiteral("vapi-number-list-paginated-last.json")));
        QVERIFY(last);
        QVERIFY(last->hasMetadata);
        QVERIFY(!last->hasNextPage); // from currentPage == totalPages without hasNextPage

        // PaginationMeta requires only itemsPerPage, totalItems and currentPage: they decide.
        const auto required = VapiJson::phoneNumberPage(QByteArray(
                R"({"results":[],"metadata":{"itemsPerPage":2,"totalItems":5,"currentPage":2}})"));
        QVERIFY(required && required->metadataTellsMore && required->hasNextPage);
        const auto requiredLast = VapiJson::phoneNumberPage(QByteArray(
                R"({"results":[],"metadata":{"itemsPerPage":2,"totalItems":5,"currentPage":3}})"));
        QVERIFY(requiredLast && requiredLast->metadataTellsMore && !requiredLast->hasNextPage);
        // An optional field saying "no more" does not cut short what the totals say is there.
        const auto contradicting = VapiJson::phoneNumberPage(
                QByteArray(R"({"results":[],"metadata":{"itemsPerPage":2,"totalItems":5,)"
                           R"("currentPage":1,"hasNextPage":false}})"));
        QVERIFY(contradicting && contradicting->hasNextPage);
        // Metadata with nothing to page on: the client falls back to the page's size.
        const auto empty = VapiJson::phoneNumberPage(QByteArray(R"({"results":[],"metadata":{}})"));
        QVERIFY(empty && empty->hasMetadata && !empty->metadataTellsMore);

        QVERIFY(!VapiJson::phoneNumberPage(QByteArray(R"({"data":[]})")));
        QVERIFY(!VapiJson::phoneNumberPage(QByteArray("not json")));
    }

    void assistants()
    {
        const auto one
                = VapiJson::assistantFromBody(fixture(QStringLiteral("vapi-assistant.json")));
        QVERIFY(one);
        QCOMPARE(one->id, QStringLiteral("5f0c9d2e-1b7a-4c3d-8e9f-0a1b2c3d4e5f"));
        QCOMPARE(one->name, QStringLiteral("Support Assistant"));
        QCOMPARE(one->metadata.value(QStringLiteral("switchboardOrganization")).toString(),
                QStringLiteral("acme"));
        QCOMPARE(one->createdAt, QDateTime(QDate(2026, 8, 18), QTime(9, 30, 0, 123), Qt::UTC));
        QVERIFY(one->phoneNumberId.isEmpty());

        const auto list
                = VapiJson::assistantList(fixture(QStringLiteral("vapi-assistant-list.json")));
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        QVERIFY(list->at(1).name.isEmpty()); // optional fields may be missing
    }

    void freeNumberBodies_data()
    {
        QTest::addColumn<QString>("areaCode");
        QTest::addColumn<QString>("sipUri");
        QTest::addColumn<QString>("assistantId");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("area code (docs example)")
                << "415"
                << ""
                << "your-assistant-id"
                << ""
                << QByteArray(
                           R"({"assistantId":"your-assistant-id","numberDesiredAreaCode":"415","provider":"vapi"})");
        QTest::newRow("sip (docs example)")
                << ""
                << "sip:your_unique_user_name@sip.vapi.ai"
                << "your_assistant_id"
                << "Front desk"
                << QByteArray(
                           R"({"assistantId":"your_assistant_id","name":"Front desk","provider":"vapi","sipUri":"sip:your_unique_user_name@sip.vapi.ai"})");
        QTest::newRow("nothing else")
                << "212"
                << ""
                << ""
                << "" << QByteArray(R"({"numberDesiredAreaCode":"212","provider":"vapi"})");
    }
    void freeNumberBodies()
    {
        QFETCH(QString, areaCode);
        QFETCH(QString, sipUri);
        QFETCH(QString, assistantId);
        QFETCH(QString, name);
        QFETCH(QByteArray, expected);
        const QJsonObject body
                = VapiJson::createFreeNumberBody({areaCode, sipUri, assistantId, name});
        QCOMPARE(QJsonDocument(body).toJson(QJsonDocument::Compact), expected);
        QVERIFY(onlyAllowed(body, CreateVapiNumberProperties));
    }

    void importBodies()
    {
        VapiTwilioImportRequest byToken;
        byToken.number = QStringLiteral("+14155552671");
        byToken.twilioAccountSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
        byToken.twilioAuthToken = QStringLiteral("tok");
        byToken.assistantId = QStringLiteral("a1");
        byToken.name = QStringLiteral("Acme main line");
        QJsonObject body = VapiJson::importTwilioBody(byToken);
        QVERIFY(onlyAllowed(body, CreateTwilioNumberProperties));
        QCOMPARE(body.value(QStringLiteral("provider")).toString(), QStringLiteral("twilio"));
        QCOMPARE(body.value(QStringLiteral("twilioAuthToken")).toString(), QStringLiteral("tok"));
        QVERIFY(!body.contains(QStringLiteral("twilioApiKey")));
        QVERIFY(!body.contains(QStringLiteral("twilioApiSecret")));
        // Vapi's default is true (it overwrites the SMS webhook): always say what we mean.
        QCOMPARE(body.value(QStringLiteral("smsEnabled")), QJsonValue(false));

        VapiTwilioImportRequest byKey = byToken;
        byKey.twilioAuthToken.clear();
        byKey.twilioApiKey = QStringLiteral("SK0123456789abcdef0123456789abcdef");
        byKey.twilioApiSecret = QStringLiteral("sec");
        byKey.smsEnabled = true;
        body = VapiJson::importTwilioBody(byKey);
        QVERIFY(onlyAllowed(body, CreateTwilioNumberProperties));
        QVERIFY(!body.contains(QStringLiteral("twilioAuthToken")));
        QCOMPARE(body.value(QStringLiteral("twilioApiKey")).toString(), byKey.twilioApiKey);
        QCOMPARE(body.value(QStringLiteral("twilioApiSecret")).toString(), QStringLiteral("sec"));
        QCOMPARE(body.value(QStringLiteral("smsEnabled")), QJsonValue(true));
        for (const QString &required : {QStringLiteral("provider"), QStringLiteral("number"),
                     QStringLiteral("twilioAccountSid")})
            QVERIFY(body.contains(required));
    }

    void updateBodies_data()
    {
        QTest::addColumn<std::optional<QString>>("assistantId");
        QTest::addColumn<std::optional<QString>>("name");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("assign") << std::optional<QString>(QStringLiteral("a1"))
                                << std::optional<QString>()
                                << QByteArray(R"({"assistantId":"a1","provider":"vapi"})");
        QTest::newRow("unassign sends null")
                << std::optional<QString>(QString()) << std::optional<QString>()
                << QByteArray(R"({"assistantId":null,"provider":"vapi"})");
        QTest::newRow("leave alone")
                << std::optional<QString>() << std::optional<QString>(QStringLiteral("n"))
                << QByteArray(R"({"name":"n","provider":"vapi"})");
        QTest::newRow("provider only") << std::optional<QString>() << std::optional<QString>()
                                       << QByteArray(R"({"provider":"vapi"})");
    }
    void updateBodies()
    {
        QFETCH(std::optional<QString>, assistantId);
        QFETCH(std::optional<QString>, name);
        QFETCH(QByteArray, expected);
        const QJsonObject body
                = VapiJson::updatePhoneNumberBody({QStringLiteral("vapi"), assistantId, name});
        QCOMPARE(QJsonDocument(body).toJson(QJsonDocument::Compact), expected);
        QVERIFY(onlyAllowed(body, UpdateVapiNumberProperties));
    }

    void assistantBodies()
    {
        VapiAssistantDraft draft;
        draft.name = QStringLiteral("Support Assistant");
        draft.firstMessage = QStringLiteral("Hello!");
        draft.metadata.insert(QStringLiteral("org"), QStringLiteral("acme"));
        draft.extra.insert(QStringLiteral("model"),
                QJsonObject{{QStringLiteral("provider"), QStringLiteral("openai")},
                        {QStringLiteral("model"), QStringLiteral("gpt-4o")}});
        const QJsonObject body = VapiJson::createAssistantBody(draft);
        QCOMPARE(body.value(QStringLiteral("name")).toString(), draft.name);
        QCOMPARE(body.value(QStringLiteral("firstMessage")).toString(), draft.firstMessage);
        QCOMPARE(body.value(QStringLiteral("metadata")).toObject(), draft.metadata);
        QVERIFY(body.value(QStringLiteral("model")).isObject());

        VapiAssistantPatch patch;
        QCOMPARE(VapiJson::updateAssistantBody(patch), QJsonObject());
        patch.metadata = QJsonObject{{QStringLiteral("k"), 1}};
        QCOMPARE(VapiJson::updateAssistantBody(patch).keys(),
                QStringList{QStringLiteral("metadata")});
    }
};

QTEST_GUILESS_MAIN(TestVapiJson)
#include "TestVapiJson.moc"
