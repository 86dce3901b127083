// The personal-data guard of append(). The audit trail is read by many roles, exported, and
// kept after an inwoner's personal data is erased (the chain must keep verifying, so events
// can never be edited afterwards). Whatever lands in an event therefore stays forever and is
// seen widely: BSN, IBAN, names and contact details must never get in. Values are scanned for
// what can be recognised with certainty-by-checksum (BSN 11-proef, IBAN mod-97) or by shape
// (e-mail); names cannot be recognised in free text, so keys that would carry them are refused
// and free text does not belong in details at all.

#include "audit/AuditLog.h"

#include "money/Bsn.h"
#include "money/Iban.h"

#include <QtCore/QCborValue>
#include <QtCore/QJsonArray>

namespace regie::audit {
namespace {

// Substrings of a normalised key (lower case, letters and digits only). Substring matching
// refuses "inwonerNaam", "tegenrekening_iban" and "e-mail" as well; a harmless key that trips
// it is renamed (e.g. "bestand" instead of "bestandsnaam").
const char *const kDeniedKeyParts[] = {
    "bsn",   "iban",   "naam",  "name",    "email",    "telefoon", "phone",
    "mobiel", "adres", "address", "postcode", "geboorte", "birth",
};

constexpr int kMaxScanDepth = AuditLog::kMaxDetailsDepth + 1;

bool isAsciiDigit(QChar c) { return c >= u'0' && c <= u'9'; }
bool isAsciiLetter(QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); }
bool isAsciiAlnum(QChar c) { return isAsciiDigit(c) || isAsciiLetter(c); }

QString normalisedKey(const QString &key)
{
    QString out;
    for (const QChar c : key) {
        if (isAsciiAlnum(c))
            out.append(c.toLower());
    }
    return out;
}

bool deniedKey(const QString &key)
{
    const QString normal = normalisedKey(key);
    for (const char *part : kDeniedKeyParts) {
        if (normal.contains(QLatin1String(part)))
            return true;
    }
    return false;
}

// A BSN is nine digits that pass the 11-proef, written in a row ("123456782") or in groups of
// at most four joined by single '.', ' ' or '-' ("123.456.782", "1234 56 782"). Only whole
// digit runs count: a digit run of another length is some other number. An amount such as
// "1234567.82" has a group of seven and is left alone.
bool bsnInNumberToken(QStringView text, qsizetype start, qsizetype *end)
{
    QString digits;
    qsizetype groupStart = start;
    qsizetype groups = 0;
    bool shortGroups = true;
    bool found = false;
    qsizetype i = start;
    while (true) {
        while (i < text.size() && isAsciiDigit(text.at(i)))
            ++i;
        const QStringView group = text.mid(groupStart, i - groupStart);
        digits.append(group);
        ++groups;
        shortGroups = shortGroups && group.size() <= 4;
        found = found || (group.size() == 9 && Bsn::elevenProof(group));
        const bool separator = i + 1 < text.size()
            && (text.at(i) == u'.' || text.at(i) == u' ' || text.at(i) == u'-')
            && isAsciiDigit(text.at(i + 1));
        if (!separator)
            break;
        groupStart = ++i;
    }
    *end = i;
    return found || (groups > 1 && shortGroups && digits.size() == 9 && Bsn::elevenProof(digits));
}

bool containsBsn(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isAsciiDigit(text.at(i))) {
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        if (bsnInNumberToken(text, i, &end))
            return true;
        i = end;
    }
    return false;
}

