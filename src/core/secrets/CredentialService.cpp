// SPDX-License-Identifier: Apache-2.0
#include "core/secrets/CredentialService.h"

#include "core/secrets/SecretIndex.h"
#include "core/secrets/SecretStore.h"
#include "core/secrets/SecretsLogging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QUuid>

#include <memory>

namespace Switchboard {
namespace {

// The context of this file's messages in the .ts files (lupdate reads it from here).
struct CredentialServiceText
{
    Q_DECLARE_TR_FUNCTIONS(Switchboard::CredentialService)
};

bool isStorable(const SecretKey &key)
{
    return key.isOrganization() || key.isWorkspace();
}

// Where a person sets a secret that is missing.
QString howToSet(const SecretKey &key)
{
    const QString variable = EnvironmentCredentials::variableFor(key);
    if (!variable.isEmpty())
        return CredentialServiceText::tr(
                "Set it in the workspace's credentials (or with switchboard-cli), or provide "
                "it in the environment variable %1.")
                .arg(variable);
    return CredentialServiceText::tr(
            "Set it in the organization's credentials, or with switchboard-cli.");
}

} // namespace

CredentialService::CredentialService(
        SecretStore &store, SecretIndex &index, EnvironmentCredentials environment, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_index(index)
    , m_environment(std::move(environment))
{ }

// The answers of the store would come back to a service that no longer exists: end every job
// still waiting for one, so that it finishes once as promised.
CredentialService::~CredentialService()
{
    const QList<QPointer<SecretJob>> pending = m_pending;
    m_pending.clear();
    for (const QPointer<SecretJob> &job : pending) {
        if (job && !job->isFinished())
            job->finish(SecretError::other(CredentialServiceText::tr(
                    "Switchboard stopped before the keychain answered; the operation may "
                    "not have completed.")));
    }
}

SecretJob *CredentialService::reject(
        SecretJob::Operation operation, const SecretKey &key, const QString &why)
{
    auto *job = new SecretJob(operation, key);
    job->finishLater(SecretError::other(why));
    return job;
}

void CredentialService::track(SecretJob *job)
{
    m_pending.append(job);
    connect(job, &SecretJob::finished, this,
            [this](SecretJob *done) { m_pending.removeAll(QPointer<SecretJob>(done)); });
}

void CredentialService::noteAnswer(const SecretError &error)
{
    switch (error.kind) {
    case SecretError::Kind::None:
    case SecretError::Kind::NotFound: // the keychain answered: it works
        setAvailability(KeychainAvailability::State::Available, {});
        break;
    case SecretError::Kind::Unavailable:
        setAvailability(KeychainAvailability::State::Unavailable, error.message);
        break;
    case SecretError::Kind::Denied: // one entry refused; says nothing about the keychain
    case SecretError::Kind::Other:
        break;
    }
}

void CredentialService::setAvailability(KeychainAvailability::State state, const QString &message)
{
    if (m_availability.state == state)
        return;
    m_availability = {state, message};
    qCInfo(lcSecrets) << "keychain availability:"
                      << (state == KeychainAvailability::State::Available ? "available"
                                                                          : "unavailable");
    Q_EMIT availabilityChanged(m_availability);
}

SecretJob *CredentialService::set(const SecretKey &key, const QString &value)
{
    using Op = SecretJob::Operation;
    if (!isStorable(key))
        return reject(Op::Write, key,
                CredentialServiceText::tr("Only organization and workspace secrets can be set."));
    if (value.isEmpty())
        return reject(Op::Write, key,
                CredentialServiceText::tr("%1: the value is empty; nothing was stored.")
                        .arg(key.describe()));
    QString error;
    if (key.isOrganization() && !m_index.organizationExists(key.organizationId(), &error))
        return reject(Op::Write, key,
                error.isEmpty() ? CredentialServiceText::tr(
                        "Organization %1 does not exist; nothing was stored.")
                                          .arg(key.organizationId())
                                : CredentialServiceText::tr(
                                        "The workspace cannot be read (%1); nothing was stored.")
                                          .arg(error));
    // Whether this is a rotation decides what a failure of the index may undo below.
    const bool wasIndexed = m_index.find(key, &error).has_value();
    if (!error.isEmpty())
        return reject(Op::Write, key,
                CredentialServiceText::tr("The workspace cannot be read (%1); nothing was stored.")
                        .arg(error));

    auto *job = new SecretJob(Op::Write, key);
    track(job);
    m_store.write(key, value)->then(this, [this, job, key, wasIndexed](SecretJob *written) {
        noteAnswer(written->error());
        if (written->error()) {
            job->finish(written->error());
            return;
        }
        QString reason;
        if (!m_index.record(key, QDateTime::currentDateTimeUtc()).reportTo(&reason)) {
            // A keychain entry nobody knows of could never be wiped: take a new one back.
            if (!wasIndexed)
                m_store.remove(key);
            job->finish(SecretError::other(reason + u' '
                    + (wasIndexed ? CredentialServiceText::tr("The keychain holds the new value.")
                                  : CredentialServiceText::tr(
                                          "The secret was taken out of the keychain again; "
                                          "try again."))));
            return;
        }
        qCInfo(lcSecrets) << (wasIndexed ? "rotated" : "stored") << key;
        job->finish({});
        Q_EMIT secretChanged(key);
    });
    return job;
}

SecretJob *CredentialService::read(const SecretKey &key)
{
    using Op = SecretJob::Operation;
    if (!isStorable(key))
        return reject(Op::Read, key,
                CredentialServiceText::tr("Only organization and workspace secrets can be read."));
    if (const std::optional<QString> fromEnvironment = m_environment.secret(key)) {
        qCDebug(lcSecrets) << "read" << key << "from the environment"
                           << EnvironmentCredentials::variableFor(key);
        auto *job = new SecretJob(Op::Read, key);
        job->finishLater({}, *fromEnvironment, SecretSource::Environment);
        return job;
    }

    auto *job = new SecretJob(Op::Read, key);
    track(job);
    m_store.read(key)->then(this, [this, job, key](SecretJob *answered) {
        noteAnswer(answered->error());
        SecretError error = answered->error();
        if (error.kind == SecretError::Kind::NotFound) {
            if (m_index.find(key))
                error.message = CredentialServiceText::tr(
                        "%1 is recorded as set in this workspace, but this "
                        "computer's keychain has no entry for it (it may have been "
                        "set on another computer that shares the workspace, or "
                        "removed with the keychain's own tool). Set it again here.")
                                        .arg(key.describe());
            else
                error.message += u' ' + howToSet(key);
        }
        job->finish(error, answered->value(), SecretSource::Keychain);
    });
    return job;
}

SecretJob *CredentialService::remove(const SecretKey &key)
{
    using Op = SecretJob::Operation;
    if (!isStorable(key))
        return reject(Op::Remove, key,
                CredentialServiceText::tr(
                        "Only organization and workspace secrets can be removed."));
    auto *job = new SecretJob(Op::Remove, key);
    track(job);
    m_store.remove(key)->then(this, [this, job, key](SecretJob *removed) {
        noteAnswer(removed->error());
        if (removed->error()) {
            job->finish(removed->error()); // still in the keychain: the index keeps saying so
            return;
        }
        QString reason;
        if (!m_index.forget(key).reportTo(&reason)) {
            job->finish(SecretError::other(CredentialServiceText::tr(
                    "%1 was removed from the keychain, but the workspace still lists it: %2")
                                                   .arg(key.describe(), reason)));
            return;
        }
        qCInfo(lcSecrets) << "removed" << key;
        job->finish({});
        Q_EMIT secretChanged(key);
    });
    return job;
}

SecretJob *CredentialService::wipeOrganization(qint64 organizationId)
{
    using Op = SecretJob::Operation;
    if (organizationId <= 0)
        return reject(Op::WipeOrganization, {},
                CredentialServiceText::tr("%1 is not an organization id; nothing was removed.")
                        .arg(organizationId));

    // Every key an organization can hold, and whatever else the index lists for it.
    QList<SecretKey> keys = SecretKey::allForOrganization(organizationId);
    QString error;
    const QList<SecretRef> indexed = m_index.forOrganization(organizationId, &error);
    if (!error.isEmpty())
        return reject(Op::WipeOrganization, {},
                CredentialServiceText::tr("The workspace cannot be read (%1); nothing was removed.")
                        .arg(error));
    for (const SecretRef &ref : indexed) {
        if (!keys.contains(ref.key))
            keys.append(ref.key);
    }

    struct Progress
    {
        qsizetype remaining = 0;
        QStringList failed;
        SecretError firstError;
    };
    auto progress = std::make_shared<Progress>();
    progress->remaining = keys.size();

    auto *job = new SecretJob(Op::WipeOrganization, {});
    track(job);
    for (const SecretKey &key : std::as_const(keys)) {
        m_store.remove(key)->then(
                this, [this, job, key, progress, organizationId](SecretJob *removed) {
                    noteAnswer(removed->error());
                    QString reason;
                    if (removed->error()) {
                        progress->failed.append(key.describe());
                        if (!progress->firstError)
                            progress->firstError = removed->error();
                    } else if (!m_index.forget(key).reportTo(&reason)) {
                        progress->failed.append(key.describe());
                        if (!progress->firstError)
                            progress->firstError = SecretError::other(reason);
                    }
                    if (--progress->remaining > 0)
                        return;
                    if (!progress->failed.isEmpty()) {
                        SecretError error = progress->firstError;
                        error.message = CredentialServiceText::tr(
                                                "%n secret(s) of organization %1 could not be "
                                                "removed (%2). They stay listed, so that removing "
                                                "the organization can be tried again.",
                                                nullptr, int(progress->failed.size()))
                                                .arg(organizationId)
                                                .arg(progress->failed.join(QStringLiteral("; ")))
                                + u' ' + error.message;
                        qCWarning(lcSecrets) << "wipe of organization" << organizationId
                                             << "incomplete:" << progress->failed.size() << "left";
                        job->finish(error);
                        return;
                    }
                    QString rest;
                    if (!m_index.forgetOrganization(organizationId).reportTo(&rest)) {
                        job->finish(SecretError::other(rest));
                        return;
                    }
                    qCInfo(lcSecrets) << "wiped the secrets of organization" << organizationId;
                    job->finish({});
                    Q_EMIT organizationWiped(organizationId);
                });
    }
    return job;
}

SecretJob *CredentialService::importFromEnvironment(const SecretKey &key)
{
    const std::optional<QString> value = m_environment.secret(key);
    if (!value) {
        const QString variable = EnvironmentCredentials::variableFor(key);
        return reject(SecretJob::Operation::Write, key,
                variable.isEmpty()
                        ? CredentialServiceText::tr("%1 cannot come from the environment.")
                                  .arg(key.describe())
                        : CredentialServiceText::tr("%1 is not set; nothing was imported.")
                                  .arg(variable));
    }
    return set(key, *value);
}

// write -> read back -> remove, the removal attempted whenever the write succeeded; the first
// error is the answer.
SecretJob *CredentialService::probe()
{
    const SecretKey key = SecretKey::probe();
    const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto *job = new SecretJob(SecretJob::Operation::Probe, key);
    track(job);

    auto conclude = [this, job](const SecretError &error) {
        if (error) {
            const QString message = error.kind == SecretError::Kind::Unavailable
                    ? error.message
                    : CredentialServiceText::tr("The keychain does not work as it should: %1")
                              .arg(error.message);
            setAvailability(KeychainAvailability::State::Unavailable, message);
            job->finish({error.kind == SecretError::Kind::Unavailable ? error.kind
                                                                      : SecretError::Kind::Other,
                    message});
            return;
        }
        setAvailability(KeychainAvailability::State::Available, {});
        job->finish({});
    };
    auto removeThen = [this, key, conclude](const SecretError &earlier) {
        m_store.remove(key)->then(this, [conclude, earlier](SecretJob *removed) {
            conclude(earlier ? earlier : removed->error());
        });
    };
    m_store.write(key, token)->then(this, [this, key, token, conclude, removeThen](SecretJob *w) {
        if (w->error()) {
            conclude(w->error());
            return;
        }
        m_store.read(key)->then(this, [token, removeThen](SecretJob *r) {
            if (r->error())
                removeThen(r->error());
            else if (r->value() != token)
                removeThen(SecretError::other(CredentialServiceText::tr(
                        "it gave back something else than was just stored in it.")));
            else
                removeThen({});
        });
    });
    return job;
}

SecretStatus CredentialService::statusFrom(const SecretKey &key, const QList<SecretRef> &refs) const
{
    SecretStatus status;
    status.key = key;
    for (const SecretRef &ref : refs) {
        if (ref.key == key) {
            status.inKeychain = true;
            status.updatedAt = ref.updatedAt;
            break;
        }
    }
    if (m_environment.provides(key)) {
        status.source = SecretSource::Environment;
        status.environmentVariable = EnvironmentCredentials::variableFor(key);
    } else if (status.inKeychain) {
        status.source = SecretSource::Keychain;
    }
    return status;
}

SecretStatus CredentialService::status(const SecretKey &key, QString *error) const
{
    QList<SecretRef> refs;
    if (const std::optional<SecretRef> ref = m_index.find(key, error))
        refs.append(*ref);
    return statusFrom(key, refs);
}

QList<SecretStatus> CredentialService::organizationStatus(
        qint64 organizationId, QString *error) const
{
    const QList<SecretRef> refs = m_index.forOrganization(organizationId, error);
    QList<SecretStatus> result;
    for (const SecretKey &key : SecretKey::allForOrganization(organizationId))
        result.append(statusFrom(key, refs));
    return result;
}

QList<SecretStatus> CredentialService::workspaceStatus(QString *error) const
{
    const QList<SecretRef> refs = m_index.forWorkspace(error);
    QList<SecretStatus> result;
    for (const SecretKey &key : SecretKey::allForWorkspace())
        result.append(statusFrom(key, refs));
    return result;
}

} // namespace Switchboard
