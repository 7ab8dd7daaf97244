// SPDX-License-Identifier: Apache-2.0
#include "Invariants.h"

#include <QDateTime>
#include <QRegularExpression>

#include <utility>

namespace Campaign {
namespace {

const QString OneNumberEach = QStringLiteral("no assistant with two numbers in Vapi");
const QString NothingTwice = QStringLiteral("no number created or bought twice");
const QString ImportedOnce = QStringLiteral("no Twilio number imported into Vapi twice");
const QString KnownToWorkspace = QStringLiteral("every bought number known to the workspace");
const QString WithinLimits = QStringLiteral("purchases within every monthly limit");
const QString NothingInFlight = QStringLiteral("nothing in flight after the last resume");
const QString HistoryKept = QStringLiteral("finished attempts never change or go");
const QString NumberOrTask = QStringLiteral("every assistant: one number or an open manual task");

QString text(const QJsonValue &value, const char *key)
{
    return value[QLatin1String(key)].toString();
}

QString month(const QString &isoTime)
{
    return QDateTime::fromString(isoTime, Qt::ISODateWithMs)
            .toUTC()
            .toString(QStringLiteral("yyyy-MM"));
}

// A finished attempt, in a few words, for a failure message.
QString attemptLabel(const QJsonObject &attempt)
{
    return QStringLiteral("attempt #%1 (assistant %2, %3%4)")
            .arg(attempt.value(QStringLiteral("id")).toInteger())
            .arg(text(attempt, "assistantId").left(8), text(attempt, "outcome"),
                    text(attempt, "number").isEmpty() ? QString() : u' ' + text(attempt, "number"));
}

QString describeChange(const QJsonObject &before, const QJsonObject &after)
{
    QStringList changes;
    QStringList keys = before.keys();
    for (const QString &key : after.keys()) {
        if (!keys.contains(key))
            keys << key;
    }
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue was = before.value(key);
        const QJsonValue is = after.value(key);
        if (was == is)
            continue;
        if (was.isArray() || is.isArray())
            changes << QStringLiteral("%1 changed (%2 -> %3 entries)")
                               .arg(key)
                               .arg(was.toArray().size())
                               .arg(is.toArray().size());
        else
            changes << QStringLiteral("%1 \"%2\" -> \"%3\"")
                               .arg(key, was.toVariant().toString(), is.toVariant().toString());
    }
    return changes.join(QStringLiteral("; "));
}

struct TwilioNumber
{
    QString number;
    QString friendlyName;
    QString month;
};

} // namespace

Invariants::Invariants(Setup setup)
    : m_setup(std::move(setup))
{ }

bool Invariants::check(const QString &invariant, bool ok, const QString &failure)
{
    Tally &tally = m_tallies[invariant];
    ++tally.checks;
    if (!ok) {
        ++tally.failed;
        m_failures << QStringLiteral("[%1] %2: %3").arg(m_when, invariant, failure);
        qWarning("FAILURE [%s] %s: %s", qPrintable(m_when), qPrintable(invariant),
                qPrintable(failure));
    }
    return ok;
}

int Invariants::checksRun() const
{
    int total = 0;
    for (const Tally &tally : m_tallies)
        total += tally.checks;
    return total;
}

QMap<QString, int> Invariants::checksPerInvariant() const
{
    QMap<QString, int> checks;
    for (auto it = m_tallies.cbegin(); it != m_tallies.cend(); ++it)
        checks.insert(it.key(), it.value().checks);
    return checks;
}

QMap<QString, int> Invariants::failedPerInvariant() const
{
    QMap<QString, int> failed;
    for (auto it = m_tallies.cbegin(); it != m_tallies.cend(); ++it)
        failed.insert(it.key(), it.value().failed);
    return failed;
}

QString Invariants::numberLabel(const QJsonObject &n) const
{
    const QString provider = text(n, "provider");
    QString account;
    if (provider == u"twilio")
        account = text(n, "twilioAccountSid") == m_setup.orgSid ? QStringLiteral(" org Twilio")
                : text(n, "twilioAccountSid") == m_setup.workspaceSid
                ? QStringLiteral(" workspace Twilio")
                : QStringLiteral(" Twilio ") + text(n, "twilioAccountSid");
    return QStringLiteral("%1 (%2%3, tag %4)")
            .arg(text(n, "number").isEmpty() ? text(n, "id") : text(n, "number"), provider, account,
                    text(n, "name"));
}

