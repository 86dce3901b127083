// The relying party's token checks against tokens signed here with OpenSSL keys: every
// claim rule, algorithm confusion, key selection, PKCE, the pending-login store and the
// discovery document checks.

#include "TokenSigner.h"

#include "auth/Oidc.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QMessageAuthenticationCode>
#include <QtCore/QTimeZone>
#include <QtTest/QTest>

using namespace regie::auth::oidc;
using testsupport::TokenSigner;

namespace {

const QString kIssuer = QStringLiteral("https://broker.example/oidc");
const QString kClient = QStringLiteral("regie");
const QString kNonce = QStringLiteral("nonce-123");
const QDateTime kNow = QDateTime::fromSecsSinceEpoch(1795000000, Qt::UTC);

QJsonObject goodPayload()
{
    return QJsonObject{{QStringLiteral("iss"), kIssuer},
                       {QStringLiteral("aud"), kClient},
                       {QStringLiteral("sub"), QStringLiteral("111222333")},
                       {QStringLiteral("nonce"), kNonce},
                       {QStringLiteral("iat"), kNow.toSecsSinceEpoch() - 5},
                       {QStringLiteral("exp"), kNow.toSecsSinceEpoch() + 300}};
}

IdTokenExpectations expectations()
{
    return IdTokenExpectations{kIssuer, kClient, kNonce, kNow, std::chrono::seconds(60), std::chrono::seconds(600)};
}

Jwks keysOf(const QList<const TokenSigner *> &signers)
{
    QString error;
    auto keys = Jwks::parse(TokenSigner::jwks(signers), &error);
    if (!keys)
        qFatal("jwks: %s", qPrintable(error));
    return *keys;
}

QByteArray flipLastSignatureChar(QByteArray token)
{
    // The last base64url character carries real signature bits in both RS256 and ES256.
    const qsizetype i = token.size() - 2;
    token[i] = token.at(i) == 'A' ? 'B' : 'A';
    return token;
}

} // namespace

