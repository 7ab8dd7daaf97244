// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Switchboard::Sandbox {

// Ids, SIDs and secrets drawn from the world's seed: the n-th draw of a given seed is always the
// same value, so two runs with one --seed hand out the same ids. The caller keeps n (the world's
// idCounter), which the state file persists, so a restarted sandbox never repeats an id.
namespace IdGenerator {

// An RFC 4122 version-4-shaped UUID in lower case, as Vapi's ids are.
QString uuid(quint64 seed, quint64 draw);
// prefix + 32 lower-case hex digits: "PN…", "AC…", "SK…".
QString sid(const QString &prefix, quint64 seed, quint64 draw);
// 32 hex digits, a Twilio auth token or API key secret.
QString secret(quint64 seed, quint64 draw);

} // namespace IdGenerator
} // namespace Switchboard::Sandbox
