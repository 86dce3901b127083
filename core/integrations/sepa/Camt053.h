#pragma once
// Import of camt.053.001.02 (BankToCustomerStatementV02), the day statement Dutch banks
// (ING, Rabobank, ABN AMRO) deliver for the beheerrekening. A file is accepted whole or
// refused whole: a statement whose balances do not add up is never partly booked.

#include "money/Money.h"

#include <QtCore/QByteArray>
#include <QtCore/QDate>
#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QSet>
#include <QtCore/QString>

#include <optional>

namespace regie::sepa {

inline const QString kCamt053Namespace =
    QStringLiteral("urn:iso:std:iso:20022:tech:xsd:camt.053.001.02");

struct CamtLimits {
    qsizetype maxBytes = 20 * 1024 * 1024;
    qsizetype maxDepth = 24;        // the deepest path used by banks is about 12
    qsizetype maxStatements = 400;  // a year of day statements
    qsizetype maxEntries = 200'000; // over all statements
    qsizetype maxTextLength = 4096; // one element's text
};

// One TxDtls: the payment behind an entry (a batch entry has several).
struct CamtTransaction {
    QString endToEndId;   // "NOTPROVIDED" is kept as the bank sent it
    QString otherRefs;    // InstrId/TxId/MsgId/PmtInfId/MndtId, joined; used for the dedup key
    QString debtorName;
    QString debtorIban;
    QString creditorName;
    QString creditorIban;
    QString remittance;   // all Ustrd lines joined with a space
    std::optional<Money> amount; // AmtDtls/TxAmt/Amt when the bank sends it
};

struct CamtEntry {
    qsizetype statementIndex = 0;
    qsizetype entryIndex = 0;        // position within its statement
    Money amount;                    // signed: credit positive, debit negative
    QDate bookingDate;
    QDate valueDate;
    QString accountServicerRef;
    QString additionalInfo;          // AddtlNtryInf
    QList<CamtTransaction> transactions;
    // Stable across re-imports: "svcr:" + hash(account, AcctSvcrRef) when the bank gives a
    // reference, otherwise "hash:" + hash(account, dates, amount, references, text,
    // occurrence of the same content within the statement). Holds no readable IBAN.
    QString dedupKey;

    // The first transaction's data, which is all a non-batch entry has.
    QString endToEndId() const;
    QString counterpartyName() const;  // creditor for a debit entry, debtor for a credit
    QString counterpartyIban() const;
    QString remittance() const;
};

struct CamtBalance {
    Money amount; // signed by CdtDbtInd
    QDate date;
};

struct CamtStatement {
    QString id;
    QString electronicSequence;
    QDateTime creationTime;
    QString accountIban;   // electronic form, checked with regie::Iban
    CamtBalance opening;   // OPBD (or PRCD when the bank sends that instead)
    CamtBalance closing;   // CLBD
    QList<CamtEntry> entries;
};

struct CamtDocument {
    QString messageId;
    QDateTime creationTime;
    QList<CamtStatement> statements;
};

enum class CamtError {
    None,
    TooLarge,
    Malformed,          // not well-formed XML, truncated, DTD present
    TooDeep,
    WrongNamespace,
    NoStatement,
    TooManyStatements,
    TooManyEntries,
    TextTooLong,
    MissingAccount,
    InvalidAccountIban,
    NotEuro,
    InvalidAmount,      // not a number, negative, more than 2 decimals
    MissingCreditDebit,
    InvalidDate,
    NotBooked,          // entry status other than BOOK
    MissingBalance,
    DuplicateBalance,
    BalanceMismatch,
};

struct CamtParseError {
    CamtError code = CamtError::None;
    qsizetype statementIndex = -1;
    qsizetype entryIndex = -1;
    qint64 line = 0;
    // "which check failed, which statement/entry", in English for operators; carries no
    // names, IBANs or texts from the file.
    QString message() const;
};

struct CamtParseResult {
    std::optional<CamtDocument> document;
    CamtParseError error;
    bool ok() const { return document.has_value(); }
};

CamtParseResult parseCamt053(const QByteArray &xml, const CamtLimits &limits = {});

// The entries whose dedup key is neither in knownKeys nor earlier in this document, in
// file order. Feed the keys of everything booked so far; overlapping files then only
// yield what is new.
QList<CamtEntry> newCamtEntries(const CamtDocument &document, const QSet<QString> &knownKeys);

} // namespace regie::sepa
