#pragma once
// Shared set-up of the integration tests: allegro-sim and zgw-sim as child processes on
// free ports, and a Regie database whose inwoners are the simulator's demo households
// (relatiecode 100001+i, the same test BSNs, reserveringen 1..4), built through the services.

#include "crypto/FieldCipher.h"
#include "crypto/Keyring.h"
#include "integrations/runtime/AllegroSync.h"
#include "integrations/runtime/KoppelingConfig.h"
#include "integrations/runtime/OutboxDispatcher.h"
#include "money/Bsn.h"
#include "money/Iban.h"
#include "services/Afspraken.h"
#include "services/Boekingen.h"
#include "services/Huishoudens.h"
#include "services/Opnames.h"
#include "services/Organisatie.h"
#include "storage/Database.h"

#include "../services/TestDatabase.h"

#include <QtCore/QEventLoop>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QTcpServer>
#include <QtTest/QTest>

#include <memory>

namespace harness {

using namespace regie;

inline const QByteArray kZgwSecret = "integration-secret";
inline const QString kRsin = QStringLiteral("002220647");
inline const QString kZaaktypePath = QStringLiteral("/catalogi/api/v1/zaaktypen/6b2f3c1e-0d4a-4f59-9d0e-5a1c2b3d4e02");

// The key the tests encrypt with; child processes get it through REGIE_MASTER_KEY.
inline QByteArray masterKey() { return QByteArray(32, '\x42'); }
inline QString masterKeyEntry() { return QStringLiteral("1:") + QString::fromLatin1(masterKey().toBase64()); }

// Same algorithm as allegro-sim's SimDemo.cpp (deterministic demo households).
inline QString demoBsn(int index)
{
    for (qint64 candidate = 100'000'000 + qint64(index) * 9'973;; ++candidate) {
        const QString digits = QString::number(candidate);
        if (Bsn::elevenProof(digits))
            return digits;
    }
}

inline QString demoIban(int index)
{
    const QString account = QStringLiteral("%1").arg(1'000'000 + index, 10, 10, QLatin1Char('0'));
    return Iban::withCheckDigits(u"NL", QString(QStringLiteral("RGIE") + account));
}

// A port that was free a moment ago, for a server that must know its own origin before it
// listens (a callback URL, a second instance's address), so port 0 cannot be used for it.
inline quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

// HTTP to a simulator's admin endpoints (JSON in, JSON out).
inline QJsonDocument adminCall(const QString &origin, const QByteArray &method, const QString &path,
                               const QJsonObject &body = {}, int *status = nullptr)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(origin + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(10000);
    QNetworkReply *reply = method == "GET" ? nam.get(request)
                                           : nam.sendCustomRequest(request, method, QJsonDocument(body).toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = reply->readAll();
    reply->deleteLater();
    return QJsonDocument::fromJson(data);
}

// A simulator child process; stopped by its own pid (QProcess) when destroyed.
class SimProcess {
public:
    bool start(const QString &program, const QStringList &args, const QString &banner)
    {
        process_.setProgram(program);
        process_.setArguments(args);
        process_.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process_.start();
        if (!process_.waitForStarted(5000))
            return false;
        for (int i = 0; i < 150 && !process_.canReadLine(); ++i)
            process_.waitForReadyRead(100);
        const QString line = QString::fromUtf8(process_.readLine()).trimmed();
        const QString prefix = banner + QStringLiteral(" listening on ");
        if (!line.startsWith(prefix))
            return false;
        origin_ = line.mid(prefix.size());
        return true;
    }
    ~SimProcess() { stop(); }
    void stop()
    {
        if (process_.state() == QProcess::NotRunning)
            return;
        process_.terminate();
        if (!process_.waitForFinished(5000)) {
            process_.kill();
            process_.waitForFinished(3000);
        }
    }
    const QString &origin() const { return origin_; }
    QJsonDocument admin(const QByteArray &method, const QString &path, const QJsonObject &body = {}, int *status = nullptr)
    {
        return adminCall(origin_, method, path, body, status);
    }

private:
    QProcess process_;
    QString origin_;
};

struct Sims {
    SimProcess allegro, zgw;
    QTemporaryDir dir;

    bool start(int households, const QStringList &allegroExtra = {})
    {
        return dir.isValid()
            && allegro.start(QStringLiteral(ALLEGRO_SIM_PATH),
                             QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data"),
                                         dir.filePath(QStringLiteral("allegro.sqlite")), QStringLiteral("--seed-demo"),
                                         QString::number(households)} + allegroExtra,
                             QStringLiteral("allegro-sim"))
            && zgw.start(QStringLiteral(ZGW_SIM_PATH),
                         {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--secret"),
                          QString::fromLatin1(kZgwSecret)},
                         QStringLiteral("zgw-sim"));
    }
    void allegroFaults(const QJsonObject &f) { allegro.admin("POST", QStringLiteral("/admin/faults"), f); }
    void zgwFaults(const QJsonObject &f) { zgw.admin("POST", QStringLiteral("/admin/faults"), f); }
    QJsonArray orders() { return allegro.admin("GET", QStringLiteral("/admin/orders")).array(); }
    QJsonArray zaken() { return zgw.admin("GET", QStringLiteral("/admin/state")).object().value(QStringLiteral("zaken")).toArray(); }

    integrations::KoppelingConfig config(const QString &dbPath, int allegroTimeoutMs = 3000) const
    {
        integrations::KoppelingConfig c;
        c.database = testdb::config(dbPath);
        c.allegro.baseUrl = QUrl(allegro.origin() + QStringLiteral("/soap"));
        c.allegro.timeoutMs = allegroTimeoutMs;
        c.zgwEnabled = true;
        const QString o = zgw.origin();
        c.zgw.zakenBase = QUrl(o + QStringLiteral("/zaken/api/v1"));
        c.zgw.catalogiBase = QUrl(o + QStringLiteral("/catalogi/api/v1"));
        c.zgw.besluitenBase = QUrl(o + QStringLiteral("/besluiten/api/v1"));
        c.zgw.notificatiesBase = QUrl(o + QStringLiteral("/notificaties/api/v1"));
        c.zgw.clientId = QStringLiteral("regie-integratie");
        c.zgw.secret = kZgwSecret;
        c.zgw.timeoutMs = 5000;
        c.zaakFlow.bronorganisatie = kRsin;
        c.zaakFlow.verantwoordelijkeOrganisatie = kRsin;
        c.zaakFlow.zaaktype = QUrl(o + kZaaktypePath);
        c.dispatcher.batchSize = 50;
        c.dispatcher.maxAttempts = 12;
        c.sync.intervalMs = 500;
        c.sync.maxBackoffMs = 4000;
        c.sync.leningenElkeNCycli = 1;
        c.gemeente.name = QStringLiteral("Gemeente Utrecht");
        c.gemeente.iban = QStringLiteral("NL91ABNA0417164300");
        return c;
    }
};

// A Regie database with `households` inwoners matching the simulator's demo households.
struct World {
    QTemporaryDir dir;
    crypto::Keyring keyring;
    std::unique_ptr<crypto::FieldCipher> cipher;
    std::unique_ptr<storage::Database> db;
    std::unique_ptr<services::ServiceContext> ctx;
    qint64 warpSeconds = 0; // tests move time forward past backoff delays
    QList<services::DomainEvent> events;
    qint64 teamId = 0, medewerker = 0, beheerder = 0;
    QList<qint64> inwoners;
    QHash<qint64, QList<qint64>> reserveringen; // inwoner -> reservering ids (Allegro 1..4)

