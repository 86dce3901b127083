// The DigiD relying party end to end against a real OpenID provider (oidc-provider, started
// by this test on a loopback port): discovery, authorization with PKCE, the login at the
// provider (its devInteractions, driven over plain HTTP by provider.mjs), the token request
// over HTTP, ID token verification with the provider's published keys, and the BSN mapped
// to the inwoner's account in a real database. Then the ways it must fail.

#include "../services/Fixture.h"
#include "ProviderProcess.h"

#include "auth/Oidc.h"
#include "pages/DigidHttp.h"
#include "services/InwonerLogin.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QTimer>
#include <QtTest/QTest>

using namespace regie;
using namespace regie::auth::oidc;

namespace {

const QString kRedirect = QStringLiteral("http://127.0.0.1:8080/inloggen/digid/terug");

// Passes everything through to the real provider, but breaks the ID token's signature in the
// token response: what a man in the middle or a forged response would deliver.
class SignatureBreakingClient final : public HttpClient {
public:
    explicit SignatureBreakingClient(HttpClient &inner) : inner_(inner) {}
    void get(const QUrl &url, Done done) override { inner_.get(url, std::move(done)); }
    void postForm(const QUrl &url, const QByteArray &body, const QList<std::pair<QByteArray, QByteArray>> &headers,
                  Done done) override
    {
        inner_.postForm(url, body, headers, [done](const HttpResponse &answer) {
            HttpResponse response = answer;
            QJsonObject tokens = QJsonDocument::fromJson(response.body).object();
            QByteArray idToken = tokens.value(QStringLiteral("id_token")).toString().toLatin1();
            if (idToken.size() > 10) {
                const qsizetype i = idToken.size() - 2;
                idToken[i] = idToken.at(i) == 'A' ? 'B' : 'A';
                tokens.insert(QStringLiteral("id_token"), QString::fromLatin1(idToken));
                response.body = QJsonDocument(tokens).toJson(QJsonDocument::Compact);
            }
            done(response);
        });
    }

private:
    HttpClient &inner_;
};

// Passes everything through and keeps the ID token of the last token response.
class CapturingClient final : public HttpClient {
public:
    explicit CapturingClient(HttpClient &inner) : inner_(inner) {}
    void get(const QUrl &url, Done done) override { inner_.get(url, std::move(done)); }
    void postForm(const QUrl &url, const QByteArray &body, const QList<std::pair<QByteArray, QByteArray>> &headers,
                  Done done) override
    {
        inner_.postForm(url, body, headers, [this, done](const HttpResponse &response) {
            idToken = QJsonDocument::fromJson(response.body).object().value(QStringLiteral("id_token")).toString().toLatin1();
            done(response);
        });
    }
    QByteArray idToken;

private:
    HttpClient &inner_;
};

// The relying party's calls are asynchronous: run the event loop until the answer is there.
template <typename T, typename Start>
T await(Start start)
{
    std::optional<T> answer;
    start([&answer](const T &value) { answer = value; });
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    deadline.start(30000);
    while (!answer && deadline.isActive())
        loop.processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    return answer.value_or(T());
}

LoginResult complete(RelyingParty &rp, const QUrlQuery &callback, const QString &binding)
{
    return await<LoginResult>([&](auto done) { rp.complete(callback, binding, done); });
}

std::optional<LoginStart> begin(RelyingParty &rp, Failure *failure)
{
    if (!await<bool>([&](auto done) { rp.prepare(done); })) {
        *failure = Failure::DiscoveryFailed;
        return std::nullopt;
    }
    return rp.begin(QStringLiteral("127.0.0.1"), failure);
}

} // namespace

class TestOidcE2e : public QObject {
    Q_OBJECT

private:
    fixture::World world_;
    oidctest::ProviderProcess provider_;
    QString issuer_, driver_, secret_;
    web::DigidHttpClient http_;

    ProviderConfig config(const QString &clientId, ClientAuth auth = ClientAuth::SecretBasic) const
    {
        ProviderConfig c;
        c.issuer = issuer_;
        c.clientId = clientId;
        c.clientSecret = secret_;
        c.redirectUri = QUrl(kRedirect);
        c.scope = QStringLiteral("openid bsn");
        c.bsnClaim = QStringLiteral("bsn");
        c.clientAuth = auth;
        return c;
    }

    HttpResponse fetch(const QUrl &url)
    {
        return await<HttpResponse>([&](auto done) { http_.get(url, done); });
    }

