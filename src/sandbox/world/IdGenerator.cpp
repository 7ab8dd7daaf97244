// SPDX-License-Identifier: Apache-2.0
#include "sandbox/world/IdGenerator.h"

#include <QCryptographicHash>

namespace Switchboard::Sandbox::IdGenerator {
namespace {

QByteArray draw32Hex(quint64 seed, quint64 draw, QByteArrayView purpose)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray::number(seed));
    hash.addData(QByteArrayView(":"));
    hash.addData(QByteArray::number(draw));
    hash.addData(QByteArrayView(":"));
    hash.addData(purpose);
    return hash.result().toHex().left(32);
}

} // namespace

QString uuid(quint64 seed, quint64 draw)
{
    QByteArray hex = draw32Hex(seed, draw, "uuid");
    hex[12] = '4'; // version 4
    static constexpr char variants[] = "89ab";
    hex[16] = variants[QByteArray::fromHex(hex.mid(16, 2)).at(0) & 0x3];
    return QString::fromLatin1(hex.left(8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-'
            + hex.mid(16, 4) + '-' + hex.mid(20, 12));
}

QString sid(const QString &prefix, quint64 seed, quint64 draw)
{
    return prefix + QString::fromLatin1(draw32Hex(seed, draw, "sid"));
}

QString secret(quint64 seed, quint64 draw)
{
    return QString::fromLatin1(draw32Hex(seed, draw, "secret"));
}

} // namespace Switchboard::Sandbox::IdGenerator
