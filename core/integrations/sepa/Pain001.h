#pragma once
// SEPA credit transfer initiation, pain.001.001.03 (CustomerCreditTransferInitiationV03):
// the file a municipality uploads to its bank to pay out executed withdrawals from the
// beheerrekening. One group header, one payment information block (one debtor account,
// one execution date), one CdtTrfTxInf per payment.
//
// Amounts are cents end to end; CtrlSum is the exact sum, written by Money.

#include "money/Money.h"

#include <QtCore/QByteArray>
#include <QtCore/QDate>
#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace regie::sepa {

struct Pain001Debtor {
    QString name;   // the municipality; transliterated, max 70
    QString iban;   // the beheerrekening; checked with regie::Iban
    QString bic;    // optional; "NOTPROVIDED" is written when empty
};

struct Pain001Payment {
    QString endToEndId;    // the withdrawal's idempotency reference: 1..35 SEPA characters
    Money amount;          // 0.01 .. 999,999,999.99
    QString creditorName;  // transliterated, max 70
    QString creditorIban;  // checked with regie::Iban
    QString remittance;    // unstructured, transliterated, max 140; may be empty
};

struct Pain001Batch {
    Pain001Debtor debtor;
    QDate requestedExecutionDate;
    QList<Pain001Payment> payments;
    // Left empty, a unique one is made ("RGE" + UTC time + random); set it to replay a
    // file byte for byte. 1..35 SEPA characters.
    QString messageId;
    // Left invalid, the current time is used.
    QDateTime creationTime;
};

// Bounds chosen from the EPC implementation guidelines.
inline constexpr qint64 kMaxPaymentCents = 99'999'999'999; // 999,999,999.99
inline constexpr qsizetype kMaxPaymentsPerFile = 100'000;
inline constexpr qsizetype kMaxNameLength = 70;
inline constexpr qsizetype kMaxRemittanceLength = 140;

enum class Pain001Error {
    None,
    EmptyBatch,
    TooManyPayments,
    InvalidMessageId,
    InvalidExecutionDate,
    InvalidDebtorIban,
    InvalidDebtorBic,
    EmptyDebtorName,
    InvalidEndToEndId,
    DuplicateEndToEndId,
    InvalidAmount,
    InvalidCreditorIban,
    EmptyCreditorName,
    TotalTooLarge,
};

struct Pain001Result {
    QByteArray xml;               // UTF-8, empty on error
    QString messageId;
    qsizetype numberOfTransactions = 0;
    Money controlSum;
    Pain001Error error = Pain001Error::None;
    qsizetype paymentIndex = -1;  // which payment failed, -1 for the batch itself
    bool ok() const { return error == Pain001Error::None; }
    // Names the failed check and the payment index; never an IBAN or a name.
    QString errorText() const;
};

// Validates the whole batch first; any error means no file at all.
Pain001Result writePain001(const Pain001Batch &batch);

// Reading a pain.001 back, so a file can be checked before it is sent (and so tests can
// round-trip). Only the parts written above are read.
struct Pain001ParsedPayment {
    QString endToEndId;
    Money amount;
    QString creditorName;
    QString creditorIban;
    QString remittance;
};

struct Pain001Parsed {
    QString messageId;
    QDateTime creationTime;
    qsizetype numberOfTransactions = 0;
    Money controlSum;
    QString paymentInfoId;
    QString paymentMethod;
    QString serviceLevel;
    QString chargeBearer;
    QDate requestedExecutionDate;
    QString debtorName;
    QString debtorIban;
    QString debtorBic;
    QList<Pain001ParsedPayment> payments;
};

struct Pain001ParseResult {
    std::optional<Pain001Parsed> document;
    QString error; // technical reason, no personal data
    bool ok() const { return document.has_value(); }
};

// Checks NbOfTxs and CtrlSum (group and payment level) against the transactions.
Pain001ParseResult parsePain001(const QByteArray &xml);

} // namespace regie::sepa
