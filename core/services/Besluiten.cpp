#include "services/Besluiten.h"

#include "audit/AuditActions.h"
#include "auth/Access.h"
#include "services/Support.h"

#include <QtCore/QCoreApplication>

namespace regie::services {

using storage::Sql;

namespace {

// The context of Opnames::beslis, so both share one translation.
QString tr(const char *text) { return QCoreApplication::translate("Opnames", text); }

Result<BesluitVoorbeeld> invalid(const QString &field, const QString &message)
{
    return Result<BesluitVoorbeeld>::failure(ErrorCode::Invalid, message, {FieldError{field, message}});
}

struct VerzoekKern {
    qint64 id = 0, inwonerId = 0;
    Money bedrag;
    VerzoekStatus status = VerzoekStatus::Concept;
    bool vierOgen = false;
    QString reserveringNaam;
};

std::optional<VerzoekKern> laad(ServiceContext &ctx, const QString &publicId)
{
    Sql q(ctx.db, QStringLiteral("SELECT v.id, v.inwoner_id, v.bedrag_cents, v.status, v.vier_ogen, r.naam"
                                 " FROM verzoeken v JOIN reserveringen r ON r.id = v.reservering_id WHERE v.public_id = :p"));
    q.bind(QStringLiteral(":p"), publicId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return VerzoekKern{q.int64(0), q.int64(1), Money::fromCents(q.int64(2)),
                       verzoekStatusFromCode(q.text(3)).value_or(VerzoekStatus::Concept), q.int64(4) != 0, q.text(5)};
}

} // namespace

QString besluitTitelB1(bool akkoord)
{
    return akkoord ? tr("Je verzoek is goedgekeurd") : tr("Je verzoek is niet goedgekeurd");
}

QString besluitTekstB1(bool akkoord, Money bedrag, const QString &reserveringNaam, const QString &redenTekstB1,
                       const QString &extraToelichting)
{
    const QString extra = extraToelichting.trimmed();
    QString tekst;
    if (akkoord) {
        tekst = tr("Je medewerker heeft ja gezegd tegen je verzoek van %1.").arg(bedrag.formatDutch());
        if (!extra.isEmpty())
            tekst += u' ' + tr("Je medewerker schrijft: %1").arg(extra);
        return tekst;
    }
    tekst = tr("Je medewerker heeft nee gezegd tegen je verzoek van %1.").arg(bedrag.formatDutch()) + u' '
            + redenTekstB1;
    if (!extra.isEmpty())
        tekst += u' ' + tr("Je medewerker schrijft: %1").arg(extra);
    tekst += u' ' + tr("Het geld blijft in je potje %1.").arg(reserveringNaam);
    return tekst;
}

Besluiten::Besluiten(ServiceContext &context) : ctx_(context) {}

Result<QList<RedenView>> Besluiten::redenen(const Actor &actor, const QString &soort)
{
    if (!actor.isStaff())
        return Result<QList<RedenView>>::failure(ErrorCode::Forbidden, QStringLiteral("Geen toegang."));
    if (!soort.isEmpty() && soort != QLatin1String("akkoord") && soort != QLatin1String("weigering"))
        return Result<QList<RedenView>>::failure(ErrorCode::Invalid, QStringLiteral("Onbekende soort."),
                                                 {FieldError{QStringLiteral("soort"), QStringLiteral("Kies akkoord of weigering.")}});
    Sql q(ctx_.db, QStringLiteral("SELECT code, soort, tekst_b1, tekst_medewerker FROM redenen WHERE actief = 1")
                       + (soort.isEmpty() ? QString() : QStringLiteral(" AND soort = :s"))
                       + QStringLiteral(" ORDER BY soort, code LIMIT 1000"));
    if (!soort.isEmpty())
        q.bind(QStringLiteral(":s"), soort);
    if (!q.exec())
        return storageFailure<QList<RedenView>>(q.error());
    QList<RedenView> out;
    while (q.next())
        out.append(RedenView{q.text(0), q.text(1), q.text(2), q.text(3)});
    return Result<QList<RedenView>>::success(out);
}

Result<BesluitVoorbeeld> Besluiten::voorbeeld(const Actor &actor, const QString &publicId, const BesluitInvoer &besluit)
{
    const auto v = laad(ctx_, publicId);
    if (!v || !checkAccess(ctx_, actor, auth::Action::BeslisVerzoek, v->inwonerId, audit::actions::VerzoekBekeken,
                           QStringLiteral("verzoek"), publicId))
        return notFound<BesluitVoorbeeld>();
    if (besluit.extraToelichting.size() > kMaxExtraToelichting)
        return invalid(QStringLiteral("extraToelichting"), QStringLiteral("Toelichting is te lang (max. 1000 tekens)."));
    QString redenTekst;
    if (!besluit.redenCode.isEmpty()) {
        Sql reden(ctx_.db, QStringLiteral("SELECT tekst_b1, soort FROM redenen WHERE code = :c AND actief = 1"));
        reden.bind(QStringLiteral(":c"), besluit.redenCode);
        if (!reden.exec())
            return storageFailure<BesluitVoorbeeld>(reden.error());
        if (!reden.next() || reden.text(1) != (besluit.akkoord ? QLatin1String("akkoord") : QLatin1String("weigering")))
            return invalid(QStringLiteral("redenCode"), QStringLiteral("Kies een reden uit de lijst."));
        redenTekst = reden.text(0);
    } else if (!besluit.akkoord) {
        return invalid(QStringLiteral("redenCode"), QStringLiteral("Een weigering heeft een reden nodig."));
    }
    if (!isWaiting(v->status))
        return Result<BesluitVoorbeeld>::failure(ErrorCode::Conflict, QStringLiteral("Over dit verzoek is al beslist."));
    Sql prior(ctx_.db, QStringLiteral("SELECT medewerker_id FROM besluiten WHERE verzoek_id = :v"));
    prior.bind(QStringLiteral(":v"), v->id);
    if (!prior.exec())
        return storageFailure<BesluitVoorbeeld>(prior.error());
    int stap = 1;
    while (prior.next()) {
        if (prior.int64(0) == actor.userId)
            return Result<BesluitVoorbeeld>::failure(ErrorCode::Conflict,
                                                     QStringLiteral("Voor dit bedrag moet een andere medewerker ook akkoord geven."));
        ++stap;
    }
    BesluitVoorbeeld out;
    out.akkoord = besluit.akkoord;
    out.vierOgenEersteStap = besluit.akkoord && v->vierOgen && stap == 1;
    out.berichtAanInwoner = !out.vierOgenEersteStap;
    out.titel = besluitTitelB1(besluit.akkoord);
    out.tekst = besluitTekstB1(besluit.akkoord, v->bedrag, v->reserveringNaam, redenTekst, besluit.extraToelichting);
    return Result<BesluitVoorbeeld>::success(out);
}

} // namespace regie::services
