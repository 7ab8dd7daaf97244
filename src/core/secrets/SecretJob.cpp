// SPDX-License-Identifier: Apache-2.0
#include "core/secrets/SecretJob.h"

#include "core/secrets/SecretsLogging.h"

#include <QMetaObject>

namespace Switchboard {

QString toString(SecretSource source)
{
    switch (source) {
    case SecretSource::NotSet:
        return QStringLiteral("not-set");
    case SecretSource::Keychain:
        return QStringLiteral("keychain");
    case SecretSource::Environment:
        return QStringLiteral("environment");
    }
    return {};
}

QString toString(SecretJob::Operation operation)
{
    switch (operation) {
    case SecretJob::Operation::Read:
        return QStringLiteral("read");
    case SecretJob::Operation::Write:
        return QStringLiteral("write");
    case SecretJob::Operation::Remove:
        return QStringLiteral("remove");
    case SecretJob::Operation::WipeOrganization:
        return QStringLiteral("wipe-organization");
    case SecretJob::Operation::Probe:
        return QStringLiteral("probe");
    }
    return {};
}

SecretJob::SecretJob(Operation operation, SecretKey key)
    : m_operation(operation)
    , m_key(key)
{ }

SecretJob::~SecretJob()
{
    // A job deleted before it finished broke the promise that it finishes once; only a
    // producer bug does that (jobs delete themselves after finishing).
    Q_ASSERT_X(m_finished, "SecretJob", "a secret job was destroyed before it finished");
}

void SecretJob::finish(const SecretError &error, const QString &value, SecretSource source)
{
    Q_ASSERT_X(!m_finished, "SecretJob::finish", "a secret job finished twice");
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_value = error ? QString() : value;
    m_source = error ? SecretSource::NotSet : source;
    qCDebug(lcSecrets) << "job" << toString(m_operation) << m_key
                       << "finished:" << (error ? toString(error.kind) : QStringLiteral("ok"))
                       << (error ? QString() : toString(m_source));
    Q_EMIT finished(this);
    deleteLater();
}

void SecretJob::finishLater(const SecretError &error, const QString &value, SecretSource source)
{
    Q_ASSERT_X(!m_finishScheduled && !m_finished, "SecretJob::finishLater",
            "a secret job finished twice");
    m_finishScheduled = true;
    QMetaObject::invokeMethod(
            this, [this, error, value, source] { finish(error, value, source); },
            Qt::QueuedConnection);
}

} // namespace Switchboard
