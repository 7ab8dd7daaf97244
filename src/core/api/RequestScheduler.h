// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace Switchboard {

// Our own rate limits, shared by every client of the application: at most N requests in flight
// per host, and a token bucket per account, so that a batch of 1,000 provisionings never trips
// Twilio's concurrency limit or Vapi's request rate.
class RequestScheduler : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        int maxInFlightPerHost = 4;
        double requestsPerSecondPerAccount = 20;
        int burstPerAccount = 20;
    };

    using Ticket = quint64;

    explicit RequestScheduler(QObject *parent = nullptr);
    explicit RequestScheduler(Limits limits, QObject *parent = nullptr);
    ~RequestScheduler() override;

    Limits limits() const { return m_limits; }
    void setLimits(const Limits &limits);

    // Runs `start` (with its ticket) as soon as the host has a free slot and the account a
    // token; queued requests start in the order they came. The ticket must be released when
    // the request is over. If `context` dies first, `start` is never called.
    Ticket enqueue(const QString &host, const QString &accountKey, QObject *context,
            std::function<void(Ticket)> start);
    void release(Ticket ticket); // the request is over (also for a cancelled, queued one)

    int inFlight(const QString &host) const;
    int peakInFlight(const QString &host) const; // for tests and benchmarks
    int queued() const;

private:
    void pump();

    struct State;
    Limits m_limits;
    std::unique_ptr<State> d;
};

} // namespace Switchboard
