#include "integrations/sepa/Camt053.h"

#include "money/Iban.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QCryptographicHash>
#include <QtCore/QHash>
#include <QtCore/QStringList>
#include <QtCore/QXmlStreamReader>

namespace regie::sepa {
namespace {

struct Failure {
    CamtError code;
};

// A balance as read, before it is known to be the opening or closing one.
struct RawBalance {
    QString code;
    std::optional<Money> amount;
    QString creditDebit;
    QDate date;
};

struct RawEntry {
    std::optional<Money> amount;
    QString creditDebit;
    QString status;
    bool hasBookingDate = false;
};

struct RawStatement {
    std::optional<CamtBalance> opbd, prcd, clbd;
    QString accountText;
    QString entryCountText;
};

// Amounts in camt are unsigned with the sign in CdtDbtInd; a sign, exponent or third
// decimal in the number itself means a file we do not understand.
std::optional<Money> parseAmount(const QString &text)
{
    if (text.isEmpty() || !text.front().isDigit())
        return std::nullopt;
    return Money::fromDecimalString(text);
}

QDate parseDateOrDateTime(const QString &text)
{
    if (text.size() > 10 && text.at(10) == u'T')
        return QDate::fromString(text.left(10), Qt::ISODate);
    return QDate::fromString(text, Qt::ISODate);
}

std::optional<Money> signedAmount(const std::optional<Money> &amount, const QString &indicator)
{
    if (!amount)
        return std::nullopt;
    if (indicator == u"CRDT")
        return *amount;
    if (indicator == u"DBIT")
        return amount->negated();
    return std::nullopt;
}

class Parser {
public:
    Parser(const QByteArray &xml, const CamtLimits &limits) : reader_(xml), limits_(limits) {}
    CamtParseResult run();

private:
    void step();
    void startElement();
    void endElement();
    void statementField(const QString &rel, const QString &text);
    void balanceField(const QString &rel, const QString &text);
    void entryField(const QString &rel, const QString &text);
    void transactionField(const QString &rel, const QString &text);
    void finishBalance();
    void finishEntry();
    void finishStatement();
    void checkCurrency();
    QString relativePath(qsizetype fromDepth) const;
    [[noreturn]] void fail(CamtError code) { throw Failure{code}; }

    CamtStatement &statement() { return doc_.statements.last(); }
    CamtEntry &entry() { return statement().entries.last(); }

