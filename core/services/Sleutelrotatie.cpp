#include "services/Sleutelrotatie.h"

#include "audit/AuditActions.h"
#include "services/Support.h"
#include "services/UnitOfWork.h"

#include <QtCore/QJsonObject>

namespace regie::services {

using storage::Sql;

// One encrypted column: where it is, the associated data it was encrypted with and the
// look-up hash beside it (empty: none).
struct Sleutelrotatie::Veld {
    QString table, id, column, associated, hashColumn, hashPurpose;
};

namespace {

// Written by Bewaartermijn for anonymised accounts: an empty value under its own label.
const QByteArray kGeanonimiseerd = QByteArrayLiteral("geanonimiseerd");

} // namespace

Result<Rotatieverslag> Sleutelrotatie::herversleutel(const Actor &actor)
{
    if (!magInrichten(actor))
        return forbidden<Rotatieverslag>();
    const QList<Veld> velden{
        {QStringLiteral("inwoners"), QStringLiteral("id"), QStringLiteral("bsn_enc"), QStringLiteral("inwoners.bsn"),
         QStringLiteral("bsn_hash"), QStringLiteral("inwoners.bsn")},
        {QStringLiteral("eigen_rekeningen"), QStringLiteral("id"), QStringLiteral("iban_enc"),
         QStringLiteral("eigen_rekeningen.iban"), QStringLiteral("iban_hash"), QStringLiteral("iban")},
        {QStringLiteral("beheerrekeningen"), QStringLiteral("inwoner_id"), QStringLiteral("iban_enc"),
         QStringLiteral("beheerrekeningen.iban"), QString(), QString()},
        {QStringLiteral("users"), QStringLiteral("id"), QStringLiteral("totp_secret_enc"), QStringLiteral("users.totp_secret"),
         QString(), QString()},
    };
    Rotatieverslag verslag;
    verslag.sleutel = ctx_.cipher.currentKeyId();
    for (const Veld &veld : velden) {
        qint64 vanaf = 0;
        bool klaar = false;
        while (!klaar) {
            const Result<bool> r = batch(actor, veld, &vanaf, &klaar, &verslag);
            if (!r.ok())
                return Result<Rotatieverslag>::from(r);
        }
    }
    return Result<Rotatieverslag>::success(verslag);
}

Result<bool> Sleutelrotatie::batch(const Actor &actor, const Veld &veld, qint64 *vanafId, bool *klaar,
                                   Rotatieverslag *verslag)
{
    const crypto::FieldCipher &cipher = ctx_.cipher;
    Rotatieverslag deze;
    const Result<bool> r = UnitOfWork(ctx_).run<bool>(actor, [&](Change &c) -> Result<bool> {
        Sql rows(c.db(), QStringLiteral("SELECT %1, %2 FROM %3 WHERE %2 IS NOT NULL AND %1 > :v ORDER BY %1 LIMIT %4")
                             .arg(veld.id, veld.column, veld.table)
                             .arg(kBatch));
        rows.bind(QStringLiteral(":v"), *vanafId);
        if (!rows.exec())
            return storageFailure<bool>(rows.error());
        int gelezen = 0;
        while (rows.next()) {
            ++gelezen;
            *vanafId = rows.int64(0);
            const QByteArray oud = rows.value(1).toByteArray();
            if (crypto::FieldCipher::keyIdOf(oud) == cipher.currentKeyId()) {
                ++deze.alActueel;
                continue;
            }
            QByteArray label = veld.associated.toUtf8();
            std::optional<QByteArray> klare = cipher.decrypt(oud, label);
            if (!klare) {
                label = kGeanonimiseerd;
                klare = cipher.decrypt(oud, label);
            }
            if (!klare) {
                ++deze.onleesbaar;
                continue;
            }
            const bool metHash = !veld.hashColumn.isEmpty() && label != kGeanonimiseerd;
            Sql update(c.db(), QStringLiteral("UPDATE %1 SET %2 = :e%3 WHERE %4 = :id")
                                   .arg(veld.table, veld.column,
                                        metHash ? QStringLiteral(", %1 = :h").arg(veld.hashColumn) : QString(), veld.id));
            update.bind(QStringLiteral(":e"), cipher.encrypt(*klare, label)).bind(QStringLiteral(":id"), *vanafId);
            if (metHash)
                update.bind(QStringLiteral(":h"), cipher.lookupHash(QString::fromUtf8(*klare), veld.hashPurpose));
            if (!update.exec())
                return storageFailure<bool>(update.error());
            ++deze.herversleuteld;
        }
        *klaar = gelezen < kBatch;
        if (deze.herversleuteld > 0 || deze.onleesbaar > 0)
            c.audit(audit::actions::SleutelGeroteerd, QString(), QStringLiteral("sleutel"), QString::number(cipher.currentKeyId()),
                    QJsonObject{{QStringLiteral("veld"), QString(veld.table + QLatin1Char('.') + veld.column)},
                                {QStringLiteral("herversleuteld"), deze.herversleuteld},
                                {QStringLiteral("onleesbaar"), deze.onleesbaar}});
        return Result<bool>::success(true);
    });
    if (r.ok()) {
        verslag->herversleuteld += deze.herversleuteld;
        verslag->alActueel += deze.alActueel;
        verslag->onleesbaar += deze.onleesbaar;
    }
    return r;
}

} // namespace regie::services
