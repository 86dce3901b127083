#pragma once
// Markup as a type. An Html value can only be made from a string literal in the source
// ("<p>"_html), from text that is escaped on the way in (Html::text), from a number, or from
// other Html. There is no constructor from QString and no way to wrap a runtime string as
// markup, so text from a database, a form, a translation or a peer cannot become markup by
// forgetting a call: it does not compile (tests/base/tst_html.cpp and the compile-fail
// test show it).
//
// escape() is the one HTML/XML escaper of the project (pages, error pages, the desktop's
// audit report): & < > " ' are replaced, NUL is dropped, so the result is safe both as
// element text and inside a quoted attribute value.

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringView>

#include <cstddef>
#include <type_traits>

namespace regie::base {

QString escape(QStringView text);

class Html;
namespace html_literals {
Html operator""_html(const char *literal, std::size_t length);
Html operator""_html(const char16_t *literal, std::size_t length);
} // namespace html_literals

class Html {
public:
    Html() = default;

    // Text becomes markup only escaped.
    static Html text(QStringView text);
    static Html text(const QString &text) { return Html::text(QStringView(text)); }
    static Html number(qint64 value);
    // Joins parts with a separator that is itself markup.
    static Html join(const QList<Html> &parts, const Html &separator = {});

    // "%1".."%9" placeholders filled in one pass (so a "%2" inside a value is never filled
    // again: give all values in one call). A QString value is escaped; an Html value is
    // taken as markup; a number is written out.
    class Arg {
    public:
        Arg(const Html &markup) : markup_(markup.markup_) {}
        Arg(const QString &text) : markup_(escape(text)) {}
        Arg(QStringView text) : markup_(escape(text)) {}
        // Any integer (int, qint64, qsizetype...) is written out; bool and characters are
        // not numbers here.
        template <typename Integer>
            requires std::is_integral_v<Integer> && (!std::is_same_v<Integer, bool>) && (!std::is_same_v<Integer, char>)
                     && (!std::is_same_v<Integer, char16_t>) && (!std::is_same_v<Integer, char32_t>)
        Arg(Integer value) : markup_(QString::number(static_cast<qint64>(value)))
        {
            static_assert(sizeof(Integer) < sizeof(qint64) || std::is_signed_v<Integer>,
                          "an unsigned 64-bit value does not fit qint64");
        }
        Arg(const char *) = delete; // say what it is: "..."_html or QStringLiteral + text
        const QString &markup() const { return markup_; }

    private:
        QString markup_;
    };
    Html arg(const Arg &a1) const { return Html(markup_.arg(a1.markup())); }
    template <typename... More>
    Html arg(const Arg &a1, const Arg &a2, const More &...more) const
    {
        return Html(markup_.arg(a1.markup(), a2.markup(), Arg(more).markup()...));
    }

    Html &operator+=(const Html &other)
    {
        markup_ += other.markup_;
        return *this;
    }
    friend Html operator+(Html left, const Html &right)
    {
        left.markup_ += right.markup_;
        return left;
    }
    friend bool operator==(const Html &a, const Html &b) { return a.markup_ == b.markup_; }

    bool isEmpty() const { return markup_.isEmpty(); }
    qsizetype size() const { return markup_.size(); }
    void reserve(qsizetype size) { markup_.reserve(size); }
    // The finished markup, for the response body. Reading is always allowed; only making
    // Html is restricted.
    const QString &toString() const { return markup_; }
    QByteArray toUtf8() const { return markup_.toUtf8(); }

private:
    friend Html html_literals::operator""_html(const char *, std::size_t);
    friend Html html_literals::operator""_html(const char16_t *, std::size_t);
    explicit Html(QString markup) : markup_(std::move(markup)) {}
    QString markup_;
};

namespace html_literals {
inline Html operator""_html(const char *literal, std::size_t length)
{
    return Html(QString::fromUtf8(literal, static_cast<qsizetype>(length)));
}
inline Html operator""_html(const char16_t *literal, std::size_t length)
{
    return Html(QString(reinterpret_cast<const QChar *>(literal), static_cast<qsizetype>(length)));
}
} // namespace html_literals

} // namespace regie::base