// Two letters, two digits, then up to 30 letters/digits with single spaces between groups, as
// people and banks write an IBAN; every plausible length is tried against the mod-97 check.
bool containsIban(QStringView text)
{
    constexpr qsizetype kMinIban = 15;
    constexpr qsizetype kMaxIban = 34;
    for (qsizetype i = 0; i + 4 <= text.size(); ++i) {
        if ((i > 0 && isAsciiAlnum(text.at(i - 1))) || !isAsciiLetter(text.at(i))
            || !isAsciiLetter(text.at(i + 1)) || !isAsciiDigit(text.at(i + 2))
            || !isAsciiDigit(text.at(i + 3)))
            continue;
        QString compact;
        for (qsizetype j = i; j < text.size() && compact.size() < kMaxIban; ++j) {
            const QChar c = text.at(j);
            if (isAsciiAlnum(c)) {
                compact.append(c.toUpper());
                if (compact.size() >= kMinIban && Iban::isValid(compact))
                    return true;
            } else if (!(c == u' ' && j + 1 < text.size() && isAsciiAlnum(text.at(j + 1)))) {
                break;
            }
        }
    }
    return false;
}

bool containsEmail(QStringView text)
{
    for (qsizetype at = text.indexOf(u'@'); at >= 0; at = text.indexOf(u'@', at + 1)) {
        if (at == 0 || text.at(at - 1).isSpace())
            continue;
        qsizetype end = at + 1;
        while (end < text.size() && !text.at(end).isSpace())
            ++end;
        const QStringView domain = text.mid(at + 1, end - at - 1);
        const qsizetype dot = domain.lastIndexOf(u'.');
        if (dot > 0 && domain.size() - dot - 1 >= 2)
            return true;
    }
    return false;
}

class Scanner {
public:
    bool scanText(QStringView text, const QString &where);
    bool scanValue(const QJsonValue &value, const QString &key, int depth);
    QString error;
};

bool Scanner::scanText(QStringView text, const QString &where)
{
    // Only the field or key name goes into the message: never the value itself.
    if (containsBsn(text))
        error = QStringLiteral("audit %1 looks like it contains a BSN").arg(where);
    else if (containsIban(text))
        error = QStringLiteral("audit %1 looks like it contains an IBAN").arg(where);
    else if (containsEmail(text))
        error = QStringLiteral("audit %1 looks like it contains an e-mail address").arg(where);
    return error.isEmpty();
}

bool Scanner::scanValue(const QJsonValue &value, const QString &key, int depth)
{
    if (depth > kMaxScanDepth) {
        error = QStringLiteral("audit details nested too deeply");
        return false;
    }
    const QString where = QStringLiteral("details value of \"%1\"").arg(key.left(40));
    if (value.isString())
        return scanText(value.toString(), where);
    if (value.isDouble()) {
        // A BSN passed as a number: nine-digit integers that pass the 11-proef. (An eight-digit
        // BSN loses its leading zero as a number; it is not checked, to spare amounts in cents.)
        const QCborValue number = QCborValue::fromJsonValue(value);
        const qint64 n = number.isInteger() ? number.toInteger() : 0;
        if (n >= 100000000 && n <= 999999999 && Bsn::elevenProof(QString::number(n))) {
            error = QStringLiteral("audit %1 looks like a BSN").arg(where);
            return false;
        }
        return true;
    }
    if (value.isArray()) {
        for (const QJsonValue &element : value.toArray()) {
            if (!scanValue(element, key, depth + 1))
                return false;
        }
        return true;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (deniedKey(it.key())) {
                error = QStringLiteral("audit details key \"%1\" names personal data").arg(it.key().left(40));
                return false;
            }
            if (!scanText(it.key(), QStringLiteral("details key")) || !scanValue(it.value(), it.key(), depth + 1))
                return false;
        }
    }
    return true;
}

} // namespace

QString AuditLog::opaqueRef(QStringView reference)
{
    QString out;
    out.reserve(reference.size());
    for (const QChar c : reference)
        out.append(isAsciiDigit(c) ? QChar(u'g' + (c.unicode() - u'0')) : c);
    return out;
}

bool AuditLog::checkNoPersonalData(const QString &subject, const QString &objectId,
                                   const QJsonObject &details, QString *error)
{
    Scanner scanner;
    const bool clean = scanner.scanText(subject, QStringLiteral("subject"))
        && scanner.scanText(objectId, QStringLiteral("object id"))
        && scanner.scanValue(QJsonValue(details), QString(), 0);
    if (!clean && error)
        *error = scanner.error;
    return clean;
}

} // namespace regie::audit
