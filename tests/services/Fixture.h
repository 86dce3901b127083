#pragma once
// A real SQLite database in a temporary folder with one team, medewerkers, a teamleider, a
// ketenpartner and two inwoners with reserveringen and afspraken, built through the same
// services production uses. The clock is controllable.

#include "audit/AuditLog.h"
#include "crypto/FieldCipher.h"
#include "crypto/Keyring.h"
#include "crypto/Random.h"
#include "ledger/Ledger.h"
#include "services/Afspraken.h"
#include "services/Boekingen.h"
#include "services/Dossier.h"
#include "services/Huishoudens.h"
#include "services/Opnames.h"
#include "services/Organisatie.h"
#include "storage/Database.h"

#include "TestDatabase.h"

#include <QtCore/QTemporaryDir>
#include <QtCore/QTimeZone>
#include <QtTest/QTest>

#include <memory>

namespace fixture {

// QVERIFY for a service Result, printing the service's own error.
#define REQUIRE_OK(expr)                                                                            \
    do {                                                                                            \
        const auto result_ = (expr);                                                                \
        QVERIFY2(result_.ok(), qPrintable(result_.error.message));                                  \
    } while (false)


using namespace regie;

inline crypto::Keyring testKeyring()
{
    crypto::Keyring keyring;
    keyring.add(1, QByteArray(32, '\x42'));
    return keyring;
}

struct World {
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db;
    crypto::Keyring keyring = testKeyring();
    crypto::FieldCipher cipher{keyring};
    QDateTime now = QDateTime(QDate(2026, 11, 24), QTime(10, 0), QTimeZone("Europe/Amsterdam")).toUTC(); // a Tuesday
    std::unique_ptr<services::ServiceContext> ctx;
    QList<services::DomainEvent> events;

    qint64 teamZuid = 0;
    qint64 teamId = 0, medewerkerA = 0, medewerkerB = 0, medewerkerAnders = 0, teamleider = 0, ketenpartner = 0;
    qint64 inwoner1 = 0, inwoner2 = 0, inwoner1User = 0;
    qint64 kleding = 0, verjaardagen = 0, energie = 0, buffer = 0, anderKleding = 0;

    QString path() const { return dir.filePath(QStringLiteral("regie.sqlite")); }

    // REGIE_TEST_PG_PORT (set by tests/postgres/with-postgres.sh) runs the same suite
    // against a throwaway PostgreSQL instead of SQLite.
    static bool onPostgres() { return testdb::onPostgres(); }

    std::unique_ptr<storage::Database> open()
    {
        QString error;
        auto database = storage::Database::open(testdb::config(path()), &error);
        if (!database)
            qFatal("open: %s", qPrintable(error));
        return database;
    }

    Actor inwoner(qint64 inwonerId) const
    {
        Actor a;
        a.role = Role::Inwoner;
        a.inwonerId = inwonerId;
        a.userId = inwonerId == inwoner1 ? inwoner1User : 0;
        return a;
    }
    Actor staff(qint64 userId, Role role = Role::Medewerker) const
    {
        Actor a;
        a.role = role;
        a.userId = userId;
        a.teamId = teamId;
        return a;
    }

    void advance(qint64 seconds) { now = now.addSecs(seconds); }

