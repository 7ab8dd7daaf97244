// SPDX-License-Identifier: Apache-2.0
#include "core/export/HistoryExport.h"

#include <QFileDevice>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Switchboard::HistoryExport {
namespace {

constexpr int PageSize = 1000;

QString strategyText(const std::optional<Strategy> &strategy)
{
    return strategy ? toString(*strategy) : QString();
}

QJsonObject stepJson(const ProvisioningStep &step)
{
    return QJsonObject{{QStringLiteral("sequence"), step.sequence},
            {QStringLiteral("strategy"), toString(step.strategy)},
            {QStringLiteral("status"), toString(step.status)},
            {QStringLiteral("reason"), step.reason},
            {QStringLiteral("providerCode"), step.providerCode},
            {QStringLiteral("providerMessage"), step.providerMessage},
            {QStringLiteral("startedAt"), step.startedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("finishedAt"), step.finishedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("durationMs"), step.durationMs()}};
}

QJsonObject attemptJson(const ProvisioningAttempt &a, const QList<ProvisioningStep> &steps)
{
    QJsonArray stepArray;
    for (const ProvisioningStep &step : steps)
        stepArray.append(stepJson(step));
    return QJsonObject{{QStringLiteral("id"), a.id},
            {QStringLiteral("organization"), a.organizationSlug},
            {QStringLiteral("assistantId"), a.assistantId},
            {QStringLiteral("assistantName"), a.assistantName},
            {QStringLiteral("outcome"), toString(a.outcome)},
            {QStringLiteral("origin"), toString(a.origin)},
            {QStringLiteral("strategy"), strategyText(a.strategy)},
            {QStringLiteral("phoneNumberId"), a.phoneNumberId},
            {QStringLiteral("number"), a.address.toString()},
            {QStringLiteral("summary"), a.summary},
            {QStringLiteral("startedAt"), a.startedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("finishedAt"), a.finishedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("steps"), stepArray},
            {QStringLiteral("kind"), QStringLiteral("provisioning")},
            {QStringLiteral("operator"), a.operatorName},
            {QStringLiteral("databaseRole"), a.databaseRole}};
}

QJsonObject eventJson(const WorkspaceEvent &e)
{
    QJsonObject json{{QStringLiteral("kind"), toString(e.kind)}, {QStringLiteral("id"), e.id},
            {QStringLiteral("occurredAt"), e.occurredAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("failed"), e.failed}, {QStringLiteral("operator"), e.operatorName},
            {QStringLiteral("databaseRole"), e.databaseRole},
            {QStringLiteral("organization"), e.organizationSlug},
            {QStringLiteral("assistantId"), e.assistantId},
            {QStringLiteral("assistantName"), e.assistantName},
            {QStringLiteral("number"), e.address.toString()},
            {QStringLiteral("phoneNumberId"), e.phoneNumberId},
            {QStringLiteral("summary"), e.summary}};
    if (e.attemptId > 0)
        json.insert(QStringLiteral("attemptId"), e.attemptId);
    const QJsonObject details = e.details();
    if (details.contains(QStringLiteral("changes")))
        json.insert(QStringLiteral("changes"), details.value(QStringLiteral("changes")));
    return json;
}

QString changesSummary(const QList<FieldChange> &changes)
{
    QStringList parts;
    for (const FieldChange &change : changes)
        parts << change.field + QStringLiteral(": ") + change.before + QStringLiteral(" -> ")
                        + change.after;
    return parts.join(QStringLiteral(" | "));
}

QString stepsSummary(const QList<ProvisioningStep> &steps)
{
    QStringList parts;
    for (const ProvisioningStep &step : steps)
        parts << toString(step.strategy) + u' ' + toString(step.status) + QStringLiteral(": ")
                        + step.reason;
    return parts.join(QStringLiteral(" | "));
}

// "+14155550100", "-12": a sign and at least one digit, nothing else.
bool isSignedWholeNumber(const QString &value)
{
    if (value.size() < 2 || (value.front() != u'+' && value.front() != u'-'))
        return false;
    return std::all_of(
            value.cbegin() + 1, value.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

bool put(QIODevice &device, const QByteArray &bytes, QString *error)
{
    if (device.write(bytes) == bytes.size())
        return true;
    if (error)
        *error = device.errorString();
    return false;
}

} // namespace

QString csvField(const QString &value)
{
    // A spreadsheet runs a cell that starts with = + - @ tab or CR as a formula, and names come
    // from anyone (an assistant's name is whatever was typed into Vapi). As OWASP advises, such
    // a cell gets a leading ' (shown as text, never run) and is quoted. A sign followed by
    // digits only is left as it is: it cannot call anything, and E.164 numbers (+14155550100)
    // stay what scripts that read the export expect.
    const bool formula = !value.isEmpty()
            && (value.front() == u'=' || value.front() == u'+' || value.front() == u'-'
                    || value.front() == u'@' || value.front() == u'\t' || value.front() == u'\r')
            && !isSignedWholeNumber(value);
    if (!formula && !value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n')
            && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return (formula ? QStringLiteral("\"'") : QStringLiteral("\"")) + quoted + u'"';
}

qint64 write(const HistoryStore &history, const HistoryFilter &filter, Format format,
        QIODevice &device, QString *error, const RecordKinds &kinds)
{
    qint64 written = 0;
    if (format == Format::Csv) {
        if (!put(device,
                    "id,organization,assistant_id,assistant_name,outcome,strategy,number,"
                    "phone_number_id,summary,started_at,finished_at,steps,origin,operator,"
                    "database_role,kind,attempt_id,changes\r\n",
                    error))
            return -1;
    } else if (!put(device, "[", error)) {
        return -1;
    }
    TimelineReader timeline(history, filter, kinds, PageSize);
    for (;;) {
        QString readError;
        const std::optional<TimelineEntry> entry = timeline.next(&readError);
        if (!readError.isEmpty()) {
            if (error)
                *error = readError;
            return -1;
        }
        if (!entry)
            break;
        QStringList fields;
        QJsonObject json;
        if (entry->attempt) {
            const ProvisioningAttempt &a = *entry->attempt;
            const QList<ProvisioningStep> steps = history.steps(a.id);
            if (format == Format::Csv)
                fields = QStringList{QString::number(a.id), a.organizationSlug, a.assistantId,
                        a.assistantName, toString(a.outcome), strategyText(a.strategy),
                        a.address.toString(), a.phoneNumberId, a.summary,
                        a.startedAt.toString(Qt::ISODateWithMs),
                        a.finishedAt.toString(Qt::ISODateWithMs), stepsSummary(steps),
                        toString(a.origin), a.operatorName, a.databaseRole,
                        QStringLiteral("provisioning"), QString(), QString()};
            else
                json = attemptJson(a, steps);
        } else {
            const WorkspaceEvent &e = *entry->event;
            const QString at = e.occurredAt.toString(Qt::ISODateWithMs);
            if (format == Format::Csv)
                fields = QStringList{QString::number(e.id), e.organizationSlug, e.assistantId,
                        e.assistantName,
                        e.failed ? QStringLiteral("failed") : QStringLiteral("succeeded"),
                        QString(), e.address.toString(), e.phoneNumberId, e.summary, at, at,
                        QString(), QString(), e.operatorName, e.databaseRole, toString(e.kind),
                        e.attemptId > 0 ? QString::number(e.attemptId) : QString(),
                        changesSummary(e.changes)};
            else
                json = eventJson(e);
        }
        QByteArray line;
        if (format == Format::Csv) {
            QStringList escaped;
            for (const QString &field : std::as_const(fields))
                escaped << csvField(field);
            line = escaped.join(u',').toUtf8() + "\r\n";
        } else {
            line = (written ? QByteArray(",\n") : QByteArray("\n"))
                    + QJsonDocument(json).toJson(QJsonDocument::Compact);
        }
        if (!put(device, line, error))
            return -1;
        ++written;
    }
    if (format == Format::Json && !put(device, "\n]\n", error))
        return -1;
    // A file buffers what it is given: a full disk may say so only now.
    if (auto *file = qobject_cast<QFileDevice *>(&device); file && !file->flush()) {
        if (error)
            *error = file->errorString();
        return -1;
    }
    return written;
}

} // namespace Switchboard::HistoryExport
