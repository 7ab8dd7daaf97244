// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Switchboard {

class SecretKey;

// Why a secret operation failed, in one paragraph for people: what happened and what to do.
// A message names the secret (its key), never its value; the backend's own text is appended
// as a detail because it is what a support request needs.
struct SecretError
{
    enum class Kind {
        None,
        NotFound, // no such entry
        Unavailable, // the keychain cannot be used: no backend, no Secret Service, locked
        Denied, // the user refused access in the keychain's own prompt
        Other, // anything else: a failed delete, a database error, a bad argument
    };

    Kind kind = Kind::None;
    QString message;

    explicit operator bool() const { return kind != Kind::None; }

    // The keychain as a whole cannot be used; says what to do on this platform.
    static SecretError unavailable(const QString &detail);
    static SecretError denied(const SecretKey &key, const QString &detail);
    static SecretError notFound(const SecretKey &key);
    static SecretError other(const QString &message);
};

QString toString(SecretError::Kind kind);

} // namespace Switchboard