    QString path() const { return dir.filePath(QStringLiteral("regie.sqlite")); }
    QDateTime now() const { return QDateTime::currentDateTimeUtc().addSecs(warpSeconds); }

    std::unique_ptr<storage::Database> open() const
    {
        QString error;
        auto database = storage::Database::open(testdb::config(path()), &error);
        if (!database)
            qFatal("open: %s", qPrintable(error));
        return database;
    }

    // Another connection with its own context (as a worker thread would have).
    struct Connection {
        std::unique_ptr<storage::Database> db;
        std::unique_ptr<services::ServiceContext> ctx;
    };
    Connection connect()
    {
        Connection c;
        c.db = open();
        c.ctx = std::make_unique<services::ServiceContext>(*c.db, *cipher);
        c.ctx->clock = [this] { return now(); };
        c.ctx->publish = [this](const services::DomainEvent &e) { events.append(e); };
        return c;
    }

    Actor staff(qint64 user, Role role = Role::Medewerker) const
    {
        Actor a;
        a.role = role;
        a.userId = user;
        a.teamId = teamId;
        return a;
    }
    Actor inwoner(qint64 id) const
    {
        Actor a;
        a.role = Role::Inwoner;
        a.inwonerId = id;
        return a;
    }

    bool build(int households)
    {
        keyring.add(1, masterKey());
        cipher = std::make_unique<crypto::FieldCipher>(keyring);
        db = open();
        QString error;
        if (!testdb::startEmpty(*db) || !db->migrate(&error))
            return false;
        ctx = std::make_unique<services::ServiceContext>(*db, *cipher);
        ctx->clock = [this] { return now(); };
        ctx->publish = [this](const services::DomainEvent &e) { events.append(e); };
        services::Organisatie org(*ctx);
        services::Huishoudens huis(*ctx);
        const Actor sys = Actor::systeem();
        if (!org.zetVorm(sys, QStringLiteral("T"), QStringLiteral("Totaal budgetbeheer"), QStringLiteral("Uitleg")).ok())
            return false;
        const auto team = org.maakTeam(sys, QStringLiteral("Team Noord"), QStringLiteral("030 286 00 00"),
                                      QStringLiteral("noord@example.nl"), Money::fromCents(100'000'000));
        if (!team.ok())
            return false;
        teamId = *team.value;
        medewerker = user(org, "anna", Role::Medewerker);
        beheerder = user(org, "bea", Role::Beheerder);
        for (int i = 0; i < households; ++i) {
            if (!addInwoner(huis, org, i))
                return false;
        }
        services::Afspraken afspraken(*ctx);
        rules::Afspraak vorm;
        vorm.scope = rules::Scope::Vorm;
        vorm.modus = rules::Modus::NaAkkoord;
        vorm.ingangsdatum = QDate(2020, 1, 1);
        return afspraken.zet(sys, {vorm, QStringLiteral("T"), 0, QStringLiteral("standaard")}).ok()
            && org.zetReden(sys, {QStringLiteral("BUFFER_NODIG"), QStringLiteral("weigering"),
                                 QStringLiteral("Je hebt dit geld nodig."), QStringLiteral("Buffer")}).ok();
    }

