// SPDX-License-Identifier: Apache-2.0
#include "core/domain/PhoneAddress.h"

#include <QTest>

using namespace Switchboard;

class TestPhoneAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodNumbers_data();
    void goodNumbers();
    void badNumbers_data();
    void badNumbers();
    void sipUris_data();
    void sipUris();
    void parseDetectsKind();
    void northAmericanAreaCode();
    void defaultIsInvalid();
    void maskedNumbersAreNeverNumbers_data();
    void maskedNumbersAreNeverNumbers();
    void maskAdmits_data();
    void maskAdmits();
};

void TestPhoneAddress::goodNumbers_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("regionCode");
    QTest::addColumn<QString>("display");

    QTest::newRow("US, E.164") << "+14155552671"
                               << ""
                               << "+14155552671"
                               << "US"
                               << "+1 415-555-2671";
    QTest::newRow("US, formatted") << "+1 (415) 555-2671"
                                   << ""
                                   << "+14155552671"
                                   << "US"
                                   << "+1 415-555-2671";
    QTest::newRow("US, national with region") << "415-555-2671"
                                              << "US"
                                              << "+14155552671"
                                              << "US"
                                              << "+1 415-555-2671";
    QTest::newRow("Canada") << "+1 604 555 0123"
                            << ""
                            << "+16045550123"
                            << "CA"
                            << "+1 604-555-0123";
    QTest::newRow("UK London") << "+44 20 7946 0958"
                               << ""
                               << "+442079460958"
                               << "GB"
                               << "+44 20 7946 0958";
    QTest::newRow("UK national with region") << "020 7946 0958"
                                             << "GB"
                                             << "+442079460958"
                                             << "GB"
                                             << "+44 20 7946 0958";
    QTest::newRow("Germany Berlin") << "+49 30 901820"
                                    << ""
                                    << "+4930901820"
                                    << "DE"
                                    << "+49 30 901820";
    QTest::newRow("France mobile") << "+33 6 12 34 56 78"
                                   << ""
                                   << "+33612345678"
                                   << "FR"
                                   << "+33 6 12 34 56 78";
    QTest::newRow("Brazil Sao Paulo") << "+55 11 3456-7890"
                                      << ""
                                      << "+551134567890"
                                      << "BR"
                                      << "+55 11 3456-7890";
    QTest::newRow("Australia") << "+61 2 9876 5432"
                               << ""
                               << "+61298765432"
                               << "AU"
                               << "+61 2 9876 5432";
    QTest::newRow("Twilio test number") << "+15005550006"
                                        << ""
                                        << "+15005550006"
                                        << "US"
                                        << "+1 500-555-0006";
}

void TestPhoneAddress::goodNumbers()
{
    QFETCH(QString, input);
    QFETCH(QString, region);
    QFETCH(QString, e164);
    QFETCH(QString, regionCode);
    QFETCH(QString, display);

    QString error;
    const PhoneAddress address = PhoneAddress::fromNumber(input, region, &error);
    QVERIFY2(address.isValid(), qPrintable(error));
    QVERIFY(address.isNumber());
    QCOMPARE(address.toString(), e164);
    QCOMPARE(address.regionCode(), regionCode);
    QCOMPARE(address.displayText(), display);
    QVERIFY(error.isEmpty());
}

