// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Switchboard {

// How a write to the workspace ended, in a form that cannot be ignored by accident: the caller
// must look at it, and can tell "nothing to change it on" and "refused as asked" from "the
// database failed" (which a person fixes differently: the input, or the disk and connection).
class [[nodiscard]] WriteResult
{
public:
    enum class Kind {
        Done,
        NotFound, // what was to be changed does not exist (any more)
        Refused, // the input conflicts with the workspace; field() names which input
        Failed, // the database refused or could not be reached; nothing was changed
    };

    static WriteResult done() { return WriteResult(Kind::Done, {}, {}); }
    static WriteResult notFound(const QString &message, const QString &field = {})
    {
        return {Kind::NotFound, message, field};
    }
    // `field`: a stable name of the input that was refused (the CLI's option name without
    // its dashes, e.g. "pool"); empty when no one input is to blame.
    static WriteResult refused(const QString &message, const QString &field = {})
    {
        return {Kind::Refused, message, field};
    }
    static WriteResult failed(const QString &message) { return {Kind::Failed, message, {}}; }

    bool ok() const { return m_kind == Kind::Done; }
    explicit operator bool() const { return ok(); }
    Kind kind() const { return m_kind; }
    // For people: what is wrong and what to do. Empty when done.
    const QString &message() const { return m_message; }
    const QString &field() const { return m_field; }
    // For a caller whose own interface is still a bool and a message: ok(), and the message
    // into `message` (if given) when not.
    bool reportTo(QString *message) const
    {
        if (!ok() && message)
            *message = m_message;
        return ok();
    }

private:
    WriteResult(Kind kind, QString message, QString field)
        : m_kind(kind)
        , m_message(std::move(message))
        , m_field(std::move(field))
    { }

    Kind m_kind;
    QString m_message;
    QString m_field;
};

} // namespace Switchboard