    // Plays the inwoner's browser at the provider (logging in at the DigiD level `acr`, by
    // default Substantieel); returns the query of the redirect back.
    QUrlQuery loginAtProvider(const QUrl &authorizationUrl, const QString &loginName, const QString &acr = {})
    {
        QUrl url(driver_ + QStringLiteral("/login"));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("url"), QString::fromLatin1(QUrl::toPercentEncoding(authorizationUrl.toString(QUrl::FullyEncoded))));
        q.addQueryItem(QStringLiteral("login"), loginName);
        if (!acr.isEmpty())
            q.addQueryItem(QStringLiteral("acr"), QString::fromLatin1(QUrl::toPercentEncoding(acr)));
        url.setQuery(q);
        const HttpResponse response = fetch(url);
        if (response.status != 200) {
            qWarning("driver: %d %s", response.status, response.body.constData());
            return {};
        }
        const QUrl back(QString::fromUtf8(response.body));
        if (!back.toString().startsWith(kRedirect))
            return {};
        return QUrlQuery(back);
    }

    struct Attempt {
        QUrlQuery callback;
        QString binding;
    };
    Attempt start(RelyingParty &rp, const QString &loginName, const QString &acr = {})
    {
        Failure failure = Failure::None;
        const auto begun = begin(rp, &failure);
        if (!begun) {
            qWarning("begin failed: %s", qPrintable(toCode(failure)));
            return {};
        }
        return Attempt{loginAtProvider(begun->authorizationUrl, loginName, acr), begun->browserBinding};
    }

