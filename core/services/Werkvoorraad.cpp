#include "services/Werkvoorraad.h"

#include "auth/Access.h"
#include "services/Support.h"

#include <QtCore/QMap>

namespace regie::services {

using storage::Sql;

namespace {

constexpr int kMaxZoekChars = 100;
constexpr int kMaxRapportRegels = 100000; // decisions read for one report

void bindActor(Sql &q, const Actor &actor)
{
    q.bind(QStringLiteral(":actor"), actor.userId)
        .bind(QStringLiteral(":actor_inwoner"), actor.inwonerId)
        .bind(QStringLiteral(":team"), actor.teamId);
}

QString likePattern(const QString &text)
{
    QString escaped = text.trimmed().left(kMaxZoekChars).toLower();
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

QString orderBy(WerkvoorraadSortering s)
{
    switch (s) {
    case WerkvoorraadSortering::Oudste:
        return QStringLiteral(" ORDER BY v.verstuurd_at, v.id");
    case WerkvoorraadSortering::Nieuwste:
        return QStringLiteral(" ORDER BY v.verstuurd_at DESC, v.id DESC");
    case WerkvoorraadSortering::BedragHoog:
        return QStringLiteral(" ORDER BY v.bedrag_cents DESC, v.verstuurd_at, v.id");
    case WerkvoorraadSortering::BedragLaag:
        return QStringLiteral(" ORDER BY v.bedrag_cents, v.verstuurd_at, v.id");
    case WerkvoorraadSortering::Reservering:
        return QStringLiteral(" ORDER BY LOWER(r.naam), v.verstuurd_at, v.id");
    case WerkvoorraadSortering::Inwoner:
        return QStringLiteral(" ORDER BY i.public_id, v.verstuurd_at, v.id");
    }
    return QStringLiteral(" ORDER BY v.verstuurd_at, v.id");
}

const QString kRegelSelect = QStringLiteral(
    "SELECT v.public_id, i.public_id, i.voornaam, i.achternaam, v.reservering_id, r.naam, v.bedrag_cents,"
    " v.status, v.uitkomst, v.verstuurd_at, v.vier_ogen, v.gesignaleerd_at, t.doel_behandeltijd_uren,"
    " b.medewerker_id, u.display_name");
const QString kRegelFrom = QStringLiteral(
    " FROM verzoeken v JOIN inwoners i ON i.id = v.inwoner_id JOIN reserveringen r ON r.id = v.reservering_id"
    " JOIN teams t ON t.id = i.team_id"
    " LEFT JOIN besluiten b ON b.verzoek_id = v.id AND b.stap = 1 AND b.besluit = 'akkoord'"
    " LEFT JOIN users u ON u.id = b.medewerker_id");

WerkvoorraadRegel readRegel(Sql &q, const QDateTime &now)
{
    WerkvoorraadRegel r;
    r.publicId = q.text(0);
    r.inwonerPseudonym = q.text(1);
    r.inwonerNaam = q.text(2) + u' ' + q.text(3);
    r.reserveringId = q.int64(4);
    r.reserveringNaam = q.text(5);
    r.bedrag = Money::fromCents(q.int64(6));
    r.status = verzoekStatusFromCode(q.text(7)).value_or(VerzoekStatus::WachtOpAkkoord);
    r.uitkomst = q.text(8);
    r.verstuurd = q.isNull(9) ? QDateTime() : storage::fromDbTime(q.text(9));
    r.wachtMinuten = r.verstuurd.isValid() ? qMax<qint64>(0, r.verstuurd.secsTo(now) / 60) : 0;
    r.vierOgen = q.int64(10) != 0;
    r.gesignaleerd = !q.isNull(11);
    r.doelUren = static_cast<int>(q.int64(12));
    if (!q.isNull(13)) {
        r.eersteAkkoordDoor = q.int64(13);
        r.eersteAkkoordNaam = q.text(14);
    }
    return r;
}

} // namespace

QString toCode(WerkvoorraadSortering sortering)
{
    switch (sortering) {
    case WerkvoorraadSortering::Oudste:
        return QStringLiteral("verstuurd");
    case WerkvoorraadSortering::Nieuwste:
        return QStringLiteral("-verstuurd");
    case WerkvoorraadSortering::BedragHoog:
        return QStringLiteral("-bedrag");
    case WerkvoorraadSortering::BedragLaag:
        return QStringLiteral("bedrag");
    case WerkvoorraadSortering::Reservering:
        return QStringLiteral("reservering");
    case WerkvoorraadSortering::Inwoner:
        return QStringLiteral("inwoner");
    }
    return {};
}

std::optional<WerkvoorraadSortering> werkvoorraadSorteringFromCode(QStringView code)
{
    for (auto s : {WerkvoorraadSortering::Oudste, WerkvoorraadSortering::Nieuwste, WerkvoorraadSortering::BedragHoog,
                   WerkvoorraadSortering::BedragLaag, WerkvoorraadSortering::Reservering, WerkvoorraadSortering::Inwoner}) {
        if (code == toCode(s))
            return s;
    }
    return std::nullopt;
}

Werkvoorraad::Werkvoorraad(ServiceContext &context) : ctx_(context) {}

Result<WerkvoorraadPagina> Werkvoorraad::lijst(const Actor &actor, const WerkvoorraadVraag &vraag)
{
    if (!auth::magWerkvoorraadZien(actor))
        return forbidden<WerkvoorraadPagina>(QStringLiteral("Geen toegang tot de werkvoorraad."));
    if (vraag.statussen.size() > WerkvoorraadVraag::kMaxStatussen)
        return Result<WerkvoorraadPagina>::failure(ErrorCode::Invalid, QStringLiteral("Te veel statussen."),
                                                   {FieldError{QStringLiteral("status"), QStringLiteral("Te veel statussen.")}});
    QStringList statuses;
    for (VerzoekStatus s : vraag.statussen)
        statuses.append(u'\'' + regie::toCode(s) + u'\''); // our own constants, never input
    if (statuses.isEmpty())
        statuses.append(QStringLiteral("'wacht_op_akkoord'"));
    QString where = QStringLiteral(" WHERE v.status IN (") + statuses.join(u',')
                    + QStringLiteral(") AND v.inwoner_id IN (") + auth::leesbareInwonersSql(actor) + u')';
    if (vraag.medewerkerId)
        where += QStringLiteral(" AND EXISTS (SELECT 1 FROM caseload c WHERE c.inwoner_id = v.inwoner_id"
                                " AND c.medewerker_id = :mw)");
    const bool zoekReservering = !vraag.reservering.trimmed().isEmpty();
    if (zoekReservering)
        where += QStringLiteral(" AND LOWER(r.naam) LIKE :res ESCAPE '\\'");
    if (vraag.minimumWachtUren)
        where += QStringLiteral(" AND v.verstuurd_at <= :voor");
    if (vraag.inwonerId)
        where += QStringLiteral(" AND v.inwoner_id = :only");
    const QDateTime now = ctx_.now();
    auto bindAll = [&](Sql &q) {
        bindActor(q, actor);
        if (vraag.medewerkerId)
            q.bind(QStringLiteral(":mw"), *vraag.medewerkerId);
        if (zoekReservering)
            q.bind(QStringLiteral(":res"), likePattern(vraag.reservering));
        if (vraag.minimumWachtUren)
            q.bind(QStringLiteral(":voor"), storage::toDbTime(now.addSecs(-qint64(qMax(0, *vraag.minimumWachtUren)) * 3600)));
        if (vraag.inwonerId)
            q.bind(QStringLiteral(":only"), *vraag.inwonerId);
    };
    Sql count(ctx_.db, QStringLiteral("SELECT COUNT(*)") + kRegelFrom + where);
    bindAll(count);
    if (!count.exec() || !count.next())
        return storageFailure<WerkvoorraadPagina>(count.error());
    WerkvoorraadPagina pagina;
    pagina.totaal = static_cast<int>(count.int64(0));
    Sql q(ctx_.db, kRegelSelect + kRegelFrom + where + orderBy(vraag.sortering) + QStringLiteral(" LIMIT :n OFFSET :o"));
    bindAll(q);
    q.bind(QStringLiteral(":n"), qBound(1, vraag.limit, WerkvoorraadVraag::kMaxLimit))
        .bind(QStringLiteral(":o"), qMax(0, vraag.offset));
    if (!q.exec())
        return storageFailure<WerkvoorraadPagina>(q.error());
    while (q.next())
        pagina.regels.append(readRegel(q, now));
    return Result<WerkvoorraadPagina>::success(pagina);
}

Result<InwonerPagina> Werkvoorraad::inwoners(const Actor &actor, const InwonerVraag &vraag)
{
    if (!auth::magWerkvoorraadZien(actor))
        return forbidden<InwonerPagina>(QStringLiteral("Geen toegang tot inwoners."));
    QString where = QStringLiteral(" WHERE i.status <> 'geanonimiseerd' AND i.id IN (") + auth::leesbareInwonersSql(actor) + u')';
    const bool zoek = !vraag.zoek.trimmed().isEmpty();
    if (zoek)
        where += QStringLiteral(" AND (LOWER(i.voornaam || ' ' || i.achternaam) LIKE :z ESCAPE '\\' OR LOWER(i.public_id) LIKE :z ESCAPE '\\')");
    auto bindAll = [&](Sql &q) {
        bindActor(q, actor);
        if (zoek)
            q.bind(QStringLiteral(":z"), likePattern(vraag.zoek));
    };
    Sql count(ctx_.db, QStringLiteral("SELECT COUNT(*) FROM inwoners i") + where);
    bindAll(count);
    if (!count.exec() || !count.next())
        return storageFailure<InwonerPagina>(count.error());
    InwonerPagina pagina;
    pagina.totaal = static_cast<int>(count.int64(0));
    Sql q(ctx_.db, QStringLiteral(
        "SELECT i.public_id, i.voornaam, i.achternaam, i.vorm_code, t.naam, i.status,"
        " (SELECT COUNT(*) FROM verzoeken v WHERE v.inwoner_id = i.id"
        "   AND v.status IN ('wacht_op_akkoord', 'wacht_op_tweede_akkoord'))"
        " FROM inwoners i JOIN teams t ON t.id = i.team_id") + where
                       + QStringLiteral(" ORDER BY i.achternaam, i.voornaam, i.id LIMIT :n OFFSET :o"));
    bindAll(q);
    q.bind(QStringLiteral(":n"), qBound(1, vraag.limit, 1000)).bind(QStringLiteral(":o"), qMax(0, vraag.offset));
    if (!q.exec())
        return storageFailure<InwonerPagina>(q.error());
    while (q.next())
        pagina.inwoners.append(InwonerRegel{q.text(0), q.text(1) + u' ' + q.text(2), q.text(3), q.text(4), q.text(5),
                                            static_cast<int>(q.int64(6))});
    return Result<InwonerPagina>::success(pagina);
}

Result<qint64> Werkvoorraad::inwonerId(const Actor &actor, const QString &pseudonym)
{
    if (pseudonym.isEmpty() || pseudonym.size() > 64)
        return notFound<qint64>();
    Sql q(ctx_.db, QStringLiteral("SELECT id FROM inwoners WHERE public_id = :p AND id IN (")
                       + auth::leesbareInwonersSql(actor) + u')');
    q.bind(QStringLiteral(":p"), pseudonym);
    bindActor(q, actor);
    if (!q.exec())
        return storageFailure<qint64>(q.error());
    if (!q.next()) {
        auditDenied(ctx_, actor, QStringLiteral("dossier.bekeken"), QString(), QStringLiteral("inwoner"), QString());
        return notFound<qint64>();
    }
    return Result<qint64>::success(q.int64(0));
}

Result<WerkvoorraadRapport> Werkvoorraad::rapport(const Actor &actor, const QDateTime &van, const QDateTime &tot)
{
    if (actor.role != Role::Teamleider)
        return forbidden<WerkvoorraadRapport>(QStringLiteral("Alleen voor teamleiders."));
    if (!van.isValid() || !tot.isValid() || tot <= van || van.daysTo(tot) > 3660)
        return Result<WerkvoorraadRapport>::failure(ErrorCode::Invalid, QStringLiteral("Ongeldige periode."),
                                                    {FieldError{QStringLiteral("van"), QStringLiteral("Ongeldige periode.")}});
    WerkvoorraadRapport rapport;
    rapport.van = van;
    rapport.tot = tot;
    const QString team = QStringLiteral(" JOIN inwoners i ON i.id = v.inwoner_id AND i.team_id = :team");
    const QDateTime now = ctx_.now();

    Sql open(ctx_.db, QStringLiteral("SELECT v.verstuurd_at, t.doel_behandeltijd_uren FROM verzoeken v") + team
                          + QStringLiteral(" JOIN teams t ON t.id = i.team_id"
                                           " WHERE v.status IN ('wacht_op_akkoord', 'wacht_op_tweede_akkoord') LIMIT :n"));
    open.bind(QStringLiteral(":team"), actor.teamId).bind(QStringLiteral(":n"), kMaxRapportRegels);
    if (!open.exec())
        return storageFailure<WerkvoorraadRapport>(open.error());
    while (open.next()) {
        ++rapport.openVerzoeken;
        const QDateTime sent = storage::fromDbTime(open.text(0));
        if (sent.isValid() && sent.secsTo(now) > open.int64(1) * 3600)
            ++rapport.openBovenDoel;
    }

    Sql besluiten(ctx_.db, QStringLiteral("SELECT b.besluit, COALESCE(b.reden_code, ''), COUNT(*) FROM besluiten b"
                                          " JOIN verzoeken v ON v.id = b.verzoek_id") + team
                               + QStringLiteral(" WHERE b.created_at >= :van AND b.created_at < :tot"
                                                " GROUP BY b.besluit, COALESCE(b.reden_code, '') ORDER BY 1, 2"));
    besluiten.bind(QStringLiteral(":team"), actor.teamId)
        .bind(QStringLiteral(":van"), storage::toDbTime(van))
        .bind(QStringLiteral(":tot"), storage::toDbTime(tot));
    if (!besluiten.exec())
        return storageFailure<WerkvoorraadRapport>(besluiten.error());
    while (besluiten.next()) {
        const bool akkoord = besluiten.text(0) == QLatin1String("akkoord");
        const int aantal = static_cast<int>(besluiten.int64(2));
        (akkoord ? rapport.besluitenAkkoord : rapport.besluitenWeigering) += aantal;
        rapport.perReden.append(RedenTelling{besluiten.text(1), akkoord, aantal});
    }

    // Handling time in C++ rather than SQL date arithmetic, which differs per engine.
    Sql klaar(ctx_.db, QStringLiteral("SELECT v.verstuurd_at, v.afgerond_at FROM verzoeken v") + team
                           + QStringLiteral(" WHERE v.status IN ('uitgevoerd', 'geweigerd') AND v.afgerond_at >= :van"
                                            " AND v.afgerond_at < :tot AND v.verstuurd_at IS NOT NULL"
                                            " AND EXISTS (SELECT 1 FROM besluiten b WHERE b.verzoek_id = v.id) LIMIT :n"));
    klaar.bind(QStringLiteral(":team"), actor.teamId)
        .bind(QStringLiteral(":van"), storage::toDbTime(van))
        .bind(QStringLiteral(":tot"), storage::toDbTime(tot))
        .bind(QStringLiteral(":n"), kMaxRapportRegels);
    if (!klaar.exec())
        return storageFailure<WerkvoorraadRapport>(klaar.error());
    qint64 totaalSeconden = 0;
    while (klaar.next()) {
        const qint64 seconds = storage::fromDbTime(klaar.text(0)).secsTo(storage::fromDbTime(klaar.text(1)));
        totaalSeconden += qMax<qint64>(0, seconds);
        ++rapport.afgehandeld;
    }
    if (rapport.afgehandeld > 0)
        rapport.gemiddeldeBehandelMinuten = totaalSeconden / 60 / rapport.afgehandeld;
    return Result<WerkvoorraadRapport>::success(rapport);
}

} // namespace regie::services
