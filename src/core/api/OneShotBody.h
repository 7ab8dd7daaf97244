// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QIODevice>

namespace Switchboard {

// A request body that can be read once and never rewound. Qt's HTTP/1 stack silently sends a
// request again when the connection closes before the answer (a keep-alive connection the server
// dropped), for any method; it needs to rewind the body to do so. A create's body is given as
// this device, so Qt cannot resend it: the attempt fails with ContentReSendError instead, and the
// create is reconciled like any other ambiguous outcome. (Not a QBuffer: Qt rewinds those itself.)
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }
    bool atEnd() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace Switchboard
