#include "integrations/runtime/AllegroSync.h"

#include "calendar/AmsterdamTijd.h"
#include "integrations/runtime/HuishoudenLezer.h"
#include "integrations/runtime/Senders.h"
#include "services/Boekingen.h"
#include "services/Huishoudens.h"
#include "services/KoppelingGegevens.h"
#include "services/Overname.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QLoggingCategory>
#include <QtCore/QRegularExpression>
#include <QtCore/QScopeGuard>
#include <QtCore/QThread>

#include <utility>

namespace regie::integrations {

Q_LOGGING_CATEGORY(lcSync, "regie.koppelingen.sync")

namespace {

constexpr int kAbortAfterConsecutiveFailures = 3; // Allegro is down, not one relatie broken

QString time(const QDateTime &t) { return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString(); }
QDateTime parseTime(const QJsonValue &v) { return QDateTime::fromString(v.toString(), Qt::ISODateWithMs); }

bool isTransport(const allegro::Error &e) { return classifyAllegro(e).kind == SendOutcome::Kind::Transient; }

QString describe(const allegro::Error &e) { return classifyAllegro(e).reason; }

} // namespace

QJsonObject SyncStatus::toJson() const
{
    return QJsonObject{{QStringLiteral("laatsteSucces"), time(laatsteSucces)},
                       {QStringLiteral("laatstePoging"), time(laatstePoging)},
                       {QStringLiteral("laatsteFoutAt"), time(laatsteFoutAt)},
                       {QStringLiteral("laatsteFout"), laatsteFout},
                       {QStringLiteral("opeenvolgendeFouten"), opeenvolgendeFouten},
                       {QStringLiteral("allegroBereikbaar"), allegroBereikbaar},
                       {QStringLiteral("inwonersBijgewerkt"), inwonersBijgewerkt}};
}

SyncStatus SyncStatus::fromJson(const QJsonObject &json)
{
    SyncStatus s;
    s.laatsteSucces = parseTime(json.value(QStringLiteral("laatsteSucces")));
    s.laatstePoging = parseTime(json.value(QStringLiteral("laatstePoging")));
    s.laatsteFoutAt = parseTime(json.value(QStringLiteral("laatsteFoutAt")));
    s.laatsteFout = json.value(QStringLiteral("laatsteFout")).toString();
    s.opeenvolgendeFouten = json.value(QStringLiteral("opeenvolgendeFouten")).toInt();
    s.allegroBereikbaar = json.value(QStringLiteral("allegroBereikbaar")).toBool(true);
    s.inwonersBijgewerkt = json.value(QStringLiteral("inwonersBijgewerkt")).toInt();
    return s;
}

QString SyncStatus::tekstVoorInwoner(const QDateTime &eigenStand) const
{
    if (allegroBereikbaar && opeenvolgendeFouten == 0)
        return {};
    if (!eigenStand.isValid())
        return QCoreApplication::translate("AllegroSync", "We konden je gegevens niet ophalen. Probeer het later opnieuw.");
    const QDateTime lokaal = calendar::tijdInAmsterdam(eigenStand);
    const QDate vandaag = calendar::vandaagInAmsterdam();
    if (lokaal.date() == vandaag)
        return QCoreApplication::translate("AllegroSync", "We konden je gegevens niet ophalen. De cijfers zijn van %1.")
            .arg(lokaal.toString(QStringLiteral("HH:mm")));
    return QCoreApplication::translate("AllegroSync", "We konden je gegevens niet ophalen. De cijfers zijn van %1.")
        .arg(lokaal.toString(QStringLiteral("d-M-yyyy HH:mm")));
}

AllegroSync::AllegroSync(services::ServiceContext &ctx, allegro::AllegroClient &client, SyncConfig config,
                         QObject *parent)
    : QObject(parent), ctx_(ctx), client_(client), config_(config)
{
    timer_.setSingleShot(true);
    connect(&timer_, &QTimer::timeout, this, [this] {
        if (bezig_) { // a priority pass is waiting for Allegro
            timer_.start(100);
            return;
        }
        syncOnce();
        timer_.start(nextDelayMs());
    });
    connect(&prioriteit_, &QTimer::timeout, this, [this] {
        if (!bezig_ && sindsPrioriteit_.elapsed() >= config_.prioriteitIntervalMs)
            syncPrioriteit();
    });
    sindsPrioriteit_.start();
}

SyncStatus AllegroSync::status() const
{
    QMutexLocker lock(&mutex_);
    return status_;
}

int AllegroSync::nextDelayMs() const
{
    const int failures = status().opeenvolgendeFouten;
    if (failures == 0)
        return config_.intervalMs;
    const qint64 backoff = qint64(config_.intervalMs) << qMin(failures, 16);
    return static_cast<int>(qMin<qint64>(backoff, config_.maxBackoffMs));
}

void AllegroSync::start()
{
    timer_.start(0);
    if (config_.prioriteitIntervalMs > 0)
        prioriteit_.start(qMax(100, config_.prioriteitIntervalMs / 4));
}

void AllegroSync::stop()
{
    timer_.stop();
    prioriteit_.stop();
}

int AllegroSync::syncPrioriteit()
{
    sindsPrioriteit_.restart();
    // While Allegro is down the cycle's backoff decides when to try again, for everyone.
    if (config_.prioriteitIntervalMs <= 0 || status().opeenvolgendeFouten > 0)
        return 0;
    const auto inwoners = services::Koppelingen(ctx_).metOpenPagina(Actor::systeem(), ctx_.now(),
                                                                   config_.maxPrioriteitPerRonde);
    if (!inwoners.ok() || inwoners.value->isEmpty())
        return 0;
    const bool buiten = !std::exchange(bezig_, true);
    int gesynchroniseerd = 0;
    for (const services::SyncInwoner &inwoner : *inwoners.value) {
        if (QThread::currentThread()->isInterruptionRequested())
            break;
        SyncCycle scratch;
        QString error;
        const Stap stap = syncInwoner(inwoner, false, ctx_.now(), scratch, &error);
        if (stap == Stap::AllegroFout)
            break; // the cycle notices and backs off; no hammering from here
        gesynchroniseerd += stap == Stap::Ok ? 1 : 0;
    }
    if (buiten)
        bezig_ = false;
    return gesynchroniseerd;
}

SyncCycle AllegroSync::syncOnce()
{
    QElapsedTimer clock;
    clock.start();
    SyncCycle cycle;
    const QDateTime cycleStart = ctx_.now();
    const bool leningen = config_.leningenElkeNCycli > 0 && cycleCount_ % config_.leningenElkeNCycli == 0;
    ++cycleCount_;
    services::Koppelingen koppelingen(ctx_);
    const auto inwoners = koppelingen.teSynchroniseren(Actor::systeem(), config_.maxInwonersPerCycle);
    if (!inwoners.ok()) {
        finishCycle(cycle, QStringLiteral("database: ") + inwoners.error.message.left(200));
        return cycle;
    }
    QString lastError;
    int consecutive = 0, allegroFailures = 0;
    const bool buiten = !std::exchange(bezig_, true);
    const auto klaar = qScopeGuard([this, buiten] {
        if (buiten)
            bezig_ = false;
    });
    for (const services::SyncInwoner &inwoner : *inwoners.value) {
        // Stopping the thread also ends the blocking call's local event loop; what that
        // call reports is not Allegro's state, so the cycle ends without a verdict.
        if (QThread::currentThread()->isInterruptionRequested())
            return cycle;
        if (config_.prioriteitIntervalMs > 0 && sindsPrioriteit_.elapsed() >= config_.prioriteitIntervalMs)
            syncPrioriteit(); // open pages do not wait for the end of a long cycle
        ++cycle.inwoners;
        QString error;
        const Stap stap = syncInwoner(inwoner, leningen, cycleStart, cycle, &error);
        if (QThread::currentThread()->isInterruptionRequested())
            return cycle;
        if (stap == Stap::Ok) {
            ++cycle.bijgewerkt;
            consecutive = 0;
            continue;
        }
        ++cycle.fouten;
        lastError = error;
        if (stap == Stap::AllegroFout) {
            ++allegroFailures;
            if (++consecutive >= kAbortAfterConsecutiveFailures || allegroFailures >= config_.maxFailuresPerCycle) {
                cycle.allegroOnbereikbaar = true;
                break;
            }
        }
    }
    if (allegroFailures > 0)
        cycle.allegroOnbereikbaar = true;
    cycle.durationMs = clock.elapsed();
    finishCycle(cycle, lastError);
    return cycle;
}

void AllegroSync::finishCycle(const SyncCycle &cycle, const QString &error)
{
    SyncStatus snapshot;
    {
        QMutexLocker lock(&mutex_);
        const QDateTime now = ctx_.now();
        status_.laatstePoging = now;
        status_.inwonersBijgewerkt = cycle.bijgewerkt;
        const bool failed = cycle.allegroOnbereikbaar || (!error.isEmpty() && cycle.bijgewerkt == 0 && cycle.inwoners > 0);
        if (failed) {
            ++status_.opeenvolgendeFouten;
            status_.allegroBereikbaar = !cycle.allegroOnbereikbaar;
        } else {
            status_.opeenvolgendeFouten = 0;
            status_.allegroBereikbaar = true;
            status_.laatsteSucces = now;
        }
        if (!error.isEmpty()) {
            status_.laatsteFout = error.left(300);
            status_.laatsteFoutAt = now;
        }
        snapshot = status_;
    }
    services::Koppelingen(ctx_).zetSyncStatus(Actor::systeem(), snapshot.toJson());
    if (!error.isEmpty())
        qCWarning(lcSync, "allegro sync: %d of %d inwoners failed; last: %s", cycle.fouten, cycle.inwoners,
                  qPrintable(error));
    Q_EMIT statusChanged(snapshot);
    Q_EMIT cycleFinished(cycle.bijgewerkt, cycle.geboekt, cycle.correcties, cycle.fouten);
}

AllegroSync::Stap AllegroSync::syncInwoner(const services::SyncInwoner &inwoner, bool leningen,
                                           const QDateTime &cycleStart, SyncCycle &cycle, QString *error)
{
    bool ok = false;
    const qint64 relatie = inwoner.relatiecode.toLongLong(&ok);
    if (!ok || relatie <= 0 || relatie > std::numeric_limits<qint32>::max()) {
        *error = QStringLiteral("inwoner %1: relatiecode is geen getal").arg(inwoner.inwonerId);
        return Stap::RegieFout;
    }
    const auto code = static_cast<qint32>(relatie);
    const auto overgenomen = services::Overname(ctx_).isOvergenomen(Actor::systeem(), inwoner.inwonerId);
    const bool volgHuishouden = overgenomen.ok() && *overgenomen.value;
    Stap stap = boekMutaties(inwoner, code, cycle, error);
    if (stap == Stap::Ok && volgHuishouden)
        stap = volgHuishoudenBij(inwoner, code, cycle, error);
    if (stap == Stap::Ok)
        stap = reconcilieer(inwoner, code, cycle, error);
    if (stap == Stap::Ok && leningen && !volgHuishouden)
        stap = syncLeningen(inwoner, cycle, error);
    if (stap != Stap::Ok)
        return stap;
    const auto marked = services::Koppelingen(ctx_).markeerGesynchroniseerd(Actor::systeem(), inwoner.inwonerId,
                                                                           ctx_.now(), cycleStart);
    if (!marked.ok()) {
        *error = QStringLiteral("inwoner %1: %2").arg(inwoner.inwonerId).arg(marked.error.message.left(200));
        return Stap::RegieFout;
    }
    return Stap::Ok;
}

// A household taken over from Allegro follows it as a whole: budgetplan lines, reserveringen
// added or ended, loans (services::Overname::werkBij). Its loans are read every cycle.
AllegroSync::Stap AllegroSync::volgHuishoudenBij(const services::SyncInwoner &inwoner, qint32 relatie, SyncCycle &cycle,
                                                 QString *error)
{
    const auto bsn = services::KoppelingGegevens(ctx_).bsn(Actor::systeem(), inwoner.inwonerId);
    const LeesUitkomst gelezen = leesHuishouden(client_, relatie, bsn.ok() ? bsn.value->digits() : QString());
    if (!gelezen.ok()) {
        *error = QStringLiteral("inwoner %1: %2").arg(inwoner.inwonerId).arg(gelezen.fout.reden.left(200));
        return gelezen.fout.transport ? Stap::AllegroFout : Stap::RegieFout;
    }
    const auto bijgewerkt = services::Overname(ctx_).werkBij(Actor::systeem(), inwoner.inwonerId, *gelezen.huishouden);
    if (!bijgewerkt.ok()) {
        *error = QStringLiteral("inwoner %1: bijwerken: %2").arg(inwoner.inwonerId).arg(bijgewerkt.error.message.left(200));
        return Stap::RegieFout;
    }
    cycle.huishoudenWijzigingen += bijgewerkt.value->gewijzigd;
    return Stap::Ok;
}

bool AllegroSync::isEigenBetaling(const QString &omschrijving)
{
    static const QRegularExpression kReferentie(QStringLiteral("REGIE-([A-Za-z0-9_-]{8,40})"));
    const auto match = kReferentie.match(omschrijving);
    if (!match.hasMatch())
        return false;
    const auto eigen = services::KoppelingGegevens(ctx_).isEigenBetaling(Actor::systeem(), match.captured(1));
    return eigen.ok() && *eigen.value;
}

AllegroSync::Stap AllegroSync::boekMutaties(const services::SyncInwoner &inwoner, qint32 relatie, SyncCycle &cycle,
                                            QString *error)
{
    allegro::AfschriftenRequest request;
    request.aRelatieCode = relatie;
    if (inwoner.vanaf.isValid())
        request.aVanafDatum = inwoner.vanaf.addDays(-config_.overlapDays);
    const auto answer = client_.callBlocking(allegro::assumed::kGetAfschriften, request);
    if (!answer.ok()) {
        *error = QStringLiteral("inwoner %1: GetAfschriften: ").arg(inwoner.inwonerId) + describe(answer.error);
        return isTransport(answer.error) ? Stap::AllegroFout : Stap::RegieFout;
    }
    QList<services::BankTransactie> kandidaten;
    QStringList ids;
    for (const allegro::TPRSAfschriftMutatie &m : answer.value->Mutaties) {
        if (m.VolgnummerMutatie <= 0 || !m.Bedrag.isPositive() || isEigenBetaling(m.Omschrijving))
            continue; // Regie booked its own payout when it was approved
        const services::BankTransactie t = alsTransactie(m);
        kandidaten.append(t);
        ids.append(t.externId);
    }
    if (kandidaten.isEmpty())
        return Stap::Ok;
    services::Koppelingen koppelingen(ctx_);
    const auto bekend = koppelingen.bekendeExternIds(Actor::systeem(), inwoner.inwonerId, QStringLiteral("allegro"), ids);
    if (!bekend.ok()) {
        *error = QStringLiteral("inwoner %1: %2").arg(inwoner.inwonerId).arg(bekend.error.message.left(200));
        return Stap::RegieFout;
    }
    QList<services::BankTransactie> nieuw;
    for (const services::BankTransactie &t : kandidaten) {
        if (!bekend.value->contains(t.externId))
            nieuw.append(t);
    }
    if (nieuw.isEmpty())
        return Stap::Ok; // no audit event for a cycle that changed nothing
    const auto booked = services::Boekingen(ctx_).boekTransacties(Actor::systeem(), inwoner.inwonerId, nieuw);
    if (!booked.ok()) {
        *error = QStringLiteral("inwoner %1: boeken: %2").arg(inwoner.inwonerId).arg(booked.error.message.left(200));
        return Stap::RegieFout;
    }
    cycle.geboekt += booked.value->geboekt;
    return Stap::Ok;
}

AllegroSync::Stap AllegroSync::reconcilieer(const services::SyncInwoner &inwoner, qint32 relatie, SyncCycle &cycle,
                                            QString *error)
{
    services::Koppelingen koppelingen(ctx_);
    const auto regie = koppelingen.reserveringenVoorSync(Actor::systeem(), inwoner.inwonerId);
    if (!regie.ok()) {
        *error = QStringLiteral("inwoner %1: %2").arg(inwoner.inwonerId).arg(regie.error.message.left(200));
        return Stap::RegieFout;
    }
    if (regie.value->isEmpty())
        return Stap::Ok;
    const auto answer = client_.callBlocking(allegro::assumed::kGetSaldoReserveringen, allegro::RelatieCodeRequest{relatie});
    if (!answer.ok()) {
        *error = QStringLiteral("inwoner %1: GetSaldoReserveringen: ").arg(inwoner.inwonerId) + describe(answer.error);
        return isTransport(answer.error) ? Stap::AllegroFout : Stap::RegieFout;
    }
    for (const services::SyncReservering &r : *regie.value) {
        if (r.betalingOnderweg)
            continue;
        for (const allegro::TSaldoReservering &a : answer.value->Result.SaldoReserveringen) {
            if (QString::number(a.Volgnummer) != r.allegroNummer)
                continue;
            const Money verschil = Money::fromCents(a.Saldo.cents() - r.geboekt.cents());
            if (verschil.isZero())
                break;
            const QString key = QStringLiteral("%1:%2:%3:%4:%5")
                                    .arg(relatie)
                                    .arg(r.allegroNummer, a.Datum.date().toString(Qt::ISODate))
                                    .arg(a.Saldo.cents())
                                    .arg(r.geboekt.cents());
            const auto corrected = koppelingen.corrigeerReservering(Actor::systeem(), r.reserveringId, verschil, key);
            if (!corrected.ok()) {
                *error = QStringLiteral("inwoner %1: correctie: %2").arg(inwoner.inwonerId).arg(corrected.error.message.left(200));
                return Stap::RegieFout;
            }
            if (*corrected.value)
                ++cycle.correcties;
            break;
        }
    }
    return Stap::Ok;
}

AllegroSync::Stap AllegroSync::syncLeningen(const services::SyncInwoner &inwoner, SyncCycle &cycle, QString *error)
{
    const auto bsn = services::KoppelingGegevens(ctx_).bsn(Actor::systeem(), inwoner.inwonerId);
    if (!bsn.ok())
        return Stap::Ok; // no (readable) BSN, no Kredietbank relatie to look up
    QList<services::Lening> leningen;
    LeesFout fout;
    if (!leesLeningen(client_, bsn.value->digits(), &leningen, &fout)) {
        *error = QStringLiteral("inwoner %1: %2").arg(inwoner.inwonerId).arg(fout.reden.left(200));
        return fout.transport ? Stap::AllegroFout : Stap::RegieFout;
    }
    services::Koppelingen koppelingen(ctx_);
    const auto bestaand = koppelingen.leningen(Actor::systeem(), inwoner.inwonerId);
    if (!bestaand.ok()) {
        *error = bestaand.error.message.left(200);
        return Stap::RegieFout;
    }
    for (const services::Lening &lening : leningen) {
        const auto it = bestaand.value->constFind(lening.omschrijving);
        if (it != bestaand.value->constEnd() && it->openstaand == lening.openstaand
            && it->maandtermijn == lening.maandtermijn && it->achterstand == lening.achterstand
            && it->resterendeLooptijdMaanden == lening.resterendeLooptijdMaanden)
            continue; // unchanged: no write, no audit event
        const auto set = services::Huishoudens(ctx_).zetLening(Actor::systeem(), inwoner.inwonerId, lening);
        if (!set.ok()) {
            *error = QStringLiteral("inwoner %1: lening: %2").arg(inwoner.inwonerId).arg(set.error.message.left(200));
            return Stap::RegieFout;
        }
        ++cycle.leningen;
    }
    return Stap::Ok;
}

} // namespace regie::integrations