void TestPhoneAddress::badNumbers_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("empty") << ""
                           << ""
                           << "is empty";
    QTest::newRow("letters") << "call me"
                             << ""
                             << "no country code";
    QTest::newRow("letters with plus") << "+abc"
                                       << ""
                                       << "is not a phone number";
    QTest::newRow("US too short") << "+1 415 555 267"
                                  << ""
                                  << "not a valid number";
    QTest::newRow("US too long") << "+1 415 555 26711"
                                 << ""
                                 << "not a valid number";
    QTest::newRow("US area code 099") << "+1 099 555 2671"
                                      << ""
                                      << "not a valid number";
    QTest::newRow("UK too short") << "+44 20 7946"
                                  << ""
                                  << "not a valid number";
    QTest::newRow("unassigned country code") << "+999 1234 5678"
                                             << ""
                                             << "known country code";
    QTest::newRow("national without region") << "415-555-2671"
                                             << ""
                                             << "no country code";
    QTest::newRow("German too short") << "+49 30 1"
                                      << ""
                                      << "not a valid number";
    QTest::newRow("extension") << "+1 415 555 2671 ext. 12"
                               << ""
                               << "extension";
    QTest::newRow("masked") << "+165****8621"
                            << ""
                            << "hidden digits";
}

void TestPhoneAddress::badNumbers()
{
    QFETCH(QString, input);
    QFETCH(QString, region);
    QFETCH(QString, errorPart);

    QString error;
    const PhoneAddress address = PhoneAddress::fromNumber(input, region, &error);
    QVERIFY(!address.isValid());
    QVERIFY2(error.contains(errorPart), qPrintable(error));
}

void TestPhoneAddress::sipUris_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("vapi us") << "sip:acme-frontdesk@sip.vapi.ai" << true
                             << "sip:acme-frontdesk@sip.vapi.ai";
    QTest::newRow("vapi eu") << "sip:acme@sip.eu.vapi.ai" << true << "sip:acme@sip.eu.vapi.ai";
    QTest::newRow("mixed case") << "SIP:Acme.Desk@SIP.Vapi.AI" << true
                                << "sip:acme.desk@sip.vapi.ai";
    QTest::newRow("spaces around") << "  sip:a_b@sip.vapi.ai " << true << "sip:a_b@sip.vapi.ai";
    QTest::newRow("no scheme") << "acme@sip.vapi.ai" << false << "";
    QTest::newRow("sips") << "sips:acme@sip.vapi.ai" << false << "";
    QTest::newRow("no user") << "sip:@sip.vapi.ai" << false << "";
    QTest::newRow("no host") << "sip:acme@" << false << "";
    QTest::newRow("two at") << "sip:a@b@sip.vapi.ai" << false << "";
    QTest::newRow("space in user") << "sip:ac me@sip.vapi.ai" << false << "";
    QTest::newRow("single-label host") << "sip:acme@localhost" << false << "";
    QTest::newRow("bad host label") << "sip:acme@-sip.vapi.ai" << false << "";
    QTest::newRow("port") << "sip:acme@sip.vapi.ai:5060" << false << "";
}

void TestPhoneAddress::sipUris()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QString, canonical);

    QString error;
    const PhoneAddress address = PhoneAddress::fromSipUri(input, &error);
    QCOMPARE(address.isValid(), valid);
    QCOMPARE(error.isEmpty(), valid);
    if (valid) {
        QVERIFY(address.isSipUri());
        QCOMPARE(address.toString(), canonical);
        QCOMPARE(address.displayText(), canonical);
        QCOMPARE(QStringLiteral("sip:") + address.sipUser() + QStringLiteral("@")
                        + address.sipHost(),
                canonical);
    }
}

void TestPhoneAddress::parseDetectsKind()
{
    QCOMPARE(PhoneAddress::parse(QStringLiteral("sip:x@sip.vapi.ai")).kind(),
            PhoneAddress::Kind::SipUri);
    QCOMPARE(PhoneAddress::parse(QStringLiteral("+14155552671")).kind(), PhoneAddress::Kind::E164);
    QCOMPARE(PhoneAddress::parse(QStringLiteral("(415) 555-2671"), QStringLiteral("US")).toString(),
            QStringLiteral("+14155552671"));
    QCOMPARE(PhoneAddress::parse(QStringLiteral("nonsense")).kind(), PhoneAddress::Kind::Invalid);
    QVERIFY(PhoneAddress::parse(QStringLiteral("+14155552671"))
            == PhoneAddress::fromNumber(QStringLiteral("+1 415 555 2671")));
}

