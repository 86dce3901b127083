// regie-desk's client held against citizen-web/api/openapi.json, the document tst_api holds
// the server to. Every route in the client's table (client/Eindpunten) must exist with its
// method, success status, query parameters, body and answer schema. Every field the client
// reads or writes (described by dry runs of the same code that decodes and encodes, see
// client/Json.h) must exist in its schema with a matching type, enum codes and nullability;
// every required answer field must be read or deliberately ignored, every required body
// field written. drift_data() changes a copy of the document in the ways the two sides drift
// apart, and each must be caught.

#include "client/ApiTypes.h"
#include "client/Eindpunten.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtTest/QtTest>

#include <algorithm>

using namespace regie::desk;
using api::Beschrijvingen;
using api::Soort;
using api::Veld;

namespace {

QString k(const char *s) { return QString::fromLatin1(s); }

// Compares the client's descriptions with one version of the document.
class Vergelijker {
public:
    explicit Vergelijker(QJsonObject document) : doc_(std::move(document)) {}

    QStringList routes() const
    {
        QStringList fouten;
        for (const Eindpunt &e : eindpunten())
            route(e, &fouten);
        return fouten;
    }

    QStringList velden() const
    {
        Beschrijvingen lezen, schrijven;
        api::JsonLezer::beschrijf<ApiProblem>(&lezen);
        for (const Eindpunt &e : eindpunten()) {
            if (e.beschrijfAntwoord)
                e.beschrijfAntwoord(&lezen);
            if (e.beschrijfInvoer)
                e.beschrijfInvoer(&schrijven);
        }
        QStringList fouten;
        for (auto it = lezen.begin(); it != lezen.end(); ++it)
            vergelijk(it.key(), it.value(), false, &fouten);
        for (auto it = schrijven.begin(); it != schrijven.end(); ++it)
            vergelijk(it.key(), it.value(), true, &fouten);
        return fouten;
    }

private:
    QJsonObject schemas() const { return doc_[k("components")][k("schemas")].toObject(); }

    static QString refNaam(const QJsonObject &p)
    {
        QString ref = p.value(k("$ref")).toString();
        if (ref.isEmpty() && p.contains(k("allOf")))
            ref = p[k("allOf")][0][k("$ref")].toString();
        return ref.section(u'/', -1);
    }

    QJsonObject opgelost(const QJsonObject &p) const
    {
        const QString naam = refNaam(p);
        return naam.isEmpty() ? p : schemas().value(naam).toObject();
    }

    // A component schema, or "Parent/field" for an object inline in Parent's field.
    QJsonObject schema(const QString &naam) const
    {
        if (!naam.contains(u'/'))
            return schemas().value(naam).toObject();
        const QJsonObject veld = schema(naam.section(u'/', 0, 0))[k("properties")][naam.section(u'/', 1)].toObject();
        return veld.value(k("type")).toString() == QLatin1String("array") ? veld[k("items")].toObject() : veld;
    }

    void route(const Eindpunt &e, QStringList *fouten) const
    {
        const QString naam = QString::fromLatin1(e.methode) + u' ' + e.pad;
        const QJsonObject op = doc_[k("paths")][QLatin1String(kApiPrefix) + e.pad][QString::fromLatin1(e.methode.toLower())].toObject();
        if (op.isEmpty())
            return fouten->append(naam + k(": not in the document"));
        const QJsonObject antwoord = op[k("responses")][QString::number(e.status)].toObject();
        if (antwoord.isEmpty())
            fouten->append(naam + k(": no answer with status ") + QString::number(e.status));
        const QJsonObject json = antwoord[k("content")][k("application/json")][k("schema")].toObject();
        if (!e.antwoord.isEmpty() && refNaam(json) != e.antwoord)
            fouten->append(naam + k(": answers ") + refNaam(json) + k(", the client reads ") + e.antwoord);
        if (e.antwoord.isEmpty() && !refNaam(json).isEmpty())
            fouten->append(naam + k(": answers ") + refNaam(json) + k(", the client reads no JSON"));
        const QJsonObject body = op[k("requestBody")][k("content")][k("application/json")][k("schema")].toObject();
        if (refNaam(body) != e.invoer)
            fouten->append(naam + k(": takes '") + refNaam(body) + k("', the client sends '") + e.invoer + u'\'');
        QStringList query, verplicht;
        for (const QJsonValue &p : op[k("parameters")].toArray()) {
            if (p[k("in")].toString() != QLatin1String("query"))
                continue;
            query.append(p[k("name")].toString());
            if (p[k("required")].toBool())
                verplicht.append(p[k("name")].toString());
        }
        for (const QString &q : e.query) {
            if (!query.contains(q))
                fouten->append(naam + k(": no query parameter ") + q);
        }
        for (const QString &q : verplicht) {
            if (!e.query.contains(q))
                fouten->append(naam + k(": the client never sends the required parameter ") + q);
        }
    }