class TestOidcUnit : public QObject {
    Q_OBJECT

private:
    TokenSigner rsa_{TokenSigner::Kind::Rsa2048, QStringLiteral("rsa-1")};
    TokenSigner rsaOther_{TokenSigner::Kind::Rsa2048, QStringLiteral("rsa-2")};
    TokenSigner ec_{TokenSigner::Kind::P256, QStringLiteral("ec-1")};

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(rsa_.valid());
        QVERIFY(rsaOther_.valid());
        QVERIFY(ec_.valid());
    }

    void validTokensPass_data()
    {
        QTest::addColumn<bool>("useEc");
        QTest::newRow("RS256") << false;
        QTest::newRow("ES256") << true;
    }
    void validTokensPass()
    {
        QFETCH(bool, useEc);
        const TokenSigner &signer = useEc ? ec_ : rsa_;
        QJsonObject payload;
        const QByteArray token = signer.sign(goodPayload());
        QCOMPARE(toCode(validateIdToken(token, keysOf({&rsa_, &ec_}), expectations(), &payload)),
                 toCode(Failure::None));
        QCOMPARE(payload.value(QStringLiteral("sub")).toString(), QStringLiteral("111222333"));
    }

    void claimRules_data()
    {
        QTest::addColumn<QString>("claim");
        QTest::addColumn<QJsonValue>("value"); // Undefined: remove the claim
        QTest::addColumn<QString>("expected");
        const qint64 now = kNow.toSecsSinceEpoch();
        const QJsonValue removed(QJsonValue::Undefined);
        QTest::newRow("wrong issuer") << "iss" << QJsonValue(QStringLiteral("https://evil.example")) << toCode(Failure::WrongIssuer);
        QTest::newRow("issuer with slash") << "iss" << QJsonValue(kIssuer + QLatin1Char('/')) << toCode(Failure::WrongIssuer);
        QTest::newRow("wrong audience") << "aud" << QJsonValue(QStringLiteral("other-client")) << toCode(Failure::WrongAudience);
        QTest::newRow("audience list without azp")
            << "aud" << QJsonValue(QJsonArray{kClient, QStringLiteral("other")}) << toCode(Failure::WrongAudience);
        QTest::newRow("audience list, us alone") << "aud" << QJsonValue(QJsonArray{kClient}) << toCode(Failure::None);
        QTest::newRow("no audience") << "aud" << removed << toCode(Failure::WrongAudience);
        QTest::newRow("expired") << "exp" << QJsonValue(now - 61) << toCode(Failure::Expired);
        QTest::newRow("expired within skew") << "exp" << QJsonValue(now - 30) << toCode(Failure::None);
        QTest::newRow("no exp") << "exp" << removed << toCode(Failure::TokenMalformed);
        QTest::newRow("exp as text") << "exp" << QJsonValue(QStringLiteral("soon")) << toCode(Failure::TokenMalformed);
        QTest::newRow("issued in the future") << "iat" << QJsonValue(now + 120) << toCode(Failure::NotYetValid);
        QTest::newRow("issued long ago") << "iat" << QJsonValue(now - 3600) << toCode(Failure::Expired);
        QTest::newRow("not before later") << "nbf" << QJsonValue(now + 300) << toCode(Failure::NotYetValid);
        QTest::newRow("wrong nonce") << "nonce" << QJsonValue(QStringLiteral("nonce-124")) << toCode(Failure::NonceMismatch);
        QTest::newRow("no nonce") << "nonce" << removed << toCode(Failure::NonceMismatch);
        QTest::newRow("no sub") << "sub" << removed << toCode(Failure::TokenMalformed);
    }
    void claimRules()
    {
        QFETCH(QString, claim);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QJsonObject payload = goodPayload();
        if (value.isUndefined())
            payload.remove(claim);
        else
            payload.insert(claim, value);
        const QByteArray token = rsa_.sign(payload);
        QCOMPARE(toCode(validateIdToken(token, keysOf({&rsa_}), expectations(), nullptr)), expected);
    }

    void azpMustBeUs()
    {
        QJsonObject payload = goodPayload();
        payload.insert(QStringLiteral("aud"), QJsonArray{kClient, QStringLiteral("other")});
        payload.insert(QStringLiteral("azp"), kClient);
        QCOMPARE(toCode(validateIdToken(rsa_.sign(payload), keysOf({&rsa_}), expectations(), nullptr)),
                 toCode(Failure::None));
        payload.insert(QStringLiteral("azp"), QStringLiteral("other"));
        QCOMPARE(toCode(validateIdToken(rsa_.sign(payload), keysOf({&rsa_}), expectations(), nullptr)),
                 toCode(Failure::WrongAudience));
    }

    void signatureRules_data()
    {
        QTest::addColumn<int>("variant");
        QTest::newRow("tampered RS256 signature") << 0;
        QTest::newRow("tampered ES256 signature") << 1;
        QTest::newRow("tampered payload") << 2;
        QTest::newRow("signed by an unpublished key, same kid") << 3;
        QTest::newRow("unknown kid") << 4;
        QTest::newRow("alg none") << 5;
        QTest::newRow("alg HS256 keyed with the public key") << 6;
        QTest::newRow("ES256 header on an RSA kid") << 7;
        QTest::newRow("critical header") << 8;
        QTest::newRow("not three parts") << 9;
    }
    void signatureRules()
    {
        QFETCH(int, variant);
        const Jwks keys = keysOf({&rsa_, &ec_});
        QByteArray token;
        switch (variant) {
        case 0: token = flipLastSignatureChar(rsa_.sign(goodPayload())); break;
        case 1: token = flipLastSignatureChar(ec_.sign(goodPayload())); break;
        case 2: {
            QList<QByteArray> parts = rsa_.sign(goodPayload()).split('.');
            QJsonObject changed = goodPayload();
            changed.insert(QStringLiteral("sub"), QStringLiteral("123456782"));
            parts[1] = base64UrlEncode(QJsonDocument(changed).toJson(QJsonDocument::Compact));
            token = parts.join('.');
            break;
        }
        case 3: token = rsaOther_.sign(goodPayload(), QJsonObject{{QStringLiteral("kid"), rsa_.kid()}}); break;
        case 4: token = rsa_.sign(goodPayload(), QJsonObject{{QStringLiteral("kid"), QStringLiteral("nope")}}); break;
        case 5: {
            const QByteArray header = base64UrlEncode(R"({"alg":"none","kid":"rsa-1"})");
            token = header + '.' + base64UrlEncode(QJsonDocument(goodPayload()).toJson(QJsonDocument::Compact)) + ".x";
            break;
        }
        case 6: {
            // The classic confusion attack: HMAC with the provider's public key as secret.
            const QByteArray header = base64UrlEncode(R"({"alg":"HS256","kid":"rsa-1"})");
            const QByteArray input = header + '.' + base64UrlEncode(QJsonDocument(goodPayload()).toJson(QJsonDocument::Compact));
            const QByteArray mac = QMessageAuthenticationCode::hash(input, TokenSigner::jwks({&rsa_}), QCryptographicHash::Sha256);
            token = input + '.' + base64UrlEncode(mac);
            break;
        }
        case 7: token = rsa_.sign(goodPayload(), QJsonObject{{QStringLiteral("alg"), QStringLiteral("ES256")}}); break;
        case 8: token = rsa_.sign(goodPayload(), QJsonObject{{QStringLiteral("crit"), QJsonArray{QStringLiteral("b64")}}}); break;
        case 9: token = rsa_.sign(goodPayload()) + ".extra"; break;
        default: QFAIL("unknown variant");
        }
        const Failure failure = validateIdToken(token, keys, expectations(), nullptr);
        QVERIFY2(failure == Failure::SignatureInvalid || failure == Failure::TokenMalformed, qPrintable(toCode(failure)));
    }

    void tokenWithoutKidNeedsSingleKey()
    {
        // Without a kid the key is only unambiguous when one key of that type is published.
        const QByteArray token = rsa_.sign(goodPayload(), QJsonObject{{QStringLiteral("kid"), QString()}});
        QCOMPARE(toCode(validateIdToken(token, keysOf({&rsa_, &ec_}), expectations(), nullptr)), toCode(Failure::None));
        QCOMPARE(toCode(validateIdToken(token, keysOf({&rsa_, &rsaOther_}), expectations(), nullptr)),
                 toCode(Failure::SignatureInvalid));
    }

    void jwksRules()
    {
        QString error;
        TokenSigner weak(TokenSigner::Kind::Rsa1024, QStringLiteral("weak"));
        QVERIFY(!Jwks::parse(TokenSigner::jwks({&weak}), &error));
        QVERIFY(!Jwks::parse(QByteArrayLiteral("{\"keys\":[]}"), &error));
        QVERIFY(!Jwks::parse(QByteArrayLiteral("[1,2]"), &error));
        QVERIFY(!Jwks::parse(QByteArray(kMaxJwksBytes + 1, ' '), &error));
        // An encryption key, or a key whose alg says something else, is not used for signatures.
        QJsonObject enc = rsa_.jwk();
        enc.insert(QStringLiteral("use"), QStringLiteral("enc"));
        QJsonObject ps = rsa_.jwk();
        ps.insert(QStringLiteral("alg"), QStringLiteral("PS256"));
        const QByteArray doc = QJsonDocument(QJsonObject{{QStringLiteral("keys"), QJsonArray{enc, ps, ec_.jwk()}}}).toJson();
        const auto keys = Jwks::parse(doc, &error);
        QVERIFY(keys);
        QCOMPARE(keys->size(), 1);
        QVERIFY(!keys->find(rsa_.kid(), Algorithm::RS256));
        QVERIFY(keys->find(ec_.kid(), Algorithm::ES256));
        // A point that is not on the curve.
        QJsonObject bad = ec_.jwk();
        bad.insert(QStringLiteral("y"), QString::fromLatin1(base64UrlEncode(QByteArray(32, '\x01'))));
        QVERIFY(!Jwks::parse(QJsonDocument(QJsonObject{{QStringLiteral("keys"), QJsonArray{bad}}}).toJson(), &error));
    }

    void base64Url()
    {
        QCOMPARE(base64UrlDecode("aGk").value_or(QByteArray()), QByteArray("hi"));
        QVERIFY(!base64UrlDecode("aGk="));
        QVERIFY(!base64UrlDecode("a+b/"));
        QCOMPARE(base64UrlEncode(QByteArray("\xfb\xff", 2)), QByteArray("-_8"));
    }

    void pkceChallenge()
    {
        // Known answer computed independently (Python hashlib + base64.urlsafe_b64encode).
        QCOMPARE(codeChallengeS256(QStringLiteral("dBjftJeZ4CVP-mJ92Z1p7dRAjJ7MfBxvwsuALQBTd4c")),
                 QStringLiteral("ueEe7CzpYnc9ToXMSKOYKOzEKu_d4SOOGL2AxRy5blY"));
    }

    void bsnClaim_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::newRow("bare") << QJsonValue(QStringLiteral("111222333")) << "111222333";
        QTest::newRow("sector prefix") << QJsonValue(QStringLiteral("s00000000:111222333")) << "111222333";
        QTest::newRow("eight digits") << QJsonValue(QStringLiteral("12345678")) << "";
        QTest::newRow("fails 11-proef") << QJsonValue(QStringLiteral("111222334")) << "";
        QTest::newRow("number, not text") << QJsonValue(111222333) << "";
        QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined) << "";
    }
    void bsnClaim()
    {
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QJsonObject payload;
        if (!value.isUndefined())
            payload.insert(QStringLiteral("bsn"), value);
        const auto bsn = bsnFromClaims(payload, QStringLiteral("bsn"));
        QCOMPARE(bsn ? bsn->digits() : QString(), expected);
    }

    void loginStoreIsSingleUseAndExpires()
    {
        LoginStore store(3);
        const auto a = store.create(kNow, std::chrono::seconds(600));
        QVERIFY(a);
        QVERIFY(a->state != a->nonce && a->state.size() >= 43 && a->codeVerifier.size() >= 43);
        QVERIFY(store.take(a->state, kNow));
        QVERIFY(!store.take(a->state, kNow)); // replay
        const auto b = store.create(kNow, std::chrono::seconds(600));
        QVERIFY(!store.take(b->state, kNow.addSecs(600))); // expired
        QVERIFY(!store.take(QStringLiteral("made-up"), kNow));
    }

    void loginStoreIsBounded()
    {
        LoginStore store(2);
        QVERIFY(store.create(kNow, std::chrono::seconds(60)));
        QVERIFY(store.create(kNow, std::chrono::seconds(60)));
        QVERIFY(!store.create(kNow, std::chrono::seconds(60)));           // full of live logins
        QVERIFY(store.create(kNow.addSecs(61), std::chrono::seconds(60))); // expired ones purged
        QCOMPARE(store.size(), 1);
    }

    // One client cannot fill the store for everyone: its share is bounded, others go on.
    void loginStoreIsBoundedPerClient()
    {
        LoginStore store(10, 3);
        LoginStore::Refusal why = LoginStore::Refusal::None;
        for (int i = 0; i < 3; ++i)
            QVERIFY(store.create(kNow, std::chrono::seconds(60), QStringLiteral("10.0.0.1"), &why));
        QVERIFY(!store.create(kNow, std::chrono::seconds(60), QStringLiteral("10.0.0.1"), &why));
        QVERIFY(why == LoginStore::Refusal::ClientFull);
        QCOMPARE(store.sizeFor(QStringLiteral("10.0.0.1")), 3);
        const auto other = store.create(kNow, std::chrono::seconds(60), QStringLiteral("10.0.0.2"), &why);
        QVERIFY(other);
        QVERIFY(store.take(other->state, kNow));
        QCOMPARE(store.sizeFor(QStringLiteral("10.0.0.2")), 0);
        // Its own logins expire, and then the client may start again.
        QVERIFY(store.create(kNow.addSecs(61), std::chrono::seconds(60), QStringLiteral("10.0.0.1"), &why));
        QCOMPARE(store.sizeFor(QStringLiteral("10.0.0.1")), 1);
    }

    void acrClaim_data()
    {
        QTest::addColumn<QJsonValue>("acr");
        QTest::addColumn<QString>("expected");
        const QString tooLow = toCode(Failure::AcrTooLow);
        QTest::newRow("Substantieel") << QJsonValue(kDigidLevels.at(2)) << toCode(Failure::None);
        QTest::newRow("Hoog") << QJsonValue(kDigidLevels.at(3)) << toCode(Failure::None);
        QTest::newRow("Midden") << QJsonValue(kDigidLevels.at(1)) << tooLow;
        QTest::newRow("Basis") << QJsonValue(kDigidLevels.at(0)) << tooLow;
        QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << tooLow;
        QTest::newRow("not a string") << QJsonValue(3) << tooLow;
        QTest::newRow("other case") << QJsonValue(kDigidLevels.at(2).toUpper()) << tooLow;
    }
    void acrClaim()
    {
        QFETCH(QJsonValue, acr);
        QFETCH(QString, expected);
        QJsonObject payload = goodPayload();
        if (!acr.isUndefined())
            payload.insert(QStringLiteral("acr"), acr);
        IdTokenExpectations e = expectations();
        e.acceptedAcr = digidLevelsFrom(QStringLiteral("substantieel"));
        QCOMPARE(toCode(checkClaims(payload, e)), expected);
    }

    void digidLevels()
    {
        QCOMPARE(digidLevelsFrom(QStringLiteral("Substantieel")), (QStringList{kDigidLevels.at(2), kDigidLevels.at(3)}));
        QCOMPARE(digidLevelsFrom(QStringLiteral("basis")).size(), 4);
        QVERIFY(digidLevelsFrom(QStringLiteral("superhoog")).isEmpty());
        ProviderConfig c;
        QCOMPARE(c.acceptedAcr, digidLevelsFrom(QStringLiteral("substantieel"))); // the default for moving money
        QCOMPARE(c.requestedAcr(), kDigidLevels.at(2));
    }

    void discovery_data()
    {
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("endpointBase");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("https") << kIssuer << "https://broker.example" << true;
        QTest::newRow("other issuer") << "https://evil.example" << "https://broker.example" << false;
        QTest::newRow("plain http remote") << kIssuer << "http://broker.example" << false;
        QTest::newRow("plain http loopback") << kIssuer << "http://127.0.0.1:9000" << true;
        QTest::newRow("userinfo in url") << kIssuer << "https://user:pw@broker.example" << false;
    }
    void discovery()
    {
        QFETCH(QString, issuer);
        QFETCH(QString, endpointBase);
        QFETCH(bool, accepted);
        const QJsonObject doc{{QStringLiteral("issuer"), issuer},
                              {QStringLiteral("authorization_endpoint"), QString(endpointBase + QStringLiteral("/auth"))},
                              {QStringLiteral("token_endpoint"), QString(endpointBase + QStringLiteral("/token"))},
                              {QStringLiteral("jwks_uri"), QString(endpointBase + QStringLiteral("/jwks"))}};
        ProviderConfig config;
        config.issuer = kIssuer;
        QString error;
        QCOMPARE(ProviderMetadata::parse(QJsonDocument(doc).toJson(), config, &error).has_value(), accepted);
        QCOMPARE(discoveryUrl(kIssuer + QLatin1Char('/')).toString(),
                 QStringLiteral("https://broker.example/oidc/.well-known/openid-configuration"));
    }
};

QTEST_GUILESS_MAIN(TestOidcUnit)
#include "tst_oidc_unit.moc"
