#pragma once
// Value types shared by the ZGW client, the flow helper and the notification code.
// Only the fields Regie reads or writes are modelled; the rest of a resource stays
// with the zaaksysteem.

#include <QtCore/QDate>
#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QUrl>

#include <optional>
#include <utility>

namespace regie::zgw {

struct InvalidParam {
    QString name;
    QString code;
    QString reason;
};

enum class ErrorKind {
    None,
    Network,      // connection refused, reset, DNS
    Timeout,      // no complete answer within the configured time
    TooLarge,     // the answer exceeded the configured size bound
    Http,         // the API answered 4xx/5xx (see httpStatus, code, invalidParams)
    BadResponse,  // the answer was not the JSON we expect
    InvalidInput, // the caller passed something we refuse to send
    Conflict      // the zaak already holds something that contradicts the request
};

struct Error {
    ErrorKind kind = ErrorKind::None;
    int httpStatus = 0;
    QString code;    // the problem+json "code", e.g. "invalid" or "permission_denied"
    QString title;
    QString detail;  // the server's text, with digit runs of 8+ (BSN-like) masked
    QString message; // never contains personal data: safe to log
    QList<InvalidParam> invalidParams;

    bool isError() const { return kind != ErrorKind::None; }
    bool hasInvalidParam(const QString &paramCode) const
    {
        for (const InvalidParam &p : invalidParams) {
            if (p.code == paramCode)
                return true;
        }
        return false;
    }
    // Transient failures are worth a bounded retry; a 4xx answer is not.
    bool isTransient() const
    {
        return kind == ErrorKind::Network || kind == ErrorKind::Timeout
            || (kind == ErrorKind::Http && (httpStatus >= 500 || httpStatus == 429));
    }
};

template <typename T>
struct Result {
    std::optional<T> value;
    Error error;

    static Result ok(T v) { return Result{std::move(v), Error{}}; }
    static Result fail(Error e) { return Result{std::nullopt, std::move(e)}; }
    bool isOk() const { return value.has_value() && !error.isError(); }
    explicit operator bool() const { return isOk(); }
};

QString errorKindName(ErrorKind kind);
// One line for logs: kind, status, code and invalid param names/codes (no values).
QString describe(const Error &error);

// ---- Catalogi ---------------------------------------------------------------------------
struct StatusType {
    QUrl url;
    QString omschrijving;
    int volgnummer = 0;
    bool isEindstatus = false;
};

struct ResultaatType {
    QUrl url;
    QString omschrijving;
};

struct RolType {
    QUrl url;
    QString omschrijving;
    QString omschrijvingGeneriek;
};

// ---- Zaken ------------------------------------------------------------------------------
struct Zaak {
    QUrl url;
    QString uuid;
    QString identificatie;
    QString bronorganisatie;
    QUrl zaaktype;
    QDate startdatum;
    std::optional<QDate> einddatum;
    QUrl status;    // current status, empty if none
    QUrl resultaat; // empty if none
};

struct NewZaak {
    QString identificatie;
    QString bronorganisatie;              // RSIN
    QString verantwoordelijkeOrganisatie; // RSIN
    QUrl zaaktype;
    QDate startdatum;
    QString omschrijving; // <= 80 characters
    QString toelichting;  // <= 1000 characters
};

struct Rol {
    QUrl url;
    QUrl zaak;
    QUrl roltype;
    QString betrokkeneType;
    QString inpBsn; // personal data: compare, never log
};

struct NewRolNatuurlijkPersoon {
    QUrl zaak;
    QUrl roltype;
    QString roltoelichting;
    QString inpBsn; // nine digits
};

struct ZaakStatus {
    QUrl url;
    QUrl zaak;
    QUrl statustype;
    QDateTime datumStatusGezet;
};

struct ZaakResultaat {
    QUrl url;
    QUrl zaak;
    QUrl resultaattype;
    QString toelichting;
};

struct Besluit {
    QUrl url;
    QString identificatie;
    QUrl besluittype;
    QUrl zaak;
    QDate datum;
};

struct NewBesluit {
    QString identificatie;
    QString verantwoordelijkeOrganisatie;
    QUrl besluittype;
    QUrl zaak;
    QDate datum;
    QDate ingangsdatum;
    QString toelichting;
};

// ---- Notificaties -----------------------------------------------------------------------
struct Abonnement {
    QUrl url;
    QUrl callbackUrl;
    QString auth;        // as listed; empty when the API does not show it
    QStringList kanalen; // kanaal names
};

} // namespace regie::zgw
