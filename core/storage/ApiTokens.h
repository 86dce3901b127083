#pragma once
// The rows of api_tokens: the staff API's access and refresh tokens, keyed by their
// SHA-256 (the tokens themselves are never stored). Only the SQL lives here; rotation,
// reuse detection and lifetimes stay in citizen-web/server/TokenStore, which calls these
// inside a unit of work.

#include "storage/Database.h"

#include <QtCore/QDateTime>
#include <QtCore/QString>

#include <optional>

namespace regie::storage {

struct TokenRow {
    QString tokenHash;
    QString kind;           // "access" | "refresh"
    qint64 userId = 0;
    QString familyId;       // every token of one login
    QDateTime expiresAt;
    QDateTime createdAt;
    bool revoked = false;
};

class ApiTokens {
public:
    explicit ApiTokens(Database &database) : db_(database) {}

    // nullopt when there is no such row or the read failed.
    std::optional<TokenRow> find(const QString &tokenHash);
    bool insert(const TokenRow &row, QString *error);
    // Revokes every live token of the family, or of the user; already revoked ones keep
    // their first revocation moment.
    bool revokeFamily(const QString &familyId, const QDateTime &at, QString *error);
    bool revokeUser(qint64 userId, const QDateTime &at, QString *error);
    // Deletes at most `maxRows` tokens that expired before `before`; -1 on failure.
    int purgeExpired(const QDateTime &before, int maxRows, QString *error);

private:
    Database &db_;
};

} // namespace regie::storage
