// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHostAddress>
#include <QList>
#include <QMetaObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <atomic>
#include <memory>

namespace Switchboard::Test {

// A loopback TCP proxy on a thread of its own that can stop forwarding: a database server that
// "stalls" (stops answering but keeps its connections, as a SIGSTOPped postmaster or a dead
// network path does) without touching the server. While stalled, bytes wait in the proxy;
// they flow again, in order, when it resumes.
class StallingProxy
{
public:
    StallingProxy(const QString &targetHost, quint16 targetPort)
        : m_thread(std::make_unique<QThread>())
        , m_forwarder(new Forwarder(targetHost, targetPort, &m_stalled))
    {
        m_forwarder->moveToThread(m_thread.get());
        QObject::connect(m_thread.get(), &QThread::finished, m_forwarder, &QObject::deleteLater);
        m_thread->start();
        QMetaObject::invokeMethod(
                m_forwarder, [this] { m_port = m_forwarder->listen(); },
                Qt::BlockingQueuedConnection);
    }
    ~StallingProxy()
    {
        m_thread->quit();
        m_thread->wait();
    }

    quint16 port() const { return m_port; }
    void setStalled(bool stalled)
    {
        m_stalled = stalled;
        if (!stalled) // what waited flows now
            QMetaObject::invokeMethod(m_forwarder, &Forwarder::pump, Qt::QueuedConnection);
    }

private:
    class Forwarder : public QObject
    {
    public:
        Forwarder(QString host, quint16 port, std::atomic<bool> *stalled)
            : m_host(std::move(host))
            , m_port(port)
            , m_stalled(stalled)
        { }

        quint16 listen()
        {
            auto *server = new QTcpServer(this);
            QObject::connect(server, &QTcpServer::newConnection, this, [this, server] {
                while (QTcpSocket *client = server->nextPendingConnection())
                    bridge(client);
            });
            return server->listen(QHostAddress::LocalHost, 0) ? server->serverPort() : 0;
        }

        void pump()
        {
            for (const Pair &pair : std::as_const(m_pairs)) {
                forward(pair.client, pair.server);
                forward(pair.server, pair.client);
            }
        }

    private:
        struct Pair
        {
            QPointer<QTcpSocket> client;
            QPointer<QTcpSocket> server;
        };

        void bridge(QTcpSocket *client)
        {
            auto *server = new QTcpSocket(this);
            client->setParent(this);
            m_pairs.append(Pair{client, server});
            QObject::connect(client, &QTcpSocket::readyRead, this,
                    [this, client, server] { forward(client, server); });
            QObject::connect(server, &QTcpSocket::readyRead, this,
                    [this, client, server] { forward(server, client); });
            QObject::connect(server, &QTcpSocket::connected, this,
                    [this, client, server] { forward(client, server); });
            QObject::connect(
                    client, &QTcpSocket::disconnected, server, &QTcpSocket::disconnectFromHost);
            QObject::connect(
                    server, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
            server->connectToHost(m_host, m_port);
        }

        void forward(QTcpSocket *from, QTcpSocket *to)
        {
            if (*m_stalled || !from || !to || to->state() != QAbstractSocket::ConnectedState)
                return;
            const QByteArray bytes = from->readAll();
            if (!bytes.isEmpty())
                to->write(bytes);
        }

        QString m_host;
        quint16 m_port;
        std::atomic<bool> *m_stalled;
        QList<Pair> m_pairs;
    };

    std::atomic<bool> m_stalled{false};
    std::unique_ptr<QThread> m_thread;
    Forwarder *m_forwarder;
    quint16 m_port = 0;
};

} // namespace Switchboard::Test
