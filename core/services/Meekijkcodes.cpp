#include "services/Meekijkcodes.h"

#include "audit/AuditActions.h"
#include "crypto/Hash.h"
#include "crypto/Random.h"
#include "services/Support.h"
#include "services/UnitOfWork.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonObject>

namespace regie::services {

using storage::Sql;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("Meekijkcodes", text); }

// No 0/O, 1/I/L, U/V: a code read aloud or copied from paper still works.
constexpr char kAlfabet[] = "ABCDEFGHJKMNPQRSTWXYZ23456789";
constexpr int kAlfabetGrootte = static_cast<int>(sizeof(kAlfabet) - 1);

QString nieuweCode()
{
    QString code;
    while (code.size() < Meekijkcodes::kCodeTekens) {
        for (char b : crypto::randomBytes(32)) {
            const int v = static_cast<unsigned char>(b);
            if (v >= 256 - 256 % kAlfabetGrootte) // no bias towards the first letters
                continue;
            code += QLatin1Char(kAlfabet[v % kAlfabetGrootte]);
            if (code.size() == Meekijkcodes::kCodeTekens)
                break;
        }
    }
    return code;
}

QString codeHash(const QString &genormaliseerd)
{
    const QByteArray invoer = QByteArrayLiteral("meekijkcode:") + genormaliseerd.toLatin1();
    return QString::fromLatin1(crypto::sha256(invoer).toHex());
}

QString getoond(const QString &code) { return code.left(4) + u'-' + code.mid(4, 4) + u'-' + code.mid(8); }

} // namespace

QString Meekijkcodes::normaliseer(const QString &getypt)
{
    QString out;
    for (QChar c : getypt.left(64).toUpper()) {
        if (c.isLetterOrNumber())
            out += c;
    }
    return out;
}

Result<Meekijkcode> Meekijkcodes::maak(const Actor &actor)
{
    if (actor.role != Role::Ketenpartner || actor.userId <= 0)
        return forbidden<Meekijkcode>();
    return UnitOfWork(ctx_).run<Meekijkcode>(actor, [&](Change &c) -> Result<Meekijkcode> {
        const QString nu = storage::toDbTime(c.now());
        Sql opruimen(c.db(), QStringLiteral("DELETE FROM meekijkcodes WHERE ketenpartner_id = :k AND verloopt_at <= :nu"));
        opruimen.bind(QStringLiteral(":k"), actor.userId).bind(QStringLiteral(":nu"), nu);
        Sql open(c.db(), QStringLiteral("SELECT COUNT(*) FROM meekijkcodes WHERE ketenpartner_id = :k AND gebruikt_at IS NULL"));
        open.bind(QStringLiteral(":k"), actor.userId);
        if (!opruimen.exec() || !open.exec() || !open.next())
            return storageFailure<Meekijkcode>(open.error().isEmpty() ? opruimen.error() : open.error());
        if (open.int64(0) >= kMaxOpen)
            return invalid<Meekijkcode>(QStringLiteral("code"),
                                        tr("Je hebt al %1 codes die nog niemand gebruikt heeft. Wacht tot ze verlopen.").arg(kMaxOpen));
        Meekijkcode out;
        const QString code = nieuweCode();
        out.code = getoond(code);
        out.verlooptOp = c.now().addSecs(std::chrono::seconds(kGeldig).count());
        Sql insert(c.db(), QStringLiteral("INSERT INTO meekijkcodes (code_hash, ketenpartner_id, gemaakt_at, verloopt_at)"
                                          " VALUES (:h, :k, :nu, :tot)"));
        insert.bind(QStringLiteral(":h"), codeHash(code)).bind(QStringLiteral(":k"), actor.userId)
            .bind(QStringLiteral(":nu"), nu).bind(QStringLiteral(":tot"), storage::toDbTime(out.verlooptOp));
        if (!insert.exec())
            return storageFailure<Meekijkcode>(insert.error());
        c.audit(audit::actions::MeekijkcodeGemaakt, QString(), QStringLiteral("user"), QString::number(actor.userId),
                QJsonObject{{QStringLiteral("dagen"), qint64(kGeldig.count() / 24)}});
        return Result<Meekijkcode>::success(out);
    });
}

Result<qint64> Meekijkcodes::gebruik(const Actor &actor, qint64 inwonerId, const QString &code)
{
    if (!checkAccess(ctx_, actor, auth::Action::BeheerToestemming, inwonerId, audit::actions::ToestemmingVerleend,
                     QStringLiteral("toestemming"), QString()))
        return notFound<qint64>();
    const QString werktNiet = tr("Deze code werkt niet. Misschien is hij al gebruikt of te oud. Vraag je hulpverlener om een nieuwe code.");
    const QString genormaliseerd = normaliseer(code);
    if (genormaliseerd.size() != kCodeTekens)
        return invalid<qint64>(QStringLiteral("ketenpartner"), werktNiet);
    return UnitOfWork(ctx_).run<qint64>(actor, [&](Change &c) -> Result<qint64> {
        const QString nu = storage::toDbTime(c.now());
        // Used up in the same statement that finds it: two tabs with one code make one consent.
        Sql neem(c.db(), QStringLiteral("UPDATE meekijkcodes SET gebruikt_at = :nu WHERE code_hash = :h AND gebruikt_at IS NULL"
                                        " AND verloopt_at > :nu2 AND ketenpartner_id IN (SELECT id FROM users"
                                        " WHERE role = 'ketenpartner' AND active = 1) RETURNING ketenpartner_id"));
        neem.bind(QStringLiteral(":nu"), nu).bind(QStringLiteral(":h"), codeHash(genormaliseerd)).bind(QStringLiteral(":nu2"), nu);
        if (!neem.exec())
            return storageFailure<qint64>(neem.error());
        if (!neem.next())
            return invalid<qint64>(QStringLiteral("ketenpartner"), werktNiet);
        const qint64 partnerId = neem.int64(0);
        Sql bestaand(c.db(), QStringLiteral("SELECT id FROM toestemmingen WHERE inwoner_id = :i AND ketenpartner_id = :k"
                                            " AND ingetrokken_at IS NULL"));
        bestaand.bind(QStringLiteral(":i"), inwonerId).bind(QStringLiteral(":k"), partnerId);
        if (!bestaand.exec())
            return storageFailure<qint64>(bestaand.error());
        if (bestaand.next())
            return Result<qint64>::success(bestaand.int64(0));
        Sql insert(c.db(), QStringLiteral("INSERT INTO toestemmingen (inwoner_id, ketenpartner_id, verleend_at)"
                                          " VALUES (:i, :k, :at) RETURNING id"));
        insert.bind(QStringLiteral(":i"), inwonerId).bind(QStringLiteral(":k"), partnerId).bind(QStringLiteral(":at"), nu);
        if (!insert.exec() || !insert.next())
            return storageFailure<qint64>(insert.error());
        c.audit(audit::actions::ToestemmingVerleend, inwonerPseudonym(ctx_, inwonerId), QStringLiteral("user"),
                QString::number(partnerId), QJsonObject{{QStringLiteral("via"), QStringLiteral("code")}});
        return Result<qint64>::success(insert.int64(0));
    });
}

} // namespace regie::services
