#pragma once
// Reads a whole household from Allegro for the take-over and for the sync
// (services::AllegroHuishouden): the BBR header (vorm), the relatie's names
// (assumed GetRelatie), beheerrekening and own accounts (assumed GetRekeningnummers), the
// budgetplan lines (assumed GetOpdrachten), reserveringen with their balances (assumed
// GetSaldoReserveringen), the beheerrekening's balance and statement lines (assumed
// GetAfschriften) and the loans of the inwoner's Kredietbank relaties (published
// BSNNaarRelatieMetBedrijf, GetPLOverzicht, GetPL). Blocking: for worker threads.

#include "integrations/allegro/AllegroClient.h"
#include "services/Overname.h"

namespace regie::integrations {

struct LeesFout {
    bool onbekendeRelatie = false; // Allegro has no budgetbeheer (BBR) for this relatie
    bool transport = false;        // Allegro could not be reached: try again later
    QString reden;                 // technical, no personal data
};

struct LeesUitkomst {
    std::optional<services::AllegroHuishouden> huishouden;
    LeesFout fout;
    bool ok() const { return huishouden.has_value(); }
};

// bsnDigits finds the Kredietbank relaties (loans); empty: no loans are read.
LeesUitkomst leesHuishouden(allegro::AllegroClient &client, qint32 relatieCode, const QString &bsnDigits);

// A line of the beheerrekening as Regie books it: bron "allegro", externId VolgnummerMutatie.
services::BankTransactie alsTransactie(const allegro::TPRSAfschriftMutatie &mutatie);

// The loans of every Kredietbank relatie of this BSN (BSNNaarRelatieMetBedrijf, GetPLOverzicht,
// GetPL); omschrijving "Lening <relatie>-<volgnummer>" is each loan's key in Regie.
bool leesLeningen(allegro::AllegroClient &client, const QString &bsnDigits, QList<services::Lening> *leningen, LeesFout *fout);

} // namespace regie::integrations
