#include "storage/ApiTokens.h"

namespace regie::storage {
namespace {

bool failed(const Sql &q, QString *error)
{
    if (error)
        *error = q.error();
    return false;
}

} // namespace

std::optional<TokenRow> ApiTokens::find(const QString &tokenHash)
{
    Sql q(db_, QStringLiteral("SELECT kind, user_id, family_id, expires_at, revoked_at, created_at"
                              " FROM api_tokens WHERE token_hash = :h"));
    q.bind(QStringLiteral(":h"), tokenHash);
    if (!q.exec() || !q.next())
        return std::nullopt;
    TokenRow row;
    row.tokenHash = tokenHash;
    row.kind = q.text(0);
    row.userId = q.int64(1);
    row.familyId = q.text(2);
    row.expiresAt = fromDbTime(q.text(3));
    row.revoked = !q.isNull(4);
    row.createdAt = fromDbTime(q.text(5));
    return row;
}

bool ApiTokens::insert(const TokenRow &row, QString *error)
{
    Sql q(db_, QStringLiteral("INSERT INTO api_tokens (token_hash, kind, user_id, family_id, expires_at, created_at)"
                              " VALUES (:h, :k, :u, :f, :e, :c)"));
    q.bind(QStringLiteral(":h"), row.tokenHash)
        .bind(QStringLiteral(":k"), row.kind)
        .bind(QStringLiteral(":u"), row.userId)
        .bind(QStringLiteral(":f"), row.familyId)
        .bind(QStringLiteral(":e"), toDbTime(row.expiresAt))
        .bind(QStringLiteral(":c"), toDbTime(row.createdAt));
    return q.exec() || failed(q, error);
}

bool ApiTokens::revokeFamily(const QString &familyId, const QDateTime &at, QString *error)
{
    Sql q(db_, QStringLiteral("UPDATE api_tokens SET revoked_at = :now WHERE family_id = :f AND revoked_at IS NULL"));
    q.bind(QStringLiteral(":now"), toDbTime(at)).bind(QStringLiteral(":f"), familyId);
    return q.exec() || failed(q, error);
}

bool ApiTokens::revokeUser(qint64 userId, const QDateTime &at, QString *error)
{
    Sql q(db_, QStringLiteral("UPDATE api_tokens SET revoked_at = :now WHERE user_id = :u AND revoked_at IS NULL"));
    q.bind(QStringLiteral(":now"), toDbTime(at)).bind(QStringLiteral(":u"), userId);
    return q.exec() || failed(q, error);
}

int ApiTokens::purgeExpired(const QDateTime &before, int maxRows, QString *error)
{
    // A bounded delete: a subquery with LIMIT, which both engines accept (neither has a
    // portable DELETE ... LIMIT).
    Sql q(db_, QStringLiteral("DELETE FROM api_tokens WHERE token_hash IN (SELECT token_hash"
                              " FROM api_tokens WHERE expires_at < :limit LIMIT :n)"));
    q.bind(QStringLiteral(":limit"), toDbTime(before)).bind(QStringLiteral(":n"), maxRows);
    if (!q.exec()) {
        failed(q, error);
        return -1;
    }
    return q.numRowsAffected();
}

} // namespace regie::storage
