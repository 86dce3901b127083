#include "Opdrachten.h"

#include "audit/AuditActions.h"
#include "audit/AuditLog.h"
#include "crypto/KeyStore.h"
#include "crypto/Totp.h"
#include "services/Beheer.h"
#include "services/Bewaartermijn.h"
#include "services/Opslagcontrole.h"
#include "services/Sleutelrotatie.h"
#include "services/UnitOfWork.h"
#include "storage/Backup.h"

#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonObject>

#include <cstdio>

namespace regie::admin {
namespace {

int misgegaan(const QString &tekst)
{
    fout() << "regie-admin: " << tekst << Qt::endl;
    return Fout;
}

int gebruik(const QString &hoe)
{
    fout() << "gebruik: " << hoe << Qt::endl;
    return Gebruik;
}

// The command's audit event; a store that cannot record it is reported, never ignored.
bool leg(Omgeving &o, QLatin1String action, const QString &objectType, const QJsonObject &details)
{
    const auto r = services::UnitOfWork(*o.ctx).record(Actor::systeem(), action, QString(), objectType, QString(), details);
    if (!r.ok())
        fout() << "regie-admin: kon niet in de audittrail schrijven: " << r.error.message << Qt::endl;
    return r.ok();
}

QString beschrijf(const audit::VerifyResult &r)
{
    if (r.intact)
        return QStringLiteral("%1 gebeurtenissen gecontroleerd, de keten is heel").arg(r.eventsChecked);
    return QStringLiteral("de keten is NIET heel: eerste fout bij gebeurtenis %1 (%2)")
        .arg(r.firstBadSeq.value_or(0))
        .arg(r.problem);
}

} // namespace

int verifieerAudit(Omgeving &o)
{
    QString error;
    if (!o.openOpslag(&error))
        return misgegaan(error);
    const audit::VerifyResult r = audit::AuditLog::verify(*o.db);
    uit() << "Audittrail: " << beschrijf(r) << '.' << Qt::endl;
    if (!r.intact)
        uit() << "Wat te doen: zet de laatste goede back-up terug in een nieuwe map (regie-admin restore) en vergelijk;"
                 " meld het als beveiligingsincident (docs/BEHEER.md, \"Audittrail\")."
              << Qt::endl;
    const bool vastgelegd = leg(o, audit::actions::AuditGeverifieerd, QStringLiteral("audit"),
                                {{QStringLiteral("intact"), r.intact}, {QStringLiteral("events"), r.eventsChecked}});
    return r.intact && vastgelegd ? Goed : Fout;
}

int maakBackup(Omgeving &o)
{
    if (o.argumenten.size() != 1)
        return gebruik(QStringLiteral("regie-admin backup BESTAND [--config regie.ini]"));
    QString error;
    if (!o.openOpslag(&error))
        return misgegaan(error);
    const QString bestand = o.argumenten.constFirst();
    if (!storage::backup(*o.db, bestand, &error))
        return misgegaan(error);
    const qint64 bytes = QFileInfo(bestand).size();
    uit() << "Back-up geschreven: " << bestand << " (" << bytes / 1024 << " kB), alleen leesbaar voor de eigenaar." << Qt::endl
          << "Bewaar de sleutel (" << (o.sleutelUitBestand() ? o.keyFile : QStringLiteral("REGIE_MASTER_KEY"))
          << ") apart van de back-up: zonder sleutel zijn BSN en IBAN onleesbaar, met sleutel en back-up samen is alles leesbaar."
          << Qt::endl;
    return leg(o, audit::actions::BackupGemaakt, QStringLiteral("backup"),
               {{QStringLiteral("bestand"), QFileInfo(bestand).fileName()}, {QStringLiteral("bytes"), bytes}})
               ? Goed
               : Fout;
}

int zetBackupTerug(Omgeving &o)
{
    if (o.argumenten.size() != 1)
        return gebruik(QStringLiteral("regie-admin restore BESTAND --data NIEUWE_MAP (of --config met die map)"));
    QString error;
    if (!o.databaseInstellingen(&error))
        return misgegaan(error);
    if (o.database.driver == storage::Driver::Sqlite) {
        if (!QDir().mkpath(o.dataDir))
            return misgegaan(QStringLiteral("kan %1 niet aanmaken").arg(o.dataDir));
        QFile::setPermissions(o.dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    if (o.sleutelUitBestand() && !QFileInfo::exists(o.keyFile))
        return misgegaan(QStringLiteral("%1 ontbreekt: zet eerst de sleutel uit de sleutelback-up daar neer (chmod 600),"
                                        " of geef REGIE_MASTER_KEY mee")
                             .arg(o.keyFile));
    if (!storage::restore(o.argumenten.constFirst(), o.database, &error) || !o.openOpslag(&error))
        return misgegaan(error);
    const auto verslag = services::Opslagcontrole(*o.ctx).controleer(Actor::systeem());
    if (!verslag.ok())
        return misgegaan(verslag.error.message);
    const services::Opslagverslag &v = *verslag.value;
    uit() << "Teruggezet in " << (o.database.driver == storage::Driver::Sqlite ? o.database.sqlitePath : o.database.name) << '.'
          << Qt::endl
          << "Audittrail: " << beschrijf(v.audit) << '.' << Qt::endl
          << "Grootboek: " << v.inwoners << " inwoners gecontroleerd, " << v.grootboekFouten << " in onbalans"
          << (v.eersteProbleem.isEmpty() ? QString() : QStringLiteral(" (eerste: %1)").arg(v.eersteProbleem)) << '.' << Qt::endl;
    const bool vastgelegd = leg(o, audit::actions::BackupTeruggezet, QStringLiteral("backup"),
                                {{QStringLiteral("bestand"), QFileInfo(o.argumenten.constFirst()).fileName()},
                                 {QStringLiteral("intact"), v.heel()},
                                 {QStringLiteral("inwoners"), v.inwoners}});
    if (v.heel())
        uit() << "Start regie-server met deze map als [server] data; die voert zo nodig de database-migraties uit." << Qt::endl;
    return v.heel() && vastgelegd ? Goed : Fout;
}

int pasBewaartermijnToe(Omgeving &o)
{
    QString error;
    if (!o.openOpslag(&error))
        return misgegaan(error);
    const int maanden = static_cast<int>(o.values.number("retention/months"));
    // The same run and the same audit event as the server's job: the beheerder's "last run"
    // shows it (GET /api/v1/bewaartermijn).
    const auto r = services::Bewaartermijn(*o.ctx).verwerkEnLeg(Actor::systeem(), maanden);
    if (!r.ok())
        return misgegaan(r.error.message);
    uit() << "Bewaartermijn (" << maanden << " maanden na het einde van budgetbeheer): " << r.value->geanonimiseerd
          << " inwoner(s) geanonimiseerd." << Qt::endl;
    if (!r.value->volledig)
        uit() << "Er kunnen er meer zijn: draai regie-admin retention nog eens." << Qt::endl;
    return Goed;
}

int roteerSleutel(Omgeving &o)
{
    QString error;
    if (!o.openOpslag(&error))
        return misgegaan(error);
    const bool alleenHerversleutelen = o.values.hasProgramFlag("herversleutel");
    if (!alleenHerversleutelen && !o.sleutelUitBestand()) {
        const quint8 volgende = static_cast<quint8>(o.keyring->currentKeyId() + 1);
        uit() << "De sleutels komen uit REGIE_MASTER_KEY of [keys] master_key, niet uit een bestand: regie-admin kan ze"
                 " daar niet aanvullen."
              << Qt::endl
              << "Voeg deze regel als laatste toe (eenmalig getoond, niet in logs of tickets zetten):" << Qt::endl
              << "  " << crypto::KeyStore::newKeyEntry(volgende) << Qt::endl
              << "Herstart regie-server en draai daarna: regie-admin rotate-key --herversleutel" << Qt::endl;
        return Goed;
    }
    if (!alleenHerversleutelen) {
        const crypto::KeyStore::Result nieuw = crypto::KeyStore::rotateKeyFile(o.keyFile);
        if (!nieuw.ok())
            return misgegaan(QStringLiteral("nieuwe sleutel: ") + nieuw.error);
        o.ctx.reset();
        o.keyring = nieuw.keyring;
        o.cipher = std::make_unique<crypto::FieldCipher>(*o.keyring);
        o.ctx = std::make_unique<services::ServiceContext>(*o.db, *o.cipher);
        uit() << "Nieuwe sleutel " << o.keyring->currentKeyId() << " toegevoegd aan " << o.keyFile
              << " (de oude blijven om te kunnen lezen)." << Qt::endl;
    }
    const auto r = services::Sleutelrotatie(*o.ctx).herversleutel(Actor::systeem());
    if (!r.ok())
        return misgegaan(r.error.message);
    const audit::VerifyResult keten = audit::AuditLog::verify(*o.db);
    uit() << "Opnieuw versleuteld onder sleutel " << r.value->sleutel << ": " << r.value->herversleuteld << " velden ("
          << r.value->alActueel << " waren al actueel, " << r.value->onleesbaar << " onleesbaar)." << Qt::endl
          << "Audittrail: " << beschrijf(keten) << '.' << Qt::endl;
    if (!alleenHerversleutelen)
        uit() << "Herstart regie-server (die leest de sleutels bij de start) en draai daarna regie-admin rotate-key"
                 " --herversleutel voor wat de server in de tussentijd schreef."
              << Qt::endl;
    return keten.intact && r.value->onleesbaar == 0 ? Goed : Fout;
}

int maakBeheerder(Omgeving &o)
{
    const QString naam = o.values.programFlag("naam");
    if (o.argumenten.size() != 1 || naam.isEmpty()) {
        return gebruik(QStringLiteral("echo WACHTWOORD | regie-admin create-beheerder GEBRUIKERSNAAM --naam \"Volledige naam\""));
    }
    QString error;
    if (!o.openOpslag(&error))
        return misgegaan(error);
    services::Beheer beheer(*o.ctx);
    const auto bestaand = beheer.gebruikers(Actor::systeem(), services::Beheer::kMaxLimit, 0);
    if (!bestaand.ok())
        return misgegaan(bestaand.error.message);
    for (const services::GebruikerView &g : bestaand.value->items) {
        if (g.role == Role::Beheerder && g.actief)
            return misgegaan(QStringLiteral("er is al een beheerder (%1): die maakt verdere accounts aan in regie-desk").arg(g.username));
    }
    // The password comes on stdin, never as an argument (that would show in ps and history).
    QTextStream in(stdin);
    services::NieuweGebruiker nieuw;
    nieuw.username = o.argumenten.constFirst();
    nieuw.displayName = naam;
    nieuw.role = Role::Beheerder;
    nieuw.password = in.readLine(1024);
    const auto gemaakt = beheer.maakGebruiker(Actor::systeem(), nieuw);
    if (!gemaakt.ok())
        return misgegaan(gemaakt.error.fields.isEmpty() ? gemaakt.error.message : gemaakt.error.fields.constFirst().message);
    const auto geheim = beheer.zetTweedeFactor(Actor::systeem(), gemaakt.value->id);
    if (!geheim.ok())
        return misgegaan(geheim.error.message);
    uit() << "Beheerder " << nieuw.username << " aangemaakt. Voeg de tweede factor toe in een authenticator-app"
          << " (eenmalig getoond):" << Qt::endl
          << "  " << crypto::totpProvisioningUri(u"Regie", nieuw.username, *geheim.value) << Qt::endl;
    return Goed;
}

} // namespace regie::admin
