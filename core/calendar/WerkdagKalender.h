#pragma once
// Working days of the bank chain (weekdays that are not Dutch public holidays nor extra
// closing days), and the answer to the inwoner's question "when is the money in my
// account?". All dates and times are Europe/Amsterdam wall-clock time.

#include "calendar/Feestdagen.h"

#include <QtCore/QDate>
#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QTime>

#include <optional>

namespace regie::calendar
{

struct Bijschrijving {
    QDate datum; // the money is on the account at the latest on this day
    QDate verzendDatum; // the working day the bank sends the payment
    QString uitlegB1; // e.g. "Het geld staat uiterlijk vrijdag 14 maart op je rekening."
};

class WerkdagKalender
{
public:
    // A list longer than this is a configuration mistake, and the bound guarantees that
    // a working day is always found within kMaxZoekDagen.
    static constexpr int kMaxExtraSluitingsdagen = 60;
    static constexpr int kMaxZoekDagen = 370;
    static constexpr int kMaxWerkdagenStap = 2000; // about eight years
    static constexpr int kMaxVerwerkingsWerkdagen = 10;

    explicit WerkdagKalender(BevrijdingsdagRegel regel = BevrijdingsdagRegel::ElkJaar);

    // Extra days the bank chain is closed (e.g. a TARGET2 closing day). Returns false and
    // keeps the old list when there are too many or one is invalid.
    bool setExtraSluitingsdagen(const QList<QDate> &dagen);
    QList<QDate> extraSluitingsdagen() const { return extra_; }
    BevrijdingsdagRegel bevrijdingsdagRegel() const { return regel_; }

    bool isWerkdag(QDate datum) const;
    // The first working day strictly after `datum`.
    QDate volgendeWerkdag(QDate datum) const;
    // The last working day strictly before `datum`.
    QDate vorigeWerkdag(QDate datum) const;
    // n working days after `datum` (n < 0: before); n == 0 returns `datum` unchanged.
    // Invalid QDate when |n| > kMaxWerkdagenStap or `datum` is invalid.
    QDate plusWerkdagen(QDate datum, int n) const;

    // Why the bank is closed on `datum`, in Dutch ("Tweede Paasdag", "het weekend",
    // "een extra sluitingsdag"); nullopt on a working day.
    std::optional<QString> redenGeenWerkdag(QDate datum) const;

    // An order executed on a working day before the cut-off is sent that day; otherwise
    // it is sent on the next working day. It arrives verwerkingsWerkdagen working days
    // after it was sent. Returns an empty Bijschrijving (invalid dates, no text) for an
    // invalid moment or verwerkingsWerkdagen outside [0, kMaxVerwerkingsWerkdagen].
    Bijschrijving verwachteBijschrijving(const QDateTime &uitgevoerdOp, QTime cutOff = QTime(14, 0),
        int verwerkingsWerkdagen = 1) const;

private:
    QString uitlegVoor(QDate uitvoerDag, QDate verzendDag, QDate aankomst, QTime cutOff) const;

    BevrijdingsdagRegel regel_;
    QList<QDate> extra_; // sorted, unique
};

} // namespace regie::calendar