void TestPhoneAddress::northAmericanAreaCode()
{
    QCOMPARE(PhoneAddress::fromNumber(QStringLiteral("+14155552671")).northAmericanAreaCode(),
            QStringLiteral("415"));
    QCOMPARE(PhoneAddress::fromNumber(QStringLiteral("+442079460958")).northAmericanAreaCode(),
            QString());
    QCOMPARE(PhoneAddress::fromSipUri(QStringLiteral("sip:a@sip.vapi.ai")).northAmericanAreaCode(),
            QString());
}

void TestPhoneAddress::defaultIsInvalid()
{
    const PhoneAddress address;
    QVERIFY(!address.isValid());
    QCOMPARE(address.kind(), PhoneAddress::Kind::Invalid);
    QVERIFY(address.toString().isEmpty());
    QVERIFY(address.regionCode().isEmpty());
}

void TestPhoneAddress::maskedNumbersAreNeverNumbers_data()
{
    QTest::addColumn<QString>("text");
    // libphonenumber alone drops the stars ("+165****8621" would be read as +1658621) and reads
    // X as the keypad's 9 ("+1833684XXXX" would be the valid +18336849999).
    QTest::newRow("stars") << "+165****8621";
    QTest::newRow("stars, national") << "650****8621";
    QTest::newRow("X, toll-free") << "+1833684XXXX";
    QTest::newRow("X, no plus") << "1833684XXXX";
    QTest::newRow("one X at the end") << "+1415555267X";
    QTest::newRow("bullets") << "+1 650 \u2022\u2022\u2022\u2022 8621";
    QTest::newRow("ellipsis") << "+1650\u20268621";
}

void TestPhoneAddress::maskedNumbersAreNeverNumbers()
{
    QFETCH(QString, text);
    QVERIFY(PhoneAddress::isMasked(text));
    QVERIFY(!PhoneAddress::fromNumber(text).isValid());
    QVERIFY(!PhoneAddress::fromNumber(text, QStringLiteral("US")).isValid());
    QVERIFY(!PhoneAddress::parse(text).isValid());
    QVERIFY(!PhoneAddress::isMasked(QStringLiteral("+1 (415) 555-2671")));
    QVERIFY(!PhoneAddress::isMasked(QStringLiteral("+1 415 555 2671 x12")));
}

void TestPhoneAddress::maskAdmits_data()
{
    QTest::addColumn<QString>("masked");
    QTest::addColumn<QString>("number");
    QTest::addColumn<bool>("admits");
    QTest::newRow("same visible digits") << "+165****8621"
                                         << "+16505558621" << true;
    QTest::newRow("other last digits") << "+165****8622"
                                       << "+16505558621" << false;
    QTest::newRow("other first digits") << "+141****8621"
                                        << "+16505558621" << false;
    QTest::newRow("too many digits") << "+1650****55558621"
                                     << "+16505558621" << false;
    QTest::newRow("national form") << "650***8621"
                                   << "+16505558621" << true;
    QTest::newRow("X") << "1833684XXXX"
                       << "+18336840199" << true;
    QTest::newRow("ellipsis") << "+1650\u20268621"
                              << "+16505558621" << true;
    QTest::newRow("ellipsis, other end") << "+1650\u20268620"
                                         << "+16505558621" << false;
    QTest::newRow("no digit shown") << "****"
                                    << "+16505558621" << true;
}

void TestPhoneAddress::maskAdmits()
{
    QFETCH(QString, masked);
    QFETCH(QString, number);
    QFETCH(bool, admits);
    const PhoneAddress address = PhoneAddress::fromNumber(number);
    QVERIFY(address.isValid());
    QCOMPARE(PhoneAddress::maskAdmits(masked, address), admits);
}

QTEST_GUILESS_MAIN(TestPhoneAddress)
#include "TestPhoneAddress.moc"
