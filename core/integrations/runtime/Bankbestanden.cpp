#include "integrations/runtime/Bankbestanden.h"

#include "calendar/AmsterdamTijd.h"
#include "integrations/sepa/Camt053.h"
#include "services/Boekingen.h"
#include "services/KoppelingGegevens.h"
#include "services/Koppelingen.h"

#include <QtCore/QFile>
#include <QtCore/QTimeZone>

namespace regie::integrations {

using services::ErrorCode;
using services::Result;

namespace {

constexpr qint64 kMaxCamtBytes = 20 * 1024 * 1024;
const QString kCamtSoort = QStringLiteral("camt.import");
const QString kPainSoort = QStringLiteral("pain001.export");

bool mayHandleFiles(const Actor &actor) { return actor.role == Role::Beheerder || actor.role == Role::Systeem; }

// A debit carrying "REGIE-<publicId>" of an existing request is Regie's own payout, already
// in the ledger. A failed look-up counts as not ours.
bool isEigenBetaling(services::ServiceContext &ctx, const Actor &actor, const sepa::CamtEntry &entry)
{
    if (!entry.amount.isNegative())
        return false;
    const QString referentie = referentieUitSepa(entry.endToEndId());
    if (!referentie.startsWith(QLatin1String("REGIE-")))
        return false;
    const auto eigen = services::KoppelingGegevens(ctx).isEigenBetaling(actor, referentie.mid(6));
    return eigen.ok() && *eigen.value;
}

// The moment a day begins on the wall clock in Utrecht.
QDateTime begintInAmsterdam(const QDate &dag)
{
    return QDateTime::fromMSecsSinceEpoch(calendar::amsterdamMiddernachtUtcMsecs(dag), QTimeZone::utc());
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
    const auto own = services::KoppelingGegevens(ctx_).beheerIban(actor, inwonerId);
    if (!own.ok())
        return services::notFound<CamtImport>();
    const sepa::CamtParseResult parsed = sepa::parseCamt053(xml);
    if (!parsed.ok())
        return refuse(parsed.error.message()); // names the check, never data from the file
    for (const sepa::CamtStatement &statement : parsed.document->statements) {
        if (statement.accountIban != own.value->electronic())
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
        if (isEigenBetaling(ctx_, actor, entry)) {
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
    const auto opnames = services::KoppelingGegevens(ctx_).uitgevoerdeOpnames(
        actor, begintInAmsterdam(dag), begintInAmsterdam(dag.addDays(1)), static_cast<int>(sepa::kMaxPaymentsPerFile));
    if (!opnames.ok())
        return Result<Pain001Export>::failure(opnames.error);
    sepa::Pain001Batch batch;
    batch.debtor = gemeente;
    batch.requestedExecutionDate = dag;
    for (const services::UitgevoerdeOpname &opname : *opnames.value) {
        sepa::Pain001Payment payment;
        payment.endToEndId = sepaReferentie(QStringLiteral("REGIE-") + opname.publicId);
        payment.amount = opname.bedrag;
        payment.creditorName = opname.voornaam + u' ' + opname.achternaam;
        payment.creditorIban = opname.iban.electronic();
        payment.remittance = QStringLiteral("Opname ") + opname.reservering.left(100);
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
