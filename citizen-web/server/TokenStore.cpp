#include "server/TokenStore.h"

#include "auth/StaffLogin.h"
#include "crypto/Hash.h"
#include "crypto/Random.h"
#include "services/UnitOfWork.h"

#include <QtCore/QLoggingCategory>

namespace regie::web {
namespace {

Q_LOGGING_CATEGORY(lcTokens, "regie.web.tokens")

const QString kAccess = QStringLiteral("access");
const QString kRefresh = QStringLiteral("refresh");

QString tokenHash(const QString &token)
{
    return QString::fromLatin1(crypto::sha256(token.toUtf8()).toHex());
}

bool plausible(const QString &token)
{
    if (token.isEmpty() || token.size() > TokenStore::kMaxTokenChars)
        return false;
    for (QChar c : token) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
                        || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

TokenStore::TokenStore(services::ServiceContext &services, std::chrono::seconds accessLifetime,
                       std::chrono::seconds refreshLifetime)
    : services_(services), accessLifetime_(accessLifetime), refreshLifetime_(refreshLifetime)
{
}

std::optional<storage::TokenRow> TokenStore::find(const QString &token)
{
    if (!plausible(token))
        return std::nullopt;
    return storage::ApiTokens(services_.db).find(tokenHash(token));
}

bool TokenStore::insertPair(storage::Database &db, const QDateTime &now, qint64 userId, const QString &familyId,
                            const QDateTime &familyEnd, IssuedTokens *out, QString *error)
{
    IssuedTokens t;
    t.accessToken = crypto::randomToken(kTokenBytes);
    t.refreshToken = crypto::randomToken(kTokenBytes);
    t.refreshExpiresAt = familyEnd;
    t.accessExpiresAt = std::min(now.addSecs(accessLifetime_.count()), familyEnd);
    storage::ApiTokens tokens(db);
    for (const auto &[token, kind, expires] :
         {std::tuple{t.accessToken, kAccess, t.accessExpiresAt},
          std::tuple{t.refreshToken, kRefresh, t.refreshExpiresAt}}) {
        storage::TokenRow row;
        row.tokenHash = tokenHash(token);
        row.kind = kind;
        row.userId = userId;
        row.familyId = familyId;
        row.expiresAt = expires;
        row.createdAt = now;
        if (!tokens.insert(row, error)) {
            qCWarning(lcTokens) << "token insert failed:" << *error;
            return false;
        }
    }
    *out = t;
    return true;
}

std::optional<IssuedTokens> TokenStore::issue(const Actor &actor)
{
    if (!actor.isStaff() || actor.userId <= 0)
        return std::nullopt;
    const auto issued = services::UnitOfWork(services_).run<IssuedTokens>(actor, [&](services::Change &c) {
        IssuedTokens out;
        QString error;
        const QString family = crypto::randomToken(16);
        if (!insertPair(c.db(), c.now(), actor.userId, family, c.now().addSecs(refreshLifetime_.count()), &out, &error))
            return services::storageFailure<IssuedTokens>(error);
        return services::Result<IssuedTokens>::success(out);
    });
    return issued.value;
}

std::optional<Actor> TokenStore::validate(const QString &accessToken, TokenFout *why)
{
    auto fail = [why](TokenFout f) -> std::optional<Actor> {
        if (why)
            *why = f;
        return std::nullopt;
    };
    const std::optional<storage::TokenRow> row = find(accessToken);
    if (!row || row->kind != kAccess || row->revoked)
        return fail(TokenFout::Ongeldig);
    if (row->expiresAt <= services_.now())
        return fail(TokenFout::Verlopen);
    auth::StaffLogin login(services_.db, services_.cipher, services_.clock);
    std::optional<Actor> actor = login.actorVoor(row->userId);
    if (!actor)
        return fail(TokenFout::Ongeldig);
    if (why)
        *why = TokenFout::Geen;
    return actor;
}

RefreshUitkomst TokenStore::refresh(const QString &refreshToken)
{
    // Answers that revoke something (reuse, a deactivated user) still commit: the revocation
    // is the point. Only a storage failure rolls back.
    const auto done = services::UnitOfWork(services_).run<RefreshUitkomst>(
        Actor::systeem(), [&](services::Change &c) -> services::Result<RefreshUitkomst> {
            RefreshUitkomst result;
            storage::ApiTokens tokens(c.db());
            QString error;
            const std::optional<storage::TokenRow> row = find(refreshToken);
            if (!row || row->kind != kRefresh)
                return services::Result<RefreshUitkomst>::success(result); // Ongeldig
            if (row->revoked) {
                // A retired refresh token came back: someone holds a copy. End the whole login.
                if (!tokens.revokeFamily(row->familyId, c.now(), &error))
                    return services::storageFailure<RefreshUitkomst>(error);
                qCWarning(lcTokens) << "refresh token reuse: token family revoked";
                result.fout = TokenFout::Hergebruikt;
                return services::Result<RefreshUitkomst>::success(result);
            }
            if (row->expiresAt <= c.now()) {
                result.fout = TokenFout::Verlopen;
                return services::Result<RefreshUitkomst>::success(result);
            }
            auth::StaffLogin login(c.db(), services_.cipher, services_.clock);
            result.actor = login.actorVoor(row->userId);
            // Retire every live token of the family (the old refresh and its access token);
            // a user who may no longer log in gets no next pair.
            if (!tokens.revokeFamily(row->familyId, c.now(), &error))
                return services::storageFailure<RefreshUitkomst>(error);
            if (!result.actor)
                return services::Result<RefreshUitkomst>::success(result); // Ongeldig
            IssuedTokens next;
            if (!insertPair(c.db(), c.now(), row->userId, row->familyId, row->expiresAt, &next, &error))
                return services::storageFailure<RefreshUitkomst>(error);
            result.tokens = next;
            result.fout = TokenFout::Geen;
            return services::Result<RefreshUitkomst>::success(result);
        });
    if (!done.ok()) {
        RefreshUitkomst storing;
        storing.fout = TokenFout::Storing;
        return storing;
    }
    return *done.value;
}

bool TokenStore::revokeFamily(const QString &anyToken)
{
    const std::optional<storage::TokenRow> row = find(anyToken);
    if (!row)
        return false;
    return revoke([&](storage::ApiTokens &tokens, const QDateTime &now, QString *error) {
        return tokens.revokeFamily(row->familyId, now, error);
    });
}

bool TokenStore::revokeAll(qint64 userId)
{
    return revoke([&](storage::ApiTokens &tokens, const QDateTime &now, QString *error) {
        return tokens.revokeUser(userId, now, error);
    });
}

bool TokenStore::revoke(const std::function<bool(storage::ApiTokens &, const QDateTime &, QString *)> &how)
{
    const auto done = services::UnitOfWork(services_).run<bool>(Actor::systeem(), [&](services::Change &c) {
        storage::ApiTokens tokens(c.db());
        QString error;
        if (!how(tokens, c.now(), &error))
            return services::storageFailure<bool>(error);
        return services::Result<bool>::success(true);
    });
    return done.ok();
}

int TokenStore::purgeExpired(int maxRows)
{
    const auto done = services::UnitOfWork(services_).run<int>(Actor::systeem(), [&](services::Change &c) {
        QString error;
        // Kept a day past expiry so a late reuse of a rotated refresh token is still recognised.
        const int purged = storage::ApiTokens(c.db()).purgeExpired(c.now().addDays(-1), maxRows, &error);
        if (purged < 0)
            return services::storageFailure<int>(error);
        return services::Result<int>::success(purged);
    });
    return done.value.value_or(0);
}

} // namespace regie::web
