// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Switchboard {

// The benchmark's workspace: 50 organizations, 2,000 assistants, 2,000 numbers, 1,000,000
// provisioning attempts (each with its steps) and 200,000 other actions, by five operators. Written
// once in one transaction with prepared statements, then kept beside the benchmark and reused while
// its row counts match.
class BenchWorkspace
{
public:
    static constexpr int Organizations = 50;
    static constexpr int Assistants = 2000;
    static constexpr int Numbers = 2000;
    static constexpr int Attempts = 1000000;
    // Other actions on record (issue 18), and the five operators who did them and the attempts.
    static constexpr int Events = 200000;
    static constexpr int Operators = 5;
    static QString operatorName(int n);

    // Returns the database file in `folder`, generating it if needed; empty with *error on failure.
    static QString ensure(const QString &folder, QString *error, bool *generated = nullptr);
};

} // namespace Switchboard
