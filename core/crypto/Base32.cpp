#include "crypto/Base32.h"

namespace regie::crypto
{

namespace
{

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

int valueOf(char16_t c)
{
    if (c >= u'A' && c <= u'Z')
        return c - u'A';
    if (c >= u'a' && c <= u'z')
        return c - u'a';
    if (c >= u'2' && c <= u'7')
        return c - u'2' + 26;
    return -1;
}

// Strips spaces and trailing padding; nullopt when '=' appears before the end.
std::optional<QString> significantChars(QStringView text)
{
    QString chars;
    chars.reserve(text.size());
    bool paddingSeen = false;
    for (QChar c : text) {
        if (c == u' ')
            continue;
        if (c == u'=') {
            paddingSeen = true;
            continue;
        }
        if (paddingSeen)
            return std::nullopt;
        chars.append(c);
    }
    return chars;
}

} // namespace

QString base32Encode(QByteArrayView data, Base32Padding padding)
{
    QString out;
    out.reserve((data.size() + 4) / 5 * 8);
    quint32 buffer = 0;
    int bits = 0;
    for (char byte : data) {
        buffer = (buffer << 8) | static_cast<quint8>(byte);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out.append(QLatin1Char(kAlphabet[(buffer >> bits) & 0x1fu]));
        }
    }
    if (bits > 0)
        out.append(QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 0x1fu]));
    if (padding == Base32Padding::WithPadding) {
        while (out.size() % 8 != 0)
            out.append(u'=');
    }
    return out;
}

std::optional<QByteArray> base32Decode(QStringView text)
{
    if (text.size() > kMaxBase32Chars)
        return std::nullopt;
    const std::optional<QString> chars = significantChars(text);
    if (!chars)
        return std::nullopt;
    // 1, 3 and 6 leftover characters cannot come from whole bytes.
    const qsizetype rest = chars->size() % 8;
    if (rest == 1 || rest == 3 || rest == 6)
        return std::nullopt;
    QByteArray out;
    out.reserve(chars->size() * 5 / 8);
    quint32 buffer = 0;
    int bits = 0;
    for (QChar c : *chars) {
        const int v = valueOf(c.unicode());
        if (v < 0)
            return std::nullopt;
        buffer = (buffer << 5) | static_cast<quint32>(v);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.append(static_cast<char>((buffer >> bits) & 0xffu));
        }
    }
    // Canonical encodings leave only zero bits behind; anything else is a typo.
    if ((buffer & ((1u << bits) - 1u)) != 0)
        return std::nullopt;
    return out;
}

} // namespace regie::crypto