    void vergelijk(const QString &naam, const QList<Veld> &velden, bool schrijven, QStringList *fouten) const
    {
        const QJsonObject s = schema(naam);
        if (s.isEmpty())
            return fouten->append(naam + k(": no such schema"));
        const QJsonObject props = s[k("properties")].toObject();
        QStringList gezien;
        for (const Veld &v : velden) {
            const QString waar = naam + u'.' + v.naam;
            if (gezien.contains(v.naam))
                fouten->append(waar + k(": named twice"));
            gezien.append(v.naam);
            if (!props.contains(v.naam)) {
                fouten->append(waar + k(": not in the document"));
                continue;
            }
            if (!v.genegeerd)
                type(waar, v, props[v.naam].toObject(), naam, schrijven, fouten);
        }
        for (const QJsonValue &r : s[k("required")].toArray()) {
            const auto it = std::find_if(velden.begin(), velden.end(), [&](const Veld &v) { return v.naam == r.toString(); });
            if (it == velden.end())
                fouten->append(naam + u'.' + r.toString() + (schrijven ? k(": required, never written") : k(": required, neither read nor ignored")));
            else if (schrijven && it->optioneel)
                fouten->append(naam + u'.' + r.toString() + k(": required, but left out when empty"));
        }
    }

    void type(const QString &waar, const Veld &v, const QJsonObject &p, const QString &ouder, bool schrijven,
              QStringList *fouten) const
    {
        const QString t = p[k("type")].toString(), formaat = p[k("format")].toString();
        const bool magNull = p[k("nullable")].toBool() || opgelost(p)[k("nullable")].toBool();
        auto verwacht = [&](bool ok, const QString &wat) {
            if (!ok)
                fouten->append(waar + k(": the document has ") + (t.isEmpty() ? refNaam(p) : t + u' ' + formaat) + k(", the client ") + wat);
        };
        switch (v.soort) {
        case Soort::Tekst:
            verwacht(t == QLatin1String("string") && formaat.isEmpty() && !p.contains(k("enum")), k("plain text"));
            break;
        case Soort::Geheel: verwacht(t == QLatin1String("integer"), k("an integer")); break;
        case Soort::Bedrag: verwacht(t == QLatin1String("integer") && v.naam.endsWith(QLatin1String("Cents")), k("cents")); break;
        case Soort::Waar: verwacht(t == QLatin1String("boolean"), k("a boolean")); break;
        case Soort::Tijd: verwacht(t == QLatin1String("string") && formaat == QLatin1String("date-time"), k("a date-time")); break;
        case Soort::Datum: verwacht(t == QLatin1String("string") && formaat == QLatin1String("date"), k("a date")); break;
        case Soort::Keuze: keuze(waar, v, p, schrijven, fouten); break;
        case Soort::Object: verwacht(refNaam(p) == v.schema, k("the object ") + v.schema); break;
        case Soort::TekstLijst: verwacht(t == QLatin1String("array") && p[k("items")][k("type")].toString() == QLatin1String("string"), k("a list of text")); break;
        case Soort::Lijst: {
            const QString items = refNaam(p[k("items")].toObject());
            const QString inline_ = ouder + u'/' + v.naam;
            verwacht(t == QLatin1String("array") && (items.isEmpty() ? v.schema == inline_ : items == v.schema), k("a list of ") + v.schema);
            break;
        }
        }
        if (!schrijven && magNull && !v.magNull)
            fouten->append(waar + k(": may be null, the client does not accept null"));
        if (schrijven && v.magNull && !magNull)
            fouten->append(waar + k(": may not be null, the client may send null"));
    }

    static void keuze(const QString &waar, const Veld &v, const QJsonObject &p, bool schrijven, QStringList *fouten)
    {
        if (p[k("type")].toString() != QLatin1String("string"))
            return fouten->append(waar + k(": not text, the client reads codes"));
        if (!p.contains(k("enum")))
            return; // free text: unknown codes read as Onbekend
        QStringList document;
        for (const QJsonValue &c : p[k("enum")].toArray())
            document.append(c.toString());
        QStringList client = v.codes;
        document.sort();
        client.sort();
        const bool ok = schrijven ? std::all_of(client.begin(), client.end(), [&](const QString &c) { return document.contains(c); })
                                  : client == document;
        if (!ok)
            fouten->append(waar + k(": codes ") + document.join(u',') + k(" in the document, ") + client.join(u',') + k(" in the client"));
    }