    void build()
    {
        QVERIFY(dir.isValid());
        db = open();
        QString error;
        QVERIFY(testdb::startEmpty(*db));
        QVERIFY2(db->migrate(&error), qPrintable(error));
        ctx = std::make_unique<services::ServiceContext>(*db, cipher);
        ctx->clock = [this] { return now; };
        ctx->publish = [this](const services::DomainEvent &e) { events.append(e); };

        services::Organisatie org(*ctx);
        services::Huishoudens huis(*ctx);
        services::Boekingen boek(*ctx);
        const Actor sys = Actor::systeem();
        REQUIRE_OK(org.zetVorm(sys, QStringLiteral("T"), QStringLiteral("Totaal budgetbeheer"),
                           QStringLiteral("De gemeente betaalt je vaste lasten.")));
        auto team = org.maakTeam(sys, QStringLiteral("Team Noord"), QStringLiteral("030 286 00 00"),
                                QStringLiteral("budgetbeheer@example.nl"), Money::fromCents(50000));
        QVERIFY2(team.ok(), qPrintable(team.error.message));
        teamId = *team.value;
        auto user = [&](const char *name, Role role, qint64 userTeam) {
            services::NieuweGebruiker g;
            g.username = QString::fromLatin1(name);
            g.displayName = QString::fromLatin1(name);
            g.role = role;
            g.teamId = userTeam;
            g.organisatie = QStringLiteral("Test");
            auto r = org.maakGebruiker(sys, g);
            if (!r.ok())
                qFatal("user: %s", qPrintable(r.error.message));
            return *r.value;
        };
        medewerkerA = user("anna", Role::Medewerker, teamId);
        medewerkerB = user("bram", Role::Medewerker, teamId);
        auto otherTeam = org.maakTeam(sys, QStringLiteral("Team Zuid"), QStringLiteral("030 286 11 11"),
                                     QStringLiteral("zuid@example.nl"), Money::fromCents(50000));
        teamZuid = *otherTeam.value;
        medewerkerAnders = user("carla", Role::Medewerker, teamZuid);
        teamleider = user("tess", Role::Teamleider, teamId);
        ketenpartner = user("maatje", Role::Ketenpartner, 0);

        inwoner1 = makeInwoner(huis, QStringLiteral("111222333"), QStringLiteral("NL91ABNA0417164300"),
                               QStringLiteral("NL20INGB0001234567"), QStringLiteral("inwoner1"));
        inwoner2 = makeInwoner(huis, QStringLiteral("123456782"), QStringLiteral("NL02ABNA0123456789"),
                               QStringLiteral("NL44RABO0123456789"), QString());
        storage::Sql u(*db, QStringLiteral("SELECT id FROM users WHERE inwoner_id = :i"));
        u.bind(QStringLiteral(":i"), inwoner1);
        QVERIFY(u.exec() && u.next());
        inwoner1User = u.int64(0);
        REQUIRE_OK(org.koppelCaseload(sys, medewerkerA, inwoner1));
        REQUIRE_OK(org.koppelCaseload(sys, medewerkerB, inwoner1));
        REQUIRE_OK(org.koppelCaseload(sys, medewerkerAnders, inwoner2));

        kleding = reservering(huis, inwoner1, "Kleding", ReserveringSoort::VrijBesteedbaar);
        verjaardagen = reservering(huis, inwoner1, "Verjaardagen", ReserveringSoort::VrijBesteedbaar);
        energie = reservering(huis, inwoner1, "Energie", ReserveringSoort::Gebonden);
        buffer = reservering(huis, inwoner1, "Buffer", ReserveringSoort::VrijBesteedbaar);
        anderKleding = reservering(huis, inwoner2, "Kleding", ReserveringSoort::VrijBesteedbaar);

        // Income, then money set aside: Kleding 300, Verjaardagen 100, Energie 200, Buffer 2000.
        services::BankTransactie salaris{QDate(2026, 11, 1), Money::fromCents(500000), QStringLiteral("Uitkering"),
                                         QStringLiteral("Gemeente"), QStringLiteral("inkomen"), QStringLiteral("test"),
                                         QStringLiteral("s1"), std::nullopt};
        REQUIRE_OK(boek.boekTransacties(sys, inwoner1, {salaris}));
        salaris.externId = QStringLiteral("s2");
        REQUIRE_OK(boek.boekTransacties(sys, inwoner2, {salaris}));
        REQUIRE_OK(boek.stortInReservering(sys, kleding, Money::fromCents(30000), QStringLiteral("k1")));
        REQUIRE_OK(boek.stortInReservering(sys, verjaardagen, Money::fromCents(10000), QStringLiteral("v1")));
        REQUIRE_OK(boek.stortInReservering(sys, energie, Money::fromCents(20000), QStringLiteral("e1")));
        REQUIRE_OK(boek.stortInReservering(sys, buffer, Money::fromCents(200000), QStringLiteral("b1")));
        REQUIRE_OK(boek.stortInReservering(sys, anderKleding, Money::fromCents(30000), QStringLiteral("k2")));

        // Afspraken: default for the vorm is na akkoord; Kleding free up to 50 per opname and
        // 100 per week; Verjaardagen niet toegestaan.
        services::Afspraken afspraken(*ctx);
        rules::Afspraak vorm;
        vorm.scope = rules::Scope::Vorm;
        vorm.modus = rules::Modus::NaAkkoord;
        vorm.ingangsdatum = QDate(2026, 1, 1);
        REQUIRE_OK(afspraken.zet(sys, {vorm, QStringLiteral("T"), 0, QStringLiteral("standaard")}));
        rules::Afspraak k;
        k.scope = rules::Scope::Reservering;
        k.reserveringId = kleding;
        k.modus = rules::Modus::Vrij;
        k.maxPerOpname = Money::fromCents(5000);
        k.maxPerWeekBedrag = Money::fromCents(10000);
        k.ingangsdatum = QDate(2026, 1, 1);
        auto kr = afspraken.zet(staff(medewerkerA), {k, QString(), inwoner1, QStringLiteral("afspraak met inwoner")});
        QVERIFY2(kr.ok(), qPrintable(kr.error.message));
        rules::Afspraak v;
        v.scope = rules::Scope::Reservering;
        v.reserveringId = verjaardagen;
        v.modus = rules::Modus::NietToegestaan;
        v.ingangsdatum = QDate(2026, 1, 1);
        REQUIRE_OK(afspraken.zet(staff(medewerkerA), {v, QString(), inwoner1, QStringLiteral("eerst sparen")}));

        REQUIRE_OK(org.zetReden(sys, {QStringLiteral("BUFFER_NODIG"), QStringLiteral("weigering"),
                                  QStringLiteral("Je hebt dit geld nodig voor onverwachte kosten."),
                                  QStringLiteral("Buffer moet blijven staan")}));
        REQUIRE_OK(org.zetReden(sys, {QStringLiteral("AKKOORD_STANDAARD"), QStringLiteral("akkoord"),
                                  QStringLiteral("Je verzoek past in je budget."), QStringLiteral("Akkoord")}));
    }

