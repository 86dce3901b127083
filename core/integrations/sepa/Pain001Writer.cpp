#include "integrations/sepa/Pain001.h"
#include "integrations/sepa/SepaText.h"

#include "money/Iban.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QRandomGenerator>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>
#include <QtCore/QTimeZone>
#include <QtCore/QXmlStreamWriter>

namespace regie::sepa {
namespace {

const QString kNamespace = QStringLiteral("urn:iso:std:iso:20022:tech:xsd:pain.001.001.03");

// What the validation keeps for writing, so names are transliterated exactly once.
struct CleanPayment {
    QString endToEndId;
    Money amount;
    QString creditorName;
    QString creditorIban;
    QString remittance;
};

struct CleanBatch {
    QString messageId;
    QDateTime creationTime;
    QDate executionDate;
    QString debtorName;
    QString debtorIban;
    QString debtorBic;
    QList<CleanPayment> payments;
    Money total;
};

QString makeMessageId(const QDateTime &nowUtc)
{
    const quint32 random = QRandomGenerator::system()->generate();
    return QStringLiteral("RGE") + nowUtc.toString(QStringLiteral("yyyyMMddHHmmsszzz"))
           + u'-' + QString::number(random, 16).rightJustified(8, u'0').toUpper();
}

bool isValidBic(const QString &bic)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?$"));
    return pattern.match(bic).hasMatch();
}

Pain001Result failure(Pain001Error error, qsizetype index = -1)
{
    Pain001Result r;
    r.error = error;
    r.paymentIndex = index;
    return r;
}

// Checks one payment and appends its cleaned form; returns the error or None.
Pain001Error cleanPayment(const Pain001Payment &p, QSet<QString> &seenIds, CleanBatch &out)
{
    if (!isValidSepaIdentifier(p.endToEndId))
        return Pain001Error::InvalidEndToEndId;
    if (seenIds.contains(p.endToEndId))
        return Pain001Error::DuplicateEndToEndId;
    if (p.amount.cents() <= 0 || p.amount.cents() > kMaxPaymentCents)
        return Pain001Error::InvalidAmount;
    const auto iban = Iban::parse(p.creditorIban);
    if (!iban)
        return Pain001Error::InvalidCreditorIban;
    CleanPayment clean{p.endToEndId, p.amount, toSepaText(p.creditorName, kMaxNameLength),
                       iban->electronic(), toSepaText(p.remittance, kMaxRemittanceLength)};
    if (clean.creditorName.isEmpty())
        return Pain001Error::EmptyCreditorName;
    const auto total = out.total.plus(p.amount);
    if (!total)
        return Pain001Error::TotalTooLarge;
    out.total = *total;
    seenIds.insert(p.endToEndId);
    out.payments.append(std::move(clean));
    return Pain001Error::None;
}

Pain001Result cleanBatch(const Pain001Batch &batch, CleanBatch &out)
{
    if (batch.payments.isEmpty())
        return failure(Pain001Error::EmptyBatch);
    if (batch.payments.size() > kMaxPaymentsPerFile)
        return failure(Pain001Error::TooManyPayments);
    if (!batch.requestedExecutionDate.isValid())
        return failure(Pain001Error::InvalidExecutionDate);
    const auto debtorIban = Iban::parse(batch.debtor.iban);
    if (!debtorIban)
        return failure(Pain001Error::InvalidDebtorIban);
    const QString bic = batch.debtor.bic.trimmed().toUpper();
    if (!bic.isEmpty() && !isValidBic(bic))
        return failure(Pain001Error::InvalidDebtorBic);
    const QDateTime nowUtc = batch.creationTime.isValid() ? batch.creationTime.toUTC()
                                                          : QDateTime::currentDateTimeUtc();
    out.messageId = batch.messageId.isEmpty() ? makeMessageId(nowUtc) : batch.messageId;
    if (!isValidSepaIdentifier(out.messageId))
        return failure(Pain001Error::InvalidMessageId);
    out.creationTime = nowUtc;
    out.executionDate = batch.requestedExecutionDate;
    out.debtorName = toSepaText(batch.debtor.name, kMaxNameLength);
    if (out.debtorName.isEmpty())
        return failure(Pain001Error::EmptyDebtorName);
    out.debtorIban = debtorIban->electronic();
    out.debtorBic = bic;
    QSet<QString> seenIds;
    seenIds.reserve(batch.payments.size());
    for (qsizetype i = 0; i < batch.payments.size(); ++i) {
        const Pain001Error e = cleanPayment(batch.payments.at(i), seenIds, out);
        if (e != Pain001Error::None)
            return failure(e, i);
    }
    return {};
}

// Dutch banks read CreDtTm as local time; an explicit offset keeps it unambiguous.
QString creationTimeText(const QDateTime &utc)
{
    const QTimeZone amsterdam(QByteArrayLiteral("Europe/Amsterdam"));
    const QDateTime local = amsterdam.isValid() ? utc.toTimeZone(amsterdam) : utc;
    return local.toString(Qt::ISODate);
}

void writeAccount(QXmlStreamWriter &w, const QString &element, const QString &iban)
{
    w.writeStartElement(element);
    w.writeStartElement(QStringLiteral("Id"));
    w.writeTextElement(QStringLiteral("IBAN"), iban);
    w.writeEndElement();
    w.writeEndElement();
}

void writeParty(QXmlStreamWriter &w, const QString &element, const QString &name)
{
    w.writeStartElement(element);
    w.writeTextElement(QStringLiteral("Nm"), name);
    w.writeEndElement();
}

void writeGroupHeader(QXmlStreamWriter &w, const CleanBatch &b)
{
    w.writeStartElement(QStringLiteral("GrpHdr"));
    w.writeTextElement(QStringLiteral("MsgId"), b.messageId);
    w.writeTextElement(QStringLiteral("CreDtTm"), creationTimeText(b.creationTime));
    w.writeTextElement(QStringLiteral("NbOfTxs"), QString::number(b.payments.size()));
    w.writeTextElement(QStringLiteral("CtrlSum"), b.total.toDecimalString());
    writeParty(w, QStringLiteral("InitgPty"), b.debtorName);
    w.writeEndElement();
}

void writeTransaction(QXmlStreamWriter &w, const CleanPayment &p)
{
    w.writeStartElement(QStringLiteral("CdtTrfTxInf"));
    w.writeStartElement(QStringLiteral("PmtId"));
    w.writeTextElement(QStringLiteral("EndToEndId"), p.endToEndId);
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("Amt"));
    w.writeStartElement(QStringLiteral("InstdAmt"));
    w.writeAttribute(QStringLiteral("Ccy"), QStringLiteral("EUR"));
    w.writeCharacters(p.amount.toDecimalString());
    w.writeEndElement();
    w.writeEndElement();
    writeParty(w, QStringLiteral("Cdtr"), p.creditorName);
    writeAccount(w, QStringLiteral("CdtrAcct"), p.creditorIban);
    if (!p.remittance.isEmpty()) {
        w.writeStartElement(QStringLiteral("RmtInf"));
        w.writeTextElement(QStringLiteral("Ustrd"), p.remittance);
        w.writeEndElement();
    }
    w.writeEndElement();
}

