// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QString>

namespace Switchboard {

// Who is working on an in-flight attempt. An engine holds a lease on each attempt its jobs run
// and renews it while they run; reconciliation (at any start, in any process or console on the
// same workspace) completes only attempts whose holder is gone, so a console opened while a
// script provisions never fails the script's live work.
//
// A holder reads "<host>/<pid>/<random>", one per engine (LeaseHolder). Within its own process
// a holder is gone once its engine is destroyed; on its own host, once its process no longer
// exists (a kill, a crash); elsewhere, and where that cannot be told, once the lease has not
// been renewed for StaleAfterSeconds.
struct AttemptLease
{
    static constexpr int RenewEverySeconds = 20;
    static constexpr int StaleAfterSeconds = 90;

    QString holder;
    QDateTime renewedAt;

    // Whether the holder of this lease can no longer be working on its attempt.
    bool isGone(const QDateTime &now) const;
};

// A holder name, registered as alive in this process for as long as the object lives.
class LeaseHolder
{
public:
    LeaseHolder();
    ~LeaseHolder();
    LeaseHolder(const LeaseHolder &) = delete;
    LeaseHolder &operator=(const LeaseHolder &) = delete;

    const QString &name() const { return m_name; }

private:
    QString m_name;
};

} // namespace Switchboard
