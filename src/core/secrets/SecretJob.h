// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/secrets/SecretError.h"
#include "core/secrets/SecretKey.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <utility>

namespace Switchboard {

// Where a credential's value comes from. Stable names: "not-set", "keychain", "environment".
enum class SecretSource {
    NotSet,
    Keychain,
    Environment,
};

QString toString(SecretSource source);

// One asynchronous secret operation. It finishes exactly once, always after the call that
// created it has returned (never synchronously), whether or not anyone still listens, and
// then deletes itself: connect to finished() with a context object (or use then()) and never
// delete a job yourself.
class SecretJob : public QObject
{
    Q_OBJECT

public:
    enum class Operation {
        Read,
        Write,
        Remove,
        WipeOrganization,
        Probe,
    };

    SecretJob(Operation operation, SecretKey key);
    ~SecretJob() override;

    Operation operation() const { return m_operation; }
    // The key operated on; invalid for WipeOrganization and Probe.
    const SecretKey &key() const { return m_key; }
    bool isFinished() const { return m_finished; }
    const SecretError &error() const { return m_error; }
    // A successful read's value; empty otherwise. Never log it.
    const QString &value() const { return m_value; }
    // Where a successful read's value came from.
    SecretSource source() const { return m_source; }

    // Calls callback(this) when the job finishes, unless context is destroyed first.
    template<typename Callback>
    void then(QObject *context, Callback &&callback)
    {
        connect(this, &SecretJob::finished, context, std::forward<Callback>(callback));
    }

    // For the producer of the job (a store, the credential service): the one path to the end.
    // Asserts that it runs once; emits finished() at once, then deletes the job later.
    void finish(const SecretError &error, const QString &value = {},
            SecretSource source = SecretSource::NotSet);
    // The same from the event loop: for results known before the creating call returns.
    void finishLater(const SecretError &error, const QString &value = {},
            SecretSource source = SecretSource::NotSet);

Q_SIGNALS:
    void finished(Switchboard::SecretJob *job);

private:
    const Operation m_operation;
    const SecretKey m_key;
    bool m_finished = false;
    bool m_finishScheduled = false;
    SecretError m_error;
    QString m_value;
    SecretSource m_source = SecretSource::NotSet;
};

QString toString(SecretJob::Operation operation);

} // namespace Switchboard
