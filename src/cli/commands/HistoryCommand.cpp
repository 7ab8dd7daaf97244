// SPDX-License-Identifier: Apache-2.0
#include "cli/CliContext.h"
#include "cli/TerminalText.h"
#include "cli/commands/Commands.h"

#include "core/domain/Organization.h"
#include "core/export/HistoryExport.h"
#include "core/history/Timeline.h"
#include "core/storage/HistoryStore.h"
#include "core/storage/OperatorIdentity.h"

namespace Switchboard::Cli {
namespace {

// "2026-11-01" (a whole day) or an ISO date-time, in UTC.
bool parseDate(const QString &text, bool endOfDay, QDateTime *time)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid()) {
        *time = QDateTime(endOfDay ? date.addDays(1) : date, QTime(0, 0), Qt::UTC);
        return true;
    }
    *time = QDateTime::fromString(text, Qt::ISODate);
    if (time->isValid() && time->timeSpec() == Qt::LocalTime)
        time->setTimeSpec(Qt::UTC);
    return time->isValid();
}

QString operatorOf(const ProvisioningAttempt &attempt)
{
    return attempt.operatorName.isEmpty() ? QStringLiteral("(unknown)") : attempt.operatorName;
}

// Attempts and events together, newest first: when, what, for whom, by whom.
int listTimeline(
        CliContext &context, const HistoryFilter &filter, const RecordKinds &kinds, int limit)
{
    QTextStream &out = context.out();
    TimelineReader timeline(context.history(), filter, kinds, limit);
    out << "When (UTC)           Kind                       Organization      By              "
           "      What\n";
    int shown = 0;
    QString error;
    while (shown < limit) {
        const std::optional<TimelineEntry> entry = timeline.next(&error);
        if (!entry)
            break;
        QString kind;
        QString organization;
        QString by;
        QString what;
        if (entry->attempt) {
            const ProvisioningAttempt &a = *entry->attempt;
            kind = QStringLiteral("provisioning");
            organization = a.organizationSlug;
            by = operatorOf(a);
            what = toString(a.outcome) + QStringLiteral(": ")
                    + (a.assistantName.isEmpty() ? a.assistantId : a.assistantName);
            if (a.address.isValid())
                what += QStringLiteral(", ") + a.address.displayText();
        } else {
            const WorkspaceEvent &e = *entry->event;
            kind = toString(e.kind) + (e.failed ? QStringLiteral(" (failed)") : QString());
            organization = e.organizationSlug;
            by = e.operatorName.isEmpty() ? QStringLiteral("(unknown)") : e.operatorName;
            what = e.summary;
        }
        out << entry->time().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).leftJustified(21)
            << printable(kind).left(26).leftJustified(27)
            << printable(organization).left(17).leftJustified(18)
            << printable(by).left(21).leftJustified(22) << printable(what) << '\n';
        ++shown;
    }
    if (!error.isEmpty()) {
        out.flush();
        return context.fail(OperationFailed, error);
    }
    out << shown << " row(s)";
    if (shown == limit)
        out << " (use --limit or --format csv for more)";
    out << '\n';
    out.flush();
    return Success;
}

} // namespace

