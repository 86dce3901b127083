// The staff API over real HTTP against the real server, for every role: login, lockout and
// token rotation; the werkvoorraad with filters and paging; decisions with the exact B1 text;
// the dossier, afspraken and "proberen"; teamleider reports; beheer. Finally every answer
// seen is validated against citizen-web/api/openapi.json and every route must be in it.

#include "ApiHarness.h"
#include "JsonSchema.h"

#include "api/Api.h"
#include "audit/AuditLog.h"
#include "auth/StaffLogin.h"
#include "outbox/Outbox.h"
#include "services/Bewaartermijn.h"
#include "services/Dossier.h"
#include "services/Installatie.h"
#include "storage/Database.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtTest/QtTest>

using namespace regie;
using apitest::Reply;

namespace {

QString k(const char *s) { return QString::fromLatin1(s); }

bool isProblem(const Reply &r) { return r.contentType.startsWith("application/problem+json"); }

QStringList ids(const Reply &r)
{
    QStringList out;
    for (const QJsonValue &v : r.json().value(k("data")).toArray())
        out.append(v.toObject().value(k("id")).toString());
    return out;
}

// Records the routes api::mount registers, for the OpenAPI completeness check.
class RecordingRouter : public web::Router {
public:
    QList<std::pair<QString, QString>> routes;
    void add(const QString &method, const QString &pattern, web::Guard, web::Handler) override
    {
        routes.append({method, pattern});
    }
};

} // namespace

class TestApi : public QObject {
    Q_OBJECT

private:
    apitest::ApiWorld api;
    QString anna, bram, carla, tess, bea;

    qint64 beheerderId() const { return api.beheerder; }

