// SPDX-License-Identifier: Apache-2.0
#include "core/domain/Validation.h"

#include <QTest>

using namespace Switchboard;

class TestValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twilioSids_data();
    void twilioSids();
    void vapiIds_data();
    void vapiIds();
    void areaCodes_data();
    void areaCodes();
    void slugs_data();
    void slugs();
    void suggestedSlugs_data();
    void suggestedSlugs();
    void displayNames_data();
    void displayNames();
    void messagesNameFieldAndRule();
};

void TestValidation::twilioSids_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("valid");

    const int account = int(TwilioSidKind::Account);
    const int number = int(TwilioSidKind::PhoneNumber);
    const int key = int(TwilioSidKind::ApiKey);
    const QString hex32 = QStringLiteral("0123456789abcdef0123456789ABCDEF");

    QTest::newRow("account") << (QStringLiteral("AC") + hex32) << account << true;
    QTest::newRow("number") << (QStringLiteral("PN") + hex32) << number << true;
    QTest::newRow("api key") << (QStringLiteral("SK") + hex32) << key << true;
    QTest::newRow("number as account") << (QStringLiteral("PN") + hex32) << account << false;
    QTest::newRow("lower-case prefix") << (QStringLiteral("ac") + hex32) << account << false;
    QTest::newRow("31 hex") << (QStringLiteral("AC") + hex32.left(31)) << account << false;
    QTest::newRow("33 hex") << (QStringLiteral("AC") + hex32 + QStringLiteral("0")) << account
                            << false;
    QTest::newRow("non-hex") << (QStringLiteral("AC") + hex32.left(31) + QStringLiteral("g"))
                             << account << false;
    QTest::newRow("empty") << QString() << account << false;
    QTest::newRow("spaces") << (QStringLiteral(" AC") + hex32.left(31)) << account << false;
}

void TestValidation::twilioSids()
{
    QFETCH(QString, value);
    QFETCH(int, kind);
    QFETCH(bool, valid);
    QCOMPARE(Validation::isTwilioSid(value, TwilioSidKind(kind)), valid);
    QCOMPARE(
            Validation::checkTwilioSid(value, TwilioSidKind(kind), QStringLiteral("sid")).isEmpty(),
            valid);
}

void TestValidation::vapiIds_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("uuid") << QStringLiteral("3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f") << true;
    QTest::newRow("upper case") << QStringLiteral("3F2B8C1E-5D4A-4E6B-9C7D-1A2B3C4D5E6F") << true;
    QTest::newRow("braces") << QStringLiteral("{3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f}") << false;
    QTest::newRow("short") << QStringLiteral("3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6") << false;
    QTest::newRow("not hex") << QStringLiteral("zf2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f") << false;
    QTest::newRow("no dashes") << QStringLiteral("3f2b8c1e5d4a4e6b9c7d1a2b3c4d5e6f") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestValidation::vapiIds()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    QCOMPARE(Validation::isVapiId(value), valid);
}

void TestValidation::areaCodes_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("415") << QStringLiteral("415") << true;
    QTest::newRow("212") << QStringLiteral("212") << true;
    QTest::newRow("two digits") << QStringLiteral("41") << false;
    QTest::newRow("four digits") << QStringLiteral("4155") << false;
    QTest::newRow("leading 0") << QStringLiteral("015") << false;
    QTest::newRow("leading 1") << QStringLiteral("115") << false;
    QTest::newRow("letters") << QStringLiteral("4a5") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestValidation::areaCodes()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    QCOMPARE(Validation::isAreaCode(value), valid);
}

void TestValidation::slugs_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("simple") << QStringLiteral("acme") << true;
    QTest::newRow("dashes and digits") << QStringLiteral("acme-dental-2") << true;
    QTest::newRow("one char") << QStringLiteral("a") << false;
    QTest::newRow("upper case") << QStringLiteral("Acme") << false;
    QTest::newRow("leading dash") << QStringLiteral("-acme") << false;
    QTest::newRow("trailing dash") << QStringLiteral("acme-") << false;
    QTest::newRow("space") << QStringLiteral("acme dental") << false;
    QTest::newRow("slash") << QStringLiteral("acme/dental") << false;
    QTest::newRow("41 chars") << QString(41, u'a') << false;
}

void TestValidation::slugs()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    QCOMPARE(Validation::isSlug(value), valid);
}

