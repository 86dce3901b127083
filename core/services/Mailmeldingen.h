#pragma once
// Mail notifications, written to the outbox (topic "mail") by the caller's unit of work, so a mail goes out exactly when the change that causes it commits.
// The payload holds the recipient's id, never the address: the mail sender looks the
// address up at send time, so a changed address or an anonymised inwoner takes effect.
// Medewerker mails carry no name, BSN or IBAN of the inwoner (mail is not a safe channel).

#include "services/ServiceContext.h"

#include <QtCore/QString>

namespace regie::services::mailmeldingen {

inline const QString kToUser = QStringLiteral("to_user_id");
inline const QString kToInwoner = QStringLiteral("to_inwoner_id");
inline const QString kSubject = QStringLiteral("subject");
inline const QString kBody = QStringLiteral("body");

} // namespace regie::services::mailmeldingen

namespace regie::services {

class Change;

// One mail per staff user told about the request (verzoekOntvangers: the caseload, or the
// team's teamleiders when no medewerker has the inwoner) who has an email address.
bool meldNieuwVerzoek(Change &c, qint64 verzoekId, qint64 inwonerId, QString *error);

// A mail to the inwoner about a decision, only when the inwoner chose mail (wil_mail) and
// has an address. titel and tekstB1 are the texts of the in-app melding.
bool meldBesluitAanInwoner(Change &c, qint64 verzoekId, qint64 inwonerId, const QString &titel,
                           const QString &tekstB1, QString *error);

} // namespace regie::services
