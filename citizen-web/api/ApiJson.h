#pragma once
// JSON shapes of the staff API (citizen-web/api/openapi.json names them): service views to
// JSON and the afspraak body back. Money is always integer cents in keys ending in Cents.

#include "audit/AuditLog.h"
#include "rules/Afspraak.h"
#include "rules/Beoordeling.h"
#include "rules/Validatie.h"
#include "services/AfspraakProef.h"
#include "services/Afspraken.h"
#include "services/Beheer.h"
#include "services/Besluiten.h"
#include "services/Dossier.h"
#include "services/EigenRekeningen.h"
#include "services/Organisatie.h"
#include "services/Opnames.h"
#include "services/Voorstellen.h"
#include "services/Werkvoorraad.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>

namespace regie::web::api::json {

QJsonObject werkvoorraadRegel(const services::WerkvoorraadRegel &r);
QJsonObject beoordeling(const rules::Beoordeling &b);
QJsonObject verzoek(const services::VerzoekView &v);
QJsonObject overzicht(const services::Overzicht &o);
QJsonObject transactie(const services::TransactieView &t);
QJsonObject melding(const services::MeldingView &m);
QJsonObject inwonerRegel(const services::InwonerRegel &i);
QJsonObject reden(const services::RedenView &r);
QJsonObject besluitVoorbeeld(const services::BesluitVoorbeeld &v);
QJsonObject afspraak(const rules::Afspraak &a);
QJsonObject afspraakVersie(const services::AfspraakVersie &v);
QJsonObject validatieFout(const rules::ValidatieFout &f);
QJsonObject proef(const services::AfspraakProefUitkomst &p);
QJsonObject rapport(const services::WerkvoorraadRapport &r);
QJsonObject auditEvent(const audit::AuditEvent &e);
QJsonObject verificatie(const audit::VerifyResult &v);
QJsonObject gebruiker(const services::GebruikerView &g);
QJsonObject team(const services::TeamView &t);
QJsonObject caseload(const services::CaseloadRegel &c);
QJsonObject voorstel(const services::Voorstel &v);
QJsonObject uitgaandBericht(const services::UitgaandBericht &b);
QJsonObject redenRegel(const services::RedenRegel &r);
QJsonObject redenVersie(const services::RedenVersie &v);
QJsonObject vorm(const services::VormView &v);
QJsonObject eigenRekening(const services::EigenRekeningView &r);

// The rule fields of an afspraak from a request body (modus, limits, dates). Missing optional
// limits stay empty; errors are appended to *bad with the JSON key as field name.
rules::Afspraak afspraakUit(const QJsonObject &o, QList<services::FieldError> *bad);
// A new version's body: the rule fields plus the mandatory reason and effective date.
rules::Afspraak nieuweVersieUit(const QJsonObject &o, QString *reden, QList<services::FieldError> *bad);

} // namespace regie::web::api::json
