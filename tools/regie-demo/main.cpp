// regie-demo: the use case UC-SHV-001 on the command line. Creates demo data in a data
// folder (the same generator and loader regie-server --demo uses), prints one inwoner's
// overview and then walks each outcome of a withdrawal through the real services.

#include "audit/AuditLog.h"
#include "crypto/FieldCipher.h"
#include "crypto/KeyStore.h"
#include "demo/Generator.h"
#include "demo/Loader.h"
#include "services/Dossier.h"
#include "services/Installatie.h"
#include "services/Laadstand.h"
#include "services/Opnames.h"
#include "storage/Database.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QTextStream>

#include <cstdio>

using namespace regie;

namespace {

QTextStream out(stdout);

void kop(const QString &text)
{
    out << "\n" << text << "\n" << QString(text.size(), u'=') << "\n";
}

// The demo's records by their dataset keys; nullopt when they are not (or not all) there.
std::optional<qint64> gevonden(const services::Result<qint64> &id)
{
    return id.ok() && *id.value > 0 ? std::optional<qint64>(*id.value) : std::nullopt;
}

void toonOverzicht(const services::Overzicht &o)
{
    kop(QStringLiteral("Overzicht van %1 %2").arg(o.voornaam, o.achternaam));
    out << "Vorm van budgetbeheer: " << o.vormNaam << " - " << o.vormUitleg << "\n";
    out << "Saldo beheerrekening (•••• " << o.beheerrekeningEind << "): " << o.saldoBeheerrekening.formatDutch()
        << "   niet gereserveerd: " << o.nietGereserveerd.formatDutch() << "\n";
    out << "\nReserveringen:\n";
    for (const auto &r : o.reserveringen) {
        out << "  - " << r.naam.leftJustified(22) << r.saldo.formatDutch().rightJustified(14)
            << "  (" << r.bedragPerPeriode.formatDutch() << " " << periodeLabel(r.periode) << ")";
        if (r.doel)
            out << "  doel " << r.doel->formatDutch() << " [" << r.voortgangProcent << "%]";
        out << "\n      " << r.uitleg << "\n";
    }
    if (o.budgetplan) {
        out << "\nBudgetplan: inkomsten " << o.budgetplan->inkomstenPerMaand.formatDutch() << " per maand, uitgaven "
            << o.budgetplan->uitgavenPerMaand.formatDutch() << " per maand. Leefgeld "
            << o.budgetplan->leefgeld.formatDutch() << " " << periodeLabel(o.budgetplan->leefgeldPeriode)
            << ", volgende keer " << o.budgetplan->leefgeldVolgendeDatum.toString(Qt::ISODate) << "\n";
    }
    for (const auto &l : o.leningen) {
        out << "\nLening " << l.omschrijving << ": geleend " << l.geleend.formatDutch() << ", nog open "
            << l.openstaand.formatDutch() << ", " << l.maandtermijn.formatDutch() << " per maand, nog "
            << l.resterendeLooptijdMaanden << " maanden, achterstand " << l.achterstand.formatDutch() << "\n  "
            << l.uitleg << "\n";
    }
    out << "\nLaatste transacties:\n";
    for (const auto &t : o.laatsteTransacties)
        out << "  " << t.datum.toString(Qt::ISODate) << "  " << t.bedrag.formatDutch().rightJustified(14) << "  "
            << t.omschrijving << "\n";
}

void toonVerzoek(const services::VerzoekView &v)
{
    out << "  Status: " << statusLabel(v.status) << " (" << toCode(v.status) << ")\n";
    // The rule engine's reasons explain the request until a medewerker decided it.
    if (v.besluiten.isEmpty() && v.status != VerzoekStatus::Uitgevoerd) {
        out << "  " << v.beoordeling.samenvatting() << "\n";
        for (const auto &reden : v.beoordeling.redenen)
            out << "   * [" << reden.code << "] " << reden.tekst() << "\n";
    }
    if (v.status == VerzoekStatus::Uitgevoerd)
        out << "  " << v.bedrag.formatDutch() << " uit je potje " << v.reserveringNaam << " is naar je rekening (•••• "
            << v.rekeningEind << ") gestuurd.\n";
    if (!v.bijschrijvingTekst.isEmpty())
        out << "  " << v.bijschrijvingTekst << "\n";
    if (v.status == VerzoekStatus::Afgewezen)
        out << "  Hulp nodig? Bel " << v.contact.telefoon << " of mail " << v.contact.email << ".\n";
    for (const auto &b : v.besluiten)
        out << "  Besluit stap " << b.stap << " door " << b.medewerkerNaam << ": " << (b.akkoord ? "akkoord" : "weigering")
            << " " << b.redenTekstB1 << "\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("regie-demo"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Regie: de use case UC-SHV-001 op de opdrachtregel."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("data"), QStringLiteral("Datamap (wordt aangemaakt)."), QStringLiteral("map"),
                      QDir::temp().filePath(QStringLiteral("regie-demo"))});
    parser.addOption({QStringLiteral("inwoners"), QStringLiteral("Aantal demo-huishoudens."), QStringLiteral("n"),
                      QStringLiteral("5")});
    parser.process(app);

    const QString dataDir = parser.value(QStringLiteral("data"));
    QDir().mkpath(dataDir);
    const auto keys = crypto::KeyStore::loadOrCreateKeyFile(QDir(dataDir).filePath(QStringLiteral("regie.key")));
    if (!keys.keyring) {
        std::fprintf(stderr, "regie-demo: %s\n", qPrintable(keys.error));
        return 1;
    }
    crypto::FieldCipher cipher(*keys.keyring);
    storage::DatabaseConfig config;
    config.sqlitePath = QDir(dataDir).filePath(QStringLiteral("regie.sqlite"));
    QString error;
    auto db = storage::Database::open(config, &error);
    if (!db || !db->migrate(&error)) {
        std::fprintf(stderr, "regie-demo: %s\n", qPrintable(error));
        return 1;
    }
    services::ServiceContext ctx(*db, cipher);
    // Demo data only into a store that is a demo (or a new one, which becomes one): never
    // into a real store.
    const auto soort = services::Installatie(ctx).legSoortVast(Actor::systeem(), true);
    if (!soort.ok()) {
        std::fprintf(stderr, "regie-demo: %s is geen demo-opslag: %s\n", qPrintable(dataDir), qPrintable(soort.error.message));
        return 1;
    }

    demo::GeneratorParams params;
    params.inwoners = parser.value(QStringLiteral("inwoners")).toInt();
    const demo::Dataset dataset = demo::genereer(params);
    const auto loaded = demo::Loader().laad(ctx, dataset);
    if (!loaded.ok()) {
        std::fprintf(stderr, "regie-demo: laden mislukt: %s\n", qPrintable(loaded.error.message));
        return 1;
    }
    out << "Demo-gegevens in " << dataDir << ": " << dataset.huishoudens.size() << " huishoudens ("
        << loaded.value->inwonersNieuw << " nieuw geladen).\n";

    const demo::Scenario *vrij = dataset.scenario(QStringView(u"vrij"));
    if (!vrij) {
        std::fprintf(stderr, "regie-demo: geen scenario 'vrij' in de demo-gegevens\n");
        return 1;
    }
    const auto &eerste = dataset.huishoudens.at(vrij->huishouden);
    services::Laadstand stand(ctx);
    const auto eersteId = gevonden(stand.inwonerMetRelatiecode(Actor::systeem(), eerste.relatiecode));
    Actor inwoner;
    inwoner.role = Role::Inwoner;
    inwoner.inwonerId = eersteId.value_or(0);
    services::Dossier dossier(ctx);
    const auto overzicht = dossier.overzicht(inwoner, inwoner.inwonerId);
    if (!overzicht.ok()) {
        std::fprintf(stderr, "regie-demo: %s\n", qPrintable(overzicht.error.message));
        return 1;
    }
    toonOverzicht(*overzicht.value);

    services::Opnames opnames(ctx);
    int stap = 0;
    for (const char *code : {"vrij", "na_akkoord", "niet_toegestaan", "onvoldoende_saldo", "nee"}) {
        const bool nee = QLatin1String(code) == QLatin1String("nee");
        const QString scenarioCode = QString::fromLatin1(nee ? "vrij" : code);
        const demo::Scenario *scenario = dataset.scenario(scenarioCode);
        if (!scenario)
            continue;
        const auto &huishouden = dataset.huishoudens.at(scenario->huishouden);
        const auto inwonerId = gevonden(stand.inwonerMetRelatiecode(Actor::systeem(), huishouden.relatiecode));
        const QString potje = huishouden.reserveringen.at(scenario->reservering).naam;
        const auto reserveringId =
            inwonerId ? gevonden(stand.reserveringMetNaam(Actor::systeem(), *inwonerId, potje)) : std::nullopt;
        if (!reserveringId)
            continue;
        Actor wie;
        wie.role = Role::Inwoner;
        wie.inwonerId = *inwonerId;
        kop(QStringLiteral("%1. Opname %2 uit potje %3 (%4)")
                .arg(++stap)
                .arg(scenario->bedrag.formatDutch(), potje, QLatin1String(nee ? "de inwoner zegt Nee" : code)));
        out << scenario->uitleg << "\n";
        services::OpnameInvoer invoer;
        invoer.reserveringId = *reserveringId;
        invoer.bedrag = scenario->bedrag;
        invoer.idempotencyKey = QStringLiteral("demo-%1-%2").arg(QLatin1String(code)).arg(QDateTime::currentMSecsSinceEpoch());
        const auto voorstel = opnames.maakConcept(wie, invoer);
        if (!voorstel.ok()) {
            out << "  Niet gelukt: " << voorstel.error.message << "\n";
            continue;
        }
        out << "Wil je dit verzoek versturen? (voorvertoning: " << rules::toString(voorstel.value->beoordeling.uitkomst)
            << ")\n";
        const auto na = nee ? opnames.annuleer(wie, voorstel.value->publicId) : opnames.bevestig(wie, voorstel.value->publicId);
        out << (nee ? "> Nee\n" : "> Ja\n");
        if (!na.ok()) {
            out << "  Niet gelukt: " << na.error.message << "\n";
            continue;
        }
        toonVerzoek(*na.value);
        if (na.value->status == VerzoekStatus::WachtOpAkkoord) {
            const auto medewerkerId = gevonden(stand.eersteMedewerker(Actor::systeem(), *inwonerId));
            Actor medewerker;
            medewerker.role = Role::Medewerker;
            medewerker.userId = medewerkerId.value_or(0);
            out << "\nDe medewerker beoordeelt het verzoek en geeft akkoord:\n";
            const auto besluit = opnames.beslis(medewerker, voorstel.value->publicId, {true, QString(), QString()});
            if (besluit.ok())
                toonVerzoek(*besluit.value);
            else
                out << "  Niet gelukt: " << besluit.error.message << "\n";
        }
    }
    const auto verify = audit::AuditLog::verify(*db);
    kop(QStringLiteral("Audittrail"));
    out << (verify.intact ? "De audittrail is intact: " : "De audittrail is NIET intact: ") << verify.eventsChecked
        << " gebeurtenissen gecontroleerd.\n";
    out.flush();
    return verify.intact ? 0 : 2;
}
