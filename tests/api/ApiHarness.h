#pragma once
// The real regie-server (web::Server with every module mounted) in this process, on a
// free loopback port, over the services world of tests/services/Fixture.h. Staff accounts
// get a password and a TOTP secret; requests go over real HTTP with QNetworkAccessManager,
// and every answer is kept so the OpenAPI test can validate it afterwards.
//
// The clock is the fixture's: login() moves it 31 s so every login has a fresh TOTP step.

#include "../services/Fixture.h"

#include "audit/AuditLog.h"
#include "auth/StaffLogin.h"
#include "crypto/Password.h"
#include "crypto/Totp.h"
#include "server/Config.h"
#include "server/Server.h"
#include "server/modules/MountModules.h"
#include "services/Beheer.h"
#include "services/Opnames.h"
#include "services/Support.h"

#include <QtCore/QEventLoop>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTimer>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>

namespace apitest {

using namespace regie;

inline const QString kPassword = QStringLiteral("correct horse battery");

struct Reply {
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
};

struct Recorded {
    QString method, path;
    Reply reply;
};

struct ApiWorld {
    fixture::World w;
    std::unique_ptr<web::Server> server;
    QNetworkAccessManager nam;
    QList<Recorded> recorded;
    qint64 beheerder = 0;

    ~ApiWorld()
    {
        server.reset();
        audit::AuditLog::setClock(nullptr); // the lambda points into this object
    }

    void build()
    {
        crypto::setDefaultScryptParams(crypto::ScryptParams::fastForTests());
        w.build();
        audit::AuditLog::setClock([this] { return w.now; }); // one clock for trail and services
        services::Organisatie org(*w.ctx);
        services::NieuweGebruiker b;
        b.username = QStringLiteral("bea");
        b.displayName = QStringLiteral("Bea Beheer");
        b.role = Role::Beheerder;
        beheerder = *org.maakGebruiker(Actor::systeem(), b).value;
        services::Beheer beheer(*w.ctx);
        for (qint64 id : {w.medewerkerA, w.medewerkerB, w.medewerkerAnders, w.teamleider, w.ketenpartner, beheerder}) {
            services::GebruikerWijziging wijziging;
            wijziging.wachtwoord = kPassword;
            const auto user = beheer.gebruiker(Actor::systeem(), id);
            QVERIFY(user.ok());
            QVERIFY(beheer.wijzigGebruiker(Actor::systeem(), id, wijziging).ok());
            QVERIFY(beheer.zetTweedeFactor(Actor::systeem(), id, auth::demoTotpSecret(user.value->username)).ok());
        }
        web::Config config;
        config.port = 0;
        config.loginAttemptsPerAddress = 1000; // the lockout test must reach StaffLogin
        config.loginAttemptsPerUsername = 1000;
        config.dataDir = w.dir.path();
        server = std::make_unique<web::Server>(config, *w.ctx);
        web::mountModules(*server);
        QString error;
        QVERIFY2(server->listen(&error), qPrintable(error));
    }

    QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1").arg(server->port()) + path;
    }

    Reply call(const QString &method, const QString &path, const QString &token = {},
               const std::optional<QJsonObject> &body = std::nullopt, bool record = true)
    {
        QNetworkRequest request{QUrl(url(path))};
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        QByteArray payload;
        if (body) {
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            payload = QJsonDocument(*body).toJson(QJsonDocument::Compact);
        }
        QNetworkReply *reply = nam.sendCustomRequest(request, method.toLatin1(), payload);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(15000, &loop, &QEventLoop::quit);
        loop.exec();
        Reply out;
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = reply->readAll();
        for (const auto &pair : reply->rawHeaderPairs())
            out.headers.insert(pair.first.toLower(), pair.second);
        out.contentType = out.header("content-type");
        reply->deleteLater();
        if (record)
            recorded.append(Recorded{method, QUrl(url(path)).path(), out});
        return out;
    }

    Reply get(const QString &path, const QString &token) { return call(QStringLiteral("GET"), path, token); }
    Reply post(const QString &path, const QString &token, const QJsonObject &body)
    {
        return call(QStringLiteral("POST"), path, token, body);
    }

    QString totp(const QString &username) const
    {
        return crypto::totpCode(auth::demoTotpSecret(username), w.now);
    }

    Reply loginReply(const QString &username, const QString &password = kPassword)
    {
        w.advance(31);
        return post(QStringLiteral("/api/v1/sessies"), {},
                    QJsonObject{{QStringLiteral("username"), username},
                                {QStringLiteral("password"), password},
                                {QStringLiteral("totp"), totp(username)}});
    }

    QString login(const QString &username)
    {
        const Reply r = loginReply(username);
        if (r.status != 201)
            qWarning("login %s failed: %d %s", qPrintable(username), r.status, r.body.constData());
        return r.json().value(QStringLiteral("accessToken")).toString();
    }

    // A request of inwoner1 that waits for a medewerker (Buffer has no free arrangement).
    QString waitingRequest(qint64 reserveringId, qint64 cents)
    {
        services::Opnames opnames(*w.ctx);
        services::OpnameInvoer invoer;
        invoer.reserveringId = reserveringId;
        invoer.bedrag = Money::fromCents(cents);
        invoer.idempotencyKey = crypto::randomToken(8);
        const auto ontwerp = opnames.maakConcept(w.inwoner(w.inwoner1), invoer);
        if (!ontwerp.ok())
            qFatal("concept: %s", qPrintable(ontwerp.error.message));
        const auto sent = opnames.bevestig(w.inwoner(w.inwoner1), ontwerp.value->publicId);
        if (!sent.ok() || !isWaiting(sent.value->status))
            qFatal("bevestig did not wait");
        return sent.value->publicId;
    }

    QString pseudonym(qint64 inwonerId) { return services::inwonerPseudonym(*w.ctx, inwonerId); }
};

} // namespace apitest
