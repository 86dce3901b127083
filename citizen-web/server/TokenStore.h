#pragma once
// Bearer tokens for the staff API (regie-desk). A login yields a short-lived access token
// and a refresh token; both are random, and only their SHA-256 is stored (api_tokens).
//
// Refresh tokens rotate: each refresh answers a new pair and retires the old refresh
// token. All tokens of one login share a family id. Presenting a retired refresh token
// again means it was copied (or the client is confused): the whole family is revoked, so
// a thief and the owner are both logged out and the owner logs in anew.
// A family never outlives the refresh lifetime from the login (no endless sessions).
//
// TokenStore does not audit logins: auth::StaffLogin does that before issue() is called.

#include "domain/Domain.h"
#include "services/ServiceContext.h"
#include "storage/ApiTokens.h"

#include <QtCore/QDateTime>
#include <QtCore/QString>

#include <chrono>
#include <functional>
#include <optional>

namespace regie::web {

struct IssuedTokens {
    QString accessToken;
    QString refreshToken;
    QDateTime accessExpiresAt;
    QDateTime refreshExpiresAt;
};

enum class TokenFout {
    Geen,
    Ongeldig,     // unknown, malformed or revoked token
    Verlopen,     // past its expiry
    Hergebruikt,  // a rotated refresh token came back: the family is now revoked
    Storing       // the database failed
};

struct RefreshUitkomst {
    std::optional<IssuedTokens> tokens; // set iff fout == Geen
    std::optional<Actor> actor;         // the user, read again from the database
    TokenFout fout = TokenFout::Ongeldig;
};

class TokenStore {
public:
    static constexpr int kTokenBytes = 32;
    static constexpr int kMaxTokenChars = 128;

    TokenStore(services::ServiceContext &services, std::chrono::seconds accessLifetime,
               std::chrono::seconds refreshLifetime);

    // A new family for a freshly authenticated staff actor. nullopt on a database failure.
    std::optional<IssuedTokens> issue(const Actor &actor);
    // The actor for a valid, unexpired, unrevoked access token; the user is read again so
    // a deactivated account stops working at once.
    std::optional<Actor> validate(const QString &accessToken, TokenFout *why = nullptr);
    RefreshUitkomst refresh(const QString &refreshToken);
    // Logout of one device: revokes the family the token (access or refresh) belongs to.
    bool revokeFamily(const QString &anyToken);
    // "Overal uitloggen" and deactivation: every token of the user.
    bool revokeAll(qint64 userId);
    // Deletes rows that expired more than a day ago; bounded per call.
    int purgeExpired(int maxRows = 1000);

private:
    std::optional<storage::TokenRow> find(const QString &token);
    bool insertPair(storage::Database &db, const QDateTime &now, qint64 userId, const QString &familyId,
                    const QDateTime &familyEnd, IssuedTokens *out, QString *error);
    // One revocation in a unit of work of its own.
    bool revoke(const std::function<bool(storage::ApiTokens &, const QDateTime &, QString *)> &how);

    services::ServiceContext &services_;
    std::chrono::seconds accessLifetime_;
    std::chrono::seconds refreshLifetime_;
};

} // namespace regie::web
