// The one place where BSN and IBAN become readable again (services::Persoonsgegevens): each
// ciphertext only under its own column, and nothing for NULL, garbage or a wrong column.
#include "Fixture.h"

#include "services/Persoonsgegevens.h"

#include <QtTest/QtTest>

using namespace regie;
using fixture::World;
using services::Persoonsgegevens;
using services::VersleuteldVeld;

class TestPersoonsgegevens : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { w.reset(); }
    void readsEachColumn();
    void onlyUnderItsOwnColumn();
    void nothingForNullOrGarbage();
    void parsedValuesMustBeValid();

private:
    QVariant stored(const QString &sql, qint64 inwonerId)
    {
        storage::Sql q(*w->db, sql);
        q.bind(QStringLiteral(":i"), inwonerId);
        return q.exec() && q.next() ? q.value(0) : QVariant();
    }
    QVariant bsnEnc(qint64 inwonerId) { return stored(QStringLiteral("SELECT bsn_enc FROM inwoners WHERE id = :i"), inwonerId); }
    QVariant eigenEnc(qint64 inwonerId)
    {
        return stored(QStringLiteral("SELECT iban_enc FROM eigen_rekeningen WHERE inwoner_id = :i"), inwonerId);
    }
    QVariant beheerEnc(qint64 inwonerId)
    {
        return stored(QStringLiteral("SELECT iban_enc FROM beheerrekeningen WHERE inwoner_id = :i"), inwonerId);
    }
    std::unique_ptr<World> w;
};

void TestPersoonsgegevens::init()
{
    w = std::make_unique<World>();
    w->build();
}

void TestPersoonsgegevens::readsEachColumn()
{
    const Persoonsgegevens p(w->cipher);
    QCOMPARE(p.bsn(bsnEnc(w->inwoner1))->digits(), QStringLiteral("111222333"));
    QCOMPARE(p.iban(VersleuteldVeld::EigenRekeningIban, eigenEnc(w->inwoner1))->electronic(),
             QStringLiteral("NL20INGB0001234567"));
    QCOMPARE(p.iban(VersleuteldVeld::BeheerrekeningIban, beheerEnc(w->inwoner2))->electronic(),
             QStringLiteral("NL02ABNA0123456789"));
    QCOMPARE(p.tekst(VersleuteldVeld::InwonerBsn, bsnEnc(w->inwoner2)).value_or(QString()), QStringLiteral("123456782"));
}

void TestPersoonsgegevens::onlyUnderItsOwnColumn()
{
    // The associated data binds each ciphertext to its column: an IBAN copied into another
    // column does not decrypt there.
    const Persoonsgegevens p(w->cipher);
    QCOMPARE(p.tekst(VersleuteldVeld::BeheerrekeningIban, eigenEnc(w->inwoner1)), std::nullopt);
    QCOMPARE(p.tekst(VersleuteldVeld::EigenRekeningIban, beheerEnc(w->inwoner1)), std::nullopt);
    QCOMPARE(p.tekst(VersleuteldVeld::InwonerBsn, eigenEnc(w->inwoner1)), std::nullopt);
}

void TestPersoonsgegevens::nothingForNullOrGarbage()
{
    const Persoonsgegevens p(w->cipher);
    QCOMPARE(p.tekst(VersleuteldVeld::InwonerBsn, QVariant()), std::nullopt);
    QCOMPARE(p.tekst(VersleuteldVeld::InwonerBsn, QVariant(QMetaType::fromType<QByteArray>())), std::nullopt);
    QCOMPARE(p.tekst(VersleuteldVeld::InwonerBsn, QByteArray("geen versleutelde waarde")), std::nullopt);
    QByteArray tampered = bsnEnc(w->inwoner1).toByteArray();
    tampered[tampered.size() - 1] = static_cast<char>(tampered.at(tampered.size() - 1) ^ 0x01);
    QCOMPARE(p.bsn(tampered), std::nullopt);
}

void TestPersoonsgegevens::parsedValuesMustBeValid()
{
    // A stored value that is no BSN or IBAN (never written by Regie, but a restore or a
    // migration might) reads as text, and as nothing when parsed.
    const Persoonsgegevens p(w->cipher);
    const QByteArray geenBsn = w->cipher.encrypt(QByteArrayLiteral("123456789"), QByteArrayLiteral("inwoners.bsn"));
    QCOMPARE(p.tekst(VersleuteldVeld::InwonerBsn, geenBsn).value_or(QString()), QStringLiteral("123456789"));
    QCOMPARE(p.bsn(geenBsn), std::nullopt);
    const QByteArray geenIban =
        w->cipher.encrypt(QByteArrayLiteral("NL00ABNA0000000000"), QByteArrayLiteral("eigen_rekeningen.iban"));
    QCOMPARE(p.iban(VersleuteldVeld::EigenRekeningIban, geenIban), std::nullopt);
}

QTEST_GUILESS_MAIN(TestPersoonsgegevens)
#include "tst_persoonsgegevens.moc"
