// The whole demo chain as separate processes, as scripts/demo.sh starts it: allegro-sim
// seeded with Regie's demo households, zgw-sim, and regie-server --demo talking to both.
// An inwoner withdraws through the web pages, a medewerker approves through the staff API,
// and a mutatie added in allegro-sim shows up on the inwoner's page after a sync.
#include "auth/StaffLogin.h"
#include "crypto/Totp.h"
#include "demo/Generator.h"

#include <QtCore/QDeadlineTimer>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>
#include <QtCore/QUrlQuery>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkCookieJar>
#include <QtNetwork/QNetworkReply>
#include <QtTest/QtTest>

#include <memory>

using namespace regie;

namespace {

constexpr int kInwoners = 5;
const QByteArray kZgwSecret = QByteArrayLiteral("chain-test-zgw-secret");
const QString kDemoPassword = QStringLiteral("regie-demo");

struct Answer {
    int status = 0;
    QByteArray body;
    QString location;
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

// A browser-like client: its own cookie jar, the server's Origin on every request, no
// automatic redirects (the tests read Location themselves).
class Client {
public:
    explicit Client(QString origin) : origin_(std::move(origin)) { nam_.setCookieJar(new QNetworkCookieJar); }

    Answer get(const QString &url, const QByteArray &bearer = {}) { return send("GET", url, {}, {}, bearer); }
    Answer postForm(const QString &path, const QList<std::pair<QString, QString>> &fields)
    {
        QUrlQuery form;
        for (const auto &[k, v] : fields)
            form.addQueryItem(k, QString::fromUtf8(QUrl::toPercentEncoding(v)));
        return send("POST", origin_ + path, form.toString(QUrl::FullyEncoded).toUtf8(), "application/x-www-form-urlencoded", {});
    }
    Answer postJson(const QString &url, const QJsonObject &body, const QByteArray &bearer = {})
    {
        return send("POST", url, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", bearer);
    }
    const QString &origin() const { return origin_; }

private:
    Answer send(const QByteArray &verb, const QString &url, const QByteArray &body, const QByteArray &type, const QByteArray &bearer)
    {
        QNetworkRequest request{QUrl(url)};
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setRawHeader("Origin", origin_.toUtf8());
        if (!type.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, type);
        if (!bearer.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + bearer);
        request.setTransferTimeout(15000);
        QNetworkReply *reply = nam_.sendCustomRequest(request, verb, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = reply->readAll();
        a.location = QString::fromUtf8(reply->rawHeader("Location"));
        reply->deleteLater();
        return a;
    }

    QString origin_;
    QNetworkAccessManager nam_;
};

QString field(const QByteArray &html, const QString &name)
{
    const QRegularExpression re(QStringLiteral("name=\"%1\" value=\"([^\"]*)\"").arg(name));
    return re.match(QString::fromUtf8(html)).captured(1);
}

// The value of the radio button named `name` whose label contains `labelPart`.
QString radioValue(const QByteArray &html, const QString &name, const QString &labelPart)
{
    const QStringList chunks = QString::fromUtf8(html).split(QStringLiteral("type=\"radio\""));
    const QRegularExpression value(QStringLiteral("name=\"%1\" id=\"[^\"]*\" value=\"([^\"]+)\"").arg(name));
    for (qsizetype i = 1; i < chunks.size(); ++i) {
        const QString &c = chunks.at(i);
        const auto m = value.match(c);
        const qsizetype labelEnd = c.indexOf(QStringLiteral("</label>"));
        if (m.hasMatch() && labelEnd > 0 && c.left(labelEnd).contains(labelPart.toHtmlEscaped()))
            return m.captured(1);
    }
    return {};
}

QString cents(Money m) { return QStringLiteral("%1,%2").arg(m.cents() / 100).arg(m.cents() % 100, 2, 10, QLatin1Char('0')); }

} // namespace

class TstChain : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void vrijeOpnameGeeftEenBetaalopdracht();
    void akkoordGeeftBetaalopdrachtEnAfgerondeZaak();
    void mutatieUitAllegroKomtOpDeTransactiepagina();

private:
    QProcess *start(const QString &program, const QStringList &args, const QProcessEnvironment &env, QString *url);
    std::unique_ptr<Client> loginInwoner(const demo::Huishouden &h);
    QString withdraw(Client &c, const demo::Huishouden &h, int reservering, Money bedrag);
    QJsonArray ordersFor(const QString &referentie);
    QSet<QString> afgerondeZaken();
    bool allegroNumeriek() const;

