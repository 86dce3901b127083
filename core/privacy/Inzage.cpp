#include "privacy/Inzage.h"

#include "audit/AuditActions.h"
#include "audit/AuditLog.h"
#include "auth/Access.h"
#include "crypto/Random.h"
#include "services/Support.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtSql/QSqlRecord>

namespace regie::privacy {

using services::ErrorCode;
using services::Result;
using storage::Sql;
using storage::WriteTransaction;

namespace {

constexpr int kMaxRowsPerSection = 100000; // bounds one export; a dossier is far smaller

// One section of the export: every row of a query as an object, column names as keys.
// Columns ending in _enc or _hash are internal (ciphertexts, lookup hashes) and left out;
// decrypted values are added by the caller where they belong to the inwoner.
QJsonArray rows(storage::Database &db, const QString &sql, qint64 inwonerId)
{
    QJsonArray out;
    Sql q(db, sql);
    q.bind(QStringLiteral(":i"), inwonerId);
    if (!q.exec())
        return out;
    int count = 0;
    while (q.next() && count++ < kMaxRowsPerSection) {
        const QSqlRecord record = q.raw().record();
        QJsonObject row;
        for (int c = 0; c < record.count(); ++c) {
            const QString name = record.fieldName(c);
            if (name.endsWith(QLatin1String("_enc")) || name.endsWith(QLatin1String("_hash")))
                continue;
            const QVariant v = q.value(c);
            if (v.isNull())
                row.insert(name, QJsonValue::Null);
            else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
                row.insert(name, v.toLongLong()); // cents stay integers
            else
                row.insert(name, v.toString());
        }
        out.append(row);
    }
    return out;
}

QString decrypt(const crypto::FieldCipher &cipher, const QVariant &blob, const char *associated)
{
    const auto plain = cipher.decrypt(blob.toByteArray(), QByteArray(associated));
    return plain ? QString::fromUtf8(*plain) : QString();
}

} // namespace

Inzage::Inzage(services::ServiceContext &context) : ctx_(context) {}

Result<QJsonDocument> Inzage::exporteer(const Actor &actor, qint64 inwonerId)
{
    if (!services::checkAccess(ctx_, actor, auth::Action::ExporteerGegevens, inwonerId, audit::actions::ExportGegevens,
                               QStringLiteral("inwoner"), QString()))
        return services::notFound<QJsonDocument>();
    storage::Database &db = ctx_.db;
    // Audited before reading: no trail, no export; and no statement is open yet (see
    // services::Dossier: an open SELECT's snapshot cannot be upgraded to the audit write).
    {
        const QString subject = services::inwonerPseudonym(ctx_, inwonerId);
        WriteTransaction tx(db);
        QString error;
        if (!tx.isOpen()
            || !services::auditInTx(ctx_, actor, audit::actions::ExportGegevens, subject, QStringLiteral("inwoner"),
                                    subject, {}, &error)
            || !tx.commit())
            return services::storageFailure<QJsonDocument>(error.isEmpty() ? tx.error() : error);
    }
    QJsonObject doc;
    doc.insert(QStringLiteral("toelichting"),
               QStringLiteral("Dit zijn alle gegevens die Regie over jou heeft. Bedragen staan in centen."));
    doc.insert(QStringLiteral("gemaakt_op"), storage::toDbTime(ctx_.now()));

    const QJsonArray person = rows(db, QStringLiteral("SELECT * FROM inwoners WHERE id = :i"), inwonerId);
    if (person.isEmpty())
        return services::notFound<QJsonDocument>();
    QJsonObject inwoner = person.first().toObject();
    Sql bsn(db, QStringLiteral("SELECT bsn_enc FROM inwoners WHERE id = :i"));
    bsn.bind(QStringLiteral(":i"), inwonerId);
    if (bsn.exec() && bsn.next() && !bsn.isNull(0))
        inwoner.insert(QStringLiteral("bsn"), decrypt(ctx_.cipher, bsn.value(0), "inwoners.bsn"));
    doc.insert(QStringLiteral("inwoner"), inwoner);

    QJsonArray eigen = rows(db, QStringLiteral("SELECT * FROM eigen_rekeningen WHERE inwoner_id = :i ORDER BY id"), inwonerId);
    Sql ibans(db, QStringLiteral("SELECT iban_enc FROM eigen_rekeningen WHERE inwoner_id = :i ORDER BY id"));
    ibans.bind(QStringLiteral(":i"), inwonerId);
    for (qsizetype i = 0; ibans.exec() && i < eigen.size() && ibans.next(); ++i) {
        QJsonObject row = eigen.at(i).toObject();
        row.insert(QStringLiteral("iban"), decrypt(ctx_.cipher, ibans.value(0), "eigen_rekeningen.iban"));
        eigen.replace(i, row);
    }
    doc.insert(QStringLiteral("eigen_rekeningen"), eigen);
    QJsonArray beheer = rows(db, QStringLiteral("SELECT * FROM beheerrekeningen WHERE inwoner_id = :i"), inwonerId);
    Sql beheerIban(db, QStringLiteral("SELECT iban_enc FROM beheerrekeningen WHERE inwoner_id = :i"));
    beheerIban.bind(QStringLiteral(":i"), inwonerId);
    if (!beheer.isEmpty() && beheerIban.exec() && beheerIban.next()) {
        QJsonObject row = beheer.first().toObject();
        row.insert(QStringLiteral("iban"), decrypt(ctx_.cipher, beheerIban.value(0), "beheerrekeningen.iban"));
        beheer.replace(0, row);
    }
    doc.insert(QStringLiteral("beheerrekening"), beheer);

    const std::pair<const char *, const char *> sections[] = {
        {"reserveringen", "SELECT r.*, a.credits_posted_cents - a.debits_posted_cents AS saldo_cents,"
                          " a.debits_pending_cents AS vastgehouden_cents FROM reserveringen r"
                          " JOIN ledger_accounts a ON a.reservering_id = r.id WHERE r.inwoner_id = :i ORDER BY r.id"},
        {"transacties", "SELECT * FROM transacties WHERE inwoner_id = :i ORDER BY datum, id"},
        {"budgetplan", "SELECT * FROM budgetplannen WHERE inwoner_id = :i"},
        {"budgetplan_regels", "SELECT * FROM budgetplan_regels WHERE inwoner_id = :i ORDER BY id"},
        {"leningen", "SELECT * FROM leningen WHERE inwoner_id = :i ORDER BY id"},
        {"afspraken", "SELECT * FROM afspraken WHERE inwoner_id = :i ORDER BY id"},
        {"verzoeken", "SELECT * FROM verzoeken WHERE inwoner_id = :i ORDER BY id"},
        {"besluiten", "SELECT b.verzoek_id, b.besluit, b.reden_code, r.tekst_b1 AS reden, b.extra_toelichting, b.stap,"
                      " b.created_at FROM besluiten b JOIN verzoeken v ON v.id = b.verzoek_id"
                      " LEFT JOIN redenen r ON r.code = b.reden_code WHERE v.inwoner_id = :i ORDER BY b.id"},
        {"berichten", "SELECT id, soort, titel, tekst, created_at, gelezen_at FROM meldingen WHERE inwoner_id = :i ORDER BY id"},
        {"toestemmingen", "SELECT t.id, u.display_name AS ketenpartner, u.organisatie, t.verleend_at, t.ingetrokken_at"
                          " FROM toestemmingen t JOIN users u ON u.id = t.ketenpartner_id WHERE t.inwoner_id = :i ORDER BY t.id"},
        {"account", "SELECT id, username, role, created_at, active FROM users WHERE inwoner_id = :i"},
        {"medewerkers", "SELECT u.display_name, u.role, c.sinds FROM caseload c JOIN users u ON u.id = c.medewerker_id"
                        " WHERE c.inwoner_id = :i"},
    };
    for (const auto &[name, sql] : sections)
        doc.insert(QLatin1String(name), rows(db, QString::fromLatin1(sql), inwonerId));

    // Who looked at or changed their data: the audit events about them (by pseudonym).
    const QString pseudonym = inwoner.value(QStringLiteral("public_id")).toString();
    audit::Filter filter;
    filter.subject = pseudonym;
    filter.limit = 10000;
    QJsonArray trail;
    for (const audit::AuditEvent &e : audit::AuditLog::query(db, filter)) {
        trail.append(QJsonObject{{QStringLiteral("moment"), storage::toDbTime(e.at)},
                                 {QStringLiteral("rol"), toCode(e.actorRole)},
                                 {QStringLiteral("actie"), e.action},
                                 {QStringLiteral("uitkomst"), e.outcome}});
    }
    doc.insert(QStringLiteral("logboek"), trail);

    return Result<QJsonDocument>::success(QJsonDocument(doc));
}

Bewaartermijn::Bewaartermijn(services::ServiceContext &context) : ctx_(context) {}

Result<bool> Bewaartermijn::beeindig(const Actor &actor, qint64 inwonerId, QDate einde)
{
    if (actor.role != Role::Beheerder && actor.role != Role::Systeem)
        return Result<bool>::failure(ErrorCode::Forbidden, QStringLiteral("Alleen een beheerder beëindigt budgetbeheer."));
    if (!einde.isValid())
        return Result<bool>::failure(ErrorCode::Invalid, QStringLiteral("Geef een einddatum."));
    WriteTransaction tx(ctx_.db);
    if (!tx.isOpen())
        return services::storageFailure<bool>(tx.error());
    Sql q(ctx_.db, QStringLiteral("UPDATE inwoners SET status = 'beeindigd', budgetbeheer_eind = :e"
                                  " WHERE id = :i AND status = 'actief'"));
    q.bind(QStringLiteral(":e"), storage::toDbDate(einde)).bind(QStringLiteral(":i"), inwonerId);
    if (!q.exec())
        return services::storageFailure<bool>(q.error());
    if (q.numRowsAffected() != 1)
        return services::notFound<bool>();
    QString error;
    const QString pseudonym = services::inwonerPseudonym(ctx_, inwonerId);
    if (!services::auditInTx(ctx_, actor, audit::actions::GegevensVerwijderd, pseudonym, QStringLiteral("inwoner"),
                             pseudonym, QJsonObject{{QStringLiteral("stap"), QStringLiteral("budgetbeheer_beeindigd")}},
                             &error)
        || !tx.commit())
        return services::storageFailure<bool>(error.isEmpty() ? tx.error() : error);
    return Result<bool>::success(true);
}

Result<int> Bewaartermijn::verwerk(const Actor &actor, int bewaarMaanden)
{
    if (actor.role != Role::Systeem)
        return Result<int>::failure(ErrorCode::Forbidden, QStringLiteral("Alleen het systeem."));
    if (bewaarMaanden < 0)
        return Result<int>::failure(ErrorCode::Invalid, QStringLiteral("Bewaartermijn kan niet negatief zijn."));
    const QDate grens = ctx_.now().date().addMonths(-bewaarMaanden);
    Sql due(ctx_.db, QStringLiteral("SELECT id FROM inwoners WHERE status = 'beeindigd' AND budgetbeheer_eind <= :g"
                                    " ORDER BY id LIMIT 1000"));
    due.bind(QStringLiteral(":g"), storage::toDbDate(grens));
    if (!due.exec())
        return services::storageFailure<int>(due.error());
    QList<qint64> ids;
    while (due.next())
        ids.append(due.int64(0));
    int done = 0;
    for (qint64 id : ids) {
        QString error;
        if (!anonimiseer(id, &error))
            return services::storageFailure<int>(error);
        ++done;
    }
    return Result<int>::success(done);
}

bool Bewaartermijn::anonimiseer(qint64 inwonerId, QString *error)
{
    WriteTransaction tx(ctx_.db);
    if (!tx.isOpen()) {
        *error = tx.error();
        return false;
    }
    const QString pseudonym = services::inwonerPseudonym(ctx_, inwonerId);
    // Ciphertexts are overwritten with a fresh encryption of nothing (columns are NOT NULL),
    // lookup hashes with random values, free text that may name people is emptied. Money
    // figures stay: they are needed for the municipality's accounts and name nobody.
    const QByteArray leeg = ctx_.cipher.encrypt(QByteArray(), "geanonimiseerd");
    const QStringList statements = {
        QStringLiteral("UPDATE inwoners SET voornaam = 'Geanonimiseerd', achternaam = 'Geanonimiseerd', email = NULL,"
                       " telefoon = NULL, bsn_enc = NULL, bsn_hash = NULL, allegro_relatiecode = NULL,"
                       " status = 'geanonimiseerd', geanonimiseerd_at = :t WHERE id = :i"),
        QStringLiteral("UPDATE eigen_rekeningen SET iban_enc = :leeg, iban_hash = 'anoniem-' || CAST(id AS TEXT),"
                       " iban_eind = '----', label = '' WHERE inwoner_id = :i"),
        QStringLiteral("UPDATE beheerrekeningen SET iban_enc = :leeg, iban_eind = '----' WHERE inwoner_id = :i"),
        QStringLiteral("UPDATE transacties SET omschrijving = categorie, tegenpartij = '' WHERE inwoner_id = :i"),
        QStringLiteral("UPDATE verzoeken SET toelichting_inwoner = '' WHERE inwoner_id = :i"),
        QStringLiteral("UPDATE besluiten SET extra_toelichting = '' WHERE verzoek_id IN"
                       " (SELECT id FROM verzoeken WHERE inwoner_id = :i)"),
        QStringLiteral("DELETE FROM meldingen WHERE inwoner_id = :i"),
        // Outbox payloads carry message texts for Allegro's BerichtenBox; long delivered by now.
        QStringLiteral("DELETE FROM outbox WHERE EXISTS (SELECT 1 FROM verzoeken v WHERE v.inwoner_id = :i"
                       " AND outbox.payload_json LIKE '%\"' || v.public_id || '\"%')"),
        QStringLiteral("UPDATE users SET username = 'anoniem-' || CAST(id AS TEXT), display_name = 'Geanonimiseerd',"
                       " email = NULL, telefoon = NULL, password_hash = NULL, totp_secret_enc = NULL, active = 0"
                       " WHERE inwoner_id = :i"),
    };
    for (const QString &statement : statements) {
        Sql q(ctx_.db, statement);
        q.bind(QStringLiteral(":i"), inwonerId);
        if (statement.contains(QLatin1String(":t")))
            q.bind(QStringLiteral(":t"), storage::toDbTime(ctx_.now()));
        if (statement.contains(QLatin1String(":leeg")))
            q.bind(QStringLiteral(":leeg"), leeg);
        if (!q.exec()) {
            *error = q.error();
            return false;
        }
    }
    if (!services::auditInTx(ctx_, Actor::systeem(), audit::actions::InwonerGeanonimiseerd, pseudonym,
                             QStringLiteral("inwoner"), pseudonym, {}, error))
        return false;
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    return true;
}

} // namespace regie::privacy
