// SPDX-License-Identifier: Apache-2.0
#include "ApiSandbox.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QTest>

using namespace Switchboard;
using namespace Switchboard::Test;

namespace {

QMutex capturedMutex;
QStringList captured;
QtMessageHandler previousHandler = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&capturedMutex);
        captured.append(QString::fromLatin1(context.category ? context.category : "default") + u": "
                + message);
    }
    if (qEnvironmentVariableIsSet("SB_SHOW_LOG"))
        fprintf(stderr, "%s\n", qPrintable(message));
    if (previousHandler && type != QtDebugMsg && type != QtInfoMsg)
        previousHandler(type, context, message);
}

} // namespace

// Every call of both clients with debug logging on: no secret may appear in anything logged.
class TestApiRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(
                QStringLiteral("switchboard.vapi.debug=true\nswitchboard.twilio.debug=true"));
        previousHandler = qInstallMessageHandler(capture);
    }
    void cleanupTestCase() { qInstallMessageHandler(previousHandler); }

    void noSecretIsLogged()
    {
        const QString owned = QStringLiteral("+14155550100");
        const QString ownedToo = QStringLiteral("+14155550102");
        ApiSandbox sandbox(ApiSandbox::defaultWorld(), 10, {owned, ownedToo});
        QStringList secrets{
                ApiSandbox::VapiKey, ApiSandbox::TwilioToken, ApiSandbox::TwilioKeySecret};

        // Vapi, every call.
        VapiAssistantDraft draft{QStringLiteral("Support"), QStringLiteral("Hi"), {}, {}};
        auto assistant = await<Assistant>(
                [&](QObject *c, auto done) { sandbox.vapi->createAssistant(draft, c, done); });
        SB_VERIFY_OK(assistant);
        const QString assistantId = assistant->value().id;
        SB_VERIFY_OK(await<Assistant>(
                [&](QObject *c, auto done) { sandbox.vapi->getAssistant(assistantId, c, done); }));
        SB_VERIFY_OK(await<QList<Assistant>>(
                [&](QObject *c, auto done) { sandbox.vapi->listAssistants(c, done); }));
        VapiAssistantPatch patch;
        patch.name = QStringLiteral("Support 2");
        SB_VERIFY_OK(await<Assistant>([&](QObject *c, auto done) {
            sandbox.vapi->updateAssistant(assistantId, patch, c, done);
        }));
        auto free = await<PhoneNumber>([&](QObject *c, auto done) {
            sandbox.vapi->createFreeNumber({QStringLiteral("415"), {}, assistantId, {}}, c, done);
        });
        SB_VERIFY_OK(free);
        SB_VERIFY_OK(await<PhoneNumber>([&](QObject *c, auto done) {
            sandbox.vapi->createFreeNumber(
                    {{}, QStringLiteral("sip:desk@sip.vapi.ai"), {}, {}}, c, done);
        }));
        // Imports carry the Twilio secrets in their bodies; one of them also loses its answer,
        // so the reconciliation path logs too.
        sandbox.addFault(QStringLiteral("lost@POST /phone-number,count=1"));
        VapiTwilioImportRequest byToken;
        byToken.number = owned;
        byToken.twilioAccountSid = ApiSandbox::TwilioSid;
        byToken.twilioAuthToken = ApiSandbox::TwilioToken;
        auto imported = await<PhoneNumber>(
                [&](QObject *c, auto done) { sandbox.vapi->importTwilioNumber(byToken, c, done); });
        SB_VERIFY_OK(imported);
        VapiTwilioImportRequest byKey;
        byKey.number = ownedToo;
        byKey.twilioAccountSid = ApiSandbox::TwilioSid;
        byKey.twilioApiKey = ApiSandbox::TwilioKeySid;
        byKey.twilioApiSecret = ApiSandbox::TwilioKeySecret;
        SB_VERIFY_OK(await<PhoneNumber>(
                [&](QObject *c, auto done) { sandbox.vapi->importTwilioNumber(byKey, c, done); }));
        SB_VERIFY_OK(await<QList<PhoneNumber>>(
                [&](QObject *c, auto done) { sandbox.vapi->listPhoneNumbers(c, done); }));
        SB_VERIFY_OK(await<QList<PhoneNumber>>(
                [&](QObject *c, auto done) { sandbox.vapi->listAllPhoneNumbers(c, done); }));
        SB_VERIFY_OK(await<PhoneNumber>([&](QObject *c, auto done) {
            sandbox.vapi->getPhoneNumber(imported->value().id, c, done);
        }));
        SB_VERIFY_OK(await<PhoneNumber>([&](QObject *c, auto done) {
            sandbox.vapi->updatePhoneNumber(
                    free->value().id, {QStringLiteral("vapi"), QString(), std::nullopt}, c, done);
        }));
        SB_VERIFY_OK(await<PhoneNumber>([&](QObject *c, auto done) {
            sandbox.vapi->deletePhoneNumber(free->value().id, c, done);
        }));
        SB_VERIFY_OK(await<Assistant>([&](QObject *c, auto done) {
            sandbox.vapi->deleteAssistant(assistantId, c, done);
        }));
        // A refused key: the error path logs too.
        auto wrong = sandbox.makeVapi(ApiSandbox::VapiKey + u'x');
        secrets.append(ApiSandbox::VapiKey + u'x');
        QVERIFY(!await<QList<Assistant>>([&](QObject *c, auto done) {
            wrong->listAssistants(c, done);
        })->ok());

        // Twilio, every call, with the auth token and with the API key.
        SB_VERIFY_OK(await<TwilioAccountInfo>(
                [&](QObject *c, auto done) { sandbox.twilio->fetchAccount(c, done); }));
        auto sub = await<TwilioNewSubaccount>([&](QObject *c, auto done) {
            sandbox.twilio->createSubaccount(QStringLiteral("Tenant"), c, done);
        });
        SB_VERIFY_OK(sub);
        QVERIFY(!sub->value().authToken.isEmpty());
        secrets.append(sub->value().authToken);
        // A second one whose answer is unreadable: found again by its name.
        sandbox.addFault(QStringLiteral("malformed@POST /2010-04-01/Accounts.json,count=1"));
        auto reconciled = await<TwilioNewSubaccount>([&](QObject *c, auto done) {
            sandbox.twilio->createSubaccount(QStringLiteral("Tenant 2"), c, done);
        });
        SB_VERIFY_OK(reconciled);
        for (const auto &account : sandbox.server.state().world().twilioAccounts)
            secrets.append(account.authToken); // every account's token, the new ones too
        SB_VERIFY_OK(await<QList<TwilioAccountInfo>>(
                [&](QObject *c, auto done) { sandbox.twilio->listSubaccounts(c, done); }));
        auto subClient = sandbox.makeTwilio(
                sub->value().account.sid, sub->value().authToken, sub->value().account.sid);
        SB_VERIFY_OK(await<TwilioAccountInfo>(
                [&](QObject *c, auto done) { subClient->fetchAccount(c, done); }));
        SB_VERIFY_OK(await<QList<TwilioAvailableNumber>>([&](QObject *c, auto done) {
            sandbox.twilioByKey->availableNumbers({}, c, done);
        }));
        auto bought = await<TwilioIncomingNumber>([&](QObject *c, auto done) {
            sandbox.twilioByKey->buyNumber({{}, QStringLiteral("212"), {}, {}, {}}, c, done);
        });
        SB_VERIFY_OK(bought);
        const QString sid = bought->value().sid;
        SB_VERIFY_OK(await<QList<TwilioIncomingNumber>>([&](QObject *c, auto done) {
            sandbox.twilioByKey->listIncomingNumbers({}, c, done);
        }));
        SB_VERIFY_OK(await<TwilioIncomingNumber>(
                [&](QObject *c, auto done) { sandbox.twilio->fetchIncomingNumber(sid, c, done); }));
        TwilioNumberUpdate update;
        update.friendlyName = QStringLiteral("x");
        SB_VERIFY_OK(await<TwilioIncomingNumber>([&](QObject *c, auto done) {
            sandbox.twilioByKey->updateIncomingNumber(sid, update, c, done);
        }));
        SB_VERIFY_OK(await<Done>([&](QObject *c, auto done) {
            sandbox.twilioByKey->releaseIncomingNumber(sid, c, done);
        }));
        auto wrongTwilio
                = sandbox.makeTwilio(ApiSandbox::TwilioSid, ApiSandbox::TwilioToken + u'0');
        secrets.append(ApiSandbox::TwilioToken + u'0');
        QVERIFY(!await<TwilioAccountInfo>([&](QObject *c, auto done) {
            wrongTwilio->fetchAccount(c, done);
        })->ok());

        QStringList text;
        {
            QMutexLocker lock(&capturedMutex);
            text = captured;
        }
        const QString all = text.join(u'\n');
        // The log is there to be checked: requests and answers of both APIs, bodies redacted.
        QVERIFY(text.filter(QStringLiteral("switchboard.vapi: ->")).size() >= 15);
        QVERIFY(text.filter(QStringLiteral("switchboard.twilio: ->")).size() >= 10);
        QVERIFY(all.contains(QStringLiteral("twilioAuthToken\":\"<redacted>")));
        QVERIFY(all.contains(QStringLiteral("twilioApiSecret\":\"<redacted>")));
        QVERIFY(all.contains(QStringLiteral("looking for the resource")));
        for (const QString &secret : std::as_const(secrets)) {
            QVERIFY(!secret.isEmpty());
            QVERIFY2(!all.contains(secret), qPrintable(u"a secret was logged: " + secret.left(4)));
            QVERIFY(!all.contains(QString::fromLatin1(QUrl::toPercentEncoding(secret))));
        }
        for (const QString &pair :
                QStringList{ApiSandbox::TwilioSid + u':' + ApiSandbox::TwilioToken,
                        ApiSandbox::TwilioKeySid + u':' + ApiSandbox::TwilioKeySecret}) {
            QVERIFY(!all.contains(QString::fromLatin1(pair.toUtf8().toBase64())));
        }
        QVERIFY(!all.contains(QStringLiteral("Bearer")));
        QVERIFY(!all.contains(QStringLiteral("Basic ")));
    }
};

int main(int argc, char **argv)
{
    // The test environment turns debug output off (QT_LOGGING_RULES outranks setFilterRules):
    // this test needs it on.
    qunsetenv("QT_LOGGING_RULES");
    QCoreApplication app(argc, argv);
    TestApiRedaction test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestApiRedaction.moc"