    qint64 user(services::Organisatie &org, const char *name, Role role)
    {
        services::NieuweGebruiker g;
        g.username = QString::fromLatin1(name);
        g.displayName = g.username;
        g.role = role;
        g.teamId = role == Role::Beheerder ? 0 : teamId;
        g.organisatie = QStringLiteral("Test");
        const auto r = org.maakGebruiker(Actor::systeem(), g);
        return r.ok() ? *r.value : 0;
    }

    bool addInwoner(services::Huishoudens &huis, services::Organisatie &org, int i)
    {
        services::NieuweInwoner n;
        n.bsn = demoBsn(i);
        n.voornaam = QStringLiteral("Test");
        n.achternaam = QStringLiteral("Huishouden %1").arg(i);
        n.vormCode = QStringLiteral("T");
        n.teamId = teamId;
        n.budgetbeheerStart = QDate(2025, 1, 1);
        n.beheerIban = demoIban(10'000 + i);
        n.eigenRekeningen = {{demoIban(20'000 + i), QStringLiteral("Mijn rekening"), true}};
        n.allegroRelatiecode = QString::number(100'001 + i);
        const auto id = huis.maakInwoner(Actor::systeem(), n);
        if (!id.ok())
            return false;
        inwoners.append(*id.value);
        static const char *const kNamen[] = {"Vaste lasten", "Leefgeld", "Buffer", "Energie"};
        for (int r = 0; r < 4; ++r) {
            services::NieuweReservering res;
            res.naam = QString::fromLatin1(kNamen[r]);
            res.bedragPerPeriode = Money::fromCents(2500);
            res.allegroNummer = QString::number(r + 1);
            const auto rid = huis.voegReserveringToe(Actor::systeem(), *id.value, res);
            if (!rid.ok())
                return false;
            reserveringen[*id.value].append(*rid.value);
        }
        return org.koppelCaseload(Actor::systeem(), medewerker, *id.value).ok();
    }

    // Inwoner asks, confirms (waits for approval), medewerker decides. Returns the public id.
    QString verzoek(qint64 inwonerId, int reserveringIndex, qint64 cents, bool akkoord, int seq)
    {
        services::Opnames opnames(*ctx);
        services::OpnameInvoer invoer;
        invoer.reserveringId = reserveringen.value(inwonerId).value(reserveringIndex);
        invoer.bedrag = Money::fromCents(cents);
        invoer.idempotencyKey = QStringLiteral("form-%1-%2").arg(inwonerId).arg(seq);
        const auto conceptVerzoek = opnames.maakConcept(inwoner(inwonerId), invoer);
        if (!conceptVerzoek.ok())
            return {};
        const auto sent = opnames.bevestig(inwoner(inwonerId), conceptVerzoek.value->publicId);
        if (!sent.ok() || sent.value->status != VerzoekStatus::WachtOpAkkoord)
            return {};
        services::BesluitInvoer besluit;
        besluit.akkoord = akkoord;
        besluit.redenCode = akkoord ? QString() : QStringLiteral("BUFFER_NODIG");
        const auto decided = opnames.beslis(staff(medewerker), conceptVerzoek.value->publicId, besluit);
        return decided.ok() ? conceptVerzoek.value->publicId : QString();
    }

    qint64 count(const QString &sql) const
    {
        storage::Sql q(*db, sql);
        return q.exec() && q.next() ? q.int64(0) : -1;
    }
    QString text(const QString &sql) const
    {
        storage::Sql q(*db, sql);
        return q.exec() && q.next() ? q.text(0) : QString();
    }
};

} // namespace harness
