#pragma once
// Errors of the Allegro integration. Every failure becomes an Error value: a peer that is
// down, slow, answers a SOAP fault or sends garbage is an operating error, never a crash.
// Messages are meant for staff and logs, so they never carry a BSN, IBAN or name:
// anything that comes from the wire (faultstring) is passed through redactPersonalData().

#include <QtCore/QString>

#include <optional>
#include <utility>

namespace regie::allegro {

struct Error {
    enum class Kind {
        None,
        Network,   // connection refused, reset, dropped, DNS
        Timeout,   // no answer within the per-call transfer timeout
        SoapFault, // Allegro answered with a SOAP fault (faultCode/faultString set)
        Parse,     // not XML, truncated, wrong namespace, unexpected structure, bad value
        TooLarge,  // response or document beyond the configured size/depth/count limit
        Http,      // an HTTP status other than 200 without a SOAP fault in the body
        Rejected   // a well-formed answer that says no (login refused, Result=false)
    };
    Kind kind = Kind::None;
    QString message;     // staff text, translatable, without personal data
    QString faultCode;   // SoapFault only, e.g. "SOAP-ENV:Server"
    QString faultString; // SoapFault only, redacted
    int httpStatus = 0;  // Http (and SoapFault when sent with HTTP 500)

    bool isError() const { return kind != Kind::None; }
    // A RemObjects session that is unknown or expired: the client logs in again once.
    bool isSessionExpired() const;

    static Error make(Kind kind, QString message) { return Error{kind, std::move(message), {}, {}, 0}; }
};

QString kindName(Error::Kind kind); // stable English token for logs and tests: "Network", ...

// Replaces digit runs of 8+ (BSN, account and phone numbers) and IBAN-shaped tokens with
// "[verwijderd]", so text received from a peer can be shown and logged safely.
QString redactPersonalData(const QString &text);

// A value or an error, never both.
template <class T>
struct Result {
    std::optional<T> value;
    Error error;

    bool ok() const { return value.has_value(); }
    static Result success(T v) { return Result{std::move(v), {}}; }
    static Result failure(Error e) { return Result{std::nullopt, std::move(e)}; }
};

} // namespace regie::allegro
