#pragma once
// Who sent a request. Behind the documented TLS proxy every socket comes from the proxy, so
// throttles and caps keyed by the socket's address would lump all clients together (and let
// one client block everyone's login). The proxy says who its client was in
// X-Forwarded-For; that header is believed only from a configured trusted proxy, because
// anyone else can write anything in it.

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtNetwork/QHostAddress>

#include <utility>

namespace regie::web {

using Subnets = QList<std::pair<QHostAddress, int>>;

inline constexpr int kMaxTrustedProxies = 64;
inline constexpr int kMaxForwardedHops = 20;
inline constexpr qsizetype kMaxForwardedForBytes = 1024;

// "10.0.0.1, 10.1.0.0/16 ::1" (commas or spaces) -> subnets. False with the bad entry in
// `error`; an empty text gives an empty list.
bool parseSubnets(const QString &text, Subnets *out, QString *error);
bool inSubnets(const QHostAddress &address, const Subnets &subnets);

// An IPv4 address mapped into IPv6 (::ffff:a.b.c.d, what a dual-stack socket reports) as
// plain IPv4, so one client has one key.
QHostAddress normalised(const QHostAddress &address);

// The peer itself when it is not a trusted proxy. From a trusted proxy: X-Forwarded-For read
// from the right, skipping trusted proxies; the first other address is the client (entries
// further left are the client's own word and may be forged). When every hop is trusted the
// left-most one is the client; a missing, oversized or unreadable header leaves the last
// trusted hop (at first the peer).
QHostAddress clientAddress(const QHostAddress &peer, const QByteArray &forwardedFor, const Subnets &trusted);

// The key per-client limits count under: an IPv4 address as it is, an IPv6 address by its
// /64 (one household or host gets a whole /64, so counting single IPv6 addresses would give
// one attacker an unbounded number of fresh budgets).
QString clientKey(const QHostAddress &client);

} // namespace regie::web
