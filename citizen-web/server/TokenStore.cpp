#include "server/TokenStore.h"

#include "auth/StaffLogin.h"
#include "crypto/Hash.h"
#include "crypto/Random.h"
#include "storage/Database.h"

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

struct TokenStore::Row {
    QString kind;
    qint64 userId = 0;
    QString familyId;
    QDateTime expiresAt;
    bool revoked = false;
};

TokenStore::TokenStore(services::ServiceContext &services, std::chrono::seconds accessLifetime,
                       std::chrono::seconds refreshLifetime)
    : services_(services), accessLifetime_(accessLifetime), refreshLifetime_(refreshLifetime)
{
}

std::optional<TokenStore::Row> TokenStore::find(const QString &token)
{
    if (!plausible(token))
        return std::nullopt;
    storage::Sql q(services_.db,
                   QStringLiteral("SELECT kind, user_id, family_id, expires_at, revoked_at"
                                  " FROM api_tokens WHERE token_hash = :h"));
    q.bind(QStringLiteral(":h"), tokenHash(token));
    if (!q.exec() || !q.next())
        return std::nullopt;
    Row row;
    row.kind = q.text(0);
    row.userId = q.int64(1);
    row.familyId = q.text(2);
    row.expiresAt = storage::fromDbTime(q.text(3));
    row.revoked = !q.isNull(4);
    return row;
}

bool TokenStore::insertPair(qint64 userId, const QString &familyId, const QDateTime &familyEnd,
                            IssuedTokens *out)
{
    const QDateTime now = services_.now();
    IssuedTokens t;
    t.accessToken = crypto::randomToken(kTokenBytes);
    t.refreshToken = crypto::randomToken(kTokenBytes);
    t.refreshExpiresAt = familyEnd;
    t.accessExpiresAt = std::min(now.addSecs(accessLifetime_.count()), familyEnd);
    const QString sql = QStringLiteral(
        "INSERT INTO api_tokens (token_hash, kind, user_id, family_id, expires_at, created_at)"
        " VALUES (:h, :k, :u, :f, :e, :c)");
    for (const auto &[token, kind, expires] :
         {std::tuple{t.accessToken, kAccess, t.accessExpiresAt},
          std::tuple{t.refreshToken, kRefresh, t.refreshExpiresAt}}) {
        storage::Sql q(services_.db, sql);
        q.bind(QStringLiteral(":h"), tokenHash(token))
            .bind(QStringLiteral(":k"), kind)
            .bind(QStringLiteral(":u"), userId)
            .bind(QStringLiteral(":f"), familyId)
            .bind(QStringLiteral(":e"), storage::toDbTime(expires))
            .bind(QStringLiteral(":c"), storage::toDbTime(now));
        if (!q.exec()) {
            qCWarning(lcTokens) << "token insert failed:" << q.error();
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
    storage::WriteTransaction tx(services_.db);
    if (!tx.isOpen())
        return std::nullopt;
    IssuedTokens out;
    const QString family = crypto::randomToken(16);
    if (!insertPair(actor.userId, family, services_.now().addSecs(refreshLifetime_.count()), &out))
        return std::nullopt;
    if (!tx.commit())
        return std::nullopt;
    return out;
}

std::optional<Actor> TokenStore::validate(const QString &accessToken, TokenFout *why)
{
    auto fail = [why](TokenFout f) -> std::optional<Actor> {
        if (why)
            *why = f;
        return std::nullopt;
    };
    const std::optional<Row> row = find(accessToken);
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
    RefreshUitkomst result;
    storage::WriteTransaction tx(services_.db);
    if (!tx.isOpen()) {
        result.fout = TokenFout::Storing;
        return result;
    }
    const std::optional<Row> row = find(refreshToken);
    if (!row || row->kind != kRefresh) {
        result.fout = TokenFout::Ongeldig;
        return result;
    }
    if (row->revoked) {
        // A retired refresh token came back: someone holds a copy. End the whole login.
        if (revokeFamilyId(row->familyId) && tx.commit())
            qCWarning(lcTokens) << "refresh token reuse: token family revoked";
        result.fout = TokenFout::Hergebruikt;
        return result;
    }
    const QDateTime now = services_.now();
    if (row->expiresAt <= now) {
        result.fout = TokenFout::Verlopen;
        return result;
    }
    auth::StaffLogin login(services_.db, services_.cipher, services_.clock);
    result.actor = login.actorVoor(row->userId);
    if (!result.actor) {
        revokeFamilyId(row->familyId);
        tx.commit();
        result.fout = TokenFout::Ongeldig;
        return result;
    }
    // Retire every live token of the family (the old refresh and its access token), then
    // hand out the next pair with the family's original end.
    if (!revokeFamilyId(row->familyId)) {
        result.fout = TokenFout::Storing;
        return result;
    }
    IssuedTokens next;
    if (!insertPair(row->userId, row->familyId, row->expiresAt, &next) || !tx.commit()) {
        result.fout = TokenFout::Storing;
        return result;
    }
    result.tokens = next;
    result.fout = TokenFout::Geen;
    return result;
}

bool TokenStore::revokeFamilyId(const QString &familyId)
{
    storage::Sql q(services_.db, QStringLiteral("UPDATE api_tokens SET revoked_at = :now"
                                                " WHERE family_id = :f AND revoked_at IS NULL"));
    q.bind(QStringLiteral(":now"), storage::toDbTime(services_.now()))
        .bind(QStringLiteral(":f"), familyId);
    return q.exec();
}

bool TokenStore::revokeFamily(const QString &anyToken)
{
    const std::optional<Row> row = find(anyToken);
    if (!row)
        return false;
    storage::WriteTransaction tx(services_.db);
    return tx.isOpen() && revokeFamilyId(row->familyId) && tx.commit();
}

bool TokenStore::revokeAll(qint64 userId)
{
    storage::WriteTransaction tx(services_.db);
    if (!tx.isOpen())
        return false;
    storage::Sql q(services_.db, QStringLiteral("UPDATE api_tokens SET revoked_at = :now"
                                                " WHERE user_id = :u AND revoked_at IS NULL"));
    q.bind(QStringLiteral(":now"), storage::toDbTime(services_.now()))
        .bind(QStringLiteral(":u"), userId);
    return q.exec() && tx.commit();
}

int TokenStore::purgeExpired(int maxRows)
{
    storage::WriteTransaction tx(services_.db);
    if (!tx.isOpen())
        return 0;
    // Kept a day past expiry so a late reuse of a rotated refresh token is still recognised.
    storage::Sql q(services_.db,
                   QStringLiteral("DELETE FROM api_tokens WHERE token_hash IN (SELECT token_hash"
                                  " FROM api_tokens WHERE expires_at < :limit LIMIT :n)"));
    q.bind(QStringLiteral(":limit"), storage::toDbTime(services_.now().addDays(-1)))
        .bind(QStringLiteral(":n"), maxRows);
    if (!q.exec() || !tx.commit())
        return 0;
    return q.numRowsAffected();
}

} // namespace regie::web
