#include "integrations/runtime/Bankbestanden.h"

#include "integrations/sepa/Camt053.h"
#include "money/Iban.h"
#include "services/Boekingen.h"
#include "services/Koppelingen.h"

#include <QtCore/QFile>
#include <QtCore/QTimeZone>

namespace regie::integrations {

using services::ErrorCode;
using services::Result;
using storage::Sql;

namespace {

constexpr qint64 kMaxCamtBytes = 20 * 1024 * 1024;
const QString kCamtSoort = QStringLiteral("camt.import");
const QString kPainSoort = QStringLiteral("pain001.export");

bool mayHandleFiles(const Actor &actor) { return actor.role == Role::Beheerder || actor.role == Role::Systeem; }

std::optional<QString> beheerIban(services::ServiceContext &ctx, qint64 inwonerId)
{
    Sql q(ctx.db, QStringLiteral("SELECT iban_enc FROM beheerrekeningen WHERE inwoner_id = :i"));
    q.bind(QStringLiteral(":i"), inwonerId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const auto plain = ctx.cipher.decrypt(q.value(0).toByteArray(), QByteArrayLiteral("beheerrekeningen.iban"));
    const auto iban = plain ? Iban::parse(QString::fromUtf8(*plain)) : std::nullopt;
    if (!iban)
        return std::nullopt;
    return iban->electronic();
}

bool isEigenBetaling(services::ServiceContext &ctx, const sepa::CamtEntry &entry)
{
    if (!entry.amount.isNegative())
        return false;
    const QString referentie = referentieUitSepa(entry.endToEndId());
    if (!referentie.startsWith(QLatin1String("REGIE-")))
        return false;
    Sql q(ctx.db, QStringLiteral("SELECT 1 FROM verzoeken WHERE public_id = :p"));
    q.bind(QStringLiteral(":p"), referentie.mid(6));
    return q.exec() && q.next();
}

} // namespace

QString sepaReferentie(const QString &referentie)
{
    QString out = referentie;
    return out.replace(u'_', u'+');
}

QString referentieUitSepa(const QString &endToEndId)
{
    QString out = endToEndId;
    return out.replace(u'+', u'_');
}

Bankbestanden::Bankbestanden(services::ServiceContext &ctx) : ctx_(ctx) {}

Result<CamtImport> Bankbestanden::importeerCamtBestand(const Actor &actor, qint64 inwonerId, const QString &path)
{
    QFile file(path);
    if (file.size() > kMaxCamtBytes)
        return Result<CamtImport>::failure(ErrorCode::Invalid, QStringLiteral("Het bestand is te groot."));
    if (!file.open(QIODevice::ReadOnly))
        return Result<CamtImport>::failure(ErrorCode::Invalid, QStringLiteral("Het bestand kan niet worden gelezen."));
    return importeerCamt(actor, inwonerId, file.read(kMaxCamtBytes + 1));
}

Result<CamtImport> Bankbestanden::importeerCamt(const Actor &actor, qint64 inwonerId, const QByteArray &xml)
{
    if (!mayHandleFiles(actor))
        return Result<CamtImport>::failure(ErrorCode::Forbidden, QStringLiteral("Geen toegang."));
    services::Koppelingen koppelingen(ctx_);
    const auto refuse = [&](const QString &why) {
        koppelingen.legBankbestandVast(actor, kCamtSoort, inwonerId,
                                       QJsonObject{{QStringLiteral("uitkomst"), QStringLiteral("afgekeurd")},
                                                   {QStringLiteral("reden"), why}});
        return Result<CamtImport>::failure(ErrorCode::Invalid, QStringLiteral("Het bestand is afgekeurd: ") + why);
    };
    const auto own = beheerIban(ctx_, inwonerId);
    if (!own)
        return services::notFound<CamtImport>();
    const sepa::CamtParseResult parsed = sepa::parseCamt053(xml);
    if (!parsed.ok())
        return refuse(parsed.error.message()); // names the check, never data from the file
    for (const sepa::CamtStatement &statement : parsed.document->statements) {
        if (statement.accountIban != *own)
            return refuse(QStringLiteral("het afschrift hoort bij een andere rekening"));
    }
    QStringList keys;
    for (const sepa::CamtStatement &statement : parsed.document->statements) {
        for (const sepa::CamtEntry &entry : statement.entries)
            keys.append(entry.dedupKey);
    }
    const auto known = koppelingen.bekendeExternIds(actor, inwonerId, QStringLiteral("camt"), keys);
    if (!known.ok())
        return Result<CamtImport>::failure(known.error);
    CamtImport result;
    QList<services::BankTransactie> transacties;
    const QList<sepa::CamtEntry> fresh = sepa::newCamtEntries(*parsed.document, *known.value);
    result.alBekend = static_cast<int>(keys.size() - fresh.size());
    for (const sepa::CamtEntry &entry : fresh) {
        if (isEigenBetaling(ctx_, entry)) {
            ++result.eigenBetalingen;
            continue;
        }
        services::BankTransactie t;
        t.datum = entry.bookingDate;
        t.bedrag = entry.amount;
        const QString text = entry.remittance().isEmpty() ? entry.additionalInfo : entry.remittance();
        t.omschrijving = text.left(200);
        t.tegenpartij = entry.counterpartyName().left(100);
        t.categorie = QStringLiteral("camt");
        t.bron = QStringLiteral("camt");
        t.externId = entry.dedupKey;
        transacties.append(t);
    }
    if (!transacties.isEmpty()) {
        // One call, one transaction: the whole file is booked or nothing is.
        const auto booked = services::Boekingen(ctx_).boekTransacties(actor, inwonerId, transacties);
        if (!booked.ok())
            return refuse(booked.error.message.left(200));
        result.geboekt = booked.value->geboekt;
        result.alBekend += booked.value->alBekend;
    }
    koppelingen.legBankbestandVast(actor, kCamtSoort, inwonerId,
                                   QJsonObject{{QStringLiteral("uitkomst"), QStringLiteral("verwerkt")},
                                               {QStringLiteral("geboekt"), result.geboekt},
                                               {QStringLiteral("al_bekend"), result.alBekend},
                                               {QStringLiteral("eigen_betalingen"), result.eigenBetalingen}});
    return Result<CamtImport>::success(result);
}

Result<Pain001Export> Bankbestanden::exporteerPain001(const Actor &actor, const QDate &dag,
                                                      const sepa::Pain001Debtor &gemeente)
{
    if (!mayHandleFiles(actor))
        return Result<Pain001Export>::failure(ErrorCode::Forbidden, QStringLiteral("Geen toegang."));
    if (!dag.isValid())
        return Result<Pain001Export>::failure(ErrorCode::Invalid, QStringLiteral("Kies een dag."));
    const QTimeZone amsterdam("Europe/Amsterdam");
    const QDateTime from = QDateTime(dag, QTime(0, 0), amsterdam).toUTC();
    const QDateTime to = QDateTime(dag.addDays(1), QTime(0, 0), amsterdam).toUTC();
    Sql q(ctx_.db, QStringLiteral(
        "SELECT v.public_id, v.bedrag_cents, e.iban_enc, i.voornaam, i.achternaam, r.naam FROM verzoeken v"
        " JOIN eigen_rekeningen e ON e.id = v.eigen_rekening_id JOIN inwoners i ON i.id = v.inwoner_id"
        " JOIN reserveringen r ON r.id = v.reservering_id"
        " WHERE v.status = 'uitgevoerd' AND v.afgerond_at >= :from AND v.afgerond_at < :to ORDER BY v.id LIMIT :n"));
    q.bind(QStringLiteral(":from"), storage::toDbTime(from))
        .bind(QStringLiteral(":to"), storage::toDbTime(to))
        .bind(QStringLiteral(":n"), static_cast<qint64>(sepa::kMaxPaymentsPerFile));
    if (!q.exec())
        return services::storageFailure<Pain001Export>(q.error());
    sepa::Pain001Batch batch;
    batch.debtor = gemeente;
    batch.requestedExecutionDate = dag;
    while (q.next()) {
        const auto plain = ctx_.cipher.decrypt(q.value(2).toByteArray(), QByteArrayLiteral("eigen_rekeningen.iban"));
        if (!plain)
            return services::storageFailure<Pain001Export>(QStringLiteral("eigen rekening niet leesbaar"));
        sepa::Pain001Payment payment;
        payment.endToEndId = sepaReferentie(QStringLiteral("REGIE-") + q.text(0));
        payment.amount = Money::fromCents(q.int64(1));
        payment.creditorName = q.text(3) + u' ' + q.text(4);
        payment.creditorIban = QString::fromUtf8(*plain);
        payment.remittance = QStringLiteral("Opname ") + q.text(5).left(100);
        batch.payments.append(payment);
    }
    if (batch.payments.isEmpty())
        return Result<Pain001Export>::failure(ErrorCode::NotFound, QStringLiteral("Geen uitgevoerde opnames op deze dag."));
    const sepa::Pain001Result file = sepa::writePain001(batch);
    if (!file.ok())
        return Result<Pain001Export>::failure(ErrorCode::Invalid, file.errorText());
    services::Koppelingen(ctx_).legBankbestandVast(
        actor, kPainSoort, std::nullopt,
        QJsonObject{{QStringLiteral("dag"), dag.toString(Qt::ISODate)},
                    {QStringLiteral("betalingen"), static_cast<qint64>(file.numberOfTransactions)},
                    {QStringLiteral("totaal_cents"), file.controlSum.cents()}});
    return Result<Pain001Export>::success(
        Pain001Export{file.xml, static_cast<int>(file.numberOfTransactions), file.controlSum, file.messageId});
}

} // namespace regie::integrations
