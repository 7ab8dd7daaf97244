// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>

#include <chrono>
#include <optional>

namespace Switchboard {

// How hard a client tries before a call fails: the transfer timeout of one HTTP attempt, and the
// retry budget of one logical request (one page, one create, one reconciliation lookup).
// Retries wait a random time between 0 and min(backoffCap, backoffBase * 2^n) ("full jitter"),
// and never less than a Retry-After the provider sent. Tests shrink the times; the seed makes the
// jitter repeatable.
struct ApiCallPolicy
{
    std::chrono::milliseconds transferTimeout{15000}; // no byte for this long: the attempt fails
    int maxAttempts = 4; // HTTP attempts per logical request (and POSTs per create)
    std::chrono::milliseconds budget{30000}; // no retry starts later than this after the first
    std::chrono::milliseconds backoffBase{500};
    std::chrono::milliseconds backoffCap{8000};
    std::optional<quint32> jitterSeed; // unset: seeded from the system's random source
};

} // namespace Switchboard
