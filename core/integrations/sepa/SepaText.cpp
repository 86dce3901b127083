#include "integrations/sepa/SepaText.h"

namespace regie::sepa {
namespace {

bool isSepaChar(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9'))
        return true;
    switch (u) {
    case u'/': case u'-': case u'?': case u':': case u'(': case u')':
    case u'.': case u',': case u'\'': case u'+': case u' ':
        return true;
    default:
        return false;
    }
}

// Letters that Unicode decomposition does not reduce to ASCII, and symbols with an
// obvious SEPA stand-in. Anything not here and not decomposable is dropped.
QStringView replacementFor(char16_t u)
{
    switch (u) {
    case u'&': return u"+";
    case u'_': return u"-";
    case u'"': case u'\u2018': case u'\u2019': case u'\u201A': case u'\u201C':
    case u'\u201D': case u'\u201E': case u'`': case u'\u00B4': return u"'";
    case u'\u2013': case u'\u2014': return u"-";
    case u'\u00DF': return u"ss";
    case u'\u00E6': return u"ae";
    case u'\u00C6': return u"AE";
    case u'\u0153': return u"oe";
    case u'\u0152': return u"OE";
    case u'\u00F8': return u"o";
    case u'\u00D8': return u"O";
    case u'\u0142': return u"l";
    case u'\u0141': return u"L";
    case u'\u0111': return u"d";
    case u'\u0110': return u"D";
    case u'\u00FE': return u"th";
    case u'\u00DE': return u"TH";
    case u'\u0131': return u"i";
    case u'\u20AC': return u"EUR";
    case u'[': case u'{': case u'<': return u"(";
    case u']': case u'}': case u'>': return u")";
    case u';': return u",";
    case u'#': return u"nr";
    case u'@': return u"(at)";
    case u'\\': return u"/";
    default: return {};
    }
}

bool isWhite(QChar c)
{
    return c.isSpace() || c == u'\u00A0';
}

} // namespace

bool isSepaText(QStringView text)
{
    for (QChar c : text) {
        if (!isSepaChar(c))
            return false;
    }
    return true;
}

QString toSepaText(QStringView text, qsizetype maxLength)
{
    // NFKD splits "é" into "e" + combining accent and "ﬁ" into "fi"; the marks are then
    // outside the set and fall away.
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (QChar c : decomposed) {
        if (isWhite(c)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        QStringView piece;
        const QChar single[1] = {c};
        if (isSepaChar(c))
            piece = QStringView(single, 1);
        else
            piece = replacementFor(c.unicode());
        if (piece.isEmpty())
            continue;
        if (pendingSpace) {
            out.append(u' ');
            pendingSpace = false;
        }
        out.append(piece);
    }
    if (out.size() > maxLength)
        out.truncate(maxLength);
    return out.trimmed();
}

bool isValidSepaIdentifier(QStringView id)
{
    if (id.isEmpty() || id.size() > 35 || !isSepaText(id))
        return false;
    if (id.startsWith(u'/') || id.endsWith(u'/') || id.contains(u"//"))
        return false;
    return !id.startsWith(u' ') && !id.endsWith(u' ');
}

} // namespace regie::sepa
