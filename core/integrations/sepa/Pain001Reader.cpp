#include "integrations/sepa/Pain001.h"

#include <QtCore/QStringList>
#include <QtCore/QXmlStreamReader>

namespace regie::sepa {
namespace {

const QString kNamespace = QStringLiteral("urn:iso:std:iso:20022:tech:xsd:pain.001.001.03");
constexpr qsizetype kMaxBytes = 64 * 1024 * 1024;
constexpr qsizetype kMaxDepth = 16;

struct Totals {
    QString groupCount, groupSum, infoCount, infoSum;
};

// Stores the text of one leaf element, addressed by its path below CstmrCdtTrfInitn.
bool assign(const QString &path, const QString &text, Pain001Parsed &doc, Totals &totals,
            QString &error)
{
    Pain001ParsedPayment *payment = doc.payments.isEmpty() ? nullptr : &doc.payments.last();
    if (path == u"GrpHdr/MsgId") doc.messageId = text;
    else if (path == u"GrpHdr/CreDtTm") doc.creationTime = QDateTime::fromString(text, Qt::ISODate);
    else if (path == u"GrpHdr/NbOfTxs") totals.groupCount = text;
    else if (path == u"GrpHdr/CtrlSum") totals.groupSum = text;
    else if (path == u"PmtInf/PmtInfId") doc.paymentInfoId = text;
    else if (path == u"PmtInf/PmtMtd") doc.paymentMethod = text;
    else if (path == u"PmtInf/NbOfTxs") totals.infoCount = text;
    else if (path == u"PmtInf/CtrlSum") totals.infoSum = text;
    else if (path == u"PmtInf/PmtTpInf/SvcLvl/Cd") doc.serviceLevel = text;
    else if (path == u"PmtInf/ReqdExctnDt") doc.requestedExecutionDate = QDate::fromString(text, Qt::ISODate);
    else if (path == u"PmtInf/Dbtr/Nm") doc.debtorName = text;
    else if (path == u"PmtInf/DbtrAcct/Id/IBAN") doc.debtorIban = text;
    else if (path == u"PmtInf/DbtrAgt/FinInstnId/BIC") doc.debtorBic = text;
    else if (path == u"PmtInf/ChrgBr") doc.chargeBearer = text;
    else if (payment && path == u"PmtInf/CdtTrfTxInf/PmtId/EndToEndId") payment->endToEndId = text;
    else if (payment && path == u"PmtInf/CdtTrfTxInf/Cdtr/Nm") payment->creditorName = text;
    else if (payment && path == u"PmtInf/CdtTrfTxInf/CdtrAcct/Id/IBAN") payment->creditorIban = text;
    else if (payment && path == u"PmtInf/CdtTrfTxInf/RmtInf/Ustrd") payment->remittance = text;
    else if (payment && path == u"PmtInf/CdtTrfTxInf/Amt/InstdAmt") {
        const auto amount = Money::fromDecimalString(text);
        if (!amount) {
            error = QStringLiteral("transaction %1: amount is not a 2-decimal number")
                        .arg(doc.payments.size() - 1);
            return false;
        }
        payment->amount = *amount;
    }
    return true;
}

QString checkTotals(const Pain001Parsed &doc, const Totals &totals)
{
    Money sum;
    for (const auto &p : doc.payments) {
        const auto next = sum.plus(p.amount);
        if (!next)
            return QStringLiteral("sum of amounts out of range");
        sum = *next;
    }
    const QString count = QString::number(doc.payments.size());
    if (totals.groupCount != count || totals.infoCount != count)
        return QStringLiteral("NbOfTxs does not match the number of transactions");
    const auto groupSum = Money::fromDecimalString(totals.groupSum);
    const auto infoSum = Money::fromDecimalString(totals.infoSum);
    if (!groupSum || !infoSum || *groupSum != sum || *infoSum != sum)
        return QStringLiteral("CtrlSum does not match the sum of the transactions");
    return {};
}

} // namespace

Pain001ParseResult parsePain001(const QByteArray &xml)
{
    Pain001ParseResult result;
    if (xml.size() > kMaxBytes) {
        result.error = QStringLiteral("file too large");
        return result;
    }
    Pain001Parsed doc;
    Totals totals;
    QXmlStreamReader reader(xml);
    QStringList path; // below Document/CstmrCdtTrfInitn
    qsizetype depth = 0;
    int paymentInfoBlocks = 0;
    QString text;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::DTD) {
            result.error = QStringLiteral("DTD not allowed");
            return result;
        }
        if (token == QXmlStreamReader::StartElement) {
            if (++depth > kMaxDepth || reader.namespaceUri() != kNamespace) {
                result.error = QStringLiteral("unexpected element or namespace");
                return result;
            }
            const bool rootOk = (depth != 1 || reader.name() == u"Document")
                                && (depth != 2 || reader.name() == u"CstmrCdtTrfInitn");
            if (!rootOk) {
                result.error = QStringLiteral("not a CstmrCdtTrfInitn document");
                return result;
            }
            if (depth > 2)
                path.append(reader.name().toString());
            if (path.size() == 1 && path.first() == u"PmtInf" && ++paymentInfoBlocks > 1) {
                result.error = QStringLiteral("more than one PmtInf block");
                return result;
            }
            if (path.size() == 2 && path.first() == u"PmtInf" && path.last() == u"CdtTrfTxInf")
                doc.payments.append(Pain001ParsedPayment{});
            text.clear();
        } else if (token == QXmlStreamReader::Characters) {
            text += reader.text();
        } else if (token == QXmlStreamReader::EndElement) {
            if (!assign(path.join(u'/'), text.trimmed(), doc, totals, result.error))
                return result;
            text.clear();
            if (depth > 2)
                path.removeLast();
            --depth;
        }
    }
    if (reader.hasError()) {
        result.error = QStringLiteral("not well-formed XML at line %1").arg(reader.lineNumber());
        return result;
    }
    doc.numberOfTransactions = doc.payments.size();
    doc.controlSum = Money::fromDecimalString(totals.groupSum).value_or(Money());
    result.error = checkTotals(doc, totals);
    if (result.error.isEmpty())
        result.document = std::move(doc);
    return result;
}

} // namespace regie::sepa
