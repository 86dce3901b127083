#include "client/Json.h"

namespace regie::desk::api {

JsonLezer::JsonLezer(Beschrijvingen *uit, QString schema) : uit_(uit), schema_(std::move(schema)) {}

void JsonLezer::leg(Veld veld) { (*uit_)[schema_].append(std::move(veld)); }

QString JsonLezer::tekst(const QString &naam)
{
    if (beschrijft()) {
        leg(maakVeld(naam, Soort::Tekst));
        return {};
    }
    return object_.value(naam).toString();
}

QString JsonLezer::tekstOfLeeg(const QString &naam)
{
    if (beschrijft()) {
        leg(maakVeld(naam, Soort::Tekst, true));
        return {};
    }
    return object_.value(naam).toString();
}

qint64 JsonLezer::geheel(const QString &naam)
{
    if (beschrijft()) {
        leg(maakVeld(naam, Soort::Geheel));
        return 0;
    }
    return object_.value(naam).toInteger();
}

std::optional<qint64> JsonLezer::geheelOfNiets(const QString &naam)
{
    if (beschrijft()) {
        leg(maakVeld(naam, Soort::Geheel, true));
        return std::nullopt;
    }
    const QJsonValue v = object_.value(naam);
    return v.isDouble() ? std::optional<qint64>(v.toInteger()) : std::nullopt;
}

Money JsonLezer::bedrag(const QString &naam)
{
    if (beschrijft()) {
        leg(maakVeld(naam, Soort::Bedrag));
        return Money::zero();
    }
    return Money::fromCents(object_.value(naam).toInteger());
}

std::optional<Money> JsonLezer::bedragOfNiets(const QString &naam)
{
    if (beschrijft()) {
        leg(maakVeld(naam, Soort::Bedrag, true));
        return std::nullopt;
    }
    const QJsonValue v = object_.value(naam);
    return v.isDouble() ? std::optional<Money>(Money::fromCents(v.toInteger())) : std::nullopt;
}

bool JsonLezer::waar(const QString &naam)
{
    if (beschrijft()) {
        leg(maakVeld(naam, Soort::Waar));
        return false;
    }
    return object_.value(naam).toBool();
}

QDateTime JsonLezer::tijd(const QString &naam)
{
    if (beschrijft()) {
        leg(maakVeld(naam, Soort::Tijd, true));
        return {};
    }
    const QJsonValue v = object_.value(naam);
    return v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs) : QDateTime();
}

QDate JsonLezer::datum(const QString &naam)
{
    if (beschrijft()) {
        leg(maakVeld(naam, Soort::Datum, true));
        return {};
    }
    return QDate::fromString(object_.value(naam).toString(), Qt::ISODate);
}

QStringList JsonLezer::tekstLijst(const QString &naam)
{
    if (beschrijft()) {
        leg(maakVeld(naam, Soort::TekstLijst));
        return {};
    }
    QStringList out;
    for (const QJsonValue &v : object_.value(naam).toArray())
        out.append(v.toString());
    return out;
}

void JsonLezer::negeer(const QString &naam)
{
    if (beschrijft())
        leg(maakVeld(naam, Soort::Tekst, true, false, true));
}

JsonSchrijver::JsonSchrijver(Beschrijvingen *uit, QString schema) : uit_(uit), schema_(std::move(schema))
{
    uit_->insert(schema_, {});
}

void JsonSchrijver::leg(Veld veld) { (*uit_)[schema_].append(std::move(veld)); }

void JsonSchrijver::tekst(const QString &naam, const QString &waarde)
{
    if (uit_)
        return leg(maakVeld(naam, Soort::Tekst));
    object_.insert(naam, waarde);
}

void JsonSchrijver::tekstAlsGezet(const QString &naam, const QString &waarde)
{
    if (uit_)
        return leg(maakVeld(naam, Soort::Tekst, false, true));
    if (!waarde.isEmpty())
        object_.insert(naam, waarde);
}

void JsonSchrijver::geheel(const QString &naam, qint64 waarde)
{
    if (uit_)
        return leg(maakVeld(naam, Soort::Geheel));
    object_.insert(naam, waarde);
}

void JsonSchrijver::geheelOfNull(const QString &naam, const std::optional<qint64> &waarde)
{
    if (uit_)
        return leg(maakVeld(naam, Soort::Geheel, true));
    object_.insert(naam, waarde ? QJsonValue(*waarde) : QJsonValue(QJsonValue::Null));
}

void JsonSchrijver::bedrag(const QString &naam, Money waarde)
{
    if (uit_)
        return leg(maakVeld(naam, Soort::Bedrag));
    object_.insert(naam, waarde.cents());
}

void JsonSchrijver::bedragOfNull(const QString &naam, const std::optional<Money> &waarde)
{
    if (uit_)
        return leg(maakVeld(naam, Soort::Bedrag, true));
    object_.insert(naam, waarde ? QJsonValue(waarde->cents()) : QJsonValue(QJsonValue::Null));
}

void JsonSchrijver::waar(const QString &naam, bool waarde)
{
    if (uit_)
        return leg(maakVeld(naam, Soort::Waar));
    object_.insert(naam, waarde);
}

void JsonSchrijver::datumOfNull(const QString &naam, const QDate &waarde)
{
    if (uit_)
        return leg(maakVeld(naam, Soort::Datum, true));
    object_.insert(naam, waarde.isValid() ? QJsonValue(waarde.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null));
}

} // namespace regie::desk::api