    qint64 makeInwoner(services::Huishoudens &huis, const QString &bsn, const QString &beheer, const QString &eigen,
                       const QString &username)
    {
        // inwoner1 (with a login) belongs to Team Noord, inwoner2 to Team Zuid.
        services::NieuweInwoner n;
        n.bsn = bsn;
        n.voornaam = QStringLiteral("Test");
        n.achternaam = username.isEmpty() ? QStringLiteral("Twee") : QStringLiteral("Een");
        n.vormCode = QStringLiteral("T");
        n.teamId = username.isEmpty() ? teamZuid : teamId;
        n.budgetbeheerStart = QDate(2025, 1, 1);
        n.beheerIban = beheer;
        n.eigenRekeningen = {{eigen, QStringLiteral("Mijn rekening"), true}};
        n.username = username;
        auto r = huis.maakInwoner(Actor::systeem(), n);
        if (!r.ok())
            qFatal("inwoner: %s", qPrintable(r.error.message));
        return *r.value;
    }

    qint64 reservering(services::Huishoudens &huis, qint64 inwonerId, const char *naam, ReserveringSoort soort)
    {
        services::NieuweReservering r;
        r.naam = QString::fromLatin1(naam);
        r.soort = soort;
        r.bedragPerPeriode = Money::fromCents(2500);
        r.doel = Money::fromCents(50000);
        auto result = huis.voegReserveringToe(Actor::systeem(), inwonerId, r);
        if (!result.ok())
            qFatal("reservering: %s", qPrintable(result.error.message));
        return *result.value;
    }

    ledger::Balance balanceOf(qint64 reserveringId)
    {
        ledger::Ledger l(*db);
        return *l.balance(*l.accountForReservering(reserveringId));
    }

    qint64 count(const QString &sql)
    {
        storage::Sql q(*db, sql);
        if (!q.exec() || !q.next())
            return -1;
        return q.int64(0);
    }
};

} // namespace fixture