    QXmlStreamReader reader_;
    CamtLimits limits_;
    CamtDocument doc_;
    QStringList path_;
    QString text_;
    QString currency_;          // Ccy of the Amt being read
    qsizetype stmtDepth_ = -1;  // path_ size at which the open Stmt/Bal/Ntry/TxDtls began
    qsizetype balDepth_ = -1;
    qsizetype ntryDepth_ = -1;
    qsizetype txDepth_ = -1;
    qsizetype totalEntries_ = 0;
    RawStatement rawStatement_;
    RawBalance rawBalance_;
    RawEntry rawEntry_;
    CamtParseError error_;
};

QString Parser::relativePath(qsizetype fromDepth) const
{
    return path_.mid(fromDepth).join(u'/');
}

CamtParseResult Parser::run()
{
    CamtParseResult result;
    try {
        while (!reader_.atEnd())
            step();
        if (reader_.hasError())
            fail(CamtError::Malformed);
        if (doc_.statements.isEmpty())
            fail(CamtError::NoStatement);
        result.document = std::move(doc_);
    } catch (const Failure &f) {
        error_.code = f.code;
        error_.line = reader_.lineNumber();
        result.error = error_;
    }
    return result;
}

void Parser::step()
{
    switch (reader_.readNext()) {
    case QXmlStreamReader::DTD:
    case QXmlStreamReader::EntityReference:
        fail(CamtError::Malformed); // no DTDs: no entity expansion tricks
    case QXmlStreamReader::StartElement:
        startElement();
        break;
    case QXmlStreamReader::Characters:
        text_ += reader_.text();
        if (text_.size() > limits_.maxTextLength)
            fail(CamtError::TextTooLong);
        break;
    case QXmlStreamReader::EndElement:
        endElement();
        break;
    default:
        break;
    }
}

void Parser::startElement()
{
    if (reader_.namespaceUri() != kCamt053Namespace)
        fail(CamtError::WrongNamespace);
    path_.append(reader_.name().toString());
    text_.clear();
    if (path_.size() > limits_.maxDepth)
        fail(CamtError::TooDeep);
    const qsizetype depth = path_.size();
    if (depth == 1 && path_.first() != u"Document")
        fail(CamtError::Malformed);
    if (depth == 2 && path_.last() != u"BkToCstmrStmt")
        fail(CamtError::WrongNamespace); // another camt message in a camt.053 wrapper
    if (path_.last() == u"Amt")
        currency_ = reader_.attributes().value(QStringLiteral("Ccy")).toString();
    if (depth == 3 && path_.last() == u"Stmt") {
        if (doc_.statements.size() >= limits_.maxStatements)
            fail(CamtError::TooManyStatements);
        doc_.statements.append(CamtStatement{});
        rawStatement_ = {};
        stmtDepth_ = depth;
        error_.statementIndex = doc_.statements.size() - 1;
        error_.entryIndex = -1;
    } else if (stmtDepth_ > 0 && depth == stmtDepth_ + 1 && path_.last() == u"Bal") {
        rawBalance_ = {};
        balDepth_ = depth;
    } else if (stmtDepth_ > 0 && depth == stmtDepth_ + 1 && path_.last() == u"Ntry") {
        if (++totalEntries_ > limits_.maxEntries)
            fail(CamtError::TooManyEntries);
        CamtEntry e;
        e.statementIndex = doc_.statements.size() - 1;
        e.entryIndex = statement().entries.size();
        statement().entries.append(e);
        rawEntry_ = {};
        ntryDepth_ = depth;
        error_.entryIndex = e.entryIndex;
    } else if (ntryDepth_ > 0 && depth == ntryDepth_ + 2 && path_.last() == u"TxDtls"
               && path_.at(depth - 2) == u"NtryDtls") {
        entry().transactions.append(CamtTransaction{});
        txDepth_ = depth;
    }
}

void Parser::endElement()
{
    const QString text = text_.trimmed();
    text_.clear();
    const qsizetype depth = path_.size();
    if (txDepth_ > 0 && depth > txDepth_) {
        transactionField(relativePath(txDepth_), text);
    } else if (ntryDepth_ > 0 && depth > ntryDepth_) {
        entryField(relativePath(ntryDepth_), text);
    } else if (balDepth_ > 0 && depth > balDepth_) {
        balanceField(relativePath(balDepth_), text);
    } else if (stmtDepth_ > 0 && depth > stmtDepth_) {
        statementField(relativePath(stmtDepth_), text);
    } else if (depth == 4 && path_.at(2) == u"GrpHdr") {
        if (path_.last() == u"MsgId")
            doc_.messageId = text;
        else if (path_.last() == u"CreDtTm")
            doc_.creationTime = QDateTime::fromString(text, Qt::ISODate);
    }
    if (depth == txDepth_) txDepth_ = -1;
    if (depth == ntryDepth_) finishEntry();
    if (depth == balDepth_) finishBalance();
    if (depth == stmtDepth_) finishStatement();
    path_.removeLast();
}

void Parser::checkCurrency()
{
    if (currency_ != u"EUR")
        fail(CamtError::NotEuro);
}

void Parser::statementField(const QString &rel, const QString &text)
{
    if (rel == u"Id") statement().id = text;
    else if (rel == u"ElctrncSeqNb") statement().electronicSequence = text;
    else if (rel == u"CreDtTm") statement().creationTime = QDateTime::fromString(text, Qt::ISODate);
    else if (rel == u"Acct/Id/IBAN") rawStatement_.accountText = text;
    else if (rel == u"Acct/Ccy" && text != u"EUR") fail(CamtError::NotEuro);
    else if (rel == u"TxsSummry/TtlNtries/NbOfNtries") rawStatement_.entryCountText = text;
}

void Parser::balanceField(const QString &rel, const QString &text)
{
    if (rel == u"Tp/CdOrPrtry/Cd") {
        rawBalance_.code = text;
    } else if (rel == u"Amt") {
        checkCurrency();
        rawBalance_.amount = parseAmount(text);
        if (!rawBalance_.amount)
            fail(CamtError::InvalidAmount);
    } else if (rel == u"CdtDbtInd") {
        rawBalance_.creditDebit = text;
    } else if (rel == u"Dt/Dt" || rel == u"Dt/DtTm") {
        rawBalance_.date = parseDateOrDateTime(text);
        if (!rawBalance_.date.isValid())
            fail(CamtError::InvalidDate);
    }
}

void Parser::finishBalance()
{
    balDepth_ = -1;
    std::optional<CamtBalance> *slot = nullptr;
    if (rawBalance_.code == u"OPBD") slot = &rawStatement_.opbd;
    else if (rawBalance_.code == u"PRCD") slot = &rawStatement_.prcd;
    else if (rawBalance_.code == u"CLBD") slot = &rawStatement_.clbd;
    if (!slot)
        return; // available and forward balances do not take part in the check
    if (slot->has_value())
        fail(CamtError::DuplicateBalance);
    const auto amount = signedAmount(rawBalance_.amount, rawBalance_.creditDebit);
    if (!amount)
        fail(rawBalance_.amount ? CamtError::MissingCreditDebit : CamtError::MissingBalance);
    *slot = CamtBalance{*amount, rawBalance_.date};
}

void Parser::entryField(const QString &rel, const QString &text)
{
    if (rel == u"Amt") {
        checkCurrency();
        rawEntry_.amount = parseAmount(text);
        if (!rawEntry_.amount)
            fail(CamtError::InvalidAmount);
    } else if (rel == u"CdtDbtInd") {
        rawEntry_.creditDebit = text;
    } else if (rel == u"Sts") {
        rawEntry_.status = text;
    } else if (rel == u"BookgDt/Dt" || rel == u"BookgDt/DtTm") {
        entry().bookingDate = parseDateOrDateTime(text);
        rawEntry_.hasBookingDate = true;
        if (!entry().bookingDate.isValid())
            fail(CamtError::InvalidDate);
    } else if (rel == u"ValDt/Dt" || rel == u"ValDt/DtTm") {
        entry().valueDate = parseDateOrDateTime(text);
        if (!entry().valueDate.isValid())
            fail(CamtError::InvalidDate);
    } else if (rel == u"AcctSvcrRef") {
        entry().accountServicerRef = text;
    } else if (rel == u"AddtlNtryInf") {
        entry().additionalInfo = text;
    }
}

void appendJoined(QString &target, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!target.isEmpty())
        target.append(u' ');
    target.append(text);
}

void Parser::transactionField(const QString &rel, const QString &text)
{
    CamtTransaction &tx = entry().transactions.last();
    if (rel == u"Refs/EndToEndId") tx.endToEndId = text;
    else if (rel.startsWith(u"Refs/")) appendJoined(tx.otherRefs, rel.mid(5) + u'=' + text);
    else if (rel == u"RltdPties/Dbtr/Nm") tx.debtorName = text;
    else if (rel == u"RltdPties/DbtrAcct/Id/IBAN") tx.debtorIban = text;
    else if (rel == u"RltdPties/Cdtr/Nm") tx.creditorName = text;
    else if (rel == u"RltdPties/CdtrAcct/Id/IBAN") tx.creditorIban = text;
    else if (rel == u"RmtInf/Ustrd") appendJoined(tx.remittance, text);
    else if (rel == u"RmtInf/Strd/CdtrRefInf/Ref") appendJoined(tx.otherRefs, u"CdtrRef=" + text);
    else if (rel == u"AmtDtls/TxAmt/Amt") {
        checkCurrency();
        tx.amount = parseAmount(text);
        if (!tx.amount)
            fail(CamtError::InvalidAmount);
    }
}

void Parser::finishEntry()
{
    ntryDepth_ = -1;
    if (!rawEntry_.amount)
        fail(CamtError::InvalidAmount);
    const auto amount = signedAmount(rawEntry_.amount, rawEntry_.creditDebit);
    if (!amount)
        fail(CamtError::MissingCreditDebit);
    if (rawEntry_.status != u"BOOK")
        fail(CamtError::NotBooked);
    if (!rawEntry_.hasBookingDate)
        fail(CamtError::InvalidDate);
    entry().amount = *amount;
}

QByteArray hashHex(const QStringList &parts)
{
    // U+001F cannot occur in XML 1.0 text, so the joined form is unambiguous.
    const QByteArray data = parts.join(QChar(0x1F)).toUtf8();
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QStringList contentParts(const QString &account, const CamtEntry &e)
{
    QStringList parts{account, e.bookingDate.toString(Qt::ISODate),
                      e.valueDate.toString(Qt::ISODate), QString::number(e.amount.cents()),
                      e.additionalInfo};
    for (const CamtTransaction &tx : e.transactions) {
        parts << tx.endToEndId << tx.otherRefs << tx.remittance << tx.debtorIban
              << tx.creditorIban << (tx.amount ? QString::number(tx.amount->cents()) : QString());
    }
    return parts;
}

void assignDedupKeys(CamtStatement &s)
{
    QHash<QByteArray, int> occurrences;
    for (CamtEntry &e : s.entries) {
        if (!e.accountServicerRef.isEmpty()) {
            e.dedupKey = QStringLiteral("svcr:")
                         + QString::fromLatin1(hashHex({s.accountIban, e.accountServicerRef,
                                                        e.bookingDate.toString(Qt::ISODate),
                                                        QString::number(e.amount.cents())}));
            continue;
        }
        // Identical entries on one day (two equal transfers) stay apart by their
        // occurrence count, which is the same in every file holding this statement.
        const QByteArray content = hashHex(contentParts(s.accountIban, e));
        const int sequence = occurrences[content]++;
        e.dedupKey = QStringLiteral("hash:")
                     + QString::fromLatin1(hashHex({QString::fromLatin1(content),
                                                    QString::number(sequence)}));
    }
}

void Parser::finishStatement()
{
    stmtDepth_ = -1;
    CamtStatement &s = statement();
    error_.entryIndex = -1;
    if (rawStatement_.accountText.isEmpty())
        fail(CamtError::MissingAccount);
    const auto iban = Iban::parse(rawStatement_.accountText);
    if (!iban)
        fail(CamtError::InvalidAccountIban);
    s.accountIban = iban->electronic();
    const auto opening = rawStatement_.opbd ? rawStatement_.opbd : rawStatement_.prcd;
    if (!opening || !rawStatement_.clbd)
        fail(CamtError::MissingBalance);
    s.opening = *opening;
    s.closing = *rawStatement_.clbd;
    if (!rawStatement_.entryCountText.isEmpty()
        && rawStatement_.entryCountText != QString::number(s.entries.size()))
        fail(CamtError::BalanceMismatch);
    std::optional<Money> running = s.opening.amount;
    for (const CamtEntry &e : s.entries) {
        running = running->plus(e.amount);
        if (!running)
            fail(CamtError::BalanceMismatch);
    }
    if (*running != s.closing.amount)
        fail(CamtError::BalanceMismatch);
    assignDedupKeys(s);
}

const char *errorReason(CamtError code)
{
    switch (code) {
    case CamtError::None: return "";
    case CamtError::TooLarge: return QT_TRANSLATE_NOOP("Camt053", "file is larger than the limit");
    case CamtError::Malformed: return QT_TRANSLATE_NOOP("Camt053", "not well-formed XML (truncated, DTD or wrong root)");
    case CamtError::TooDeep: return QT_TRANSLATE_NOOP("Camt053", "elements nested deeper than the limit");
    case CamtError::WrongNamespace: return QT_TRANSLATE_NOOP("Camt053", "not a camt.053.001.02 document");
    case CamtError::NoStatement: return QT_TRANSLATE_NOOP("Camt053", "no statement in the file");
    case CamtError::TooManyStatements: return QT_TRANSLATE_NOOP("Camt053", "more statements than the limit");
    case CamtError::TooManyEntries: return QT_TRANSLATE_NOOP("Camt053", "more entries than the limit");
    case CamtError::TextTooLong: return QT_TRANSLATE_NOOP("Camt053", "an element's text is longer than the limit");
    case CamtError::MissingAccount: return QT_TRANSLATE_NOOP("Camt053", "statement has no account IBAN");
    case CamtError::InvalidAccountIban: return QT_TRANSLATE_NOOP("Camt053", "statement account IBAN is invalid");
    case CamtError::NotEuro: return QT_TRANSLATE_NOOP("Camt053", "currency is not EUR");
    case CamtError::InvalidAmount: return QT_TRANSLATE_NOOP("Camt053", "amount missing, signed or with more than 2 decimals");
    case CamtError::MissingCreditDebit: return QT_TRANSLATE_NOOP("Camt053", "CdtDbtInd missing or not CRDT/DBIT");
    case CamtError::InvalidDate: return QT_TRANSLATE_NOOP("Camt053", "date missing or invalid");
    case CamtError::NotBooked: return QT_TRANSLATE_NOOP("Camt053", "entry status is not BOOK");
    case CamtError::MissingBalance: return QT_TRANSLATE_NOOP("Camt053", "opening (OPBD/PRCD) or closing (CLBD) balance missing");
    case CamtError::DuplicateBalance: return QT_TRANSLATE_NOOP("Camt053", "a balance type occurs twice");
    case CamtError::BalanceMismatch: return QT_TRANSLATE_NOOP("Camt053", "opening balance plus entries is not the closing balance");
    }
    return "";
}

} // namespace

QString CamtEntry::endToEndId() const
{
    return transactions.isEmpty() ? QString() : transactions.first().endToEndId;
}

QString CamtEntry::counterpartyName() const
{
    if (transactions.isEmpty())
        return {};
    const CamtTransaction &tx = transactions.first();
    return amount.isNegative() ? tx.creditorName : tx.debtorName;
}

QString CamtEntry::counterpartyIban() const
{
    if (transactions.isEmpty())
        return {};
    const CamtTransaction &tx = transactions.first();
    return amount.isNegative() ? tx.creditorIban : tx.debtorIban;
}

QString CamtEntry::remittance() const
{
    return transactions.isEmpty() ? QString() : transactions.first().remittance;
}

QString CamtParseError::message() const
{
    const QString reason = QCoreApplication::translate("Camt053", errorReason(code));
    QString where;
    if (statementIndex >= 0)
        where = QCoreApplication::translate("Camt053", " (statement %1").arg(statementIndex);
    if (entryIndex >= 0)
        where += QCoreApplication::translate("Camt053", ", entry %1").arg(entryIndex);
    if (statementIndex >= 0)
        where += u')';
    return QCoreApplication::translate("Camt053", "camt.053 refused: %1%2, line %3")
        .arg(reason, where)
        .arg(line);
}

CamtParseResult parseCamt053(const QByteArray &xml, const CamtLimits &limits)
{
    if (xml.size() > limits.maxBytes) {
        CamtParseResult r;
        r.error.code = CamtError::TooLarge;
        return r;
    }
    Parser parser(xml, limits);
    return parser.run();
}

QList<CamtEntry> newCamtEntries(const CamtDocument &document, const QSet<QString> &knownKeys)
{
    QList<CamtEntry> fresh;
    QSet<QString> seen;
    for (const CamtStatement &s : document.statements) {
        for (const CamtEntry &e : s.entries) {
            if (knownKeys.contains(e.dedupKey) || seen.contains(e.dedupKey))
                continue;
            seen.insert(e.dedupKey);
            fresh.append(e);
        }
    }
    return fresh;
}

} // namespace regie::sepa
