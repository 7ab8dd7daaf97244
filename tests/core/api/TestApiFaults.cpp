// SPDX-License-Identifier: Apache-2.0
#include "ApiSandbox.h"
#include "core/api/ApiErrors.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Test;
using namespace std::chrono_literals;

// Every fault the sandbox can inject, against both clients: idempotent calls retry through
// them, persistent faults end in their category, and creates never leave a duplicate.
class TestApiFaults : public QObject
{
    Q_OBJECT

    static ApiCallPolicy quickTimeouts()
    {
        ApiCallPolicy policy = ApiSandbox::fastPolicy();
        policy.transferTimeout = 400ms;
        return policy;
    }

    // One GET of each API, for the faults' routes.
    static std::optional<ApiError> listOnce(ApiSandbox &sandbox, const QString &api)
    {
        if (api == u"vapi") {
            auto r = await<QList<PhoneNumber>>(
                    [&](QObject *c, auto done) { sandbox.vapi->listPhoneNumbers(c, done); });
            if (!r)
                qFatal("no result");
            return r->ok() ? std::nullopt : std::optional<ApiError>(r->error());
        }
        auto r = await<QList<TwilioIncomingNumber>>(
                [&](QObject *c, auto done) { sandbox.twilio->listIncomingNumbers({}, c, done); });
        if (!r)
            qFatal("no result");
        return r->ok() ? std::nullopt : std::optional<ApiError>(r->error());
    }

    static QString listRoute(const QString &api)
    {
        return api == u"vapi" ? QStringLiteral("/phone-number")
                              : QStringLiteral("/2010-04-01/Accounts/*/IncomingPhoneNumbers.json");
    }

private Q_SLOTS:
    void idempotentCallsRetryThroughFaults_data()
    {
        QTest::addColumn<QString>("api");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("faulted"); // requests the fault hits
        for (const QString &api : {QStringLiteral("vapi"), QStringLiteral("twilio")}) {
            for (const char *fault : {"429", "500", "502", "503", "reset", "truncate", "malformed",
                         "hang", "lost", "lost:close", "lost:hang"}) {
                QTest::addRow("%s %s", qPrintable(api), fault)
                        << api << QString::fromLatin1(fault)
                        << (QByteArray(fault) == "hang" ? 1 : 2);
            }
            QTest::addRow("%s latency", qPrintable(api))
                    << api << QStringLiteral("latency:50") << 0;
        }
    }
    void idempotentCallsRetryThroughFaults()
    {
        QFETCH(QString, api);
        QFETCH(QString, fault);
        QFETCH(int, faulted);
        ApiSandbox sandbox(ApiSandbox::defaultWorld(), 10, {QStringLiteral("+14155550100")});
        sandbox.vapi->setCallPolicy(quickTimeouts());
        sandbox.twilio->setCallPolicy(quickTimeouts());
        const int hits = std::max(faulted, 1);
        sandbox.addFault(fault + u"@GET " + listRoute(api) + u",count=" + QString::number(hits)
                + (fault == u"429" ? QStringLiteral(",retry-after=0") : QString()));
        QElapsedTimer clock;
        clock.start();
        const std::optional<ApiError> error = listOnce(sandbox, api);
        QVERIFY2(!error, error ? qPrintable(describe(*error)) : "");
        QCOMPARE(sandbox.count(QStringLiteral("GET"), listRoute(api)), faulted + 1);
        const auto entries
                = sandbox.server.requestLog().matching(QStringLiteral("GET"), listRoute(api));
        QCOMPARE(entries.first().fault.isEmpty(), false);
        QVERIFY(entries.last().delivered);
        if (fault.startsWith(u"latency"))
            QVERIFY(clock.elapsed() >= 50);
    }