    QTemporaryDir tmp_;
    QList<QProcess *> procs_;
    QString allegro_, zgw_, regie_;
    demo::Dataset dataset_;
    std::unique_ptr<Client> vrij_;
};

QProcess *TstChain::start(const QString &program, const QStringList &args, const QProcessEnvironment &env, QString *url)
{
    auto *p = new QProcess(this);
    procs_.append(p);
    p->setProcessEnvironment(env);
    p->setProcessChannelMode(QProcess::MergedChannels);
    p->start(program, args);
    const QRegularExpression listening(QStringLiteral("listening on (https?://127\\.0\\.0\\.1:\\d+)"));
    QByteArray seen;
    QDeadlineTimer deadline(60'000); // the first demo load takes a few seconds on a busy machine
    while (!deadline.hasExpired() && p->state() != QProcess::NotRunning) {
        p->waitForReadyRead(200);
        seen += p->readAll();
        const auto m = listening.match(QString::fromUtf8(seen));
        if (m.hasMatch()) {
            *url = m.captured(1);
            return p;
        }
    }
    qWarning("%s did not start:\n%s", qPrintable(program), seen.right(3000).constData());
    return nullptr;
}

void TstChain::initTestCase()
{
    QVERIFY(tmp_.isValid());
    demo::GeneratorParams params;
    params.inwoners = kInwoners;
    dataset_ = demo::genereer(params);
    QVERIFY(dataset_.scenario(u"vrij") && dataset_.scenario(u"na_akkoord"));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=false"));
    QVERIFY(start(QStringLiteral(ALLEGRO_SIM_PATH),
                  {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data"), tmp_.filePath(QStringLiteral("allegro.sqlite")),
                   QStringLiteral("--seed-regie-demo"), QString::number(kInwoners)},
                  env, &allegro_));
    QVERIFY(start(QStringLiteral(ZGW_SIM_PATH),
                  {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data"), tmp_.filePath(QStringLiteral("zgw.sqlite")),
                   QStringLiteral("--secret"), QString::fromLatin1(kZgwSecret)},
                  env, &zgw_));
    env.insert(QStringLiteral("REGIE_ZGW_SECRET"), QString::fromLatin1(kZgwSecret));
    QVERIFY(start(QStringLiteral(REGIE_SERVER_PATH),
                  {QStringLiteral("--demo"), QStringLiteral("--demo-inwoners"), QString::number(kInwoners), QStringLiteral("--data"),
                   tmp_.filePath(QStringLiteral("regie")), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                   QStringLiteral("--allegro"), allegro_ + QStringLiteral("/soap"), QStringLiteral("--zgw"), zgw_,
                   QStringLiteral("--sync-interval"), QStringLiteral("2s")},
                  env, &regie_));
}

void TstChain::cleanupTestCase()
{
    for (QProcess *p : std::as_const(procs_)) {
        p->terminate();
        if (!p->waitForFinished(10'000))
            p->kill();
        p->waitForFinished(2000);
    }
}

bool TstChain::allegroNumeriek() const
{
    bool ok = false;
    dataset_.huishoudens.constFirst().relatiecode.toInt(&ok);
    return ok;
}

std::unique_ptr<Client> TstChain::loginInwoner(const demo::Huishouden &h)
{
    auto c = std::make_unique<Client>(regie_);
    const Answer page = c->get(regie_ + QStringLiteral("/inloggen/test"));
    const QString id = radioValue(page.body, QStringLiteral("gebruiker"), h.inwoner.voornaam + QStringLiteral(" ("));
    if (id.isEmpty())
        return nullptr;
    const Answer login = c->postForm(QStringLiteral("/inloggen/test"), {{QStringLiteral("gebruiker"), id}});
    if (login.status != 303 && login.status != 302)
        return nullptr;
    return c;
}

// Walks the pages: choose the potje, fill in the amount, answer Ja. Returns the publicId.
QString TstChain::withdraw(Client &c, const demo::Huishouden &h, int reservering, Money bedrag)
{
    const Answer keuze = c.get(regie_ + QStringLiteral("/opnemen"));
    const QString potje = radioValue(keuze.body, QStringLiteral("reservering"), h.reserveringen.value(reservering).naam);
    if (potje.isEmpty())
        return {};
    const Answer formulier = c.get(regie_ + QStringLiteral("/opnemen/") + potje);
    const Answer gemaakt = c.postForm(QStringLiteral("/opnemen/") + potje,
                                      {{QStringLiteral("csrf"), field(formulier.body, QStringLiteral("csrf"))},
                                       {QStringLiteral("formulier"), field(formulier.body, QStringLiteral("formulier"))},
                                       {QStringLiteral("bedrag"), cents(bedrag)},
                                       {QStringLiteral("toelichting"), QStringLiteral("Test van de keten")}});
    const auto m = QRegularExpression(QStringLiteral("/verzoeken/([^/]+)/controleren")).match(gemaakt.location);
    if (!m.hasMatch()) {
        qWarning("amount form answered %d", gemaakt.status);
        return {};
    }
    const Answer controle = c.get(regie_ + gemaakt.location);
    const Answer verstuurd = c.postForm(QStringLiteral("/verzoeken/") + m.captured(1) + QStringLiteral("/versturen"),
                                        {{QStringLiteral("csrf"), field(controle.body, QStringLiteral("csrf"))}});
    return verstuurd.status == 303 || verstuurd.status == 302 ? m.captured(1) : QString();
}

QJsonArray TstChain::ordersFor(const QString &referentie)
{
    Client c(allegro_);
    QJsonArray out;
    for (const QJsonValue &o : c.get(allegro_ + QStringLiteral("/admin/orders")).json().array()) {
        if (o.toObject().value(QStringLiteral("referentie")).toString() == referentie)
            out.append(o);
    }
    return out;
}

QSet<QString> TstChain::afgerondeZaken()
{
    Client c(zgw_);
    QSet<QString> out;
    for (const QJsonValue &z : c.get(zgw_ + QStringLiteral("/admin/state")).json().object().value(QStringLiteral("zaken")).toArray()) {
        const QJsonObject zaak = z.toObject().value(QStringLiteral("zaak")).toObject();
        if (zaak.value(QStringLiteral("resultaat")).isString() && zaak.value(QStringLiteral("einddatum")).isString())
            out.insert(zaak.value(QStringLiteral("url")).toString());
    }
    return out;
}

void TstChain::vrijeOpnameGeeftEenBetaalopdracht()
{
    const demo::Scenario *s = dataset_.scenario(u"vrij");
    const demo::Huishouden &h = dataset_.huishoudens.at(s->huishouden);
    vrij_ = loginInwoner(h);
    QVERIFY(vrij_);
    const QString publicId = withdraw(*vrij_, h, s->reservering, s->bedrag);
    QVERIFY(!publicId.isEmpty());
    QVERIFY2(allegroNumeriek(), "demo relatiecodes must be Allegro numbers");
    const QString referentie = QStringLiteral("REGIE-") + publicId;
    QTRY_COMPARE_WITH_TIMEOUT(ordersFor(referentie).size(), qsizetype(1), 10'000);
    QTest::qWait(1500); // a second order would come from a retry; it must not
    const QJsonArray orders = ordersFor(referentie);
    QCOMPARE(orders.size(), qsizetype(1));
    QCOMPARE(orders.at(0).toObject().value(QStringLiteral("bedragCents")).toInteger(), s->bedrag.cents());
}

void TstChain::akkoordGeeftBetaalopdrachtEnAfgerondeZaak()
{
    const demo::Scenario *s = dataset_.scenario(u"na_akkoord");
    const demo::Huishouden &h = dataset_.huishoudens.at(s->huishouden);
    auto inwoner = loginInwoner(h);
    QVERIFY(inwoner);
    const QString publicId = withdraw(*inwoner, h, s->reservering, s->bedrag);
    QVERIFY(!publicId.isEmpty());
    const QSet<QString> voorAkkoord = afgerondeZaken();

    const QString username = dataset_.gebruikers.at(h.medewerker).username;
    Client staff(regie_);
    const Answer sessie = staff.postJson(regie_ + QStringLiteral("/api/v1/sessies"),
                                         {{QStringLiteral("username"), username},
                                          {QStringLiteral("password"), kDemoPassword},
                                          {QStringLiteral("totp"), crypto::totpCode(auth::demoTotpSecret(username), QDateTime::currentDateTimeUtc())}});
    QCOMPARE(sessie.status, 201);
    const QByteArray token = sessie.json().object().value(QStringLiteral("accessToken")).toString().toUtf8();
    QVERIFY(!token.isEmpty());
    const Answer besluit = staff.postJson(regie_ + QStringLiteral("/api/v1/verzoeken/") + publicId + QStringLiteral("/besluit"),
                                          {{QStringLiteral("akkoord"), true}}, token);
    QVERIFY2(besluit.status == 200, besluit.body.left(500).constData());

    auto nieuweAfgerondeZaak = [&] { return !(afgerondeZaken() - voorAkkoord).isEmpty(); };
    QTRY_VERIFY_WITH_TIMEOUT(nieuweAfgerondeZaak(), 15'000);
    QVERIFY2(allegroNumeriek(), "demo relatiecodes must be Allegro numbers");
    const QString referentie = QStringLiteral("REGIE-") + publicId;
    QTRY_COMPARE_WITH_TIMEOUT(ordersFor(referentie).size(), qsizetype(1), 10'000);
    QTest::qWait(1000);
    QCOMPARE(ordersFor(referentie).size(), qsizetype(1));
}

void TstChain::mutatieUitAllegroKomtOpDeTransactiepagina()
{
    QVERIFY2(allegroNumeriek(), "demo relatiecodes must be Allegro numbers");
    QVERIFY(vrij_);
    const demo::Scenario *s = dataset_.scenario(u"vrij");
    const demo::Huishouden &h = dataset_.huishoudens.at(s->huishouden);
    const QString omschrijving = QStringLiteral("Teruggave ketentest");
    Client admin(allegro_);
    const Answer added = admin.postJson(allegro_ + QStringLiteral("/admin/mutaties"),
                                        {{QStringLiteral("relatieCode"), h.relatiecode.toInt()},
                                         {QStringLiteral("bedragCents"), 1234},
                                         {QStringLiteral("bij"), true},
                                         {QStringLiteral("omschrijving"), omschrijving}});
    QCOMPARE(added.status, 201);
    auto opPagina = [&] { return vrij_->get(regie_ + QStringLiteral("/transacties")).body.contains(omschrijving.toUtf8()); };
    QTRY_VERIFY_WITH_TIMEOUT(opPagina(), 10'000); // sync interval 2 s + a cycle
}

QTEST_GUILESS_MAIN(TstChain)
#include "tst_chain.moc"
