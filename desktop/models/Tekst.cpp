#include "models/Tekst.h"

#include <QtCore/QCoreApplication>

namespace regie::desk {

QString bedragTekst(Money bedrag) { return bedrag.formatDutch(); }

QString bedragTekst(const std::optional<Money> &bedrag) { return bedrag ? bedrag->formatDutch() : QStringLiteral("—"); }

QString tijdTekst(const QDateTime &moment)
{
    return moment.isValid() ? moment.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm")) : QStringLiteral("—");
}

QString datumTekst(const QDate &datum)
{
    return datum.isValid() ? datum.toString(QStringLiteral("dd-MM-yyyy")) : QStringLiteral("—");
}

QString periodeTekst(Periode periode)
{
    switch (periode) {
    case Periode::Week: return QCoreApplication::translate("regie::desk::Tekst", "week");
    case Periode::VierWeken: return QCoreApplication::translate("regie::desk::Tekst", "vier weken");
    case Periode::Maand: return QCoreApplication::translate("regie::desk::Tekst", "maand");
    case Periode::Kwartaal: return QCoreApplication::translate("regie::desk::Tekst", "kwartaal");
    case Periode::Jaar: return QCoreApplication::translate("regie::desk::Tekst", "jaar");
    case Periode::Onbekend: break;
    }
    return QStringLiteral("—");
}

QString statusTekst(VerzoekStatus status)
{
    switch (status) {
    case VerzoekStatus::WachtOpAkkoord: return QCoreApplication::translate("regie::desk::WerkvoorraadModel", "Wacht op akkoord");
    case VerzoekStatus::WachtOpTweedeAkkoord:
        return QCoreApplication::translate("regie::desk::WerkvoorraadModel", "Wacht op tweede akkoord");
    case VerzoekStatus::Uitgevoerd: return QCoreApplication::translate("regie::desk::WerkvoorraadModel", "Uitgevoerd");
    case VerzoekStatus::Geweigerd: return QCoreApplication::translate("regie::desk::WerkvoorraadModel", "Geweigerd");
    case VerzoekStatus::NietGelukt:
        return QCoreApplication::translate("regie::desk::WerkvoorraadModel", "Betaling niet gelukt");
    default: break;
    }
    return verzoekStatusCodes().code(status); // states a medewerker rarely sees keep their code
}

QString verificatieTekst(RekeningControle verificatie)
{
    switch (verificatie) {
    case RekeningControle::Bankpas: return QCoreApplication::translate("regie::desk::Tekst", "bankpas en legitimatie gezien");
    case RekeningControle::Afschrift: return QCoreApplication::translate("regie::desk::Tekst", "bankafschrift op naam gezien");
    case RekeningControle::Allegro: return QCoreApplication::translate("regie::desk::Tekst", "bekend in Allegro");
    case RekeningControle::Bank: return QCoreApplication::translate("regie::desk::Tekst", "bevestigd door de bank");
    case RekeningControle::Anders: return QCoreApplication::translate("regie::desk::Tekst", "anders (zie notitie)");
    case RekeningControle::Onbekend: break;
    }
    // Accounts from before verifications were recorded (or from Allegro's own check).
    return QCoreApplication::translate("regie::desk::Tekst", "niet vastgelegd");
}

} // namespace regie::desk
