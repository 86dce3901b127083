#include "base/Html.h"

namespace regie::base {

QString escape(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&': out += QLatin1String("&amp;"); break;
        case u'<': out += QLatin1String("&lt;"); break;
        case u'>': out += QLatin1String("&gt;"); break;
        case u'"': out += QLatin1String("&quot;"); break;
        case u'\'': out += QLatin1String("&#39;"); break;
        case u'\0': break; // never valid in HTML or XML text
        default: out += c;
        }
    }
    return out;
}

Html Html::text(QStringView text) { return Html(escape(text)); }

Html Html::number(qint64 value) { return Html(QString::number(value)); }

Html Html::join(const QList<Html> &parts, const Html &separator)
{
    QString out;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            out += separator.markup_;
        out += parts.at(i).markup_;
    }
    return Html(std::move(out));
}

} // namespace regie::base