void TestValidation::suggestedSlugs_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("slug");
    QTest::newRow("plain") << QStringLiteral("Acme Dental") << QStringLiteral("acme-dental");
    // Found by the walk: "du-rer-clinic" (the diaeresis, decomposed, became a dash).
    QTest::newRow("umlaut") << QStringLiteral("Dürer Clinic") << QStringLiteral("durer-clinic");
    QTest::newRow("accents") << QStringLiteral("Clínica São José")
                             << QStringLiteral("clinica-sao-jose");
    QTest::newRow("punctuation") << QStringLiteral("  Bright & Smiles, Inc. ")
                                 << QStringLiteral("bright-smiles-inc");
    QTest::newRow("ligature") << QStringLiteral("ﬁne Ⅸ") << QStringLiteral("fine-ix");
    QTest::newRow("nothing left") << QStringLiteral("北京") << QString();
    QTest::newRow("long") << QString(50, u'a') << QString(40, u'a');
}

void TestValidation::suggestedSlugs()
{
    QFETCH(QString, name);
    QFETCH(QString, slug);
    QCOMPARE(Validation::suggestSlug(name), slug);
    if (!slug.isEmpty())
        QVERIFY(Validation::isSlug(slug));
}

void TestValidation::displayNames_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << QStringLiteral("Acme Dental") << true;
    QTest::newRow("letters of any script") << QStringLiteral("Zoë Café 東京 Ωmega") << true;
    QTest::newRow("emoji with joiner") << QStringLiteral("Team 👩\u200D💻") << true;
    QTest::newRow("empty") << QStringLiteral("   ") << false;
    QTest::newRow("121 characters") << QString(121, u'a') << false;
    // A name is printed to terminals: control characters there are commands, not text.
    QTest::newRow("escape sequence") << QStringLiteral("Acme\x1b[31m Red") << false;
    QTest::newRow("bell") << QStringLiteral("Acme\a") << false;
    QTest::newRow("tab") << QStringLiteral("Acme\tDental") << false;
    QTest::newRow("line break") << QStringLiteral("Acme\nDental") << false;
    QTest::newRow("leading line break") << QStringLiteral("\nAcme") << false;
    QTest::newRow("NUL") << QString(QStringLiteral("Acme")).append(QChar(0)) << false;
    QTest::newRow("DEL") << QStringLiteral("Acme\x7f") << false;
    QTest::newRow("C1 control") << QStringLiteral("Acme\u009b31m") << false;
    QTest::newRow("right-to-left override") << QStringLiteral("Acme\u202Etxt.exe") << false;
    QTest::newRow("line separator") << QStringLiteral("Acme\u2028Dental") << false;
}

void TestValidation::displayNames()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    QCOMPARE(Validation::checkDisplayName(value, QStringLiteral("name")).isEmpty(), valid);
}

void TestValidation::messagesNameFieldAndRule()
{
    const FieldError sid = Validation::checkTwilioSid(
            u"ACnope", TwilioSidKind::Account, QStringLiteral("--twilio-account-sid"));
    QVERIFY(sid);
    QVERIFY(sid.toString().startsWith(QStringLiteral("--twilio-account-sid: ")));
    QVERIFY(sid.message.contains(QStringLiteral("\"AC\"")));
    QVERIFY(sid.message.contains(QStringLiteral("32 hexadecimal")));

    const FieldError area = Validation::checkAreaCode(u"41", QStringLiteral("area code"));
    QVERIFY(area.toString().contains(QStringLiteral("three digits")));

    const FieldError name = Validation::checkDisplayName(u"   ", QStringLiteral("name"));
    QCOMPARE(name.toString(), QStringLiteral("name: must not be empty"));
    QVERIFY(Validation::checkDisplayName(u"Acme Dental", QStringLiteral("name")).isEmpty());
    const FieldError control
            = Validation::checkDisplayName(u"Acme\x1b[31m", QStringLiteral("--name"));
    QVERIFY(control.toString().startsWith(QStringLiteral("--name: ")));
    QVERIFY2(control.message.contains(QStringLiteral("control character")),
            qPrintable(control.message));
    QVERIFY2(control.message.contains(QStringLiteral("U+001B")), qPrintable(control.message));
    QVERIFY(!control.message.contains(QChar(0x1b))); // the message is safe to print
}

QTEST_GUILESS_MAIN(TestValidation)
#include "TestValidation.moc"