    // After the clock moved past the access token lifetime.
    void relogAll()
    {
        anna = api.login(k("anna"));
        bram = api.login(k("bram"));
        carla = api.login(k("carla"));
        tess = api.login(k("tess"));
        bea = api.login(k("bea"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        api.build();
        api.w.ctx->settings.maxOpenVerzoekenPerInwoner = 50;
        relogAll();
        QVERIFY(!anna.isEmpty() && !bram.isEmpty() && !carla.isEmpty() && !tess.isEmpty() && !bea.isEmpty());
    }

    void missingOrBadTokenIsProblem401_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("none") << QString();
        QTest::newRow("garbage") << k("not-a-token");
    }
    void missingOrBadTokenIsProblem401()
    {
        QFETCH(QString, token);
        const Reply r = api.get(k("/api/v1/verzoeken"), token);
        QCOMPARE(r.status, 401);
        QVERIFY(isProblem(r));
        QVERIFY(r.header("www-authenticate").startsWith("Bearer"));
        QVERIFY(!r.header("api-version").isEmpty());
    }

    void loginRefreshRotationLogout()
    {
        const Reply login = api.loginReply(k("anna"));
        QCOMPARE(login.status, 201);
        const QString access = login.json().value(k("accessToken")).toString();
        const QString refresh = login.json().value(k("refreshToken")).toString();
        QCOMPARE(login.json().value(k("gebruiker")).toObject().value(k("rol")).toString(), k("medewerker"));
        QCOMPARE(api.get(k("/api/v1/sessies/huidig"), access).status, 200);

        const Reply next = api.post(k("/api/v1/sessies/vernieuwen"), {}, {{k("refreshToken"), refresh}});
        QCOMPARE(next.status, 200);
        const QString access2 = next.json().value(k("accessToken")).toString();
        QVERIFY(access2 != access);
        QCOMPARE(api.get(k("/api/v1/sessies/huidig"), access).status, 401); // the old access token is retired
        QCOMPARE(api.get(k("/api/v1/sessies/huidig"), access2).status, 200);

        // The retired refresh token again: theft suspected, the whole family ends.
        const Reply reuse = api.post(k("/api/v1/sessies/vernieuwen"), {}, {{k("refreshToken"), refresh}});
        QCOMPARE(reuse.status, 401);
        QVERIFY(isProblem(reuse));
        QCOMPARE(api.get(k("/api/v1/sessies/huidig"), access2).status, 401);

        const QString again = api.login(k("anna"));
        QCOMPARE(api.call(k("DELETE"), k("/api/v1/sessies"), again).status, 204);
        QCOMPARE(api.get(k("/api/v1/sessies/huidig"), again).status, 401);
    }

    void totpCodeWorksOnce()
    {
        api.w.advance(31);
        const QJsonObject body{{k("username"), k("bram")}, {k("password"), apitest::kPassword}, {k("totp"), api.totp(k("bram"))}};
        QCOMPARE(api.post(k("/api/v1/sessies"), {}, body).status, 201);
        QCOMPARE(api.post(k("/api/v1/sessies"), {}, body).status, 401);
    }

    void badLoginInput_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("empty") << QJsonObject{} << 400;
        QTest::newRow("number password") << QJsonObject{{k("username"), k("anna")}, {k("password"), 5}, {k("totp"), k("1")}} << 400;
        QTest::newRow("unknown user") << QJsonObject{{k("username"), k("nobody")}, {k("password"), k("x")}, {k("totp"), k("123456")}} << 401;
    }
    void badLoginInput()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        const Reply r = api.post(k("/api/v1/sessies"), {}, body);
        QCOMPARE(r.status, status);
        QVERIFY(isProblem(r));
    }

    void nonStaffCannotLogIn()
    {
        storage::Sql q(*api.w.db, k("UPDATE users SET password_hash = :p, totp_secret_enc = :t WHERE id = :id"));
        q.bind(k(":p"), crypto::hashPassword(apitest::kPassword))
            .bind(k(":t"), api.w.cipher.encrypt(auth::demoTotpSecret(k("inwoner1")), "users.totp_secret"))
            .bind(k(":id"), api.w.inwoner1User);
        QVERIFY(q.exec());
        QCOMPARE(api.loginReply(k("inwoner1")).status, 401);
        QCOMPARE(api.loginReply(k("maatje")).status, 401); // ketenpartner: read-only pages, no API
    }

    // The demo TOTP secret is derived from the user name: only the demo loader's accounts in a
    // store created as a demo get it. This store was not created as one.
    void demoSecondFactorsOnlyInADemoStore()
    {
        services::NieuweGebruiker g;
        g.username = k("demo.medewerker");
        g.displayName = k("Demo Medewerker");
        g.role = Role::Medewerker;
        g.teamId = api.w.teamId;
        g.password = apitest::kPassword;
        g.demo = true; // asked for, but the store is no demo
        QVERIFY(services::Organisatie(*api.w.ctx).maakGebruiker(Actor::systeem(), g).ok());
        QCOMPARE(api.loginReply(k("demo.medewerker")).status, 401); // no second factor yet
        services::Beheer beheer(*api.w.ctx);
        QCOMPARE(beheer.zetDemoTweedeFactoren(api.w.staff(beheerderId(), Role::Beheerder)).error.code, services::ErrorCode::Forbidden);
        const auto gezet = beheer.zetDemoTweedeFactoren(Actor::systeem());
        QVERIFY(gezet.ok());
        QCOMPARE(*gezet.value, 0);
        QCOMPARE(api.loginReply(k("demo.medewerker")).status, 401);
        // A store that holds people cannot be made a demo afterwards.
        QCOMPARE(services::Installatie(*api.w.ctx).legSoortVast(Actor::systeem(), true).error.code, services::ErrorCode::Conflict);
    }

    // Back-off, not a lock: after five failures in a row this client waits a minute (the
    // harness clock moves 31 s per attempt), with the same answer as a wrong password; then
    // the right password works again. The account is never locked for everyone.
    void backOffAfterFiveFailures()
    {
        QByteArray wrong;
        for (int i = 1; i <= 5; ++i) {
            const Reply r = api.loginReply(k("carla"), k("wrong password!"));
            QCOMPARE(r.status, 401);
            wrong = r.body;
        }
        const Reply held = api.loginReply(k("carla")); // right password, within the back-off
        QCOMPARE(held.status, 401);
        QCOMPARE(held.body, wrong);
        QCOMPARE(api.loginReply(k("carla")).status, 201); // 62 s later
        audit::Filter f;
        f.actions = {k("login.mislukt")};
        QVERIFY(audit::AuditLog::query(*api.w.db, f).size() >= 6);
        f.actions = {k("account.geblokkeerd")};
        QCOMPARE(audit::AuditLog::query(*api.w.db, f).size(), 0);
        QCOMPARE(auth::StaffLogin::terugval(4).count(), 0);
        QCOMPARE(auth::StaffLogin::terugval(5).count(), 60);
        QCOMPARE(auth::StaffLogin::terugval(6).count(), 120);
        QCOMPARE(auth::StaffLogin::terugval(1000).count(), 15 * 60);
        relogAll();
    }

    void werkvoorraadFiltersSortingPaging()
    {
        const QString klein = api.waitingRequest(api.w.buffer, 2000);
        const QString groot = api.waitingRequest(api.w.buffer, 4000);
        const Reply all = api.get(k("/api/v1/verzoeken?sort=-bedrag"), anna);
        QCOMPARE(all.status, 200);
        QVERIFY(ids(all).contains(klein) && ids(all).contains(groot));
        QVERIFY(ids(all).indexOf(groot) < ids(all).indexOf(klein));
        const Reply page = api.get(k("/api/v1/verzoeken?pageSize=1&page=1"), anna);
        QCOMPARE(page.json().value(k("data")).toArray().size(), 1);
        QVERIFY(page.json().value(k("_links")).toObject().contains(k("next")));
        QVERIFY(page.json().value(k("totaal")).toInt() >= 2);
        QCOMPARE(ids(api.get(k("/api/v1/verzoeken?reservering=kled"), anna)).size(), 0);
        QVERIFY(ids(api.get(k("/api/v1/verzoeken?reservering=buff"), anna)).contains(klein));
        QCOMPARE(ids(api.get(k("/api/v1/verzoeken?minimumWachtUren=1"), anna)).contains(klein), false);
        api.w.advance(2 * 3600);
        relogAll();
        QVERIFY(ids(api.get(k("/api/v1/verzoeken?minimumWachtUren=1"), anna)).contains(klein));
        QCOMPARE(ids(api.get(k("/api/v1/verzoeken?medewerker=%1").arg(api.w.medewerkerAnders), anna)).size(), 0);
        QCOMPARE(ids(api.get(k("/api/v1/verzoeken"), carla)).contains(klein), false); // other caseload
        QCOMPARE(api.get(k("/api/v1/verzoeken"), bea).status, 403);               // beheerder: no dossier contents
    }

    void badPagingAndFilters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("pageSize 101") << k("pageSize=101");
        QTest::newRow("page 0") << k("page=0");
        QTest::newRow("page text") << k("page=een");
        QTest::newRow("status") << k("status=bestaat_niet");
        QTest::newRow("sort") << k("sort=random");
    }
    void badPagingAndFilters()
    {
        QFETCH(QString, query);
        const Reply r = api.get(k("/api/v1/verzoeken?") + query, anna);
        QCOMPARE(r.status, 400);
        QVERIFY(isProblem(r));
        QVERIFY(!r.json().value(k("invalidParams")).toArray().isEmpty());
    }

    void previewIsExactlyWhatTheInwonerGets()
    {
        const QString id = api.waitingRequest(api.w.buffer, 2500);
        const Reply detail = api.get(k("/api/v1/verzoeken/") + id, anna);
        QCOMPARE(detail.status, 200);
        const QJsonObject beoordeling = detail.json().value(k("beoordeling")).toObject();
        QCOMPARE(beoordeling.value(k("uitkomst")).toString(), k("na_akkoord"));
        QVERIFY(!beoordeling.value(k("redenen")).toArray().isEmpty());

        QCOMPARE(api.get(k("/api/v1/verzoeken/%1/besluit-voorbeeld?akkoord=false").arg(id), anna).status, 400);
        QCOMPARE(api.get(k("/api/v1/verzoeken/%1/besluit-voorbeeld?akkoord=false&reden=ONBEKEND").arg(id), anna).status, 400);
        const Reply preview = api.get(
            k("/api/v1/verzoeken/%1/besluit-voorbeeld?akkoord=false&reden=BUFFER_NODIG&toelichting=Bel%20me%20even").arg(id), anna);
        QCOMPARE(preview.status, 200);
        const QString tekst = preview.json().value(k("tekst")).toString();
        QVERIFY(tekst.contains(k("Bel me even")));

        QCOMPARE(api.post(k("/api/v1/verzoeken/%1/besluit").arg(id), anna, {{k("akkoord"), false}}).status, 400);
        QCOMPARE(api.post(k("/api/v1/verzoeken/%1/besluit").arg(id), anna,
                          {{k("akkoord"), false}, {k("redenCode"), k("ONBEKEND")}}).status, 400);
        QCOMPARE(api.get(k("/api/v1/verzoeken/") + id, carla).status, 404); // outside carla's caseload
        const Reply done = api.post(k("/api/v1/verzoeken/%1/besluit").arg(id), anna,
                                    {{k("akkoord"), false}, {k("redenCode"), k("BUFFER_NODIG")}, {k("extraToelichting"), k("Bel me even")}});
        QCOMPARE(done.status, 200);
        QCOMPARE(done.json().value(k("status")).toString(), k("geweigerd"));
        QCOMPARE(api.post(k("/api/v1/verzoeken/%1/besluit").arg(id), bram, {{k("akkoord"), true}}).status, 409);

        // The inwoner side: the melding carries the previewed text byte for byte.
        const auto meldingen = services::Dossier(*api.w.ctx).meldingen(api.w.inwoner(api.w.inwoner1));
        QVERIFY(meldingen.ok());
        bool found = false;
        for (const auto &m : *meldingen.value)
            found = found || (m.verzoekPublicId == id && m.tekst == tekst);
        QVERIFY2(found, qPrintable(tekst));
    }

    void fourEyes()
    {
        const QString id = api.waitingRequest(api.w.buffer, 60000); // above the team's 500 euro
        const Reply preview = api.get(k("/api/v1/verzoeken/%1/besluit-voorbeeld?akkoord=true").arg(id), anna);
        QCOMPARE(preview.json().value(k("berichtAanInwoner")).toBool(), false);
        const Reply first = api.post(k("/api/v1/verzoeken/%1/besluit").arg(id), anna, {{k("akkoord"), true}});
        QCOMPARE(first.json().value(k("status")).toString(), k("wacht_op_tweede_akkoord"));
        QCOMPARE(api.post(k("/api/v1/verzoeken/%1/besluit").arg(id), anna, {{k("akkoord"), true}}).status, 409);
        const Reply queue = api.get(k("/api/v1/verzoeken?status=wacht_op_tweede_akkoord"), bram);
        QVERIFY(ids(queue).contains(id));
        const Reply second = api.post(k("/api/v1/verzoeken/%1/besluit").arg(id), bram, {{k("akkoord"), true}});
        QCOMPARE(second.json().value(k("status")).toString(), k("uitgevoerd"));
    }

    void redenen()
    {
        const Reply r = api.get(k("/api/v1/redenen?soort=weigering"), anna);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(k("data")).toArray().first().toObject().value(k("code")).toString(), k("BUFFER_NODIG"));
        QCOMPARE(api.get(k("/api/v1/redenen?soort=iets"), anna).status, 400);
    }

    void dossierForCaseloadOnly()
    {
        const QString p1 = api.pseudonym(api.w.inwoner1);
        const Reply list = api.get(k("/api/v1/inwoners"), anna);
        QCOMPARE(list.status, 200);
        QCOMPARE(ids(list), QStringList{p1});
        const Reply overview = api.get(k("/api/v1/inwoners/") + p1, anna);
        QCOMPARE(overview.status, 200);
        QCOMPARE(overview.json().value(k("reserveringen")).toArray().size(), 4);
        QCOMPARE(api.get(k("/api/v1/inwoners/") + p1, carla).status, 404);
        QCOMPARE(api.get(k("/api/v1/inwoners/bestaat-niet"), anna).status, 404);
        QCOMPARE(api.get(k("/api/v1/inwoners/%1/transacties?pageSize=2").arg(p1), anna).status, 200);
        QVERIFY(!ids(api.get(k("/api/v1/inwoners/%1/verzoeken").arg(p1), anna)).isEmpty());
        QCOMPARE(api.get(k("/api/v1/inwoners/%1/transacties").arg(p1), carla).status, 404);
        QCOMPARE(api.get(k("/api/v1/inwoners"), tess).json().value(k("totaal")).toInt(), 1); // team Noord
    }

    void proberenSavesNothingAndZetAddsVersion()
    {
        const QString p1 = api.pseudonym(api.w.inwoner1);
        const QString base = k("/api/v1/inwoners/%1/afspraken").arg(p1);
        const qsizetype versies = api.get(base, anna).json().value(k("geschiedenis")).toArray().size();
        QJsonObject draft{{k("reserveringId"), api.w.buffer}, {k("modus"), k("vrij")}, {k("maxPerOpnameCents"), 10000},
                          {k("ingangsdatum"), k("2026-01-01")}};
        draft.insert(k("bedragCents"), 5000);
        const Reply vrij = api.post(base + k("/proberen"), anna, draft);
        QCOMPARE(vrij.status, 200);
        QCOMPARE(vrij.json().value(k("beoordeling")).toObject().value(k("uitkomst")).toString(), k("vrij"));
        draft.insert(k("bedragCents"), 15000);
        QCOMPARE(api.post(base + k("/proberen"), anna, draft).json().value(k("beoordeling")).toObject()
                     .value(k("uitkomst")).toString(), k("na_akkoord"));
        draft.insert(k("bedragCents"), 12.5);
        QCOMPARE(api.post(base + k("/proberen"), anna, draft).status, 400);
        draft.insert(k("bedragCents"), 100);
        draft.insert(k("maxPerWeekBedragCents"), 5000); // below maxPerOpname: invalid afspraak
        const Reply invalid = api.post(base + k("/proberen"), anna, draft);
        QCOMPARE(invalid.status, 200);
        QCOMPARE(invalid.json().value(k("geldig")).toBool(), false);
        QCOMPARE(api.post(base + k("/proberen"), carla, draft).status, 404);
        QCOMPARE(api.get(base, anna).json().value(k("geschiedenis")).toArray().size(), versies);

        QJsonObject zet{{k("reserveringId"), api.w.buffer}, {k("modus"), k("vrij")}, {k("maxPerOpnameCents"), 10000},
                        {k("ingangsdatum"), k("2026-11-25")}};
        QCOMPARE(api.post(base, anna, zet).status, 400); // no reason
        zet.insert(k("reden"), k("Afgesproken in gesprek"));
        QCOMPARE(api.post(base, anna, zet).status, 201);
        QCOMPARE(api.post(base, carla, zet).status, 404);
        QCOMPARE(api.get(base, anna).json().value(k("geschiedenis")).toArray().size(), versies + 1);
    }

    void meldingen()
    {
        const Reply r = api.get(k("/api/v1/meldingen"), anna);
        QCOMPARE(r.status, 200);
        QCOMPARE(api.post(k("/api/v1/meldingen/gelezen"), anna, {}).status, 200);
        QCOMPARE(api.get(k("/api/v1/meldingen?ongelezen=true"), anna).json().value(k("totaal")).toInt(), 0);
        QCOMPARE(api.post(k("/api/v1/meldingen/999999/gelezen"), anna, {}).status, 404);
    }

    void inwonerMeldingenForCaseloadOnly()
    {
        const QString p1 = api.pseudonym(api.w.inwoner1);
        const QString t1 = storage::toDbTime(api.w.ctx->now().addSecs(-3600));
        const QString t2 = storage::toDbTime(api.w.ctx->now()); // ties: the higher id comes first
        for (const auto &[titel, at] : {std::pair{k("Ouder bericht"), t1}, std::pair{k("Nieuwer bericht"), t2}}) {
            storage::Sql q(*api.w.db, k("INSERT INTO meldingen (inwoner_id, soort, titel, tekst, created_at)"
                                        " VALUES (:i, 'info', :t, 'tekst', :at)"));
            q.bind(k(":i"), api.w.inwoner1).bind(k(":t"), titel).bind(k(":at"), at);
            QVERIFY2(q.exec(), qPrintable(q.error()));
        }
        audit::Filter f;
        f.actions = {k("dossier.bekeken")};
        f.subject = p1;
        const qsizetype voor = audit::AuditLog::query(*api.w.db, f).size();
        const Reply r = api.get(k("/api/v1/inwoners/%1/meldingen").arg(p1), anna);
        QCOMPARE(r.status, 200);
        const QJsonArray data = r.json().value(k("data")).toArray();
        QVERIFY(data.size() >= 2);
        QCOMPARE(data.at(0).toObject().value(k("titel")).toString(), k("Nieuwer bericht"));
        bool ouderGezien = false;
        for (const auto &m : data)
            ouderGezien = ouderGezien || m.toObject().value(k("titel")).toString() == k("Ouder bericht");
        QVERIFY(ouderGezien);
        QCOMPARE(audit::AuditLog::query(*api.w.db, f).size(), voor + 1);
        QCOMPARE(api.get(k("/api/v1/inwoners/%1/meldingen").arg(p1), carla).status, 404); // outside caseload
        QCOMPARE(api.get(k("/api/v1/inwoners/bestaat-niet/meldingen"), anna).status, 404);
        QCOMPARE(api.get(k("/api/v1/inwoners/%1/meldingen?pageSize=0").arg(p1), anna).status, 400);
    }

    void teamleiderReports()
    {
        QCOMPARE(api.get(k("/api/v1/audit"), anna).status, 403);
        QCOMPARE(api.get(k("/api/v1/audit/export?format=csv"), anna).status, 403);
        QCOMPARE(api.get(k("/api/v1/rapportages/werkvoorraad"), anna).status, 403);
        const Reply list = api.get(k("/api/v1/audit?acties=besluit.weigering&pageSize=5"), tess);
        QCOMPARE(list.status, 200);
        QVERIFY(list.json().value(k("totaal")).toInt() >= 1);
        QCOMPARE(api.get(k("/api/v1/audit?van=gisteren"), tess).status, 400);
        const Reply csv = api.get(k("/api/v1/audit/export?format=csv&acties=besluit.akkoord"), tess);
        QCOMPARE(csv.status, 200);
        QVERIFY(csv.contentType.startsWith("text/csv"));
        QVERIFY(csv.body.contains("besluit.akkoord"));
        const Reply json = api.get(k("/api/v1/audit/export?format=json"), tess);
        QCOMPARE(json.status, 200);
        QVERIFY(QJsonDocument::fromJson(json.body).isArray());
        QCOMPARE(api.get(k("/api/v1/audit/export?format=pdf"), tess).status, 400);
        const Reply check = api.get(k("/api/v1/audit/verificatie"), tess);
        QCOMPARE(check.json().value(k("intact")).toBool(), true);
        const Reply rapport = api.get(k("/api/v1/rapportages/werkvoorraad"), tess);
        QCOMPARE(rapport.status, 200);
        QVERIFY(rapport.json().value(k("openVerzoeken")).toInt() >= 2);
        QVERIFY2(rapport.json().value(k("besluitenWeigering")).toInt() >= 1, rapport.body.constData());
        QVERIFY(rapport.json().value(k("besluitenAkkoord")).toInt() >= 2);
    }

    void beheerOnlyForBeheerder()
    {
        QCOMPARE(api.get(k("/api/v1/gebruikers"), anna).status, 403);
        QCOMPARE(api.get(k("/api/v1/teams"), anna).status, 403);
        // The teamleider sees the staff of the own team only (for the work queue's caseload
        // filter) and may not change accounts.
        const Reply eigenTeam = api.get(k("/api/v1/gebruikers"), tess);
        QCOMPARE(eigenTeam.status, 200);
        const QJsonArray collega = eigenTeam.json().value(k("data")).toArray();
        QVERIFY(!collega.isEmpty());
        QStringList namen;
        for (const QJsonValue &v : collega) {
            QCOMPARE(v.toObject().value(k("teamId")).toInteger(), api.w.teamId);
            namen << v.toObject().value(k("username")).toString();
        }
        QVERIFY2(namen.contains(k("anna")) && !namen.contains(k("carla")), qPrintable(namen.join(u',')));
        const Reply users = api.get(k("/api/v1/gebruikers"), bea);
        QCOMPARE(users.status, 200);
        const QJsonObject nieuw{{k("username"), k("dirk")}, {k("displayName"), k("Dirk de Vries")}, {k("rol"), k("medewerker")},
                                {k("teamId"), api.w.teamId}, {k("wachtwoord"), apitest::kPassword}};
        QCOMPARE(api.post(k("/api/v1/gebruikers"), tess, nieuw).status, 403); // reading is not managing
        const Reply made = api.post(k("/api/v1/gebruikers"), bea, nieuw);
        QCOMPARE(made.status, 201);
        QVERIFY(made.json().value(k("tweedeFactorInstelling")).toObject().value(k("otpauthUri")).toString().startsWith(k("otpauth://")));
        QCOMPARE(api.post(k("/api/v1/gebruikers"), bea, nieuw).status, 409);
        QCOMPARE(api.post(k("/api/v1/gebruikers"), bea, {{k("username"), k("x")}}).status, 400);
        const qint64 dirk = made.json().value(k("id")).toInteger();
        const Reply patched = api.call(k("PATCH"), k("/api/v1/gebruikers/%1").arg(dirk), bea, QJsonObject{{k("displayName"), k("Dirk V.")}});
        QVERIFY2(patched.status == 200, patched.body.constData());
        QCOMPARE(patched.json().value(k("displayName")).toString(), k("Dirk V."));
        QCOMPARE(api.call(k("DELETE"), k("/api/v1/gebruikers/%1").arg(dirk), bea).status, 204);
        QCOMPARE(api.get(k("/api/v1/gebruikers/%1").arg(dirk), bea).json().value(k("actief")).toBool(), false);

        const Reply team = api.post(k("/api/v1/teams"), bea, {{k("naam"), k("Team West")}, {k("vierOgenGrensCents"), 75000}});
        QCOMPARE(team.status, 201);
        const qint64 teamId = team.json().value(k("id")).toInteger();
        QCOMPARE(api.call(k("PATCH"), k("/api/v1/teams/%1").arg(teamId), bea, QJsonObject{{k("doelBehandeltijdUren"), 0}}).status, 400);
        QCOMPARE(api.call(k("PATCH"), k("/api/v1/teams/%1").arg(teamId), bea, QJsonObject{{k("doelBehandeltijdUren"), 24}})
                     .json().value(k("doelBehandeltijdUren")).toInt(), 24);
        QCOMPARE(api.post(k("/api/v1/teams"), bea, {{k("naam"), k("Team West")}, {k("vierOgenGrensCents"), 7.5}}).status, 400);
        QVERIFY(api.get(k("/api/v1/teams"), bea).json().value(k("data")).toArray().size() >= 3);

        const QString p2 = api.pseudonym(api.w.inwoner2);
        QCOMPARE(api.post(k("/api/v1/caseloads"), bea, {{k("medewerkerId"), api.w.medewerkerA}, {k("inwoner"), p2}}).status, 201);
        QCOMPARE(api.get(k("/api/v1/inwoners/") + p2, anna).status, 200);
        QCOMPARE(api.call(k("DELETE"), k("/api/v1/caseloads/%1/%2").arg(api.w.medewerkerA).arg(p2), bea).status, 204);
        QCOMPARE(api.get(k("/api/v1/inwoners/") + p2, anna).status, 404);
        QCOMPARE(api.get(k("/api/v1/caseloads?medewerker=%1").arg(api.w.medewerkerA), bea).json().value(k("totaal")).toInt(), 1);
    }

    void uitgaandeBerichtenOpnieuw()
    {
        const auto due = outbox::due(*api.w.db, api.w.now.addDays(1), 1);
        QVERIFY(!due.isEmpty());
        QVERIFY(outbox::markFailed(*api.w.db, due.first().id, k("timeout"), api.w.now, 1));
        const Reply failed = api.get(k("/api/v1/uitgaande-berichten"), bea);
        QCOMPARE(failed.status, 200);
        QCOMPARE(failed.json().value(k("data")).toArray().size(), 1);
        QCOMPARE(api.get(k("/api/v1/uitgaande-berichten"), tess).status, 403);
        const QString path = k("/api/v1/uitgaande-berichten/%1/opnieuw").arg(due.first().id);
        QCOMPARE(api.post(path, bea, {}).status, 200);
        QCOMPARE(api.post(path, bea, {}).status, 409);
    }

    // Linking answers 400/409/422 before Allegro is asked, 503 without Allegro; ending
    // budgetbeheer is for the inwoner's team or a beheerder, once (docs/ALLEGRO.md).
    void huishoudenKoppelenEnBeeindigen()
    {
        QJsonObject verzoek{{k("bsn"), k("100000022")}, {k("allegroRelatie"), k("123456")}, {k("teamId"), api.w.teamId},
                            {k("medewerkerId"), QJsonValue::Null}, {k("reden"), k("Aanmelding")}};
        QJsonObject foutBsn = verzoek;
        foutBsn.insert(k("bsn"), k("100000023"));
        const Reply elfproef = api.post(k("/api/v1/inwoners"), bea, foutBsn);
        QCOMPARE(elfproef.status, 422);
        QJsonObject bekend = verzoek;
        bekend.insert(k("bsn"), k("111222333"));
        QCOMPARE(api.post(k("/api/v1/inwoners"), bea, bekend).status, 409);
        QJsonObject zonderTeam = verzoek;
        zonderTeam.remove(k("teamId"));
        QCOMPARE(api.post(k("/api/v1/inwoners"), bea, zonderTeam).status, 400);
        QCOMPARE(api.post(k("/api/v1/inwoners"), carla, verzoek).status, 403); // another team
        QCOMPARE(api.post(k("/api/v1/inwoners"), bea, verzoek).status, 503); // no Allegro configured here

        const QString p2 = api.pseudonym(api.w.inwoner2);
        const QString pad = k("/api/v1/inwoners/") + p2 + k("/beeindigen");
        QCOMPARE(api.post(pad, anna, {{k("reden"), k("Klaar")}}).status, 404); // inwoner2 is in team Zuid
        QCOMPARE(api.post(pad, bea, {{k("reden"), k(" ")}}).status, 400);
        const Reply einde = api.post(pad, bea, {{k("reden"), k("Schulden opgelost")}});
        QCOMPARE(einde.status, 200);
        QCOMPARE(einde.json().value(k("inwoner")).toString(), p2);
        QCOMPARE(api.post(pad, bea, {{k("reden"), k("Nog eens")}}).status, 409);
    }

    // Separation of duties: what could give the beheerder power over inwoners' money or data
    // waits for a teamleider of the team, and a beheerder account never gets dossier access.
    void separationOfDuties()
    {
        const QString team = k("/api/v1/teams/%1").arg(api.w.teamId);
        const qint64 grens = api.get(team, bea).json().value(k("vierOgenGrensCents")).toInteger();
        const Reply voorstel = api.call(k("PATCH"), team, bea, QJsonObject{{k("vierOgenGrensCents"), 0}});
        QCOMPARE(voorstel.status, 202);
        QCOMPARE(voorstel.json().value(k("status")).toString(), k("open"));
        const qint64 id = voorstel.json().value(k("id")).toInteger();
        QCOMPARE(api.get(team, bea).json().value(k("vierOgenGrensCents")).toInteger(), grens); // not yet
        const QString akkoord = k("/api/v1/voorstellen/%1/akkoord").arg(id);
        QCOMPARE(api.post(akkoord, bea, {}).status, 404);   // not the beheerder itself
        QCOMPARE(api.post(akkoord, anna, {}).status, 404);  // not a medewerker
        const Reply open = api.get(k("/api/v1/voorstellen"), tess);
        QCOMPARE(open.status, 200);
        QCOMPARE(open.json().value(k("data")).toArray().size(), 1);
        QCOMPARE(api.post(akkoord, tess, {}).json().value(k("status")).toString(), k("akkoord"));
        QCOMPARE(api.get(team, bea).json().value(k("vierOgenGrensCents")).toInteger(), 0);
        QCOMPARE(api.post(akkoord, tess, {}).status, 404); // decided once
        const qint64 terug = api.call(k("PATCH"), team, bea, QJsonObject{{k("vierOgenGrensCents"), grens}}).json().value(k("id")).toInteger();
        QCOMPARE(api.post(k("/api/v1/voorstellen/%1/afwijzing").arg(terug), tess, {}).json().value(k("status")).toString(), k("afgewezen"));
        QCOMPARE(api.get(team, bea).json().value(k("vierOgenGrensCents")).toInteger(), 0);
        const qint64 nogmaals = api.call(k("PATCH"), team, bea, QJsonObject{{k("vierOgenGrensCents"), grens}}).json().value(k("id")).toInteger();
        QCOMPARE(api.post(k("/api/v1/voorstellen/%1/akkoord").arg(nogmaals), tess, {}).status, 200);

        // An account the beheerder made (and so could log in with): its caseload waits too.
        const Reply made = api.post(k("/api/v1/gebruikers"), bea,
                                    {{k("username"), k("eigen.medewerker")}, {k("displayName"), k("Eigen Medewerker")},
                                     {k("rol"), k("medewerker")}, {k("teamId"), api.w.teamId}, {k("wachtwoord"), apitest::kPassword}});
        QCOMPARE(made.status, 201);
        const qint64 eigen = made.json().value(k("id")).toInteger();
        const QString p1 = api.pseudonym(api.w.inwoner1);
        const Reply caseload = api.post(k("/api/v1/caseloads"), bea, {{k("medewerkerId"), eigen}, {k("inwoner"), p1}});
        QCOMPARE(caseload.status, 202);
        QCOMPARE(api.get(k("/api/v1/caseloads?medewerker=%1").arg(eigen), bea).json().value(k("totaal")).toInt(), 0);
        QCOMPARE(api.post(k("/api/v1/voorstellen/%1/akkoord").arg(caseload.json().value(k("id")).toInteger()), tess, {}).status, 200);
        QCOMPARE(api.get(k("/api/v1/caseloads?medewerker=%1").arg(eigen), bea).json().value(k("totaal")).toInt(), 1);

        // No role change into or out of beheerder.
        QCOMPARE(api.call(k("PATCH"), k("/api/v1/gebruikers/%1").arg(eigen), bea, QJsonObject{{k("rol"), k("beheerder")}}).status, 400);
        QCOMPARE(api.call(k("PATCH"), k("/api/v1/gebruikers/%1").arg(beheerderId()), bea, QJsonObject{{k("rol"), k("medewerker")}}).status, 400);
        audit::Filter f;
        f.actions = {k("voorstel.gedaan"), k("voorstel.besloten")};
        QVERIFY(audit::AuditLog::query(*api.w.db, f).size() >= 8);
    }

    // The beheerder sees when retention last ran and what it did; nobody else does.
    void bewaartermijnLaatsteRun()
    {
        const Reply nooit = api.get(k("/api/v1/bewaartermijn"), bea);
        QCOMPARE(nooit.status, 200);
        QVERIFY(nooit.json().value(k("laatsteRun")).isNull());
        services::Bewaartermijn bewaar(*api.w.ctx);
        const auto run = bewaar.verwerkIndienNodig(Actor::systeem(), 84, std::chrono::hours(24));
        QVERIFY(run.ok() && run.value->has_value());
        const QJsonObject laatste = api.get(k("/api/v1/bewaartermijn"), bea).json().value(k("laatsteRun")).toObject();
        QCOMPARE(laatste.value(k("bewaarMaanden")).toInt(), 84);
        QCOMPARE(laatste.value(k("geanonimiseerd")).toInt(), 0);
        QVERIFY(laatste.value(k("volledig")).toBool());
        QCOMPARE(laatste.value(k("grens")).toString(), api.w.now.date().addMonths(-84).toString(Qt::ISODate));
        QCOMPARE(laatste.value(k("moment")).toString(), api.w.now.toUTC().toString(Qt::ISODateWithMs));
        QCOMPARE(api.get(k("/api/v1/bewaartermijn"), tess).status, 403);
        QCOMPARE(api.get(k("/api/v1/bewaartermijn"), anna).status, 403);
    }

    // What staff set up without the demo loader: reasons, the afspraken per vorm, teams' opening
    // hours and own accounts, each for the roles that may.
    void inrichting()
    {
        relogAll();
        const QJsonObject reden{{k("code"), k("GEEN_BON")}, {k("soort"), k("weigering")},
                                {k("tekstB1"), k("We missen de bon. Stuur die mee.")},
                                {k("tekstMedewerker"), k("Bon of offerte ontbreekt")}, {k("reden"), k("nieuw beleid")}};
        QCOMPARE(api.post(k("/api/v1/redencatalogus"), anna, reden).status, 403);
        QCOMPARE(api.post(k("/api/v1/redencatalogus"), tess, reden).status, 201);
        QCOMPARE(api.post(k("/api/v1/redencatalogus"), tess, reden).status, 409);
        const Reply versie = api.post(k("/api/v1/redencatalogus/GEEN_BON/versies"), bea,
                                      {{k("tekstB1"), k("We missen de bon.")}, {k("tekstMedewerker"), k("Bon ontbreekt")},
                                       {k("reden"), k("korter")}});
        QCOMPARE(versie.status, 201);
        QCOMPARE(versie.json().value(k("versie")).toInt(), 2);
        QCOMPARE(api.get(k("/api/v1/redencatalogus/GEEN_BON/versies"), anna).json().value(k("data")).toArray().size(), 2);
        QCOMPARE(api.get(k("/api/v1/redencatalogus/ONBEKEND/versies"), anna).status, 404);
        QCOMPARE(api.post(k("/api/v1/redencatalogus/GEEN_BON/intrekken"), tess, {{k("reden"), k("dubbel")}})
                     .json().value(k("actief")).toBool(), false);
        QCOMPARE(api.get(k("/api/v1/redencatalogus"), anna).status, 200);

        QCOMPARE(api.get(k("/api/v1/vormen"), anna).json().value(k("data")).toArray().first().toObject().value(k("code")).toString(), k("T"));
        const QJsonObject standaard{{k("modus"), k("vrij")}, {k("maxPerOpnameCents"), 2500}, {k("ingangsdatum"), k("2026-11-01")},
                                    {k("reden"), k("beleid 2027")}};
        QCOMPARE(api.post(k("/api/v1/vormen/T/afspraken"), anna, standaard).status, 403);
        QCOMPARE(api.post(k("/api/v1/vormen/T/afspraken"), tess, standaard).status, 201);
        QCOMPARE(api.post(k("/api/v1/vormen/X/afspraken"), tess, standaard).status, 404);
        const Reply vorm = api.get(k("/api/v1/vormen/T/afspraken"), anna);
        QCOMPARE(vorm.json().value(k("geldend")).toObject().value(k("modus")).toString(), k("vrij"));
        const QJsonObject proef{{k("modus"), k("vrij")}, {k("maxPerOpnameCents"), 2500}, {k("bedragCents"), 3000},
                                {k("beschikbaarCents"), 10000}, {k("soort"), k("vrij_besteedbaar")}};
        QCOMPARE(api.post(k("/api/v1/vormen/T/afspraken/proberen"), tess, proef).json().value(k("beoordeling")).toObject()
                     .value(k("uitkomst")).toString(), k("na_akkoord"));
        QCOMPARE(api.post(k("/api/v1/vormen/T/afspraken/proberen"), anna, proef).status, 403);

        const Reply team = api.call(k("PATCH"), k("/api/v1/teams/%1").arg(api.w.teamId), bea,
                                    QJsonObject{{k("openingstijden"), k("ma-vr 9.00-17.00 uur")}});
        QCOMPARE(team.json().value(k("openingstijden")).toString(), k("ma-vr 9.00-17.00 uur"));

        const QString p1 = api.pseudonym(api.w.inwoner1);
        const QString rekeningen = k("/api/v1/inwoners/%1/rekeningen").arg(p1);
        const QJsonObject rekening{{k("iban"), k("NL39 RABO 0300 0652 64")}, {k("label"), k("Spaarrekening")},
                                   {k("verificatie"), k("bankpas")}, {k("notitie"), k("Pas en ID gezien aan de balie")}};
        QCOMPARE(api.post(rekeningen, carla, rekening).status, 404);
        QCOMPARE(api.post(rekeningen, bea, rekening).status, 404);
        QJsonObject fout = rekening;
        fout.insert(k("iban"), k("NL39RABO0300065265"));
        QCOMPARE(api.post(rekeningen, anna, fout).status, 400);
        const Reply nieuw = api.post(rekeningen, anna, rekening);
        QCOMPARE(nieuw.status, 201);
        QCOMPARE(nieuw.json().value(k("ibanEind")).toString(), k("5264"));
        QVERIFY(!nieuw.body.contains("RABO"));
        QCOMPARE(api.get(rekeningen, anna).json().value(k("data")).toArray().size(), 2);
        const qint64 id = nieuw.json().value(k("id")).toInteger();
        const Reply einde = api.post(rekeningen + k("/%1/beeindigen").arg(id), anna, {{k("reden"), k("opgeheven")}});
        QCOMPARE(einde.status, 200);
        QCOMPARE(einde.json().value(k("bruikbaar")).toBool(), false);
        QCOMPARE(api.post(rekeningen + k("/%1/beeindigen").arg(id), anna, {{k("reden"), k("opgeheven")}}).status, 404);
    }

    void openApiIsServed()
    {
        QFile file(QStringLiteral(REGIE_SOURCE_DIR "/citizen-web/api/openapi.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Reply r = api.get(k("/api/v1/openapi.json"), {});
        QCOMPARE(r.status, 200);
        QCOMPARE(QJsonDocument::fromJson(r.body), QJsonDocument::fromJson(file.readAll()));
    }

    // Last: everything above must match the document.
    void openApiConformance()
    {
        QFile file(QStringLiteral(REGIE_SOURCE_DIR "/citizen-web/api/openapi.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const regie::tests::JsonSchema schema(QJsonDocument::fromJson(file.readAll()).object());
        const QJsonObject paths = schema.document().value(k("paths")).toObject();
        RecordingRouter router;
        web::api::mount(router);
        QVERIFY(router.routes.size() >= 30);
        for (const auto &[method, pattern] : router.routes)
            QVERIFY2(paths.value(pattern).toObject().contains(method.toLower()), qPrintable(method + u' ' + pattern));
        for (auto it = paths.begin(); it != paths.end(); ++it) {
            for (const QString &method : it.value().toObject().keys())
                QVERIFY2(router.routes.contains({method.toUpper(), it.key()}), qPrintable(u"not registered: " + it.key()));
        }
        int checked = 0;
        for (const apitest::Recorded &rec : api.recorded) {
            const QString tpl = schema.matchPath(rec.path);
            QVERIFY2(!tpl.isEmpty(), qPrintable(rec.path));
            if (rec.reply.status == 401 && !paths.value(tpl).toObject().contains(rec.method.toLower()))
                continue;
            bool documented = false;
            const QString type = QString::fromLatin1(rec.reply.contentType.split(';').first().trimmed());
            const QJsonObject s = schema.responseSchema(tpl, rec.method, rec.reply.status, type, &documented);
            QVERIFY2(documented, qPrintable(QStringLiteral("%1 %2 -> %3 undocumented").arg(rec.method, tpl).arg(rec.reply.status)));
            if (s.isEmpty() || rec.reply.status == 204 || !type.contains(k("json")))
                continue;
            QStringList errors;
            const QJsonDocument doc = QJsonDocument::fromJson(rec.reply.body);
            const QJsonValue value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
            QVERIFY2(schema.validate(value, s, &errors),
                     qPrintable(QStringLiteral("%1 %2 %3: ").arg(rec.method, rec.path).arg(rec.reply.status) + errors.join(k("; "))));
            ++checked;
        }
        QVERIFY(checked > 50);
    }
};

QTEST_GUILESS_MAIN(TestApi)
#include "tst_api.moc"