private Q_SLOTS:
    void initTestCase()
    {
        world_.build();
        QVERIFY2(provider_.start(), qPrintable(provider_.error));
        issuer_ = provider_.issuer;
        driver_ = provider_.driver;
        secret_ = provider_.secret;
    }

    void happyPath_data()
    {
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<bool>("secretPost");
        QTest::newRow("client_secret_basic, RS256") << "regie" << false;
        QTest::newRow("client_secret_post, RS256") << "regie-post" << true;
        QTest::newRow("client_secret_basic, ES256") << "regie-es" << false;
    }
    void happyPath()
    {
        QFETCH(QString, clientId);
        QFETCH(bool, secretPost);
        RelyingParty rp(config(clientId, secretPost ? ClientAuth::SecretPost : ClientAuth::SecretBasic), http_);
        const Attempt attempt = start(rp, QStringLiteral("111222333"));
        QVERIFY(attempt.callback.hasQueryItem(QStringLiteral("code")));
        const LoginResult result = complete(rp, attempt.callback, attempt.binding);
        QVERIFY2(result.ok(), qPrintable(toCode(result.failure) + QLatin1Char(' ') + result.detail));
        QCOMPARE(result.bsn->digits(), QStringLiteral("111222333"));

        const auto actor = services::actorVoorBsn(*world_.ctx, *result.bsn);
        QVERIFY(actor);
        QCOMPARE(actor->role, Role::Inwoner);
        QCOMPARE(actor->inwonerId, world_.inwoner1);
        QCOMPARE(actor->userId, world_.inwoner1User);
        storage::Sql audit(*world_.db, QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'login.gelukt'"));
        QVERIFY(audit.exec() && audit.next());
        QVERIFY(audit.int64(0) >= 1);
    }

    // The broker is asked for DigiD Substantieel and its answer is checked: a lower level in
    // the ID token (the wish in acr_values binds nothing) is refused.
    void digidLevelIsChecked_data()
    {
        QTest::addColumn<QString>("acr");
        QTest::addColumn<QString>("failure");
        QTest::newRow("Basis") << kDigidLevels.at(0) << toCode(Failure::AcrTooLow);
        QTest::newRow("Midden") << kDigidLevels.at(1) << toCode(Failure::AcrTooLow);
        QTest::newRow("Substantieel") << kDigidLevels.at(2) << toCode(Failure::None);
        QTest::newRow("Hoog") << kDigidLevels.at(3) << toCode(Failure::None);
    }
    void digidLevelIsChecked()
    {
        QFETCH(QString, acr);
        QFETCH(QString, failure);
        RelyingParty rp(config(QStringLiteral("regie")), http_);
        Failure begunFailure = Failure::None;
        const auto begun = begin(rp, &begunFailure);
        QVERIFY(begun);
        QCOMPARE(QUrlQuery(begun->authorizationUrl).queryItemValue(QStringLiteral("acr_values"), QUrl::FullyDecoded),
                 kDigidLevels.at(2));
        const QUrlQuery callback = loginAtProvider(begun->authorizationUrl, QStringLiteral("111222333"), acr);
        QVERIFY(callback.hasQueryItem(QStringLiteral("code")));
        QCOMPARE(toCode(complete(rp, callback, begun->browserBinding).failure), failure);
    }

    void acceptedLevelsAreConfigurable()
    {
        ProviderConfig onlyHoog = config(QStringLiteral("regie"));
        onlyHoog.acceptedAcr = digidLevelsFrom(QStringLiteral("hoog"));
        RelyingParty rp(onlyHoog, http_);
        const Attempt substantieel = start(rp, QStringLiteral("111222333"), kDigidLevels.at(2));
        QCOMPARE(toCode(complete(rp, substantieel.callback, substantieel.binding).failure), toCode(Failure::AcrTooLow));
        const Attempt hoog = start(rp, QStringLiteral("111222333"), kDigidLevels.at(3));
        QVERIFY(complete(rp, hoog.callback, hoog.binding).ok());
    }

    void wrongStateIsRefusedAndKeepsTheRealOne()
    {
        RelyingParty rp(config(QStringLiteral("regie")), http_);
        const Attempt attempt = start(rp, QStringLiteral("111222333"));
        QUrlQuery forged = attempt.callback;
        forged.removeQueryItem(QStringLiteral("state"));
        forged.addQueryItem(QStringLiteral("state"), QStringLiteral("guessed-state"));
        QCOMPARE(toCode(complete(rp, forged, attempt.binding).failure), toCode(Failure::UnknownState));
        QVERIFY(complete(rp, attempt.callback, attempt.binding).ok());
    }

    void otherBrowserIsRefused()
    {
        RelyingParty rp(config(QStringLiteral("regie")), http_);
        const Attempt attempt = start(rp, QStringLiteral("111222333"));
        QCOMPARE(toCode(complete(rp, attempt.callback, QStringLiteral("someone-elses-cookie")).failure),
                 toCode(Failure::BrowserMismatch));
        QCOMPARE(toCode(complete(rp, attempt.callback, attempt.binding).failure), toCode(Failure::UnknownState));
    }

    void replayedCodeIsRefused()
    {
        RelyingParty rp(config(QStringLiteral("regie")), http_);
        const Attempt first = start(rp, QStringLiteral("111222333"));
        QVERIFY(complete(rp, first.callback, first.binding).ok());
        // The same redirect again: our state is single-use.
        QCOMPARE(toCode(complete(rp, first.callback, first.binding).failure), toCode(Failure::UnknownState));
        // The used code under a fresh state: the provider refuses it (and PKCE would too).
        Failure failure = Failure::None;
        const auto fresh = begin(rp, &failure);
        QVERIFY(fresh);
        QUrlQuery replay;
        replay.addQueryItem(QStringLiteral("code"), first.callback.queryItemValue(QStringLiteral("code")));
        replay.addQueryItem(QStringLiteral("state"), QUrlQuery(fresh->authorizationUrl).queryItemValue(QStringLiteral("state")));
        QCOMPARE(toCode(complete(rp, replay, fresh->browserBinding).failure), toCode(Failure::TokenRequestFailed));
    }

    void codeForAnotherClientIsRefused()
    {
        RelyingParty ours(config(QStringLiteral("regie")), http_);
        RelyingParty other(config(QStringLiteral("regie-es")), http_);
        const Attempt attempt = start(other, QStringLiteral("111222333"));
        // Our own pending login, but the code was issued to another client.
        Failure failure = Failure::None;
        const auto begun = begin(ours, &failure);
        QVERIFY(begun);
        QUrlQuery swapped;
        swapped.addQueryItem(QStringLiteral("code"), attempt.callback.queryItemValue(QStringLiteral("code")));
        swapped.addQueryItem(QStringLiteral("state"), QUrlQuery(begun->authorizationUrl).queryItemValue(QStringLiteral("state")));
        QCOMPARE(toCode(complete(ours, swapped, begun->browserBinding).failure), toCode(Failure::TokenRequestFailed));
    }

    void wrongNonceIsRefused()
    {
        RelyingParty rp(config(QStringLiteral("regie")), http_);
        Failure failure = Failure::None;
        const auto begun = begin(rp, &failure);
        QVERIFY(begun);
        QUrl url = begun->authorizationUrl;
        QUrlQuery query(url);
        query.removeQueryItem(QStringLiteral("nonce"));
        query.addQueryItem(QStringLiteral("nonce"), QStringLiteral("nonce-from-an-attacker"));
        url.setQuery(query);
        const QUrlQuery callback = loginAtProvider(url, QStringLiteral("111222333"));
        QVERIFY(callback.hasQueryItem(QStringLiteral("code")));
        QCOMPARE(toCode(complete(rp, callback, begun->browserBinding).failure), toCode(Failure::NonceMismatch));
    }

    void tamperedSignatureIsRefused()
    {
        SignatureBreakingClient breaking(http_);
        RelyingParty rp(config(QStringLiteral("regie")), breaking);
        const Attempt attempt = start(rp, QStringLiteral("111222333"));
        QCOMPARE(toCode(complete(rp, attempt.callback, attempt.binding).failure), toCode(Failure::SignatureInvalid));
    }

    void expiredTokenIsRefused()
    {
        // Our clock two hours ahead of the provider's: its fresh token has long expired for us.
        RelyingParty rp(config(QStringLiteral("regie")), http_,
                        [] { return QDateTime::currentDateTimeUtc().addSecs(2 * 3600); });
        const Attempt attempt = start(rp, QStringLiteral("111222333"));
        QCOMPARE(toCode(complete(rp, attempt.callback, attempt.binding).failure), toCode(Failure::Expired));
    }

    void wrongAudienceIsRefused()
    {
        // The provider's real ID token for client "regie", checked by a relying party that
        // is "regie-post": the audience rule must refuse it, and accept it as "regie".
        CapturingClient capturing(http_);
        RelyingParty rp(config(QStringLiteral("regie")), capturing);
        Failure failure = Failure::None;
        const auto begun = begin(rp, &failure);
        QVERIFY(begun);
        const QUrlQuery callback = loginAtProvider(begun->authorizationUrl, QStringLiteral("111222333"));
        QVERIFY(complete(rp, callback, begun->browserBinding).ok());
        QVERIFY(!capturing.idToken.isEmpty());
        QString error;
        const auto keys = Jwks::parse(fetch(QUrl(issuer_ + QStringLiteral("/jwks"))).body, &error);
        QVERIFY2(keys, qPrintable(error));
        IdTokenExpectations expected{issuer_, QStringLiteral("regie-post"),
                                     QUrlQuery(begun->authorizationUrl).queryItemValue(QStringLiteral("nonce")),
                                     QDateTime::currentDateTimeUtc(), std::chrono::seconds(60), std::chrono::seconds(600)};
        QCOMPARE(toCode(validateIdToken(capturing.idToken, *keys, expected, nullptr)), toCode(Failure::WrongAudience));
        expected.clientId = QStringLiteral("regie");
        QCOMPARE(toCode(validateIdToken(capturing.idToken, *keys, expected, nullptr)), toCode(Failure::None));
    }

    void providerErrorIsRefused()
    {
        RelyingParty rp(config(QStringLiteral("regie")), http_);
        Failure failure = Failure::None;
        const auto begun = begin(rp, &failure);
        QVERIFY(begun);
        QUrlQuery cancelled;
        cancelled.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
        cancelled.addQueryItem(QStringLiteral("state"), QUrlQuery(begun->authorizationUrl).queryItemValue(QStringLiteral("state")));
        QCOMPARE(toCode(complete(rp, cancelled, begun->browserBinding).failure), toCode(Failure::ProviderError));
    }

    void unknownPeopleGetNoSession_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("failure"); // of the OIDC step; "geen" = the token is fine
        QTest::newRow("BSN not in Regie") << "999999990" << toCode(Failure::None);
        QTest::newRow("inwoner without an account") << "123456782" << toCode(Failure::None);
        QTest::newRow("no BSN claim") << "jan" << toCode(Failure::BsnMissing);
    }
    void unknownPeopleGetNoSession()
    {
        QFETCH(QString, login);
        QFETCH(QString, failure);
        RelyingParty rp(config(QStringLiteral("regie")), http_);
        const Attempt attempt = start(rp, login);
        const LoginResult result = complete(rp, attempt.callback, attempt.binding);
        QCOMPARE(toCode(result.failure), failure);
        if (result.failure != Failure::None)
            return;
        QVERIFY(!services::actorVoorBsn(*world_.ctx, *result.bsn));
        storage::Sql audit(*world_.db, QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'login.mislukt'"));
        QVERIFY(audit.exec() && audit.next());
        QVERIFY(audit.int64(0) >= 1);
    }
};

QTEST_GUILESS_MAIN(TestOidcE2e)
#include "tst_oidc_e2e.moc"
