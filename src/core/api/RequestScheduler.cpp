// SPDX-License-Identifier: Apache-2.0
#include "core/api/RequestScheduler.h"

#include <QElapsedTimer>
#include <QList>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <deque>
#include <limits>

namespace Switchboard {

// Queues per host, and within a host one lane per account, so that deciding what starts next
// costs O(accounts on that host), not O(everything queued): a batch of thousands stays cheap.
struct RequestScheduler::State
{
    struct Pending
    {
        Ticket ticket = 0;
        QPointer<QObject> context;
        std::function<void(Ticket)> start;
    };
    struct Lane
    {
        QString accountKey;
        std::deque<Pending> items; // tickets grow with arrival: the head is the oldest
    };
    struct Host
    {
        QList<Lane> lanes;
        int inFlight = 0;
        int peak = 0;
    };
    struct Bucket
    {
        double tokens = 0;
        qint64 refilledAtMs = 0;
    };
    struct Place
    {
        QString host;
        QString accountKey;
    };

    QHash<QString, Host> hosts;
    QHash<Ticket, Place> queued; // where a queued ticket waits
    QHash<Ticket, QString> running; // ticket -> host
    QHash<QString, Bucket> buckets;
    QElapsedTimer clock;
    QTimer wake;
    Ticket nextTicket = 1;
    bool pumping = false;
    bool pumpAgain = false;
};

RequestScheduler::RequestScheduler(QObject *parent)
    : RequestScheduler(Limits{}, parent)
{ }

RequestScheduler::RequestScheduler(Limits limits, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
    , d(std::make_unique<State>())
{
    d->clock.start();
    d->wake.setSingleShot(true);
    connect(&d->wake, &QTimer::timeout, this, &RequestScheduler::pump);
}

RequestScheduler::~RequestScheduler() = default;

void RequestScheduler::setLimits(const Limits &limits)
{
    m_limits = limits;
    pump();
}

RequestScheduler::Ticket RequestScheduler::enqueue(const QString &host, const QString &accountKey,
        QObject *context, std::function<void(Ticket)> start)
{
    Q_ASSERT(context);
    const Ticket ticket = d->nextTicket++;
    State::Host &h = d->hosts[host];
    auto lane = std::find_if(h.lanes.begin(), h.lanes.end(),
            [&accountKey](const State::Lane &l) { return l.accountKey == accountKey; });
    if (lane == h.lanes.end())
        lane = h.lanes.insert(h.lanes.end(), State::Lane{accountKey, {}});
    lane->items.push_back(State::Pending{ticket, context, std::move(start)});
    d->queued.insert(ticket, State::Place{host, accountKey});
    pump();
    return ticket;
}

void RequestScheduler::release(Ticket ticket)
{
    const auto running = d->running.find(ticket);
    if (running != d->running.end()) {
        const auto host = d->hosts.find(running.value());
        d->running.erase(running);
        if (host != d->hosts.end())
            host->inFlight = std::max(0, host->inFlight - 1);
        pump();
        return;
    }
    const auto queued = d->queued.find(ticket);
    if (queued == d->queued.end())
        return;
    const State::Place place = queued.value();
    d->queued.erase(queued);
    State::Host &h = d->hosts[place.host];
    for (State::Lane &lane : h.lanes) {
        if (lane.accountKey != place.accountKey)
            continue;
        const auto item = std::find_if(lane.items.begin(), lane.items.end(),
                [ticket](const State::Pending &p) { return p.ticket == ticket; });
        if (item != lane.items.end())
            lane.items.erase(item);
    }
}

int RequestScheduler::inFlight(const QString &host) const
{
    const auto h = d->hosts.constFind(host);
    return h == d->hosts.constEnd() ? 0 : h->inFlight;
}

int RequestScheduler::peakInFlight(const QString &host) const
{
    const auto h = d->hosts.constFind(host);
    return h == d->hosts.constEnd() ? 0 : h->peak;
}

int RequestScheduler::queued() const
{
    int count = 0;
    for (const State::Host &host : std::as_const(d->hosts)) {
        for (const State::Lane &lane : host.lanes)
            count += int(std::count_if(lane.items.cbegin(), lane.items.cend(),
                    [](const State::Pending &p) { return !p.context.isNull(); }));
    }
    return count;
}

// Starts every queued request that may start now: per host, while it has a free slot, the
// oldest request among the accounts that have a token. A request waiting for its account's
// bucket does not hold back other accounts; the wake timer fires when the next token is due.
void RequestScheduler::pump()
{
    if (d->pumping) {
        d->pumpAgain = true; // a start() released or enqueued: look again when it returns
        return;
    }
    d->pumping = true;
    const int maxInFlight = std::max(1, m_limits.maxInFlightPerHost);
    const double rate = m_limits.requestsPerSecondPerAccount;
    const double burst = std::max(1, m_limits.burstPerAccount);
    qint64 waitMs = -1;
    bool progress = true;
    while (progress) {
        progress = false;
        d->pumpAgain = false;
        waitMs = -1;
        const qint64 now = d->clock.elapsed();
        const QStringList hostKeys = d->hosts.keys();
        for (const QString &hostKey : hostKeys) {
            for (;;) {
                State::Host &host = d->hosts[hostKey];
                if (host.inFlight >= maxInFlight)
                    break;
                State::Lane *best = nullptr;
                for (State::Lane &lane : host.lanes) {
                    while (!lane.items.empty() && lane.items.front().context.isNull()) {
                        d->queued.remove(lane.items.front().ticket); // its caller is gone
                        lane.items.pop_front();
                    }
                    if (lane.items.empty())
                        continue;
                    if (rate > 0) {
                        auto bucket = d->buckets.find(lane.accountKey);
                        if (bucket == d->buckets.end())
                            bucket = d->buckets.insert(lane.accountKey, State::Bucket{burst, now});
                        bucket->tokens = std::min(burst,
                                bucket->tokens + double(now - bucket->refilledAtMs) * rate / 1000);
                        bucket->refilledAtMs = now;
                        if (bucket->tokens < 1) {
                            const auto untilToken
                                    = qint64(std::ceil((1 - bucket->tokens) * 1000 / rate));
                            waitMs = waitMs < 0 ? untilToken : std::min(waitMs, untilToken);
                            continue;
                        }
                    }
                    if (!best || lane.items.front().ticket < best->items.front().ticket)
                        best = &lane;
                }
                if (!best)
                    break;
                if (rate > 0)
                    d->buckets[best->accountKey].tokens -= 1;
                State::Pending started = std::move(best->items.front());
                best->items.pop_front();
                d->queued.remove(started.ticket);
                d->running.insert(started.ticket, hostKey);
                host.inFlight += 1;
                host.peak = std::max(host.peak, host.inFlight);
                progress = true;
                started.start(started.ticket); // may re-enter: references above are stale now
            }
        }
        progress = progress || d->pumpAgain;
    }
    d->pumping = false;
    if (waitMs >= 0 && !d->queued.isEmpty())
        d->wake.start(int(std::max<qint64>(1, waitMs)));
}

} // namespace Switchboard