void writeDebtorAgent(QXmlStreamWriter &w, const QString &bic)
{
    w.writeStartElement(QStringLiteral("DbtrAgt"));
    w.writeStartElement(QStringLiteral("FinInstnId"));
    if (!bic.isEmpty()) {
        w.writeTextElement(QStringLiteral("BIC"), bic);
    } else {
        // IBAN-only: the EPC convention for "agent not given".
        w.writeStartElement(QStringLiteral("Othr"));
        w.writeTextElement(QStringLiteral("Id"), QStringLiteral("NOTPROVIDED"));
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndElement();
}

void writePaymentInfo(QXmlStreamWriter &w, const CleanBatch &b)
{
    w.writeStartElement(QStringLiteral("PmtInf"));
    w.writeTextElement(QStringLiteral("PmtInfId"), b.messageId);
    w.writeTextElement(QStringLiteral("PmtMtd"), QStringLiteral("TRF"));
    // One booking per payment, so each EndToEndId comes back as its own camt.053 entry.
    w.writeTextElement(QStringLiteral("BtchBookg"), QStringLiteral("false"));
    w.writeTextElement(QStringLiteral("NbOfTxs"), QString::number(b.payments.size()));
    w.writeTextElement(QStringLiteral("CtrlSum"), b.total.toDecimalString());
    w.writeStartElement(QStringLiteral("PmtTpInf"));
    w.writeStartElement(QStringLiteral("SvcLvl"));
    w.writeTextElement(QStringLiteral("Cd"), QStringLiteral("SEPA"));
    w.writeEndElement();
    w.writeEndElement();
    w.writeTextElement(QStringLiteral("ReqdExctnDt"), b.executionDate.toString(Qt::ISODate));
    writeParty(w, QStringLiteral("Dbtr"), b.debtorName);
    writeAccount(w, QStringLiteral("DbtrAcct"), b.debtorIban);
    writeDebtorAgent(w, b.debtorBic);
    w.writeTextElement(QStringLiteral("ChrgBr"), QStringLiteral("SLEV"));
    for (const CleanPayment &p : b.payments)
        writeTransaction(w, p);
    w.writeEndElement();
}

} // namespace

