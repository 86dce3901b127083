#include "services/AvgExport.h"

#include "audit/AuditActions.h"
#include "audit/AuditLog.h"
#include "auth/Access.h"
#include "services/Persoonsgegevens.h"
#include "services/Support.h"
#include "services/UnitOfWork.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtSql/QSqlRecord>

#include <optional>

namespace regie::services {

using storage::Sql;

namespace {

constexpr int kMaxRowsPerSection = 100000; // bounds one export; a dossier is far smaller
constexpr int kMaxLogboekEvents = 10000;

// One section of the export: every row of a query as an object, column names as keys.
// Lookup hashes (_hash) are internal and left out; a ciphertext column (_enc) is replaced by
// its plaintext under the name without the suffix (bsn_enc -> bsn), decrypted as `veld`.
QJsonArray rows(ServiceContext &ctx, const QString &sql, qint64 inwonerId,
                std::optional<VersleuteldVeld> veld = std::nullopt)
{
    QJsonArray out;
    Sql q(ctx.db, sql);
    q.bind(QStringLiteral(":i"), inwonerId);
    if (!q.exec())
        return out;
    const Persoonsgegevens persoonsgegevens(ctx.cipher);
    int count = 0;
    while (q.next() && count++ < kMaxRowsPerSection) {
        const QSqlRecord record = q.raw().record();
        QJsonObject row;
        for (int c = 0; c < record.count(); ++c) {
            const QString name = record.fieldName(c);
            const QVariant v = q.value(c);
            if (name.endsWith(QLatin1String("_enc"))) {
                if (veld && !v.isNull())
                    row.insert(name.chopped(4), persoonsgegevens.tekst(*veld, v).value_or(QString()));
                continue;
            }
            if (name.endsWith(QLatin1String("_hash")))
                continue;
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

// The sections that are one query each, in the order of the document.
void voegSectiesToe(ServiceContext &ctx, qint64 inwonerId, QJsonObject &doc)
{
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
                      " LEFT JOIN reden_versies r ON r.code = b.reden_code AND r.versie = b.reden_versie"
                      " WHERE v.inwoner_id = :i ORDER BY b.id"},
        {"berichten", "SELECT id, soort, titel, tekst, created_at, gelezen_at FROM meldingen WHERE inwoner_id = :i ORDER BY id"},
        {"toestemmingen", "SELECT t.id, u.display_name AS ketenpartner, u.organisatie, t.verleend_at, t.ingetrokken_at"
                          " FROM toestemmingen t JOIN users u ON u.id = t.ketenpartner_id WHERE t.inwoner_id = :i ORDER BY t.id"},
        {"account", "SELECT id, username, role, created_at, active FROM users WHERE inwoner_id = :i"},
        {"medewerkers", "SELECT u.display_name, u.role, c.sinds FROM caseload c JOIN users u ON u.id = c.medewerker_id"
                        " WHERE c.inwoner_id = :i"},
    };
    for (const auto &[name, sql] : sections)
        doc.insert(QLatin1String(name), rows(ctx, QString::fromLatin1(sql), inwonerId));
}

// Who looked at or changed their data: the audit events about them (by pseudonym).
QJsonArray logboek(ServiceContext &ctx, const QString &pseudonym)
{
    audit::Filter filter;
    filter.subject = pseudonym;
    filter.limit = kMaxLogboekEvents;
    QJsonArray trail;
    for (const audit::AuditEvent &e : audit::AuditLog::query(ctx.db, filter)) {
        trail.append(QJsonObject{{QStringLiteral("moment"), storage::toDbTime(e.at)},
                                 {QStringLiteral("rol"), toCode(e.actorRole)},
                                 {QStringLiteral("actie"), e.action},
                                 {QStringLiteral("uitkomst"), e.outcome}});
    }
    return trail;
}

} // namespace

Result<QJsonDocument> AvgExport::exporteer(const Actor &actor, qint64 inwonerId)
{
    if (!checkAccess(ctx_, actor, auth::Action::ExporteerGegevens, inwonerId, audit::actions::ExportGegevens,
                     QStringLiteral("inwoner"), QString()))
        return notFound<QJsonDocument>();
    // Audited before reading: no trail, no export; and no statement is open yet (see
    // services::Dossier: an open SELECT's snapshot cannot be upgraded to the audit write).
    const QString subject = inwonerPseudonym(ctx_, inwonerId);
    const Result<bool> audited =
        UnitOfWork(ctx_).record(actor, audit::actions::ExportGegevens, subject, QStringLiteral("inwoner"), subject);
    if (!audited.ok())
        return Result<QJsonDocument>::failure(audited.error);

    const QJsonArray person = rows(ctx_, QStringLiteral("SELECT * FROM inwoners WHERE id = :i"), inwonerId,
                                   VersleuteldVeld::InwonerBsn);
    if (person.isEmpty())
        return notFound<QJsonDocument>();
    const QJsonObject inwoner = person.first().toObject();
    QJsonObject doc;
    doc.insert(QStringLiteral("toelichting"),
               QStringLiteral("Dit zijn alle gegevens die Regie over jou heeft. Bedragen staan in centen."));
    doc.insert(QStringLiteral("gemaakt_op"), storage::toDbTime(ctx_.now()));
    doc.insert(QStringLiteral("inwoner"), inwoner);
    doc.insert(QStringLiteral("eigen_rekeningen"),
               rows(ctx_, QStringLiteral("SELECT * FROM eigen_rekeningen WHERE inwoner_id = :i ORDER BY id"), inwonerId,
                    VersleuteldVeld::EigenRekeningIban));
    doc.insert(QStringLiteral("beheerrekening"),
               rows(ctx_, QStringLiteral("SELECT * FROM beheerrekeningen WHERE inwoner_id = :i"), inwonerId,
                    VersleuteldVeld::BeheerrekeningIban));
    voegSectiesToe(ctx_, inwonerId, doc);
    doc.insert(QStringLiteral("logboek"), logboek(ctx_, inwoner.value(QStringLiteral("public_id")).toString()));
    return Result<QJsonDocument>::success(QJsonDocument(doc));
}

} // namespace regie::services
