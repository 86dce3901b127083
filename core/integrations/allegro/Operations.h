#pragma once
// The operations of the public Allegro contract that Regie calls. Each has a request and
// a response record; the element names of responses come from the real examples
// (specs/allegro/examples). Request parameter names of LoginService are from the WSDL;
// those of BBRService, FinancieringService and BerichtenBoxService follow the published
// convention of SchuldHulpService (aRelatieCode for overviews, aHeader for details) and
// the parameter list Mijn Krefia sends to GetBerichten. See docs/ALLEGRO.md.

#include "integrations/allegro/AllegroTypes.h"
#include "integrations/allegro/Soap.h"

#include <QtCore/QDate>

namespace regie::allegro {

// A typed operation: the name plus the request and response records it carries.
template <class Req, class Resp>
struct Operation {
    using Request = Req;
    using Response = Resp;
    OperationName name;
    bool operator==(const Operation &) const = default;
};

// ---- LoginService -------------------------------------------------------------------

struct NoParameters {};
template <class V> void visit(V &, NoParameters &) {}

struct AllegroWebLoginRequest {
    QString aUsername;
    QString aPassword; // never logged
    bool operator==(const AllegroWebLoginRequest &) const = default;
};
template <class V> void visit(V &v, AllegroWebLoginRequest &t)
{
    v(u"aUsername", t.aUsername); v(u"aPassword", t.aPassword);
}

struct LoginResponse {
    bool Result = false;
    AWUserInfo aUserInfo;
    bool operator==(const LoginResponse &) const = default;
};
template <class V> void visit(V &v, LoginResponse &t)
{
    v(u"Result", t.Result); v(u"aUserInfo", t.aUserInfo);
}

struct BSNRequest {
    QString BSN; // nine digits (xs:int on the wire); personal data, never logged
    bool operator==(const BSNRequest &) const = default;
};
template <class V> void visit(V &v, BSNRequest &t) { v(u"BSN", t.BSN); }

struct RelatiecodesResponse {
    std::vector<TRelatiecodeBedrijfcode> Result;
    qint64 ExtraInfo = 0;
    QString ExtraInfoOmschrijving;
    bool operator==(const RelatiecodesResponse &) const = default;
};
template <class V> void visit(V &v, RelatiecodesResponse &t)
{
    v.list(u"Result", u"TRelatiecodeBedrijfcode", t.Result);
    v(u"ExtraInfo", t.ExtraInfo); v(u"ExtraInfoOmschrijving", t.ExtraInfoOmschrijving);
}

struct RelatieCodeRequest {
    qint32 aRelatieCode = 0;
    bool operator==(const RelatieCodeRequest &) const = default;
};
template <class V> void visit(V &v, RelatieCodeRequest &t) { v(u"aRelatieCode", t.aRelatieCode); }

// ---- BBRService / FinancieringService / BerichtenBoxService / SchuldHulpService -------

struct BBROverzichtResponse {
    std::vector<TBBRHeader> Result;
    qint64 ExtraInfo = 0;
    QString ExtraInfoOmschrijving;
    bool operator==(const BBROverzichtResponse &) const = default;
};
template <class V> void visit(V &v, BBROverzichtResponse &t)
{
    v.list(u"Result", u"TBBRHeader", t.Result);
    v(u"ExtraInfo", t.ExtraInfo); v(u"ExtraInfoOmschrijving", t.ExtraInfoOmschrijving);
}

struct PLOverzichtResponse {
    std::vector<TPLHeader> Result;
    bool operator==(const PLOverzichtResponse &) const = default;
};
template <class V> void visit(V &v, PLOverzichtResponse &t) { v.list(u"Result", u"TPLHeader", t.Result); }

struct PLRequest {
    TPLHeader aHeader;
    bool operator==(const PLRequest &) const = default;
};
template <class V> void visit(V &v, PLRequest &t) { v(u"aHeader", t.aHeader); }

struct PLResponse {
    TPL Result;
    bool operator==(const PLResponse &) const = default;
};
template <class V> void visit(V &v, PLResponse &t) { v(u"Result", t.Result); }

struct BerichtenRequest {
    qint32 Relatiecode = 0;
    QDateTime DatumVan;
    QDateTime DatumTotEnMet;
    QString OntvangenVerzonden = QStringLiteral("ovBeide");
    QString Gelezen = QStringLiteral("Nee");
    QString Gearchiveerd = QStringLiteral("Nee");
    QString Sortering = QStringLiteral("Oplopend");
    bool operator==(const BerichtenRequest &) const = default;
};
template <class V> void visit(V &v, BerichtenRequest &t)
{
    v(u"Relatiecode", t.Relatiecode); v(u"DatumVan", t.DatumVan); v(u"DatumTotEnMet", t.DatumTotEnMet);
    v(u"OntvangenVerzonden", t.OntvangenVerzonden); v(u"Gelezen", t.Gelezen);
    v(u"Gearchiveerd", t.Gearchiveerd); v(u"Sortering", t.Sortering);
}

struct BerichtenResponse {
    std::vector<TBBoxHeader> Result;
    qint64 ExtraInfo = 0;
    QString ExtraInfoOmschrijving;
    bool operator==(const BerichtenResponse &) const = default;
};
template <class V> void visit(V &v, BerichtenResponse &t)
{
    v.list(u"Result", u"TBBoxHeader", t.Result);
    v(u"ExtraInfo", t.ExtraInfo); v(u"ExtraInfoOmschrijving", t.ExtraInfoOmschrijving);
}

struct SRVOverzichtResponse {
    std::vector<TSRVAanvraagHeader> Result;
    bool operator==(const SRVOverzichtResponse &) const = default;
};
template <class V> void visit(V &v, SRVOverzichtResponse &t)
{
    v.list(u"Result", u"TSRVAanvraagHeader", t.Result);
}

struct SRVAanvraagRequest {
    TSRVAanvraagHeader aHeader;
    bool operator==(const SRVAanvraagRequest &) const = default;
};
template <class V> void visit(V &v, SRVAanvraagRequest &t) { v(u"aHeader", t.aHeader); }

struct SRVAanvraagResponse {
    TSRVAanvraag Result;
    bool operator==(const SRVAanvraagResponse &) const = default;
};
template <class V> void visit(V &v, SRVAanvraagResponse &t) { v(u"Result", t.Result); }

namespace ops {
using LoginTijdelijk = Operation<NoParameters, LoginResponse>;
using Login = Operation<AllegroWebLoginRequest, LoginResponse>;
using RelatiesVoorBsn = Operation<BSNRequest, RelatiecodesResponse>;
using MagAanmelden = Operation<RelatieCodeRequest, LoginResponse>;
using BBROverzicht = Operation<RelatieCodeRequest, BBROverzichtResponse>;
using PLOverzicht = Operation<RelatieCodeRequest, PLOverzichtResponse>;
using PL = Operation<PLRequest, PLResponse>;
using Berichten = Operation<BerichtenRequest, BerichtenResponse>;
using SRVOverzicht = Operation<RelatieCodeRequest, SRVOverzichtResponse>;
using SRVAanvraag = Operation<SRVAanvraagRequest, SRVAanvraagResponse>;

inline const LoginTijdelijk kLoginTijdelijk{{QStringLiteral("LoginService"), QStringLiteral("AllegroWebLoginTijdelijk")}};
inline const Login kLogin{{QStringLiteral("LoginService"), QStringLiteral("AllegroWebLogin")}};
inline const RelatiesVoorBsn kBSNNaarRelatieMetBedrijf{{QStringLiteral("LoginService"), QStringLiteral("BSNNaarRelatieMetBedrijf")}};
inline const MagAanmelden kAllegroWebMagAanmelden{{QStringLiteral("LoginService"), QStringLiteral("AllegroWebMagAanmelden")}};
inline const BBROverzicht kGetBBROverzicht{{QStringLiteral("BBRService"), QStringLiteral("GetBBROverzicht")}};
inline const PLOverzicht kGetPLOverzicht{{QStringLiteral("FinancieringService"), QStringLiteral("GetPLOverzicht")}};
inline const PL kGetPL{{QStringLiteral("FinancieringService"), QStringLiteral("GetPL")}};
inline const Berichten kGetBerichten{{QStringLiteral("BerichtenBoxService"), QStringLiteral("GetBerichten")}};
inline const SRVOverzicht kGetSRVOverzicht{{QStringLiteral("SchuldHulpService"), QStringLiteral("GetSRVOverzicht")}};
inline const SRVAanvraag kGetSRVAanvraag{{QStringLiteral("SchuldHulpService"), QStringLiteral("GetSRVAanvraag")}};
} // namespace ops

// Bedrijfscodes seen in the examples and in Mijn Krefia.
inline constexpr qint32 kBedrijfFibu = 10;
inline constexpr qint32 kBedrijfKredietbank = 2;

} // namespace regie::allegro
