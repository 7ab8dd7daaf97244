// SPDX-License-Identifier: Apache-2.0
// number search | buy: what the console's "Buy a Twilio number…" does (NumberPurchase), for
// scripts: the payer the chain would use, within the month's purchase limit, recorded.
#include "cli/CliContext.h"
#include "cli/TerminalText.h"
#include "cli/commands/Commands.h"

#include "core/domain/Organization.h"
#include "core/provisioning/NumberPurchase.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace Switchboard::Cli {

namespace {

struct BuyScope
{
    qint64 organizationId = 0; // 0: the workspace's pool
    QString label; // for messages: the slug, or "the workspace"
};

void addScopeOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("org"),
            QStringLiteral("For this organization's pool (its own Twilio account pays, else "
                           "the workspace's)."),
            QStringLiteral("slug")});
    parser.addOption(
            {QStringLiteral("workspace"), QStringLiteral("For the workspace's (global) pool.")});
    parser.addOption({QStringLiteral("area-code"),
            QStringLiteral("A three-digit US or Canadian area code."), QStringLiteral("NNN")});
}

bool readScope(CliContext &context, QCommandLineParser &parser, const QString &command,
        BuyScope *scope, int *code)
{
    const bool workspace = parser.isSet(QStringLiteral("workspace"));
    if (workspace == parser.isSet(QStringLiteral("org"))) {
        *code = context.fail(
                BadUsage, QStringLiteral("%1: give --org SLUG or --workspace").arg(command));
        return false;
    }
    if (workspace) {
        scope->label = QStringLiteral("the workspace");
        return true;
    }
    Organization organization;
    if (!context.findOrganization(parser.value(QStringLiteral("org")), &organization)) {
        *code = BadUsage;
        return false;
    }
    scope->organizationId = organization.id;
    scope->label = organization.slug;
    return true;
}

bool validAreaCode(const QString &text)
{
    static const QRegularExpression areaCode(QStringLiteral("^[2-9][0-9]{2}$"));
    return areaCode.match(text).hasMatch();
}

QJsonObject offerJson(const TwilioAvailableNumber &offer)
{
    return QJsonObject{{QStringLiteral("number"), offer.phoneNumber.toString()},
            {QStringLiteral("locality"), offer.locality}, {QStringLiteral("region"), offer.region}};
}

// number search (--org SLUG | --workspace) --area-code NNN
int numberSearch(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("The Twilio numbers for sale in an area code, for a pool."));
    addScopeOptions(parser);
    int code = Success;
    if (!parseCommand(context, parser, QStringLiteral("number search"), arguments, &code))
        return code;
    const QString areaCode = parser.value(QStringLiteral("area-code"));
    if (!validAreaCode(areaCode))
        return context.fail(BadUsage,
                QStringLiteral("number search: --area-code takes three digits, such as 415"));
    if (!context.openWorkspace())
        return context.openFailure();
    BuyScope scope;
    if (!readScope(context, parser, QStringLiteral("number search"), &scope, &code))
        return code;
    if (!context.connectApis())
        return BadUsage;
    return context.runAsync([&context, scope, areaCode](const std::function<void(int)> &done) {
        auto *purchase = new NumberPurchase(context.services());
        purchase->search(scope.organizationId, areaCode,
                [&context, purchase, done](
                        const QList<TwilioAvailableNumber> &offers, const QString &error) {
                    purchase->deleteLater();
                    if (!error.isEmpty()) {
                        context.err() << printable(error) << '\n';
                        context.err().flush();
                        done(OperationFailed);
                        return;
                    }
                    if (context.json()) {
                        QJsonArray array;
                        for (const TwilioAvailableNumber &offer : offers)
                            array.append(offerJson(offer));
                        context.printJson(array);
                    } else {
                        for (const TwilioAvailableNumber &offer : offers) {
                            QStringList place{offer.locality, offer.region};
                            place.removeAll(QString());
                            context.out() << offer.phoneNumber.toString() << '\t'
                                          << printable(place.join(QStringLiteral(", "))) << '\n';
                        }
                    }
                    context.out().flush();
                    done(offers.isEmpty() ? OperationFailed : Success);
                });
    });
}

// number buy (--org SLUG | --workspace) (+E164 | --area-code NNN)
int numberBuy(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            QStringLiteral("Buy a Twilio number for a pool, within the month's purchase limit: "
                           "the number given, or the first one offered in the area code."));
    addScopeOptions(parser);
    parser.addPositionalArgument(QStringLiteral("number"),
            QStringLiteral("The number to buy, in E.164 (from number search); or give "
                           "--area-code."),
            QStringLiteral("[+E164]"));
    int code = Success;
    if (!parseCommand(context, parser, QStringLiteral("number buy"), arguments, &code))
        return code;
    const QStringList given = parser.positionalArguments();
    const QString areaCode = parser.value(QStringLiteral("area-code"));
    if (given.size() > 1 || given.isEmpty() == areaCode.isEmpty())
        return context.fail(BadUsage,
                QStringLiteral("number buy: give one number in E.164, or --area-code NNN"));
    PhoneAddress number;
    if (!given.isEmpty()) {
        number = PhoneAddress::fromNumber(given.constFirst(), QStringLiteral("US"));
        if (!number.isValid() || number.isSipUri())
            return context.fail(BadUsage,
                    QStringLiteral("number buy: %1 is not a phone number; give it in E.164, "
                                   "such as +14155550100")
                            .arg(printable(given.constFirst())));
    } else if (!validAreaCode(areaCode)) {
        return context.fail(BadUsage,
                QStringLiteral("number buy: --area-code takes three digits, such as 415"));
    }
    if (!context.openWorkspace())
        return context.openFailure();
    BuyScope scope;
    if (!readScope(context, parser, QStringLiteral("number buy"), &scope, &code))
        return code;
    if (!context.connectApis())
        return BadUsage;
    return context.runAsync([&context, scope, number, areaCode](
                                    const std::function<void(int)> &done) {
        auto *purchase = new NumberPurchase(context.services());
        auto report = [&context, purchase, done](const NumberPurchase::Outcome &outcome) {
            if (context.json())
                context.printJson(QJsonObject{{QStringLiteral("ok"), outcome.ok},
                        {QStringLiteral("message"), outcome.message},
                        {QStringLiteral("number"),
                                outcome.number.isValid() ? outcome.number.toString() : QString()}});
            else
                (outcome.ok ? context.out() : context.err()) << printable(outcome.message) << '\n';
            context.out().flush();
            context.err().flush();
            purchase->deleteLater();
            done(outcome.ok ? Success : OperationFailed);
        };
        if (number.isValid()) {
            purchase->buy(scope.organizationId, number, report);
            return;
        }
        purchase->search(scope.organizationId, areaCode,
                [purchase, scope, areaCode, report](
                        const QList<TwilioAvailableNumber> &offers, const QString &error) {
                    if (!error.isEmpty() || offers.isEmpty()) {
                        report(NumberPurchase::Outcome{false,
                                error.isEmpty() ? QStringLiteral("Twilio offers no voice number "
                                                                 "in %1 now: try a neighbouring "
                                                                 "area code.")
                                                          .arg(areaCode)
                                                : error,
                                {}});
                        return;
                    }
                    purchase->buy(scope.organizationId, offers.constFirst().phoneNumber, report);
                });
    });
}

} // namespace

int runNumberPurchase(CliContext &context, const QString &subcommand, const QStringList &arguments)
{
    return subcommand == u"search" ? numberSearch(context, arguments)
                                   : numberBuy(context, arguments);
}

} // namespace Switchboard::Cli