void Invariants::checkHistory(const QJsonArray &history, const QString &when)
{
    m_when = when;
    QHash<qint64, QJsonObject> now;
    m_attemptsByOutcome.clear();
    for (const QJsonValue value : history) {
        const QJsonObject attempt = value.toObject();
        now.insert(attempt.value(QStringLiteral("id")).toInteger(), attempt);
        ++m_attemptsByOutcome[text(attempt, "outcome")];
    }
    for (auto it = m_finished.cbegin(); it != m_finished.cend(); ++it) {
        const auto found = now.constFind(it.key());
        if (!check(HistoryKept, found != now.cend(),
                    attemptLabel(it.value()) + QStringLiteral(" is gone from the history")))
            continue;
        check(HistoryKept, found.value() == it.value(),
                attemptLabel(it.value()) + QStringLiteral(" changed after it had finished: ")
                        + describeChange(it.value(), found.value()));
    }
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (text(it.value(), "outcome") != u"in-flight" && !m_finished.contains(it.key()))
            m_finished.insert(it.key(), it.value());
    }
}

void Invariants::checkEnd(const EndState &end, bool completed, const QString &when)
{
    m_when = when;

    // The sandbox's Vapi side: assistants and numbers.
    QStringList assistants;
    QList<QJsonObject> vapiNumbers;
    for (const QJsonValue org :
            end.sandboxState[QStringLiteral("vapi")][QStringLiteral("accounts")].toArray()) {
        for (const QJsonValue a : org[QStringLiteral("assistants")].toArray())
            assistants << text(a, "id");
        for (const QJsonValue n : org[QStringLiteral("phoneNumbers")].toArray())
            vapiNumbers << n.toObject();
    }
    QHash<QString, QList<QJsonObject>> byAssistant;
    QHash<QString, int> byTag;
    QHash<QString, int> importsByNumber;
    QSet<QString> inVapi;
    for (const QJsonObject &n : std::as_const(vapiNumbers)) {
        byAssistant[text(n, "assistantId")] << n;
        if (!text(n, "name").isEmpty())
            ++byTag[text(n, "name")];
        if (text(n, "provider") == u"twilio")
            ++importsByNumber[text(n, "number")];
        inVapi.insert(text(n, "number"));
    }

    // The sandbox's Twilio side: what each account owns, and what the log says was bought.
    QHash<QString, QList<TwilioNumber>> bought; // account SID → numbers it did not own at first
    QHash<QString, QStringList> owned; // account SID → every number it owns
    for (const QJsonValue account :
            end.sandboxState[QStringLiteral("twilio")][QStringLiteral("accounts")].toArray()) {
        const QString sid = text(account, "sid");
        const QSet<QString> &initial
                = sid == m_setup.orgSid ? m_setup.orgPool : m_setup.workspacePool;
        for (const QJsonValue n : account[QStringLiteral("incomingPhoneNumbers")].toArray()) {
            owned[sid] << text(n, "phoneNumber");
            if (!initial.contains(text(n, "phoneNumber")))
                bought[sid] << TwilioNumber{text(n, "phoneNumber"), text(n, "friendlyName"),
                        month(text(n, "dateCreated"))};
        }
    }
    static const QRegularExpression purchasePath(QStringLiteral(
            R"(^/2010-04-01/Accounts/(AC[0-9a-fA-F]{32})/IncomingPhoneNumbers\.json(\?.*)?$)"));
    static const QRegularExpression releasePath(QStringLiteral(
            R"(^/2010-04-01/Accounts/(AC[0-9a-fA-F]{32})/IncomingPhoneNumbers/PN\w+\.json$)"));
    QHash<QString, QMap<QString, int>> purchasesByMonth; // SID → month → successful POSTs
    QHash<QString, int> purchases;
    QHash<QString, int> unanswered; // purchases applied whose answer the CLI never read whole
    QHash<QString, int> releases;
    int vapiCreates = 0;
    int vapiDeletes = 0;
    for (const QJsonObject &entry : end.requests) {
        const QString method = text(entry, "method");
        const QString path = text(entry, "path");
        const int status = entry.value(QStringLiteral("status")).toInt();
        if (method == u"POST" && status == 201) {
            if (path.section(u'?', 0, 0) == u"/phone-number")
                ++vapiCreates;
            const QRegularExpressionMatch m = purchasePath.match(path);
            if (m.hasMatch()) {
                ++purchases[m.captured(1)];
                if (!entry.value(QStringLiteral("fault")).isNull())
                    ++unanswered[m.captured(1)];
                ++purchasesByMonth[m.captured(1)][month(text(entry, "time"))];
            }
        } else if (method == u"DELETE" && status >= 200 && status < 300) {
            if (path.startsWith(QLatin1String("/phone-number/")))
                ++vapiDeletes;
            const QRegularExpressionMatch m = releasePath.match(path);
            if (m.hasMatch())
                ++releases[m.captured(1)];
        }
    }

    // No assistant with two numbers in Vapi.
    for (const QString &id : std::as_const(assistants)) {
        const QList<QJsonObject> numbers = byAssistant.value(id);
        QStringList labels;
        for (const QJsonObject &n : numbers)
            labels << numberLabel(n);
        check(OneNumberEach, numbers.size() <= 1,
                QStringLiteral("assistant %1 has %2 numbers: %3")
                        .arg(id)
                        .arg(numbers.size())
                        .arg(labels.join(QStringLiteral(", "))));
    }

    // No number created or bought twice.
    for (const QJsonObject &n : std::as_const(vapiNumbers))
        check(NothingTwice, !text(n, "assistantId").isEmpty(),
                numberLabel(n) + QStringLiteral(" is in Vapi for no assistant"));
    for (auto it = byTag.cbegin(); it != byTag.cend(); ++it)
        check(NothingTwice, it.value() == 1,
                QStringLiteral("one request tag, %1 numbers in Vapi: %2")
                        .arg(it.value())
                        .arg(it.key()));
    check(NothingTwice, vapiCreates == vapiNumbers.size() + vapiDeletes,
            QStringLiteral("the request log shows %1 successful POST /phone-number and %2 "
                           "deletes, Vapi holds %3 numbers")
                    .arg(vapiCreates)
                    .arg(vapiDeletes)
                    .arg(vapiNumbers.size()));
    for (const QString &sid : {m_setup.orgSid, m_setup.workspaceSid}) {
        const QList<TwilioNumber> numbers = bought.value(sid);
        check(NothingTwice, purchases.value(sid) == numbers.size() + releases.value(sid),
                QStringLiteral("%1: the request log shows %2 successful purchases and %3 "
                               "releases, the account holds %4 bought numbers")
                        .arg(sid)
                        .arg(purchases.value(sid))
                        .arg(releases.value(sid))
                        .arg(numbers.size()));
        QHash<QString, QStringList> byName;
        for (const TwilioNumber &n : numbers)
            byName[n.friendlyName] << n.number;
        for (auto it = byName.cbegin(); it != byName.cend(); ++it)
            check(NothingTwice, it.value().size() == 1,
                    QStringLiteral("%1 bought %2 numbers for one request tag %3: %4")
                            .arg(sid)
                            .arg(it.value().size())
                            .arg(it.key(), it.value().join(QStringLiteral(", "))));
    }

    // No Twilio number imported into Vapi twice.
    for (auto it = importsByNumber.cbegin(); it != importsByNumber.cend(); ++it)
        check(ImportedOnce, it.value() == 1,
                QStringLiteral("%1 is in Vapi %2 times").arg(it.key()).arg(it.value()));

    // Purchases per Twilio account and calendar month within the configured limit: from the
    // request log, and from the numbers' creation dates (the larger count).
    const QList<std::pair<QString, int>> limits{{m_setup.orgSid, m_setup.orgPurchaseLimit},
            {m_setup.workspaceSid, m_setup.workspacePurchaseLimit}};
    for (const auto &[sid, limit] : limits) {
        QMap<QString, int> perMonth = purchasesByMonth.value(sid);
        QMap<QString, int> createdPerMonth;
        for (const TwilioNumber &n : bought.value(sid))
            ++createdPerMonth[n.month];
        for (auto it = createdPerMonth.cbegin(); it != createdPerMonth.cend(); ++it)
            perMonth[it.key()] = qMax(perMonth.value(it.key()), it.value());
        if (perMonth.isEmpty())
            perMonth.insert(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM")), 0);
        for (auto it = perMonth.cbegin(); it != perMonth.cend(); ++it) {
            QStringList numbers;
            for (const TwilioNumber &n : bought.value(sid)) {
                if (n.month == it.key())
                    numbers << QStringLiteral("%1 (tag %2)").arg(n.number, n.friendlyName);
            }
            check(WithinLimits, it.value() <= limit,
                    QStringLiteral("%1 bought %2 numbers in %3, its monthly limit is %4; %5 of "
                                   "the purchases' answers were lost, cut or garbled: %6")
                            .arg(sid)
                            .arg(it.value())
                            .arg(it.key())
                            .arg(limit)
                            .arg(unanswered.value(sid))
                            .arg(numbers.join(QStringLiteral(", "))));
        }
    }

    // Who ended with what, as the sandbox sees it.
    QSet<QString> withOpenTask;
    for (const QJsonValue task : end.openTasks)
        withOpenTask.insert(text(task, "assistantId"));
    m_assistantsByOutcome.clear();
    for (const QString &id : std::as_const(assistants)) {
        const QList<QJsonObject> numbers = byAssistant.value(id);
        QString outcome;
        if (numbers.size() > 1) {
            outcome = QStringLiteral("two or more numbers");
        } else if (numbers.size() == 1) {
            const QJsonObject &n = numbers.constFirst();
            const QString sid = text(n, "twilioAccountSid");
            if (text(n, "provider") == u"vapi")
                outcome = QStringLiteral("free Vapi number");
            else if (sid == m_setup.orgSid)
                outcome = m_setup.orgPool.contains(text(n, "number"))
                        ? QStringLiteral("organization pool")
                        : QStringLiteral("organization purchase");
            else if (sid == m_setup.workspaceSid)
                outcome = m_setup.workspacePool.contains(text(n, "number"))
                        ? QStringLiteral("workspace pool")
                        : QStringLiteral("workspace purchase");
            else
                outcome = QStringLiteral("another number");
            if (withOpenTask.contains(id))
                ++m_assistantsByOutcome[QStringLiteral("(with a number and a stale open task)")];
        } else {
            outcome = withOpenTask.contains(id) ? QStringLiteral("manual task")
                                                : QStringLiteral("nothing");
        }
        ++m_assistantsByOutcome[outcome];
    }

    if (!completed)
        return; // what follows is for a resume to settle; none ran to its end

    // Nothing in flight after the last resume.
    QStringList inFlight;
    for (const QJsonValue attempt : end.inFlight)
        inFlight << attemptLabel(attempt.toObject());
    check(NothingInFlight, inFlight.isEmpty(), inFlight.join(QStringLiteral(", ")));

    // Every assistant ends with exactly one number or an open manual task.
    for (const QString &id : std::as_const(assistants)) {
        const int count = int(byAssistant.value(id).size());
        check(NumberOrTask, count == 1 || (count == 0 && withOpenTask.contains(id)),
                QStringLiteral("assistant %1 has %2 numbers and %3 open manual task")
                        .arg(id)
                        .arg(count)
                        .arg(withOpenTask.contains(id) ? QStringLiteral("an")
                                                       : QStringLiteral("no")));
    }

    // Every bought number is known to the workspace. The organization's pool is listed by
    // org show; a pool number's state must agree with Vapi.
    QHash<QString, QString> orgPoolState;
    for (const QJsonValue n : end.orgShow[QStringLiteral("pool")].toArray())
        orgPoolState.insert(text(n, "number"), text(n, "state"));
    for (const TwilioNumber &n : bought.value(m_setup.orgSid))
        check(KnownToWorkspace, orgPoolState.contains(n.number),
                QStringLiteral("%1 was bought in the organization's Twilio account (tag %2) and "
                               "is not in its pool (org show)")
                        .arg(n.number, n.friendlyName));
    for (auto it = orgPoolState.cbegin(); it != orgPoolState.cend(); ++it) {
        const bool imported = inVapi.contains(it.key());
        check(KnownToWorkspace, (it.value() == u"imported") == imported,
                QStringLiteral("organization pool number %1 is \"%2\", and it is %3 Vapi")
                        .arg(it.key(), it.value(),
                                imported ? QStringLiteral("in") : QStringLiteral("not in")));
    }
    // The workspace's pool is not listed number by number (workspace info has its count): the
    // numbers its account owns that are not in Vapi must be exactly the ones it offers.
    QStringList unused;
    for (const QString &number : owned.value(m_setup.workspaceSid)) {
        if (!inVapi.contains(number))
            unused << number;
    }
    const int offered = end.workspaceInfo.value(QStringLiteral("twilioPoolAvailable")).toInt();
    check(KnownToWorkspace, offered == unused.size(),
            QStringLiteral("the workspace's Twilio account owns %1 numbers that are not in Vapi "
                           "(%2), its pool offers %3")
                    .arg(unused.size())
                    .arg(unused.join(QStringLiteral(", ")))
                    .arg(offered));
}

} // namespace Campaign