QString Pain001Result::errorText() const
{
    const char *reason = "";
    switch (error) {
    case Pain001Error::None: return {};
    case Pain001Error::EmptyBatch: reason = QT_TRANSLATE_NOOP("Pain001", "there are no payments"); break;
    case Pain001Error::TooManyPayments: reason = QT_TRANSLATE_NOOP("Pain001", "too many payments for one file"); break;
    case Pain001Error::InvalidMessageId: reason = QT_TRANSLATE_NOOP("Pain001", "message id is not a valid SEPA reference"); break;
    case Pain001Error::InvalidExecutionDate: reason = QT_TRANSLATE_NOOP("Pain001", "execution date is missing or invalid"); break;
    case Pain001Error::InvalidDebtorIban: reason = QT_TRANSLATE_NOOP("Pain001", "debtor IBAN is invalid"); break;
    case Pain001Error::InvalidDebtorBic: reason = QT_TRANSLATE_NOOP("Pain001", "debtor BIC is invalid"); break;
    case Pain001Error::EmptyDebtorName: reason = QT_TRANSLATE_NOOP("Pain001", "debtor name is empty after transliteration"); break;
    case Pain001Error::InvalidEndToEndId: reason = QT_TRANSLATE_NOOP("Pain001", "end-to-end id is not 1-35 SEPA characters"); break;
    case Pain001Error::DuplicateEndToEndId: reason = QT_TRANSLATE_NOOP("Pain001", "end-to-end id occurs twice"); break;
    case Pain001Error::InvalidAmount: reason = QT_TRANSLATE_NOOP("Pain001", "amount must be between 0.01 and 999999999.99"); break;
    case Pain001Error::InvalidCreditorIban: reason = QT_TRANSLATE_NOOP("Pain001", "creditor IBAN is invalid"); break;
    case Pain001Error::EmptyCreditorName: reason = QT_TRANSLATE_NOOP("Pain001", "creditor name is empty after transliteration"); break;
    case Pain001Error::TotalTooLarge: reason = QT_TRANSLATE_NOOP("Pain001", "total of the payments is too large"); break;
    }
    const QString text = QCoreApplication::translate("Pain001", reason);
    if (paymentIndex < 0)
        return QCoreApplication::translate("Pain001", "SEPA file refused: %1").arg(text);
    return QCoreApplication::translate("Pain001", "SEPA file refused: payment %1: %2")
        .arg(paymentIndex)
        .arg(text);
}

Pain001Result writePain001(const Pain001Batch &batch)
{
    CleanBatch clean;
    Pain001Result checked = cleanBatch(batch, clean);
    if (!checked.ok())
        return checked;
    Pain001Result result;
    QXmlStreamWriter w(&result.xml);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(1);
    w.writeStartDocument();
    w.writeDefaultNamespace(kNamespace);
    w.writeStartElement(kNamespace, QStringLiteral("Document"));
    w.writeStartElement(QStringLiteral("CstmrCdtTrfInitn"));
    writeGroupHeader(w, clean);
    writePaymentInfo(w, clean);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    result.messageId = clean.messageId;
    result.numberOfTransactions = clean.payments.size();
    result.controlSum = clean.total;
    return result;
}

} // namespace regie::sepa
