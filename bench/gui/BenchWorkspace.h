// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Switchboard {

// The benchmark's workspace: 50 organizations, 2,000 assistants, 2,000 numbers and 1,000,000
// provisioning attempts (each with its steps). Written once in one transaction with prepared
// statements, then kept beside the benchmark and reused while its row counts match.
class BenchWorkspace
{
public:
    static constexpr int Organizations = 50;
    static constexpr int Assistants = 2000;
    static constexpr int Numbers = 2000;
    static constexpr int Attempts = 1000000;

    // Returns the database file in `folder`, generating it if needed; empty with *error on failure.
    static QString ensure(const QString &folder, QString *error, bool *generated = nullptr);
};

} // namespace Switchboard
