#pragma once
// The one place where regie-desk touches JSON keys. Every response type reads itself through
// a JsonLezer (`static T lees(JsonLezer &)`) and every request type writes itself through a
// JsonSchrijver (`void schrijf(JsonSchrijver &) const`). Both can also run dry: then they
// decode nothing and only describe what the same code reads or writes (name, kind, whether
// null is accepted, the nested schema, the codes of an enum). tst_desk_openapi holds those
// descriptions against citizen-web/api/openapi.json, so the client and the document cannot
// drift apart without a failing test, and the description cannot drift from the decoder.

#include "money/Money.h"

#include <QtCore/QDate>
#include <QtCore/QDateTime>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QMap>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>
#include <utility>

namespace regie::desk::api {

// What the client does with one field; each maps to one OpenAPI type (tst_desk_openapi).
enum class Soort {
    Tekst,      // string without a date format
    Geheel,     // integer
    Bedrag,     // integer cents ("...Cents"), as Money
    Waar,       // boolean
    Tijd,       // string, format date-time
    Datum,      // string, format date
    Keuze,      // string with an enum: the client knows exactly the document's codes
    Object,     // $ref to a component schema
    Lijst,      // array of $ref
    TekstLijst, // array of string
};

struct Veld {
    QString naam;
    Soort soort = Soort::Tekst;
    bool magNull = false;    // reading: null is accepted; writing: null may be written
    bool optioneel = false;  // writing: left out when empty
    bool genegeerd = false;  // reading: deliberately not read (required fields only)
    QString schema;          // Object / Lijst: the component schema
    QStringList codes;       // Keuze: the codes the client knows
};

inline Veld maakVeld(QString naam, Soort soort, bool magNull = false, bool optioneel = false, bool genegeerd = false,
                     QString schema = {}, QStringList codes = {})
{
    Veld v;
    v.naam = std::move(naam);
    v.soort = soort;
    v.magNull = magNull;
    v.optioneel = optioneel;
    v.genegeerd = genegeerd;
    v.schema = std::move(schema);
    v.codes = std::move(codes);
    return v;
}

// Per component schema: the fields the client reads or writes. Filled by dry runs.
using Beschrijvingen = QMap<QString, QList<Veld>>;

// A closed set of codes for an enum; an unknown code from a newer server reads as `onbekend`.
template <typename E>
struct Codes {
    QList<std::pair<QString, E>> paren;
    E onbekend;

    E van(const QString &code) const
    {
        for (const auto &[c, e] : paren) {
            if (c == code)
                return e;
        }
        return onbekend;
    }
    QString code(E e) const
    {
        for (const auto &[c, w] : paren) {
            if (w == e)
                return c;
        }
        return {};
    }
    QStringList alle() const
    {
        QStringList out;
        for (const auto &p : paren)
            out.append(p.first);
        return out;
    }
};

class JsonLezer {
public:
    explicit JsonLezer(QJsonObject object) : object_(std::move(object)) {}
    // A dry reader: records into *uit under `schema` instead of decoding.
    JsonLezer(Beschrijvingen *uit, QString schema);

    bool beschrijft() const { return uit_ != nullptr; }

    QString tekst(const QString &naam);
    QString tekstOfLeeg(const QString &naam); // nullable: null reads as empty
    qint64 geheel(const QString &naam);
    std::optional<qint64> geheelOfNiets(const QString &naam);
    Money bedrag(const QString &naam);
    std::optional<Money> bedragOfNiets(const QString &naam);
    bool waar(const QString &naam);
    QDateTime tijd(const QString &naam); // nullable: null reads as an invalid time
    QDate datum(const QString &naam);    // nullable: null reads as an invalid date
    QStringList tekstLijst(const QString &naam);
    // A required field the desk does not need; the call documents that it is on purpose.
    void negeer(const QString &naam);

    template <typename E>
    E keuze(const QString &naam, const Codes<E> &codes)
    {
        if (beschrijft()) {
            leg(maakVeld(naam, Soort::Keuze, false, false, false, {}, codes.alle()));
            return codes.onbekend;
        }
        return codes.van(object_.value(naam).toString());
    }

    template <typename T>
    T object(const QString &naam)
    {
        if (beschrijft()) {
            beschrijfGenest<T>(naam, Soort::Object, false);
            return T{};
        }
        JsonLezer binnen(object_.value(naam).toObject());
        return T::lees(binnen);
    }

    template <typename T>
    std::optional<T> objectOfNiets(const QString &naam)
    {
        if (beschrijft()) {
            beschrijfGenest<T>(naam, Soort::Object, true);
            return std::nullopt;
        }
        if (!object_.value(naam).isObject())
            return std::nullopt;
        JsonLezer binnen(object_.value(naam).toObject());
        return T::lees(binnen);
    }

    template <typename T>
    QList<T> lijst(const QString &naam)
    {
        if (beschrijft()) {
            beschrijfGenest<T>(naam, Soort::Lijst, false);
            return {};
        }
        QList<T> out;
        const QJsonArray array = object_.value(naam).toArray();
        out.reserve(array.size());
        for (const QJsonValue &v : array) {
            JsonLezer binnen(v.toObject());
            out.append(T::lees(binnen));
        }
        return out;
    }

    // Describes T and everything it reads into *uit (once per schema).
    template <typename T>
    static void beschrijf(Beschrijvingen *uit)
    {
        const QString schema = T::schemaNaam();
        if (uit->contains(schema))
            return;
        uit->insert(schema, {}); // before reading: a type that contains itself stops here
        JsonLezer droog(uit, schema);
        (void)T::lees(droog);
    }

private:
    template <typename T>
    void beschrijfGenest(const QString &naam, Soort soort, bool magNull)
    {
        leg(maakVeld(naam, soort, magNull, false, false, T::schemaNaam()));
        beschrijf<T>(uit_);
    }
    void leg(Veld veld);

    QJsonObject object_;
    Beschrijvingen *uit_ = nullptr;
    QString schema_;
};

class JsonSchrijver {
public:
    JsonSchrijver() = default;
    JsonSchrijver(Beschrijvingen *uit, QString schema);

    void tekst(const QString &naam, const QString &waarde);
    void tekstAlsGezet(const QString &naam, const QString &waarde); // left out when empty
    void geheel(const QString &naam, qint64 waarde);
    void geheelOfNull(const QString &naam, const std::optional<qint64> &waarde);
    void bedrag(const QString &naam, Money waarde);
    void bedragOfNull(const QString &naam, const std::optional<Money> &waarde);
    void waar(const QString &naam, bool waarde);
    void datumOfNull(const QString &naam, const QDate &waarde); // invalid: null

    template <typename E>
    void keuze(const QString &naam, E waarde, const Codes<E> &codes)
    {
        if (uit_) {
            leg(maakVeld(naam, Soort::Keuze, false, false, false, {}, codes.alle()));
            return;
        }
        object_.insert(naam, codes.code(waarde));
    }

    const QJsonObject &object() const { return object_; }

    template <typename T>
    static void beschrijf(Beschrijvingen *uit)
    {
        JsonSchrijver droog(uit, T::schemaNaam());
        T{}.schrijf(droog);
    }

private:
    void leg(Veld veld);

    QJsonObject object_;
    Beschrijvingen *uit_ = nullptr;
    QString schema_;
};

} // namespace regie::desk::api
