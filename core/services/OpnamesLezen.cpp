// Read side of the withdrawal workflow: one query shape for a single request, an inwoner's
// list and the medewerker's queue, filtered by access in SQL so another inwoner's rows are
// never loaded.

#include "services/Opnames.h"

#include "audit/AuditActions.h"
#include "auth/Access.h"
#include "calendar/DatumTekst.h"
#include "calendar/WerkdagKalender.h"
#include "services/Support.h"
#include "services/UnitOfWork.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonDocument>

namespace regie::services {

using storage::Sql;

namespace {

const QString kViewSelect = QStringLiteral(
    "SELECT v.id, v.public_id, v.inwoner_id, i.public_id AS pseudonym, i.voornaam, i.achternaam,"
    " v.reservering_id, r.naam AS reservering_naam, v.bedrag_cents, v.toelichting_inwoner, e.iban_eind,"
    " v.status, v.beoordeling_json, v.vier_ogen, v.created_at, v.verstuurd_at, v.afgerond_at,"
    " v.verwachte_bijschrijving, v.gesignaleerd_at, v.zaak_url, t.naam AS team_naam, t.telefoon, t.email"
    " FROM verzoeken v JOIN inwoners i ON i.id = v.inwoner_id JOIN reserveringen r ON r.id = v.reservering_id"
    " JOIN eigen_rekeningen e ON e.id = v.eigen_rekening_id JOIN teams t ON t.id = i.team_id");

QDateTime optionalTime(Sql &q, const QString &column)
{
    return q.isNull(column) ? QDateTime() : storage::fromDbTime(q.text(column));
}

VerzoekView readView(Sql &q, bool staff)
{
    VerzoekView v;
    v.id = q.int64(QStringLiteral("id"));
    v.publicId = q.text(QStringLiteral("public_id"));
    v.inwonerId = q.int64(QStringLiteral("inwoner_id"));
    v.inwonerPseudonym = q.text(QStringLiteral("pseudonym"));
    if (staff)
        v.inwonerNaam = q.text(QStringLiteral("voornaam")) + u' ' + q.text(QStringLiteral("achternaam"));
    v.reserveringId = q.int64(QStringLiteral("reservering_id"));
    v.reserveringNaam = q.text(QStringLiteral("reservering_naam"));
    v.bedrag = Money::fromCents(q.int64(QStringLiteral("bedrag_cents")));
    v.toelichting = q.text(QStringLiteral("toelichting_inwoner"));
    v.rekeningEind = q.text(QStringLiteral("iban_eind"));
    v.status = verzoekStatusFromCode(q.text(QStringLiteral("status"))).value_or(VerzoekStatus::Concept);
    const auto json = QJsonDocument::fromJson(q.text(QStringLiteral("beoordeling_json")).toUtf8()).object();
    if (const auto b = rules::Beoordeling::fromJson(json))
        v.beoordeling = *b;
    v.vierOgen = q.int64(QStringLiteral("vier_ogen")) != 0;
    v.aangemaakt = optionalTime(q, QStringLiteral("created_at"));
    v.verstuurd = optionalTime(q, QStringLiteral("verstuurd_at"));
    v.afgerond = optionalTime(q, QStringLiteral("afgerond_at"));
    if (!q.isNull(QStringLiteral("verwachte_bijschrijving"))) {
        v.verwachteBijschrijving = storage::fromDbDate(q.text(QStringLiteral("verwachte_bijschrijving")));
        v.bijschrijvingTekst = QCoreApplication::translate("Opnames", "Het geld staat uiterlijk %1 op je rekening.")
                                   .arg(calendar::formatDatumB1(*v.verwachteBijschrijving, QDate::currentDate()));
    }
    v.gesignaleerd = !q.isNull(QStringLiteral("gesignaleerd_at"));
    v.zaakUrl = q.text(QStringLiteral("zaak_url"));
    v.contact = Contact{q.text(QStringLiteral("team_naam")), q.text(QStringLiteral("telefoon")), q.text(QStringLiteral("email"))};
    return v;
}

void loadBesluiten(ServiceContext &ctx, VerzoekView &view)
{
    Sql q(ctx.db, QStringLiteral(
        "SELECT b.besluit, b.reden_code, r.tekst_b1, b.extra_toelichting, b.stap, b.created_at, u.display_name"
        " FROM besluiten b JOIN users u ON u.id = b.medewerker_id"
        " LEFT JOIN reden_versies r ON r.code = b.reden_code AND r.versie = b.reden_versie"
        " WHERE b.verzoek_id = :v ORDER BY b.stap"));
    q.bind(QStringLiteral(":v"), view.id);
    if (!q.exec())
        return;
    while (q.next()) {
        view.besluiten.append(BesluitView{q.text(6), q.text(0) == QLatin1String("akkoord"), q.text(1), q.text(2),
                                          q.text(3), static_cast<int>(q.int64(4)), storage::fromDbTime(q.text(5))});
    }
}

void bindActor(Sql &q, const Actor &actor)
{
    q.bind(QStringLiteral(":actor"), actor.userId)
        .bind(QStringLiteral(":actor_inwoner"), actor.inwonerId)
        .bind(QStringLiteral(":team"), actor.teamId);
}

} // namespace

Result<VerzoekView> Opnames::bekijk(const Actor &actor, const QString &publicId)
{
    std::optional<VerzoekView> found;
    {
        // Scoped: the statement must be finished before the audit write below. An open
        // SELECT keeps a SQLite read snapshot, and upgrading that to a write fails at once
        // (SQLITE_BUSY_SNAPSHOT) when another connection committed meanwhile.
        Sql q(ctx_.db, kViewSelect + QStringLiteral(" WHERE v.public_id = :p AND v.inwoner_id IN (")
                           + auth::leesbareInwonersSql(actor) + u')');
        q.bind(QStringLiteral(":p"), publicId);
        bindActor(q, actor);
        if (!q.exec())
            return storageFailure<VerzoekView>(q.error());
        if (q.next())
            found = readView(q, actor.isStaff());
    }
    if (!found) {
        auditDenied(ctx_, actor, audit::actions::VerzoekBekeken, QString(), QStringLiteral("verzoek"), QString());
        return notFound<VerzoekView>();
    }
    VerzoekView view = *found;
    loadBesluiten(ctx_, view);
    if (actor.role != Role::Inwoner) {
        // Staff and ketenpartners reading a request is inzage: no trail, no read.
        const auto logged = UnitOfWork(ctx_).record(actor, audit::actions::VerzoekBekeken, view.inwonerPseudonym,
                                                    QStringLiteral("verzoek"), publicId);
        if (!logged.ok())
            return Result<VerzoekView>::from(logged);
    }
    return Result<VerzoekView>::success(view);
}

Result<QList<VerzoekView>> Opnames::vanInwoner(const Actor &actor, qint64 inwonerId, int limit)
{
    if (!checkAccess(ctx_, actor, auth::Action::LeesDossier, inwonerId, audit::actions::DossierBekeken,
                     QStringLiteral("verzoeken"), QString()))
        return notFound<QList<VerzoekView>>();
    Sql q(ctx_.db, kViewSelect + QStringLiteral(" WHERE v.inwoner_id = :i AND v.status <> 'concept'"
                                                " ORDER BY v.created_at DESC, v.id DESC LIMIT :n"));
    q.bind(QStringLiteral(":i"), inwonerId).bind(QStringLiteral(":n"), qBound(1, limit, 1000));
    if (!q.exec())
        return storageFailure<QList<VerzoekView>>(q.error());
    QList<VerzoekView> out;
    while (q.next())
        out.append(readView(q, actor.isStaff()));
    for (VerzoekView &v : out)
        loadBesluiten(ctx_, v);
    return Result<QList<VerzoekView>>::success(out);
}

Result<QList<VerzoekView>> Opnames::werkvoorraad(const Actor &actor, const WerkvoorraadFilter &filter)
{
    if (!auth::magWerkvoorraadZien(actor))
        return Result<QList<VerzoekView>>::failure(ErrorCode::Forbidden, QStringLiteral("Geen toegang tot de werkvoorraad."));
    QStringList statuses;
    for (VerzoekStatus s : filter.statussen)
        statuses.append(u'\'' + toCode(s) + u'\''); // codes are our own constants, never input
    if (statuses.isEmpty())
        statuses.append(QStringLiteral("'wacht_op_akkoord'"));
    QString where = QStringLiteral(" WHERE v.status IN (") + statuses.join(u',')
                    + QStringLiteral(") AND v.inwoner_id IN (") + auth::leesbareInwonersSql(actor) + u')';
    if (filter.inwonerId)
        where += QStringLiteral(" AND v.inwoner_id = :only");
    Sql q(ctx_.db, kViewSelect + where + QStringLiteral(" ORDER BY v.verstuurd_at, v.id LIMIT :n OFFSET :o"));
    bindActor(q, actor);
    if (filter.inwonerId)
        q.bind(QStringLiteral(":only"), *filter.inwonerId);
    q.bind(QStringLiteral(":n"), qBound(1, filter.limit, 10000)).bind(QStringLiteral(":o"), qMax(0, filter.offset));
    if (!q.exec())
        return storageFailure<QList<VerzoekView>>(q.error());
    QList<VerzoekView> out;
    while (q.next())
        out.append(readView(q, true));
    return Result<QList<VerzoekView>>::success(out);
}

} // namespace regie::services
