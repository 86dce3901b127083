#include "server/ClientAddress.h"

#include <QtCore/QRegularExpression>

#include <optional>

namespace regie::web {
namespace {

// One X-Forwarded-For entry: an address, optionally with a port ("1.2.3.4:80", "[::1]:80").
std::optional<QHostAddress> forwardedEntry(QByteArray entry)
{
    entry = entry.trimmed();
    if (entry.startsWith('[')) {
        const qsizetype close = entry.indexOf(']');
        if (close < 0)
            return std::nullopt;
        entry = entry.mid(1, close - 1);
    } else if (entry.count(':') == 1) {
        entry = entry.left(entry.indexOf(':'));
    }
    QHostAddress address;
    if (entry.isEmpty() || !address.setAddress(QString::fromLatin1(entry)))
        return std::nullopt;
    return normalised(address);
}

} // namespace

bool parseSubnets(const QString &text, Subnets *out, QString *error)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    Subnets subnets;
    const QStringList entries = text.split(separators, Qt::SkipEmptyParts);
    for (const QString &entry : entries) {
        const std::pair<QHostAddress, int> subnet = entry.contains(QLatin1Char('/'))
                                                        ? QHostAddress::parseSubnet(entry)
                                                        : std::pair<QHostAddress, int>{QHostAddress(entry), -1};
        if (subnet.first.isNull() || subnets.size() >= kMaxTrustedProxies) {
            *error = QStringLiteral("not an address or CIDR subnet: ") + entry.left(64);
            return false;
        }
        const QHostAddress address = normalised(subnet.first);
        const int fullLength = address.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
        subnets.append({address, subnet.second < 0 ? fullLength : subnet.second});
    }
    *out = subnets;
    return true;
}

bool inSubnets(const QHostAddress &address, const Subnets &subnets)
{
    const QHostAddress a = normalised(address);
    for (const auto &[network, length] : subnets) {
        if (a.isInSubnet(network, length))
            return true;
    }
    return false;
}

QHostAddress normalised(const QHostAddress &address)
{
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return address;
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    return mapped ? QHostAddress(v4) : address;
}

QHostAddress clientAddress(const QHostAddress &peer, const QByteArray &forwardedFor, const Subnets &trusted)
{
    QHostAddress client = normalised(peer);
    if (trusted.isEmpty() || !inSubnets(client, trusted) || forwardedFor.isEmpty()
        || forwardedFor.size() > kMaxForwardedForBytes)
        return client;
    const QList<QByteArray> hops = forwardedFor.split(',');
    int seen = 0;
    for (qsizetype i = hops.size() - 1; i >= 0 && seen < kMaxForwardedHops; --i, ++seen) {
        const std::optional<QHostAddress> hop = forwardedEntry(hops.at(i));
        if (!hop)
            return client;
        if (!inSubnets(*hop, trusted))
            return *hop;
        client = *hop;
    }
    return client;
}

QString clientKey(const QHostAddress &client)
{
    const QHostAddress a = normalised(client);
    if (a.protocol() != QAbstractSocket::IPv6Protocol)
        return a.toString();
    Q_IPV6ADDR bytes = a.toIPv6Address();
    for (int i = 8; i < 16; ++i)
        bytes[i] = 0;
    return QHostAddress(bytes).toString() + QStringLiteral("/64");
}

} // namespace regie::web
