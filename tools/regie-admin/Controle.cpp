#include "Controle.h"

#include "audit/AuditActions.h"
#include "auth/Oidc.h"
#include "integrations/allegro/AllegroClient.h"
#include "integrations/runtime/MailOptions.h"
#include "integrations/zgw/ZgwClient.h"
#include "services/UnitOfWork.h"

#include <QtCore/QEventLoop>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QTimer>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QSslSocket>

namespace regie::admin {
namespace {

using Stand = Bevinding::Stand;

Bevinding goed(const QString &onderdeel, const QString &tekst) { return {Stand::Goed, onderdeel, tekst, {}}; }
Bevinding uitgeschakeld(const QString &onderdeel, const QString &tekst) { return {Stand::Uit, onderdeel, tekst, {}}; }
Bevinding mis(const QString &onderdeel, const QString &tekst, const QString &oplossing)
{
    return {Stand::Fout, onderdeel, tekst, oplossing};
}

QString zgwOrigin(const config::Values &v)
{
    QString origin = v.text("zgw/origin");
    while (origin.endsWith(QLatin1Char('/')))
        origin.chop(1);
    return origin;
}

Bevinding controleerMap(const QString &dataDir)
{
    const QFileInfo info(dataDir);
    if (!info.isDir())
        return mis(QStringLiteral("Datamap"), QStringLiteral("%1 bestaat niet").arg(dataDir),
                   QStringLiteral("zet [server] data op de map van regie-server (pakket: /var/lib/regie)"));
    const auto open = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                      | QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (info.permissions() & open)
        return mis(QStringLiteral("Datamap"), QStringLiteral("%1 is ook voor anderen leesbaar").arg(dataDir),
                   QStringLiteral("chmod 700 %1 (de map bevat persoonsgegevens en de sleutel)").arg(dataDir));
    return goed(QStringLiteral("Datamap"), QStringLiteral("%1, alleen voor de eigenaar").arg(dataDir));
}

Bevinding controleerOpslag(Omgeving &o)
{
    QString error;
    if (!o.openOpslag(&error))
        return mis(QStringLiteral("Opslag"), error, QStringLiteral("zie de melding; docs/BEHEER.md, \"Installeren\""));
    const QString waar = o.database.driver == storage::Driver::Postgres
                             ? QStringLiteral("PostgreSQL %1:%2/%3").arg(o.database.host).arg(o.database.port).arg(o.database.name)
                             : o.database.sqlitePath;
    return goed(QStringLiteral("Opslag"), QStringLiteral("%1, schemaversie %2, sleutel %3 (%4)")
                                              .arg(waar)
                                              .arg(o.db->schemaVersion())
                                              .arg(o.keyring->currentKeyId())
                                              .arg(o.sleutelUitBestand() ? o.keyFile : QStringLiteral("REGIE_MASTER_KEY")));
}

void druk(const Bevinding &b)
{
    const QString label = b.stand == Stand::Goed ? QStringLiteral("[goed]") : b.stand == Stand::Fout ? QStringLiteral("[FOUT]")
                                                                                                      : QStringLiteral("[uit] ");
    uit() << label << ' ' << b.onderdeel << ": " << b.tekst << Qt::endl;
    if (!b.oplossing.isEmpty())
        uit() << "       Wat te doen: " << b.oplossing << Qt::endl;
}

} // namespace

Bevinding controleerAllegro(const config::Values &v)
{
    const QString url = v.text("allegro/url");
    if (url.isEmpty())
        return uitgeschakeld(QStringLiteral("Allegro"), QStringLiteral("niet ingesteld ([allegro] url): geen betaalopdrachten en geen saldi"));
    allegro::ClientConfig c;
    c.baseUrl = QUrl(url);
    c.username = v.text("allegro/user");
    c.password = v.text("allegro/password");
    c.timeoutMs = static_cast<int>(v.number("allegro/timeout") * 1000);
    allegro::AllegroClient client(c);
    const auto login = client.loginBlocking();
    if (login.ok())
        return goed(QStringLiteral("Allegro"), QStringLiteral("%1: inloggen gelukt als %2")
                                                   .arg(url, c.username.isEmpty() ? QStringLiteral("(anoniem)") : c.username));
    using K = allegro::Error::Kind;
    const K kind = login.error.kind;
    if (kind == K::Network || kind == K::Timeout)
        return mis(QStringLiteral("Allegro"), QStringLiteral("%1 is niet bereikbaar (%2)").arg(url, login.error.message),
                   QStringLiteral("controleer [allegro] url, of Allegro draait en of de firewall regie-server doorlaat"));
    if (kind == K::Rejected || kind == K::SoapFault)
        return mis(QStringLiteral("Allegro"), QStringLiteral("%1 weigert het inloggen (%2)").arg(url, login.error.message),
                   QStringLiteral("controleer [allegro] user en het wachtwoord (allegro/password of REGIE_ALLEGRO_PASSWORD)"));
    return mis(QStringLiteral("Allegro"), QStringLiteral("%1 antwoordt niet als Allegro (%2)").arg(url, login.error.message),
               QStringLiteral("controleer of [allegro] url naar de SOAP-ingang wijst (eindigt meestal op /soap)"));
}

Bevinding controleerZgw(const config::Values &v)
{
    const QString origin = zgwOrigin(v);
    if (origin.isEmpty())
        return uitgeschakeld(QStringLiteral("ZGW"), QStringLiteral("niet ingesteld ([zgw] origin): geen zaken in het zaaksysteem"));
    zgw::ZgwConfig c;
    c.zakenBase = QUrl(origin + QStringLiteral("/zaken/api/v1"));
    c.catalogiBase = QUrl(origin + QStringLiteral("/catalogi/api/v1"));
    c.besluitenBase = QUrl(origin + QStringLiteral("/besluiten/api/v1"));
    c.notificatiesBase = QUrl(origin + QStringLiteral("/notificaties/api/v1"));
    c.clientId = v.text("zgw/client_id");
    c.secret = v.text("zgw/secret").toUtf8();
    c.timeoutMs = static_cast<int>(v.number("zgw/timeout") * 1000);
    const QUrl zaaktype(v.isSet("zgw/zaaktype") ? v.text("zgw/zaaktype")
                                                : origin + QStringLiteral("/catalogi/api/v1/zaaktypen/6b2f3c1e-0d4a-4f59-9d0e-5a1c2b3d4e02"));
    zgw::ZgwClient client(c);
    const auto statussen = client.listStatusTypen(zaaktype);
    if (statussen.isOk())
        return goed(QStringLiteral("ZGW"), QStringLiteral("%1: catalogus leesbaar, zaaktype heeft %2 statustypen")
                                               .arg(origin)
                                               .arg(statussen.value->size()));
    const zgw::Error &e = statussen.error;
    if (e.kind == zgw::ErrorKind::Network || e.kind == zgw::ErrorKind::Timeout)
        return mis(QStringLiteral("ZGW"), QStringLiteral("%1 is niet bereikbaar (%2)").arg(origin, e.message),
                   QStringLiteral("controleer [zgw] origin en of het zaaksysteem draait"));
    if (e.httpStatus == 401 || e.httpStatus == 403)
        return mis(QStringLiteral("ZGW"), QStringLiteral("%1 weigert de toegang (HTTP %2)").arg(origin).arg(e.httpStatus),
                   QStringLiteral("controleer [zgw] client_id en het geheim (zgw/secret of REGIE_ZGW_SECRET) en de"
                                  " autorisaties van die client in het zaaksysteem"));
    return mis(QStringLiteral("ZGW"), QStringLiteral("%1: het zaaktype is niet leesbaar (%2)").arg(origin, zgw::describe(e)),
               QStringLiteral("controleer [zgw] zaaktype: de volledige URL van het zaaktype in de catalogus"));
}

Bevinding controleerSmtp(const config::Values &v)
{
    integrations::SmtpOptions options;
    options.host = v.text("smtp/host");
    if (options.host.isEmpty())
        return uitgeschakeld(QStringLiteral("SMTP"), QStringLiteral("niet ingesteld ([smtp] host): mails wachten in de outbox"));
    options.port = v.text("smtp/port");
    options.security = v.text("smtp/security");
    options.username = v.text("smtp/user");
    options.password = v.text("smtp/password");
    options.from = v.text("smtp/from");
    options.fromName = v.text("smtp/from_name");
    integrations::MailConfig mail;
    QString error;
    if (!integrations::applySmtpOptions(options, &mail, &error))
        return mis(QStringLiteral("SMTP"), error, QStringLiteral("pas de [smtp]-instellingen aan (docs/CONFIGURATION.md)"));
    const bool implicitTls = mail.smtp.security == mail::SmtpConfig::Security::ImplicitTls;
    QSslSocket socket;
    if (implicitTls)
        socket.connectToHostEncrypted(mail.smtp.host, mail.smtp.port);
    else
        socket.connectToHost(mail.smtp.host, mail.smtp.port);
    const bool verbonden = implicitTls ? socket.waitForEncrypted(10'000) : socket.waitForConnected(10'000);
    QByteArray groet;
    while (verbonden && !groet.contains('\n') && socket.waitForReadyRead(10'000) && groet.size() < 1024)
        groet += socket.readAll();
    const QString waar = integrations::mailServerText(mail);
    if (!verbonden)
        return mis(QStringLiteral("SMTP"), QStringLiteral("%1 is niet bereikbaar (%2)").arg(waar, socket.errorString()),
                   QStringLiteral("controleer [smtp] host, port en security en de firewall"));
    if (!groet.startsWith("220"))
        return mis(QStringLiteral("SMTP"), QStringLiteral("%1 groet niet als een mailserver").arg(waar),
                   QStringLiteral("controleer [smtp] port: 587 (starttls), 465 (tls)"));
    socket.write("QUIT\r\n");
    socket.waitForBytesWritten(2000);
    return goed(QStringLiteral("SMTP"), QStringLiteral("%1 antwoordt (inloggen en afzender worden bij de eerste mail gecontroleerd)").arg(waar));
}

Bevinding controleerDigid(const config::Values &v)
{
    const QString issuer = v.text("digid/issuer");
    if (issuer.isEmpty())
        return uitgeschakeld(QStringLiteral("DigiD"), QStringLiteral("niet ingesteld ([digid] issuer): inwoners kunnen niet met DigiD inloggen"));
    QNetworkAccessManager network;
    QNetworkRequest request(auth::oidc::discoveryUrl(issuer));
    request.setTransferTimeout(10'000);
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15'000, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    if (!reply->isFinished() || reply->error() != QNetworkReply::NoError)
        return mis(QStringLiteral("DigiD"), QStringLiteral("%1 is niet bereikbaar (%2)").arg(auth::oidc::discoveryUrl(issuer).toString(), reply->errorString()),
                   QStringLiteral("controleer [digid] issuer (precies zoals de broker die opgeeft) en de verbinding naar buiten"));
    auth::oidc::ProviderConfig config;
    config.issuer = issuer;
    QString error;
    if (!auth::oidc::ProviderMetadata::parse(reply->read(256 * 1024), config, &error))
        return mis(QStringLiteral("DigiD"), QStringLiteral("de discovery van %1 klopt niet (%2)").arg(issuer, error),
                   QStringLiteral("controleer [digid] issuer: die moet gelijk zijn aan \"issuer\" in het antwoord van de broker"));
    if (v.text("digid/client_id").isEmpty() || (v.text("digid/client_secret").isEmpty() && v.text("digid/client_secret_file").isEmpty())
        || v.text("digid/redirect_uri").isEmpty())
        return mis(QStringLiteral("DigiD"), QStringLiteral("de broker antwoordt, maar client_id, het client-geheim of redirect_uri ontbreekt"),
                   QStringLiteral("vul [digid] client_id, redirect_uri en client_secret_file (of REGIE_DIGID_CLIENT_SECRET) in"));
    return goed(QStringLiteral("DigiD"), QStringLiteral("%1: discovery gelezen, eindpunten in orde").arg(issuer));
}

int controleer(Omgeving &o)
{
    QList<Bevinding> bevindingen;
    bevindingen.append(goed(QStringLiteral("Instellingen"), o.values.hasProgramFlag("config")
                                                                ? QStringLiteral("%1 gelezen, geen onbekende sleutels").arg(o.values.programFlag("config"))
                                                                : QStringLiteral("alleen opties en omgeving (geen --config)")));
    QString error;
    if (!o.databaseInstellingen(&error))
        bevindingen.append(mis(QStringLiteral("Opslag"), error, QStringLiteral("zie docs/CONFIGURATION.md, [server] en [database]")));
    else {
        if (o.database.driver == storage::Driver::Sqlite)
            bevindingen.append(controleerMap(o.dataDir));
        bevindingen.append(controleerOpslag(o));
    }
    for (Bevinding (*check)(const config::Values &) : {controleerAllegro, controleerZgw, controleerSmtp, controleerDigid})
        bevindingen.append(check(o.values));
    int fouten = 0;
    QJsonObject standen;
    for (const Bevinding &b : std::as_const(bevindingen)) {
        druk(b);
        fouten += b.stand == Stand::Fout ? 1 : 0;
        standen.insert(b.onderdeel, b.stand == Stand::Goed ? QStringLiteral("goed") : b.stand == Stand::Fout ? QStringLiteral("fout") : QStringLiteral("uit"));
    }
    uit() << Qt::endl << (fouten == 0 ? QStringLiteral("Alles in orde.") : QStringLiteral("%1 onderdeel/onderdelen niet in orde: zie \"Wat te doen\" hierboven.").arg(fouten)) << Qt::endl;
    if (o.ctx) {
        const auto audited = services::UnitOfWork(*o.ctx).record(Actor::systeem(), audit::actions::ConfiguratieGecontroleerd, QString(),
                                                                 QStringLiteral("configuratie"), QString(), standen);
        if (!audited.ok())
            fout() << "regie-admin: de controle kon niet in de audittrail: " << audited.error.message << Qt::endl;
    }
    return fouten == 0 ? Goed : Fout;
}

} // namespace regie::admin
