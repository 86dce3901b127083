#pragma once
// The one-look overview of UC-SHV-001 step 2: beheerrekening, vorm van budgetbeheer,
// reserveringen, budgetplan, lening and latest transactions, plus meldingen. Reads by staff
// and ketenpartners are audited (inzage); the inwoner reading their own data is not.

#include "domain/Domain.h"
#include "money/Money.h"
#include "services/ServiceContext.h"

#include <QtCore/QDate>
#include <QtCore/QList>

namespace regie::services {

struct ReserveringView {
    qint64 id = 0;
    QString naam;
    ReserveringSoort soort = ReserveringSoort::VrijBesteedbaar;
    Money saldo;             // posted
    Money beschikbaar;       // posted minus holds
    Money vastgehouden;      // held for requests that wait for a medewerker
    Money bedragPerPeriode;
    Periode periode = Periode::Maand;
    std::optional<Money> doel, maximum;
    QString uitleg;          // B1: what the inwoner may do here
    std::optional<Money> maxVrij;
    int voortgangProcent = 0; // saldo against doel (or maximum), 0..100
};

struct TransactieView {
    qint64 id = 0;
    QDate datum;
    Money bedrag;
    QString omschrijving, tegenpartij, categorie, reserveringNaam;
};

struct BudgetplanRegelView {
    BudgetplanSoort soort = BudgetplanSoort::Uitgave;
    QString omschrijving;
    Money bedrag;
    Periode periode = Periode::Maand;
    std::optional<QDate> volgendeDatum;
};

struct BudgetplanView {
    Money leefgeld;
    Periode leefgeldPeriode = Periode::Week;
    QDate leefgeldVolgendeDatum;
    QList<BudgetplanRegelView> regels;
    Money inkomstenPerMaand, uitgavenPerMaand; // normalised to a month for the comparison
};

struct LeningView {
    QString omschrijving;
    Money geleend, openstaand, maandtermijn, achterstand;
    int resterendeLooptijdMaanden = 0;
    QDate einddatum;
    QString uitleg;          // one plain sentence
};

struct Overzicht {
    qint64 inwonerId = 0;
    QString pseudonym;
    QString voornaam, achternaam;
    QString vormCode, vormNaam, vormUitleg;
    QString beheerrekeningEind;
    Money saldoBeheerrekening;
    Money nietGereserveerd;
    QDateTime bijgewerkt;    // when figures were last brought up to date
    QList<ReserveringView> reserveringen;
    std::optional<BudgetplanView> budgetplan;
    QList<LeningView> leningen;
    QList<TransactieView> laatsteTransacties;
    int ongelezenMeldingen = 0;
    QString teamNaam, teamTelefoon, teamEmail;
};

struct MeldingView {
    qint64 id = 0;
    QString soort, titel, tekst, verzoekPublicId;
    QDateTime moment;
    bool gelezen = false;
};

struct TransactieFilter {
    std::optional<QDate> van, tot;
    QString zoek;            // in omschrijving/tegenpartij, at most 100 chars
    int limit = 50;          // at most 500
    int offset = 0;
};

struct TransactiePagina {
    QList<TransactieView> transacties;
    int totaal = 0;
};

class Dossier {
public:
    explicit Dossier(ServiceContext &context);

    Result<Overzicht> overzicht(const Actor &actor, qint64 inwonerId);
    Result<TransactiePagina> transacties(const Actor &actor, qint64 inwonerId, const TransactieFilter &filter);
    Result<QList<MeldingView>> meldingen(const Actor &actor, int limit = 100);
    Result<int> markeerGelezen(const Actor &actor, std::optional<qint64> meldingId); // nullopt: all

    // Ketenpartner consent, granted (with a code: services::Meekijkcodes) and revoked by the inwoner.
    struct Toestemming { qint64 id; qint64 ketenpartnerId; QString naam, organisatie; QDateTime verleend; };
    Result<QList<Toestemming>> toestemmingen(const Actor &actor, qint64 inwonerId);
    Result<bool> trekToestemmingIn(const Actor &actor, qint64 inwonerId, qint64 toestemmingId);
    // Inwoners a ketenpartner may look at (after consent).
    struct InwonerRef { qint64 id; QString pseudonym, naam; };
    Result<QList<InwonerRef>> inwonersVoor(const Actor &actor);

private:
    ServiceContext &ctx_;
};

} // namespace regie::services
