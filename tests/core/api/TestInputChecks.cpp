// SPDX-License-Identifier: Apache-2.0
#include "core/api/InputChecks.h"

#include <QTest>

using namespace Switchboard;

namespace {
const QString Sid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
const QString Key = QStringLiteral("SK0123456789abcdef0123456789abcdef");
} // namespace

class TestInputChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sids_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<bool>("valid");
        QTest::newRow("account") << Sid << "AC" << true;
        QTest::newRow("upper hex") << "PN0123456789ABCDEF0123456789ABCDEF"
                                   << "PN" << true;
        QTest::newRow("wrong prefix") << Sid << "PN" << false;
        QTest::newRow("short") << "AC0123"
                               << "AC" << false;
        QTest::newRow("not hex") << "AC0123456789abcdef0123456789abcdeg"
                                 << "AC" << false;
    }
    void sids()
    {
        QFETCH(QString, text);
        QFETCH(QString, prefix);
        QFETCH(bool, valid);
        QCOMPARE(InputChecks::isSid(text, QLatin1String(prefix.toLatin1())), valid);
    }

    void freeNumber_data()
    {
        QTest::addColumn<QString>("areaCode");
        QTest::addColumn<QString>("sipUri");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("sipHost");
        QTest::addColumn<QString>("mentions"); // empty: accepted
        QTest::newRow("area code") << "415"
                                   << ""
                                   << ""
                                   << "sip.vapi.ai"
                                   << "";
        QTest::newRow("sip") << ""
                             << "sip:Front.Desk@sip.vapi.ai"
                             << ""
                             << "sip.vapi.ai"
                             << "";
        QTest::newRow("sip eu") << ""
                                << "sip:desk@sip.eu.vapi.ai"
                                << ""
                                << "sip.eu.vapi.ai"
                                << "";
        QTest::newRow("sip any host in a sandbox") << ""
                                                   << "sip:desk@sip.example.com"
                                                   << ""
                                                   << ""
                                                   << "";
        // Neither: a number in any area code (Vapi picks one).
        QTest::newRow("neither") << ""
                                 << ""
                                 << ""
                                 << "sip.vapi.ai"
                                 << "";
        QTest::newRow("both") << "415"
                              << "sip:a@sip.vapi.ai"
                              << ""
                              << "sip.vapi.ai"
                              << "not both";
        QTest::newRow("two digits") << "41"
                                    << ""
                                    << ""
                                    << "sip.vapi.ai"
                                    << "three digits";
        QTest::newRow("letters") << "4a5"
                                 << ""
                                 << ""
                                 << "sip.vapi.ai"
                                 << "three digits";
        QTest::newRow("not sip") << ""
                                 << "desk@sip.vapi.ai"
                                 << ""
                                 << "sip.vapi.ai"
                                 << "SIP URI";
        QTest::newRow("wrong region") << ""
                                      << "sip:desk@sip.vapi.ai"
                                      << ""
                                      << "sip.eu.vapi.ai"
                                      << "sip.eu.vapi.ai";
        QTest::newRow("long name") << "415"
                                   << "" << QString(41, u'x') << "sip.vapi.ai"
                                   << "at most 40";
    }
    void freeNumber()
    {
        QFETCH(QString, areaCode);
        QFETCH(QString, sipUri);
        QFETCH(QString, name);
        QFETCH(QString, sipHost);
        QFETCH(QString, mentions);
        PhoneAddress sip;
        const auto refusal = InputChecks::freeNumber({areaCode, sipUri, {}, name}, sipHost, &sip);
        QCOMPARE(refusal.has_value(), !mentions.isEmpty());
        if (refusal) {
            QCOMPARE(refusal->category, ApiError::Category::Refused);
            QVERIFY2(refusal->hint.contains(mentions), qPrintable(refusal->hint));
        } else if (!sipUri.isEmpty()) {
            QCOMPARE(sip.toString(), sipUri.toLower());
        }
    }

    void twilioImport_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("sid");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("token") << "+1 (415) 555-2671" << Sid << "tok-SECRET"
                               << ""
                               << ""
                               << "";
        QTest::newRow("key") << "+14155552671" << Sid << "" << Key << "s"
                             << "";
        QTest::newRow("both") << "+14155552671" << Sid << "tok-SECRET" << Key << "s"
                              << "exactly one";
        QTest::newRow("neither") << "+14155552671" << Sid << ""
                                 << ""
                                 << ""
                                 << "exactly one";
        QTest::newRow("key without secret") << "+14155552671" << Sid << "" << Key << ""
                                            << "secret";
        QTest::newRow("key not SK") << "+14155552671" << Sid << "" << Sid << "s"
                                    << "SK";
        QTest::newRow("bad sid") << "+14155552671"
                                 << "AC1"
                                 << "tok-SECRET"
                                 << ""
                                 << ""
                                 << "Account SID";
        QTest::newRow("no country code") << "4155552671" << Sid << "tok-SECRET"
                                         << ""
                                         << ""
                                         << "number";
    }
    void twilioImport()
    {
        QFETCH(QString, number);
        QFETCH(QString, sid);
        QFETCH(QString, token);
        QFETCH(QString, key);
        QFETCH(QString, secret);
        QFETCH(QString, mentions);
        VapiTwilioImportRequest request;
        request.number = number;
        request.twilioAccountSid = sid;
        request.twilioAuthToken = token;
        request.twilioApiKey = key;
        request.twilioApiSecret = secret;
        PhoneAddress parsed;
        const auto refusal = InputChecks::twilioImport(request, &parsed);
        QCOMPARE(refusal.has_value(), !mentions.isEmpty());
        if (refusal) {
            QVERIFY2(refusal->hint.contains(mentions), qPrintable(refusal->hint));
            if (!token.isEmpty())
                QVERIFY(!refusal->hint.contains(token));
        } else {
            QCOMPARE(parsed.toString(), QStringLiteral("+14155552671"));
        }
    }

    void twilioBuy_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("areaCode");
        QTest::addColumn<QString>("friendlyName");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("number") << "+14155552671"
                                << ""
                                << ""
                                << "";
        QTest::newRow("area code") << ""
                                   << "415"
                                   << "Acme"
                                   << "";
        QTest::newRow("both") << "+14155552671"
                              << "415"
                              << ""
                              << "exactly one";
        QTest::newRow("neither") << ""
                                 << ""
                                 << ""
                                 << "exactly one";
        QTest::newRow("bad number") << "+1415"
                                    << ""
                                    << ""
                                    << "not usable";
        QTest::newRow("bad area code") << ""
                                       << "4155"
                                       << ""
                                       << "three digits";
        QTest::newRow("long name") << ""
                                   << "415" << QString(65, u'n') << "at most 64";
    }
    void twilioBuy()
    {
        QFETCH(QString, number);
        QFETCH(QString, areaCode);
        QFETCH(QString, friendlyName);
        QFETCH(QString, mentions);
        PhoneAddress parsed;
        const auto refusal
                = InputChecks::twilioBuy({number, areaCode, friendlyName, {}, {}}, &parsed);
        QCOMPARE(refusal.has_value(), !mentions.isEmpty());
        if (refusal)
            QVERIFY2(refusal->hint.contains(mentions), qPrintable(refusal->hint));
    }

    void twilioAvailable_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("areaCode");
        QTest::addColumn<QString>("contains");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("defaults") << "US"
                                  << ""
                                  << "" << true;
        QTest::newRow("all") << "US"
                             << "415"
                             << "555" << true;
        QTest::newRow("wildcards") << "US"
                                   << ""
                                   << "*PIZZA*" << true;
        QTest::newRow("anchored") << "US"
                                  << ""
                                  << "+1415$" << true;
        QTest::newRow("country name") << "USA"
                                      << ""
                                      << "" << false;
        QTest::newRow("area code") << "US"
                                   << "41"
                                   << "" << false;
        QTest::newRow("contains too short") << "US"
                                            << ""
                                            << "5" << false;
        QTest::newRow("contains too long") << "US"
                                           << "" << QString(17, u'5') << false;
        QTest::newRow("contains space") << "US"
                                        << ""
                                        << "55 5" << false;
    }
    void twilioAvailable()
    {
        QFETCH(QString, country);
        QFETCH(QString, areaCode);
        QFETCH(QString, contains);
        QFETCH(bool, accepted);
        TwilioAvailableFilter filter;
        filter.countryCode = country;
        filter.areaCode = areaCode;
        filter.contains = contains;
        QCOMPARE(!InputChecks::twilioAvailable(filter).has_value(), accepted);
    }

    void credentials()
    {
        QVERIFY(!InputChecks::twilioCredentials(Sid, Sid, QStringLiteral("t")));
        QVERIFY(!InputChecks::twilioCredentials(Sid, Key, QStringLiteral("s")));
        QVERIFY(InputChecks::twilioCredentials(Key, Key, QStringLiteral("s")));
        QVERIFY(InputChecks::twilioCredentials(Sid, QStringLiteral("bob"), QStringLiteral("s")));
        QVERIFY(InputChecks::twilioCredentials(Sid, Sid, QString()));
        QVERIFY(!InputChecks::vapiId(QStringLiteral("3f2a6c1e-8d4b-4c2a-9e1f-2b7c5d9a0e4f"), {}));
        QVERIFY(InputChecks::vapiId(QStringLiteral("../x"), QStringLiteral("assistant")));
        QVERIFY(InputChecks::vapiId(QStringLiteral("{3f2a6c1e-8d4b-4c2a-9e1f-2b7c5d9a0e4f}"), {}));
    }
};

QTEST_GUILESS_MAIN(TestInputChecks)
#include "TestInputChecks.moc"