int runHistory(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "The history, newest first: provisioning attempts and, with --kind, every other "
            "action (numbers assigned or released, tasks, organizations, accounts, pools, "
            "settings), each with who did it. Works with no network at all."));
    parser.addOption({QStringLiteral("kind"),
            QStringLiteral("What to list, comma-separated: provisioning (the default), events "
                           "(every other action), all, or one kind: %1.")
                    .arg(RecordKinds::words().mid(3).join(QStringLiteral(", "))),
            QStringLiteral("kinds")});
    parser.addOption({QStringLiteral("operator"),
            QStringLiteral("Only what this person did, as recorded (user@computer)."),
            QStringLiteral("name")});
    parser.addOption({QStringLiteral("org"), QStringLiteral("Only this organization."),
            QStringLiteral("slug")});
    parser.addOption({QStringLiteral("outcome"),
            QStringLiteral("succeeded, manual-queued, failed, cancelled or in-flight."),
            QStringLiteral("outcome")});
    parser.addOption({QStringLiteral("strategy"),
            QStringLiteral("vapi-free, organization-twilio, workspace-twilio or manual."),
            QStringLiteral("strategy")});
    parser.addOption({QStringLiteral("since"),
            QStringLiteral("From this date (YYYY-MM-DD or ISO date-time, UTC)."),
            QStringLiteral("date")});
    parser.addOption({QStringLiteral("until"), QStringLiteral("Up to and including this date."),
            QStringLiteral("date")});
    parser.addOption({QStringLiteral("text"),
            QStringLiteral("Containing these words (assistant name or id, number, organization, "
                           "summary); the last may be the start of a word."),
            QStringLiteral("text")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("table (default), csv or json."),
            QStringLiteral("format")});
    parser.addOption({QStringLiteral("limit"),
            QStringLiteral("At most <n> rows in a table (default 50)."), QStringLiteral("n")});
    int code = Success;
    if (!parseCommand(context, parser, QStringLiteral("history"), arguments, &code))
        return code;

    HistoryFilter filter;
    if (parser.isSet(QStringLiteral("outcome"))) {
        filter.outcome = attemptOutcomeFromString(parser.value(QStringLiteral("outcome")));
        if (!filter.outcome)
            return context.fail(BadUsage,
                    QStringLiteral("--outcome: must be succeeded, manual-queued, failed, cancelled "
                                   "or in-flight"));
    }
    if (parser.isSet(QStringLiteral("strategy"))) {
        filter.strategy = strategyFromString(parser.value(QStringLiteral("strategy")));
        if (!filter.strategy)
            return context.fail(BadUsage,
                    QStringLiteral("--strategy: must be vapi-free, organization-twilio, "
                                   "workspace-twilio or manual"));
    }
    if (parser.isSet(QStringLiteral("since"))
            && !parseDate(parser.value(QStringLiteral("since")), false, &filter.since))
        return context.fail(BadUsage, QStringLiteral("--since: must be a date such as 2026-11-01"));
    if (parser.isSet(QStringLiteral("until"))
            && !parseDate(parser.value(QStringLiteral("until")), true, &filter.until))
        return context.fail(BadUsage, QStringLiteral("--until: must be a date such as 2026-11-30"));
    filter.text = parser.value(QStringLiteral("text"));
    // As it was recorded: one line, at most 120 characters (OperatorIdentity::sanitized).
    filter.operatorName = OperatorIdentity::sanitized(parser.value(QStringLiteral("operator")));
    if (parser.isSet(QStringLiteral("operator")) && filter.operatorName.isEmpty())
        return context.fail(BadUsage,
                QStringLiteral("--operator: give a name as recorded, such as maria@agency-pc"));
    RecordKinds kinds;
    if (parser.isSet(QStringLiteral("kind"))) {
        QString kindError;
        const std::optional<RecordKinds> parsed
                = RecordKinds::parse(parser.value(QStringLiteral("kind")), &kindError);
        if (!parsed)
            return context.fail(BadUsage,
                    QStringLiteral("--kind: %1; use %2")
                            .arg(kindError, RecordKinds::words().join(QStringLiteral(", "))));
        kinds = *parsed;
    }
    const QString format = parser.isSet(QStringLiteral("format"))
            ? parser.value(QStringLiteral("format"))
            : context.json() ? QStringLiteral("json")
                             : QStringLiteral("table");
    if (format != u"table" && format != u"csv" && format != u"json")
        return context.fail(BadUsage, QStringLiteral("--format: must be table, csv or json"));
    bool ok = true;
    const int limit = parser.isSet(QStringLiteral("limit"))
            ? parser.value(QStringLiteral("limit")).toInt(&ok)
            : 50;
    if (!ok || limit < 1)
        return context.fail(BadUsage, QStringLiteral("--limit: must be a whole number, 1 or more"));

    if (!context.openWorkspace(CliContext::Access::Read))
        return context.openFailure();
    if (parser.isSet(QStringLiteral("org"))) {
        Organization organization;
        if (!context.findOrganization(parser.value(QStringLiteral("org")), &organization))
            return BadUsage;
        filter.organizationId = organization.id;
    }

    if (format != u"table") {
        context.out().flush();
        QString error;
        const qint64 written = HistoryExport::write(context.history(), filter,
                format == u"csv" ? HistoryExport::Format::Csv : HistoryExport::Format::Json,
                context.output(), &error, kinds);
        if (written >= 0)
            return Success;
        return context.outputFailed() ? context.failOutput(error)
                                      : context.fail(OperationFailed, error);
    }

    QTextStream &out = context.out();
    if (kinds.includesEvents())
        return listTimeline(context, filter, kinds, limit);
    const int total = context.history().count(filter);
    const QList<ProvisioningAttempt> rows = context.history().page(filter, limit);
    out << "Started (UTC)        Organization      Assistant                 Outcome         "
           "Strategy              Number           By\n";
    for (const ProvisioningAttempt &a : rows) {
        out << a.startedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).leftJustified(21)
            << printable(a.organizationSlug).left(17).leftJustified(18)
            << printable(a.assistantName.isEmpty() ? a.assistantId : a.assistantName)
                        .left(25)
                        .leftJustified(26)
            << toString(a.outcome).leftJustified(16)
            << (a.strategy ? toString(*a.strategy) : QString()).leftJustified(22)
            << printable(a.address.displayText()).leftJustified(17) << printable(operatorOf(a))
            << '\n';
    }
    out << rows.size() << " of " << total << " attempt(s)";
    if (rows.size() < total)
        out << " (use --limit or --format csv for more)";
    out << '\n';
    out.flush();
    return Success;
}

} // namespace Switchboard::Cli