    QJsonObject doc_;
};

QJsonObject leesDocument()
{
    QFile file(QStringLiteral(REGIE_SOURCE_DIR "/citizen-web/api/openapi.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Sets doc[path...] = value, creating nothing: the path must exist up to its last key.
QJsonValue zet(QJsonValue at, QStringList pad, const QJsonValue &waarde)
{
    if (pad.isEmpty())
        return waarde;
    const QString sleutel = pad.takeFirst();
    if (at.isArray()) {
        QJsonArray a = at.toArray();
        const int i = sleutel.toInt();
        a[i] = zet(a.at(i), pad, waarde);
        return a;
    }
    QJsonObject o = at.toObject();
    if (waarde.isUndefined() && pad.isEmpty())
        o.remove(sleutel);
    else
        o[sleutel] = zet(o.value(sleutel), pad, waarde);
    return o;
}

} // namespace

class TestDeskOpenApi : public QObject {
    Q_OBJECT

private:
    QJsonObject document;

private Q_SLOTS:
    void initTestCase()
    {
        document = leesDocument();
        QVERIFY2(document.contains(k("paths")), "citizen-web/api/openapi.json not read");
    }

    void routesMatch()
    {
        const QStringList fouten = Vergelijker(document).routes();
        QVERIFY2(fouten.isEmpty(), qPrintable(fouten.join(u'\n')));
    }

    void fieldsMatch()
    {
        const QStringList fouten = Vergelijker(document).velden();
        QVERIFY2(fouten.isEmpty(), qPrintable(fouten.join(u'\n')));
    }

    // Every schema the client reads or writes is described, and nothing is described empty.
    void everyTypeDescribesItself()
    {
        Beschrijvingen lezen, schrijven;
        for (const Eindpunt &e : eindpunten()) {
            if (e.beschrijfAntwoord)
                e.beschrijfAntwoord(&lezen);
            if (e.beschrijfInvoer)
                e.beschrijfInvoer(&schrijven);
        }
        QVERIFY(lezen.size() >= 30);
        QCOMPARE(schrijven.size(), 15); // sessions, decisions, afspraken; teams, reasons, vorm, accounts, linking
        for (auto it = lezen.begin(); it != lezen.end(); ++it)
            QVERIFY2(!it.value().isEmpty(), qPrintable(it.key()));
    }

    void drift_data()
    {
        QTest::addColumn<QStringList>("pad");
        QTest::addColumn<QJsonValue>("waarde");
        QTest::addColumn<QString>("gemeld");
        const QString regel = k("components/schemas/WerkvoorraadRegel/");
        QTest::newRow("field renamed") << QString(regel + k("properties/bedragCents")).split(u'/') << QJsonValue(QJsonValue::Undefined)
                                       << k("WerkvoorraadRegel.bedragCents: not in the document");
        QTest::newRow("type changed") << QString(regel + k("properties/wachtMinuten/type")).split(u'/') << QJsonValue(k("string"))
                                      << k("WerkvoorraadRegel.wachtMinuten: the document has string");
        QTest::newRow("became nullable") << QString(regel + k("properties/inwonerNaam/nullable")).split(u'/') << QJsonValue(true)
                                         << k("WerkvoorraadRegel.inwonerNaam: may be null");
        QTest::newRow("new status") << QString(regel + k("properties/status/enum/0")).split(u'/') << QJsonValue(k("in_de_wacht"))
                                    << k("WerkvoorraadRegel.status: codes");
        QTest::newRow("new required field") << QString(regel + k("required/0")).split(u'/') << QJsonValue(k("prioriteit"))
                                            << k("WerkvoorraadRegel.prioriteit: required, neither read nor ignored");
        QTest::newRow("new required body field") << k("components/schemas/BesluitInvoer/required/0").split(u'/')
                                                 << QJsonValue(k("redenCode")) << k("BesluitInvoer.redenCode: required, but left out");
        QTest::newRow("answer schema changed")
            << k("paths//api/v1/verzoeken/{id}/get/responses/200/content/application~json/schema/$ref").split(u'/')
            << QJsonValue(k("#/components/schemas/BesluitVoorbeeld")) << k("GET /verzoeken/{id}: answers BesluitVoorbeeld");
        QTest::newRow("route moved") << k("paths//api/v1/redenen").split(u'/') << QJsonValue(QJsonValue::Undefined)
                                     << k("GET /redenen: not in the document");
    }
    void drift()
    {
        QFETCH(QStringList, pad);
        QFETCH(QJsonValue, waarde);
        QFETCH(QString, gemeld);
        // "paths//api/v1/x" splits the path key apart; join it again ("~" stands for "/").
        if (pad.size() > 2 && pad[0] == QLatin1String("paths")) {
            const int einde = static_cast<int>(std::find_if(pad.begin() + 2, pad.end(), [](const QString &d) {
                                                   return d == QLatin1String("get") || d == QLatin1String("post");
                                               }) - pad.begin());
            const QString sleutel = u'/' + pad.mid(2, einde - 2).join(u'/');
            pad = QStringList{pad[0], sleutel} + pad.mid(einde);
            pad.replaceInStrings(k("~"), k("/"));
        }
        const QJsonObject gewijzigd = zet(document, pad, waarde).toObject();
        QVERIFY(gewijzigd != document);
        const QStringList fouten = Vergelijker(gewijzigd).routes() + Vergelijker(gewijzigd).velden();
        const bool gevonden = std::any_of(fouten.begin(), fouten.end(), [&](const QString &f) { return f.startsWith(gemeld); });
        QVERIFY2(gevonden, qPrintable(fouten.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestDeskOpenApi)
#include "tst_desk_openapi.moc"
