#include "audit/AuditActions.h"

#include <QtCore/QCoreApplication>

namespace regie::audit::actions {
namespace {

constexpr qsizetype kMaxCodeLength = 64;

struct Label {
    QLatin1String code;
    const char *text;
};

// Labels for staff screens. Kept next to, not inside, the macro list so lupdate sees them;
// tst_audit checks that every listed code has one.
const Label kLabels[] = {
    {LoginGelukt, QT_TRANSLATE_NOOP("AuditActions", "Ingelogd")},
    {LoginMislukt, QT_TRANSLATE_NOOP("AuditActions", "Inloggen mislukt")},
    {AccountGeblokkeerd, QT_TRANSLATE_NOOP("AuditActions", "Account geblokkeerd")},
    {Uitgelogd, QT_TRANSLATE_NOOP("AuditActions", "Uitgelogd")},
    {SessieVerlopen, QT_TRANSLATE_NOOP("AuditActions", "Sessie verlopen")},
    {WachtwoordGewijzigd, QT_TRANSLATE_NOOP("AuditActions", "Wachtwoord gewijzigd")},
    {TweedeFactorIngesteld, QT_TRANSLATE_NOOP("AuditActions", "Tweede factor ingesteld")},
    {DossierBekeken, QT_TRANSLATE_NOOP("AuditActions", "Dossier bekeken")},
    {TransactiesBekeken, QT_TRANSLATE_NOOP("AuditActions", "Transacties bekeken")},
    {BudgetplanBekeken, QT_TRANSLATE_NOOP("AuditActions", "Budgetplan bekeken")},
    {LeningBekeken, QT_TRANSLATE_NOOP("AuditActions", "Lening bekeken")},
    {VerzoekBekeken, QT_TRANSLATE_NOOP("AuditActions", "Opnameverzoek bekeken")},
    {AuditBekeken, QT_TRANSLATE_NOOP("AuditActions", "Audittrail bekeken")},
    {VerzoekAangemaakt, QT_TRANSLATE_NOOP("AuditActions", "Opnameverzoek aangemaakt")},
    {VerzoekGeannuleerd, QT_TRANSLATE_NOOP("AuditActions", "Opnameverzoek geannuleerd")},
    {VerzoekIngediend, QT_TRANSLATE_NOOP("AuditActions", "Opnameverzoek ingediend")},
    {VerzoekUitgevoerd, QT_TRANSLATE_NOOP("AuditActions", "Opname uitgevoerd")},
    {VerzoekAfgewezen, QT_TRANSLATE_NOOP("AuditActions", "Opnameverzoek automatisch afgewezen")},
    {VerzoekIngetrokken, QT_TRANSLATE_NOOP("AuditActions", "Opnameverzoek ingetrokken")},
    {VerzoekVerlopen, QT_TRANSLATE_NOOP("AuditActions", "Opnameverzoek verlopen")},
    {VerzoekNietGelukt, QT_TRANSLATE_NOOP("AuditActions", "Betaling niet gelukt, geld terug in het potje")},
    {BesluitAkkoord, QT_TRANSLATE_NOOP("AuditActions", "Akkoord gegeven")},
    {BesluitWeigering, QT_TRANSLATE_NOOP("AuditActions", "Verzoek geweigerd")},
    {AfspraakAangemaakt, QT_TRANSLATE_NOOP("AuditActions", "Maatwerkafspraak aangemaakt")},
    {AfspraakGewijzigd, QT_TRANSLATE_NOOP("AuditActions", "Maatwerkafspraak gewijzigd")},
    {ReserveringGewijzigd, QT_TRANSLATE_NOOP("AuditActions", "Reservering gewijzigd")},
    {BudgetplanGewijzigd, QT_TRANSLATE_NOOP("AuditActions", "Budgetplan gewijzigd")},
    {EigenRekeningToegevoegd, QT_TRANSLATE_NOOP("AuditActions", "Eigen rekening toegevoegd")},
    {EigenRekeningGeverifieerd, QT_TRANSLATE_NOOP("AuditActions", "Eigen rekening gecontroleerd")},
    {EigenRekeningVerwijderd, QT_TRANSLATE_NOOP("AuditActions", "Eigen rekening verwijderd")},
    {ToestemmingVerleend, QT_TRANSLATE_NOOP("AuditActions", "Toestemming gegeven")},
    {ToestemmingIngetrokken, QT_TRANSLATE_NOOP("AuditActions", "Toestemming ingetrokken")},
    {GebruikerAangemaakt, QT_TRANSLATE_NOOP("AuditActions", "Gebruiker aangemaakt")},
    {OpslagVastgelegd, QT_TRANSLATE_NOOP("AuditActions", "Soort opslag (echt of demo) vastgelegd")},
    {MeekijkcodeGemaakt, QT_TRANSLATE_NOOP("AuditActions", "Code om mee te kijken gemaakt")},
    {VoorstelGedaan, QT_TRANSLATE_NOOP("AuditActions", "Wijziging voorgesteld aan een teamleider")},
    {VoorstelBesloten, QT_TRANSLATE_NOOP("AuditActions", "Over een voorgestelde wijziging besloten")},
    {GebruikerGewijzigd, QT_TRANSLATE_NOOP("AuditActions", "Gebruiker gewijzigd")},
    {GebruikerGedeactiveerd, QT_TRANSLATE_NOOP("AuditActions", "Gebruiker uitgeschakeld")},
    {CaseloadGewijzigd, QT_TRANSLATE_NOOP("AuditActions", "Caseload gewijzigd")},
    {InstellingGewijzigd, QT_TRANSLATE_NOOP("AuditActions", "Instelling gewijzigd")},
    {RedenGewijzigd, QT_TRANSLATE_NOOP("AuditActions", "Standaardreden gewijzigd")},
    {RedenIngetrokken, QT_TRANSLATE_NOOP("AuditActions", "Standaardreden ingetrokken")},
    {NotificatieOntvangen, QT_TRANSLATE_NOOP("AuditActions", "Melding van het zaaksysteem ontvangen")},
    {BankbestandVerwerkt, QT_TRANSLATE_NOOP("AuditActions", "Bankbestand verwerkt")},
    {BerichtOpnieuw, QT_TRANSLATE_NOOP("AuditActions", "Mislukt bericht opnieuw geprobeerd")},
    {OutboxOpnieuw, QT_TRANSLATE_NOOP("AuditActions", "Bericht naar ander systeem opnieuw verstuurd")},
    {TeamAangemaakt, QT_TRANSLATE_NOOP("AuditActions", "Team aangemaakt")},
    {VormGewijzigd, QT_TRANSLATE_NOOP("AuditActions", "Vorm van budgetbeheer gewijzigd")},
    {InwonerAangemaakt, QT_TRANSLATE_NOOP("AuditActions", "Inwoner aangemeld")},
    {ReserveringAangemaakt, QT_TRANSLATE_NOOP("AuditActions", "Reservering aangemaakt")},
    {ReserveringGestort, QT_TRANSLATE_NOOP("AuditActions", "Geld in reservering gezet")},
    {LeningBijgewerkt, QT_TRANSLATE_NOOP("AuditActions", "Lening bijgewerkt")},
    {TransactiesGeboekt, QT_TRANSLATE_NOOP("AuditActions", "Banktransacties geboekt")},
    {InwonerOvergenomen, QT_TRANSLATE_NOOP("AuditActions", "Huishouden overgenomen uit Allegro")},
    {BudgetbeheerBeeindigd, QT_TRANSLATE_NOOP("AuditActions", "Budgetbeheer beëindigd")},
    {ReserveringBeeindigd, QT_TRANSLATE_NOOP("AuditActions", "Reservering beëindigd")},
    {BudgetplanRegelBeeindigd, QT_TRANSLATE_NOOP("AuditActions", "Budgetplanregel beëindigd")},
    {ExportAudit, QT_TRANSLATE_NOOP("AuditActions", "Audittrail geëxporteerd")},
    {ExportGegevens, QT_TRANSLATE_NOOP("AuditActions", "Gegevens geëxporteerd")},
    {AllegroGesynchroniseerd, QT_TRANSLATE_NOOP("AuditActions", "Gegevens uit Allegro bijgewerkt")},
    {AllegroVerwerkt, QT_TRANSLATE_NOOP("AuditActions", "Verwerkt in Allegro")},
    {ZaakAangemaakt, QT_TRANSLATE_NOOP("AuditActions", "Zaak aangemaakt")},
    {ZaakBijgewerkt, QT_TRANSLATE_NOOP("AuditActions", "Zaak bijgewerkt")},
    {BetaalopdrachtAangemaakt, QT_TRANSLATE_NOOP("AuditActions", "Betaalopdracht aangemaakt")},
    {BerichtVerstuurd, QT_TRANSLATE_NOOP("AuditActions", "Bericht verstuurd")},
    {InwonerGeanonimiseerd, QT_TRANSLATE_NOOP("AuditActions", "Persoonsgegevens geanonimiseerd")},
    {GegevensVerwijderd, QT_TRANSLATE_NOOP("AuditActions", "Gegevens verwijderd")},
    {BewaartermijnVerwerkt, QT_TRANSLATE_NOOP("AuditActions", "Bewaartermijn verwerkt")},
    {AuditGeverifieerd, QT_TRANSLATE_NOOP("AuditActions", "Audittrail gecontroleerd")},
    {AuditCheckpoint, QT_TRANSLATE_NOOP("AuditActions", "Controlepunt audittrail vastgelegd")},
    {SleutelGeroteerd, QT_TRANSLATE_NOOP("AuditActions", "Gegevens versleuteld met de nieuwe sleutel")},
    {BackupGemaakt, QT_TRANSLATE_NOOP("AuditActions", "Back-up gemaakt")},
    {BackupTeruggezet, QT_TRANSLATE_NOOP("AuditActions", "Back-up teruggezet")},
    {ConfiguratieGecontroleerd, QT_TRANSLATE_NOOP("AuditActions", "Instellingen en koppelingen gecontroleerd")},
};

bool isCodeChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_';
}

} // namespace

const QList<QLatin1String> &all()
{
#define REGIE_AUDIT_LIST_ACTION(name, code) QLatin1String(code),
    static const QList<QLatin1String> codes = {REGIE_AUDIT_ACTIONS(REGIE_AUDIT_LIST_ACTION)};
#undef REGIE_AUDIT_LIST_ACTION
    return codes;
}

bool isKnown(QStringView code)
{
    for (const QLatin1String &known : all()) {
        if (code == known)
            return true;
    }
    return false;
}

bool isWellFormed(QStringView code)
{
    if (code.isEmpty() || code.size() > kMaxCodeLength)
        return false;
    bool sawDot = false;
    QChar previous = u'.';
    for (const QChar c : code) {
        if (c == u'.') {
            if (previous == u'.')
                return false; // empty segment
            sawDot = true;
        } else if (!isCodeChar(c) || (previous == u'.' && !(c >= u'a' && c <= u'z'))) {
            return false; // segments start with a letter
        }
        previous = c;
    }
    return sawDot && previous != u'.';
}

QString label(QStringView code)
{
    for (const Label &entry : kLabels) {
        if (code == entry.code)
            return QCoreApplication::translate("AuditActions", entry.text);
    }
    return code.toString();
}

} // namespace regie::audit::actions
