// The Html type: markup only from literals, escaped text, numbers or other Html.
#include "base/Html.h"

#include <QtTest/QTest>

#include <type_traits>

using regie::base::Html;
using namespace regie::base::html_literals;

// Text can never become markup implicitly or explicitly: these are the compile-time half of
// the guarantee (tests/base/compile-fail/ holds the rest, compiled and expected to fail).
static_assert(!std::is_constructible_v<Html, QString>);
static_assert(!std::is_constructible_v<Html, const char *>);
static_assert(!std::is_constructible_v<Html, QStringView>);
static_assert(!std::is_convertible_v<QString, Html>);
static_assert(!std::is_convertible_v<const char *, Html>);
static_assert(!std::is_assignable_v<Html &, QString>);
static_assert(std::is_copy_constructible_v<Html>);
// Html::arg writes integers of any width, but a bool or a character is not a number there.
static_assert(std::is_constructible_v<Html::Arg, qsizetype>);
static_assert(std::is_constructible_v<Html::Arg, short>);
static_assert(!std::is_constructible_v<Html::Arg, bool>);
static_assert(!std::is_constructible_v<Html::Arg, char>);
static_assert(!std::is_constructible_v<Html::Arg, const char *>);

class TestHtml : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void literalIsMarkup();
    void textIsEscaped_data();
    void textIsEscaped();
    void argEscapesTextButKeepsMarkup();
    void argIsOnePass();
    void joinAndAppend();
    void numbers();
};

void TestHtml::literalIsMarkup()
{
    QCOMPARE("<p class=\"x\">"_html.toString(), QStringLiteral("<p class=\"x\">"));
    QCOMPARE(u"<em>€</em>"_html.toString(), QStringLiteral("<em>€</em>"));
    QCOMPARE("<b>ü</b>"_html.toString(), QString::fromUtf8("<b>ü</b>"));
}

void TestHtml::textIsEscaped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("markup");
    QTest::newRow("plain") << "Boodschappen" << "Boodschappen";
    QTest::newRow("tag") << "<script>x</script>" << "&lt;script&gt;x&lt;/script&gt;";
    QTest::newRow("amp") << "A & B" << "A &amp; B";
    QTest::newRow("quotes") << "\"'" << "&quot;&#39;";
    QTest::newRow("attribute breakout") << "\" onmouseover='x'" << "&quot; onmouseover=&#39;x&#39;";
    QTest::newRow("unicode stays") << "€ 12,50 — café" << "€ 12,50 — café";
    QTest::newRow("nul dropped") << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b")) << "ab";
    QTest::newRow("already escaped stays text") << "&amp;" << "&amp;amp;";
}

void TestHtml::textIsEscaped()
{
    QFETCH(QString, text);
    QFETCH(QString, markup);
    QCOMPARE(Html::text(text).toString(), markup);
    QCOMPARE(regie::base::escape(text), markup);
}

void TestHtml::argEscapesTextButKeepsMarkup()
{
    const Html h = "<p>%1 <strong>%2</strong></p>"_html.arg(QStringLiteral("<i>"), "<em>ja</em>"_html);
    QCOMPARE(h.toString(), QStringLiteral("<p>&lt;i&gt; <strong><em>ja</em></strong></p>"));
    QCOMPARE("<a href=\"/opnemen/%1\">"_html.arg(qint64(42)).toString(), QStringLiteral("<a href=\"/opnemen/42\">"));
}

void TestHtml::argIsOnePass()
{
    // A value that itself holds "%2" is never filled again by the next value.
    const Html h = "<p>%1 %2</p>"_html.arg(QStringLiteral("50%2"), "<b>x</b>"_html);
    QCOMPARE(h.toString(), QStringLiteral("<p>50%2 <b>x</b></p>"));
}

void TestHtml::joinAndAppend()
{
    Html h = "<ul>"_html;
    h += "<li>"_html + Html::text(QStringLiteral("a<b")) + "</li>"_html;
    h += "</ul>"_html;
    QCOMPARE(h.toString(), QStringLiteral("<ul><li>a&lt;b</li></ul>"));
    const Html j = Html::join({Html::text(QStringLiteral("x")), Html::text(QStringLiteral("<y>"))}, "<br>"_html);
    QCOMPARE(j.toString(), QStringLiteral("x<br>&lt;y&gt;"));
    QVERIFY(Html().isEmpty());
}

void TestHtml::numbers()
{
    const qsizetype count = 3;
    const unsigned int positive = 7;
    QCOMPARE("<p>%1 %2 %3</p>"_html.arg(count, positive, short(-2)).toString(), QStringLiteral("<p>3 7 -2</p>"));
    QCOMPARE("<b>ab</b>"_html.size(), qsizetype(9));
    QCOMPARE(Html::number(-1234).toString(), QStringLiteral("-1234"));
    QCOMPARE(Html::number(std::numeric_limits<qint64>::max()).toString(), QStringLiteral("9223372036854775807"));
}

QTEST_APPLESS_MAIN(TestHtml)
#include "tst_html.moc"
