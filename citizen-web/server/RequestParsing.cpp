#include "server/RequestParsing.h"

namespace regie::web {

QHash<QString, QString> parseCookies(const QByteArray &header, QStringList *repeated)
{
    QHash<QString, QString> cookies;
    if (header.size() > kMaxCookieHeaderBytes)
        return cookies;
    const QList<QByteArray> pairs = header.split(';');
    for (const QByteArray &pair : pairs) {
        if (cookies.size() >= kMaxCookies)
            break;
        const qsizetype eq = pair.indexOf('=');
        if (eq <= 0)
            continue;
        const QString name = QString::fromLatin1(pair.left(eq).trimmed());
        QByteArray value = pair.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        if (name.isEmpty())
            continue;
        if (!cookies.contains(name))
            cookies.insert(name, QString::fromLatin1(value));
        else if (repeated && !repeated->contains(name))
            repeated->append(name);
    }
    return cookies;
}

FormError parseForm(const QByteArray &body, int maxFields, int maxFieldLength,
                    QMap<QString, QString> *form)
{
    form->clear();
    if (body.isEmpty())
        return FormError::None;
    const QList<QByteArray> pairs = body.split('&');
    if (pairs.size() > maxFields)
        return FormError::TooManyFields;
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray rawName = eq < 0 ? pair : pair.left(eq);
        QByteArray rawValue = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        rawName.replace('+', ' ');
        rawValue.replace('+', ' ');
        const QByteArray nameBytes = QByteArray::fromPercentEncoding(rawName);
        const QByteArray valueBytes = QByteArray::fromPercentEncoding(rawValue);
        const QString name = QString::fromUtf8(nameBytes);
        const QString value = QString::fromUtf8(valueBytes);
        if (name.contains(QChar::ReplacementCharacter) || value.contains(QChar::ReplacementCharacter))
            return FormError::BadEncoding;
        if (name.size() > maxFieldLength || value.size() > maxFieldLength)
            return FormError::FieldTooLong;
        if (!form->contains(name))
            form->insert(name, value);
    }
    return FormError::None;
}

bool isFormContentType(const QByteArray &contentType)
{
    const QByteArray mime = contentType.split(';').constFirst().trimmed().toLower();
    return mime == "application/x-www-form-urlencoded";
}

} // namespace regie::web
