#include "services/Mailmeldingen.h"

#include "money/Money.h"
#include "outbox/Outbox.h"
#include "services/Support.h"
#include "services/UnitOfWork.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonObject>

namespace regie::services {

using storage::Sql;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("Mailmeldingen", text); }

constexpr int kMaxCaseload = 200; // a caseload larger than this is a data error, not a mailing list

struct VerzoekInfo {
    QString publicId;
    Money bedrag;
    QString reservering;
};

std::optional<VerzoekInfo> loadVerzoek(storage::Database &db, qint64 verzoekId, QString *error)
{
    Sql q(db, QStringLiteral("SELECT v.public_id, v.bedrag_cents, r.naam FROM verzoeken v"
                                 " JOIN reserveringen r ON r.id = v.reservering_id WHERE v.id = :v"));
    q.bind(QStringLiteral(":v"), verzoekId);
    if (!q.exec() || !q.next()) {
        *error = QStringLiteral("mail: verzoek not found");
        return std::nullopt;
    }
    return VerzoekInfo{q.text(0), Money::fromCents(q.int64(1)), q.text(2)};
}

void enqueueMail(Change &c, const QString &key, const QString &recipientField, qint64 recipientId,
                 const QString &subject, const QString &body)
{
    c.outbox(outbox::topics::kMail, key,
             QJsonObject{{recipientField, recipientId}, {mailmeldingen::kSubject, subject}, {mailmeldingen::kBody, body}});
}

} // namespace

bool meldNieuwVerzoek(Change &c, qint64 verzoekId, qint64 inwonerId, QString *error)
{
    const auto verzoek = loadVerzoek(c.db(), verzoekId, error);
    if (!verzoek)
        return false;
    // The same people the in-app melding goes to (the caseload, or the teamleiders), those
    // with an address.
    QList<qint64> medewerkers;
    for (qint64 id : verzoekOntvangers(c.db(), inwonerId)) {
        if (medewerkers.size() >= kMaxCaseload)
            break;
        Sql q(c.db(), QStringLiteral("SELECT 1 FROM users WHERE id = :u AND email IS NOT NULL AND email <> ''"));
        q.bind(QStringLiteral(":u"), id);
        if (!q.exec()) {
            *error = q.error();
            return false;
        }
        if (q.next())
            medewerkers.append(id);
    }
    const QString subject = tr("Nieuw opnameverzoek in je werkvoorraad");
    const QString body = tr("Er wacht een nieuw opnameverzoek op je besluit.\n\n"
                            "Bedrag: %1\nReservering: %2\n\n"
                            "Open regie-desk om het verzoek te bekijken.")
                             .arg(verzoek->bedrag.formatDutch(), verzoek->reservering);
    for (qint64 medewerker : medewerkers) {
        const QString key = QStringLiteral("mail:%1:nieuw:u%2").arg(verzoek->publicId).arg(medewerker);
        enqueueMail(c, key, mailmeldingen::kToUser, medewerker, subject, body);
    }
    return true;
}

bool meldBesluitAanInwoner(Change &c, qint64 verzoekId, qint64 inwonerId, const QString &titel,
                           const QString &tekstB1, QString *error)
{
    Sql q(c.db(), QStringLiteral("SELECT wil_mail, email FROM inwoners WHERE id = :i"));
    q.bind(QStringLiteral(":i"), inwonerId);
    if (!q.exec() || !q.next()) {
        *error = QStringLiteral("mail: inwoner not found");
        return false;
    }
    if (q.int64(0) != 1 || q.text(1).trimmed().isEmpty())
        return true; // the inwoner did not choose mail: the melding in Regie is enough
    const auto verzoek = loadVerzoek(c.db(), verzoekId, error);
    if (!verzoek)
        return false;
    const QString body = titel + QStringLiteral("\n\n") + tekstB1 + QStringLiteral("\n\n")
                         + tr("Log in op Regie om alles te zien.");
    const QString key = QStringLiteral("mail:%1:besluit:i%2").arg(verzoek->publicId).arg(inwonerId);
    enqueueMail(c, key, mailmeldingen::kToInwoner, inwonerId, titel, body);
    return true;
}

} // namespace regie::services
