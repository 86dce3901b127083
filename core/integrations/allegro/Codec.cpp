#include "integrations/allegro/Codec.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QTimeZone>

namespace regie::allegro {
namespace {

const QTimeZone &allegroZone()
{
    static const QTimeZone zone(QByteArrayLiteral("Europe/Amsterdam"));
    return zone;
}

const QDate kDelphiZero(1899, 12, 30);

} // namespace

std::optional<QDateTime> parseAllegroDateTime(QStringView text)
{
    const QString t = text.trimmed().toString();
    if (t.isEmpty())
        return QDateTime();
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid()) {
        // A bare date is not an xs:dateTime, but some stacks send one; midnight is meant.
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (!d.isValid())
            return std::nullopt;
        dt = QDateTime(d, QTime(0, 0));
    }
    if (dt.date() == kDelphiZero && dt.time() == QTime(0, 0))
        return QDateTime();
    const bool hasOffset = t.endsWith(u'Z') || t.indexOf(u'+', 10) > 0 || t.lastIndexOf(u'-') > 10;
    if (!hasOffset && allegroZone().isValid())
        dt.setTimeZone(allegroZone());
    return dt;
}

QString formatAllegroDateTime(const QDateTime &value)
{
    if (!value.isValid())
        return QStringLiteral("1899-12-30T00:00:00");
    const QDateTime local = allegroZone().isValid() ? value.toTimeZone(allegroZone()) : value;
    const QString format = local.time().msec() != 0 ? QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")
                                                    : QStringLiteral("yyyy-MM-ddTHH:mm:ss");
    return local.toString(format);
}

void NodeReader::fail(const QString &where, const QString &why)
{
    if (error_.isError())
        return;
    error_ = Error::make(Error::Kind::Parse,
                         QCoreApplication::translate("Allegro", "Allegro sent an unexpected value in %1: %2")
                             .arg(where, why));
}

const XmlNode *NodeReader::leaf(QStringView name)
{
    if (error_.isError())
        return nullptr;
    const XmlNode *n = node_.child(name);
    if (n && !n->isLeaf()) {
        fail(path_ + u'/' + name, QStringLiteral("expected a value, found elements"));
        return nullptr;
    }
    return n;
}

void NodeReader::operator()(QStringView name, QString &value)
{
    // Allegro pads CHAR columns with spaces ("JKL-Test       "); the padding is not data.
    if (const XmlNode *n = leaf(name)) {
        QString t = n->text;
        while (t.endsWith(u' '))
            t.chop(1);
        value = t;
    }
}

void NodeReader::operator()(QStringView name, qint32 &value)
{
    if (const XmlNode *n = leaf(name)) {
        bool ok = false;
        const int v = n->text.trimmed().toInt(&ok);
        if (!ok)
            return fail(path_ + u'/' + name, QStringLiteral("not an xs:int"));
        value = v;
    }
}

void NodeReader::operator()(QStringView name, qint64 &value)
{
    if (const XmlNode *n = leaf(name)) {
        bool ok = false;
        const qint64 v = n->text.trimmed().toLongLong(&ok);
        if (!ok)
            return fail(path_ + u'/' + name, QStringLiteral("not an xs:long"));
        value = v;
    }
}

void NodeReader::operator()(QStringView name, bool &value)
{
    if (const XmlNode *n = leaf(name)) {
        const QString t = n->text.trimmed();
        if (t == u"true" || t == u"1")
            value = true;
        else if (t == u"false" || t == u"0")
            value = false;
        else
            fail(path_ + u'/' + name, QStringLiteral("not an xs:boolean"));
    }
}

void NodeReader::operator()(QStringView name, Money &value)
{
    if (const XmlNode *n = leaf(name)) {
        AmountError e = AmountError::None;
        const auto m = parseAmount(n->text, policy_, &e);
        if (!m)
            return fail(path_ + u'/' + name, QStringLiteral("amount refused (%1)").arg(amountErrorName(e)));
        value = *m;
    }
}

void NodeReader::operator()(QStringView name, QDateTime &value)
{
    if (const XmlNode *n = leaf(name)) {
        const auto dt = parseAllegroDateTime(n->text);
        if (!dt)
            return fail(path_ + u'/' + name, QStringLiteral("not an xs:dateTime"));
        value = *dt;
    }
}

void NodeReader::operator()(QStringView name, DecimalText &value)
{
    if (const XmlNode *n = leaf(name)) {
        if (!isDecimalText(n->text))
            return fail(path_ + u'/' + name, QStringLiteral("not a number"));
        value.text = n->text.trimmed();
    }
}

} // namespace regie::allegro
