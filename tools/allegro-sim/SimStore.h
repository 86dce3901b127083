#pragma once
// The simulator's own SQLite store: relaties (with BSN), budgetbeheer headers, budgetplan
// lines, reserveringen with balances, mutaties of the beheerrekening, leningen, berichten
// and the one-time payment orders received. Money is INTEGER cents in every column.

#include "integrations/allegro/AssumedOperations.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QString>

#include <optional>

namespace regie::demo {
struct Dataset;
struct Huishouden;
} // namespace regie::demo

namespace regie::allegrosim {

using namespace regie::allegro;

// A result or a SOAP fault text for the caller (never both).
template <class T>
struct Outcome {
    std::optional<T> value;
    QString fault;
    static Outcome ok(T v) { return Outcome{std::move(v), {}}; }
    static Outcome refuse(QString why) { return Outcome{std::nullopt, std::move(why)}; }
};

class SimStore {
public:
    bool open(const QString &path, QString *error);
    bool isEmpty() const;
    bool seedDemo(int households, QString *error); // deterministic, see SimDemo.cpp
    // Regie's own demo households (regie::demo::genereer), end state only; idempotent.
    bool seedRegieDemo(int inwoners, QString *error); // see SimRegieDemo.cpp

    std::vector<TRelatiecodeBedrijfcode> relatiesVoorBsn(const QString &bsnDigits) const;
    bool relatieExists(qint32 relatieCode) const;
    std::vector<TBBRHeader> bbrHeaders(qint32 relatieCode) const;
    std::vector<TBBROpdracht> opdrachten(qint32 relatieCode) const;
    TSaldoReserveringen saldoReserveringen(qint32 relatieCode) const;
    AfschriftenResponse afschriften(qint32 relatieCode, const QDateTime &vanaf) const;
    std::vector<TPLHeader> plHeaders(qint32 relatieCode) const;
    std::optional<TPL> pl(qint32 relatieCode, qint32 volgnummer) const;
    std::optional<TRelatie> relatie(qint32 relatieCode) const;
    RekeningnummersResponse rekeningnummers(qint32 relatieCode) const;
    std::vector<TBBoxHeader> berichten(qint32 relatieCode, const QDateTime &van, const QDateTime &tot) const;

    // Exactly once per Referentie: a repeat returns the first order, a repeat with other
    // data is refused.
    Outcome<TBBROpdracht> maakEenmaligeOpdracht(const EenmaligeOpdrachtRequest &request);
    Outcome<TBBoxHeader> stuurBericht(const StuurBerichtRequest &request);
    // Assumed contract in docs/ALLEGRO.md: "Uitgevoerd" for a received order, otherwise the
    // Referentie is remembered as cancelled and a later order with it refused.
    Outcome<AnnuleerOpdrachtResponse> annuleerEenmaligeOpdracht(const AnnuleerOpdrachtRequest &request);

    QJsonArray ordersJson() const;
    // Admin: {relatieCode, bedragCents (>0), bij (bool), omschrijving, nummerReservering?, datum?}
    Outcome<QJsonObject> addMutatie(const QJsonObject &request);

    // Admin: creates or replaces a whole household (see SimHuishouden.cpp for the document).
    Outcome<QJsonObject> zetHuishouden(const QJsonObject &household);

    // Used by the demo seeder.
    bool exec(const QString &sql, const QVariantList &values, QString *error = nullptr) const;

    static constexpr int kMaxMutatiesPerCall = 1000;
    static constexpr int kMaxBerichtenPerCall = 500;

private:
    bool seedRegieHuishouden(const demo::Dataset &dataset, const demo::Huishouden &h, QString *error);
    bool hasMutaties(qint32 relatieCode) const;
    QString controleerHuishouden(const QJsonObject &household) const;
    bool zetLening(const QJsonObject &household, qint32 krediet, const QString &bsn, const QString &naam, QString *error);
    bool isGeannuleerd(const QString &referentie) const;

    QString connection_;
};

} // namespace regie::allegrosim