    void retryAfterIsHonoured()
    {
        ApiSandbox sandbox;
        sandbox.addFault(QStringLiteral("429@GET /phone-number,count=1,retry-after=1"));
        QVERIFY(!listOnce(sandbox, QStringLiteral("vapi")));
        const auto entries = sandbox.server.requestLog().matching(
                QStringLiteral("GET"), QStringLiteral("/phone-number"));
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).fault, QStringLiteral("429"));
        QCOMPARE(entries.at(1).status, 200);
        // The retry waited for Retry-After (1 s), not for the 5 ms backoff of the test policy.
        const qint64 gap = entries.at(0).time.msecsTo(entries.at(1).time);
        QVERIFY2(gap >= 950, qPrintable(QString::number(gap)));
    }

    void retryAfterBeyondTheBudgetFailsAtOnce()
    {
        ApiSandbox sandbox;
        sandbox.addFault(QStringLiteral("429@GET /2010-04-01/**,retry-after=120"));
        const std::optional<ApiError> error = listOnce(sandbox, QStringLiteral("twilio"));
        QVERIFY(error);
        QCOMPARE(error->category, ApiError::Category::RateLimited);
        QCOMPARE(error->providerCode, QStringLiteral("20429"));
        QCOMPARE(error->retryAfterMs, 120000);
        QCOMPARE(error->attempts, 1);
        QVERIFY(error->hint.contains(QStringLiteral("wait")));
    }

    void persistentFaultsEndInTheirCategory_data()
    {
        QTest::addColumn<QString>("api");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<ApiError::Category>("category");
        QTest::addColumn<int>("status");
        for (const QString &api : {QStringLiteral("vapi"), QStringLiteral("twilio")}) {
            QTest::addRow("%s 429", qPrintable(api))
                    << api << QStringLiteral("429") << ApiError::Category::RateLimited << 429;
            QTest::addRow("%s 500", qPrintable(api))
                    << api << QStringLiteral("500") << ApiError::Category::Server << 500;
            QTest::addRow("%s 503", qPrintable(api))
                    << api << QStringLiteral("503") << ApiError::Category::Server << 503;
            QTest::addRow("%s reset", qPrintable(api))
                    << api << QStringLiteral("reset") << ApiError::Category::Network << 0;
            QTest::addRow("%s hang", qPrintable(api))
                    << api << QStringLiteral("hang") << ApiError::Category::Timeout << 0;
            QTest::addRow("%s truncate", qPrintable(api))
                    << api << QStringLiteral("truncate") << ApiError::Category::Network << 0;
            QTest::addRow("%s malformed", qPrintable(api))
                    << api << QStringLiteral("malformed") << ApiError::Category::Malformed << 200;
        }
    }
    void persistentFaultsEndInTheirCategory()
    {
        QFETCH(QString, api);
        QFETCH(QString, fault);
        QFETCH(ApiError::Category, category);
        QFETCH(int, status);
        ApiSandbox sandbox;
        ApiCallPolicy policy = quickTimeouts();
        policy.transferTimeout = 250ms;
        sandbox.vapi->setCallPolicy(policy);
        sandbox.twilio->setCallPolicy(policy);
        sandbox.addFault(fault + u"@GET " + listRoute(api)
                + (fault == u"429" ? QStringLiteral(",retry-after=0") : QString()));
        const std::optional<ApiError> error = listOnce(sandbox, api);
        QVERIFY(error);
        QCOMPARE(ApiError::categoryName(error->category), ApiError::categoryName(category));
        QCOMPARE(error->httpStatus, status);
        QCOMPARE(error->attempts, 4);
        QVERIFY(!error->ambiguous); // a GET changes nothing
        QVERIFY(!error->hint.isEmpty());
        // Qt's HTTP stack resends a GET once by itself when the connection drops before the
        // answer; the client's own attempts are 4.
        const int gets = sandbox.count(QStringLiteral("GET"), listRoute(api));
        QVERIFY2(fault == u"reset" ? gets >= 4 && gets <= 5 : gets == 4,
                qPrintable(QString::number(gets)));
    }

    void ambiguousCreatesLeaveNoDuplicate_data()
    {
        QTest::addColumn<QString>("create");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("posts");
        const QStringList creates{QStringLiteral("assistant"), QStringLiteral("free-sip"),
                QStringLiteral("free-area-named"), QStringLiteral("free-area-tagged"),
                QStringLiteral("import"), QStringLiteral("buy-number"),
                QStringLiteral("buy-area-code"), QStringLiteral("subaccount")};
        // Applied but the answer is lost: found again, one POST. Not applied: looked for, not
        // found, sent again: two POSTs.
        const QList<std::pair<QString, int>> faults{{QStringLiteral("lost"), 1},
                {QStringLiteral("lost:close"), 1}, {QStringLiteral("lost:hang"), 1},
                {QStringLiteral("truncate"), 1}, {QStringLiteral("malformed"), 1},
                {QStringLiteral("reset"), 2}, {QStringLiteral("hang"), 2},
                {QStringLiteral("500"), 2}, {QStringLiteral("503"), 2}};
        for (const QString &create : creates) {
            for (const auto &[fault, posts] : faults)
                QTest::addRow("%s %s", qPrintable(create), qPrintable(fault))
                        << create << fault << posts;
        }
    }
    void ambiguousCreatesLeaveNoDuplicate()
    {
        QFETCH(QString, create);
        QFETCH(QString, fault);
        QFETCH(int, posts);
        const QString owned = QStringLiteral("+14155550120");
        ApiSandbox sandbox(ApiSandbox::defaultWorld(), 10, {owned});
        sandbox.vapi->setCallPolicy(quickTimeouts());
        sandbox.twilio->setCallPolicy(quickTimeouts());
        // A same-named number from before must not be taken for the one this call creates.
        if (create == u"free-area-named") {
            auto earlier = await<PhoneNumber>([&](QObject *c, auto done) {
                sandbox.vapi->createFreeNumber(
                        {QStringLiteral("212"), {}, {}, QStringLiteral("Acme main")}, c, done);
            });
            SB_VERIFY_OK(earlier);
        }
        const bool vapi = !create.startsWith(u"buy") && create != u"subaccount";
        QString route;
        if (create == u"assistant")
            route = QStringLiteral("/assistant");
        else if (vapi)
            route = QStringLiteral("/phone-number");
        else if (create == u"subaccount")
            route = QStringLiteral("/2010-04-01/Accounts.json");
        else
            route = QStringLiteral("/2010-04-01/Accounts/*/IncomingPhoneNumbers.json");
        const int postsBefore = sandbox.count(QStringLiteral("POST"), route);
        sandbox.addFault(fault + u"@POST " + route + u",count=1");

        QString createdId;
        std::optional<ApiError> error;
        const auto keep = [&](const auto &result, auto idOf) {
            if (!result)
                error = ApiErrors::malformed(
                        ApiErrors::Provider::Vapi, QStringLiteral("no result"));
            else if (result->ok())
                createdId = idOf(result->value());
            else
                error = result->error();
        };
        if (create == u"assistant") {
            keep(await<Assistant>([&](QObject *c, auto done) {
                sandbox.vapi->createAssistant({QStringLiteral("Support"), {}, {}, {}}, c, done);
            }),
                    [](const Assistant &a) { return a.id; });
        } else if (create.startsWith(u"free")) {
            VapiFreeNumberRequest request;
            if (create == u"free-sip")
                request.sipUri = QStringLiteral("sip:front-desk@sip.vapi.ai");
            else
                request.areaCode = QStringLiteral("415");
            if (create == u"free-area-named")
                request.name = QStringLiteral("Acme main");
            keep(await<PhoneNumber>([&](QObject *c, auto done) {
                sandbox.vapi->createFreeNumber(request, c, done);
            }),
                    [](const PhoneNumber &n) { return n.id; });
        } else if (create == u"import") {
            VapiTwilioImportRequest request;
            request.number = owned;
            request.twilioAccountSid = ApiSandbox::TwilioSid;
            request.twilioAuthToken = ApiSandbox::TwilioToken;
            keep(await<PhoneNumber>([&](QObject *c, auto done) {
                sandbox.vapi->importTwilioNumber(request, c, done);
            }),
                    [](const PhoneNumber &n) { return n.id; });
        } else if (create.startsWith(u"buy")) {
            TwilioBuyRequest request;
            if (create == u"buy-number")
                request.phoneNumber = QStringLiteral("+14155550101");
            else
                request.areaCode = QStringLiteral("212");
            keep(await<TwilioIncomingNumber>([&](QObject *c, auto done) {
                sandbox.twilio->buyNumber(request, c, done);
            }),
                    [](const TwilioIncomingNumber &n) { return n.sid; });
        } else {
            keep(await<TwilioNewSubaccount>([&](QObject *c, auto done) {
                sandbox.twilio->createSubaccount(QStringLiteral("Tenant 7"), c, done);
            }),
                    [](const TwilioNewSubaccount &a) { return a.account.sid; });
        }
        QVERIFY2(!error, error ? qPrintable(describe(*error)) : "");
        QVERIFY(!createdId.isEmpty());
        QCOMPARE(sandbox.count(QStringLiteral("POST"), route) - postsBefore, posts);

        // Exactly one resource exists on the server, and it is the one returned.
        Sandbox::SandboxState &state = sandbox.server.state();
        const Sandbox::VapiOrgRecord *org = state.vapiOrgByKey(ApiSandbox::VapiKey);
        QStringList ids;
        if (create == u"assistant") {
            for (const auto &a : org->assistants)
                ids.append(a.id);
        } else if (vapi) {
            for (const auto &n : org->phoneNumbers) {
                if (create != u"free-area-named"
                        || n.createdAt > org->phoneNumbers.first().createdAt)
                    ids.append(n.id);
            }
        } else if (create == u"subaccount") {
            for (const auto &a : state.world().twilioAccounts) {
                if (a.ownerAccountSid == ApiSandbox::TwilioSid)
                    ids.append(a.sid);
            }
        } else {
            for (const auto &n : state.twilioAccount(ApiSandbox::TwilioSid)->numbers) {
                if (n.phoneNumber != owned)
                    ids.append(n.sid);
            }
        }
        QCOMPARE(ids, QStringList{createdId});
    }

    void createAfter429IsSentAgainWithoutLookingFirst()
    {
        ApiSandbox sandbox;
        sandbox.addFault(QStringLiteral("429@POST /phone-number,count=1,retry-after=0"));
        auto created = await<PhoneNumber>([&](QObject *c, auto done) {
            sandbox.vapi->createFreeNumber(
                    {{}, QStringLiteral("sip:desk@sip.vapi.ai"), {}, {}}, c, done);
        });
        SB_VERIFY_OK(created);
        QCOMPARE(sandbox.count(QStringLiteral("POST"), QStringLiteral("/phone-number")), 2);
        QCOMPARE(sandbox.count(QStringLiteral("GET"), QStringLiteral("/v2/phone-number")), 0);
    }

    void failedLookupLeavesTheErrorAmbiguous()
    {
        ApiSandbox sandbox;
        sandbox.addFault(QStringLiteral("lost@POST /phone-number,count=1"));
        sandbox.addFault(QStringLiteral("503@GET /v2/phone-number"));
        auto created = await<PhoneNumber>([&](QObject *c, auto done) {
            sandbox.vapi->createFreeNumber(
                    {{}, QStringLiteral("sip:desk@sip.vapi.ai"), {}, {}}, c, done);
        });
        QVERIFY(created && !created->ok());
        QVERIFY(created->error().ambiguous); // it may exist: the caller must look later
        QCOMPARE(created->error().category, ApiError::Category::Network);
        QCOMPARE(sandbox.count(QStringLiteral("POST"), QStringLiteral("/phone-number")), 1);
        QCOMPARE(sandbox.server.state().vapiOrgByKey(ApiSandbox::VapiKey)->phoneNumbers.size(), 1);
    }

    void createNotFoundAfterLookupFailsWhenAttemptsRunOut()
    {
        ApiSandbox sandbox;
        sandbox.addFault(QStringLiteral("reset@POST /assistant"));
        auto created = await<Assistant>([&](QObject *c, auto done) {
            sandbox.vapi->createAssistant({QStringLiteral("A"), {}, {}, {}}, c, done);
        });
        QVERIFY(created && !created->ok());
        QCOMPARE(created->error().category, ApiError::Category::Network);
        QVERIFY(!created->error().ambiguous); // looked after every attempt: none was applied
        QCOMPARE(sandbox.count(QStringLiteral("POST"), QStringLiteral("/assistant")), 4);
        QCOMPARE(sandbox.count(QStringLiteral("GET"), QStringLiteral("/assistant")), 4);
        QVERIFY(sandbox.server.state().vapiOrgByKey(ApiSandbox::VapiKey)->assistants.isEmpty());
    }

    void patchAndDeleteRetry()
    {
        ApiSandbox sandbox(ApiSandbox::defaultWorld(), 10, {QStringLiteral("+14155550100")});
        auto number = await<PhoneNumber>([&](QObject *c, auto done) {
            sandbox.vapi->createFreeNumber({QStringLiteral("415"), {}, {}, {}}, c, done);
        });
        SB_VERIFY_OK(number);
        const QString id = number->value().id;

        sandbox.addFault(QStringLiteral("reset@PATCH /phone-number/*,count=1"));
        auto renamed = await<PhoneNumber>([&](QObject *c, auto done) {
            sandbox.vapi->updatePhoneNumber(
                    id, {QStringLiteral("vapi"), std::nullopt, QStringLiteral("B")}, c, done);
        });
        SB_VERIFY_OK(renamed);
        QCOMPARE(sandbox.count(QStringLiteral("PATCH"), QStringLiteral("/phone-number/*")), 2);

        // The DELETE is applied but its answer lost; the retry's 404 means it is done.
        sandbox.addFault(QStringLiteral("lost@DELETE /phone-number/*,count=1"));
        auto deleted = await<PhoneNumber>(
                [&](QObject *c, auto done) { sandbox.vapi->deletePhoneNumber(id, c, done); });
        SB_VERIFY_OK(deleted);
        QCOMPARE(deleted->value().id, id);
        QCOMPARE(sandbox.count(QStringLiteral("DELETE"), QStringLiteral("/phone-number/*")), 2);

        auto owned = await<QList<TwilioIncomingNumber>>(
                [&](QObject *c, auto done) { sandbox.twilio->listIncomingNumbers({}, c, done); });
        SB_VERIFY_OK(owned);
        const QString sid = owned->value().first().sid;
        sandbox.addFault(
                QStringLiteral("503@POST /2010-04-01/Accounts/*/IncomingPhoneNumbers/*,count=1"));
        TwilioNumberUpdate update;
        update.friendlyName = QStringLiteral("x");
        auto updated = await<TwilioIncomingNumber>([&](QObject *c, auto done) {
            sandbox.twilio->updateIncomingNumber(sid, update, c, done);
        });
        SB_VERIFY_OK(updated);
        sandbox.addFault(QStringLiteral("lost@DELETE /2010-04-01/**,count=1"));
        auto released = await<Done>([&](QObject *c, auto done) {
            sandbox.twilio->releaseIncomingNumber(sid, c, done);
        });
        SB_VERIFY_OK(released);
        QVERIFY(sandbox.server.state().twilioAccount(ApiSandbox::TwilioSid)->numbers.isEmpty());
    }

    void pagingSurvivesFaultsMidway()
    {
        QStringList owned;
        for (int i = 0; i < 120; ++i)
            owned.append(QStringLiteral("+1212555%1").arg(3000 + i));
        ApiSandbox sandbox(ApiSandbox::defaultWorld(), 10, owned);
        ApiCallPolicy patient = ApiSandbox::fastPolicy();
        patient.maxAttempts = 8; // each page fails a try with p = 0.28: 8 tries fail with p < 1e-4
        sandbox.twilio->setCallPolicy(patient);
        sandbox.addFault(QStringLiteral("503@GET /2010-04-01/**,rate=0.2"));
        sandbox.addFault(QStringLiteral("truncate@GET /2010-04-01/**,rate=0.1"));
        auto all = await<QList<TwilioIncomingNumber>>([&](QObject *c, auto done) {
            sandbox.twilio->listIncomingNumbers({{}, {}, 10}, c, done);
        });
        SB_VERIFY_OK(all);
        QCOMPARE(all->value().size(), 120);
        QVERIFY(!sandbox.server.requestLog()
                         .matching(QStringLiteral("GET"), QStringLiteral("/2010-04-01/**"), 503)
                         .isEmpty());
    }

    void inFlightLimitHoldsUnderLatency()
    {
        ApiSandbox sandbox;
        sandbox.scheduler.setLimits({3, 0, 1});
        sandbox.addFault(QStringLiteral("latency:30@GET /phone-number"));
        QObject context;
        int done = 0;
        for (int i = 0; i < 12; ++i) {
            sandbox.vapi->listPhoneNumbers(
                    &context, [&done](const ApiResult<QList<PhoneNumber>> &r) {
                        QVERIFY(r.ok());
                        ++done;
                    });
        }
        QTRY_COMPARE(done, 12);
        const QString host = QStringLiteral("127.0.0.1:") + QString::number(sandbox.server.port());
        QCOMPARE(sandbox.scheduler.peakInFlight(host), 3);
    }

    void cancellingAnInFlightCreateSaysItMayHaveHappened()
    {
        ApiSandbox sandbox;
        sandbox.addFault(QStringLiteral("hang@POST /phone-number"));
        std::optional<ApiError> error;
        ApiCallHandle call = sandbox.vapi->createFreeNumber({QStringLiteral("415"), {}, {}, {}},
                this, [&error](const ApiResult<PhoneNumber> &r) { error = r.error(); });
        QTRY_COMPARE(sandbox.count(QStringLiteral("POST"), QStringLiteral("/phone-number")), 1);
        call->cancel();
        QVERIFY(error);
        QCOMPARE(error->category, ApiError::Category::Cancelled);
        QVERIFY(error->ambiguous);
    }

    void contextDestroyedMidFlight()
    {
        ApiSandbox sandbox;
        sandbox.addFault(QStringLiteral("latency:300@GET /phone-number"));
        auto *context = new QObject;
        bool called = false;
        ApiCallHandle call = sandbox.vapi->listPhoneNumbers(
                context, [&called](const ApiResult<QList<PhoneNumber>> &) { called = true; });
        QSignalSpy finished(call.data(), &ApiCall::finished);
        QTRY_COMPARE(sandbox.scheduler.inFlight(
                             QStringLiteral("127.0.0.1:") + QString::number(sandbox.server.port())),
                1);
        delete context;
        QCOMPARE(finished.size(), 1);
        QTest::qWait(400);
        QVERIFY(!called);
        QVERIFY(call.isNull());
        QCOMPARE(sandbox.scheduler.inFlight(
                         QStringLiteral("127.0.0.1:") + QString::number(sandbox.server.port())),
                0);
    }
};

QTEST_GUILESS_MAIN(TestApiFaults)
#include "TestApiFaults.moc"
