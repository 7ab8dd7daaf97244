#include "RequestScheduler.h"

#include <QElapsedTimer>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace Switchboard {

struct RequestScheduler::State
{
    struct Pending
    {
        Ticket ticket = 0;
        QString host;
        QString accountKey;
        QPointer<QObject> context;
        std::function<void(Ticket)> start;
    };
    struct Bucket
    {
        double tokens = 0;
        qint64 refilledAtMs = 0;
    };

    QList<Pending> queue;
    QHash<Ticket, QString> running; // ticket -> host
    QHash<QString, int> inFlight;
    QHash<QString, int> peak;
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
    d->queue.append(State::Pending{ticket, host, accountKey, context, std::move(start)});
    pump();
    return ticket;
}

void RequestScheduler::release(Ticket ticket)
{
    const auto running = d->running.find(ticket);
    if (running != d->running.end()) {
        const QString host = running.value();
        d->running.erase(running);
        int &count = d->inFlight[host];
        count = std::max(0, count - 1);
        pump();
        return;
    }
    const auto queued = std::find_if(d->queue.begin(), d->queue.end(),
            [ticket](const State::Pending &pending) { return pending.ticket == ticket; });
    if (queued != d->queue.end())
        d->queue.erase(queued);
}

int RequestScheduler::inFlight(const QString &host) const
{
    return d->inFlight.value(host);
}

int RequestScheduler::peakInFlight(const QString &host) const
{
    return d->peak.value(host);
}

int RequestScheduler::queued() const
{
    return int(std::count_if(d->queue.cbegin(), d->queue.cend(),
            [](const State::Pending &pending) { return !pending.context.isNull(); }));
}

// Starts every queued request that may start now, oldest first; arms the wake timer for the
// earliest token when some wait only for their account's bucket. A request that waits for a
// busy host or an empty bucket does not hold back requests for other hosts or accounts, so the
// order is first come, first served per host and account.
void RequestScheduler::pump()
{
    if (d->pumping) {
        d->pumpAgain = true; // a start() released or enqueued: scan again when it returns
        return;
    }
    d->pumping = true;
    const int maxInFlight = std::max(1, m_limits.maxInFlightPerHost);
    const double rate = m_limits.requestsPerSecondPerAccount;
    const double burst = std::max(1, m_limits.burstPerAccount);
    qint64 waitMs = -1;
    do {
        d->pumpAgain = false;
        waitMs = -1;
        const qint64 now = d->clock.elapsed();
        QSet<QString> fullHosts;
        for (qsizetype i = 0; i < d->queue.size();) {
            State::Pending &pending = d->queue[i];
            if (pending.context.isNull()) {
                d->queue.removeAt(i);
                continue;
            }
            if (fullHosts.contains(pending.host)
                    || d->inFlight.value(pending.host) >= maxInFlight) {
                fullHosts.insert(pending.host);
                ++i;
                continue;
            }
            if (rate > 0) {
                auto bucket = d->buckets.find(pending.accountKey);
                if (bucket == d->buckets.end())
                    bucket = d->buckets.insert(pending.accountKey, State::Bucket{burst, now});
                bucket->tokens = std::min(
                        burst, bucket->tokens + double(now - bucket->refilledAtMs) * rate / 1000);
                bucket->refilledAtMs = now;
                if (bucket->tokens < 1) {
                    const auto untilToken = qint64(std::ceil((1 - bucket->tokens) * 1000 / rate));
                    waitMs = waitMs < 0 ? untilToken : std::min(waitMs, untilToken);
                    ++i;
                    continue;
                }
                bucket->tokens -= 1;
            }
            State::Pending started = d->queue.takeAt(i);
            d->running.insert(started.ticket, started.host);
            const int count = ++d->inFlight[started.host];
            int &peak = d->peak[started.host];
            peak = std::max(peak, count);
            started.start(started.ticket);
            if (d->pumpAgain)
                break; // the queue changed under us: rescan from the oldest
        }
    } while (d->pumpAgain);
    d->pumping = false;
    if (waitMs >= 0 && !d->queue.isEmpty())
        d->wake.start(int(std::max<qint64>(1, waitMs)));
}

} // namespace Switchboard
