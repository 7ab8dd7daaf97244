// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/api/RequestScheduler.h"
#include "core/api/RestTransport.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkReply;

namespace Switchboard {

// One HTTP attempt: waits for the scheduler's go, sends, and reports the reply once. Destroying
// it aborts the request silently (no report) and gives its scheduler slot back, so its owner
// (the call) can drop it at any time.
class HttpAttempt : public QObject
{
public:
    using Done = std::function<void(const RestReply &)>;

    HttpAttempt(RestTransport &transport, RestRequest request, int attemptNumber, Done done,
            QObject *parent);
    ~HttpAttempt() override;

    bool sent() const { return m_sent; }
    const RestRequest &request() const { return m_request; }

private:
    void start(RequestScheduler::Ticket ticket);
    void onFinished();
    void releaseTicket();

    RestTransport &m_transport;
    RestRequest m_request;
    int m_attemptNumber;
    Done m_done;
    RequestScheduler::Ticket m_ticket = 0;
    bool m_ticketHeld = false;
    bool m_sent = false;
    QPointer<QNetworkReply> m_reply;
    QElapsedTimer m_elapsed;
};

} // namespace Switchboard
